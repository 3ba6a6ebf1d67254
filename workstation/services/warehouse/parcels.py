"""Parcels to the customer: formed from received lines, edited later under optimistic locking, audited.

Forming a parcel packs the chosen quantities of an order's received lines (a line is
"packed" once everything received of it is in parcels) with weight, size and the
outgoing tracking number. Editing checks the version the clerk saw, so two workstations
never silently overwrite each other. One transaction per call; plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.money import FEN
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.warehouse.receiving import Clock, ConflictError, _now
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine, Parcel, ParcelLine, Receipt

PACKABLE = frozenset({st.RECEIVED, st.PACKED})
UNSET: object = object()


@dataclass(frozen=True)
class ParcelItem:
    line_id: int
    qty: int


@dataclass(frozen=True)
class Size:
    """Outer dimensions in whole centimetres."""

    length_cm: int
    width_cm: int
    height_cm: int


@dataclass(frozen=True)
class ParcelRow:
    id: int
    order_id: str
    tracking_number: str | None
    weight_kg: Decimal | None
    size: Size | None
    created_at: datetime
    created_by: str
    version: int
    items: tuple[ParcelItem, ...]


def _row(s: Session, parcel: Parcel) -> ParcelRow:
    items = tuple(ParcelItem(pl.line_id, pl.qty) for pl in s.scalars(
        select(ParcelLine).where(ParcelLine.parcel_id == parcel.id).order_by(ParcelLine.line_id)))
    size = None
    if parcel.length_cm and parcel.width_cm and parcel.height_cm:
        size = Size(parcel.length_cm, parcel.width_cm, parcel.height_cm)
    return ParcelRow(parcel.id, parcel.order_id, parcel.tracking_number, parcel.weight_kg, size,
                     parcel.created_at, parcel.created_by, parcel.version, items)


def _weight(value: Decimal | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise InvalidInput("Weight: give it as a decimal number of kilograms, not a float.")
    try:
        weight = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        raise InvalidInput(f"Weight: {value!r} is not a number of kilograms.") from None
    if not weight.is_finite() or weight <= 0 or weight > 1000:
        raise InvalidInput("Weight must be more than 0 and at most 1000 kg.")
    return weight.quantize(FEN)  # the column keeps 10 g steps


def _size(size: Size | None) -> Size | None:
    if size is not None and not all(0 < v <= 500 for v in (size.length_cm, size.width_cm, size.height_cm)):
        raise InvalidInput("Each side of the parcel must be 1 to 500 cm.")
    return size


def _tracking(value: str | None) -> str | None:
    code = normalise_code(value or "")
    if len(code) > 64:
        raise InvalidInput("The tracking number is longer than 64 characters.")
    return code or None


class ParcelService:
    def __init__(self, db: Database, clock: Clock = _now):
        self._db = db
        self._clock = clock

    def parcels_of(self, order_id: str) -> list[ParcelRow]:
        with self._db.read() as s:
            return [_row(s, p) for p in s.scalars(
                select(Parcel).where(Parcel.order_id == order_id).order_by(Parcel.id))]

    def form_parcel(self, order_id: str, items: Sequence[ParcelItem], *, clerk: str,
                    workstation: str, weight_kg: Decimal | str | None = None,
                    size: Size | None = None, tracking: str | None = None) -> ParcelRow:
        actor = Actor(clerk, workstation)
        weight, dims, code = _weight(weight_kg), _size(size), _tracking(tracking)
        now = self._clock()
        with self._db.write() as s:
            if s.get(Order, order_id) is None:
                raise NotFoundError(f"Order {order_id!r} does not exist.")
            parcel = Parcel(order_id=order_id, tracking_number=code, weight_kg=weight,
                            length_cm=dims.length_cm if dims else None,
                            width_cm=dims.width_cm if dims else None,
                            height_cm=dims.height_cm if dims else None,
                            created_at=now, created_by=clerk)
            s.add(parcel)
            s.flush()
            self._pack(s, parcel, order_id, items, actor, now)
            row = _row(s, parcel)
            audit(s, actor, "form_parcel", "parcel", parcel.id, {},
                  {"order_id": order_id, "items": [(i.line_id, i.qty) for i in row.items],
                   "weight_kg": weight, "size": dims, "tracking": code}, at=now)
            return row

    def edit_parcel(self, parcel_id: int, version: int, *, clerk: str, workstation: str,
                    weight_kg: object = UNSET, size: object = UNSET, tracking: object = UNSET,
                    items: object = UNSET) -> ParcelRow:
        """Change what is given; `version` is the one the clerk saw (ConflictError if stale)."""
        actor = Actor(clerk, workstation)
        now = self._clock()
        try:
            with self._db.write() as s:
                parcel = s.get(Parcel, parcel_id)
                if parcel is None:
                    raise NotFoundError(f"Parcel {parcel_id} does not exist.")
                if parcel.version != version:
                    raise ConflictError(f"Parcel {parcel_id} was changed at another workstation "
                                        "meanwhile; reload it and make your change again.")
                old = _row(s, parcel)
                if weight_kg is not UNSET:
                    parcel.weight_kg = _weight(weight_kg)  # type: ignore[arg-type]
                if size is not UNSET:
                    dims = _size(size)  # type: ignore[arg-type]
                    parcel.length_cm = dims.length_cm if dims else None
                    parcel.width_cm = dims.width_cm if dims else None
                    parcel.height_cm = dims.height_cm if dims else None
                if tracking is not UNSET:
                    parcel.tracking_number = _tracking(tracking)  # type: ignore[arg-type]
                if items is not UNSET:
                    self._unpack(s, parcel, actor, now)
                    self._pack(s, parcel, parcel.order_id, items, actor, now)  # type: ignore[arg-type]
                    parcel.version = old.version + 1  # a change of lines alone bumps it too
                s.flush()
                new = _row(s, parcel)
                audit(s, actor, "edit_parcel", "parcel", parcel.id, _audit_view(old), _audit_view(new),
                      at=now)
                return new
        except StaleDataError as exc:
            raise ConflictError(f"Parcel {parcel_id} was changed at another workstation meanwhile; "
                                "reload it and make your change again.") from exc

    # -- inside -------------------------------------------------------------------------

    def _pack(self, s: Session, parcel: Parcel, order_id: str, items: Sequence[ParcelItem],
              actor: Actor, now: datetime) -> None:
        if not items:
            raise InvalidInput("A parcel needs at least one line.")
        if len({i.line_id for i in items}) != len(items):
            raise InvalidInput("A line is listed twice in the parcel.")
        ids = [i.line_id for i in items]
        lines = {li.id: li for li in s.scalars(select(OrderLine).where(OrderLine.id.in_(ids)))}
        received = dict(s.execute(select(Receipt.line_id, func.sum(Receipt.qty_received))
                                  .where(Receipt.line_id.in_(ids)).group_by(Receipt.line_id)).all())
        packed = dict(s.execute(select(ParcelLine.line_id, func.sum(ParcelLine.qty))
                                .where(ParcelLine.line_id.in_(ids), ParcelLine.parcel_id != parcel.id)
                                .group_by(ParcelLine.line_id)).all())
        for item in items:
            line = lines.get(item.line_id)
            if line is None or line.order_id != order_id:
                raise InvalidInput(f"Line {item.line_id} is not a line of {order_id}.")
            if line.status not in PACKABLE:
                raise InvalidInput(f"{order_id} line {line.line_num} is "
                                   f"{st.status(line.status).name.lower()}: only received lines are packed.")
            available = int(received.get(line.id) or line.qty) - int(packed.get(line.id) or 0)
            if not 0 < item.qty <= available:
                raise InvalidInput(f"{order_id} line {line.line_num}: {item.qty} cannot be packed; "
                                   f"{max(available, 0)} received and not yet in a parcel.")
            s.add(ParcelLine(parcel_id=parcel.id, line_id=line.id, qty=item.qty))
            if item.qty == available:
                set_line_status(s, line, st.PACKED, source="warehouse", actor=actor.user,
                                note=f"parcel {parcel.id}", at=now)

    def _unpack(self, s: Session, parcel: Parcel, actor: Actor, now: datetime) -> None:
        for pl in list(s.scalars(select(ParcelLine).where(ParcelLine.parcel_id == parcel.id))):
            line = s.get(OrderLine, pl.line_id)
            if line is not None and line.status == st.PACKED:
                set_line_status(s, line, st.RECEIVED, source="warehouse", actor=actor.user,
                                note=f"taken out of parcel {parcel.id}", at=now)
            s.delete(pl)
        s.flush()


def _audit_view(row: ParcelRow) -> dict[str, object]:
    return {"tracking": row.tracking_number, "weight_kg": row.weight_kg, "size": row.size,
            "items": [(i.line_id, i.qty) for i in row.items], "version": row.version}
