"""Layout-independent decoding of wedge keys: physical key numbers to US characters, and Cyrillic folding.

A USB keyboard-wedge scanner reports physical key positions; the operating system turns
them into characters through the active layout, so under a Russian layout `SF...` arrives
as `ЫА...`. Where the platform hands us the physical key (the native scan code), we decode
it against the US layout the scanner emulates; otherwise we fold the Russian ЙЦУКЕН
characters back to the Latin QWERTY characters on the same keys. Pure, no Qt.
"""

from __future__ import annotations

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

# Russian ЙЦУКЕН (Windows "Russian" layout) -> the US character on the same key.
_RU_PLAIN = "йцукенгшщзхъфывапролджэячсмитьбю.ё"
_US_PLAIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"
_RU_SHIFT = 'ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё"№;:?'
_US_SHIFT = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?~@#$^&'
_FOLD: dict[str, str] = dict(zip(_RU_PLAIN + _RU_SHIFT, _US_PLAIN + _US_SHIFT, strict=True))
# Ukrainian and Belarusian letters on the same keys as Russian ones.
_FOLD.update({"і": "s", "І": "S", "ї": "]", "Ї": "}", "є": "'", "Є": '"', "ў": "o", "Ў": "O",
              "ґ": "`", "Ґ": "~"})


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


def fold_char(ch: str) -> str:
    """One character typed through a Cyrillic layout, folded to the Latin key it sits on."""
    return _FOLD.get(ch, ch)


def fold_text(text: str) -> str:
    """`ЫА1023` -> `SF1023`: fold a whole string typed through a Cyrillic layout."""
    return "".join(_FOLD.get(ch, ch) for ch in text)


def is_foreign(ch: str) -> bool:
    """True for a character a Latin-layout scanner cannot have meant (outside ASCII)."""
    return len(ch) == 1 and ord(ch) > 0x7F


def latin_to_cyrillic(text: str) -> str:
    """What a US-layout scanner types through the Russian layout (for tests and the test page)."""
    back = {v: k for k, v in _FOLD.items() if k in _RU_PLAIN + _RU_SHIFT}
    return "".join(back.get(ch, ch) for ch in text)


def us_scan_code(ch: str) -> tuple[int, bool] | None:
    """(set-1 scan code, shifted) of a US character: how a scanner would press it."""
    for code, (plain, shifted) in _US_KEYS.items():
        if ch == plain:
            return code, False
        if ch == shifted:
            return code, True
    return None
