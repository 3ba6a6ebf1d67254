"""Column declarations and the editable receiving model of the warehouse widgets. GUI thread only."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workstation.scanner.wedge import KeySeen
from workstation.services.dto import LineRow
from workstation.services.warehouse import UnmatchedRow
from workstation.services.warehouse.receiving import CANCELLED, NOT_BOUGHT_YET, PACKED_ALREADY
from workstation.ui.look import status_brush, status_name, when
from workstation.ui.panes.orders.model import readable_config
from workstation.ui.table import CENTER, RIGHT, Column, ListTableModel

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Warehouse", text)


@dataclass(frozen=True)
class ReceivingRow:
    """One line of the scanned parcel with what the clerk counted."""

    line: LineRow
    expected: int  # ordered minus already received
    received: int = 0  # zero until counted, so a missing item is noticed
    blocked: str = ""  # why it is not counted (services.warehouse.receiving.blocked_reason), "" if it is

    @property
    def already_received(self) -> bool:
        return self.line.status in ("received", "packed", "sent_to_customer") and self.expected == 0

    @property
    def countable(self) -> bool:
        return not self.blocked and not self.already_received


_BLOCKED = {CANCELLED: "not coming", NOT_BOUGHT_YET: "not bought yet", PACKED_ALREADY: "packed already"}
_BLOCKED_TIPS = {
    CANCELLED: "This line will not arrive, so it is not counted and does not hold up the other lines. "
               "If its goods are in the parcel all the same, keep the parcel as unmatched with a note.",
    NOT_BOUGHT_YET: "This line has not been bought yet, so nothing of it can be in the parcel; it is not "
                    "counted and does not hold up the other lines.",
    PACKED_ALREADY: "This line is packed for the customer already; it is not counted again."}
_GREY = QBrush(QColor("#8a8a8a"))
_GREY_BACKGROUND = QBrush(QColor("#f0f0f0"))


def _discrepancy(r: ReceivingRow) -> str:
    diff = r.received - r.expected
    return "" if diff == 0 or r.blocked else f"{diff:+d}"


def _status(r: ReceivingRow) -> str:
    name = status_name(r.line.status)
    return f"{name} \u2014 {_tr(_BLOCKED[r.blocked])}" if r.blocked in _BLOCKED else name


def _status_tip(r: ReceivingRow) -> str:
    return f"{_status(r)}\n{_tr(_BLOCKED_TIPS[r.blocked])}" if r.blocked in _BLOCKED_TIPS else _status(r)


RECEIVING_COLUMNS: tuple[Column[ReceivingRow], ...] = (
    Column("order", "Order", lambda r: r.line.order_id, width=120),
    Column("num", "#", lambda r: str(r.line.line_num), align=CENTER, width=34),
    Column("item", "Item", lambda r: r.line.title_orig, width=280, stretch=True,
           tooltip=lambda r: f"{r.line.title_orig}\n{r.line.title}"),
    Column("config", "Configuration", lambda r: readable_config(r.line.config_text_orig), width=140),
    Column("status", "Status", _status, width=215, tooltip=_status_tip,
           background=lambda r: _GREY_BACKGROUND if r.blocked else status_brush(r.line.status)),
    Column("expected", "Expected", lambda r: "\u2014" if r.blocked else str(r.expected), align=RIGHT, width=70),
    Column("received", "Received", lambda r: "" if r.blocked else str(r.received), align=RIGHT, width=80),
    Column("diff", "Difference", _discrepancy, align=RIGHT, width=75),
)
RECEIVED_COLUMN = [c.key for c in RECEIVING_COLUMNS].index("received")


class ReceivingModel(ListTableModel[ReceivingRow]):
    """The receiving table; only the "Received" column of a countable line is editable (a whole
    number >= 0). Lines that are not counted (cancelled, not bought yet) are greyed; `locked`
    (after Confirm) makes every line read-only."""

    locked = False

    def set_locked(self, on: bool) -> None:
        self.locked = on
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1), [])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        r = self.row(index.row())
        if r.blocked:
            return flags & ~Qt.ItemFlag.ItemIsEnabled
        if index.column() == RECEIVED_COLUMN and not self.locked and not r.already_received:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == RECEIVED_COLUMN:
            return self.row(index.row()).received
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row(index.row()).blocked:
            return _GREY
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != RECEIVED_COLUMN:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            qty = int(value)
        except (TypeError, ValueError):
            return False
        if qty < 0 or qty > 9999:
            return False
        self.set_received(index.row(), qty)
        return True

    def set_received(self, row: int, qty: int) -> None:
        self._rows[row] = replace(self._rows[row], received=qty)
        self.dataChanged.emit(self.index(row, RECEIVED_COLUMN), self.index(row, len(self.columns) - 1),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def fill_expected(self) -> None:
        for row, r in enumerate(self._rows):
            if r.countable and not self.locked:
                self.set_received(row, r.expected)


UNMATCHED_COLUMNS: tuple[Column[UnmatchedRow], ...] = (
    Column("when", "Scanned", lambda r: when(r.scanned_at), width=130),
    Column("code", "Code", lambda r: r.code.replace("\x1d", "<GS>"), width=240,
           tooltip=lambda r: r.code.replace("\x1d", "<GS>")),
    Column("clerk", "Clerk", lambda r: r.clerk, width=100),
    Column("workstation", "Workstation", lambda r: r.workstation, width=110),
    Column("note", "Note", lambda r: r.note, width=220, stretch=True, tooltip=lambda r: r.note),
    Column("photo", "Photo", lambda r: _tr("yes") if r.photo_path else "", align=CENTER, width=55,
           tooltip=lambda r: r.photo_path),
    Column("matched", "Matched", lambda r: when(r.matched_at), width=130),
)


@dataclass(frozen=True)
class KeyRow:
    """A raw key press on the test page, with the gap since the one before."""

    seen: KeySeen
    gap_ms: float | None


def _char(text: str) -> str:
    names = {"\r": "Enter", "\t": "Tab", "\x1d": "GS", " ": "Space", "": "—"}
    return _tr(names[text]) if text in names else text


KEY_COLUMNS: tuple[Column[KeyRow], ...] = (
    Column("time", "Time (ms)", lambda k: f"{k.seen.time_ms:.0f}", align=RIGHT, width=75),
    Column("gap", "Gap (ms)", lambda k: "" if k.gap_ms is None else f"{k.gap_ms:.0f}", align=RIGHT, width=65),
    Column("text", "Text", lambda k: _char(k.seen.text), align=CENTER, width=50),
    Column("key", "Qt key", lambda k: f"0x{k.seen.key:x}", width=80),
    Column("scan", "Scan code", lambda k: str(k.seen.native_scan_code), align=RIGHT, width=75),
    Column("vk", "Virtual key", lambda k: f"0x{k.seen.native_virtual_key:x}", width=75),
    Column("physical", "Physical (US)", lambda k: _char(k.seen.physical or ""), align=CENTER, width=95),
    Column("held", "Detector", lambda k: _tr("held") if k.seen.held else _tr("passed"), width=65,
           stretch=True),
)
