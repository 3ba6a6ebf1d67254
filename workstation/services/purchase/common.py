"""What the purchase activities share: their dependencies and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from workstation.domain.money import FEN
from workstation.providers.base import AuthExpired, Provider, Token
from workstation.services.activities import Choice, Context
from workstation.services.audit import Actor
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.store.database import Database

CONFIRM = Choice("confirm", "Confirm at the new price")
SKIP = Choice("skip", "Skip this product")
CANCEL_PRODUCT = Choice("cancel", "Cancel this product")
ABORT = Choice("abort", "Abort booking")


@dataclass
class PurchaseDeps:
    """Everything a purchase activity needs, handed in by the composition root."""

    db: Database
    settings: SettingsService
    sessions: SessionService
    connector: Callable[[str], Provider]  # provider kind -> connector
    actor: Actor
    clock: Callable[[], datetime]

    def token(self, ctx: Context, provider: str, account: str) -> Token:
        connector = self.connector(provider)
        return self.sessions.token(provider, account, refresh=connector.refresh)

    def expired(self, provider: str, account: str, exc: AuthExpired) -> None:
        self.sessions.mark_expired(provider, account, f"session expired: {exc.message}")


def split_amount(total: Decimal, parts: int) -> list[Decimal]:
    """Split `total` into `parts` fen-exact shares; the remainder goes to the first share."""
    if parts <= 0:
        return []
    share = (total / parts).quantize(FEN, rounding="ROUND_DOWN")
    shares = [share] * parts
    shares[0] += total - share * parts
    return shares
