"""Layout-independent decoding of wedge keys: physical key numbers to US characters, and Cyrillic folding.

A USB keyboard-wedge scanner reports physical key positions; the operating system turns
them into characters through the active layout, so under a Russian layout `SF...` arrives
as `ЫА...`. Where the platform hands us the physical key (the native scan code), we decode
it against the US layout the scanner emulates; otherwise the folding of
`workstation.domain.layouts` (one table for every code path) turns the Russian ЙЦУКЕН
characters back into the Latin QWERTY characters on the same keys. Pure, no Qt.
"""

from __future__ import annotations

from workstation.domain.layouts import fold_char, fold_russian, is_foreign, to_russian

__all__ = ["fold_char", "fold_text", "is_foreign", "latin_to_cyrillic", "physical_char", "us_scan_code"]

fold_text = fold_russian  # the wedge's name for it
latin_to_cyrillic = to_russian

# PC set-1 scan codes (equal to Linux evdev codes for the main block) -> (plain, shifted)
# on a US keyboard. X11/Wayland native scan codes are evdev + 8; Windows gives set 1.
_US_KEYS: dict[int, tuple[str, str]] = {
    0x02: ("1", "!"), 0x03: ("2", "@"), 0x04: ("3", "#"), 0x05: ("4", "$"), 0x06: ("5", "%"),
    0x07: ("6", "^"), 0x08: ("7", "&"), 0x09: ("8", "*"), 0x0A: ("9", "("), 0x0B: ("0", ")"),
    0x0C: ("-", "_"), 0x0D: ("=", "+"), 0x1A: ("[", "{"), 0x1B: ("]", "}"), 0x27: (";", ":"),
    0x28: ("'", '"'), 0x29: ("`", "~"), 0x2B: ("\\", "|"), 0x33: (",", "<"), 0x34: (".", ">"),
    0x35: ("/", "?"), 0x39: (" ", " "),
}
for _row, _start in (("qwertyuiop", 0x10), ("asdfghjkl", 0x1E), ("zxcvbnm", 0x2C)):
    for _i, _ch in enumerate(_row):
        _US_KEYS[_start + _i] = (_ch, _ch.upper())

# Native scan code offset per Qt platform plugin; platforms not listed give no physical key.
_SCAN_OFFSET = {"xcb": 8, "wayland": 8, "eglfs": 8, "linuxfb": 8, "windows": 0}


def physical_char(platform: str, native_scan_code: int, *, shifted: bool) -> str | None:
    """The US-layout character of a physical key, or None when the platform gives none."""
    offset = _SCAN_OFFSET.get(platform)
    if offset is None or native_scan_code <= 0:
        return None
    code = (native_scan_code - offset) if offset else (native_scan_code & 0xFF)
    pair = _US_KEYS.get(code)
    if pair is None:
        return None
    return pair[1] if shifted else pair[0]


def us_scan_code(ch: str) -> tuple[int, bool] | None:
    """(set-1 scan code, shifted) of a US character: how a scanner would press it."""
    for code, (plain, shifted) in _US_KEYS.items():
        if ch == plain:
            return code, False
        if ch == shifted:
            return code, True
    return None
