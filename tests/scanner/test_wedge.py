"""The wedge filter with real key events through the application: scans, typing, focus, layouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.keys import Keyboard
from workstation.scanner.burst import BurstSettings
from workstation.scanner.layout import latin_to_cyrillic
from workstation.scanner.wedge import KeySeen, WedgeScanner
from workstation.services import demo
from workstation.services.orders import LineFilter, OrderService
from workstation.store.database import Database


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.button = QPushButton("+1")
        self.button.setAutoDefault(True)  # Enter presses it, as in a dialog
        self.label = QLabel("ignores keys")
        layout = QVBoxLayout(self)
        for w in (self.edit, self.button, self.label):
            layout.addWidget(w)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    w = Form()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def wedge(qapp: QApplication) -> Iterator[WedgeScanner]:
    scanner = WedgeScanner(BurstSettings(duplicate_window_ms=1000), platform="xcb")
    scanner.install(qapp)
    yield scanner
    scanner.uninstall(qapp)


def collect(wedge: WedgeScanner) -> tuple[list[str], list[str]]:
    scans: list[str] = []
    dups: list[str] = []
    wedge.scanned.connect(scans.append)
    wedge.duplicate.connect(dups.append)
    return scans, dups


def test_a_fast_burst_with_enter_is_a_scan_and_leaves_the_field_empty(form: Form, wedge: WedgeScanner) -> None:
    scans, _ = collect(wedge)
    Keyboard().type(form.edit, "SF1023574470215\r", gap=8)
    assert scans == ["SF1023574470215"]
    assert form.edit.text() == ""


def test_slow_typing_lands_in_the_field_untouched(form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    scans, _ = collect(wedge)
    Keyboard().type(form.edit, "Hello 42", gap=160)
    qtbot.waitUntil(lambda: form.edit.text() == "Hello 42", timeout=2000)
    assert scans == []


def test_a_burst_while_a_button_has_focus_does_not_press_it(form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    scans, _ = collect(wedge)
    clicks: list[bool] = []
    form.button.clicked.connect(lambda: clicks.append(True))
    kb = Keyboard()
    kb.type(form.button, "YT1234567890123\r", gap=8)
    assert scans == ["YT1234567890123"] and clicks == []
    kb.press(form.button, "\r", gap=800)  # a person pressing Enter still presses it
    assert clicks == [True]


def test_a_cyrillic_burst_finds_the_latin_waybill(form: Form, wedge: WedgeScanner, sqlite_db: Database) -> None:
    demo.generate(sqlite_db, orders=60, now=FIXED_NOW)
    service = OrderService(sqlite_db)
    waybill = next(li.vend_purch_waybill for li in service.list_lines(LineFilter("SF"), 0, 50))
    assert waybill
    scans, _ = collect(wedge)
    kb = Keyboard()
    kb.type(form.edit, latin_to_cyrillic(waybill) + "\r", gap=8, native=True)
    kb.type(form.edit, latin_to_cyrillic(waybill.replace("SF", "JT/")) + "\r", gap=8)  # no scan codes
    assert scans == [waybill, waybill.replace("SF", "JT/")]
    assert form.edit.text() == ""
    found = service.lookup(scans[0])
    assert found.kind == "waybill" and found.lines
    assert all(li.vend_purch_waybill == waybill for li in found.lines)


def test_the_same_code_within_the_window_counts_once(form: Form, wedge: WedgeScanner) -> None:
    scans, dups = collect(wedge)
    kb = Keyboard()
    kb.type(form.edit, "SF1023574470215\r", gap=8)
    kb.now += 120
    kb.type(form.edit, "SF1023574470215\r", gap=8)
    assert scans == ["SF1023574470215"] and dups == ["SF1023574470215"]
    kb.now += 1500
    kb.type(form.edit, "SF1023574470215\r", gap=8)
    assert scans == ["SF1023574470215"] * 2


def test_each_key_is_counted_once_as_it_propagates(form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    """A label ignores keys, so each passed key travels up to the form: seen twice, counted once."""
    seen: list[KeySeen] = []
    wedge.key_seen.connect(seen.append)
    scans, _ = collect(wedge)
    kb = Keyboard()
    kb.type(form.label, "ab", gap=300)
    qtbot.waitUntil(lambda: not wedge._detector.holding, timeout=2000)
    kb.press(form.label, "\r", gap=300)  # passes, ignored by the label, propagates to the form
    assert [s.text for s in seen] == ["a", "b", "\r"]
    kb.type(form.label, "SF1023574470215\r", gap=5)
    assert scans == ["SF1023574470215"]


def test_the_window_hop_is_not_counted(form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    form.activateWindow()
    form.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.edit, timeout=2000)
    scans, _ = collect(wedge)
    window = form.windowHandle()
    assert window is not None
    kb = Keyboard()
    kb.type(window, "SF1023574470215\r", gap=8)  # type: ignore[arg-type]
    assert scans == ["SF1023574470215"] and form.edit.text() == ""
    kb.type(window, "abc", gap=200)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: form.edit.text() == "abc", timeout=2000)


def test_two_hundred_scans_in_a_row_lose_none(form: Form, wedge: WedgeScanner) -> None:
    scans, dups = collect(wedge)
    kb = Keyboard()
    codes = [f"SF{n:013d}" for n in range(1, 201)]
    for code in codes:
        kb.type(form.edit, code + "\r", gap=3)
    assert scans == codes and dups == []
    assert form.edit.text() == ""


def timed_scan(kb: Keyboard, target: QWidget, code: str, *, gap: int = 8,
               pauses: dict[int, int] | None = None, enter_after: int | None = None,
               native: bool = False) -> None:
    """A scanner's real key events: `gap` ms apart, a longer pause before the keys at `pauses`."""
    kb.now += 600
    for i, ch in enumerate(code):
        kb.press(target, ch, gap=(pauses or {}).get(i, gap), native=native)
    kb.press(target, "\r", gap=enter_after if enter_after is not None else gap)


def test_a_pause_of_70_ms_inside_a_code_is_one_scan_and_nothing_leaks(
        form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    scans, _ = collect(wedge)
    released: list[int] = []
    wedge.released.connect(released.append)
    kb = Keyboard()
    timed_scan(kb, form.edit, "SF6585419100499", pauses={6: 70})
    timed_scan(kb, form.edit, "SF6585419100500", pauses={4: 100, 11: 85})
    assert scans == ["SF6585419100499", "SF6585419100500"]
    assert form.edit.text() == "" and released == []


def test_a_late_enter_ends_the_scan_and_does_not_press_the_focused_button(
        form: Form, wedge: WedgeScanner, qtbot: QtBot) -> None:
    scans, _ = collect(wedge)
    clicks: list[bool] = []
    form.button.clicked.connect(lambda: clicks.append(True))
    kb = Keyboard()
    timed_scan(kb, form.edit, "SF6585419100499", enter_after=70)
    timed_scan(kb, form.button, "SF6585419100511", enter_after=180)
    assert scans == ["SF6585419100499", "SF6585419100511"]
    assert form.edit.text() == "" and clicks == []


def test_fast_typing_in_the_main_window_lands_in_the_field(form: Form, wedge: WedgeScanner,
                                                           qtbot: QtBot) -> None:
    scans, _ = collect(wedge)
    Keyboard().type(form.edit, "231000000015000045", gap=30)
    qtbot.waitUntil(lambda: form.edit.text() == "231000000015000045", timeout=5000)
    assert scans == []


def test_russian_layout_symbols_come_back_from_the_physical_key(form: Form, wedge: WedgeScanner) -> None:
    scans, _ = collect(wedge)
    kb = Keyboard()
    timed_scan(kb, form.edit, "12345.678", native=True)  # the "/" key under ЙЦУКЕН types "."
    timed_scan(kb, form.edit, latin_to_cyrillic("JT/0012345678"), native=True)
    timed_scan(kb, form.edit, "12345.678")  # no scan codes: the lookup tries the foldings
    assert scans == ["12345/678", "JT/0012345678", "12345.678"]
    assert form.edit.text() == ""


def test_settings_come_from_the_ini_and_what_is_applied_is_kept(qapp: QApplication, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    path = str(tmp_path / "ws.ini")
    ini = QSettings(path, QSettings.Format.IniFormat)
    ini.setValue("scanner/max_pause_ms", 220)
    ini.setValue("scanner/start_gap_ms", "nonsense")
    ini.sync()
    wedge = WedgeScanner.from_ini(QSettings(path, QSettings.Format.IniFormat))
    assert wedge.settings.max_pause_ms == 220 and wedge.settings.start_gap_ms == BurstSettings().start_gap_ms
    wedge.apply_settings(BurstSettings(max_gap_ms=60, enter_pause_ms=400))
    again = WedgeScanner.from_ini(QSettings(path, QSettings.Format.IniFormat))
    assert again.settings.max_gap_ms == 60 and again.settings.enter_pause_ms == 400
    broken = QSettings(path, QSettings.Format.IniFormat)
    broken.setValue("scanner/max_pause_ms", 5)  # shorter than the gap: refused, defaults used
    broken.sync()
    assert WedgeScanner.from_ini(QSettings(path, QSettings.Format.IniFormat)).settings == BurstSettings()


def test_no_python_filter_watches_the_whole_application() -> None:
    """An application-wide filter written in Python makes PySide wrap QtWebEngine's RTTI-less
    objects (typeid on a null type_info): the login page crashed the program (issue 14 item 3).
    Filters go on windows and widgets; nothing installs one on the application."""
    import ast
    from pathlib import Path

    import workstation

    offenders = []
    for path in Path(workstation.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "installEventFilter":
                receiver = ast.unparse(node.func.value)
                if "app" in receiver.lower() or "instance()" in receiver:
                    offenders.append(f"{path.name}:{node.lineno} {receiver}.installEventFilter")
    assert offenders == []
