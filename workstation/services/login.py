"""Logging a provider account in: the login URL for the embedded browser, then the redirect.

`begin` asks the connector for its login page with our return URL and a fresh random
`state`; the embedded browser catches the navigation to the return URL before it is loaded
and hands it to `finish`, which checks the state, reads `code` or `error`, trades the code
for a token through the connector and stores the session. The return URL is never loaded:
it only has to look like a loopback address the marketplace accepts.

No Qt. `finish` does network I/O: call it off the GUI thread (TaskRunner, network lane).
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from workstation.providers.base import Provider, ProviderError, TransportError
from workstation.services.errors import UserFacingError
from workstation.services.sessions import SessionRow, SessionService

log = logging.getLogger(__name__)

RETURN_URL = "http://127.0.0.1/workstation/login-done"

ConnectorFactory = Callable[[str], Provider]


class LoginFailed(UserFacingError):
    """The login did not end in a session; the message says why and what to do."""


class LoginDenied(LoginFailed):
    """The person (or the marketplace) refused the authorisation (`error=access_denied`)."""


class LoginStateMismatch(LoginFailed):
    """The redirect does not belong to this login attempt (stale, replayed or forged)."""


class LoginRefused(LoginFailed):
    """The marketplace refused to trade the code for a token; its own words are in the message."""


@dataclass(frozen=True)
class LoginRequest:
    """One login attempt. `state` is a one-time random value; not a secret, but not logged."""

    provider: str
    url: str
    state: str = field(repr=False)
    redirect_uri: str
    account_hint: str | None = None


def same_endpoint(url: str, return_url: str) -> bool:
    """True when `url` is `return_url` (scheme, host, port and path) with any query."""
    a, b = urlsplit(url), urlsplit(return_url)
    try:
        ports = (a.port or _default_port(a.scheme), b.port or _default_port(b.scheme))
    except ValueError:
        return False
    return ((a.scheme.lower(), (a.hostname or "").lower(), a.path.rstrip("/"))
            == (b.scheme.lower(), (b.hostname or "").lower(), b.path.rstrip("/"))
            and ports[0] == ports[1])


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80


class LoginService:
    """Begins and finishes provider logins. Thread-safe (keeps no per-login state)."""

    def __init__(self, sessions: SessionService, connectors: ConnectorFactory, *,
                 return_url: str = RETURN_URL):
        self._sessions = sessions
        self._connectors = connectors
        self.return_url = return_url

    def begin(self, provider: str, account_hint: str | None = None) -> LoginRequest:
        """A new attempt: the marketplace's login URL with our return URL and a fresh state."""
        state = secrets.token_urlsafe(24)
        return_url = self.return_url
        chosen = getattr(self._connectors, "redirect_uri", None)  # Connectors: the Live setting
        if return_url == RETURN_URL and chosen is not None:
            return_url = chosen(provider)
        url = self._connectors(provider).login_url(return_url, state)
        return LoginRequest(provider, url, state, return_url, account_hint)

    def is_return(self, request: LoginRequest, url: str) -> bool:
        """True when the browser is about to navigate to this attempt's return URL."""
        return same_endpoint(url, request.redirect_uri)

    def finish(self, request: LoginRequest, redirected_url: str) -> SessionRow:
        """Check the redirect, trade its code for a token and store the session. Network I/O."""
        if not self.is_return(request, redirected_url):
            raise LoginFailed("The login ended on an unexpected page; try again.")
        query = parse_qs(urlsplit(redirected_url).query, keep_blank_values=True)

        def one(name: str) -> str:
            values = query.get(name, [])
            return values[0] if len(values) == 1 else ""

        state = one("state")
        if not state or not hmac.compare_digest(state.encode(), request.state.encode()):
            log.warning("%s login: the redirect's state does not match this attempt", request.provider)
            raise LoginStateMismatch(
                "The marketplace answered for another login attempt (the security check did "
                "not match). Nothing was stored; start the login again.")
        error = one("error")
        if error == "access_denied":
            raise LoginDenied("The authorisation was denied on the marketplace page. Nothing was "
                              "stored; log in again and choose to authorise the workstation.")
        if error:
            detail = one("error_description") or error
            raise LoginFailed(f"The marketplace reported a login error: {detail}")
        code = one("code")
        if not code:
            raise LoginFailed("The marketplace returned without an authorisation code; try again.")
        connector = self._connectors(request.provider)
        try:
            token = connector.exchange_code(code, request.redirect_uri)
        except TransportError as exc:
            raise LoginFailed(f"The marketplace could not be reached to finish the login: "
                              f"{exc.message}. Try again.") from exc
        except ProviderError as exc:
            raise LoginRefused(f"The marketplace refused the login: {exc.message}") from exc
        row = self._sessions.store(request.provider, token)
        log.info("%s account %s logged in; session valid until %s", request.provider,
                 token.account, token.expires_at.isoformat())
        return row

    def forget(self, provider: str, account: str) -> bool:
        """Drop the account's token and session row (the browser profile is the UI's part)."""
        found = self._sessions.forget(provider, account)
        log.info("%s account %s forgotten", provider, account)
        return found
