"""The burst detector with a fake clock: scans, typing handed back in order, layouts, duplicates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.scanner.burst import (
    BurstDetector,
    BurstSettings,
    Duplicate,
    Key,
    Outcome,
    Release,
    Scan,
)
from workstation.scanner.layout import fold_text, latin_to_cyrillic, physical_char, us_scan_code


class Driver:
    """Feeds text at a given pace and collects what the detector made of it."""

    def __init__(self, settings: BurstSettings | None = None):
        self.detector = BurstDetector(settings)
        self.now = 1000.0
        self.outcomes: list[Outcome] = []
        self.delivered: list[str] = []  # what reached the focused widget, in order

    def type(self, text: str, gap: float, physical: bool = False) -> None:
        for ch in text:
            self.now += gap
            self.tick()
            phys = None
            if physical:
                code = us_scan_code(fold_text(ch))
                phys = physical_char("xcb", code[0] + 8, shifted=code[1]) if code else None
            verdict = self.detector.feed(Key(ch, self.now, phys))
            self._take(verdict.outcomes)
            if not verdict.hold:
                self.delivered.append(ch)

    def wait(self, ms: float) -> None:
        self.now += ms
        self.tick()

    def tick(self) -> None:
        self._take(self.detector.tick(self.now))

    def _take(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            self.outcomes.append(outcome)
            if isinstance(outcome, Release):
                self.delivered.extend(k.text for k in outcome.keys)

    @property
    def scans(self) -> list[str]:
        return [o.code for o in self.outcomes if isinstance(o, Scan)]

    @property
    def duplicates(self) -> list[str]:
        return [o.code for o in self.outcomes if isinstance(o, Duplicate)]


def test_a_fast_burst_ended_by_enter_is_a_scan_and_nothing_is_delivered() -> None:
    d = Driver()
    d.type("SF1023574470215\r", gap=8)
    assert d.scans == ["SF1023574470215"]
    assert d.delivered == []


def test_tab_ends_a_scan_too() -> None:
    d = Driver()
    d.type("YT1234567890123\t", gap=8)
    assert d.scans == ["YT1234567890123"]


def test_slow_typing_is_handed_back_in_order_with_its_enter() -> None:
    d = Driver()
    d.type("hello\r", gap=180)
    assert d.scans == []
    assert "".join(d.delivered) == "hello\r"


def test_a_short_fast_burst_is_typing() -> None:
    d = Driver()
    d.type("ab\r", gap=10)
    assert d.scans == [] and "".join(d.delivered) == "ab\r"


def test_a_key_waits_only_for_the_gap_then_is_delivered() -> None:
    d = Driver()
    d.type("x", gap=0)
    assert d.delivered == []
    d.wait(49)
    assert d.delivered == []
    d.wait(2)
    assert d.delivered == ["x"]


def test_a_burst_without_suffix_is_typing_unless_idle_timeout_is_set() -> None:
    plain = Driver()
    plain.type("SF1023574470215", gap=5)
    plain.wait(500)
    assert plain.scans == [] and "".join(plain.delivered) == "SF1023574470215"
    idle = Driver(BurstSettings(idle_timeout_ms=80))
    idle.type("SF1023574470215", gap=5)
    idle.wait(60)
    assert idle.scans == []
    idle.wait(30)
    assert idle.scans == ["SF1023574470215"] and idle.delivered == []


def test_cyrillic_layout_is_folded_back_to_latin() -> None:
    d = Driver()
    d.type(latin_to_cyrillic("SF1023574470215") + "\r", gap=8)
    assert latin_to_cyrillic("SF1023") == "ЫА1023"
    assert d.scans == ["SF1023574470215"]


def test_physical_keys_win_over_the_layout() -> None:
    d = Driver()
    # "/" typed through the Russian layout is "."; only the physical key tells it was "/".
    d.type(latin_to_cyrillic("JT/12345") + "\r", gap=8, physical=True)
    assert d.scans == ["JT/12345"]


def test_aim_identifier_is_stripped_and_gs_is_kept() -> None:
    d = Driver()
    d.type("]C1" + "0104601234567893\x1d21ABC\r", gap=5)
    assert d.scans == ["0104601234567893\x1d21ABC"]


def test_programmed_prefix_and_suffix() -> None:
    d = Driver(BurstSettings(prefix="#", suffix="$$"))
    d.type("#SF1023574470215$$", gap=5)
    assert d.scans == ["SF1023574470215"]
    d.wait(2000)
    d.type("SF1023574470216\r", gap=5)  # no prefix: not the scanner
    assert d.scans == ["SF1023574470215"]


def test_the_same_code_within_the_window_counts_once() -> None:
    d = Driver(BurstSettings(duplicate_window_ms=1000))
    d.type("SF1023574470215\r", gap=5)
    d.wait(300)
    d.type("SF1023574470215\r", gap=5)
    d.wait(1500)
    d.type("SF1023574470215\r", gap=5)
    assert d.scans == ["SF1023574470215", "SF1023574470215"]
    assert d.duplicates == ["SF1023574470215"]
    assert d.delivered == []


def test_a_shortcut_key_releases_held_typing_first() -> None:
    d = Driver()
    d.type("ab", gap=20)
    verdict = d.detector.feed(Key("", d.now + 5))
    assert not verdict.hold
    assert [k.text for o in verdict.outcomes if isinstance(o, Release) for k in o.keys] == ["a", "b"]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        BurstSettings(max_gap_ms=0)
    with pytest.raises(ValueError):
        BurstSettings(idle_timeout_ms=10)


codes = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-", min_size=4, max_size=30)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz 0123456789ЙЦУКЕНйцукен", min_size=1, max_size=20)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(codes.map(lambda c: ("scan", c)), words.map(lambda w: ("type", w))),
                max_size=12),
       st.floats(1, 45), st.floats(70, 400))
def test_scans_are_found_and_typing_passes_untouched(items: list[tuple[str, str]],
                                                     scan_gap: float, type_gap: float) -> None:
    d = Driver(BurstSettings(duplicate_window_ms=0))
    expected_scans: list[str] = []
    expected_typed = ""
    for kind, text in items:
        if kind == "scan":
            d.type(text + "\r", gap=scan_gap)
            expected_scans.append(text)
        else:
            d.type(text, gap=type_gap)
            expected_typed += text
        d.wait(type_gap)
    d.wait(1000)
    assert d.scans == expected_scans
    assert "".join(d.delivered) == expected_typed


@settings(max_examples=100, deadline=None)
@given(codes)
def test_any_code_through_the_russian_layout_comes_back(code: str) -> None:
    d = Driver()
    d.type(latin_to_cyrillic(code) + "\r", gap=7)
    assert d.scans == [code]
