"""Quitting while activities run: say what runs and what will happen, then stop without freezing.

GUI thread only. `QuitGuard` filters the main window's close events. With nothing of this
station's running or queued, a close goes through untouched. Otherwise the close is held,
what runs is read off the GUI thread, and `QuitDialog` says, for each activity, what quitting
does to it: a running one stops at its next safe point and resumes at the next start; an order
it sent without a clear answer yet is left for the reconciler (looked up before anything is
sent again); queued ones start at the next start; waiting ones keep waiting. On "Quit" the
runner is asked to stop (`begin_shutdown`, which never blocks) and the window closes when its
workers have ended, at the deadline, or at once on "Quit now".
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.ui import messages as engine_text
from workstation.ui.panes.activities.model import kind_name
from workstation.ui.panes.activities.results import bought, tr_n

QUIT_TIMEOUT_MS = 10_000


class QuitDialog(QDialog):
    """What quitting does to each activity; Keep working (Esc, the default) or Quit."""

    quit_requested = Signal()
    quit_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quit while activities run?"))
        self.setModal(True)
        self.setMinimumWidth(620)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setMinimumHeight(160)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # stopping: how long depends on the marketplace
        self.busy.setVisible(False)
        self.status.setVisible(False)

        self.keep_button = QPushButton(self.tr("Keep working"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        self.quit_button = QPushButton(self.tr("Stop them and quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        self.quit_now_button = QPushButton(self.tr("Quit now"))
        self.quit_now_button.setAutoDefault(False)
        self.quit_now_button.setToolTip(self.tr("Do not wait for the current step: the activity resumes at "
                                                "the next start, and nothing is bought twice."))
        self.quit_now_button.clicked.connect(self.quit_now_requested)
        self.quit_now_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_now_button)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def show_plan(self, running: list[tuple[Any, Any]], queued: list[tuple[Any, Any]],
                  waiting: list[tuple[Any, Any]]) -> None:
        """(ActivityInfo, ActivityResult or None) for what runs, is queued and waits."""
        self.heading.setText(tr_n("This workstation is still running %n activity(ies).",
                                  len(running) + len(queued), "QuitDialog"))
        items = [self._running_item(info, result) for info, result in running]
        items += [self._item(info, self.tr("queued: it starts when the workstation starts again."))
                  for info, _result in queued]
        parts = [self._list(items)]
        if waiting:
            parts.append(f"<p>{html.escape(self.tr('Waiting for an answer; quitting does not touch them:'))}</p>")
            parts.append(self._list([self._item(info, self.tr("it keeps waiting; answer it after the next start "
                                                              "or on another workstation."))
                                     for info, _result in waiting]))
        parts.append("<p>" + html.escape(self.tr("Stop them and quit: the window closes as soon as each has "
                                                 "finished its current step. Keep working: nothing changes."))
                     + "</p>")
        self.body.setText("".join(parts))

    @staticmethod
    def _list(items: list[str]) -> str:
        return "<ul style='margin-left: -20px'>" + "".join(items) + "</ul>" if items else ""

    def _running_item(self, info: Any, result: Any) -> str:
        text = self.tr("running: it stops after its current step, and what is left resumes when the "
                       "workstation starts again.")
        if info.kind == "booking" and result is not None:
            text += " " + self.tr("So far it has {}.").format(bought(result))
            if result.orders_unknown:
                text += " " + tr_n("Orders being sent or without a clear answer yet: %n. If no answer comes "
                                   "before the window closes, they are left for the reconciler, which looks "
                                   "them up before anything is sent again. Nothing is bought twice.",
                                   result.orders_unknown, "QuitDialog")
        return self._item(info, text)

    @staticmethod
    def _item(info: Any, text: str) -> str:
        name = f"{engine_text.description(info) or kind_name(info.kind)} · {info.account}"
        return f"<li style='margin-bottom: 6px'><b>{html.escape(name)}</b>: {html.escape(text)}</li>"

    def _on_quit_clicked(self) -> None:
        self.show_stopping()
        self.quit_requested.emit()

    def show_stopping(self) -> None:
        self.keep_button.setVisible(False)
        self.quit_button.setVisible(False)
        self.quit_now_button.setVisible(True)
        self.quit_now_button.setDefault(True)
        self.busy.setVisible(True)
        self.status.setVisible(True)
        self.status.setText(self.tr("Stopping: waiting for the current step to end (at most {} s). The "
                                    "window stays usable.").format(QUIT_TIMEOUT_MS // 1000))

    def reject(self) -> None:
        if self.quit_now_button.isVisible():
            return  # stopping has begun: there is no going back, only "Quit now"
        super().reject()


class QuitGuard(QObject):
    """Holds the main window's close while this station's activities run (see the module)."""

    def __init__(self, window: QWidget, runner: Any, tasks: Any, activities: Any, *,
                 is_alive: Any = None, ask: bool = True, timeout_ms: int = QUIT_TIMEOUT_MS):
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._tasks = tasks
        self._activities = activities
        self._is_alive = is_alive
        self._ask = ask
        self._timeout_ms = timeout_ms
        self._allowed = False
        self.dialog: QuitDialog | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_deadline)
        runner.stopped.connect(self._on_runner_stopped)
        window.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if watched is not self._window or event.type() != QEvent.Type.Close or self._allowed:
            return False
        if not self._runner.is_stopping() and not self._runner.has_work():
            return False
        event.ignore()
        if self._runner.is_stopping():
            pass  # already on its way out; the dialog (if any) shows it
        elif not self._ask:
            self._stop()
        elif self.dialog is None or not self.dialog.isVisible():
            self._prepare()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
        return True

    # ------------------------------------------------------------ internals

    def _prepare(self) -> None:
        """Read what runs off the GUI thread; the dialog opens when it is known."""
        running, queued = self._runner.running(), self._runner.queued()
        known = {i: self._runner.latest(i) for i in running + queued}
        service, is_alive = self._activities, self._is_alive

        def op() -> tuple[list[Any], list[Any], list[Any], dict[str, Any]]:
            fresh = {i: service.get(i) for i in known}
            waiting = service.list(states=("waiting",), limit=50)
            results = service.results([*fresh.values(), *waiting], is_alive)
            return ([fresh[i] for i in running], [fresh[i] for i in queued], waiting, results)

        def failed(_exc: BaseException, _tb: str) -> None:  # say what is known from memory
            self._open([v for i, v in known.items() if i in running and v is not None],
                       [v for i, v in known.items() if i in queued and v is not None], [], {})

        self._tasks.run(op, lambda r: self._open(*r), failed)

    def _open(self, running: list[Any], queued: list[Any], waiting: list[Any], results: dict[str, Any]) -> None:
        if not self._runner.has_work() and not self._runner.is_stopping():
            self._allow_close()  # it ended while we looked
            return
        if self.dialog is None:
            self.dialog = QuitDialog(self._window)
            self.dialog.quit_requested.connect(self._stop)
            self.dialog.quit_now_requested.connect(self._quit_now)
        pair = [(a, results.get(a.id)) for a in running], [(a, results.get(a.id)) for a in queued]
        self.dialog.show_plan(*pair, [(a, results.get(a.id)) for a in waiting])
        self.dialog.open()

    def _stop(self) -> None:
        self._runner.begin_shutdown(self._timeout_ms)
        self._deadline.start(self._timeout_ms)

    def _quit_now(self) -> None:
        self._runner.begin_shutdown(0)  # the last wait gives up at once; the next start resumes
        self._allow_close()

    def _on_deadline(self) -> None:
        self._quit_now()

    def _on_runner_stopped(self) -> None:
        if self._runner.is_stopping() and not self._allowed:
            self._allow_close()

    def _allow_close(self) -> None:
        self._deadline.stop()
        self._allowed = True
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Accepted)
        QTimer.singleShot(0, self._window.close)
