"""Codes typed through the wrong keyboard layout, folded back to what the scanner meant. Pure.

A keyboard-wedge scanner presses the keys of a US keyboard; the operating system turns
them into characters through the active layout. Under the Russian ЙЦУКЕН layout `SF…`
arrives as `ЫА…` and `/` as `.`; under German QWERTZ `Y` and `Z` swap and `/` becomes
`-`; under French/Belgian AZERTY the unshifted digits row gives `&é"'(-è_çà`. A person
typing or pasting a code can make the same mistakes.

`fold_candidates(text)` is the one place that knows this: the text as given first, then
each different folding, named by its layout. The wedge, `OrderService.lookup`, the CLI and
the search fields all use it. When the physical key is known (the wedge's native scan
code), that wins and no guessing is needed; `fold_russian` is what the wedge applies to
Cyrillic text, which a US scanner can never have meant.
"""

from __future__ import annotations

from dataclasses import dataclass

AS_TYPED = "as typed"

# Russian ЙЦУКЕН (Windows "Russian" layout) -> the US character on the same key.
_RU_PLAIN = "йцукенгшщзхъфывапролджэячсмитьбю.ё"
_US_PLAIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"
_RU_SHIFT = 'ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё"№;:?'
_US_SHIFT = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?~@#$^&'
_RUSSIAN: dict[str, str] = dict(zip(_RU_PLAIN + _RU_SHIFT, _US_PLAIN + _US_SHIFT, strict=True))
# Ukrainian and Belarusian letters on the same keys as Russian ones.
_RUSSIAN.update({"і": "s", "І": "S", "ї": "]", "Ї": "}", "є": "'", "Є": '"', "ў": "o", "Ў": "O",
                 "ґ": "`", "Ґ": "~"})

# German QWERTZ -> US: Y/Z swapped, the punctuation keys moved (`/` key gives `-`).
_GERMAN: dict[str, str] = {
    "y": "z", "z": "y", "Y": "Z", "Z": "Y", "ß": "-", "-": "/", "_": "?", "?": "_",
    "ü": "[", "Ü": "{", "+": "]", "*": "}", "ö": ";", "Ö": ":", "ä": "'", "Ä": '"',
    '"': "@", "§": "#", "&": "^", "/": "&", "(": "*", ")": "(", "=": ")", ";": "<", ":": ">",
}

# French AZERTY -> US: digits need Shift there, so unshifted they arrive as symbols;
# A/Q and Z/W swapped; M sits where US has `;`.
_FRENCH: dict[str, str] = {
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9",
    "à": "0", "a": "q", "q": "a", "A": "Q", "Q": "A", "z": "w", "w": "z", "Z": "W", "W": "Z",
    "m": ";", "M": ":", ",": "m", ";": ",", ":": ".", "!": "/",
}
# Belgian AZERTY: as French, but the 6 and 8 keys give `§` and `!`.
_BELGIAN: dict[str, str] = {**_FRENCH, "§": "6", "!": "8", "-": "=", "_": "-"}

LAYOUTS: dict[str, dict[str, str]] = {
    "ru": _RUSSIAN, "de": _GERMAN, "fr": _FRENCH, "be": _BELGIAN,
}
LAYOUT_NAMES = {AS_TYPED: "as typed", "ru": "Russian layout", "de": "German layout",
                "fr": "French layout", "be": "Belgian layout"}


@dataclass(frozen=True)
class Candidate:
    """One reading of a typed code: the text and the layout it was folded from."""

    code: str
    layout: str  # AS_TYPED or a key of LAYOUTS


def fold(text: str, layout: str) -> str:
    """`text` as if typed by a US keyboard through `layout` (a key of LAYOUTS)."""
    table = LAYOUTS[layout]
    return "".join(table.get(ch, ch) for ch in text)


def fold_russian(text: str) -> str:
    """`ЫА1023` -> `SF1023`: fold a whole string typed through a Cyrillic layout."""
    return fold(text, "ru")


def fold_char(ch: str) -> str:
    """One character typed through a Cyrillic layout, folded to the Latin key it sits on."""
    return _RUSSIAN.get(ch, ch)


def is_foreign(ch: str) -> bool:
    """True for a character a US-layout scanner cannot have meant (outside ASCII)."""
    return len(ch) == 1 and ord(ch) > 0x7F


def to_russian(text: str) -> str:
    """What a US-layout scanner types through the Russian layout (for tests and the test page)."""
    back = {v: k for k, v in _RUSSIAN.items() if k in _RU_PLAIN + _RU_SHIFT}
    return "".join(back.get(ch, ch) for ch in text)


def fold_candidates(text: str) -> tuple[Candidate, ...]:
    """The text as given, then every different reading through another layout, most likely first.

    Russian comes first (the warehouse's own layout); German and French only when the text
    holds a character they would change. Duplicates are dropped, so a plain digit code
    gives one candidate.
    """
    found = [Candidate(text, AS_TYPED)]
    seen = {text}
    for layout in LAYOUTS:
        folded = fold(text, layout)
        if folded not in seen:
            seen.add(folded)
            found.append(Candidate(folded, layout))
    return tuple(found)
