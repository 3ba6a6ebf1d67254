"""Parcels to the customer: formed from received lines, edited later under optimistic locking, audited.

Forming a parcel packs the chosen quantities of received lines (a line is "packed" once
everything received of it is in parcels), of one order or of several orders of the same
customer, with weight, size and the outgoing tracking number. The weight is kept in
whole grams exactly as given (2.345 kg stays 2345 g); a tracking number belongs to one
parcel only (a database constraint; the message names the parcel that has it). Editing
checks the version the clerk saw, so two workstations never silently overwrite each
other. One transaction per call; plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.roles import Permission
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.services.people import require
from workstation.services.platform import PackageFormed, PackageItem, WarehouseOutbox
from workstation.services.warehouse.receiving import Clock, ConflictError, _now
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine, Parcel, ParcelLine, Receipt

PACKABLE = frozenset({st.RECEIVED, st.PACKED})
UNSET: object = object()
GRAM = Decimal("0.001")
MAX_GRAMS = 1_000_000  # 1000 kg


class TrackingTaken(UserFacingError):
    """The outgoing tracking number is on another parcel already."""

    def __init__(self, code: str, parcel_id: int, order_id: str):
        super().__init__(f"Tracking number {code} is already on parcel P{parcel_id} ({order_id}); "
                         "each parcel needs its own. Check the label you scanned.")
        self.code, self.parcel_id, self.order_id = code, parcel_id, order_id


def format_kg(grams: int | None) -> str:
    """Grams as the clerk reads them: 2345 -> "2.345 kg" (every gram shown)."""
    return "" if grams is None else f"{Decimal(grams).scaleb(-3)} kg"


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
    order_id: str  # the first order packed; `order_ids` has them all
    tracking_number: str | None
    weight_g: int | None
    size: Size | None
    created_at: datetime
    created_by: str
    version: int
    items: tuple[ParcelItem, ...]
    order_ids: tuple[str, ...] = ()

    @property
    def weight_kg(self) -> Decimal | None:
        """The weight in kilograms, exact to the gram."""
        return None if self.weight_g is None else Decimal(self.weight_g).scaleb(-3)


def _row(s: Session, parcel: Parcel) -> ParcelRow:
    packed = s.execute(select(ParcelLine.line_id, ParcelLine.qty, OrderLine.order_id)
                       .join(OrderLine, OrderLine.id == ParcelLine.line_id)
                       .where(ParcelLine.parcel_id == parcel.id)
                       .order_by(OrderLine.order_id, ParcelLine.line_id)).all()
    items = tuple(ParcelItem(line_id, qty) for line_id, qty, _o in sorted(packed))
    orders = tuple(dict.fromkeys([parcel.order_id, *(o for _l, _q, o in packed)]))
    size = None
    if parcel.length_cm and parcel.width_cm and parcel.height_cm:
        size = Size(parcel.length_cm, parcel.width_cm, parcel.height_cm)
    return ParcelRow(parcel.id, parcel.order_id, parcel.tracking_number, parcel.weight_g, size,
                     parcel.created_at, parcel.created_by, parcel.version, items, orders)


def _grams(value: Decimal | str | None) -> int | None:
    """Kilograms as typed or read from the scale ("2.345", "1,25") to whole grams, exactly."""
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
    if weight != weight.quantize(GRAM):
        raise InvalidInput(f"Weight: {value} kg is finer than a gram; give at most three decimals.")
    return int(weight.quantize(GRAM).scaleb(3))


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
    """Parcels to customers. `outbox` (the platform's, OT mode) is told of each parcel formed or
    edited inside the same transaction (services/platform.py WarehouseOutbox; what an edit sends
    is the outbox's rule: services/otmode/outbox.py)."""

    def __init__(self, db: Database, clock: Clock = _now, outbox: WarehouseOutbox | None = None):
        self._db = db
        self._clock = clock
        self._outbox = outbox

    def parcels_of(self, order_id: str) -> list[ParcelRow]:
        """Parcels holding a line of `order_id` (alone or with the customer's other orders)."""
        holding = (select(ParcelLine.parcel_id).join(OrderLine, OrderLine.id == ParcelLine.line_id)
                   .where(OrderLine.order_id == order_id))
        with self._db.read() as s:
            return [_row(s, p) for p in s.scalars(
                select(Parcel).where(or_(Parcel.order_id == order_id, Parcel.id.in_(holding)))
                .order_by(Parcel.id))]

    def customer_orders(self, order_id: str) -> list[str]:
        """The same customer's other orders with received lines not packed yet (could share a parcel)."""
        with self._db.read() as s:
            order = s.get(Order, order_id)
            if order is None:
                raise NotFoundError(f"Order {order_id!r} does not exist.")
            return list(s.scalars(
                select(Order.id).join(OrderLine, OrderLine.order_id == Order.id)
                .where(Order.customer_id == order.customer_id, Order.id != order_id,
                       OrderLine.status == st.RECEIVED).distinct().order_by(Order.id)))

    def form_parcel(self, order_id: str, items: Sequence[ParcelItem], *, clerk: str,
                    workstation: str, weight_kg: Decimal | str | None = None,
                    size: Size | None = None, tracking: str | None = None, by: Actor | None = None) -> ParcelRow:
        """A parcel of `items`: lines of `order_id` and, if wanted, of the same customer's other orders.
        `by`: the station's person, refused without the right to form parcels."""
        if by is not None:
            require(by, Permission.PARCELS)
        actor = Actor(clerk, workstation)
        grams, dims, code = _grams(weight_kg), _size(size), _tracking(tracking)
        now = self._clock()
        try:
            with self._db.write() as s:
                if s.get(Order, order_id) is None:
                    raise NotFoundError(f"Order {order_id!r} does not exist.")
                self._tracking_free(s, code, None)
                parcel = Parcel(order_id=order_id, tracking_number=code, weight_g=grams,
                                length_cm=dims.length_cm if dims else None,
                                width_cm=dims.width_cm if dims else None,
                                height_cm=dims.height_cm if dims else None,
                                created_at=now, created_by=clerk)
                s.add(parcel)
                s.flush()
                self._pack(s, parcel, order_id, items, actor, now)
                row = _row(s, parcel)
                audit(s, actor, "form_parcel", "parcel", parcel.id, {},
                      {"order_id": order_id, "order_ids": list(row.order_ids),
                       "items": [(i.line_id, i.qty) for i in row.items],
                       "weight_g": grams, "size": dims, "tracking": code}, at=now)
                if self._outbox is not None:
                    self._outbox.package_formed(s, actor, _formed(s, row))
        except IntegrityError:
            self._raise_if_taken(code, None)
            raise
        return row

    def edit_parcel(self, parcel_id: int, version: int, *, clerk: str, workstation: str,
                    weight_kg: object = UNSET, size: object = UNSET, tracking: object = UNSET,
                    items: object = UNSET, by: Actor | None = None) -> ParcelRow:
        """Change what is given; `version` is the one the clerk saw (ConflictError if stale)."""
        if by is not None:
            require(by, Permission.PARCELS)
        actor = Actor(clerk, workstation)
        now = self._clock()
        code: str | None = None
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
                    parcel.weight_g = _grams(weight_kg)  # type: ignore[arg-type]
                if size is not UNSET:
                    dims = _size(size)  # type: ignore[arg-type]
                    parcel.length_cm = dims.length_cm if dims else None
                    parcel.width_cm = dims.width_cm if dims else None
                    parcel.height_cm = dims.height_cm if dims else None
                if tracking is not UNSET:
                    code = _tracking(tracking)  # type: ignore[arg-type]
                    self._tracking_free(s, code, parcel.id)
                    parcel.tracking_number = code
                if items is not UNSET:
                    self._unpack(s, parcel, actor, now)
                    self._pack(s, parcel, parcel.order_id, items, actor, now)  # type: ignore[arg-type]
                    parcel.version = old.version + 1  # a change of lines alone bumps it too
                s.flush()
                new = _row(s, parcel)
                audit(s, actor, "edit_parcel", "parcel", parcel.id, _audit_view(old), _audit_view(new),
                      at=now)
                if self._outbox is not None and new != old:
                    self._outbox.package_formed(s, actor, _formed(s, new))
        except StaleDataError as exc:
            raise ConflictError(f"Parcel {parcel_id} was changed at another workstation meanwhile; "
                                "reload it and make your change again.") from exc
        except IntegrityError:
            self._raise_if_taken(code, parcel_id)
            raise
        return new

    # -- inside -------------------------------------------------------------------------

    @staticmethod
    def _tracking_free(s: Session, code: str | None, parcel_id: int | None) -> None:
        if code is None:
            return
        with s.no_autoflush:  # a flush here would bump the parcel's version a second time
            other = s.execute(select(Parcel.id, Parcel.order_id).where(
                Parcel.tracking_number == code, Parcel.id != (parcel_id or 0))).first()
        if other is not None:
            raise TrackingTaken(code, other.id, other.order_id)

    def _raise_if_taken(self, code: str | None, parcel_id: int | None) -> None:
        """After a unique-constraint failure: another station took the number at the same moment."""
        with self._db.read() as s:
            self._tracking_free(s, code, parcel_id)

    def _pack(self, s: Session, parcel: Parcel, order_id: str, items: Sequence[ParcelItem],
              actor: Actor, now: datetime) -> None:
        if not items:
            raise InvalidInput("A parcel needs at least one line.")
        if len({i.line_id for i in items}) != len(items):
            raise InvalidInput("A line is listed twice in the parcel.")
        ids = [i.line_id for i in items]
        lines = {li.id: li for li in s.scalars(select(OrderLine).where(OrderLine.id.in_(ids)))}
        customers = dict(s.execute(select(Order.id, Order.customer_id).where(
            Order.id.in_({order_id, *(li.order_id for li in lines.values())}))).all())
        names = dict(s.execute(select(Order.id, Order.customer_name).where(Order.id == order_id)).all())
        received = dict(s.execute(select(Receipt.line_id, func.sum(Receipt.qty_received))
                                  .where(Receipt.line_id.in_(ids)).group_by(Receipt.line_id)).all())
        packed = dict(s.execute(select(ParcelLine.line_id, func.sum(ParcelLine.qty))
                                .where(ParcelLine.line_id.in_(ids), ParcelLine.parcel_id != parcel.id)
                                .group_by(ParcelLine.line_id)).all())
        for item in items:
            line = lines.get(item.line_id)
            if line is None:
                raise InvalidInput(f"Line {item.line_id} is not a line of {order_id}.")
            if customers.get(line.order_id) != customers.get(order_id):
                raise InvalidInput(f"{line.order_id} line {line.line_num} is not a line of "
                                   f"{names.get(order_id, order_id)}'s orders: a parcel goes to one customer.")
            if line.status not in PACKABLE:
                raise InvalidInput(f"{line.order_id} line {line.line_num} is "
                                   f"{st.status(line.status).name.lower()}: only received lines are packed.")
            available = int(received.get(line.id) or line.qty) - int(packed.get(line.id) or 0)
            if not 0 < item.qty <= available:
                raise InvalidInput(f"{line.order_id} line {line.line_num}: {item.qty} cannot be packed; "
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


def _formed(s: Session, row: ParcelRow) -> PackageFormed:
    """The parcel as the platform is told of it."""
    orders = dict(s.execute(select(OrderLine.id, OrderLine.order_id)
                            .where(OrderLine.id.in_([i.line_id for i in row.items]))).all())
    return PackageFormed(row.id, row.order_id, str(row.weight_kg) if row.weight_kg is not None else None,
                         row.tracking_number, tuple(PackageItem(i.line_id, orders.get(i.line_id, row.order_id), i.qty)
                                                    for i in row.items), row.version)


def _audit_view(row: ParcelRow) -> dict[str, object]:
    return {"tracking": row.tracking_number, "weight_g": row.weight_g, "size": row.size,
            "items": [(i.line_id, i.qty) for i in row.items], "order_ids": list(row.order_ids),
            "version": row.version}
