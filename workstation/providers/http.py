"""Shared connector transport: per-account throttle, back-off on reads, redaction, error mapping.

Every connector sends its calls through `Transport.call`, which owns the rules of
docs/reliability.md rule 9: an explicit httpx Timeout, TLS always verified, retries only
for failures before sending and, on idempotent reads, for rate limits and unknown
outcomes, with jittered back-off that honours the platform's own wait. A call that
may have reached the server and is not idempotent is never sent twice.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

import httpx

from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    OutOfStock,
    ProviderError,
    RateLimited,
    TransportError,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
SENSITIVE_KEYS = frozenset(
    {"access_token", "refresh_token", "client_secret", "sign", "_aop_signature", "code", "password"}
)
REDACTED = "***"


class Clock(Protocol):
    """Time as the transport sees it; tests inject a fake one so nobody really sleeps."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    def now_ms(self) -> int: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    def now_ms(self) -> int:
        return int(time.time() * 1000)


# ---------------------------------------------------------------- redaction


def redact_params(params: Mapping[str, object]) -> dict[str, object]:
    """A copy of `params` fit for a log line: sensitive values replaced."""
    return {k: (REDACTED if k in SENSITIVE_KEYS else v) for k, v in params.items()}


def redact_url(url: str) -> str:
    """Blank sensitive query parameters in a URL."""
    pattern = "|".join(re.escape(k) for k in sorted(SENSITIVE_KEYS))
    return re.sub(rf"([?&](?:{pattern})=)[^&#]*", rf"\g<1>{REDACTED}", url)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Remove every occurrence of the given secret values from a text."""
    for value in secrets:
        if value and len(value) >= 4:
            text = text.replace(value, REDACTED)
    return text


# ---------------------------------------------------------------- blank values

# Java's Character.isWhitespace leaves these out; Python's str.isspace() counts them.
_NOT_JAVA_SPACE = frozenset("\u00a0\u2007\u202f\u0085")


def is_blank(text: object) -> bool:
    """None, empty, or only whitespace as the official Java SDKs define it.

    The IOP Java SDK's `IopUtils.isEmpty` (and the TOP/Lazada copies) treat a value made of
    `Character.isWhitespace` characters as empty: `IopHashMap.put` drops it, so it is neither
    sent nor signed (docs/protocols.md, "Blank values").
    """
    if text is None:
        return True
    return all(ch.isspace() and ch not in _NOT_JAVA_SPACE for ch in str(text))


def sendable(params: Mapping[str, object]) -> dict[str, str]:
    """The parameters as sent and signed: strings, blank keys and blank values left out."""
    return {str(k): str(v) for k, v in params.items() if not is_blank(k) and not is_blank(v)}


# ---------------------------------------------------------------- throttle and back-off


class Throttle:
    """Keeps at least `min_interval` seconds between two calls of the same account."""

    def __init__(self, min_interval: float, clock: Clock):
        self.min_interval = min_interval
        self._clock = clock
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, account: str) -> None:
        if self.min_interval <= 0:
            return
        with self._lock:  # reserve a slot, then sleep outside the lock
            now = self._clock.monotonic()
            slot = max(now, self._next.get(account, now))
            self._next[account] = slot + self.min_interval
        self._clock.sleep(slot - now)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard a read tries: attempts, exponential base, cap and the overall deadline."""

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    deadline: float = 60.0  # seconds a call may take, attempts and back-off together
    jitter: float = 0.05  # fraction added on top of a platform-given wait (within T4's ±10 %)

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        if retry_after is not None and retry_after >= 0:
            return retry_after * (1.0 + rng.uniform(0.0, self.jitter))
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return rng.uniform(ceiling / 2, ceiling)


# ---------------------------------------------------------------- transport


_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Transport:
    """One httpx client per connector; `call` sends, decodes, and retries what is safe to retry."""

    def __init__(
        self,
        provider: str,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        min_interval: float = 0.5,
        policy: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        rng: random.Random | None = None,
        secrets: Iterable[str] = (),
    ):
        self.provider = provider
        self.clock = clock or SystemClock()
        self.throttle = Throttle(min_interval, self.clock)
        self.policy = policy or RetryPolicy()
        self._rng = rng or random.Random()
        self._secrets = {s for s in secrets if s}
        self._secrets_lock = threading.Lock()
        self.client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": "workstation/0.1"},
        )

    def close(self) -> None:
        self.client.close()

    def remember_secret(self, value: str | None) -> None:
        """Add a value (token, secret) that must never appear in a log or an error text."""
        if value:
            with self._secrets_lock:
                self._secrets.add(value)

    def scrub(self, text: str) -> str:
        with self._secrets_lock:
            secrets = tuple(self._secrets)
        return scrub(text, secrets)

    def call(
        self,
        what: str,
        url: str,
        params: Mapping[str, str],
        decode: Callable[[httpx.Response], T],
        *,
        account: str = "",
        idempotent: bool,
    ) -> T:
        """POST `params` as a form to `url` and return `decode(response)`.

        `decode` maps the platform's answer to a value or a typed ProviderError; the
        transport retries RateLimited and unknown outcomes only when `idempotent`.
        """
        started = self.clock.monotonic()
        attempt = 0
        while True:
            try:
                return self._once(what, url, params, decode, account)
            except RateLimited as exc:
                if not idempotent and getattr(exc, "http_status", None):
                    # T4: a bare 429/503 on a write is an unknown outcome, to be reconciled.
                    raise TransportError(f"{exc.message} (outcome unknown)", outcome_unknown=True,
                                         provider=self.provider) from None
                delay = self._retry_delay(exc, attempt, started, idempotent, exc.retry_after)
            except TransportError as exc:
                delay = self._retry_delay(exc, attempt, started, idempotent, None)
            log.info("%s %s: retry %d in %.2f s", self.provider, what, attempt + 1, delay)
            self.clock.sleep(delay)
            attempt += 1

    def _retry_delay(self, exc, attempt: int, started: float, idempotent: bool,
                     retry_after: float | None) -> float:
        """The wait before the next attempt, or re-raise `exc` when it must not be retried."""
        not_sent = isinstance(exc, TransportError) and not exc.outcome_unknown
        if not (idempotent or not_sent) or attempt + 1 >= self.policy.attempts:
            raise exc
        delay = self.policy.delay(attempt, retry_after, self._rng)
        if self.clock.monotonic() - started + delay > self.policy.deadline:
            raise exc  # waiting would overrun the call's deadline
        return delay

    def _once(self, what, url, params, decode, account):
        self.throttle.wait(account)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> POST %s %s", self.provider, what, redact_url(url),
                      redact_params(params))
        try:
            response = self.client.post(url, data=dict(params))
            response.read()
        except _NOT_SENT as exc:
            raise self._transport_error(what, exc, outcome_unknown=False) from None
        except httpx.HTTPError as exc:  # read timeout, reset mid-body, protocol error
            raise self._transport_error(what, exc, outcome_unknown=True) from None
        log.debug("%s %s <- HTTP %d (%d bytes)", self.provider, what, response.status_code,
                  len(response.content))
        try:
            return decode(response)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            # A decoder bug on an odd answer must still end as a typed error.
            raise MalformedResponse(
                f"{what}: unexpected answer ({type(exc).__name__})", provider=self.provider
            ) from None

    def _transport_error(self, what: str, exc: Exception, *, outcome_unknown: bool):
        detail = self.scrub(str(exc))[:200] or type(exc).__name__
        state = "outcome unknown" if outcome_unknown else "not sent"
        return TransportError(
            f"{what}: {type(exc).__name__} ({state}): {detail}",
            outcome_unknown=outcome_unknown,
            provider=self.provider,
        )


# ---------------------------------------------------------------- answer helpers


def retry_after_header(response: httpx.Response) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds form), if any."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


_BAN = re.compile(r"ban will last (?:for )?(\d+(?:\.\d+)?)(?: more)? seconds?", re.I)


def ban_seconds(message: str) -> float | None:
    """Seconds from "this ban will last N seconds" (IOP, TOP), if the message says so."""
    match = _BAN.search(message or "")
    return float(match.group(1)) if match else None


def body_excerpt(response: httpx.Response, limit: int = 160) -> str:
    """A short, tag-free excerpt of a body for an error message (HTML error pages)."""
    text = response.content[:4096].decode("utf-8", errors="replace")
    text = re.sub(r"<[^>]*>", " ", text)
    return " ".join(text.split())[:limit]


def status_failure(provider: str, what: str, response: httpx.Response, *, scrubber=None):
    """The typed error for an HTTP status the platform did not explain in its own envelope."""
    status = response.status_code
    excerpt = body_excerpt(response)
    if scrubber:
        excerpt = scrubber(excerpt)
    if status == 429 or (status == 503 and retry_after_header(response) is not None):
        error = RateLimited(f"{what}: HTTP {status} {excerpt}".strip(),
                            retry_after=retry_after_header(response), provider=provider)
        error.http_status = status  # marks a bare HTTP refusal (see Transport.call)
        return error
    if status >= 500:
        return TransportError(f"{what}: HTTP {status} {excerpt}".strip(), outcome_unknown=True,
                              provider=provider)
    return MalformedResponse(f"{what}: HTTP {status} {excerpt}".strip(), provider=provider)


# ---------------------------------------------------------------- reconciliation


# What a create can be refused with for certain: the platform says what is wrong in terms we
# know, and such an answer comes before anything is made (no stock, no such item, the account's
# limit, a token it no longer takes, throttling).
CERTAIN_REFUSALS = (OutOfStock, NotFound, BookingLimitReached, AuthExpired, RateLimited)


def _fold(code: str | None) -> str:
    return (code or "").strip().lower().replace("_", "-")


def settle_create_failure(exc: ProviderError, what: str, *, refusal_codes: frozenset[str] = frozenset(),
                          refusal_prefixes: tuple[str, ...] = ()) -> ProviderError:
    """What a failed create means for the money. A refusal (the lines may be booked again)
    only when the platform said so in terms we know: a typed refusal above, or a code on the
    connector's own list (`refusal_codes`, `refusal_prefixes`, compared case-insensitively with
    `_` as `-`). Anything else, a "system busy", "processing" or a code nobody documented,
    may have made the order: it becomes an unknown outcome, and the lines stay reserved until
    a look-up by our reference settles it (services/purchase/reconcile.py)."""
    if isinstance(exc, (TransportError, *CERTAIN_REFUSALS)):
        return exc
    code = _fold(exc.code)
    if code and (code in {_fold(c) for c in refusal_codes} or code.startswith(tuple(map(_fold, refusal_prefixes)))):
        return exc
    return TransportError(f"{what}: the platform answered {exc.message!r} ({exc.code or 'no code'}), which does "
                          "not say that nothing was created", outcome_unknown=True, code=exc.code,
                          provider=exc.provider)


def create_order_safely(provider, token, request, *, clock: Clock, lookups: int = 3,
                        pause: float = 1.0):
    """Create an order; on an unknown outcome, look it up by reference instead of re-sending.

    Returns the order when it exists. If every look-up answers "no such reference",
    raises TransportError(outcome_unknown=False): the platform says it was not created,
    so the booking may be sent again later. If the look-ups themselves fail, the
    original TransportError(outcome_unknown=True) is raised: nobody can tell yet.
    """
    try:
        return provider.create_order(token, request)
    except TransportError as exc:
        if not exc.outcome_unknown:
            raise
        unknown = exc
    log.warning("%s create %s: outcome unknown, reconciling by reference",
                getattr(provider, "kind", "?"), request.client_ref)
    answered = 0
    for attempt in range(lookups):
        if attempt:
            clock.sleep(pause * attempt)
        try:
            found = provider.find_by_reference(token, request.client_ref)
        except ProviderError as lookup_error:
            log.warning("reconcile %s: look-up failed: %s", request.client_ref,
                        type(lookup_error).__name__)
            continue
        if found is not None:
            return found
        answered += 1
    if answered == lookups:
        raise TransportError(
            f"order {request.client_ref} was not created (absent after {lookups} look-ups)",
            outcome_unknown=False, provider=unknown.provider,
        ) from unknown
    raise unknown


class Connector:
    """What both marketplace connectors share: where they talk to, as which app, and how."""

    provider_name = ""  # the name errors carry ("1688", "taobao")
    default_gateway_url = ""
    default_auth_url = ""

    def __init__(self, *, gateway_url: str | None = None, auth_url: str | None = None, app_key: str,
                 app_secret: str, transport: httpx.BaseTransport | None = None, clock: Clock | None = None,
                 min_interval: float = 0.5, policy: RetryPolicy | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT):
        self.gateway_url = (gateway_url or self.default_gateway_url).rstrip("/")
        self.auth_url = auth_url or self.default_auth_url
        self.app_key = app_key
        self._secret = app_secret
        self.http = Transport(self.provider_name, transport=transport, clock=clock,
                              min_interval=min_interval, policy=policy, timeout=timeout,
                              secrets=[app_secret])
        self.clock = self.http.clock
        self.reconcile_pause = 1.0  # seconds before the 2nd look-up by reference (x2 before the 3rd)

    def close(self) -> None:
        self.http.close()
