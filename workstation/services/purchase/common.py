"""What the purchase activities share: their dependencies and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from workstation.domain import messages as msg
from workstation.domain.money import FEN
from workstation.providers.base import AuthExpired, Offer, OfferSku, Provider, Token
from workstation.services.activities import Choice, Context
from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.store.models import OrderLine

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
    reconciler: Any = None  # reconcile.Reconciler, set once the activity service exists

    def with_session(self, ctx: Context, body: Callable[[Token], None]) -> None:
        """Run `body(token)` for the activity's account. When the platform says the token is no
        longer good, refresh it once and run `body` again (handlers are replay-safe); when that
        cannot be done, the account is marked expired and the activity says so, nothing else fails."""
        provider, account = ctx.activity.provider, ctx.activity.account
        connector = self.connector(provider)
        try:
            token = self.sessions.token(provider, account, refresh=connector.refresh)
        except UserFacingError as exc:
            ctx.error(str(exc), key="no-session")
            return
        try:
            body(token)
            return
        except AuthExpired:
            pass
        try:
            token = self.sessions.refreshed(provider, account, connector.refresh)
            body(token)
        except (AuthExpired, UserFacingError) as exc:
            self.sessions.mark_expired(provider, account, "session expired")
            ctx.error(msg.SESSION_EXPIRED(account=account, provider=provider, error=str(exc)),
                      key="auth-expired")


class AccountHandler:
    """An activity that works through the activity's provider account (booking, sync, binding)."""

    def __init__(self, deps: PurchaseDeps):
        self.d = deps

    def run(self, ctx: Context) -> None:
        self.d.with_session(ctx, lambda token: self._run(ctx, token))

    def _run(self, ctx: Context, token: Token) -> None:
        raise NotImplementedError


def sku_of(offer: Offer, config_id: str | None) -> OfferSku | None:
    """The offer's SKU a line's configuration names (by order-API id or the platform's own)."""
    if not config_id:
        return None
    return next((s for s in offer.skus if config_id in (s.sku_id, s.native_sku_id)), None)


def same_goods(remote_item: str, remote_sku: str | None, line: OrderLine) -> bool:
    """Does a provider order line hold this customer line's goods?"""
    item = line.order_item_id or line.item_id
    sku = line.order_sku_id or line.config_id
    return remote_item in (item, line.item_id) and (remote_sku or None) in (sku or None, line.config_id or None)


def split_amount(total: Decimal, parts: int) -> list[Decimal]:
    """Split `total` into `parts` fen-exact shares; the remainder goes to the first share."""
    if parts <= 0:
        return []
    share = (total / parts).quantize(FEN, rounding="ROUND_DOWN")
    shares = [share] * parts
    shares[0] += total - share * parts
    return shares
