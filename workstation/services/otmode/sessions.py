"""Provider sessions through OT: the instance's logged-in marketplace accounts, mirrored locally.

In OT mode the buyer accounts are the instance's: `OtSessions.refresh` reads
GetProviderOrdersIntegrationSessionInfoList for each provider and writes the list into the
ordinary `provider_sessions` table, so the Sessions pane, the account choosers and the CLI show
them as they show local ones. The account is OT's session `Id` (what the Run* methods take as
`providerSessionId`); the state is `expired` when OT says so, else `valid`. Our choice where OT
gives no `ExpiresAt`: the session is taken as valid for 12 hours from the refresh that listed
it (each refresh that lists it again moves that on), so a session the platform stops listing
ends here at the latest 12 hours later, and at once at the next refresh. Sessions no longer
listed leave the table. No token is kept here: the platform keeps them.

`OtLoginService` is the login dialog's service in OT mode (the same interface as
`services/login.py LoginService`): the embedded browser (or the system browser, through the
loopback listener) opens the instance's login URL (GetProviderOrdersIntegrationSessionAuthenticationInfo)
with our return URL; the instance sends the browser back there with `providerSessionId` (or
`error`), and the session list is read again. Our return URL carries a `state` of our own; an
instance that keeps the return URL's query gives it back and it is checked, one that drops it
is accepted without (the return only makes us read the list again, it carries no secret).

No Qt. Everything here but `begin`'s state does network I/O: off the GUI thread.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import delete, select

from workstation.domain import marketplaces
from workstation.otapi import codes
from workstation.services.errors import InvalidInput
from workstation.services.login import (
    RETURN_URL,
    LoginFailed,
    LoginRequest,
    LoginService,
)
from workstation.services.otmode.link import NotOtAnswer, OtLinkService, explained
from workstation.services.sessions import EXPIRED, VALID, SessionRow, SessionService
from workstation.store.database import Database
from workstation.store.models import ProviderSession

log = logging.getLogger(__name__)

ASSUMED_LIFETIME = timedelta(hours=12)  # a listed session without ExpiresAt (see the module's docstring)
SESSION_LIST = "GetProviderOrdersIntegrationSessionInfoList"
LOGIN_INFO = "GetProviderOrdersIntegrationSessionAuthenticationInfo"


def utcnow() -> datetime:
    return datetime.now(UTC)


class _NoTokens:
    """The secret store of the session list in OT mode: no token is ever kept here."""

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        raise RuntimeError("OT mode keeps no provider tokens on this station")

    def delete(self, name: str) -> None:
        return None


def _parse_time(raw: Any) -> datetime | None:
    text = str(raw or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _balance(raw: Any) -> Decimal | None:
    amount = raw.get("Amount") if isinstance(raw, Mapping) else None
    if amount in (None, ""):
        return None
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class OtSessions:
    """The instance's provider sessions, mirrored into `provider_sessions`. Thread-safe."""

    def __init__(self, db: Database, link: OtLinkService, clock: Callable[[], datetime] = utcnow):
        self._db = db
        self._link = link
        self._clock = clock
        self.table = SessionService(db, _NoTokens(), clock)  # reads the table as everywhere else

    def refresh(self, provider: str | None = None) -> list[SessionRow]:
        """Read the instance's sessions (one provider, or every provider) and mirror them."""
        providers = [provider] if provider else list(codes.OT_PROVIDER)
        for p in providers:
            if p not in codes.OT_PROVIDER:
                raise InvalidInput(f"Provider {p!r}: not one of {', '.join(codes.OT_PROVIDER)}.")
        listed: dict[str, list[Mapping[str, Any]]] = {}
        try:
            client = self._link.client()
            with client:
                for p in providers:  # the network first, outside any transaction
                    result = client.result(SESSION_LIST, {"providerType": codes.OT_PROVIDER[p]})
                    if isinstance(result, Mapping):
                        items = result.get("Content")
                    else:  # an empty list may come without its Result at all
                        items = [] if result in (None, "") else None
                    if not isinstance(items, list):
                        raise client.not_ot(SESSION_LIST, "no Result/Content list of sessions")
                    listed[p] = [i for i in items if isinstance(i, Mapping)]
        except Exception as exc:
            raise explained(exc, self._link.status()) from exc
        now = self._clock()
        with self._db.write() as s:
            for p, items in listed.items():
                seen: set[str] = set()
                for item in items:
                    account = str(item.get("Id") or "").strip()[:100]
                    if not account or account in seen:
                        continue
                    seen.add(account)
                    expired = str(item.get("State") or "").strip().lower() == EXPIRED
                    expires = _parse_time(item.get("ExpiresAt")) or (now if expired else now + ASSUMED_LIFETIME)
                    row = s.scalar(select(ProviderSession).where(ProviderSession.provider == p,
                                                                 ProviderSession.account == account))
                    if row is None:
                        row = ProviderSession(provider=p, account=account, obtained_at=now, expires_at=expires)
                        s.add(row)
                    row.state, row.expires_at = (EXPIRED if expired else VALID), expires
                    row.balance = _balance(item.get("Balance"))
                gone = delete(ProviderSession).where(ProviderSession.provider == p)
                if seen:
                    gone = gone.where(ProviderSession.account.not_in(seen))
                s.execute(gone)
        return self.table.list(provider)

    def login_url(self, provider: str, return_url: str) -> str:
        """Where the browser logs an account of `provider` in on the instance's behalf."""
        if provider not in codes.OT_PROVIDER:
            raise InvalidInput(f"Provider {provider!r}: not one of {', '.join(codes.OT_PROVIDER)}.")
        try:
            client = self._link.client()
            with client:
                result = client.result(LOGIN_INFO, {"providerType": codes.OT_PROVIDER[provider],
                                                    "returnUrl": return_url})
                url = str(result.get("AuthenticationUrl") or "").strip() if isinstance(result, Mapping) else ""
                if not url.startswith(("http://", "https://")):
                    raise NotOtAnswer(LOGIN_INFO, "no AuthenticationUrl in the answer")
        except Exception as exc:
            raise explained(exc, self._link.status()) from exc
        return url


class ForgetUnavailable(LoginFailed):
    """OT mode cannot end a provider session (the OT API has no method for it)."""


class OtLoginService(LoginService):
    """The login dialog's service in OT mode: the instance's login page, then the list again."""

    def __init__(self, sessions: OtSessions, *, return_url: str = RETURN_URL):
        super().__init__(sessions.table, self._no_connector, return_url=return_url)
        self._ot = sessions

    @staticmethod
    def _no_connector(provider: str) -> Any:
        raise RuntimeError("OT mode logs accounts in through the OT Box instance, not a connector")

    def configured_return_url(self, provider: str) -> str:
        return self.return_url

    def begin(self, provider: str, account_hint: str | None = None, *,
              redirect_uri: str | None = None) -> LoginRequest:
        """The instance's login URL, sending the browser back to our return URL (with our state)."""
        state = secrets.token_urlsafe(24)
        back = redirect_uri or self.return_url
        joiner = "&" if urlsplit(back).query else "?"
        url = self._ot.login_url(provider, f"{back}{joiner}state={state}")
        return LoginRequest(provider, url, state, back, account_hint)

    def check_state(self, request: LoginRequest, redirected_url: str) -> None:
        """Our state, when the instance gave the return URL's query back, must be this attempt's."""
        values = parse_qs(urlsplit(redirected_url).query, keep_blank_values=True).get("state")
        if values is None:
            log.info("%s login through OT: the return carries no state (the instance dropped it)", request.provider)
            return
        super().check_state(request, redirected_url)

    def finish(self, request: LoginRequest, redirected_url: str) -> SessionRow:
        """The instance sent the browser back: its new session, from the list read again."""
        if not self.is_return(request, redirected_url):
            raise LoginFailed("The login ended on an unexpected page; try again.")
        self.check_state(request, redirected_url)
        query = parse_qs(urlsplit(redirected_url).query, keep_blank_values=True)
        name = marketplaces.name(request.provider)
        error = (query.get("error") or [""])[0].strip()
        if error:
            raise LoginFailed(f"OT Box reported that the {name} login failed: {error}. Nothing was stored; "
                              "log in again.")
        session_id = (query.get("providerSessionId") or [""])[0].strip()
        if not session_id:
            raise LoginFailed(f"OT Box sent the browser back without a session (no providerSessionId); "
                              f"the {name} login did not end in a session. Try again.")
        rows = self._ot.refresh(request.provider)
        for row in rows:
            if row.account == session_id:
                log.info("%s account logged in through OT (session %s)", request.provider, session_id)
                return row
        raise LoginFailed(f"OT Box reported the new {name} session {session_id}, but its list of sessions "
                          "does not have it. Refresh the sessions in a moment, or log in again.")

    def forget(self, provider: str, account: str) -> bool:
        """Refused: the OT API has no method to end a provider session."""
        raise ForgetUnavailable(
            f"The OT API has no method to end a provider session, so the workstation cannot forget "
            f"{account}: end it on the OT Box instance itself; it leaves this list at the next refresh. "
            "Nothing was changed.")
