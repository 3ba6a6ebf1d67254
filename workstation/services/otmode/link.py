"""The link to one OT Box instance: its URL, instance key, operator and the stored credentials.

A station is in OT mode while its database holds the `ot_link` row (at most one, id 1). The
operator's password and the instance's secret (for signed calls) live in the secret store
(the OS keyring when there is one), never in the database, the logs or the audit.

`connect` checks everything on the network first (the operator signs in, the instance's line
status table is read), outside any transaction; only then it stores the secrets and writes the
link, in one transaction with its audit row. A data directory in OT mode holds nothing but the
mirror, so connect refuses a database with orders of its own; one that holds only the untouched
demo orders has them removed in that transaction (the result says how many). `disconnect`
removes the mirror again, refusing while warehouse changes have not reached the platform or a
remote activity is still open.

`explain` turns every failure of a call to the instance into one message that names the
setting to fix (URL, instance key, operator, password, secret); the other parts of OT mode use
it for their errors too. An answer that is not OT's shape is logged (its first 500 bytes) and
named, never swallowed.

No Qt. `connect` and the calls of `client()` do network I/O: run them off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import String, cast, delete, func, select, update
from sqlalchemy.orm import Session

from workstation.domain.roles import Permission
from workstation.otapi import codes
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.AccessDenied)
from workstation.otapi.client import OtapiClient
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO
from workstation.services.activities import ABORTED, DONE_STATES
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.people import require
from workstation.services.secrets import SecretStore
from workstation.services.sessions import token_secret_name
from workstation.store.database import Database
from workstation.store.models import (
    Activity,
    Alarm,
    AuditEntry,
    CustomerTransaction,
    LineStatusChange,
    Order,
    OrderLine,
    OtLink,
    OtMirrorOrder,
    OtOutboxEntry,
    OtRemoteActivity,
    Parcel,
    ParcelLine,
    ProviderOrder,
    ProviderSession,
    Receipt,
    UnmatchedScan,
)

log = logging.getLogger(__name__)

LINK_ID = 1
PASSWORD_SECRET = "otmode:operator_password"  # the secret store's names (one link per data directory)
INSTANCE_SECRET = "otmode:instance_secret"
UNSENT_STATES = ("pending", "sending", "refused")
EXCERPT_BYTES = 500
DEMO_SOURCE = "demo"  # line_status_history.source of the demo's own history (services/demo.py)
DEMO_REF_PREFIX = "demo-"  # provider_orders.client_ref of the demo's booked orders
DEMO_ACCOUNTS = frozenset(a for a, _p in (*DEMO_ACCOUNTS_1688, *DEMO_ACCOUNTS_TAOBAO))
# What each setting is called, in messages and on the Settings page.
SETTING_NAMES = {"url": "URL", "instance_key": "instance key", "operator": "operator",
                 "password": "password", "secret": "secret", "language": "language"}
CONNECT_ACTION, DISCONNECT_ACTION = "otmode.connect", "otmode.disconnect"


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class LinkStatus:
    """The link as stored, with the mirror's and the outbox's sizes. No secret is here."""

    base_url: str
    instance_key: str
    operator: str
    has_secret: bool
    language: str
    connected_at: datetime
    connected_by: str
    last_refresh_at: datetime | None
    last_full_refresh_at: datetime | None
    last_error: str
    last_error_at: datetime | None
    mirrored_orders: int
    mirrored_lines: int
    outbox: dict[str, int] = field(default_factory=dict)  # state -> entries
    platform_orders: int | None = None  # connect only: the orders the instance lists (to be mirrored)
    removed_demo_orders: int = 0  # connect only: demo orders removed from this database

    @property
    def url(self) -> str:
        return self.base_url

    @property
    def unsent(self) -> int:
        return sum(self.outbox.get(state, 0) for state in UNSENT_STATES)


class OtLinkError(UserFacingError):
    """A call to the instance failed; the message names the setting to fix (`setting`: a key of
    SETTING_NAMES, "clock", or "" when no setting is at fault)."""

    def __init__(self, message: str, setting: str = ""):
        super().__init__(message)
        self.setting = setting


class OtUnreachable(OtLinkError):
    """The instance did not answer at all (connection refused, no such host, timeout)."""


class OtRefused(OtLinkError):
    """The instance answered with an OT error (a wrong key, password or secret, a banned key)."""


class OtMalformedAnswer(OtLinkError):
    """What answered is not an OT API (an HTML page, a proxy's error, a broken document)."""


class NotOtAnswer(Exception):
    """Raised by the link's client when an answer is not OT's shape: the method, what was wrong,
    and the answer's first bytes (logged where it was received)."""

    def __init__(self, method: str, problem: str, excerpt: bytes = b""):
        super().__init__(f"{method}: {problem}")
        self.method = method
        self.problem = problem
        self.excerpt = excerpt


# ---------------------------------------------------------------- the client

class _RecordingTransport(httpx.BaseTransport):
    """The ordinary transport, keeping the last answer's first bytes for a malformed-answer report."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport(retries=2)
        self.last_status = 0
        self.last_excerpt = b""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        body = response.read()  # OT answers are small enough; httpx keeps the content for the client
        self.last_status = response.status_code
        self.last_excerpt = body[:EXCERPT_BYTES]
        return response

    def close(self) -> None:
        self._inner.close()


class LinkClient(OtapiClient):
    """`OtapiClient` that raises `NotOtAnswer` (logged with the answer's first 500 bytes) when
    what answered is not an OT envelope, instead of a bare parser or key error."""

    def __init__(self, base_url: str, instance_key: str, **kw: Any):
        self._recorder = _RecordingTransport()
        super().__init__(base_url, instance_key, transport=self._recorder, **kw)

    def raw(self, method: str, params: Mapping[str, str] | None = None, *, json_answers: bool | None = None
            ) -> dict[str, Any]:
        try:
            answer = super().raw(method, params, json_answers=json_answers)
        except httpx.HTTPStatusError as exc:
            raise self.not_ot(method, f"HTTP {exc.response.status_code} instead of an OT answer") from exc
        except ValueError as exc:  # XmlParseError, UnsafeXmlError, JSONDecodeError
            raise self.not_ot(method, f"not an OT API document ({exc})") from exc
        if not isinstance(answer, dict) or "ErrorCode" not in answer:
            raise self.not_ot(method, "the answer has no ErrorCode (not an OT envelope)")
        return answer

    def session(self, kind: str) -> str:
        try:
            return super().session(kind)
        except (KeyError, TypeError) as exc:
            raise self.not_ot("AuthenticateInstanceOperator", "the answer has no SessionId/Value") from exc

    def not_ot(self, method: str, problem: str) -> NotOtAnswer:
        """The error for an answer that is not OT's shape (logged here with its first bytes)."""
        excerpt = self._recorder.last_excerpt
        log.warning("OT API %s at %s: %s; the answer began with %r", method, self.base_url, problem, excerpt)
        return NotOtAnswer(method, problem, excerpt)


def explain(exc: BaseException, link: LinkStatus | None = None, *, base_url: str = "",
            instance_key: str = "", operator: str = "") -> str:
    """The clear message for a failed call to the instance, naming the setting to fix."""
    return str(explained(exc, link, base_url=base_url, instance_key=instance_key, operator=operator))


def explained(exc: BaseException, link: LinkStatus | None = None, *, base_url: str = "",
              instance_key: str = "", operator: str = "") -> OtLinkError:
    """`explain` as an exception (OtUnreachable / OtRefused / OtMalformedAnswer / OtLinkError)
    whose `setting` says which field is at fault."""
    url = base_url or (link.base_url if link else "") or "the configured URL"
    key = instance_key or (link.instance_key if link else "")
    who = operator or (link.operator if link else "")
    key_text = f" {_short(key)}" if key else ""
    if isinstance(exc, OtLinkError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return OtUnreachable(f"OT Box at {url} cannot be reached: it did not answer in time. Check the URL "
                             "and the network connection, then try again.", "url")
    if isinstance(exc, httpx.TransportError):
        return OtUnreachable(f"OT Box at {url} cannot be reached: {_transport_reason(exc)}. Check the URL and "
                             "the network connection, then try again.", "url")
    if isinstance(exc, NotOtAnswer):
        return OtMalformedAnswer(f"What answers at {url} is not an OT API: {exc.method} got {exc.problem}. "
                                 "Check the URL (the OT API's address, without /service at the end); the "
                                 "log has the start of the answer.", "url")
    if isinstance(exc, E.InstanceKeyBan):
        return OtRefused(f"OT Box refused the instance key{key_text}: the key is revoked (blocked) on the "
                         "instance. Ask the instance's administrator for a new instance key.", "instance_key")
    if isinstance(exc, E.OtapiError):
        sub, parameter = exc.sub_code or "", exc.parameter or ""
        if not exc.code:
            return OtMalformedAnswer(f"What answers at {url} is not an OT API (an answer without ErrorCode). "
                                     "Check the URL.", "url")
        if isinstance(exc, E.AccessDenied):
            if sub == "InvalidInstanceKey" or parameter == "instanceKey":
                return OtRefused(f"OT Box at {url} does not know the instance key{key_text}. Check the "
                                 "instance key.", "instance_key")
            if sub == "InvalidCredentials" or parameter in ("userLogin", "userPassword"):
                return OtRefused(f"OT Box refused the operator {who!r} with this password: check the operator "
                                 "login and the password.", "password")
            if sub in ("MissingTimestamp", "MissingSignature"):
                return OtRefused("This OT Box instance accepts signed calls only: enter the instance's "
                                 "secret.", "secret")
            if sub == "InvalidSignature":
                return OtRefused("OT Box refused the signature of the calls: the secret is wrong (or the "
                                 "instance's secret was changed). Check the secret.", "secret")
            if sub == "InvalidTimestamp":
                return OtRefused("OT Box refused the time of the signed calls: this computer's clock is more "
                                 "than an hour off. Set the clock right, then try again.", "clock")
            return OtRefused(f"OT Box refused the operator's access: {exc.description}", "operator")
        if isinstance(exc, E.SessionExpired):
            return OtRefused(f"OT Box ended the operator's session again right after signing in "
                             f"({exc.description}); try again.", "")
        return OtLinkError(f"OT Box answered with an error: {exc}", "")
    if isinstance(exc, UserFacingError):
        return OtLinkError(str(exc), getattr(exc, "setting", ""))
    return OtLinkError(f"The call to OT Box at {url} failed: {type(exc).__name__}: {exc}", "")


def _short(key: str) -> str:
    return key if len(key) <= 10 else key[:6] + "…"


def _transport_reason(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "refused" in lowered:
        return "the connection was refused (nothing listens there)"
    if "name or service not known" in lowered or "nodename" in lowered or "getaddrinfo" in lowered:
        return "the host name could not be found"
    if "certificate" in lowered or "ssl" in lowered:
        return f"the secure connection failed ({text})"
    return text


# ---------------------------------------------------------------- input

def normalise_url(raw: str) -> str:
    """The OT API's base URL: trimmed, without a trailing slash; http or https only."""
    url = (raw or "").strip().rstrip("/")
    parts = urlsplit(url)
    if not url:
        raise InvalidInput("URL: empty; enter the OT API's address, e.g. https://otapi.example.com")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidInput(f"URL {url!r}: an http:// or https:// address is needed, e.g. https://otapi.example.com")
    if parts.query or parts.fragment:
        raise InvalidInput(f"URL {url!r}: give the address without ?… or #…")
    return url


def _one_word(raw: str, name: str, *, strip: bool = True) -> str:
    value = (raw or "").strip() if strip else (raw or "")
    if not value.strip():
        raise InvalidInput(f"{name[:1].upper()}{name[1:]}: empty; enter the {name}.")
    return value


# ---------------------------------------------------------------- the service

class OtLinkService:
    """Connects this database to an OT Box instance and reports the link. Thread-safe."""

    def __init__(self, db: Database, secrets: SecretStore, actor: Actor,
                 clock: Callable[[], datetime] = utcnow):
        self._db = db
        self._secrets = secrets
        self._actor = actor
        self._clock = clock

    # ------------------------------------------------------------ reading

    def is_connected(self) -> bool:
        with self._db.read() as s:
            return s.get(OtLink, LINK_ID) is not None

    def status(self) -> LinkStatus | None:
        """The link, or None in local mode."""
        with self._db.read() as s:
            row = s.get(OtLink, LINK_ID)
            if row is None:
                return None
            return _status(s, row)

    def status_table(self) -> dict[int, str]:
        """OT line status id -> our status code, as read from the instance at connect."""
        with self._db.read() as s:
            raw = s.scalar(select(OtLink.status_table).where(OtLink.id == LINK_ID))
        if raw is None:
            raise self._not_connected()
        return {int(k): v for k, v in json.loads(raw or "{}").items()}

    def client(self) -> LinkClient:
        """A new client with the stored credentials (the caller closes it)."""
        status = self.status()
        if status is None:
            raise self._not_connected()
        password = self._secrets.get(PASSWORD_SECRET)
        if not password:
            raise OtLinkError("The operator's password is missing from the secret store: connect again "
                              "(Settings → Order source, or workstation-cli otapi connect).", "password")
        secret = self._secrets.get(INSTANCE_SECRET) if status.has_secret else None
        if status.has_secret and not secret:
            raise OtLinkError("The instance's secret is missing from the secret store: connect again with "
                              "the secret.", "secret")
        return LinkClient(status.base_url, status.instance_key, secret=secret, language=status.language,
                          operator=(status.operator, password))

    def record_refresh(self, *, full: bool, error: str = "") -> None:
        """A refresh of the mirror ended: its time, or the error it ended with."""
        now = self._clock()
        with self._db.write() as s:
            row = s.get(OtLink, LINK_ID)
            if row is None:
                return
            if error:
                row.last_error, row.last_error_at = error[:2000], now
                return
            row.last_refresh_at = now
            if full:
                row.last_full_refresh_at = now
            row.last_error, row.last_error_at = "", None

    # ------------------------------------------------------------ connect

    def connect(self, base_url: str, instance_key: str, operator: str, password: str | None,
                secret: str | None = None, language: str = "en") -> LinkStatus:
        """Check the credentials on the instance, then link this database to it (audited).

        Connecting again to the same instance (URL and key) updates the credentials; there an
        empty password or secret keeps the stored one (the Settings page never shows them back)."""
        require(self._actor, Permission.KEYS)
        url = normalise_url(base_url)
        key = _one_word(instance_key, "instance key")
        login = _one_word(operator, "operator")
        current = self.status()
        same = current is not None and (current.base_url, current.instance_key) == (url, key)
        password = (password or "").rstrip("\r\n")
        if not password.strip() and same:
            password = self._secrets.get(PASSWORD_SECRET) or ""
        password = _one_word(password, "password", strip=False)
        secret = (secret or "").strip() or None
        if secret is None and same and current is not None and current.has_secret:
            secret = self._secrets.get(INSTANCE_SECRET) or None
        language = (language or "en").strip()
        if not (2 <= len(language) <= 5) or not language.replace("-", "").replace("_", "").isalpha():
            raise InvalidInput(f"Language {language!r}: a language code such as en or ru.")
        self._check_local(url, key)  # before the network: a refusal costs nothing

        # The network, outside any transaction.
        try:
            client = LinkClient(url, key, secret=secret, language=language, operator=(login, password))
            with client:
                client.session("operator")
                result = client.result("GetOrderLineStatusList")
                items = result.get("Content") if isinstance(result, dict) else None
                if not isinstance(items, list):
                    raise client.not_ot("GetOrderLineStatusList", "no Result/Content list of statuses")
                table = codes.status_table(i for i in items if isinstance(i, dict))
                total = _total(client.result("SearchOrders", {"framePosition": "0", "frameSize": "1"}))
        except Exception as exc:
            error = explained(exc, base_url=url, instance_key=key, operator=login)
            log.info("OT mode: connecting to %s failed: %s", url, error)
            raise error from exc
        if not table:
            raise OtMalformedAnswer(f"OT Box at {url} lists no line status this workstation knows "
                                    "(GetOrderLineStatusList); it cannot be mirrored.", "url")

        # The secrets first, as the connection settings do: a locked keyring refuses before
        # anything is written (the network check above has proved them right).
        self._secrets.set(PASSWORD_SECRET, password)
        if secret is not None:
            self._secrets.set(INSTANCE_SECRET, secret)
        else:
            self._secrets.delete(INSTANCE_SECRET)
        now = self._clock()
        with self._db.write() as s:
            row = s.get(OtLink, LINK_ID)
            old = _audit_view(row)
            removed, tokens = (0, []) if row is not None else self._remove_demo(s, url, key)
            if row is not None and (row.base_url, row.instance_key) != (url, key):
                if s.scalar(select(Order.id).limit(1)) is not None:  # a refresh came in meanwhile
                    raise InvalidInput(f"This workstation now mirrors {row.base_url}: disconnect first.")
                # another instance, with no mirror of it: its sessions are not this one's
                s.execute(delete(OtMirrorOrder))
                s.execute(delete(ProviderSession))
            if row is None:
                row = OtLink(id=LINK_ID, base_url=url, instance_key=key, connected_at=now)
                s.add(row)
            row.base_url, row.instance_key, row.operator = url, key, login
            row.has_secret, row.language = secret is not None, language
            row.status_table = json.dumps({str(k): v for k, v in sorted(table.items())})
            row.connected_at, row.connected_by = now, self._actor.user
            row.last_error, row.last_error_at = "", None
            new = _audit_view(row)
            new["password"] = "(set)"
            if secret is not None:
                new["secret"] = "(set)"
            if removed:
                new["removed_demo_orders"] = removed
            audit(s, self._actor, CONNECT_ACTION, "ot_link", LINK_ID, old, new, now)
            s.flush()
            result = _status(s, row)
        for name in tokens:  # the demo sessions' tokens, once their rows are gone
            self._secrets.delete(name)
        log.info("OT mode: connected to %s (key %s, operator %s); %d orders listed there%s", url, _short(key),
                 login, total or 0, f"; {removed} demo orders removed here" if removed else "")
        return dataclasses.replace(result, platform_orders=total, removed_demo_orders=removed)

    def _check_local(self, url: str, key: str) -> None:
        """Refuse before the network: another instance while a mirror exists, or local orders."""
        with self._db.read() as s:
            row = s.get(OtLink, LINK_ID)
            if row is not None:
                if (row.base_url, row.instance_key) == (url, key):
                    return
                mirrored = s.scalar(select(func.count()).select_from(Order)) or 0
                if mirrored or self._unsent(s) or self._open_remote(s):
                    raise InvalidInput(
                        f"This workstation mirrors another OT Box instance ({row.base_url}, key "
                        f"{_short(row.instance_key)}): disconnect first (workstation-cli otapi disconnect), "
                        "then connect to the new one.")
                return
            own = _own_orders(s)
            if own:
                raise InvalidInput(
                    f"This database holds {own} order{'s' if own != 1 else ''} of its own; a station in OT mode "
                    "keeps only the instance's orders. Use a data directory of its own for OT mode "
                    "(workstation-cli --data-dir DIR otapi connect …, or start the workstation with --data-dir DIR).")
            if _own_sessions(s):
                raise InvalidInput(
                    "This database has marketplace accounts logged in of its own; in OT mode the provider "
                    "sessions are the instance's. Use a data directory of its own for OT mode (--data-dir DIR).")

    def _remove_demo(self, s: Session, url: str, key: str) -> tuple[int, list[str]]:
        """In the connect transaction: check again that only untouched demo data is here, then
        remove it. (count of orders removed, secret names of the demo sessions' tokens)."""
        own = _own_orders(s)
        if own or _own_sessions(s):
            raise InvalidInput(f"This database now holds {own} order(s) or accounts of its own; use a data "
                               "directory of its own for OT mode (--data-dir DIR).")
        orders = list(s.scalars(select(Order.id)))
        tokens = [token_secret_name(p, a) for p, a in s.execute(select(ProviderSession.provider,
                                                                 ProviderSession.account))]
        if orders:
            lines = select(OrderLine.id).where(OrderLine.order_id.in_(orders))
            pos = select(OrderLine.provider_order_id).where(OrderLine.order_id.in_(orders),
                                                            OrderLine.provider_order_id.is_not(None))
            s.execute(delete(LineStatusChange).where(LineStatusChange.line_id.in_(lines)))
            po_ids = [i for i in s.scalars(pos)]
            s.execute(delete(OrderLine).where(OrderLine.order_id.in_(orders)))
            if po_ids:
                s.execute(delete(ProviderOrder).where(ProviderOrder.id.in_(po_ids)))
            s.execute(delete(Order).where(Order.id.in_(orders)))
        s.execute(delete(ProviderOrder).where(ProviderOrder.client_ref.like(DEMO_REF_PREFIX + "%")))
        s.execute(delete(ProviderSession))
        if orders:
            log.info("OT mode: %d demo orders removed before connecting to %s", len(orders), url)
        return len(orders), tokens

    # ------------------------------------------------------------ disconnect

    def disconnect(self, *, discard_unsent: bool = False) -> None:
        """Remove the mirror, the link and its secrets: the station is back in local mode."""
        require(self._actor, Permission.KEYS)
        now = self._clock()
        with self._db.write() as s:
            row = s.get(OtLink, LINK_ID)
            if row is None:
                raise InvalidInput("This workstation is not connected to an OT Box instance.")
            unsent, open_remote = self._unsent(s), self._open_remote(s)
            if (unsent or open_remote) and not discard_unsent:
                parts = []
                if unsent:
                    parts.append(f"{unsent} warehouse change{'s' if unsent != 1 else ''} not yet accepted by the "
                                 "platform")
                if open_remote:
                    parts.append(f"{open_remote} activit{'ies' if open_remote != 1 else 'y'} still running on the "
                                 "platform")
                raise InvalidInput(f"Not disconnected: {' and '.join(parts)}. Let them finish (or send them), or "
                                   "disconnect with --discard-unsent to drop them.")
            old = _audit_view(row)
            counts = _remove_mirror(s, now)
            s.delete(row)
            audit(s, self._actor, DISCONNECT_ACTION, "ot_link", LINK_ID, old,
                  {"discarded_unsent": unsent, "open_remote_activities": open_remote, **counts}, now)
        self._secrets.delete(PASSWORD_SECRET)
        self._secrets.delete(INSTANCE_SECRET)
        log.info("OT mode: disconnected from %s; mirror removed (%s)", old.get("base_url"),
                 ", ".join(f"{k} {v}" for k, v in counts.items()))

    @staticmethod
    def _unsent(s: Session) -> int:
        return int(s.scalar(select(func.count()).select_from(OtOutboxEntry)
                            .where(OtOutboxEntry.state.in_(UNSENT_STATES))) or 0)

    @staticmethod
    def _open_remote(s: Session) -> int:
        return int(s.scalar(select(func.count()).select_from(OtRemoteActivity)
                            .join(Activity, Activity.id == OtRemoteActivity.activity_id)
                            .where(Activity.state.not_in(DONE_STATES))) or 0)

    @staticmethod
    def _not_connected() -> OtLinkError:
        return OtLinkError("This workstation is not connected to an OT Box instance (workstation-cli otapi "
                           "connect, or Settings → Order source).", "url")


# ---------------------------------------------------------------- helpers

def _status(s: Session, row: OtLink) -> LinkStatus:
    outbox = {state: int(n) for state, n in s.execute(
        select(OtOutboxEntry.state, func.count()).group_by(OtOutboxEntry.state))}
    return LinkStatus(
        base_url=row.base_url, instance_key=row.instance_key, operator=row.operator,
        has_secret=bool(row.has_secret), language=row.language, connected_at=row.connected_at,
        connected_by=row.connected_by, last_refresh_at=row.last_refresh_at,
        last_full_refresh_at=row.last_full_refresh_at, last_error=row.last_error or "",
        last_error_at=row.last_error_at,
        mirrored_orders=int(s.scalar(select(func.count()).select_from(Order)) or 0),
        mirrored_lines=int(s.scalar(select(func.count()).select_from(OrderLine)) or 0), outbox=outbox)


def _audit_view(row: OtLink | None) -> dict[str, Any]:
    if row is None:
        return {}
    return {"base_url": row.base_url, "instance_key": row.instance_key, "operator": row.operator,
            "has_secret": bool(row.has_secret), "language": row.language}


def _total(result: Any) -> int | None:
    try:
        return int(str((result or {}).get("TotalCount", "")).strip())
    except (ValueError, AttributeError):
        return None


def _own_orders(s: Session) -> int:
    """How many orders are not untouched demo data: any order at all once an activity ran; else
    an order with a receipt, a parcel, a status change or provider order not the demo's, an
    audit row, an alarm, a matched scan or a payment."""
    total = int(s.scalar(select(func.count()).select_from(Order)) or 0)
    if not total:
        return 0
    if s.scalar(select(Activity.id).limit(1)) is not None:
        return total
    foreign_pos = s.scalar(select(ProviderOrder.id).where(
        (ProviderOrder.client_ref.is_(None)) | ProviderOrder.client_ref.not_like(DEMO_REF_PREFIX + "%")).limit(1))
    if foreign_pos is not None:
        return total
    line_order = select(OrderLine.order_id).distinct()
    touched: set[str] = set()
    for query in (
        line_order.join(LineStatusChange, LineStatusChange.line_id == OrderLine.id)
        .where(LineStatusChange.source != DEMO_SOURCE),
        line_order.join(Receipt, Receipt.line_id == OrderLine.id),
        line_order.join(ParcelLine, ParcelLine.line_id == OrderLine.id),
        line_order.join(Alarm, Alarm.line_id == OrderLine.id),
        line_order.join(UnmatchedScan, UnmatchedScan.matched_line_id == OrderLine.id),
        line_order.join(AuditEntry, (AuditEntry.entity == "order_line")
                        & (AuditEntry.entity_id == cast(OrderLine.id, String))),
        select(AuditEntry.entity_id).where(AuditEntry.entity == "order").distinct(),
        select(Parcel.order_id).distinct(),
        select(CustomerTransaction.order_id).where(CustomerTransaction.order_id.is_not(None)).distinct(),
    ):
        touched.update(s.scalars(query))
    if not touched:
        return 0
    ids = list(touched)
    return sum(int(s.scalar(select(func.count()).select_from(Order).where(Order.id.in_(ids[i:i + 500]))) or 0)
               for i in range(0, len(ids), 500))


def _own_sessions(s: Session) -> bool:
    accounts: Iterable[str] = s.scalars(select(ProviderSession.account))
    return any(a not in DEMO_ACCOUNTS for a in accounts)


def _remove_mirror(s: Session, now: datetime) -> dict[str, int]:
    """Delete the mirror and the warehouse's records of it (they refer to its lines), in the
    caller's transaction; the counts for the audit."""
    counts = {"orders": int(s.scalar(select(func.count()).select_from(Order)) or 0),
              "lines": int(s.scalar(select(func.count()).select_from(OrderLine)) or 0)}
    followed = select(OtRemoteActivity.activity_id)
    s.execute(update(Activity).where(Activity.id.in_(followed), Activity.state.not_in(DONE_STATES))
              .values(state=ABORTED, finished_at=now, owner=None, lease_until=None))
    s.execute(delete(OtRemoteActivity))
    s.execute(delete(OtOutboxEntry))
    s.execute(delete(OtMirrorOrder))
    s.execute(delete(ParcelLine))
    counts["parcels"] = _deleted(s, Parcel)
    counts["receipts"] = _deleted(s, Receipt)
    s.execute(update(UnmatchedScan).where(UnmatchedScan.matched_line_id.is_not(None)).values(matched_line_id=None))
    s.execute(update(Alarm).where(Alarm.line_id.is_not(None) | Alarm.provider_order_id.is_not(None))
              .values(line_id=None, provider_order_id=None))
    s.execute(delete(LineStatusChange))
    s.execute(delete(OrderLine))
    s.execute(delete(ProviderOrder))
    s.execute(delete(CustomerTransaction).where(CustomerTransaction.order_id.is_not(None)))
    s.execute(delete(Order))
    counts["sessions"] = _deleted(s, ProviderSession)
    return counts


def _deleted(s: Session, model: Any) -> int:
    """Delete every row of `model`; how many there were."""
    return int(getattr(s.execute(delete(model)), "rowcount", 0) or 0)
