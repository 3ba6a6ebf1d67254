"""SQLAlchemy models of the workstation's database. The schema is made only by migrations.

Column names follow the OT vocabulary where OT has one (comments give the OT name);
Python attribute names are the readable ones.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workstation.store.types import Money, UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Order(Base):
    """A customer order (OT `SalesOrderInfo`)."""

    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # Id, e.g. ORD-0000000123
    provider: Mapped[str] = mapped_column(String(16))  # ProviderType: taobao / 1688
    customer_id: Mapped[str] = mapped_column(String(32))  # CustId
    customer_name: Mapped[str] = mapped_column(String(200))  # CustName
    currency: Mapped[str] = mapped_column(String(3), default="CNY")  # CurrencyCode
    goods_amount: Mapped[Decimal] = mapped_column(Money)  # GoodsAmount
    delivery_amount: Mapped[Decimal] = mapped_column(Money)  # DeliveryAmount
    paid_amount: Mapped[Decimal] = mapped_column(Money)
    is_paid: Mapped[bool] = mapped_column(Boolean, default=False)  # IsPaid
    is_cancelled: Mapped[bool] = mapped_column(Boolean, default=False)  # IsCancelled
    comment: Mapped[str] = mapped_column(Text, default="")  # CustComment
    delivery_address: Mapped[str] = mapped_column(Text, default="")  # DeliveryAddress, one line
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)  # CreatedDateTime
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    lines: Mapped[list[OrderLine]] = relationship(back_populates="order", order_by="OrderLine.line_num")

    __table_args__ = (
        Index(None, "created_at"),
        Index(None, "customer_name"),
    )


class ProviderOrder(Base):
    """An order on the marketplace, ours from the intent onwards (`client_ref` is idempotent)."""

    __tablename__ = "provider_orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(100))
    client_ref: Mapped[str | None] = mapped_column(String(64), unique=True)  # outOrderId
    external_id: Mapped[str | None] = mapped_column(String(64))  # marketplace order number
    seller_id: Mapped[str] = mapped_column(String(64), default="")
    seller_nick: Mapped[str] = mapped_column(String(200), default="")
    # ledger state (services/purchase/ledger.py): submitting / created / unknown / failed /
    # absent / given_up; the platform's own status word is raw_status
    state: Mapped[str] = mapped_column(String(16), default="submitting")
    raw_status: Mapped[str] = mapped_column(String(64), default="")
    goods_amount: Mapped[Decimal | None] = mapped_column(Money)
    delivery_amount: Mapped[Decimal | None] = mapped_column(Money)
    total_amount: Mapped[Decimal | None] = mapped_column(Money)
    weight_kg: Mapped[Decimal | None] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    modified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # provider's modify time
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    activity_id: Mapped[str | None] = mapped_column(String(36))  # the booking that made the intent
    error: Mapped[str] = mapped_column(Text, default="")  # why it failed, in the platform's words
    # The intent's lines as sent: [{"line", "item", "sku", "qty", "price", "confirmed"}]; kept after
    # the claims are released, so an order found late is linked to the lines it was made for.
    lines_json: Mapped[str] = mapped_column(Text, default="[]")
    checks: Mapped[int] = mapped_column(Integer, default=0)  # look-ups that found nothing
    last_check_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_check_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # when reconciliation looks again
    resolved_by: Mapped[str] = mapped_column(String(100), default="")  # answer / look-up / sync / a person

    __table_args__ = (
        UniqueConstraint("provider", "external_id"),
        Index(None, "state", "next_check_at"),
        Index(None, "activity_id"),
        Index(None, "external_id"),
        Index(None, "provider", "account", "state"),
    )


# Sort keys of the worklist with an index of their own (order_id, line_num has its unique one).
WORKLIST_SORT_INDEXES: tuple[tuple[str, ...], ...] = (
    ("order_id", "line_num"), ("status_changed_at",), ("price_cust",), ("purch_price",),
    ("seller_nick",), ("account",))
# The worklist's filters checked on the way along a sort index (migration 0009): carried in
# each index entry, so a line that fails them costs no read of its table row.
WORKLIST_FILTER_COLUMNS = ("provider", "account", "seller_nick", "status_changed_at")


def worklist_indexes() -> list[tuple[str, tuple[str, ...]]]:
    """(name, columns) of the worklist's sort indexes: each sort key for all lines and behind
    the status (a view), then the line id (the tie-break of every sort), then the filters."""
    found = []
    for lead in ((), ("status",)):
        for key in WORKLIST_SORT_INDEXES:
            columns = (*lead, *key, "id", *(c for c in WORKLIST_FILTER_COLUMNS if c not in key))
            found.append(("ix_order_lines_wl_" + "".join(f"{c}_" for c in lead) + key[0], columns))
    return found


class OrderLine(Base):
    """One item configuration of an order (OT `OrderLineInfo`)."""

    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # Id
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))  # OrderId
    line_num: Mapped[int] = mapped_column(Integer)  # LineNum
    label: Mapped[str] = mapped_column(String(32), unique=True)  # internal line label (barcode)
    provider: Mapped[str] = mapped_column(String(16))  # ProviderType
    item_id: Mapped[str] = mapped_column(String(64))  # ItemTaobaoId: the marketplace item id
    config_id: Mapped[str | None] = mapped_column(String(64))  # ConfigId: SKU id
    # The ids the provider's order API wants, learnt when booking (Taobao Global mpId/mpSkuId
    # differ from the Taobao item/SKU ids the customer ordered; 1688 uses the same).
    order_item_id: Mapped[str | None] = mapped_column(String(64))
    order_sku_id: Mapped[str | None] = mapped_column(String(64))
    config_text: Mapped[str] = mapped_column(Text, default="")  # ConfigText (translated)
    config_text_orig: Mapped[str] = mapped_column(Text, default="")  # ConfigExternalTextOrig
    title_orig: Mapped[str] = mapped_column(Text)  # NameOrig (Chinese)
    title: Mapped[str] = mapped_column(Text, default="")  # BriefDescrTrans
    image_url: Mapped[str] = mapped_column(Text, default="")  # ItemImageURL
    item_url: Mapped[str] = mapped_column(Text, default="")  # ItemExternalURL
    seller_id: Mapped[str] = mapped_column(String(64), default="")  # VendId
    seller_nick: Mapped[str] = mapped_column(String(200), default="")  # VendNick
    promotion_id: Mapped[str | None] = mapped_column(String(64))  # PromotionId
    is_tmall: Mapped[bool] = mapped_column(Boolean, default=False)
    qty: Mapped[int] = mapped_column(Integer)  # Qty
    price_cust: Mapped[Decimal] = mapped_column(Money)  # PriceCust: due per unit (recalculation changes it)
    # What the customer paid per unit when the order was placed; None: the same as price_cust
    # (lines made before recalculation touched them). Recalculation never changes it.
    price_paid: Mapped[Decimal | None] = mapped_column(Money)
    delivery_cust: Mapped[Decimal] = mapped_column(Money)  # delivery paid by the customer
    purch_price: Mapped[Decimal | None] = mapped_column(Money)  # PurchPrice per unit
    purch_delivery: Mapped[Decimal | None] = mapped_column(Money)  # PurchDelivery
    weight_kg: Mapped[Decimal | None] = mapped_column(Money)  # Weight
    status: Mapped[str] = mapped_column(String(32))  # see domain.statuses
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    provider_order_id: Mapped[int | None] = mapped_column(ForeignKey("provider_orders.id"))
    account: Mapped[str | None] = mapped_column(String(100))  # provider account that bought it
    vend_purch_id: Mapped[str | None] = mapped_column(String(64))  # VendPurchId: marketplace order no.
    vend_purch_waybill: Mapped[str | None] = mapped_column(String(64))  # VendPurchWaybill
    external_line_id: Mapped[str | None] = mapped_column(String(64))  # platform sub-order id
    operator_comment: Mapped[str] = mapped_column(Text, default="")  # OperatorComment
    # The marketplace order this line was unbound from while that order still lived there: the
    # next booking asks before buying the line again.
    unbound_from: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)

    order: Mapped[Order] = relationship(back_populates="lines")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("order_id", "line_num"),
        Index(None, "vend_purch_waybill"),
        Index(None, "vend_purch_id"),
        Index(None, "status"),
        Index(None, "provider_order_id"),
        # The worklist (services/worklist.py, migrations 0006 and 0009): each sort key for all
        # lines and behind the status (a view or a status filter), so a page is read in index
        # order, with the filters in the entries.
        *(Index(name, *columns) for name, columns in worklist_indexes()),
    )


class LineStatusChange(Base):
    """Every status change of a line, by whom and from where."""

    __tablename__ = "line_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"), index=True)
    old_status: Mapped[str | None] = mapped_column(String(32))
    new_status: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(32))  # demo / booking / sync / warehouse / operator
    actor: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ProviderSession(Base):
    """A logged-in buyer account. Tokens are secrets and live in the secret store, not here."""

    __tablename__ = "provider_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), default="valid")  # valid / expired / forgotten
    obtained_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    refresh_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    balance: Mapped[Decimal | None] = mapped_column(Money)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sync_result: Mapped[str] = mapped_column(Text, default="")
    sync_cursor: Mapped[datetime | None] = mapped_column(UtcDateTime)  # modified-since watermark

    __table_args__ = (UniqueConstraint("provider", "account"),)


class Activity(Base):
    """A long operation (OT background activity): booking, sync, binding, unbinding."""

    __tablename__ = "activities"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # GUID, like OT's
    kind: Mapped[str] = mapped_column(String(32))  # booking / sync / binding / unbinding
    provider: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # the description as an engine message (domain/messages.py); NULL: `description` is all there is
    description_key: Mapped[str | None] = mapped_column(String(64))
    description_params: Mapped[str | None] = mapped_column(Text)  # JSON
    # queued / running / waiting / finished / finished_with_errors / failed / aborted
    state: Mapped[str] = mapped_column(String(24), default="queued")
    is_cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    params_json: Mapped[str] = mapped_column(Text, default="{}")  # orders, lines, warehouse ...
    found_lines: Mapped[int] = mapped_column(Integer, default=0)
    found_provider_orders: Mapped[int] = mapped_column(Integer, default=0)
    progress_percent: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    owner: Mapped[str | None] = mapped_column(String(100))  # workstation holding the lease
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index(None, "state"), Index(None, "kind", "account"))


class ActivityStep(Base):
    """One log entry of an activity: information, warning, error or question (with choices)."""

    __tablename__ = "activity_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16))  # information / warning / error / question
    step_key: Mapped[str] = mapped_column(String(200))  # stable: a replay logs a step once
    message: Mapped[str] = mapped_column(Text)  # the English rendering
    # the message as key + parameters (domain/messages.py), rendered in the reader's language;
    # NULL (rows from before 0010, plain texts): `message` is shown as it is
    message_key: Mapped[str | None] = mapped_column(String(64))
    message_params: Mapped[str | None] = mapped_column(Text)  # JSON
    time_from_start: Mapped[int] = mapped_column(Integer, default=0)  # seconds, like OT
    question_key: Mapped[str | None] = mapped_column(String(200))
    choices_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"id":..,"label":..}]
    line_id: Mapped[int | None] = mapped_column(Integer)
    details_json: Mapped[str] = mapped_column(Text, default="{}")  # what a dialog shows
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("activity_id", "step_key"),)


class ActivityAnswer(Base):
    """An operator's answer to a question, stored under the question's stable key."""

    __tablename__ = "activity_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    question_key: Mapped[str] = mapped_column(String(200))
    choice: Mapped[str] = mapped_column(String(64))
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("activity_id", "question_key"),)


class ProviderSetting(Base):
    """One provider setting shared by the whole warehouse; value is JSON."""

    __tablename__ = "provider_settings"

    provider: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class WarehouseAddress(Base):
    """A warehouse address in China (all fields in Chinese)."""

    __tablename__ = "warehouse_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(14))  # recipient, 2-14 characters
    mobile: Mapped[str] = mapped_column(String(11))
    phone: Mapped[str] = mapped_column(String(32), default="")  # landline, 1688 only
    postal_code: Mapped[str] = mapped_column(String(6))
    province: Mapped[str] = mapped_column(String(64))
    city: Mapped[str] = mapped_column(String(64))
    district: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(Text)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Parcel(Base):
    """A parcel formed for a customer at the warehouse."""

    __tablename__ = "parcels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    # unique (0004): one outgoing tracking number, one parcel; the order is the first one packed
    tracking_number: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)
    weight_g: Mapped[int | None] = mapped_column(Integer)  # whole grams, as the scale gave them (0004)
    length_cm: Mapped[int | None] = mapped_column(Integer)
    width_cm: Mapped[int | None] = mapped_column(Integer)
    height_cm: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ParcelLine(Base):
    __tablename__ = "parcel_lines"

    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id", ondelete="CASCADE"), primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer)


class Receipt(Base):
    """Goods received at the warehouse for a line; a shortage or surplus is a discrepancy."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    waybill: Mapped[str | None] = mapped_column(String(64))
    qty_expected: Mapped[int] = mapped_column(Integer)
    qty_received: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    clerk: Mapped[str] = mapped_column(String(100), default="")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    confirmation: Mapped[str | None] = mapped_column(String(36))  # one Confirm (0004): repeats write nothing

    __table_args__ = (UniqueConstraint("confirmation", "line_id"),)


class UnmatchedScan(Base):
    """A scanned code that matched nothing: kept until a synchronisation brings its line."""

    __tablename__ = "unmatched_scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(128), index=True)
    scanned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    clerk: Mapped[str] = mapped_column(String(100), default="")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    photo_path: Mapped[str] = mapped_column(Text, default="")
    matched_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    matched_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    # the scan journal's row of this code (0003), the order it matched, and the clerk's dismissal
    scan_id: Mapped[int | None] = mapped_column(Integer)
    matched_order_id: Mapped[str | None] = mapped_column(String(32))
    dismissed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    dismissed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class UnmatchedPhoto(Base):
    """A photo of a parcel kept as unmatched, in the database so every station sees it (0004)."""

    __tablename__ = "unmatched_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unmatched_id: Mapped[int] = mapped_column(ForeignKey("unmatched_scans.id", ondelete="CASCADE"), index=True)
    mime: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(Text, default="", server_default="")  # a file's name, or "camera: ..."
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime)
    taken_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class ScanJournalEntry(Base):
    """One scan, any source, written before the clerk sees its verdict (migration 0003)."""

    __tablename__ = "scan_journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(128), index=True)
    source: Mapped[str] = mapped_column(String(16))  # wedge / serial / typed
    station: Mapped[str] = mapped_column(String(100))
    clerk: Mapped[str] = mapped_column(String(100))
    scanned_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    verdict: Mapped[str] = mapped_column(String(16))  # services.warehouse.scanning.VERDICTS
    line_ids: Mapped[str] = mapped_column(Text, default="", server_default="")  # "12,13", for display
    order_ids: Mapped[str] = mapped_column(Text, default="", server_default="")  # "ORD-..,ORD-.."
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index(None, "verdict", "scanned_at"),)


class ScanJournalLine(Base):
    """A line a journalled scan found: "arrived but never confirmed" joins these to receipts."""

    __tablename__ = "scan_journal_lines"

    scan_id: Mapped[int] = mapped_column(ForeignKey("scan_journal.id", ondelete="CASCADE"), primary_key=True)
    line_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class Alarm(Base):
    """Something about money a person must look at: a possible duplicate purchase, a line bought
    above the price rule, an order carrying our reference that matches no intent."""

    __tablename__ = "alarms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # raised once per fact
    kind: Mapped[str] = mapped_column(String(32))  # duplicate / above_rule / foreign_reference
    provider: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(100), default="")
    provider_order_id: Mapped[int | None] = mapped_column(ForeignKey("provider_orders.id"))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    external_id: Mapped[str] = mapped_column(String(64), default="")  # the marketplace order
    message: Mapped[str] = mapped_column(Text)  # the English rendering
    message_key: Mapped[str | None] = mapped_column(String(64))  # as ActivityStep.message_key
    message_params: Mapped[str | None] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index(None, "resolved_at"),)


class AuditEntry(Base):
    """Who changed what that touches money or goods, with old and new values (JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    workstation: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    old_json: Mapped[str] = mapped_column(Text, default="{}")
    new_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index(None, "entity", "entity_id"),)


class User(Base):
    """A person who signs in at a station (0008); roles in domain/roles.py, password scrypt-hashed."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(32))  # administrator / purchaser / clerk
    password_hash: Mapped[str] = mapped_column(String(255))  # scrypt$n$r$p$salt$hash
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Badge(Base):
    """A personal badge label (0008): only the SHA-256 of its token is kept; revocable."""

    __tablename__ = "badges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OtapiInstance(Base):
    """An OT API instance key served by `otapi serve` (0005); its secret lives in the secret store."""

    __tablename__ = "otapi_instances"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # instanceKey
    has_secret: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery_mode_id: Mapped[str] = mapped_column(String(32))  # the zero-cost external delivery
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OtapiUser(Base):
    """An operator or customer account of an instance (0005); the password is stored hashed."""

    __tablename__ = "otapi_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instance_key: Mapped[str] = mapped_column(ForeignKey("otapi_instances.key", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # operator / customer
    login: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))  # scrypt$n$r$p$salt$hash
    customer_id: Mapped[str | None] = mapped_column(String(32))  # Order.customer_id of a customer
    name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("instance_key", "login"),)


class OtapiSession(Base):
    """A session handed out by Authenticate*; only the SHA-256 of its id is kept (0005)."""

    __tablename__ = "otapi_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("otapi_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CustomerTransaction(Base):
    """A movement on a customer's personal account (OT PostTransaction, SalesPaymentReserve) (0005)."""

    __tablename__ = "customer_transactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(32), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)  # positive: credit; negative: debit
    order_id: Mapped[str | None] = mapped_column(String(32), index=True)  # a payment of this order
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(String(100), default="")


class ChangeLogEntry(Base):
    """One committed write transaction's change record, for other processes on one SQLite file
    (0011): they notice `PRAGMA data_version` move and read the rows after the last they saw.
    PostgreSQL stations get the same record by NOTIFY instead and write nothing here.
    Only the newest rows are kept (services/changes.py KEEP_LOG_ROWS)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))  # the writing process's token
    payload: Mapped[str] = mapped_column(Text)  # ChangeRecord as JSON


# ---------------------------------------------------------------- OT mode (0012; services/otmode/)


class OtLink(Base):
    """The OT Box instance this database mirrors (at most one row, id 1). The operator password
    and the instance secret are in the secret store, never here."""

    __tablename__ = "ot_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_url: Mapped[str] = mapped_column(Text)
    instance_key: Mapped[str] = mapped_column(String(200))
    operator: Mapped[str] = mapped_column(String(200))  # the operator login
    has_secret: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="en")
    status_table: Mapped[str] = mapped_column(Text, default="{}")  # JSON: OT line status id -> our code
    connected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    connected_by: Mapped[str] = mapped_column(String(100), default="")
    last_refresh_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_full_refresh_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OtMirrorOrder(Base):
    """What a mirrored order's summary (SearchOrders) looked like when its details were read."""

    __tablename__ = "ot_mirror_orders"

    order_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    summary_digest: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)  # details last read
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)  # last listed by SearchOrders


class OtRemoteActivity(Base):
    """The OT background activity a local activity follows (its Run* answer's id)."""

    __tablename__ = "ot_remote_activities"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    remote_id: Mapped[str | None] = mapped_column(String(100), index=True)  # None while starting
    remote_type: Mapped[str] = mapped_column(String(64))  # OT's activity type
    state: Mapped[str] = mapped_column(String(16), default="starting")  # starting / started / ended
    starting_at: Mapped[datetime] = mapped_column(UtcDateTime)  # written before Run* is sent
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_polled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    steps_seen: Mapped[int] = mapped_column(Integer, default=0)  # remote steps relayed so far
    cancel_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # DoActionForBackgroundActivity Cancel sent


class OtOutboxEntry(Base):
    """A warehouse change for the platform: written in the transaction that made it locally,
    sent by the outbox (retried until the platform answers), kept with the platform's reason
    when it refuses."""

    __tablename__ = "ot_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # line_update / purchase_info / package
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)  # the same change is queued once
    order_id: Mapped[str] = mapped_column(String(32))
    line_id: Mapped[int | None] = mapped_column(Integer, index=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON: the method's parameters
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending/sending/sent/refused/discarded
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")  # the platform's reason, or the network's
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    result: Mapped[str] = mapped_column(Text, default="")  # the platform's answer (e.g. a package id)
