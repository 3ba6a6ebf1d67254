"""Logging a provider account in: the login URL for the embedded browser, then the redirect.

`begin` asks the connector for its login page with our return URL and a fresh random
`state`; the embedded browser catches the navigation to the return URL before it is loaded
and hands it to `finish`, which checks the state, reads `code` or `error`, trades the code
for a token through the connector and stores the session. The return URL is never loaded:
it only has to look like a loopback address the marketplace accepts.

In the system browser (`begin_in_browser` / `finish_in_browser`, RFC 8252 §7.3) the return
URL is a real one: a `LoopbackRedirect` listens on 127.0.0.1 on a free port (the configured
redirect URI's path, and its port when it names one), the person logs in in their own browser,
and the redirect the marketplace sends there is checked (`check_state`, before the browser is
answered) and finished the same way.

No Qt. `finish` does network I/O, `finish_in_browser` waits for the browser: call them off
the GUI thread (TaskRunner, network lane).
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit, urlunsplit

from workstation.providers.base import Provider, ProviderError, TransportError
from workstation.services.errors import UserFacingError
from workstation.services.loopback_redirect import (
    DEFAULT_TIMEOUT,
    LoopbackRedirect,
    RedirectCancelled,
    RedirectTimeout,
    is_loopback_uri,
)
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


class LoginTimedOut(LoginFailed):
    """The system browser never came back with the marketplace's answer."""


class LoginCancelled(LoginFailed):
    """The person stopped waiting for the system browser (or closed the dialog)."""


class BrowserLoginUnavailable(LoginFailed):
    """The configured redirect URI is not a loopback address: the system browser cannot be used."""


@dataclass(frozen=True)
class LoginRequest:
    """One login attempt. `state` is a one-time random value; not a secret, but not logged."""

    provider: str
    url: str
    state: str = field(repr=False)
    redirect_uri: str
    account_hint: str | None = None


@dataclass(eq=False)
class BrowserLogin:
    """One login in the system browser: the attempt and the listener waiting for its redirect.

    `cancel()` may be called from any thread; `finish_in_browser` then ends at once."""

    request: LoginRequest
    listener: LoopbackRedirect = field(repr=False)

    @property
    def url(self) -> str:
        return self.request.url

    @property
    def timeout(self) -> float:
        return self.listener.timeout

    def cancel(self) -> None:
        self.listener.cancel()


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


def _no_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


class LoginService:
    """Begins and finishes provider logins. Thread-safe (keeps no per-login state)."""

    def __init__(self, sessions: SessionService, connectors: ConnectorFactory, *,
                 return_url: str = RETURN_URL):
        self._sessions = sessions
        self._connectors = connectors
        self.return_url = return_url

    def configured_return_url(self, provider: str) -> str:
        """Where the marketplace sends the browser back: ours, or the Live setting's."""
        chosen = getattr(self._connectors, "redirect_uri", None)  # Connectors: the Live setting
        if self.return_url == RETURN_URL and chosen is not None:
            return chosen(provider)
        return self.return_url

    def begin(self, provider: str, account_hint: str | None = None, *,
              redirect_uri: str | None = None) -> LoginRequest:
        """A new attempt: the marketplace's login URL with our return URL and a fresh state.

        `redirect_uri` replaces the configured return URL (the system browser's loopback one)."""
        state = secrets.token_urlsafe(24)
        return_url = redirect_uri or self.configured_return_url(provider)
        url = self._connectors(provider).login_url(return_url, state)
        return LoginRequest(provider, url, state, return_url, account_hint)

    def can_use_browser(self, provider: str) -> bool:
        """True when the return URL is a loopback one, so the system browser can come back."""
        return is_loopback_uri(self.configured_return_url(provider))

    def begin_in_browser(self, provider: str, account_hint: str | None = None, *,
                         timeout: float = DEFAULT_TIMEOUT, texts: dict[str, str] | None = None,
                         ) -> BrowserLogin:
        """A new attempt for the system browser: a loopback listener and a login URL for it.

        The listener takes the configured return URL's host, path and port (a free one when the
        URL names none, RFC 8252 §7.3). `texts` (`done_title`, `done_text`, `refused_title`)
        are the pages the browser is answered with, in the person's language."""
        configured = self.configured_return_url(provider)
        if not is_loopback_uri(configured):
            raise BrowserLoginUnavailable(
                f"The redirect URI in the connection settings ({_no_query(configured)}) is not a "
                "loopback address, so the system browser cannot hand the login back; log in in "
                "this window.")
        parts = urlsplit(configured)
        try:
            listener = LoopbackRedirect(parts.path or "/", port=parts.port or 0, timeout=timeout,
                                        host_name=parts.hostname or "127.0.0.1", **(texts or {}))
        except OSError as exc:
            raise LoginFailed(f"The workstation could not listen on {parts.hostname}"
                              f"{':' + str(parts.port) if parts.port else ''} for the browser's "
                              f"answer ({exc.strerror or exc}). Close what uses that port, or "
                              "log in in this window.") from exc
        try:
            request = self.begin(provider, account_hint, redirect_uri=listener.redirect_uri)
        except BaseException:
            listener.close()
            raise
        return BrowserLogin(request, listener)

    def finish_in_browser(self, attempt: BrowserLogin) -> SessionRow:
        """Wait for the browser's redirect (blocks up to the timeout), then `finish`.

        A redirect whose state does not match is refused in the browser and here
        (LoginStateMismatch); the listener closes after the first good redirect."""
        try:
            url = attempt.listener.wait(lambda got: self.check_state(attempt.request, got))
        except RedirectTimeout as exc:
            minutes = max(1, round(attempt.timeout / 60))
            raise LoginTimedOut(
                f"The browser did not come back from the marketplace within {minutes} "
                f"minute{'s' if minutes != 1 else ''}. Nothing was stored; start the login "
                "again.") from exc
        except RedirectCancelled as exc:
            raise LoginCancelled("The login in the browser was cancelled.") from exc
        return self.finish(attempt.request, url)

    def is_return(self, request: LoginRequest, url: str) -> bool:
        """True when the browser is about to navigate to this attempt's return URL."""
        return same_endpoint(url, request.redirect_uri)

    def check_state(self, request: LoginRequest, redirected_url: str) -> None:
        """Raise LoginStateMismatch unless the redirect carries this attempt's `state`."""
        query = parse_qs(urlsplit(redirected_url).query, keep_blank_values=True)
        values = query.get("state", [])
        state = values[0] if len(values) == 1 else ""
        if not state or not hmac.compare_digest(state.encode(), request.state.encode()):
            log.warning("%s login: the redirect's state does not match this attempt", request.provider)
            raise LoginStateMismatch(
                "The marketplace answered for another login attempt (the security check did "
                "not match). Nothing was stored; start the login again.")

    def finish(self, request: LoginRequest, redirected_url: str) -> SessionRow:
        """Check the redirect, trade its code for a token and store the session. Network I/O."""
        if not self.is_return(request, redirected_url):
            raise LoginFailed("The login ended on an unexpected page; try again.")
        self.check_state(request, redirected_url)
        query = parse_qs(urlsplit(redirected_url).query, keep_blank_values=True)

        def one(name: str) -> str:
            values = query.get(name, [])
            return values[0] if len(values) == 1 else ""

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
