"""The Parcel section: pack an order's received lines into a parcel to the customer, and edit it later.

The customer's other orders with received lines are listed too, unticked: ticking their
lines packs several orders of one customer into one parcel. The weight is shown and kept
to the gram. The clerk chooses lines and quantities, types the weight, the size and the outgoing
tracking number (or scans it: while the tracking field has focus, scans fill it instead
of being looked up); with a serial scale, "Read from scale" fills the weight. Parcels are formed and edited through ParcelService, which audits
every change and refuses a stale edit. GUI thread only; the services run on the runner.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.scanner.labels import ParcelLabel
from workstation.scanner.scale import SerialScale
from workstation.services.audit import Actor
from workstation.services.dto import LineRow, OrderDetail
from workstation.services.errors import UserFacingError
from workstation.services.orders import OrderService
from workstation.services.warehouse import (
    ParcelItem,
    ParcelRow,
    ParcelService,
    ReceivingService,
    Size,
)
from workstation.services.warehouse.parcels import format_kg
from workstation.ui.look import status_brush, status_name, when
from workstation.ui.panes.orders.model import readable_config
from workstation.ui.panes.warehouse.label_preview import LabelPreview
from workstation.ui.panes.warehouse.scale_readout import ScaleReadout
from workstation.ui.table import CENTER, RIGHT, Column, ListTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PACKABLE = ("received", "packed")


@dataclass(frozen=True)
class PackRow:
    """One line of the order: what was received, what other parcels hold, what goes in this one."""

    line: LineRow
    received: int
    elsewhere: int  # packed in other parcels
    take: int = 0
    chosen: bool = False

    @property
    def available(self) -> int:
        return max(self.received - self.elsewhere, 0) if self.line.status in PACKABLE else 0


PACK_COLUMNS: tuple[Column[PackRow], ...] = (
    Column("take", "Pack", lambda r: str(r.take) if r.chosen else "", align=CENTER, width=60),
    Column("order", "Order", lambda r: r.line.order_id, width=125),
    Column("num", "#", lambda r: str(r.line.line_num), align=CENTER, width=34),
    Column("item", "Item", lambda r: r.line.title_orig, width=260, stretch=True,
           tooltip=lambda r: f"{r.line.title_orig}\n{r.line.title}"),
    Column("config", "Configuration", lambda r: readable_config(r.line.config_text_orig), width=150),
    Column("status", "Status", lambda r: status_name(r.line.status), width=150,
           background=lambda r: status_brush(r.line.status)),
    Column("received", "Received", lambda r: str(r.received), align=RIGHT, width=70),
    Column("free", "Not packed", lambda r: str(r.available), align=RIGHT, width=80),
)


def _size_text(row: ParcelRow) -> str:
    return f"{row.size.length_cm}\u00d7{row.size.width_cm}\u00d7{row.size.height_cm} cm" if row.size else ""


PARCEL_COLUMNS: tuple[Column[ParcelRow], ...] = (
    Column("id", "Parcel", lambda p: f"P{p.id}", width=60),
    Column("orders", "Orders", lambda p: ", ".join(p.order_ids or (p.order_id,)), width=150,
           tooltip=lambda p: "\n".join(p.order_ids or (p.order_id,))),
    Column("tracking", "Tracking number", lambda p: p.tracking_number or "", width=170),
    Column("weight", "Weight", lambda p: format_kg(p.weight_g), align=RIGHT, width=85),
    Column("size", "Size", _size_text, width=110),
    Column("units", "Units", lambda p: str(sum(i.qty for i in p.items)), align=RIGHT, width=50),
    Column("created", "Formed", lambda p: f"{when(p.created_at)} {p.created_by}", width=170, stretch=True),
    Column("version", "Version", lambda p: str(p.version), align=RIGHT, width=60),
)


class PackModel(ListTableModel[PackRow]):
    """Check a line to pack it; the "Pack" quantity is editable (1 .. not packed yet)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.row(index.row()).available:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0:
            r = self.row(index.row())
            if role == Qt.ItemDataRole.CheckStateRole and r.available:
                return Qt.CheckState.Checked if r.chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.EditRole:
                return r.take
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 0:
            return False
        r = self.row(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            chosen = Qt.CheckState(value) == Qt.CheckState.Checked
            self.set_take(index.row(), r.take or r.available, chosen)
            return True
        if role == Qt.ItemDataRole.EditRole:
            try:
                qty = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= qty <= r.available:
                return False
            self.set_take(index.row(), qty, qty > 0)
            return True
        return False

    def set_take(self, row: int, qty: int, chosen: bool) -> None:
        self._rows[row] = replace(self._rows[row], take=qty, chosen=chosen)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole])

    def items(self) -> list[ParcelItem]:
        return [ParcelItem(r.line.id, r.take) for r in self._rows if r.chosen and r.take > 0]


class ParcelSection(QWidget):
    """`load_order(order_id)` shows the order; the clerk forms a parcel or picks one to edit."""

    parcel_saved = Signal(object)  # ParcelRow, formed or edited
    capture_wanted = Signal(bool)  # the tracking field gained (True) or lost (False) focus
    message = Signal(str)

    def __init__(self, orders: OrderService, receiving: ReceivingService, parcels: ParcelService,
                 runner: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 scale: SerialScale | None = None):
        super().__init__(parent)
        self._orders, self._receiving, self._parcels = orders, receiving, parcels
        self._runner, self._actor = runner, actor
        self._detail: OrderDetail | None = None
        self._others: list[OrderDetail] = []  # the customer's other orders with received lines
        self._editing: ParcelRow | None = None
        self._received: dict[int, int] = {}
        self.busy = False
        self.order_field = QLineEdit()
        self.order_field.setPlaceholderText(self.tr("Order number, or scan a line label"))
        self.load_button = QPushButton(self.tr("Load"))
        self.title = QLabel(self.tr("Choose an order whose lines are received."))
        self.title.setWordWrap(True)
        self.lines_model = PackModel(PACK_COLUMNS)
        self.lines_table = make_table(self.lines_model)
        self.lines_table.setEditTriggers(self.lines_table.EditTrigger.AllEditTriggers)
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("kg, e.g. 1.254"))
        self.scale = ScaleReadout(scale)
        self.sides = [QSpinBox() for _ in range(3)]
        for side in self.sides:
            side.setRange(0, 500)
            side.setSuffix(self.tr(" cm"))
            side.setSpecialValueText("\u2014")
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("Type or scan the outgoing tracking number"))
        self.tracking.installEventFilter(self)
        self.form_button = QPushButton(self.tr("Form parcel"))
        self.new_button = QPushButton(self.tr("New parcel"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b71c1c;")
        self.parcels_model = ListTableModel(PARCEL_COLUMNS)
        self.parcels_table = make_table(self.parcels_model)
        self.parcels_table.setSelectionMode(self.parcels_table.SelectionMode.SingleSelection)
        self.labels = LabelPreview()
        self.labels.empty.setText(self.tr("The label of the parcel you form or pick appears here."))
        self._build_layout()
        self.load_button.clicked.connect(lambda: self.load_order(self.order_field.text().strip()))
        self.order_field.returnPressed.connect(self.load_button.click)
        self.form_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.parcels_table.clicked.connect(lambda index: self.edit(self.parcels_model.row(index.row())))
        self.scale.weighed.connect(self._take_weight)
        self.scale.problem.connect(self.error.setText)
        self._set_enabled(False)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Order:")))
        top.addWidget(self.order_field, 1)
        top.addWidget(self.load_button)
        size = QHBoxLayout()
        for n, side in enumerate(self.sides):
            if n:
                size.addWidget(QLabel("\u00d7"))
            size.addWidget(side)
        size.addStretch(1)
        form = QFormLayout()
        weight = QHBoxLayout()
        self.weight.setMaximumWidth(220)  # a number: the scale's reading sits beside it
        weight.addWidget(self.weight, 1)
        weight.addWidget(self.scale)
        weight.addStretch(1)
        form.addRow(self.tr("Weight:"), weight)
        form.addRow(self.tr("Size (L \u00d7 W \u00d7 H):"), size)
        form.addRow(self.tr("Tracking number:"), self.tracking)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.form_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.lines_table, 3)
        layout.addLayout(form)
        layout.addLayout(buttons)
        parcels_box = QVBoxLayout()
        parcels_box.addWidget(QLabel(self.tr("Parcels of this order (click one to change it)")))
        parcels_box.addWidget(self.parcels_table, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(parcels_box, 3)
        bottom.addWidget(self.labels, 2)
        layout.addLayout(bottom, 2)

    @property
    def order_id(self) -> str:
        return self._detail.order.id if self._detail else ""

    @property
    def customer(self) -> str:
        return self._detail.order.customer_name if self._detail else ""

    @property
    def editing(self) -> ParcelRow | None:
        return self._editing

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.tracking and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.capture_wanted.emit(event.type() == QEvent.Type.FocusIn)
        return False

    def set_scale(self, scale: SerialScale | None) -> None:
        """The serial scale "Read from scale" takes the weight from (None: no scale)."""
        self.scale.set_scale(scale)

    def _take_weight(self, kg: str) -> None:
        self.weight.setText(kg)
        self.error.clear()

    def take_tracking(self, code: str) -> None:
        """A scan while the tracking field has focus: it is the outgoing tracking number."""
        self.tracking.setText(code.strip())

    # -- loading ------------------------------------------------------------------------

    def load_order(self, order_id: str) -> None:
        if not order_id:
            return
        orders, parcels, receiving = self._orders, self._parcels, self._receiving
        self.busy = True

        def op() -> tuple[OrderDetail, list[ParcelRow], dict[int, int], list[OrderDetail]]:
            detail = orders.order_detail(order_id)
            others = [orders.order_detail(oid) for oid in parcels.customer_orders(order_id)]
            ids = [li.id for d in (detail, *others) for li in d.lines]
            return detail, parcels.parcels_of(order_id), receiving.received_so_far(ids), others

        self._runner.run(op, self._on_loaded, self._on_failed, lane="read")

    def _on_loaded(self, loaded: tuple[OrderDetail, list[ParcelRow], dict[int, int], list[OrderDetail]]) -> None:
        self.busy = False
        detail, parcels, received, others = loaded
        self._detail, self._others = detail, others
        self.order_field.setText(detail.order.id)
        self.parcels_model.set_rows(parcels)
        waiting = [li for li in detail.lines if li.status not in PACKABLE
                   and li.status not in ("sent_to_customer", "cancelled")]
        title = (self.tr("{0} \u2014 {1}: %n line(s)", "", len(detail.lines))
                 .format(detail.order.id, detail.order.customer_name)
                 + (self.tr("; {0} not received yet").format(len(waiting)) if waiting else ""))
        if others:
            title += self.tr(". Also received for this customer: {0} \u2014 tick their lines to pack "
                             "them in the same parcel.").format(", ".join(d.order.id for d in others))
        self.title.setText(title)
        self._fill_lines(received, parcels)
        self._set_enabled(True)
        self.error.clear()

    def _fill_lines(self, received: dict[int, int], parcels: list[ParcelRow]) -> None:
        assert self._detail is not None
        editing = self._editing.id if self._editing else None
        elsewhere: dict[int, int] = {}
        mine: dict[int, int] = {}
        for parcel in parcels:
            for item in parcel.items:
                target = mine if parcel.id == editing else elsewhere
                target[item.line_id] = target.get(item.line_id, 0) + item.qty
        rows = []
        own = {li.id for li in self._detail.lines}
        extra = [li for d in self._others for li in d.lines if li.status in PACKABLE]
        for line in (*self._detail.lines, *extra):
            got = received.get(line.id, line.qty if line.status in PACKABLE else 0)
            row = PackRow(line, got, elsewhere.get(line.id, 0))
            if line.id not in own and not row.available and line.id not in mine:
                continue  # another order's line with nothing left to pack
            if editing is not None:
                row = replace(row, take=mine.get(line.id, 0) or row.available, chosen=line.id in mine)
            elif row.available and line.id in own:
                row = replace(row, take=row.available, chosen=True)  # usually all of it goes
            elif row.available:
                row = replace(row, take=row.available)  # the customer's other order: ticked by hand
            rows.append(row)
        self._received = received
        self.lines_model.set_rows(rows)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.weight, self.scale.button, self.tracking, self.form_button, self.new_button, *self.sides):
            w.setEnabled(on)

    # -- forming and editing ------------------------------------------------------------

    def start_new(self) -> None:
        self._editing = None
        self.form_button.setText(self.tr("Form parcel"))
        self.weight.clear()
        self.tracking.clear()
        for side in self.sides:
            side.setValue(0)
        if self._detail is not None:
            self._fill_lines(self._received, self.parcels_model.rows())

    def show_label(self, parcel: ParcelRow) -> None:
        """The parcel's label (its outgoing tracking number, else its own number) to print."""
        orders = ", ".join(parcel.order_ids or (parcel.order_id,))
        address = self._detail.delivery_address if self._detail else ""
        self.labels.show_label(ParcelLabel(parcel.tracking_number or f"P{parcel.id:08d}", orders, self.customer,
                                           parcel.id, format_kg(parcel.weight_g), len(parcel.items), address))

    def edit(self, parcel: ParcelRow) -> None:
        """Load a parcel into the form; saving changes it (audited, refused if stale)."""
        self._editing = parcel
        self.show_label(parcel)
        self.form_button.setText(self.tr("Save changes to P{0}").format(parcel.id))
        self.weight.setText("" if parcel.weight_kg is None else str(parcel.weight_kg))
        self.tracking.setText(parcel.tracking_number or "")
        dims = (parcel.size.length_cm, parcel.size.width_cm, parcel.size.height_cm) if parcel.size else (0, 0, 0)
        for side, value in zip(self.sides, dims, strict=True):
            side.setValue(value)
        self._fill_lines(self._received, self.parcels_model.rows())

    def _size(self) -> Size | None:
        values = [s.value() for s in self.sides]
        if not any(values):
            return None
        if not all(values):
            raise ValueError(self.tr("Give all three sides of the parcel, or none."))
        return Size(*values)

    def save(self) -> None:
        if self._detail is None:
            return
        try:
            size = self._size()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        order_id, items = self._detail.order.id, self.lines_model.items()
        weight, tracking, editing = self.weight.text().strip(), self.tracking.text().strip(), self._editing
        parcels, actor = self._parcels, self._actor.copy()  # who clicked, whoever signs in next
        self.busy = True

        def op() -> ParcelRow:
            if editing is not None:
                return parcels.edit_parcel(editing.id, editing.version, clerk=actor.user,
                                           workstation=actor.workstation, weight_kg=weight or None,
                                           size=size, tracking=tracking or None, items=items, by=actor)
            return parcels.form_parcel(order_id, items, clerk=actor.user, workstation=actor.workstation,
                                       weight_kg=weight or None, size=size, tracking=tracking or None, by=actor)

        self._runner.run(op, self._on_saved, self._on_failed, lane="write")

    def _on_saved(self, row: ParcelRow) -> None:
        was_edit = self._editing is not None
        self.message.emit((self.tr("Parcel P{0} changed.") if was_edit else self.tr("Parcel P{0} formed."))
                          .format(row.id))
        self.parcel_saved.emit(row)
        self.show_label(row)
        self._editing = None
        self.start_new()
        self.load_order(row.order_id)

    def _on_failed(self, exc: BaseException, tb: str) -> None:
        self.busy = False
        if isinstance(exc, UserFacingError):
            self.error.setText(str(exc))
        else:
            log.error("parcel work failed: %s\n%s", exc, tb)
            self.error.setText(self.tr("Something went wrong: {0}").format(exc))
