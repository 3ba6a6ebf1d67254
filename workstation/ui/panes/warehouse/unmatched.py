"""The list of unmatched parcels: codes that found nothing, kept until their order line is found.

A matched parcel stays listed with its order and the time it was matched, from whichever
station's synchronisation, until the clerk dismisses it. With a matching service and a
runner the list loads itself and looks again every `REFRESH_MS` (another station's sync
is seen here too); without them the caller hands the rows in. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError
from workstation.services.warehouse import MatchedScan
from workstation.services.warehouse.matching import MatchingService
from workstation.ui.dialogs.photo_viewer import PhotoViewer, decode_photos
from workstation.ui.look import when
from workstation.ui.table import CENTER, Column, ListTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)
REFRESH_MS = 30_000
_MATCHED = QBrush(QColor("#e8f5e9"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Warehouse", text)


def _order(r: Any) -> str:
    return getattr(r, "matched_order_id", None) or ""


def _state(r: Any) -> str:
    if r.matched_at is None:
        return _tr("Waiting")
    return _tr("Matched \u2192 {0}").format(_order(r)) if _order(r) else _tr("Matched")


UNMATCHED_COLUMNS: tuple[Column[Any], ...] = (
    Column("when", "Scanned", lambda r: when(r.scanned_at), width=130),
    Column("code", "Code", lambda r: r.code.replace("\x1d", "<GS>"), width=240,
           tooltip=lambda r: r.code.replace("\x1d", "<GS>")),
    Column("state", "State", _state, width=190, background=lambda r: _MATCHED if r.matched_at else None),
    Column("matched", "Matched at", lambda r: when(r.matched_at), width=130),
    Column("clerk", "Clerk", lambda r: r.clerk, width=90),
    Column("workstation", "Workstation", lambda r: r.workstation, width=100),
    Column("note", "Note", lambda r: r.note, width=200, stretch=True, tooltip=lambda r: r.note),
    Column("photo", "Photo", lambda r: _tr("yes") if r.photo_path else "", align=CENTER, width=55,
           tooltip=lambda r: r.photo_path),
)


class UnmatchedList(QWidget):
    dismissed = Signal(int)  # how many matched parcels the clerk took off the list

    def __init__(self, matching: MatchingService | None = None, runner: TaskRunner | None = None,
                 actor: Actor | None = None, parent: QWidget | None = None, *,
                 photos: Callable[[int], list[Any]] | None = None):
        super().__init__(parent)
        self._matching, self._runner, self._actor = matching, runner, actor or Actor.local()
        self._photos = photos  # unmatched id -> its Photos (ReceivingService.photos_of)
        self.viewer: PhotoViewer | None = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setMargin(8)
        self.notice.setStyleSheet("QLabel { background:#e8f5e9; color:#1b5e20; "
                                  "border:1px solid #a5d6a7; border-radius:4px; }")
        self.notice.hide()
        self.count = QLabel()
        self.model = ListTableModel(UNMATCHED_COLUMNS)
        self.table = make_table(self.model)
        self.dismiss_button = QPushButton(self.tr("Dismiss matched"))
        self.dismiss_button.setToolTip(self.tr("Take the selected matched parcels (or, with none selected, "
                                               "every matched one) off the list once they are handled"))
        self.dismiss_button.setEnabled(False)
        self.photo_button = QPushButton(self.tr("Photo"))
        self.photo_button.setToolTip(self.tr("Show the photo kept with the selected parcel (or double-click it)"))
        self.photo_button.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c")
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.error)
        top.addWidget(self.photo_button)
        top.addWidget(self.dismiss_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        self.photo_button.clicked.connect(self._on_photo_clicked)
        self.table.doubleClicked.connect(lambda index: self.open_photo(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_photo_button())
        self._timer.timeout.connect(self.refresh)
        self._extra: list[MatchedScan] = []
        self.set_rows([])
        if matching is not None and runner is not None:
            self._timer.start()

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._matching is None or self._runner is None:
            return
        matching = self._matching
        self._runner.run(matching.list, self.set_rows, self._on_failed, lane="read")

    def match_now(self, on_done: Any = None) -> None:
        """Match waiting parcels now (after this window's sync), then reload."""
        if self._matching is None or self._runner is None:
            return
        matching, actor = self._matching, self._actor

        def done(matched: list[MatchedScan]) -> None:
            if on_done is not None:
                on_done(matched)
            self.refresh()

        def failed(exc: BaseException, tb: str) -> None:
            self._on_failed(exc, tb)
            done([])

        self._runner.run(lambda: matching.match_pending(actor=actor, by="window"), done, failed, lane="write")

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.error.clear()
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.matched_at is None)
        matched = [r for r in rows if r.matched_at is not None]
        if not rows:
            self.count.setText(self.tr("No unmatched parcels. Codes that match nothing are kept here "
                                       "until their order line is found."))
        elif matched:
            self.count.setText(self.tr("%n parcel(s) waiting for their order line", "", waiting)
                               + self.tr("; %n matched, to be handled", "", len(matched)))
        else:
            self.count.setText(self.tr("%n parcel(s) waiting for their order line", "", waiting))
        self.dismiss_button.setEnabled(bool(matched) and self._matching is not None)
        self._update_photo_button()
        self._show_notice([(r.code, _order(r)) for r in matched])

    def show_matched(self, matched: Sequence[MatchedScan]) -> None:
        """Tell the clerk which waiting parcels have just been matched (kept until the next load)."""
        listed = {r.code for r in self.model.rows() if r.matched_at is not None}
        self._show_notice([(r.code, _order(r)) for r in self.model.rows() if r.matched_at is not None]
                          + [(m.code, ", ".join(m.order_ids)) for m in matched if m.code not in listed])

    def _show_notice(self, pairs: list[tuple[str, str]]) -> None:
        if not pairs:
            self.notice.hide()
            return
        parts = [self.tr("{0} \u2192 {1}").format(code, order or "?") for code, order in pairs[:5]]
        more = len(pairs) - len(parts)
        text = self.tr("%n parcel(s) matched to their order since they were scanned: ", "", len(pairs))
        text += "; ".join(parts)
        if more:
            text += self.tr(" and {0} more").format(more)
        if self._matching is not None:
            text += self.tr(". Put them with their orders, then dismiss them.")
        self.notice.setText(text)
        self.notice.show()

    # -- photos -------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if len(rows) == 1 else None

    def _update_photo_button(self) -> None:
        row = self._selected_row()
        self.photo_button.setEnabled(self._photos is not None and self._runner is not None and row is not None
                                     and bool(self.model.rows()[row].photo_path))

    def _on_photo_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.open_photo(row)

    def open_photo(self, row: int) -> PhotoViewer | None:
        """The viewer for the parcel in `row`, its photos read and decoded on a worker; None
        when that parcel has no photo."""
        rows = self.model.rows()
        if self._photos is None or self._runner is None or not 0 <= row < len(rows) or not rows[row].photo_path:
            return None
        parcel, photos = rows[row], self._photos
        viewer = PhotoViewer(parcel.code.replace("\x1d", "<GS>"), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.finished.connect(lambda _r: setattr(self, "viewer", None) if self.viewer is viewer else None)

        def failed(exc: BaseException, tb: str) -> None:
            log.error("photo of unmatched parcel %s: %s\n%s", parcel.id, exc, tb)
            text = str(exc) if isinstance(exc, UserFacingError) else self.tr("The photo could not be loaded; "
                                                                             "see the log.")
            if self.viewer is viewer:
                viewer.set_error(text)

        def loaded(decoded: list[Any]) -> None:
            if self.viewer is viewer:
                viewer.set_photos(decoded)

        viewer.open()
        self._runner.run(lambda: decode_photos(photos(parcel.id)), loaded, failed, lane="read")
        return viewer

    # -- dismissing ---------------------------------------------------------------------

    def _on_dismiss_clicked(self) -> None:
        if self._matching is None or self._runner is None:
            return
        chosen = {i.row() for i in self.table.selectionModel().selectedRows()}
        rows = [r for n, r in enumerate(self.model.rows()) if r.matched_at is not None
                and (not chosen or n in chosen)]
        if not rows:
            self.error.setText(self.tr("Select matched parcels to dismiss; waiting ones stay."))
            return
        matching, actor, ids = self._matching, self._actor, [r.id for r in rows]

        def done(count: int) -> None:
            self.dismissed.emit(count)
            self.refresh()

        self._runner.run(lambda: matching.dismiss(ids, actor=actor), done, self._on_failed, lane="write")

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        if isinstance(exc, UserFacingError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("Could not load the unmatched parcels; see the log."))
            log.error("unmatched parcels: %s\n%s", exc, _tb)
