"""Provider settings, each declared once: key, type, default, one-line description. Pure.

Values are JSON-compatible (the store keeps them as JSON); `parse` turns operator input
(CLI text, dialog fields) into a checked value or raises SettingError naming the key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from workstation.domain import marketplaces, statuses
from workstation.domain.pricing import MODES

PROVIDERS = marketplaces.KINDS


class SettingError(ValueError):
    """Bad value for a setting; the message names the setting."""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Callable[[str], Any]  # provider -> default value
    description: str
    parse: Callable[[str, Any], Any]  # (provider, raw) -> value; raises SettingError
    secret: bool = False


def _bool(key: str) -> Callable[[str, Any], bool]:
    def parse(_provider: str, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on", "allow", "allowed", "enabled"):
            return True
        if text in ("0", "false", "no", "off", "disallow", "disallowed", "disabled"):
            return False
        raise SettingError(f"{key}: expected on/off, got {raw!r}")
    return parse


def _interval(_provider: str, raw: Any) -> int:
    try:
        minutes = int(str(raw).strip())
    except ValueError:
        raise SettingError(f"sync_interval_minutes: expected whole minutes, got {raw!r}") from None
    if not 1 <= minutes <= 24 * 60:
        raise SettingError("sync_interval_minutes: must be between 1 and 1440 minutes")
    return minutes


def _settle(_provider: str, raw: Any) -> int:
    try:
        seconds = int(str(raw).strip())
    except ValueError:
        raise SettingError(f"unknown_settle_seconds: expected whole seconds, got {raw!r}") from None
    if not 0 <= seconds <= 7 * 24 * 3600:
        raise SettingError("unknown_settle_seconds: must be between 0 and 604800 seconds (a week)")
    return seconds


def _threshold(_provider: str, raw: Any) -> str:
    try:
        value = Decimal(str(raw).strip().rstrip("%"))
    except InvalidOperation:
        raise SettingError(f"overpayment_threshold_percent: {raw!r} is not a number") from None
    if not value.is_finite() or value < 0 or value > 1000:
        raise SettingError("overpayment_threshold_percent: must be between 0 and 1000")
    return str(value)


def _mode(_provider: str, raw: Any) -> str:
    text = str(raw).strip().lower().replace(" ", "_")
    if text not in MODES:
        raise SettingError(f"price_confirmation_mode: expected one of {', '.join(MODES)}, got {raw!r}")
    return text


def _mapping(provider: str, raw: Any) -> dict[str, str]:
    value = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(value, dict) or not value:
        raise SettingError("status_mapping: expected a non-empty object {provider status: line status}")
    for provider_status, line_status in value.items():
        if not isinstance(provider_status, str) or not provider_status.strip():
            raise SettingError("status_mapping: provider statuses must be non-empty text")
        if not statuses.is_known(str(line_status)):
            raise SettingError(f"status_mapping: {line_status!r} (for {provider_status}) is not a line status")
        if not statuses.status(line_status).set_by_sync:
            raise SettingError(
                f"status_mapping: {line_status!r} is set by the warehouse, never by synchronisation")
    return {str(k): str(v) for k, v in value.items()}


def _accounts(_provider: str, raw: Any) -> list[str]:
    items = raw if isinstance(raw, list) else [a for a in str(raw).replace(";", ",").split(",")]
    accounts = [str(a).strip() for a in items if str(a).strip()]
    for account in accounts:
        if account.isdigit() and len(account) >= 11:
            raise SettingError(f"accounts: {account!r} looks like a phone number; use the account nickname")
    if len(set(accounts)) != len(accounts):
        raise SettingError("accounts: the same account is listed twice")
    return accounts


def _text(key: str) -> Callable[[str, Any], str]:
    def parse(_provider: str, raw: Any) -> str:
        return str(raw).strip()
    return parse


def _integration(provider: str, raw: Any) -> str:
    text = str(raw).strip()
    allowed = marketplaces.marketplace(provider).integration_types
    if text not in allowed:
        raise SettingError(f"integration_type: {provider} supports {', '.join(allowed)}")
    return text


def default_mapping(provider: str) -> dict[str, str]:
    return dict(marketplaces.marketplace(provider).default_status_mapping)


SETTINGS: tuple[Setting, ...] = (
    Setting("background_sync", lambda p: True, "Synchronise accounts in the background",
            _bool("background_sync")),
    Setting("sync_interval_minutes", lambda p: 30, "Minutes between background synchronisations",
            _interval),
    Setting("check_order_after_export", lambda p: True,
            "Re-read each booked order, verify its items and take the purchase price from it",
            _bool("check_order_after_export")),
    Setting("status_mapping", default_mapping, "Provider order status -> line status", _mapping),
    Setting("tmall_promotions_allowed", lambda p: True, "Export goods with Tmall promotions",
            _bool("tmall_promotions_allowed")),
    Setting("accounts", lambda p: [], "Buyer account logins (nicknames, not phone numbers)", _accounts),
    Setting("integration_type", lambda p: marketplaces.marketplace(p).integration_types[0],
            "How orders are exported", _integration),
    Setting("overpayment_threshold_percent", lambda p: "10",
            "Overpayment accepted without asking, percent of the price paid", _threshold),
    Setting("price_confirmation_mode", lambda p: "lower_price",
            "Automatic price confirmation: lower_price or no", _mode),
    Setting("unknown_settle_seconds", lambda p: 1800,
            "Seconds an order without a clear answer must stay missing from the marketplace's lists "
            "(over several look-ups) before its lines are booked again", _settle),
    Setting("api_key", lambda p: "", "API key (1688)", _text("api_key")),
    Setting("api_secret", lambda p: "", "API secret (1688); kept in the secret store", _text("api_secret"),
            secret=True),
)
BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return BY_KEY[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(BY_KEY)}") from None


def check_provider(provider: str) -> str:
    if provider not in PROVIDERS:
        raise SettingError(f"unknown provider {provider!r}; expected one of {', '.join(PROVIDERS)}")
    return provider


def offered(provider: str, key: str) -> bool:
    """Does this marketplace offer the setting (Tmall promotions are Taobao's only)?"""
    return marketplaces.marketplace(provider).offers(key)
