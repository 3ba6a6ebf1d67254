"""Each marketplace declared once (issue 11): the declaration drives settings (defaults, what is
offered), the OT names and ids, the address rule and the connector table; an undeclared kind is
refused by name, never sent down another marketplace's branch."""

from __future__ import annotations

import pytest

from workstation.domain import marketplaces, settings
from workstation.domain.addresses import validate_warehouse
from workstation.providers.base import ProviderKind
from workstation.providers.registry import CONNECTORS, REAL_DEFAULTS, SANDBOX
from workstation.services.errors import InvalidInput
from workstation.services.otapi.intake import ot_item_id, provider_of_item
from workstation.services.secrets import MemorySecretStore
from workstation.services.settings import SettingsService

ADDRESS = dict(name="王鑫磊", mobile="11147043234", postal_code="520045", province="广东省", city="广州市",
               district="白云区", address="太和镇 1 号")


def test_every_kind_is_declared_once_and_has_its_connector() -> None:
    assert {m.kind for m in marketplaces.MARKETPLACES} == {k.value for k in ProviderKind}
    assert len(marketplaces.KINDS) == len(set(marketplaces.KINDS))
    for kind in ProviderKind:
        assert kind in CONNECTORS and kind in REAL_DEFAULTS and kind in SANDBOX
    with pytest.raises(marketplaces.UnknownMarketplace, match="'ozon'.*1688, taobao"):
        marketplaces.marketplace("ozon")
    with pytest.raises(ValueError):
        ProviderKind("ozon")  # the registry's table is keyed by kind: no fallback branch


def test_settings_follow_the_declaration() -> None:
    assert settings.setting("integration_type").default("taobao") == "TaobaoGlobal"
    assert settings.setting("integration_type").default("1688") == "1688"
    assert settings.default_mapping("1688") == marketplaces.BY_KIND["1688"].default_status_mapping
    assert settings.offered("taobao", "tmall_promotions_allowed")
    assert not settings.offered("1688", "tmall_promotions_allowed")


def test_a_setting_not_offered_is_refused_and_not_shown(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from workstation.services.audit import Actor

    service = SettingsService(sqlite_db, MemorySecretStore(), Actor("tester", "bench"))
    with pytest.raises(InvalidInput, match="tmall_promotions_allowed: 1688 does not offer"):
        service.set("1688", "tmall_promotions_allowed", "false")
    assert "tmall_promotions_allowed" not in service.as_dict("1688")
    assert service.set("taobao", "tmall_promotions_allowed", "false").tmall_promotions_allowed is False


def test_ot_item_ids_and_the_landline_rule_come_from_the_declaration() -> None:
    assert ot_item_id("1688", "61000001") == "abb-61000001"
    assert provider_of_item("abb-61000001") == ("1688", "61000001")
    assert ot_item_id("taobao", "7000001") == "7000001" and provider_of_item("7000001") == ("taobao", "7000001")
    assert [p.field for p in validate_warehouse(provider="1688", **ADDRESS)] == ["phone"]
    assert validate_warehouse(provider="taobao", **ADDRESS) == []
