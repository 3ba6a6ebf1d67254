"""What a question says: its title, its facts and the keys of its choices. GUI thread only.

One key mapping for every dialog (`CHOICE_KEYS`): a key always means the same thing.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.ui import look

# One mapping for every dialog: a key always means the same. The digits: 1 go ahead as shown,
# 2 leave it for later, 3 cancel this product, 4 abort the booking; nothing else has a digit.
CHOICE_KEYS: dict[str, tuple[str, int | None]] = {
    "confirm": ("C", 1), "buy_again": ("B", 1), "bind": ("B", 1),
    "skip": ("S", 2), "keep": ("K", 2),
    "cancel": ("X", 3),
    "abort": ("A", 4),
    "no_order": ("N", None),
    "pick": ("P", None),  # book the configuration highlighted in the list (Up/Down move it)
}
LETTERS = {choice: letter for choice, (letter, _digit) in CHOICE_KEYS.items()}
PICK_PREFIX = "sku:"  # a choice naming a configuration (services.purchase.booking)
_KIND_TITLES = {
    "price": "The price has changed",
    "config": "The configuration ordered is gone",
    "missing": "The item is no longer available",
    "stock": "Not enough in stock",
    "tmall": "Tmall promotion not allowed",
    "qty": "Binding: quantity to check",
    "nomatch": "Binding: no matching line",
    "unknown": "Outcome unknown: was the order created?",
    "rebuy": "Buy a second time?",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Question", text)


def as_decimal(raw: Any) -> Decimal | None:
    try:
        return Decimal(str(raw))
    except (InvalidOperation, ValueError):
        return None


def yuan(raw: Any) -> str:
    amount = as_decimal(raw)
    return look.money(amount) if amount is not None else str(raw or "")


def signed_yuan(raw: Any) -> str:
    amount = as_decimal(raw)
    if amount is None:
        return str(raw or "")
    return ("+" if amount > 0 else "−" if amount < 0 else "±") + look.money(abs(amount))


def question_title(kind: str, d: dict[str, Any]) -> str:
    """What happened, in a few words: a price question says whether it rose, fell or stayed."""
    if kind == "price":
        diff = as_decimal(d.get("difference"))
        percent, threshold = as_decimal(d.get("difference_percent")), as_decimal(d.get("threshold_percent"))
        if diff is None:
            return tr(_KIND_TITLES["price"])
        if diff == 0:
            return tr("Price to confirm: unchanged")
        if diff < 0:
            return tr("Price to confirm: lower than paid")
        if percent is not None and threshold is not None and percent > threshold:
            return tr("The price rose above the threshold")
        return tr("Price to confirm: risen within the threshold")
    return tr(_KIND_TITLES.get(kind, "A question"))


def keys_of(choice_id: str) -> tuple[str, int | None]:
    """The letter and digit of a choice ("" and None when it has none)."""
    return CHOICE_KEYS.get("pick" if choice_id.startswith(PICK_PREFIX) else choice_id, ("", None))


def price_rows(d: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(name, value, style) rows of a price question: per unit, for the line, and the threshold."""
    diff, qty = as_decimal(d.get("difference")), as_decimal(d.get("qty"))
    percent = d.get("difference_percent")
    percent = None if percent in (None, "", "None") else str(percent)
    if percent is not None and not percent.startswith("-"):
        percent = "+" + percent
    line_diff = d.get("line_difference") or (diff * qty if diff is not None and qty is not None else None)
    mode = str(d.get("mode") or "")
    threshold = f"{d.get('threshold_percent', '')} %"
    if d.get("threshold_price") and mode != "no":
        threshold += "   " + tr("(up to {} per unit without asking)").format(yuan(d["threshold_price"]))
    if mode == "no":
        threshold += "   " + tr("(mode \"No\": every price is asked)")
    rise = "color: #b71c1c; font-weight: bold;" if diff is not None and diff > 0 else "font-weight: bold;"
    return [(tr("Customer price"), yuan(d.get("customer_price")) + " " + tr("per unit"), ""),
            (tr("New price"), yuan(d.get("new_price")) + " " + tr("per unit"), "font-weight: bold;"),
            (tr("Difference per unit"), signed_yuan(d.get("difference")) + (f"   ({percent} %)" if percent else ""),
             rise),
            (tr("For the whole line"), (signed_yuan(line_diff) + "   " + tr("({} units)").format(d.get("qty", "")))
             if line_diff is not None else "", rise),
            (tr("Threshold in force"), threshold, "")]
