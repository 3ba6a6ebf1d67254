"""Logged-in provider accounts: the session rows (database) and their tokens (secret store)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from workstation.providers.base import ProviderError, RateLimited, Token, TransportError
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.secrets import SecretStore
from workstation.store.database import Database
from workstation.store.models import ProviderSession

VALID, EXPIRED = "valid", "expired"


@dataclass(frozen=True)
class SessionRow:
    provider: str
    account: str
    state: str  # valid / expiring / expired
    obtained_at: datetime
    expires_at: datetime
    balance: Decimal | None
    last_sync_at: datetime | None
    last_sync_result: str


class SessionExpired(UserFacingError):
    """The account must log in again."""

    reason: str  # when renewal was refused: the short cause, for compact lists


def token_secret_name(provider: str, account: str) -> str:
    """The secret store's name of an account's token (the connect of OT mode removes the demo's)."""
    return f"token:{provider}:{account}"


class SessionService:
    def __init__(self, db: Database, secrets: SecretStore, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._secrets = secrets
        self._clock = clock

    def store(self, provider: str, token: Token) -> SessionRow:
        """Keep a fresh login: the token to the secret store, the session row to the database."""
        self._secrets.set(token_secret_name(provider, token.account), json.dumps({
            "access_token": token.access_token, "refresh_token": token.refresh_token,
            "expires_at": token.expires_at.isoformat(),
            "refresh_expires_at": token.refresh_expires_at.isoformat() if token.refresh_expires_at else None,
            "account": token.account, "extra": token.extra}))
        now = self._clock()
        with self._db.write() as s:
            row = s.scalar(select(ProviderSession).where(ProviderSession.provider == provider,
                                                         ProviderSession.account == token.account))
            if row is None:
                row = ProviderSession(provider=provider, account=token.account, obtained_at=now,
                                      expires_at=token.expires_at)
                s.add(row)
            if row.state == EXPIRED:
                row.last_sync_result = ""  # "expired: log in again" is over once it is logged in again
            row.state, row.obtained_at, row.expires_at = VALID, now, token.expires_at
            row.refresh_expires_at = token.refresh_expires_at
        return self.get(provider, token.account)

    def get(self, provider: str, account: str) -> SessionRow:
        with self._db.read() as s:
            row = s.scalar(select(ProviderSession).where(ProviderSession.provider == provider,
                                                         ProviderSession.account == account))
            if row is None:
                raise InvalidInput(f"No session for account {account!r} on {provider}; log it in first.")
            return self._row(row)

    def list(self, provider: str | None = None) -> list[SessionRow]:
        with self._db.read() as s:
            query = select(ProviderSession).order_by(ProviderSession.provider, ProviderSession.account)
            if provider:
                query = query.where(ProviderSession.provider == provider)
            return [self._row(r) for r in s.scalars(query)]

    def provider_of(self, account: str) -> str:
        with self._db.read() as s:
            found = s.scalars(select(ProviderSession.provider).where(ProviderSession.account == account)).all()
        if not found:
            raise InvalidInput(f"Unknown account {account!r}: no provider session has that login.")
        return found[0]

    def token(self, provider: str, account: str, refresh: Callable[[Token], Token] | None = None) -> Token:
        """A usable token for the account: refreshed when expired and the provider allows it."""
        self.get(provider, account)  # unknown account -> clear message
        raw = self._secrets.get(token_secret_name(provider, account))
        if raw is None:
            self.mark_expired(provider, account, "no token stored")
            raise SessionExpired(f"Account {account} on {provider} has no token; log it in again.")
        data = json.loads(raw)
        token = Token(access_token=data["access_token"], refresh_token=data.get("refresh_token"),
                      expires_at=datetime.fromisoformat(data["expires_at"]),
                      refresh_expires_at=datetime.fromisoformat(data["refresh_expires_at"])
                      if data.get("refresh_expires_at") else None,
                      account=data["account"], extra=data.get("extra") or {})
        if token.expires_at > self._clock():
            return token
        if refresh is not None and token.refresh_token and (
                token.refresh_expires_at is None or token.refresh_expires_at > self._clock()):
            return self.refreshed(provider, account, refresh)
        self.mark_expired(provider, account, "session expired")
        raise SessionExpired(f"The session of {account} on {provider} has expired; log in again.")

    def refreshed(self, provider: str, account: str, refresh: Callable[[Token], Token]) -> Token:
        """Renew the token now (the platform refused it before its time); SessionExpired if it can't be."""
        raw = self._secrets.get(token_secret_name(provider, account))
        data = json.loads(raw) if raw else {}
        if not data.get("refresh_token"):
            self.mark_expired(provider, account, "session expired")
            raise SessionExpired(f"The session of {account} on {provider} has expired; log in again.")
        current = Token(access_token=data["access_token"], refresh_token=data["refresh_token"],
                        expires_at=datetime.fromisoformat(data["expires_at"]),
                        refresh_expires_at=datetime.fromisoformat(data["refresh_expires_at"])
                        if data.get("refresh_expires_at") else None,
                        account=data["account"], extra=data.get("extra") or {})
        try:
            renewed = refresh(current)
        except ProviderError as exc:
            self.mark_expired(provider, account, "session expired")
            raise SessionExpired(f"The session of {account} on {provider} has expired; log in again.") from exc
        # 1688 keeps the old refresh token on a refresh grant and may not repeat the login.
        renewed = Token(renewed.access_token, renewed.refresh_token or current.refresh_token, renewed.expires_at,
                        renewed.refresh_expires_at or current.refresh_expires_at, renewed.account or account,
                        renewed.extra)
        return self.store_and_return(provider, renewed)

    def refresh_if_expiring(self, provider: str, account: str, refresh: Callable[[Token], Token] | None,
                            within: timedelta = timedelta(hours=1)) -> SessionRow:
        """Renew the token when it expires within `within` (or has expired, or the session was marked
        expired) and the provider allows it; the session row as it is afterwards.

        SessionExpired when it needs renewing and cannot be (no refresh function or refresh token,
        the refresh token ran out, the platform refused): the account must log in again. The
        session is marked expired only once its access token is past its time; until then it
        stays usable. Transient trouble (TransportError, RateLimited) propagates and changes
        nothing, so a network hiccup never costs a login.
        """
        row = self.get(provider, account)
        now = self._clock()
        if row.state != EXPIRED and row.expires_at - now > within:
            return row
        current = self._stored_token(provider, account)
        refusal = ""
        if current is None:
            refusal = "no token stored"
        elif refresh is None:
            refusal = "the provider allows no refresh"
        elif not current.refresh_token:
            refusal = "no refresh token"
        elif current.refresh_expires_at is not None and current.refresh_expires_at <= now:
            refusal = "refresh token expired"
        if not refusal and current is not None and refresh is not None:
            try:
                renewed = refresh(current)
            except (TransportError, RateLimited):
                raise
            except ProviderError as exc:
                refusal = f"refresh refused: {exc}"
            else:
                self.store(provider, Token(
                    renewed.access_token, renewed.refresh_token or current.refresh_token, renewed.expires_at,
                    renewed.refresh_expires_at or current.refresh_expires_at, renewed.account or account,
                    renewed.extra))
                return self.get(provider, account)
        if row.state == EXPIRED or row.expires_at <= now:
            self.mark_expired(provider, account, "session expired; log in again")
        expired = SessionExpired(f"The session of {account} on {provider} cannot be renewed ({refusal}); "
                                 "log in again.")
        expired.reason = refusal
        raise expired

    def _stored_token(self, provider: str, account: str) -> Token | None:
        raw = self._secrets.get(token_secret_name(provider, account))
        if raw is None:
            return None
        data = json.loads(raw)
        return Token(access_token=data["access_token"], refresh_token=data.get("refresh_token"),
                     expires_at=datetime.fromisoformat(data["expires_at"]),
                     refresh_expires_at=datetime.fromisoformat(data["refresh_expires_at"])
                     if data.get("refresh_expires_at") else None,
                     account=data["account"], extra=data.get("extra") or {})

    def store_and_return(self, provider: str, token: Token) -> Token:
        self.store(provider, token)
        return token

    def mark_expired(self, provider: str, account: str, why: str = "") -> None:
        with self._db.write() as s:
            row = s.scalar(select(ProviderSession).where(ProviderSession.provider == provider,
                                                         ProviderSession.account == account))
            if row is not None:
                row.state = EXPIRED
                if why:
                    row.last_sync_result = why

    def forget(self, provider: str, account: str) -> bool:
        """Drop an account: its token from the secret store, its session row from the database.

        The token goes first, so a failure half-way leaves a row without a token (it shows as
        "log in again"), never a token nobody can see. True when there was a row.
        """
        self._secrets.delete(token_secret_name(provider, account))
        with self._db.write() as s:
            row = s.scalar(select(ProviderSession).where(ProviderSession.provider == provider,
                                                         ProviderSession.account == account))
            if row is None:
                return False
            s.delete(row)
        return True

    def record_sync(self, provider: str, account: str, result: str, cursor: datetime | None) -> None:
        with self._db.write() as s:
            row = s.scalar(select(ProviderSession).where(ProviderSession.provider == provider,
                                                         ProviderSession.account == account))
            if row is not None:
                row.last_sync_at, row.last_sync_result = self._clock(), result
                if cursor is not None:
                    row.sync_cursor = cursor

    def sync_cursor(self, provider: str, account: str) -> datetime | None:
        with self._db.read() as s:
            return s.scalar(select(ProviderSession.sync_cursor).where(ProviderSession.provider == provider,
                                                                      ProviderSession.account == account))

    def _row(self, r: ProviderSession) -> SessionRow:
        state = r.state
        if state == VALID and r.expires_at <= self._clock():
            state = EXPIRED
        elif state == VALID and (r.expires_at - self._clock()).total_seconds() < 3600:
            state = "expiring"
        return SessionRow(provider=r.provider, account=r.account, state=state, obtained_at=r.obtained_at,
                          expires_at=r.expires_at, balance=r.balance, last_sync_at=r.last_sync_at,
                          last_sync_result=r.last_sync_result)
