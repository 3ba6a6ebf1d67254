"""Provider settings and warehouse addresses, shared by the whole warehouse (database).

Secret settings (the 1688 API secret) go to the secret store; the database and every
listing show only whether one is set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from workstation.domain import settings as spec
from workstation.domain.addresses import validate_warehouse
from workstation.domain.roles import Permission
from workstation.providers.base import Address
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.people import require
from workstation.services.secrets import SecretStore
from workstation.store.database import Database
from workstation.store.models import Activity, ProviderSetting, WarehouseAddress

SECRET_SET = "(set)"


@dataclass(frozen=True)
class ProviderSettings:
    provider: str
    background_sync: bool
    sync_interval_minutes: int
    check_order_after_export: bool
    status_mapping: dict[str, str]
    tmall_promotions_allowed: bool
    accounts: list[str]
    integration_type: str
    overpayment_threshold_percent: Decimal
    price_confirmation_mode: str
    unknown_settle_seconds: int
    api_key: str
    api_secret_set: bool


@dataclass(frozen=True)
class WarehouseRow:
    id: int
    provider: str
    name: str
    mobile: str
    phone: str
    postal_code: str
    province: str
    city: str
    district: str
    address: str
    is_default: bool

    def to_address(self) -> Address:
        return Address(name=self.name, mobile=self.mobile, postal_code=self.postal_code,
                       province=self.province, city=self.city, district=self.district,
                       address=self.address, phone=self.phone)

    def one_line(self) -> str:
        return f"{self.name} {self.mobile} {self.province}{self.city}{self.district}{self.address} {self.postal_code}"


def _secret_name(provider: str, key: str) -> str:
    return f"setting:{provider}:{key}"


class SettingsService:
    def __init__(self, db: Database, secrets: SecretStore, actor: Actor):
        self._db = db
        self._secrets = secrets
        self._actor = actor

    def get(self, provider: str) -> ProviderSettings:
        spec.check_provider(provider)
        with self._db.read() as s:
            stored = dict(s.execute(select(ProviderSetting.key, ProviderSetting.value_json)
                                    .where(ProviderSetting.provider == provider)).all())
        values: dict[str, Any] = {}
        for item in spec.SETTINGS:
            if item.secret:
                continue
            values[item.key] = json.loads(stored[item.key]) if item.key in stored else item.default(provider)
        return ProviderSettings(
            provider=provider, background_sync=values["background_sync"],
            sync_interval_minutes=values["sync_interval_minutes"],
            check_order_after_export=values["check_order_after_export"],
            status_mapping=values["status_mapping"], tmall_promotions_allowed=values["tmall_promotions_allowed"],
            accounts=values["accounts"], integration_type=values["integration_type"],
            overpayment_threshold_percent=Decimal(values["overpayment_threshold_percent"]),
            price_confirmation_mode=values["price_confirmation_mode"],
            unknown_settle_seconds=values["unknown_settle_seconds"], api_key=values["api_key"],
            api_secret_set=bool(self._secrets.get(_secret_name(provider, "api_secret"))),
        )

    def as_dict(self, provider: str) -> dict[str, Any]:
        current = self.get(provider)
        out = {f.name: getattr(current, f.name) for f in fields(current)
               if f.name not in spec.BY_KEY or spec.offered(provider, f.name)}
        out["overpayment_threshold_percent"] = str(current.overpayment_threshold_percent)
        return out

    def set(self, provider: str, key: str, raw: Any) -> ProviderSettings:
        """Validate and store one setting (audited); SettingError names the key."""
        spec.check_provider(provider)
        item = spec.setting(key)
        require(self._actor, Permission.KEYS if item.secret else Permission.SETTINGS)
        if not spec.offered(provider, key):
            raise InvalidInput(f"{key}: {provider} does not offer this setting")
        try:
            value = item.parse(provider, raw)
        except spec.SettingError as exc:
            raise InvalidInput(str(exc)) from exc
        except ValueError as exc:  # bad JSON for the mapping
            raise InvalidInput(f"{key}: {exc}") from exc
        if item.secret:
            self._secrets.set(_secret_name(provider, key), value)
            with self._db.write() as s:
                audit(s, self._actor, "setting.secret", "provider", provider, {}, {key: SECRET_SET})
            return self.get(provider)
        now = datetime.now(UTC)
        with self._db.write() as s:
            row = s.get(ProviderSetting, (provider, key))
            old = json.loads(row.value_json) if row else item.default(provider)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(ProviderSetting(provider=provider, key=key, value_json=encoded, updated_at=now,
                                      updated_by=self._actor.user))
            else:
                row.value_json, row.updated_at, row.updated_by = encoded, now, self._actor.user
            audit(s, self._actor, "setting", "provider", provider, {key: old}, {key: value}, now)
        return self.get(provider)

    def reset(self, provider: str, key: str) -> ProviderSettings:
        """Back to the default (e.g. "restore defaults" of the status mapping)."""
        return self.set(provider, key, spec.setting(key).default(provider))

    def api_secret(self, provider: str) -> str:
        return self._secrets.get(_secret_name(provider, "api_secret")) or ""

    # ------------------------------------------------------------ warehouses

    def warehouses(self, provider: str) -> list[WarehouseRow]:
        with self._db.read() as s:
            rows = s.scalars(select(WarehouseAddress).where(WarehouseAddress.provider == provider)
                             .order_by(WarehouseAddress.id))
            return [_warehouse_row(w) for w in rows]

    def warehouse(self, warehouse_id: int) -> WarehouseRow:
        with self._db.read() as s:
            w = s.get(WarehouseAddress, warehouse_id)
            if w is None:
                raise NotFoundError(f"Warehouse address {warehouse_id} does not exist.")
            return _warehouse_row(w)

    def add_warehouse(self, provider: str, *, name: str, mobile: str, postal_code: str, province: str,
                      city: str, district: str, address: str, phone: str = "",
                      is_default: bool = False) -> WarehouseRow:
        require(self._actor, Permission.SETTINGS)
        spec.check_provider(provider)
        problems = validate_warehouse(name=name, mobile=mobile, postal_code=postal_code, province=province,
                                      city=city, district=district, address=address, phone=phone,
                                      provider=provider)
        if problems:
            raise InvalidInput("Warehouse address refused: " + "; ".join(str(p) for p in problems))
        with self._db.write() as s:
            row = WarehouseAddress(provider=provider, name=name.strip(), mobile=mobile.strip(),
                                   phone=phone.strip(), postal_code=postal_code.strip(),
                                   province=province.strip(), city=city.strip(), district=district.strip(),
                                   address=address.strip(), is_default=is_default)
            s.add(row)
            s.flush()
            audit(s, self._actor, "warehouse.add", "warehouse", row.id, {}, _warehouse_row(row).__dict__)
            return _warehouse_row(row)

    # ------------------------------------------- added for the settings dialog

    def validate(self, provider: str, key: str, raw: Any) -> Any:
        """The checked value of one setting, stored nowhere; InvalidInput names the key.

        The settings dialog checks every edit first so that one bad field saves nothing.
        """
        try:
            spec.check_provider(provider)
            return spec.setting(key).parse(provider, raw)
        except spec.SettingError as exc:
            raise InvalidInput(str(exc)) from exc
        except ValueError as exc:  # bad JSON for the mapping
            raise InvalidInput(f"{key}: {exc}") from exc

    def update_warehouse(self, warehouse_id: int, *, name: str, mobile: str, postal_code: str,
                         province: str, city: str, district: str, address: str,
                         phone: str = "") -> WarehouseRow:
        """Replace an address's fields (audited); InvalidInput lists the fields at fault."""
        require(self._actor, Permission.SETTINGS)
        with self._db.write() as s:
            w = s.get(WarehouseAddress, warehouse_id)
            if w is None:
                raise NotFoundError(f"Warehouse address {warehouse_id} does not exist.")
            problems = validate_warehouse(name=name, mobile=mobile, postal_code=postal_code,
                                          province=province, city=city, district=district,
                                          address=address, phone=phone, provider=w.provider)
            if problems:
                raise InvalidInput("Warehouse address refused: " + "; ".join(str(p) for p in problems))
            old = _warehouse_row(w).__dict__
            w.name, w.mobile, w.phone = name.strip(), mobile.strip(), phone.strip()
            w.postal_code, w.province, w.city = postal_code.strip(), province.strip(), city.strip()
            w.district, w.address = district.strip(), address.strip()
            row = _warehouse_row(w)
            audit(s, self._actor, "warehouse.update", "warehouse", w.id, old, row.__dict__)
            return row

    def delete_warehouse(self, warehouse_id: int) -> None:
        """Remove an address (audited); refused while an unfinished booking ships to it,
        because the booking reads the address again when it resumes."""
        require(self._actor, Permission.SETTINGS)
        with self._db.write() as s:
            w = s.get(WarehouseAddress, warehouse_id)
            if w is None:
                raise NotFoundError(f"Warehouse address {warehouse_id} does not exist.")
            open_bookings = s.scalars(select(Activity).where(
                Activity.kind == "booking", Activity.provider == w.provider,
                Activity.state.in_(("queued", "running", "waiting"))))
            for activity in open_bookings:
                if json.loads(activity.params_json or "{}").get("warehouse_id") == warehouse_id:
                    raise InvalidInput(f"Warehouse address {warehouse_id} is used by the unfinished "
                                       f"booking {activity.id}; finish or abort it first.")
            old = _warehouse_row(w).__dict__
            s.delete(w)
            audit(s, self._actor, "warehouse.delete", "warehouse", warehouse_id, old, {})

    def set_default_warehouse(self, warehouse_id: int) -> WarehouseRow:
        """Make this address its provider's default, and no other (audited)."""
        require(self._actor, Permission.SETTINGS)
        with self._db.write() as s:
            w = s.get(WarehouseAddress, warehouse_id)
            if w is None:
                raise NotFoundError(f"Warehouse address {warehouse_id} does not exist.")
            others = s.scalars(select(WarehouseAddress).where(WarehouseAddress.provider == w.provider,
                                                              WarehouseAddress.is_default.is_(True)))
            for other in others:
                other.is_default = False
            w.is_default = True
            audit(s, self._actor, "warehouse.default", "warehouse", w.id, {}, {"is_default": True})
            return _warehouse_row(w)


def _warehouse_row(w: WarehouseAddress) -> WarehouseRow:
    return WarehouseRow(id=w.id, provider=w.provider, name=w.name, mobile=w.mobile, phone=w.phone,
                        postal_code=w.postal_code, province=w.province, city=w.city, district=w.district,
                        address=w.address, is_default=w.is_default)
