"""Normalising scanned or typed codes before they are looked up. Pure, no I/O."""

from __future__ import annotations

import re

_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # AIM symbology identifier, e.g. ]C0
_ORDER = re.compile(r"^(?:ORD-?)?0*(\d{1,10})$", re.IGNORECASE)


def normalise_code(raw: str) -> str:
    """Strip whitespace and an AIM prefix, upper-case; `ORD-123`/`ORD0000000123` -> `ORD-0000000123`.

    GS1 group separators (0x1D) are kept: they carry meaning inside GS1 codes.
    """
    code = raw.strip().strip("\r\n\t ")
    code = _AIM.sub("", code, count=1)
    code = code.upper()
    match = _ORDER.match(code)
    if match and code.startswith("ORD"):
        return f"ORD-{int(match.group(1)):010d}"
    return code


def order_id(number: int) -> str:
    """The OT order id for a number: `ORD-` + 10 digits."""
    return f"ORD-{number:010d}"


def line_label(order_number: int, line_num: int) -> str:
    """The internal line label printed on a received line: `LN` + order number + line number."""
    return f"LN{order_number:010d}{line_num:03d}"
