"""What the settings dialog added to SettingsService: validate, update, delete, default."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.helpers.db import FIXED_NOW
from tests.helpers.ui_settings import EXAMPLE, LANDLINE
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.store.models import Activity, AuditEntry


def test_validate_checks_without_storing(service: SettingsService) -> None:
    assert service.validate("1688", "overpayment_threshold_percent", "12.5") == "12.5"
    with pytest.raises(InvalidInput, match="overpayment_threshold_percent"):
        service.validate("1688", "overpayment_threshold_percent", "-1")
    with pytest.raises(InvalidInput, match="status_mapping"):
        service.validate("1688", "status_mapping", "{not json")
    with pytest.raises(InvalidInput, match="accounts"):
        service.validate("taobao", "accounts", ["13800138000"])
    assert service.get("1688").overpayment_threshold_percent == 10


def test_update_warehouse_validates_and_audits(service: SettingsService, sqlite_db: Database) -> None:
    row = service.add_warehouse("1688", phone=LANDLINE, **EXAMPLE)
    with pytest.raises(InvalidInput) as refused:
        service.update_warehouse(row.id, phone=LANDLINE, **{**EXAMPLE, "name": "王", "postal_code": "52"})
    assert "name:" in str(refused.value) and "postal_code:" in str(refused.value)
    assert service.warehouse(row.id).name == EXAMPLE["name"]

    updated = service.update_warehouse(row.id, phone=LANDLINE, **{**EXAMPLE, "district": " 天河区 "})
    assert updated.district == "天河区"
    assert service.warehouse(row.id).district == "天河区"
    with sqlite_db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "warehouse")))
    assert actions == ["warehouse.add", "warehouse.update"]
    with pytest.raises(NotFoundError):
        service.update_warehouse(9999, **EXAMPLE)


def test_one_default_per_provider(service: SettingsService) -> None:
    a = service.add_warehouse("taobao", is_default=True, **EXAMPLE)
    b = service.add_warehouse("taobao", **EXAMPLE)
    other = service.add_warehouse("1688", is_default=True, phone=LANDLINE, **EXAMPLE)
    service.set_default_warehouse(b.id)
    assert [w.is_default for w in service.warehouses("taobao")] == [False, True]
    assert service.warehouse(a.id).is_default is False
    assert service.warehouse(other.id).is_default  # another provider's default stays


def test_delete_is_refused_while_an_unfinished_booking_ships_there(
        service: SettingsService, sqlite_db: Database) -> None:
    kept = service.add_warehouse("taobao", **EXAMPLE)
    with sqlite_db.write() as s:
        s.add(Activity(id="act-1", kind="booking", provider="taobao", state="waiting",
                       params_json=json.dumps({"order_id": "ORD-1", "warehouse_id": kept.id}),
                       created_at=FIXED_NOW))
    with pytest.raises(InvalidInput, match="act-1"):
        service.delete_warehouse(kept.id)
    assert service.warehouse(kept.id)

    with sqlite_db.write() as s:
        s.get(Activity, "act-1").state = "finished"  # type: ignore[union-attr]
    service.delete_warehouse(kept.id)
    assert service.warehouses("taobao") == []
    with pytest.raises(NotFoundError):
        service.delete_warehouse(kept.id)
