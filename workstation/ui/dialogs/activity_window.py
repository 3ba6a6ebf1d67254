"""The activity information window: counters, progress and the step log of one activity, live.

Non-modal, GUI thread only. Closing it stops nothing; Cancel asks first. When the activity
waits for a person, its question is shown inline and answered with one keystroke. Its result
(bought N, bought nothing, waiting, errors, interrupted) is read off the GUI thread whenever
the activity moves on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.ui import messages as engine_text
from workstation.ui.dialogs.question import QuestionPanel
from workstation.ui.panes.activities.results import (
    result_colour,
    result_text,
    result_tooltip,
    shown_state,
)

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
STEP_COLOURS = {"error": "#c62828", "warning": "#b26a00", "question": "#1565c0"}
TYPE_NAMES = {"information": "Information", "warning": "Warning", "error": "Error", "question": "Question"}


def elapsed(seconds: int) -> str:
    minutes, sec = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


class StepModel(QAbstractTableModel):
    """The step log; grows by appended rows, so the view keeps its scroll position."""

    HEADERS = ("Time", "Type", "Message")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._steps: list[Any] = []

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._steps) or index.column() >= 3:
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return elapsed(step.time_from_start)
            if column == 1:
                return QCoreApplication.translate("Activities", TYPE_NAMES.get(step.type, step.type))
            if step.type == "question" and step.answer:
                label = next((c.label for c in step.choices if c.id == step.answer), step.answer)
                return f"{engine_text.text(step)}  → {QCoreApplication.translate('Choices', label)}"
            return engine_text.text(step)
        if role == Qt.ItemDataRole.ForegroundRole and step.type in STEP_COLOURS:
            return QBrush(QColor(STEP_COLOURS[step.type]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return engine_text.text(step)
        if role == Qt.ItemDataRole.UserRole:
            return step
        return None

    def steps(self) -> list[Any]:
        return list(self._steps)

    def set_steps(self, steps: Any) -> None:
        new = list(steps)
        old = self._steps
        if len(new) < len(old) or any(a.message != b.message for a, b in zip(old, new, strict=False)):
            self.beginResetModel()
            self._steps = new
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
        self._steps[: len(old)] = new[: len(old)]
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, 2), [Qt.ItemDataRole.DisplayRole])
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._steps.extend(new[len(old):])
            self.endInsertRows()


class ActivityWindow(QDialog):
    """One activity, live from the runner's signals."""

    def __init__(self, activity_id: str, runner: Any, tasks: Any, activities: Any,
                 parent: QWidget | None = None, *, is_alive: Any = None):
        super().__init__(parent)
        self.activity_id = activity_id
        self._runner = runner
        self._tasks = tasks
        self._activities = activities
        self._is_alive = is_alive  # owner "host:pid" -> is that process still there
        self.info: Any = None
        self.result: Any = None  # activity_results.ActivityResult, once read
        self._result_for: Any = None  # what the activity looked like when its result was asked
        self._result_busy = False
        self.setWindowTitle(self.tr("Activity"))
        self.setModal(False)
        self.resize(760, 520)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.found_lines = QLabel()
        self.found_orders = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        counters = QHBoxLayout()
        counters.setSpacing(28)
        for widget in (self.state, self.found_lines, self.found_orders):
            counters.addWidget(widget)
        counters.addStretch(1)

        self.model = StepModel(self)
        self.log = QTableView()
        self.log.setModel(self.model)
        self.log.verticalHeader().setVisible(False)
        self.log.verticalHeader().setDefaultSectionSize(22)
        self.log.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.log.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.log.setWordWrap(False)
        header = self.log.horizontalHeader()
        header.setStretchLastSection(True)
        self.log.setColumnWidth(0, 64)
        # wide enough for the longest step type in this language ("Предупреждение" is 14 letters)
        self.log.setColumnWidth(1, max(96, 16 + max(
            self.log.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("Activities", TYPE_NAMES.get(step_type, step_type)))
            for step_type in TYPE_NAMES)))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #c62828;")
        self.notice.setVisible(False)
        self.question = QuestionPanel()
        self.question.setVisible(False)
        self.question.chosen.connect(self._on_chosen)

        self.cancel_button = QPushButton(self.tr("Cancel activity..."))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button = QPushButton(self.tr("Close (it keeps running)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(counters)
        layout.addWidget(self.outcome)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addWidget(self.question)
        layout.addWidget(self.log, 1)
        layout.addLayout(buttons)

        for signal in (runner.activity_changed, runner.question_asked, runner.activity_finished):
            signal.connect(self._on_runner_signal)
        runner.action_failed.connect(self._on_action_failed)
        latest = runner.latest(activity_id)
        if latest is not None:
            self.show_info(latest)
        self.reload()

    # ------------------------------------------------------------ updates

    def reload(self) -> None:
        """Read the activity again (off the GUI thread)."""
        aid = self.activity_id
        self._tasks.run(lambda: self._activities.get(aid), self.show_info, lambda _e, _tb: None)

    def _on_runner_signal(self, activity_id: str) -> None:
        if activity_id != self.activity_id:
            return
        latest = self._runner.latest(activity_id)
        if latest is not None and (self.info is None or latest is not self.info):
            self.show_info(latest)
        else:
            self.reload()

    def _on_action_failed(self, activity_id: str, message: str) -> None:
        if activity_id == self.activity_id:
            self.notice.setText(message)
            self.notice.setVisible(True)
            self.reload()

    def show_info(self, info: Any) -> None:
        if info.id != self.activity_id:
            return
        self.info = info
        self.setWindowTitle(self.tr("Activity: {}").format(engine_text.description(info) or info.kind))
        self.heading.setText(f"{engine_text.description(info) or info.kind}  ·  {info.account}")
        self._show_state()
        self._ask_result()
        self.found_lines.setText(self.tr("Found order lines: {}").format(info.found_lines))
        self.found_orders.setText(self.tr("Found provider orders: {}").format(info.found_provider_orders))
        self.progress.setValue(info.progress_percent)
        at_end = self.log.verticalScrollBar().value() >= self.log.verticalScrollBar().maximum() - 2
        self.model.set_steps(info.steps)
        if at_end:
            self.log.scrollToBottom()
        self.cancel_button.setEnabled(not info.is_finished)
        question = info.pending_question if info.state == "waiting" else None
        if question is not None:
            self.question.set_question(info, question)
            self.question.setVisible(True)
            self.question.setFocus()
        else:
            self.question.setVisible(False)

    def _show_state(self) -> None:
        info, result = self.info, self.result
        if result is not None and result.activity_id != info.id:
            result = None
        colour = {"waiting": "#1565c0", "failed": "#c62828", "finished_with_errors": "#c62828",
                  "aborted": "#b26a00"}.get(info.state, "")
        if result is not None and result.outcome == "interrupted":
            colour = result_colour(result)
        self.state.setText(self.tr("State: {}").format(shown_state(info, result)))
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "font-weight: bold;")
        text = result_text(info, result)
        self.outcome.setText(self.tr("Result: {}").format(text) if text else "")
        self.outcome.setToolTip(result_tooltip(info, result))
        self.outcome.setStyleSheet(f"color: {result_colour(result)};" if result_colour(result) else "")
        self.outcome.setVisible(bool(text))

    def _ask_result(self) -> None:
        """Read the result again when the activity moved on (off the GUI thread, one at a time)."""
        info = self.info
        mark = (info.state, info.found_lines, info.found_provider_orders, len(info.steps))
        if self._result_busy or mark == self._result_for:
            return
        self._result_busy = True
        self._result_for = mark
        service, is_alive = self._activities, self._is_alive
        self._tasks.run(lambda: service.results([info], is_alive).get(info.id), self._on_result,
                        self._on_result_failed)

    def _on_result(self, result: Any) -> None:
        self._result_busy = False
        if result is not None and self.info is not None and result.activity_id == self.info.id:
            self.result = result
            self._show_state()
        if self.info is not None:
            self._ask_result()  # it may have moved on meanwhile

    def _on_result_failed(self, _exc: BaseException, _tb: str) -> None:
        self._result_busy = False  # the next change asks again

    # ------------------------------------------------------------ actions

    def _on_chosen(self, choice: str) -> None:
        self.question.setEnabled(False)
        self._runner.answer(self.activity_id, choice)

    def _on_cancel_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Cancel activity"),
            self.tr("Stop this activity? What it already did stays done; lines not yet booked "
                    "stay as they are."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel_activity()

    def cancel_activity(self) -> None:
        self.cancel_button.setEnabled(False)
        self._runner.cancel(self.activity_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            super().keyPressEvent(event)
            return
        if self.question.isVisible() and self.question.handle_key(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # never a default button here
        super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._watch(True)  # an activity followed on OT Box is asked about every 2 s while shown
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._watch(False)
        super().hideEvent(event)

    def _watch(self, watched: bool) -> None:
        watch = getattr(self._activities, "watch", None)
        if watch is not None:
            watch(self.activity_id, watched)  # in memory only; no query, no network

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # closing only hides the window; the activity goes on in the runner
        event.accept()
