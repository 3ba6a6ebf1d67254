"""The warehouse's changes in OT mode, sent to the OT Box instance through an outbox.

Receipts, parcels and waybill corrections are made on the mirror (this station's database) at
once, so the clerk never waits on the network; each also writes an entry here **in the same
transaction** (`WarehouseOutbox`, services/platform.py), so the change and its message to the
platform are kept together or not at all. `drain` sends the entries afterwards, oldest first,
one at a time and never inside a database transaction:

| local change | OT method | what is sent |
|---|---|---|
| a receipt (`received`) | UpdateOrderLineForOperator | `StatusId` received when something arrived, and `OperatorComment` |
| a waybill correction (`purchase_info_changed`) | ChangeSalesOrderLinePurchaseInfoForOperator | the values that changed |
| a parcel (`package_formed`) | CreatePackageForOperator | `PackageCreateData` as our server reads it |

**Quantities (L, the one place this is decided).** OT's `OrderLineUpdateData` has no quantity
element (docs/otapi.md: `Quantity` is not seen in any source and our server refuses it), so the
counts of a receipt, a shortage or a surplus go to the platform as text: the line's operator
comment gets a line "Warehouse <when> (<clerk>): received 2 of 3 expected, shortage 1; waybill
…" appended (the comment is also updated on the mirror, so the next receipt appends to it and a
refresh finds the same text). The status says whether anything arrived.

**States.** `pending` (to send; `next_attempt_at` is the back-off after a network failure),
`sending` (claimed by a drain: `next_attempt_at` is the claim's end; or the answer was lost),
`sent` (`result` keeps the platform's answer: a package's id), `refused` (the platform's
ErrorCode and description in `last_error`; stays listed as "not sent" until retried or
discarded), `discarded` (a person dropped it: audited).

**Nothing is sent twice.** A request that failed before it was sent (connection refused, no
such host, the login refused) goes back to `pending`. When the outcome is unknown (a timeout or
a dropped connection after sending, a crash while `sending`, an answer that is not OT's shape):
UpdateOrderLineForOperator and ChangeSalesOrderLinePurchaseInfoForOperator are idempotent (the
same values change nothing), so they are sent again; CreatePackageForOperator is not: the entry
stays `sending`, and before it is sent again the order's packages are read
(GetSalesPackageList) and a package with the same lines and quantities (and tracking number)
that no other entry holds is adopted instead. Claims are compare-and-set on (state, attempts),
so two drains (two threads, or two stations on one database) never send one entry at once.

**An edited parcel.** Before its package is sent (pending or refused), the entry follows the
edit (its payload becomes the new version). OT has no method that changes a package, so once
it is sent (or being sent) an edit of the parcel's lines is refused (the platform would keep
the old lines), and an edit of the weight, size or tracking number stays local (the platform
keeps the first values; logged).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workstation.domain import statuses as st
from workstation.otapi import codec
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.codes import STATUS_IDS
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.services.platform import LineReceipt, PackageFormed
from workstation.store.database import Database
from workstation.store.models import OrderLine, OtOutboxEntry
from workstation.store.rows import affected

if TYPE_CHECKING:
    from workstation.otapi.client import OtapiClient

log = logging.getLogger(__name__)

LINE_UPDATE, PURCHASE_INFO, PACKAGE = "line_update", "purchase_info", "package"
METHODS = {LINE_UPDATE: "UpdateOrderLineForOperator", PURCHASE_INFO: "ChangeSalesOrderLinePurchaseInfoForOperator",
           PACKAGE: "CreatePackageForOperator"}
IDEMPOTENT = frozenset({LINE_UPDATE, PURCHASE_INFO})  # the same values again change nothing
PENDING, SENDING, SENT, REFUSED, DISCARDED = "pending", "sending", "sent", "refused", "discarded"
UNSENT = (PENDING, SENDING, REFUSED)
CLAIM = timedelta(minutes=5)  # longer than a send can take (30 s timeouts, a login, a look-up)
FIRST_BACKOFF, MAX_BACKOFF = timedelta(seconds=30), timedelta(minutes=15)
COMMENT_MAX = 4000  # characters of the operator comment kept (the newest)
# The outcome of one attempt.
DONE, REFUSAL, NOT_SENT, UNKNOWN = "done", "refused", "not_sent", "unknown"
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def backoff(attempts: int) -> timedelta:
    """How long an entry waits after its `attempts`-th failed try: 30 s, 1, 2, 4 … at most 15 min."""
    return min(FIRST_BACKOFF * (1 << min(max(attempts - 1, 0), 16)), MAX_BACKOFF)


@dataclass(frozen=True)
class OutboxRow:
    """One entry as the panel lists it. `summary` is the change in the platform's words (plain
    text, English, as it is sent); `line_ids` every line it touches."""

    id: int
    kind: str  # line_update / purchase_info / package
    method: str
    order_id: str
    line_id: int | None
    line_ids: tuple[int, ...]
    summary: str
    state: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    created_by: str
    workstation: str
    sent_at: datetime | None
    result: str

    @property
    def retryable(self) -> bool:
        """Retry applies to what waits (pending) or was refused; a `sending` one is in flight or
        its answer was lost, and the outbox looks it up by itself."""
        return self.state in (PENDING, REFUSED)


@dataclass
class DrainResult:
    sent: int = 0
    adopted: int = 0  # packages found on the platform after a lost answer, not created again
    refused: int = 0
    failed: int = 0  # not sent (network, login) or outcome unknown: tried again later
    unreachable: str = ""  # why the platform could not be reached, when it could not
    entry_ids: list[int] = field(default_factory=list)  # the entries tried


@dataclass(frozen=True)
class _Claimed:
    id: int
    kind: str
    order_id: str
    payload: dict[str, Any]
    was: str  # the state before the claim: "sending" means the last answer was lost
    attempts: int  # after the claim


@dataclass(frozen=True)
class _Outcome:
    kind: str  # DONE / REFUSAL / NOT_SENT / UNKNOWN
    text: str = ""
    result: dict[str, Any] | None = None


class OtOutbox:
    """The outbox (see the module's docstring). `link` has `.client()` (an OtapiClient with the
    stored credentials; the caller closes it) and, optionally, `.status_table()` (the instance's
    status ids). Thread-safe: one drain at a time in a process; claims guard across processes."""

    def __init__(self, db: Database, link: Any, clock: Clock = _now):
        self._db = db
        self._link = link
        self._clock = clock
        self._draining = threading.Lock()

    # ------------------------------------------------------------ WarehouseOutbox (inside the caller's transaction)

    def received(self, s: Session, actor: Actor, receipts: Sequence[LineReceipt]) -> None:
        """One UpdateOrderLineForOperator per receipt row: received when something arrived, and
        the counts in the operator comment (see "Quantities" above)."""
        now = self._clock()
        for r in receipts:
            key = f"receipt:{r.receipt_id}"
            if _queued(s, key):
                continue  # this receipt was told already
            line = s.get(OrderLine, r.line_id)
            note = receipt_note(r, actor, now)
            comment = _appended(line.operator_comment if line is not None else "", note)
            if line is not None:
                line.operator_comment = comment  # the mirror says what the platform will say
            status = st.RECEIVED if r.qty_received > 0 and r.new_status == st.RECEIVED else None
            self._queue(s, actor, now, LINE_UPDATE, key, r.order_id, r.line_id, {
                "orderId": r.order_id, "orderLineId": r.line_id, "status": status, "comment": comment,
                "line_ids": [r.line_id], "summary": note.split(": ", 1)[-1]})

    def purchase_info_changed(self, s: Session, actor: Actor, *, order_id: str, line_id: int,
                              vend_purch_id: str | None, vend_purch_waybill: str | None) -> None:
        """ChangeSalesOrderLinePurchaseInfoForOperator with the values that changed (None: left
        as it is, "": cleared), queued under the line's new version."""
        if vend_purch_id is None and vend_purch_waybill is None:
            return
        s.flush()
        line = s.get(OrderLine, line_id)
        version = line.version if line is not None else 0
        parts = [f"marketplace order {vend_purch_id or '(cleared)'}" if vend_purch_id is not None else "",
                 f"waybill {vend_purch_waybill or '(cleared)'}" if vend_purch_waybill is not None else ""]
        self._queue(s, actor, self._clock(), PURCHASE_INFO, f"purchase_info:{line_id}:v{version}", order_id, line_id, {
            "salesId": order_id, "salesLineId": line_id, "vendPurchId": vend_purch_id,
            "vendPurchWaybill": vend_purch_waybill, "line_ids": [line_id],
            "summary": "; ".join(p for p in parts if p)})

    def package_formed(self, s: Session, actor: Actor, package: PackageFormed) -> None:
        """CreatePackageForOperator for a new parcel; for an edited one, see "An edited parcel"."""
        payload = _package_payload(package)
        key = f"package:{package.parcel_id}:v{package.version}"
        earlier = s.scalars(select(OtOutboxEntry).where(
            OtOutboxEntry.kind == PACKAGE, OtOutboxEntry.dedupe_key.like(f"package:{package.parcel_id}:v%"),
            OtOutboxEntry.state != DISCARDED).order_by(OtOutboxEntry.id.desc())).first()
        if earlier is None:
            self._queue(s, actor, self._clock(), PACKAGE, key, package.order_id,
                        package.items[0].line_id if package.items else None, payload)
            return
        if earlier.dedupe_key == key:
            return  # the same version told twice
        was = json.loads(earlier.payload)
        if earlier.state in (PENDING, REFUSED):
            old = {"dedupe_key": earlier.dedupe_key, "payload": was}
            earlier.payload, earlier.dedupe_key = json.dumps(payload), key
            earlier.line_id = package.items[0].line_id if package.items else None
            audit(s, actor, "outbox.follow_edit", "ot_outbox", earlier.id, old,
                  {"dedupe_key": key, "payload": payload}, self._clock())
            return
        if was.get("items") != payload["items"]:
            what = "is being sent to" if earlier.state == SENDING else "was sent to"
            raise InvalidInput(f"Parcel P{package.parcel_id} {what} OT Box already, and OT has no way to change a "
                               "package's lines. Form a new parcel for the other goods instead.")
        log.info("OT mode: parcel P%s edited after its package was sent; the weight, size and tracking stay "
                 "local (OT has no method that changes a package)", package.parcel_id)

    def _queue(self, s: Session, actor: Actor, now: datetime, kind: str, key: str, order_id: str,
               line_id: int | None, payload: dict[str, Any]) -> None:
        if _queued(s, key):
            return  # this change is queued already
        s.add(OtOutboxEntry(kind=kind, dedupe_key=key, order_id=order_id, line_id=line_id,
                            payload=json.dumps(payload, ensure_ascii=False), state=PENDING, attempts=0,
                            next_attempt_at=None, last_error="", created_at=now, created_by=actor.user,
                            workstation=actor.workstation, sent_at=None, result=""))

    # ------------------------------------------------------------ reading

    def entries(self, states: Iterable[str] = UNSENT, *, limit: int = 500) -> list[OutboxRow]:
        """Entries in these states, oldest first."""
        with self._db.read() as s:
            rows = s.scalars(select(OtOutboxEntry).where(OtOutboxEntry.state.in_(list(states)))
                             .order_by(OtOutboxEntry.id).limit(limit))
            return [_row(e) for e in rows]

    def entry(self, entry_id: int) -> OutboxRow:
        with self._db.read() as s:
            e = s.get(OtOutboxEntry, entry_id)
            if e is None:
                raise NotFoundError(f"Outbox entry {entry_id} does not exist.")
            return _row(e)

    def counts(self) -> dict[str, int]:
        """Entries per state (every state, zeros included)."""
        with self._db.read() as s:
            found = dict(s.execute(select(OtOutboxEntry.state, func.count()).group_by(OtOutboxEntry.state)).all())
        return {state: int(found.get(state, 0)) for state in (PENDING, SENDING, SENT, REFUSED, DISCARDED)}

    def unsent_lines(self) -> set[int]:
        """Lines with a change the platform has not accepted (pending, sending, refused): the
        mirror's refresh leaves their status alone."""
        with self._db.read() as s:
            rows = s.execute(select(OtOutboxEntry.line_id, OtOutboxEntry.kind, OtOutboxEntry.payload)
                             .where(OtOutboxEntry.state.in_(UNSENT))).all()
        lines: set[int] = set()
        for line_id, kind, payload in rows:
            if line_id is not None:
                lines.add(int(line_id))
            if kind == PACKAGE:
                lines.update(int(i) for i in json.loads(payload).get("line_ids", ()))
        return lines

    # ------------------------------------------------------------ a person's actions

    def retry(self, entry_id: int, actor: Actor) -> OutboxRow:
        """Send a pending or refused entry at the next drain (now); audited."""
        with self._db.write() as s:
            e = self._get(s, entry_id)
            if e.state not in (PENDING, REFUSED):
                raise InvalidInput(_not_now(e, "retried"))
            old = {"state": e.state, "last_error": e.last_error, "next_attempt_at": e.next_attempt_at}
            e.state, e.next_attempt_at = PENDING, None
            audit(s, actor, "outbox.retry", "ot_outbox", e.id, old,
                  {"state": e.state, "kind": e.kind, "order_id": e.order_id, "line_id": e.line_id}, self._clock())
            return _row(e)

    def discard(self, entry_id: int, actor: Actor) -> OutboxRow:
        """Never send this entry (the platform keeps what it has); audited with what it was."""
        with self._db.write() as s:
            e = self._get(s, entry_id)
            if e.state not in UNSENT:
                raise InvalidInput(_not_now(e, "discarded"))
            old = {"state": e.state, "last_error": e.last_error, "kind": e.kind, "order_id": e.order_id,
                   "line_id": e.line_id, "payload": json.loads(e.payload)}
            e.state, e.next_attempt_at = DISCARDED, None
            audit(s, actor, "outbox.discard", "ot_outbox", e.id, old, {"state": DISCARDED}, self._clock())
            return _row(e)

    @staticmethod
    def _get(s: Session, entry_id: int) -> OtOutboxEntry:
        e = s.get(OtOutboxEntry, entry_id)
        if e is None:
            raise NotFoundError(f"Outbox entry {entry_id} does not exist.")
        return e

    # ------------------------------------------------------------ sending

    def drain(self, *, limit: int = 100, at_once: bool = False) -> DrainResult:
        """Send up to `limit` due entries, oldest first (see the module's docstring). The first
        time the platform cannot be reached the drain stops: the entries still due keep the
        reason and the same back-off, untried. `at_once` (a person asked: "Refresh now"): the
        pending entries go now, whatever their back-off says; a `sending` one still waits for
        its claim to run out (its answer may be on the way)."""
        if getattr(getattr(self._db, "_local", None), "writing", False):
            raise RuntimeError("OtOutbox.drain inside a write transaction: it calls the network")
        result = DrainResult()
        with self._draining:
            client: OtapiClient | None = None
            try:
                for _ in range(limit):
                    claimed = self._claim(at_once)
                    if claimed is None:
                        break
                    result.entry_ids.append(claimed.id)
                    if client is None:
                        try:
                            client = self._link.client()
                        except Exception as exc:  # noqa: BLE001 - not connected, a secret missing: said on the entry
                            outcome = _Outcome(NOT_SENT, _reason(exc, ""))
                            self._settle(claimed, outcome)
                            self._hold_due(outcome.text, claimed.attempts)
                            result.failed += 1
                            result.unreachable = outcome.text
                            break
                    outcome = self._send(client, claimed)
                    self._settle(claimed, outcome)
                    if outcome.kind == DONE:
                        result.sent += 1
                        result.adopted += bool(outcome.result and outcome.result.get("adopted"))
                    elif outcome.kind == REFUSAL:
                        result.refused += 1
                    else:
                        result.failed += 1
                        if outcome.kind == NOT_SENT:
                            result.unreachable = outcome.text
                            self._hold_due(outcome.text, claimed.attempts)
                            break
            finally:
                if client is not None:
                    client.close()
        return result

    def _claim(self, at_once: bool = False) -> _Claimed | None:
        """The oldest due entry, claimed (state sending, attempts + 1, until now + CLAIM). An
        entry waits behind an earlier unsent one of its order (a package behind its receipts)."""
        now = self._clock()
        with self._db.write() as s:
            rows = s.execute(select(OtOutboxEntry.id, OtOutboxEntry.order_id, OtOutboxEntry.state,
                                    OtOutboxEntry.attempts, OtOutboxEntry.next_attempt_at)
                             .where(OtOutboxEntry.state.in_((PENDING, SENDING))).order_by(OtOutboxEntry.id)).all()
            waiting: set[str] = set()
            for entry_id, order_id, state, attempts, due in rows:
                if order_id in waiting:
                    continue
                if due is not None and _aware(due) > now and not (at_once and state == PENDING):
                    waiting.add(order_id)
                    continue
                taken = affected(s, update(OtOutboxEntry).where(
                    OtOutboxEntry.id == entry_id, OtOutboxEntry.state == state,
                    OtOutboxEntry.attempts == attempts).values(
                    state=SENDING, attempts=attempts + 1, next_attempt_at=now + CLAIM)
                    .execution_options(synchronize_session=False))
                if not taken:
                    waiting.add(order_id)  # another drain has it
                    continue
                e = s.get(OtOutboxEntry, entry_id, populate_existing=True)
                assert e is not None
                return _Claimed(e.id, e.kind, e.order_id, json.loads(e.payload), state, attempts + 1)
        return None

    def _send(self, client: OtapiClient, c: _Claimed) -> _Outcome:
        method = METHODS[c.kind]
        try:
            if c.kind == PACKAGE:
                return self._send_package(client, c)
            client.call(method, self._params(c))
            return _Outcome(DONE, result={})
        except E.OtapiError as exc:
            return self._answered(method, exc, client.base_url)
        except httpx.TransportError as exc:
            return _Outcome(_transport_outcome(exc), _reason(exc, client.base_url))
        except Exception as exc:  # a malformed answer: logged, shown, the outcome unknown
            log.exception("OT mode: %s for outbox entry %s got an answer that is not OT's shape", method, c.id)
            return _Outcome(UNKNOWN, _reason(exc, client.base_url))

    @staticmethod
    def _answered(method: str, exc: E.OtapiError, base_url: str) -> _Outcome:
        if isinstance(exc, E.SessionExpired | E.AccessDenied | E.InstanceKeyBan):
            return _Outcome(NOT_SENT, _reason(exc, base_url))  # the login, not the change: sent once it is fixed
        if exc.code == E.INTERNAL_ERROR:
            return _Outcome(UNKNOWN, f"{method}: {exc}")
        return _Outcome(REFUSAL, f"{exc.code}: {exc.description}")

    def _params(self, c: _Claimed) -> dict[str, str]:
        p = c.payload
        if c.kind == LINE_UPDATE:
            body: dict[str, Any] = {}
            if p.get("status"):
                body["StatusId"] = self._status_id(p["status"])
            body["OperatorComment"] = p.get("comment", "")
            return {"orderId": p["orderId"], "orderLineId": str(p["orderLineId"]),
                    "xmlUpdateData": codec.fragment("OrderLineUpdateData", body)}
        if c.kind == PURCHASE_INFO:
            params = {"salesId": p["salesId"], "salesLineId": str(p["salesLineId"])}
            for name in ("vendPurchId", "vendPurchWaybill"):
                if p.get(name) is not None:
                    params[name] = p[name]
            return params
        data: dict[str, Any] = {"OrderId": p["order_id"]}
        if p.get("weight_kg"):
            data["Weight"] = p["weight_kg"]
        if p.get("tracking"):
            data["DeliveryTrackingNumber"] = p["tracking"]
        data["Items"] = codec.Items("Item", [{"OrderLineId": line, "Quantity": qty} for line, qty in p["items"]])
        return {"xmlCreateData": codec.fragment("PackageCreateData", data)}

    def _status_id(self, code: str) -> int:
        """OT's id of our status, from the instance's own table when the link has it."""
        table = getattr(self._link, "status_table", None)
        if table is not None:
            for status_id, ours in table().items():
                if ours == code:
                    return int(status_id)
        return STATUS_IDS[code]

    def _send_package(self, client: OtapiClient, c: _Claimed) -> _Outcome:
        if c.was == SENDING:  # the last answer was lost: the package may exist already
            found = self._find_package(client, c)
            if found is not None:
                log.info("OT mode: outbox entry %s: package %s found on the platform (the answer was lost); "
                         "adopted, not created again", c.id, found)
                return _Outcome(DONE, result={"package_id": found, "adopted": True})
        answer = client.call(METHODS[PACKAGE], self._params(c))
        result = answer.get("Result")
        if not isinstance(result, dict) or not str(result.get("Id", "")).strip():
            raise UserFacingError(f"CreatePackageForOperator answered without Result/Id ({str(result)[:200]!r}).")
        return _Outcome(DONE, result={"package_id": str(result["Id"]).strip()})

    def _find_package(self, client: OtapiClient, c: _Claimed) -> str | None:
        """The package of this entry on the platform: same lines and quantities (and tracking
        number, when it has one), held by no other sent entry."""
        answer = client.call("GetSalesPackageList", {"salesId": c.payload["order_id"]})
        result = answer.get("Result")
        content = result.get("Content") if isinstance(result, dict) else None
        if content is None:
            content = []  # an order without packages may answer an empty Result
        if not isinstance(content, list) or not all(isinstance(p, dict) for p in content):
            raise UserFacingError(f"GetSalesPackageList answered without a list of packages ({str(result)[:200]!r}).")
        wanted = sorted((int(line), int(qty)) for line, qty in c.payload["items"])
        with self._db.read() as s:
            taken = {json.loads(r or "{}").get("package_id") for r in s.scalars(
                select(OtOutboxEntry.result).where(OtOutboxEntry.kind == PACKAGE, OtOutboxEntry.state == SENT))}
        for package in content:
            items = package.get("Items") or []
            try:
                got = sorted((int(i["OrderLineId"]), int(i["Quantity"])) for i in items)
            except (KeyError, TypeError, ValueError):
                raise UserFacingError(f"GetSalesPackageList: package {package.get('Id')!r} has items that are "
                                      "not OrderLineId + Quantity.") from None
            tracking = str(package.get("DeliveryTrackingNumber") or "")
            package_id = str(package.get("Id", "")).strip()
            if got == wanted and package_id and package_id not in taken and (
                    not c.payload.get("tracking") or tracking == c.payload["tracking"]):
                return package_id
        return None

    def _settle(self, c: _Claimed, outcome: _Outcome) -> None:
        now = self._clock()
        if outcome.kind == DONE:
            values: dict[str, Any] = {"state": SENT, "sent_at": now, "next_attempt_at": None, "last_error": "",
                                      "result": json.dumps(outcome.result or {})}
        elif outcome.kind == REFUSAL:
            values = {"state": REFUSED, "next_attempt_at": None, "last_error": outcome.text}
        else:
            unknown = c.kind == PACKAGE and (outcome.kind == UNKNOWN or c.was == SENDING)
            text = outcome.text
            if outcome.kind == UNKNOWN:
                text += (" The answer was lost: the platform is asked whether the package exists before it is "
                         "sent again." if c.kind == PACKAGE else " The answer was lost; it is sent again "
                         "(the same values change nothing).")
            values = {"state": SENDING if unknown else PENDING, "next_attempt_at": now + backoff(c.attempts),
                      "last_error": text.strip()}
        with self._db.write() as s:
            done = affected(s, update(OtOutboxEntry).where(
                OtOutboxEntry.id == c.id, OtOutboxEntry.state == SENDING, OtOutboxEntry.attempts == c.attempts)
                .values(**values).execution_options(synchronize_session=False))
        if not done:
            log.warning("OT mode: outbox entry %s changed while it was sent (discarded?); its outcome %s: %s",
                        c.id, outcome.kind, outcome.text or outcome.result)
        elif outcome.kind != DONE:
            log.info("OT mode: outbox entry %s (%s) %s: %s", c.id, METHODS[c.kind], outcome.kind, outcome.text)

    def _hold_due(self, reason: str, attempts: int) -> None:
        """The platform is unreachable: the other due pending entries keep the reason, untried."""
        now = self._clock()
        with self._db.write() as s:
            s.execute(update(OtOutboxEntry).where(
                OtOutboxEntry.state == PENDING,
                (OtOutboxEntry.next_attempt_at.is_(None)) | (OtOutboxEntry.next_attempt_at <= now))
                .values(next_attempt_at=now + backoff(attempts), last_error=f"Not tried: {reason}")
                .execution_options(synchronize_session=False))


# ---------------------------------------------------------------- helpers

def _queued(s: Session, key: str) -> bool:
    with s.no_autoflush:
        return s.scalar(select(OtOutboxEntry.id).where(OtOutboxEntry.dedupe_key == key)) is not None


def receipt_note(r: LineReceipt, actor: Actor, when: datetime) -> str:
    """The operator comment's line for one receipt (see "Quantities")."""
    counts = f"received {r.qty_received} of {r.qty_expected} expected"
    if r.qty_received < r.qty_expected:
        counts += f", shortage {r.qty_expected - r.qty_received}"
    elif r.qty_received > r.qty_expected:
        counts += f", surplus {r.qty_received - r.qty_expected}"
    waybill = f"; waybill {r.waybill}" if r.waybill else ""
    return f"Warehouse {_aware(when):%Y-%m-%d %H:%M} UTC ({actor.user}@{actor.workstation}): {counts}{waybill}"


def _appended(comment: str, note: str) -> str:
    text = f"{comment.rstrip()}\n{note}" if comment.strip() else note
    return text[-COMMENT_MAX:]


def _package_payload(p: PackageFormed) -> dict[str, Any]:
    items = sorted((i.line_id, i.qty) for i in p.items)
    lines = len(items)
    return {"parcel_id": p.parcel_id, "version": p.version, "order_id": p.order_id, "weight_kg": p.weight_kg,
            "tracking": p.tracking, "items": [list(i) for i in items], "line_ids": [line for line, _q in items],
            "summary": f"parcel P{p.parcel_id}: {lines} line{'s' if lines != 1 else ''}, "
                       f"{sum(q for _l, q in items)} unit(s)"
                       + (f", {p.weight_kg} kg" if p.weight_kg else "") + (f", tracking {p.tracking}" if p.tracking else "")}


def _row(e: OtOutboxEntry) -> OutboxRow:
    payload = json.loads(e.payload or "{}")
    return OutboxRow(e.id, e.kind, METHODS.get(e.kind, e.kind), e.order_id, e.line_id,
                     tuple(int(i) for i in payload.get("line_ids", ())), str(payload.get("summary", "")), e.state,
                     e.attempts, e.last_error, e.next_attempt_at, e.created_at, e.created_by, e.workstation,
                     e.sent_at, e.result)


def _not_now(e: OtOutboxEntry, what: str) -> str:
    if e.state == SENDING:
        return (f"Outbox entry {e.id} is being sent, or its answer was lost; it is not {what} now (the outbox "
                "looks it up on the platform by itself).")
    return f"Outbox entry {e.id} is {e.state}; it cannot be {what}."


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _transport_outcome(exc: httpx.TransportError) -> str:
    """Failed before the request went out (nothing was done), or maybe after (unknown)."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol):
        return NOT_SENT
    return UNKNOWN


def _reason(exc: BaseException, base_url: str) -> str:
    """The clear message (naming the setting) of the link, when it can say one."""
    try:
        from workstation.services.otmode.link import explain
    except ImportError:  # pragma: no cover - the link is part of OT mode
        return str(exc) or type(exc).__name__
    try:
        return explain(exc, base_url=base_url)
    except Exception:  # noqa: BLE001 - a reason is always given, even if the explainer fails
        return str(exc) or type(exc).__name__
