"""The one seam between the use cases and "the platform" that keeps the orders and buys them.

Two platforms exist:

- **local** (`LocalPlatform`): this station's database is the order store, the engine
  (`services/purchase/`) books, synchronises, binds and unbinds against the marketplaces;
- **OT** (`services/otmode/platform.py OtPlatform`): an OT Box instance is the order store and
  the autopurchase engine; this station keeps a mirror of its orders and lines (with OT's ids)
  in the same tables, follows the instance's background activities, and sends the warehouse's
  changes through an outbox.

Services take the platform in their constructor and ask it only what differs; the GUI and
the CLI never ask which one they talk to. The OT side has no copy of the engine's rules: the
activities it starts are the instance's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workstation.services.activities import Handler
    from workstation.services.audit import Actor


@dataclass(frozen=True)
class LineReceipt:
    """What a receipt did to one line (for the platform): counts and the status it left."""

    line_id: int
    order_id: str
    qty_expected: int
    qty_received: int
    old_status: str
    new_status: str
    waybill: str | None
    receipt_id: int


@dataclass(frozen=True)
class PackageItem:
    line_id: int
    order_id: str
    qty: int


@dataclass(frozen=True)
class PackageFormed:
    """A parcel to the customer as the platform is told of it."""

    parcel_id: int
    order_id: str
    weight_kg: str | None  # decimal text, 3 places, or None
    tracking: str | None
    items: tuple[PackageItem, ...]
    version: int


class WarehouseOutbox(Protocol):
    """Called inside the warehouse's own write transaction (`s`), so the change and its
    message to the platform are written together or not at all. It may refuse the change by
    raising a UserFacingError (the transaction is rolled back)."""

    def received(self, s: Session, actor: Actor, receipts: Sequence[LineReceipt]) -> None:
        """After a receipt (ReceivingService.receive): one per line received."""
        ...

    def package_formed(self, s: Session, actor: Actor, package: PackageFormed) -> None:
        """After a parcel is formed, and after it is edited (the same parcel_id, a higher version)."""
        ...

    def purchase_info_changed(self, s: Session, actor: Actor, *, order_id: str, line_id: int,
                              vend_purch_id: str | None, vend_purch_waybill: str | None) -> None:
        """After a clerk's correction (ReceivingService.correct_purchase_info): the values that
        changed; None: left as it was, "": cleared."""
        ...


class Platform(Protocol):
    name: str  # "local" / "ot"

    @property
    def is_remote(self) -> bool: ...

    def activity_handlers(self, engine: dict[str, Handler]) -> dict[str, Handler]:
        """The handlers of booking, sync, binding and unbinding: the engine's own (local), or
        handlers that follow the platform's activities (OT)."""
        ...

    @property
    def needs_warehouse_address(self) -> bool:
        """Does a booking need one of this station's warehouse addresses (the platform's own
        settings hold them in OT mode)?"""
        ...

    @property
    def outbox(self) -> WarehouseOutbox | None:
        """Where the warehouse's changes go besides this database (None: nowhere else)."""
        ...

    def catch_up(self) -> None:
        """What "Refresh" does: everything the platform holds for this station brought in, and
        everything this station holds for the platform sent (local: nothing to do)."""
        ...

    def find_code(self, code: str) -> list[str]:
        """A scanned code this database does not know, asked of the platform: the ids of the
        orders that came in with it (local: the database is the platform; none)."""
        ...

    def describe(self) -> dict[str, Any]:
        """What the status bar and `status` commands show about the platform."""
        ...


class LocalPlatform:
    """This station is the platform: its database, its engine, the marketplaces."""

    name = "local"
    is_remote = False
    needs_warehouse_address = True
    outbox: WarehouseOutbox | None = None

    def activity_handlers(self, engine: dict[str, Handler]) -> dict[str, Handler]:
        return engine

    def catch_up(self) -> None:
        return None

    def find_code(self, code: str) -> list[str]:
        return []

    def describe(self) -> dict[str, Any]:
        return {"platform": "local"}
