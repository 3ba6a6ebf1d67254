"""Money in yuan: Decimal, quantised to the fen, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")


class MoneyError(ValueError):
    """A value that is not an amount of money; the message names the field."""


def to_yuan(value: object, field: str = "amount") -> Decimal:
    """Parse an amount (Decimal, int or numeric string; never float) into fen-exact yuan."""
    if isinstance(value, float):
        raise MoneyError(f"{field}: floats are not accepted for money ({value!r})")
    try:
        amount = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise MoneyError(f"{field}: {value!r} is not an amount") from None
    if not amount.is_finite():
        raise MoneyError(f"{field}: {value!r} is not a finite amount")
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def format_yuan(amount: Decimal | None) -> str:
    """`¥1,234.50`; an empty string for no amount."""
    if amount is None:
        return ""
    return f"¥{amount.quantize(FEN):,}"
