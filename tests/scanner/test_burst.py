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
    LearnError,
    Outcome,
    Release,
    Scan,
    propose,
    settings_from,
)
from workstation.scanner.layout import fold_text, latin_to_cyrillic, physical_char, us_scan_code


class Driver:
    """Feeds text at a given pace and collects what the detector made of it."""

    def __init__(self, settings: BurstSettings | None = None):
        self.detector = BurstDetector(settings)
        self.now = 1000.0
        self.outcomes: list[Outcome] = []
        self.delivered: list[str] = []  # what reached the focused widget, in order

    def type(self, text: str, gap: float, physical: bool = False, observe: bool = False) -> None:
        self.timed([(ch, gap) for ch in text], physical=physical, observe=observe)

    def timed(self, keys: list[tuple[str, float]], physical: bool = False, observe: bool = False) -> None:
        """Each key `gap` ms after the one before, the timer ticking as it would meanwhile."""
        for ch, gap in keys:
            self.now += gap
            self.tick()
            phys = None
            if physical:
                code = us_scan_code(fold_text(ch))
                phys = physical_char("xcb", code[0] + 8, shifted=code[1]) if code else None
            verdict = self.detector.feed(Key(ch, self.now, phys), observe=observe)
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


def test_a_key_waits_only_for_the_opening_gap_then_is_delivered() -> None:
    d = Driver()
    d.type("x", gap=0)
    assert d.delivered == []
    d.wait(19)
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
    d.type("ab", gap=10)
    verdict = d.detector.feed(Key("", d.now + 5))
    assert not verdict.hold
    assert [k.text for o in verdict.outcomes if isinstance(o, Release) for k in o.keys] == ["a", "b"]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        BurstSettings(max_gap_ms=0)
    with pytest.raises(ValueError):
        BurstSettings(idle_timeout_ms=10)
    with pytest.raises(ValueError):
        BurstSettings(max_pause_ms=30)  # shorter than the usual gap
    with pytest.raises(ValueError):
        BurstSettings(start_keys=1)


codes = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-", min_size=4, max_size=30)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz 0123456789ЙЦУКЕНйцукен", min_size=1, max_size=20)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(codes.map(lambda c: ("scan", c)), words.map(lambda w: ("type", w))),
                max_size=12),
       st.floats(1, 18), st.floats(70, 400))
def test_scans_are_found_and_typing_passes_untouched(items: list[tuple[str, str]],
                                                     scan_gap: float, type_gap: float) -> None:
    d = Driver(BurstSettings(duplicate_window_ms=0))
    expected_scans: list[str] = []
    expected_typed = ""
    for kind, text in items:
        if kind == "scan":
            d.wait(300)  # a person typing picks the scanner up before scanning
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


def scanner(code: str, gap: float = 8, pauses: dict[int, float] | None = None,
            enter_after: float | None = None) -> list[tuple[str, float]]:
    """A scanner's keys: `gap` ms apart, a longer pause before the keys at `pauses`, then Enter."""
    keys = [(ch, (pauses or {}).get(i, gap)) for i, ch in enumerate(code)]
    return [*keys, ("\r", enter_after if enter_after is not None else gap)]


@pytest.mark.parametrize("pause", [70, 85, 100, 140])
def test_a_wireless_scanners_pause_inside_a_code_does_not_split_it(pause: float) -> None:
    d = Driver()
    d.timed(scanner("SF6585419100499", pauses={6: pause}))
    assert d.scans == ["SF6585419100499"] and d.delivered == []


def test_a_few_pauses_in_one_code_still_make_one_scan() -> None:
    d = Driver()
    d.timed(scanner("SF6585419100499", pauses={5: 90, 9: 75, 12: 100}))
    assert d.scans == ["SF6585419100499"] and d.delivered == []


@pytest.mark.parametrize("late", [70, 100, 200, 250])
def test_a_late_enter_still_ends_the_scan(late: float) -> None:
    d = Driver()
    d.timed(scanner("SF6585419100499", enter_after=late))
    assert d.scans == ["SF6585419100499"] and d.delivered == []


def test_an_enter_later_than_allowed_is_typing_and_everything_reaches_the_field_in_order() -> None:
    d = Driver(BurstSettings(enter_pause_ms=120))
    d.timed(scanner("SF6585419100499", enter_after=300))
    assert d.scans == [] and "".join(d.delivered) == "SF6585419100499\r"


def test_more_pauses_than_allowed_is_not_one_scan() -> None:
    d = Driver(BurstSettings(max_pauses=1))
    d.timed(scanner("SF6585419100499", pauses={5: 90, 10: 90}))
    assert "SF6585419100499" not in d.scans
    assert "".join(d.delivered).startswith("SF6585")  # the part held before the second pause


@pytest.mark.parametrize("gap", [22, 25, 30, 40, 60, 120])
def test_a_person_typing_fast_is_never_a_scan(gap: float) -> None:
    d = Driver()
    d.type("231000000015000045\r", gap=gap)
    d.wait(1000)
    assert d.scans == [] and "".join(d.delivered) == "231000000015000045\r"


def test_fast_typing_with_rollover_runs_inside_the_number_is_still_typing() -> None:
    """People press the next key before releasing the last: some pairs and even triples come
    5-15 ms apart. Once the opening run was a person's, the rest of the number is typing."""
    gaps = [0, 31, 8, 29, 33, 6, 7, 9, 28, 35, 12, 30, 27, 5, 6, 6, 31, 26]
    d = Driver()
    d.timed(list(zip("231000000015000045", gaps, strict=True)) + [("\r", 40)])
    d.wait(1000)
    assert d.scans == [] and "".join(d.delivered) == "231000000015000045\r"


def test_a_scan_a_moment_after_typing_is_still_found() -> None:
    d = Driver()
    d.type("ord 15", gap=30)
    d.wait(400)
    d.timed(scanner("SF6585419100499", pauses={7: 80}))
    d.wait(1000)
    assert d.scans == ["SF6585419100499"] and "".join(d.delivered) == "ord 15"


def test_a_pause_inside_the_opening_run_makes_it_typing() -> None:
    """The opening must be unmistakable; a scanner that pauses there is what `propose` fixes."""
    d = Driver()
    d.timed(scanner("SF6585419100499", pauses={2: 80}))
    d.wait(1000)
    assert d.scans == [] and "".join(d.delivered) == "SF6585419100499\r"


def test_in_a_dialog_every_key_passes_at_once_and_a_scans_enter_is_swallowed() -> None:
    d = Driver()
    d.type("231000000015000045\r", gap=30, observe=True)  # a person: all of it, Enter too
    assert "".join(d.delivered) == "231000000015000045\r" and d.scans == []
    d.wait(500)
    d.timed(scanner("231000000015000046", pauses={8: 90}, enter_after=90), observe=True)
    assert "".join(d.delivered) == "231000000015000045\r231000000015000046"  # no Enter: OK not pressed
    [scan] = [o for o in d.outcomes if isinstance(o, Scan)]
    assert scan.in_field and scan.code == "231000000015000046"
    d.wait(500)
    d.type("12", gap=5, observe=True)  # too short for a scan: its Enter goes through
    d.type("\r", gap=5, observe=True)
    assert "".join(d.delivered).endswith("12\r")


def test_the_physical_key_wins_even_without_cyrillic() -> None:
    d = Driver()
    d.type("12345.678\r".replace(".", "."), gap=6, physical=False)
    assert d.scans == ["12345.678"]  # text only: the lookup tries the folded candidates
    d.wait(3000)
    # under the Russian layout the "/" key gives "."; the scan code says it was "/"
    keys = [(ch, 6.0) for ch in "12345.678\r"]
    for ch, gap in keys:
        d.now += gap
        phys = "/" if ch == "." else None
        d._take(d.detector.feed(Key(ch, d.now, phys)).outcomes)
    assert d.scans[-1] == "12345/678"


def test_settings_come_from_the_ini_and_bad_values_keep_the_default() -> None:
    ini = {"scanner/max_gap_ms": "60", "scanner/max_pause_ms": "200", "scanner/min_length": "6",
           "scanner/enter_pause_ms": "nonsense"}
    got = settings_from(lambda key, default: ini.get(key, default))
    assert (got.max_gap_ms, got.max_pause_ms, got.min_length) == (60.0, 200.0, 6)
    assert got.enter_pause_ms == BurstSettings().enter_pause_ms
    assert settings_from(lambda key, default: default) == BurstSettings()
    with pytest.raises(ValueError, match="scanner/max_pause_ms"):
        settings_from(lambda key, default: {"scanner/max_pause_ms": "10"}.get(key, default))
    assert set(BurstSettings().to_values()) >= {"max_gap_ms", "enter_pause_ms", "min_length"}


def _scan_times(keys: list[tuple[str, float]], start: float) -> list[tuple[str, float]]:
    out, now = [], start
    for ch, gap in keys:
        now += gap
        out.append((ch, now))
    return out


def test_learning_from_three_scans_proposes_settings_that_find_them() -> None:
    slow = [scanner("SF6585419100499", gap=12, pauses={2: 160}, enter_after=320),
            scanner("SF6585419100499", gap=14, pauses={9: 260}),
            scanner("SF6585419100499", gap=11, enter_after=150)]
    current = BurstSettings()
    for keys in slow[:2]:  # with the defaults these two split or leak
        d = Driver(current)
        d.timed(keys)
        d.wait(1000)
        assert "SF6585419100499" not in d.scans
    proposal = propose([_scan_times(k, 1000.0 * i) for i, k in enumerate(slow)], current)
    assert proposal.code == "SF6585419100499"
    assert proposal.longest_pause_ms == 260 and proposal.longest_enter_ms == 320
    s = proposal.settings
    assert s.max_pause_ms >= 260 and s.enter_pause_ms >= 320 and s.start_keys == 2
    assert s.start_gap_ms < 30  # still faster than people type
    for keys in slow:
        d = Driver(s)
        d.timed(keys)
        assert d.scans == ["SF6585419100499"] and d.delivered == []
    person = Driver(s)
    person.type("231000000015000045\r", gap=30)
    person.wait(2000)
    assert person.scans == [] and "".join(person.delivered) == "231000000015000045\r"
    assert proposal.notes  # says what it saw


def test_learning_a_steady_scanner_keeps_the_safe_defaults() -> None:
    steady = [scanner("JT3141592653589", gap=7) for _ in range(3)]
    proposal = propose([_scan_times(k, 1000.0 * i) for i, k in enumerate(steady)], BurstSettings())
    s = proposal.settings
    assert s.start_keys == 4 and s.max_pause_ms == BurstSettings().max_pause_ms
    assert 8 <= s.start_gap_ms <= 15 and s.max_gap_ms >= 20


def test_learning_needs_three_scans_of_one_code() -> None:
    one = _scan_times(scanner("SF6585419100499"), 0)
    with pytest.raises(LearnError, match="3 times"):
        propose([one, one], BurstSettings())
    other = _scan_times(scanner("SF6585419100490"), 5000)
    with pytest.raises(LearnError, match="differ"):
        propose([one, one, other], BurstSettings())
    no_enter = _scan_times([(ch, 8.0) for ch in "SF6585419100499"], 0)
    with pytest.raises(LearnError, match="Enter"):
        propose([one, one, no_enter], BurstSettings())
    cyrillic = _scan_times(scanner(latin_to_cyrillic("SF6585419100499")), 9000)
    assert propose([one, one, cyrillic], BurstSettings()).code == "SF6585419100499"
