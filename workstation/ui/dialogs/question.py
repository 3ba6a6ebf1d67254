"""Questions an activity asks a person: one panel per question, one keystroke per choice.

GUI thread only. Enter, Return and Space never answer (a scanner ends every code with Enter,
and a price must never be confirmed by one); a key that arrives inside a burst of keys (a
scanner typing) is dropped too. Every choice has the same keys in every dialog (`CHOICE_KEYS`).
A question about a line says which line (#N and its label), shows the goods and what the answer
costs, and links to the item on the marketplace. `QuestionDialog` works through every waiting
question in a row: after an answer the next waiting question appears.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services.activities import Choice
from workstation.ui import look
from workstation.ui import messages as engine_text
from workstation.ui.dialogs.question_text import (  # noqa: F401 - CHOICE_KEYS, LETTERS: the dialog's keys
    CHOICE_KEYS,
    LETTERS,
    PICK_PREFIX,
    as_decimal,
    keys_of,
    price_rows,
    question_title,
    signed_yuan,
    tr,
    yuan,
)

THUMB = 96  # px: big enough to recognise the goods
HOLD_MS = 60  # a choice key waits this long in case it is the first key of a scanner burst
QUIET_MS = 300  # after a burst, keys are ignored until this long without one
_NEVER_ANSWER = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


def question_kind(question: Any) -> str:
    return (question.question_key or "").split(":", 1)[0]


class QuestionPanel(QWidget):
    """Shows one pending question with its choice buttons; `chosen(choice_id)` on a key or click."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._choices: list[str] = []
        self._keys: dict[int, str] = {}
        self._last_key = 0.0
        self._quiet_until = 0.0
        self._held: str | None = None
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._release)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        self.heading.setFont(font)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setStyleSheet("color: #616161;")
        self.line = QLabel()  # "#2  LN…": which line of its order; #1 and #3 never look alike
        line_font = self.line.font()
        line_font.setBold(True)
        line_font.setPointSizeF(max(line_font.pointSizeF(), 9.0) * 1.1)
        self.line.setFont(line_font)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(self._on_link_activated)
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self._thumbnails: Any = None  # ui/thumbnails.Thumbnails, given by set_thumbnails
        self._image_url = ""
        self.title = QLabel()
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.15)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        item = QGridLayout()
        item.addWidget(self.thumb, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        item.addWidget(self.line, 0, 1)
        item.addWidget(self.title, 1, 1)
        item.addWidget(self.subtitle, 2, 1)
        item.addWidget(self.link, 3, 1)
        item.setColumnStretch(1, 1)
        self.configs = QListWidget()  # the configurations on offer, when the one ordered is gone
        self.configs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.configs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.configs.setVisible(False)
        self._item_url = ""

        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(18)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons_row = QGridLayout()  # two per row: long labels never get cut
        self.buttons: dict[str, QPushButton] = {}

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addLayout(item)
        inner.addLayout(self.facts)
        inner.addWidget(self.configs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addWidget(frame)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons_row)

    # ------------------------------------------------------------ content

    def set_question(self, activity: Any, question: Any) -> None:
        kind = question_kind(question)
        d = question.details or {}
        self.heading.setText(question_title(kind, d))
        self.context.setText(engine_text.description(activity) or activity.kind)
        if d.get("line_num") is not None:
            self.line.setText(tr("Line #{0} of {1}   {2}").format(d["line_num"], d.get("order_id", ""),
                                                                   d.get("label", "")).rstrip())
        else:
            self.line.setText("")
        self.line.setVisible(bool(self.line.text()))
        title = d.get("title") or engine_text.text(question)
        # the item's picture; the letter placeholder until it is fetched (ui/thumbnails.py)
        self._image_url = str(d.get("image_url") or "")
        picture = (self._thumbnails.pixmap(self._image_url, QSize(THUMB, THUMB), self.devicePixelRatioF())
                   if self._thumbnails is not None and self._image_url else None)
        self.thumb.setPixmap(picture or look.thumbnail(str(d.get("item_id", title)), title, THUMB))
        self.title.setText(title)
        sub = [x for x in (d.get("title_en"), d.get("config") and tr("Configuration: {}").format(d["config"]),
                           d.get("qty") and tr("Quantity: {}").format(d["qty"])) if x]
        self.subtitle.setText("\n".join(sub))
        self._item_url = str(d.get("item_url") or "")
        self.link.setText(f'<a href="{self._item_url}">{tr("Open the item on the marketplace")}</a>'
                          if self._item_url else "")
        self.link.setToolTip(self._item_url)
        self.link.setVisible(bool(self._item_url))
        self._set_facts(kind, d)
        self.message.setText(engine_text.text(question))
        # the facts above say it all; the engine's sentence would only repeat them
        self.message.setVisible(kind not in ("price", "config"))
        self._set_configs(d, question.choices)
        self._set_choices(question.choices)

    def item_url(self) -> str:
        return self._item_url

    def set_thumbnails(self, thumbnails: Any) -> None:
        """Show item pictures from `thumbnails` (ui/thumbnails.Thumbnails)."""
        self._thumbnails = thumbnails
        thumbnails.arrived.connect(self._on_thumbnails_arrived)

    def _on_thumbnails_arrived(self, url: str) -> None:
        if url == self._image_url and self._thumbnails is not None:
            picture = self._thumbnails.pixmap(url, QSize(THUMB, THUMB), self.devicePixelRatioF())
            if picture is not None:
                self.thumb.setPixmap(picture)

    def _on_link_activated(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _set_facts(self, kind: str, d: dict[str, Any]) -> None:
        while self.facts.count():
            widget = self.facts.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone now: deleteLater waits for the event loop
                widget.deleteLater()
        rows: list[tuple[str, str, str]] = []
        if kind == "price":
            rows = price_rows(d)
        elif kind == "config":
            rows = [(tr("Ordered configuration"), str(d.get("config", "")), "color: #b71c1c;"),
                    (tr("Customer price"), yuan(d.get("customer_price")) + " " + tr("per unit"), "")]
            offered = d.get("offered")
            if offered:
                pickable = sum(1 for o in offered if o.get("pickable"))
                text = (tr("{0} configuration(s), {1} with enough stock: pick one below").format(len(offered), pickable)
                        if pickable else tr("{0} configuration(s), none with enough stock").format(len(offered)))
                rows.append((tr("On offer now"), text, ""))
            else:  # an older question: only the names of what is on offer
                rows.append((tr("Configurations offered now"), "\n".join(d.get("available") or []) or tr("none"),
                             ""))
        elif kind == "stock":
            rows = [(tr("In stock"), str(d.get("stock", "")), "color: #b71c1c; font-weight: bold;"),
                    (tr("Needed"), str(d.get("qty", "")), "")]
        elif kind in ("missing", "tmall"):
            rows = [(tr("Customer price"), yuan(d.get("customer_price")), "")]
        elif kind == "unknown":
            minutes = max(1, int(d.get("settle_seconds") or 0) // 60)
            rows = [(tr("Our reference"), str(d.get("client_ref", "")), "font-weight: bold;"),
                    (tr("Marketplace said"), str(d.get("error", "")), "color: #b71c1c;"),
                    (tr("Lines reserved"), str(len(d.get("lines") or [])), ""),
                    (tr("Ready again if still missing after"), tr("{} min").format(minutes), "")]
        elif kind == "rebuy":
            rows = [(tr("Previous marketplace order"), str(d.get("previous_order", "")), "font-weight: bold;"),
                    (tr("Its status there"), str(d.get("previous_status", "")), "color: #b71c1c;")]
        for n, (name, value, style) in enumerate(rows):
            label = QLabel(name)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setStyleSheet(style)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(label, n, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(shown, n, 1, Qt.AlignmentFlag.AlignTop)
        self.facts.setColumnStretch(1, 1)

    def _set_configs(self, d: dict[str, Any], choices: Any) -> None:
        """The configurations on offer, with their prices; those in stock can be picked."""
        self.configs.clear()
        offered = d.get("offered") or []
        pickable = {c.id for c in choices if c.id.startswith(PICK_PREFIX)}
        paid = as_decimal(d.get("customer_price"))
        for o in offered:
            price = as_decimal(o.get("price"))
            delta = f"   ({signed_yuan(price - paid)})" if price is not None and paid is not None and price != paid else ""
            text = f"{o.get('config', '')}   {yuan(o.get('price'))}{delta}   " + tr("stock {}").format(o.get("stock"))
            item = QListWidgetItem(text if o.get("choice") in pickable else text + "   " + tr("(not enough)"))
            item.setData(Qt.ItemDataRole.UserRole, o.get("choice") if o.get("choice") in pickable else None)
            if o.get("choice") not in pickable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            self.configs.addItem(item)
        first = next((i for i in range(self.configs.count())
                      if self.configs.item(i).data(Qt.ItemDataRole.UserRole)), None)
        if first is not None:
            self.configs.setCurrentRow(first)
        self.configs.setVisible(bool(offered))
        rows = min(max(self.configs.count(), 1), 8)
        self.configs.setFixedHeight(self.configs.sizeHintForRow(0) * rows + 2 * self.configs.frameWidth() + 4)

    def picked(self) -> str | None:
        """The choice of the configuration highlighted in the list, or None."""
        item = self.configs.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and self.configs.isVisible() else None

    def _move_pick(self, step: int) -> None:
        row = self.configs.currentRow()
        for _ in range(self.configs.count()):
            row = (row + step) % self.configs.count()
            if self.configs.item(row).data(Qt.ItemDataRole.UserRole):
                self.configs.setCurrentRow(row)
                return

    def _on_pick_clicked(self) -> None:
        choice = self.picked()
        if choice:
            self.chosen.emit(choice)

    def _set_choices(self, choices: Any) -> None:
        for button in self.buttons.values():
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self._choices = [c.id for c in choices]
        self._keys = {}
        shown = [c for c in choices if not c.id.startswith(PICK_PREFIX)]
        if len(shown) < len(choices):  # the configurations are in the list; one button books the highlighted one
            shown.insert(0, Choice("pick", "Book the configuration highlighted above"))
        for n, choice in enumerate(shown, start=1):
            letter, digit = keys_of(choice.id)
            keys = " / ".join(str(k) for k in (letter, digit) if k)
            label = QCoreApplication.translate("Choices", choice.label)
            button = QPushButton(f"{label}   [{keys}]" if keys else label)
            # never a default button and never focused: Enter and Space must not answer
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if choice.id == "abort":
                button.setStyleSheet("color: #b71c1c;")
            if choice.id == "pick":
                button.clicked.connect(self._on_pick_clicked)
            else:
                button.clicked.connect(lambda _checked=False, c=choice.id: self.chosen.emit(c))
            self.buttons_row.addWidget(button, (n - 1) // 2, (n - 1) % 2)
            self.buttons[choice.id] = button
            if digit:
                self._keys[Qt.Key.Key_0 + digit] = choice.id
            if letter:
                self._keys[getattr(Qt.Key, f"Key_{letter}")] = choice.id
        self.setEnabled(True)

    # ------------------------------------------------------------ keys

    def handle_key(self, event: QKeyEvent) -> bool:
        """True when the key was ours (a choice, or a key swallowed on purpose)."""
        now = time.monotonic() * 1000
        gap = now - self._last_key
        self._last_key = now
        key = event.key()
        if self._hold.isActive() and gap < HOLD_MS:
            # a second key right behind the first: a scanner burst, not a person
            self._hold.stop()
            self._held = None
            self._quiet_until = now + QUIET_MS
            return True
        if now < self._quiet_until:
            self._quiet_until = now + QUIET_MS
            return True
        if key in _NEVER_ANSWER:
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.configs.isVisible():
            self._move_pick(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        choice = self._keys.get(key)
        if choice is None or not self.isEnabled():
            return False
        self._held = choice
        self._hold.start()
        return True

    def _release(self) -> None:
        if self._held is not None and self.isEnabled():
            choice, self._held = self._held, None
            if choice == "pick":
                choice = self.picked() or ""
            if choice:
                self.chosen.emit(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.handle_key(event):
            super().keyPressEvent(event)


class QuestionDialog(QDialog):
    """Every waiting question in a row. `ask(id)` adds an activity; answering moves on to the
    next one that waits. Non-modal: the purchaser may look things up meanwhile."""

    def __init__(self, runner: Any, tasks: Any, activities: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._tasks = tasks
        self._activities = activities
        self._waiting: list[str] = []
        self._current: str | None = None
        self.setWindowTitle(self.tr("Question from an activity"))
        self.setMinimumWidth(640)
        self.panel = QuestionPanel()
        self.panel.chosen.connect(self._on_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        later = QPushButton(self.tr("Answer later [Esc]"))
        later.setAutoDefault(False)
        later.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        later.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count)
        bottom.addWidget(later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addLayout(bottom)
        runner.question_asked.connect(self._on_question_asked)
        runner.activity_finished.connect(self._on_finished)
        runner.action_failed.connect(self._on_action_failed)

    def current(self) -> str | None:
        return self._current

    def ask(self, activity_id: str) -> None:
        """Queue the activity's question and show the dialog."""
        if activity_id == self._current and not self.panel.isEnabled():
            self._current = None  # answered, and now it asks its next question
            self._waiting.insert(0, activity_id)
        elif activity_id not in self._waiting and activity_id != self._current:
            self._waiting.append(activity_id)
        if self._current is None:
            self._next()
        self._update_count()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_question_asked(self, activity_id: str) -> None:
        if self.isVisible() or activity_id == self._current:
            self.ask(activity_id)

    def _on_finished(self, activity_id: str) -> None:
        if activity_id in self._waiting:
            self._waiting.remove(activity_id)
        if activity_id == self._current and not self.panel.isEnabled():
            self._current = None
            self._next()

    def _on_action_failed(self, activity_id: str, message: str) -> None:
        if activity_id != self._current:
            return
        # e.g. answered meanwhile at another workstation: say so, and read it again
        self.status.setText(message)
        self.status.setStyleSheet("color: #c62828;")
        self._tasks.run(lambda: self._activities.get(activity_id), self._on_loaded)

    def _next(self) -> None:
        if not self._waiting:
            if self._current is None:
                self.status.setText(self.tr("No more questions."))
                if self.isVisible():
                    self.accept()
            return
        activity_id = self._waiting.pop(0)
        self._current = activity_id
        info = self._runner.latest(activity_id)
        if info is not None and info.pending_question is not None and info.state == "waiting":
            self._show(info)
        else:
            self.panel.setEnabled(False)
            self._tasks.run(lambda: self._activities.get(activity_id), self._on_loaded)

    def _on_loaded(self, info: Any) -> None:
        if info.id != self._current:
            return
        if info.state == "waiting" and info.pending_question is not None:
            self._show(info)
        else:
            self._current = None
            self._next()

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _show(self, info: Any) -> None:
        self.panel.set_question(info, info.pending_question)
        if not self.status.styleSheet():
            self.status.setText(self.tr("Press the key shown on a button. Enter does not answer."))
        self._update_count()
        # questions differ in length: grow to fit once the new facts are laid out, never clip them
        QTimer.singleShot(0, self._fit)
        self.panel.setFocus()

    def _update_count(self) -> None:
        more = len(self._waiting)
        self.count.setText(self.tr("{} more waiting").format(more) if more else "")

    def _on_chosen(self, choice: str) -> None:
        if self._current is None or not self.panel.isEnabled():
            return
        activity_id = self._current
        self.panel.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Answer sent; the activity goes on..."))
        self._runner.answer(activity_id, choice)
        if self._waiting:
            # the answered activity will ask again (question_asked) if it has more to ask
            self._current = None
            self._next()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            super().keyPressEvent(event)
            return
        if not self.panel.handle_key(event):
            event.ignore()

    def reject(self) -> None:
        # the questions stay waiting in their activities; the dialog forgets its queue
        self._waiting.clear()
        self._current = None
        super().reject()
