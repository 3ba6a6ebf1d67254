"""Each marketplace declared once: its kind, names, ids, currency, OT names, default status
mapping, integration types, the settings it offers and its address rule. Pure.

Everything that differs per marketplace outside its connector reads it from here: the settings
(defaults and what is offered), the OT API (provider type, item-id prefix), the UI (names,
order of the providers), the address check. A kind that is not declared is an error at once
(`marketplace`), never sent down another marketplace's branch.

Adding a third marketplace: a `Marketplace` here, its connector package beside
`providers/alibaba1688`, its row in `providers/registry.CONNECTORS`, its statuses in
`domain/statuses.py`, and its sandbox protocol if it is to have one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workstation.domain import statuses


class UnknownMarketplace(ValueError):
    """A provider kind no marketplace declares; the message names it and the known ones."""


@dataclass(frozen=True)
class Marketplace:
    kind: str  # our provider key, stored on orders and lines ("1688", "taobao")
    name: str  # in full, where there is room: "1688.com"
    short_name: str  # in tables and the status bar: "1688"
    ot_provider_type: str  # OT API ProviderType (H: OT's own client)
    ot_item_prefix: str  # OT item ids carry it (ProviderInfo.Prefix); "" for none
    currency: str
    integration_types: tuple[str, ...]  # the "Integration type" setting's choices, the first the default
    default_status_mapping: dict[str, str] = field(hash=False)
    # settings of domain/settings.py this marketplace does not offer (not shown, not settable)
    not_offered: frozenset[str] = frozenset()
    needs_landline: bool = False  # warehouse addresses need a landline phone

    def offers(self, setting_key: str) -> bool:
        return setting_key not in self.not_offered


MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace(
        kind="1688", name="1688.com", short_name="1688", ot_provider_type="Alibaba1688", ot_item_prefix="abb-",
        currency="CNY", integration_types=("1688",), default_status_mapping=statuses.DEFAULT_MAPPING_1688,
        # Tmall promotions are Taobao's; 1688 wholesale offers have none
        not_offered=frozenset({"tmall_promotions_allowed"}), needs_landline=True),
    Marketplace(
        kind="taobao", name="Taobao Global", short_name="Taobao", ot_provider_type="Taobao", ot_item_prefix="",
        currency="CNY", integration_types=("TaobaoGlobal",), default_status_mapping=statuses.DEFAULT_MAPPING_TAOBAO),
)
BY_KIND = {m.kind: m for m in MARKETPLACES}
KINDS = tuple(m.kind for m in MARKETPLACES)  # the order the UI lists them in
BY_OT_TYPE = {m.ot_provider_type: m for m in MARKETPLACES}


def marketplace(kind: str) -> Marketplace:
    try:
        return BY_KIND[kind]
    except KeyError:
        raise UnknownMarketplace(f"unknown provider {kind!r}; expected one of {', '.join(KINDS)}") from None


def name(kind: str) -> str:
    """The full name, or the kind itself for one not declared (shown, never acted on)."""
    found = BY_KIND.get(kind)
    return found.name if found else kind


def short_name(kind: str) -> str:
    found = BY_KIND.get(kind)
    return found.short_name if found else kind


__all__ = ["BY_KIND", "BY_OT_TYPE", "KINDS", "MARKETPLACES", "Marketplace", "UnknownMarketplace", "marketplace",
           "name", "short_name"]
