"""The status-bar summary of synchronisation: the last sync per account, and what needs a person;
a click opens a small list with the details.

GUI thread only; the snapshot is read on the TaskRunner.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workstation.domain import marketplaces
from workstation.runner.tasks import TaskRunner
from workstation.services.background import AccountStatus, StatusSnapshot
from workstation.ui.look import when
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
MAX_ITEMS = 4  # accounts shown one by one; past that the good ones are counted
SHORT_NAMES = {m.kind: m.short_name for m in marketplaces.MARKETPLACES}
OK_MARK, FAILED_MARK = "\u2713", "\u2717"  # check and ballot x: in DejaVu Sans, no emoji
COLOURS = {"ok": "#2e7d32", "failed": "#c62828", "expired": "#c62828", "expiring": "#e65100",
           "waiting": "#e65100", "running": "#1565c0"}
BACKGROUNDS = {"failed": "#ffebee", "expired": "#ffebee", "expiring": "#fff8e1", "waiting": "#fff8e1"}
_PROBLEM_TEXT = {
    "expired": "log in again",
    "expiring": "log in again soon",
    "failed": "sync failed",
    "waiting": "waiting for an answer",
}


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def _clock_time(moment: datetime | None, today: datetime) -> str:
    if moment is None:
        return _tr("never")
    local = moment.astimezone()
    same_day = local.date() == today.astimezone().date()
    return local.strftime("%H:%M") if same_day else local.strftime("%m-%d %H:%M")


def _state_text(a: AccountStatus) -> str:
    if a.problem:
        return _tr(_PROBLEM_TEXT.get(a.problem, a.problem))
    if a.run_state in ("queued", "running"):
        return _tr("synchronising")
    return _tr("ok") if a.last_sync_at else _tr("not synchronised yet")


def _background(a: AccountStatus) -> QBrush:
    colour = BACKGROUNDS.get(a.problem)
    return QBrush(QColor(colour)) if colour else QBrush()


DETAIL_COLUMNS: tuple[Column[AccountStatus], ...] = (
    Column("provider", "Provider", lambda a: SHORT_NAMES.get(a.provider, a.provider), width=70),
    Column("account", "Account", lambda a: a.account, width=150),
    Column("state", "State", _state_text, width=150, background=_background),
    Column("synced", "Last synchronisation", lambda a: when(a.last_sync_at) or _tr("never"), width=140),
    Column("next", "Next run", lambda a: when(a.next_run_at) if a.next_run_at else "\u2014", width=130),
    Column("detail", "Details", lambda a: a.detail, width=300, stretch=True, tooltip=lambda a: a.detail),
)


def entry_html(a: AccountStatus, today: datetime) -> str:
    """One account, compact: "1688 demo_buyer_1688 ✓ 10:42", or the problem in colour."""
    name = html.escape(f"{SHORT_NAMES.get(a.provider, a.provider)} {a.account}")
    if a.problem:
        colour = COLOURS[a.problem]
        weight = "font-weight:600;" if a.problem in ("expired", "failed") else ""
        mark = f"{FAILED_MARK} " if a.problem == "failed" else ""
        return (f'<span style="color:{colour};{weight}">{name} {mark}'
                f'{html.escape(_state_text(a))}</span>')
    if a.run_state in ("queued", "running"):
        return f'{name} <span style="color:{COLOURS["running"]}">{html.escape(_tr("synchronising"))}</span>'
    if a.last_sync_at is None:
        return f'{name} <span style="color:#616161">{html.escape(_tr("never"))}</span>'
    return (f'{name} <span style="color:{COLOURS["ok"]}">{OK_MARK}</span> '
            f'{_clock_time(a.last_sync_at, today)}')


SEPARATOR = " &nbsp;\u00b7&nbsp; "


def summary_parts(snapshot: StatusSnapshot, max_items: int = MAX_ITEMS) -> list[str]:
    """The status-bar entries, most urgent first: problems, activities waiting for an answer,
    then the good accounts (counted when there are many)."""
    accounts = list(snapshot.accounts)
    if not accounts:
        return [html.escape(_tr("No buyer account logged in"))]
    problems = [a for a in accounts if a.problem]
    good = [a for a in accounts if not a.problem]
    parts = []
    if snapshot.alarms:
        text = _tr("%1 money alarm(s): possible duplicate or price above the rule, click for details").replace("%1", str(len(snapshot.alarms)))
        parts.append(f'<span style="color:{COLOURS["failed"]};font-weight:600">⚠ {html.escape(text)}</span>')
    if snapshot.notices:
        text = _tr("%1 notification(s) to acknowledge (Activities)").replace("%1", str(snapshot.notices))
        parts.append(f'<span style="color:{COLOURS["waiting"]};font-weight:600">{html.escape(text)}</span>')
    parts += [entry_html(a, snapshot.at) for a in problems]
    if snapshot.unknown:
        text = _tr("%1 order(s) outcome unknown: checking").replace("%1", str(snapshot.unknown))
        parts.append(f'<span style="color:{COLOURS["waiting"]}">{html.escape(text)}</span>')
    if snapshot.waiting:
        text = _tr("%1 waiting for an answer").replace("%1", str(snapshot.waiting))
        parts.append(f'<span style="color:{COLOURS["waiting"]};font-weight:600">{html.escape(text)}</span>')
    if len(accounts) <= max_items:
        parts += [entry_html(a, snapshot.at) for a in good]
    elif good:
        latest = max((a.last_sync_at for a in good if a.last_sync_at), default=None)
        text = _tr("%1 more").replace("%1", str(len(good)))
        parts.append(f'{html.escape(text)} <span style="color:{COLOURS["ok"]}">{OK_MARK}</span> '
                     f'{_clock_time(latest, snapshot.at)}')
    return parts


def summary_html(snapshot: StatusSnapshot, max_items: int = MAX_ITEMS) -> str:
    return SEPARATOR.join(summary_parts(snapshot, max_items))


def fitted_html(parts: list[str], width: Callable[[str], float], available: float) -> str:
    """As many entries as fit in `available` pixels, the rest counted ("+2"): the urgent ones
    come first, so they are the last to go; the popup has everything."""
    for shown in range(len(parts), 0, -1):
        text = SEPARATOR.join(parts[:shown])
        if shown < len(parts):
            text += SEPARATOR + html.escape(_tr("+%1 more").replace("%1", str(len(parts) - shown)))
        if width(text) <= available or shown == 1:
            return text
    return ""


class SyncDetails(QFrame):
    """The popup list: every account with its state, last and next run, and details."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model: ListTableModel[AccountStatus] = ListTableModel(DETAIL_COLUMNS, self)
        self.view = make_table(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.NoSelection)
        self.title = QLabel(self.tr("Synchronisation of the buyer accounts"))
        self.title.setStyleSheet("font-weight:600")
        self.footer = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        self.resize(1000, 220)

    def show_snapshot(self, snapshot: StatusSnapshot) -> None:
        self.model.set_rows(snapshot.accounts)
        waiting = (self.tr("%1 activities wait for an answer (Activities pane).").replace(
            "%1", str(snapshot.waiting)) if snapshot.waiting else self.tr("No activity waits for an answer."))
        lines = [waiting]
        if snapshot.unknown:
            lines.append(self.tr("%1 marketplace order(s) were sent without a clear answer; their lines stay "
                                 "reserved while the workstation looks them up.").replace("%1", str(snapshot.unknown)))
        lines += [self.tr("Alarm: %1").replace("%1", message) for message in snapshot.alarms[:5]]
        if snapshot.notices:
            lines.append(self.tr("%1 notification(s) (cancelled lines, sessions) wait to be acknowledged in "
                                 "the Activities pane.").replace("%1", str(snapshot.notices)))
        self.footer.setText("\n".join(lines))
        self.footer.setWordWrap(True)
        rows = max(1, len(snapshot.accounts))
        self.resize(self.width(), min(420, 96 + rows * self.view.verticalHeader().defaultSectionSize()))


class SyncStatusWidget(QFrame):
    """For the main window's status bar. `refresh()` reloads; a click shows the details."""

    loaded = Signal(object)  # StatusSnapshot
    attention = Signal(int)  # accounts that need a person, after each load

    def __init__(self, load: Callable[[], StatusSnapshot], runner: TaskRunner,
                 parent: QWidget | None = None, *, refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self._load = load
        self._runner = runner
        self._loading = False
        self.snapshot: StatusSnapshot | None = None
        self.details: SyncDetails | None = None
        self._parts: list[str] = []
        self.label = QLabel(self.tr("Synchronisation: loading…"))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # The label shows what fits (see _render); the widget's own hint asks for the full line.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip(self.tr("Synchronisation per account; click for details"))
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        """Reload the snapshot on a worker; a load still in flight makes this a no-op."""
        if self._loading:
            return
        self._loading = True
        self._runner.run(self._load, self._on_loaded, self._on_failed, lane="read")

    def show_snapshot(self, snapshot: StatusSnapshot) -> None:
        self.snapshot = snapshot
        self._parts = summary_parts(snapshot)
        self.label.setToolTip("")
        self.setToolTip(_plain(SEPARATOR.join(self._parts)) + "\n" + self.tr("Click for details"))
        self.updateGeometry()
        self._render()
        if self.details is not None and self.details.isVisible():
            self.details.show_snapshot(snapshot)
        self.loaded.emit(snapshot)
        self.attention.emit(sum(1 for a in snapshot.accounts if a.needs_person))

    def full_width(self) -> int:
        """Pixels the whole line needs."""
        return int(self._text_width(SEPARATOR.join(self._parts))) if self._parts else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        margins = self.contentsMargins()
        wanted = self.full_width() + margins.left() + margins.right() + 14  # layout margins
        return QSize(max(hint.width(), wanted) if self._parts else hint.width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # small enough that a long line never widens the window; _render then drops entries
        return QSize(160, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        if self._parts:
            self.label.setText(fitted_html(self._parts, self._text_width, self.label.width()))

    def _text_width(self, rich: str) -> float:
        document = QTextDocument()
        document.setDefaultFont(self.label.font())
        document.setDocumentMargin(0)
        document.setHtml(rich)
        return document.idealWidth()

    def open_details(self) -> SyncDetails:
        if self.details is None:
            self.details = SyncDetails(self)
        if self.snapshot is not None:
            self.details.show_snapshot(self.snapshot)
        # above the status bar, right edge on the widget's right edge, kept on the screen
        corner = self.mapToGlobal(QPoint(self.width(), 0))
        x = corner.x() - self.details.width()
        y = corner.y() - self.details.height() - 2
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.details.width()))
            y = max(screen.top(), y)
        self.details.move(x, y)
        self.details.show()
        self.refresh()
        return self.details

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_details()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_details()
            return
        super().keyPressEvent(event)

    def _on_loaded(self, snapshot: StatusSnapshot) -> None:
        self._loading = False
        self.show_snapshot(snapshot)

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        self._loading = False
        self._parts = []  # a resize must not bring the stale line back
        log.warning("synchronisation status could not be read: %s", exc)
        self.label.setText(html.escape(self.tr("Synchronisation: status unavailable")))
        self.label.setToolTip(str(exc))
