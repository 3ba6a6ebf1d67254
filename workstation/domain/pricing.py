"""Automatic price confirmation (docs/domain.md): pure Decimal arithmetic, boundary inclusive."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

MODE_LOWER_PRICE = "lower_price"  # "Lower price": confirm within the threshold
MODE_NO = "no"  # "No": every line waits for a person
MODES = (MODE_LOWER_PRICE, MODE_NO)


def auto_confirm(paid: Decimal, purchase: Decimal, threshold_percent: Decimal, mode: str) -> bool:
    """True when the purchase price `purchase` may be bought without asking.

    Mode "lower_price": `purchase <= paid * (1 + threshold/100)`. Mode "no": never.
    """
    if mode not in MODES:
        raise ValueError(f"unknown price confirmation mode {mode!r}; expected one of {MODES}")
    if threshold_percent < 0:
        raise ValueError("threshold_percent must be >= 0")
    if mode == MODE_NO:
        return False
    return purchase * 100 <= paid * (100 + threshold_percent)


def difference(paid: Decimal, purchase: Decimal) -> tuple[Decimal, Decimal | None]:
    """(difference in yuan, difference in percent of what was paid; None when paid is 0)."""
    diff = purchase - paid
    if paid == 0:
        return diff, None
    return diff, (diff * 100 / paid).quantize(Decimal("0.1"))


def percent_shown(paid: Decimal, purchase: Decimal, threshold_percent: Decimal, *, least: int = 1,
                  most: int = 10) -> str | None:
    """The rise of `purchase` over `paid` in percent, with as many decimals (`least` or more) as
    it takes to show on which side of the threshold it lies: 10.003 % at a 10 % threshold reads
    "10.003", never "10.0". None when nothing was paid."""
    if paid == 0:
        return None
    exact = (purchase - paid) * 100 / paid
    side = (exact > threshold_percent) - (exact < threshold_percent)
    for places in range(least, most + 1):
        shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        if (shown > threshold_percent) - (shown < threshold_percent) == side:
            return str(shown)
    return str(exact.normalize())
