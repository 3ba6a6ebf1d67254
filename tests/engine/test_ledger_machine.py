"""The booking ledger as a state machine (docs/reliability.md T5).

Hypothesis drives the real services (BookingHandler, Reconciler, SyncHandler, binding and
unbinding, the ledger) on a real SQLite database with a fake clock and an in-memory fake
marketplace. The fake answers a create normally, or commits the order but shows it only k
ticks later, or loses the answer (order made, TransportError with an unknown outcome), or
answers 5xx before doing anything, or refuses; the sender may die before or after the
marketplace committed. People answer questions, give orders up, link and bind them.

After every step:
- each line is in at most one live marketplace order of the fake's ledger, unless a person
  released it ("no order was created") while its order existed (then, at the end, a
  "duplicate" alarm must name the line);
- no create is ever sent twice for one reference;
- a claimed line's intent is open or created; a line "outcome unknown" has an open intent,
  and an unknown intent's lines are all "outcome unknown";
- a created intent names the fake order carrying its reference, and that order holds its lines;
- a free, bookable line is in no live marketplace order unless a person released it;
- an intent is never called absent while the marketplace holds its order;
- every intent state is one of ledger.STATES, every state change seen on the ORM is in
  ledger.TRANSITIONS, and each step's before/after is a path through that table.
At the end of each run the provider is ticked past every delay and reconciliation runs with
settle 0 until nothing is open: every unknown must have been resolved by a look-up, a
synchronisation or a person, and every marketplace order is linked to its intent.

WORKSTATION_MACHINE_STEPS sets the total number of steps (default 1000: the gate; `make soak`
runs 10 000).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import event, select

from workstation.config import Config
from workstation.core import Core, assemble, open_database
from workstation.domain import statuses as ls
from workstation.domain.barcodes import line_label, order_id
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    Offer,
    OrderPreview,
    OrderRequest,
    ProviderKind,
    ProviderOrder,
    ProviderOrderLine,
    Token,
    TransportError,
    ValidationFailed,
)
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.errors import InvalidInput
from workstation.services.purchase import ledger
from workstation.services.purchase.service import NeedsConfirmation
from workstation.services.secrets import MemorySecretStore
from workstation.store.models import Alarm, Order, OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

TOTAL_STEPS = int(os.environ.get("WORKSTATION_MACHINE_STEPS", "1000"))
STEPS_PER_RUN = 50
PROVIDER, ACCOUNT = "1688", "machine-buyer"
SELLERS = ("S1", "S2", "S3")
START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TICK = timedelta(seconds=60)  # one provider tick is one minute of the fake clock
MAX_LAG = 5  # ticks a late order may stay invisible
SETTLE_SECONDS = 600  # > MAX_LAG ticks: the system alone never calls a late order absent
MAX_ORDERS = 5  # customer orders per run
DEAD_STATUS = "cancel"

CREATE_KINDS = (
    "ok",  # created, answered, visible
    "ok_slow_visible",  # created and answered, but look-ups and lists show it k ticks later
    "late",  # 502 now, committed so that it shows k ticks later
    "lost",  # created, the answer lost: TransportError(outcome_unknown=True)
    "garbled",  # created, the answer unreadable: MalformedResponse
    "5xx",  # 502 before anything was done: nothing created, outcome unknown to the client
    "not_sent",  # connection refused: nothing created, known not sent
    "refused",  # the platform refuses: ValidationFailed
    "limit",  # BookingLimitReached
    "auth",  # AuthExpired: the session is refreshed and the booking goes on
    "crash_before",  # the sender dies while sending, before the platform got it
    "crash_after",  # the platform committed, the sender dies before hearing back
    "crash_after_late",  # the same, and the order shows only k ticks later
)
LOOKUP_KINDS = ("ok", "ok", "ok", "fail", "crash")


class Crash(BaseException):
    """The process dies here: not an Exception, so nothing in the engine catches it."""


class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class FakeOrder:
    order_id: str
    client_ref: str | None
    seller_id: str
    lines: list[tuple[str, int, Decimal]]  # item id, quantity, unit price
    created_at: datetime
    visible_at: int  # the tick from which look-ups and lists show it
    status: str = "waitbuyerpay"
    modified_at: datetime | None = None

    @property
    def live(self) -> bool:
        return self.status != DEAD_STATUS

    def dto(self) -> ProviderOrder:
        goods = sum((price * qty for _item, qty, price in self.lines), Decimal("0.00"))
        delivery = Decimal("5.00")
        return ProviderOrder(
            order_id=self.order_id, client_ref=self.client_ref, status=self.status, seller_id=self.seller_id,
            goods_amount=goods, delivery_amount=delivery, total_amount=goods + delivery,
            lines=tuple(ProviderOrderLine(f"{self.order_id}-{n}", item, None, f"item {item}", qty, price,
                                          price * qty, self.status)
                        for n, (item, qty, price) in enumerate(self.lines, start=1)),
            created_at=self.created_at, modified_at=self.modified_at or self.created_at, account=ACCOUNT)


class FakeMarket:
    """The marketplace in memory: its ledger of orders, scripted create and look-up faults."""

    kind = ProviderKind.ALIBABA1688

    def __init__(self, clock: FakeClock):
        self.clock = clock
        self.tick_no = 0
        self.orders: list[FakeOrder] = []
        self.offers: dict[str, Offer] = {}
        self.create_script: deque[tuple[str, int]] = deque()
        self.lookup_script: deque[str] = deque()
        self.sends: Counter[str] = Counter()  # create calls per reference
        self.kinds: Counter[str] = Counter()
        self._next = 0

    # ------------------------------------------------------------ the test's side

    def tick(self, n: int) -> None:
        self.tick_no += n
        for order in self.orders:
            if order.modified_at is None and order.visible_at <= self.tick_no:
                order.modified_at = self.clock()  # it shows now: lists see it as modified now

    def visible(self) -> list[FakeOrder]:
        return [o for o in self.orders if o.visible_at <= self.tick_no]

    def by_ref(self, ref: str | None) -> list[FakeOrder]:
        return [o for o in self.orders if ref and o.client_ref == ref]

    def max_lag(self) -> int:
        return max([o.visible_at - self.tick_no for o in self.orders] + [0])

    def live_orders_of(self, item_id: str) -> list[FakeOrder]:
        return [o for o in self.orders if o.live and any(i == item_id for i, _q, _p in o.lines)]

    # ------------------------------------------------------------ the Provider protocol

    def login_url(self, redirect_uri: str, state: str) -> str:
        return "about:blank"

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        raise NotImplementedError

    def refresh(self, token: Token) -> Token:
        return Token(f"{token.access_token}+", token.refresh_token, self.clock() + timedelta(days=365), None,
                     token.account)

    def get_offer(self, token: Token, item_id: str) -> Offer:
        offer = self.offers.get(item_id)
        if offer is None:
            raise NotFound(f"no item {item_id}")
        return offer

    def preview_order(self, token: Token, request: OrderRequest) -> OrderPreview:
        raise NotImplementedError

    def create_order(self, token: Token, request: OrderRequest) -> ProviderOrder:
        kind, lag = self.create_script.popleft() if self.create_script else ("ok", 0)
        self.sends[request.client_ref] += 1
        self.kinds[kind] += 1
        if kind == "crash_before":
            raise Crash()
        if kind == "5xx":
            raise TransportError("HTTP 502 Bad Gateway", outcome_unknown=True)
        if kind == "not_sent":
            raise TransportError("connection refused", outcome_unknown=False)
        if kind == "refused":
            raise ValidationFailed("卖家不支持该地址")
        if kind == "limit":
            raise BookingLimitReached("今日下单数量已达上限")
        if kind == "auth":
            raise AuthExpired("access token expired")
        self._next += 1
        order = FakeOrder(str(900_000 + self._next), request.client_ref, request.seller_id,
                          [(line.item_id, line.quantity, self.offers[line.item_id].price) for line in request.lines],
                          self.clock(), self.tick_no + (lag if kind in ("ok_slow_visible", "late",
                                                                       "crash_after_late") else 0))
        if order.visible_at <= self.tick_no:
            order.modified_at = order.created_at
        self.orders.append(order)
        if kind in ("ok", "ok_slow_visible"):
            return order.dto()
        if kind in ("late", "lost"):
            raise TransportError("read timeout", outcome_unknown=True)
        if kind == "garbled":
            raise MalformedResponse("truncated JSON")
        raise Crash()  # crash_after, crash_after_late

    def _lookup_fault(self) -> None:
        kind = self.lookup_script.popleft() if self.lookup_script else "ok"
        if kind == "fail":
            raise TransportError("HTTP 503", outcome_unknown=True)
        if kind == "crash":
            raise Crash()

    def get_order(self, token: Token, order_id: str) -> ProviderOrder:
        self._lookup_fault()
        for order in self.visible():
            if order.order_id == order_id:
                return order.dto()
        raise NotFound(f"no order {order_id}")

    def find_by_reference(self, token: Token, client_ref: str) -> ProviderOrder | None:
        self._lookup_fault()
        found = [o for o in self.visible() if o.client_ref == client_ref]
        return found[0].dto() if found else None

    def list_orders_modified(self, token: Token, since: datetime, until: datetime | None = None) -> list[ProviderOrder]:
        self._lookup_fault()
        return [o.dto() for o in self.visible()
                if o.modified_at is not None and o.modified_at >= since and (until is None or o.modified_at <= until)]

    def waybills(self, token: Token, order_id: str) -> list:  # type: ignore[type-arg]
        return []


# ---------------------------------------------------------------- the database

_TEMPLATE: dict[str, Path] = {}


def _scratch() -> str | None:
    """Where the runs' databases go: memory-backed when the machine has it (fsync is not what
    this test is about), else the usual temporary directory. WORKSTATION_MACHINE_TMP overrides."""
    chosen = os.environ.get("WORKSTATION_MACHINE_TMP")
    if chosen:
        return chosen
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _template() -> Path:
    """One migrated SQLite file per test session; each run starts from a copy."""
    if "path" not in _TEMPLATE:
        directory = Path(tempfile.mkdtemp(prefix="ws-machine-template-", dir=_scratch()))
        path = directory / "template.sqlite3"
        db = open_database(Config(directory, f"sqlite:///{path}"))
        db.dispose()
        atexit.register(shutil.rmtree, directory, True)
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


def _copy_db(target: Path) -> None:
    src, dst = sqlite3.connect(_template()), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


# ---------------------------------------------------------------- strategies

creates = st.lists(st.tuples(st.sampled_from(CREATE_KINDS), st.integers(1, MAX_LAG)), max_size=3)
lookups = st.lists(st.sampled_from(LOOKUP_KINDS), max_size=3)

STATS: Counter[str] = Counter()
_closure: set[tuple[str | None, str]] = set()


def reachable(old: str | None, new: str) -> bool:
    """Is `new` reachable from `old` through ledger.TRANSITIONS (a step may make several moves)?"""
    if not _closure:
        edges = set(ledger.TRANSITIONS)
        nodes: list[str | None] = [None, *ledger.STATES]
        for a in nodes:
            seen, todo = set(), [a]
            while todo:
                x = todo.pop()
                for (f, t) in edges:
                    if f == x and t not in seen:
                        seen.add(t)
                        todo.append(t)
            _closure.update((a, t) for t in seen)
    return old == new or (old, new) in _closure


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="ws-machine-", dir=_scratch()))
        path = self.dir / "workstation.sqlite3"
        _copy_db(path)
        self.clock = FakeClock(START)
        self.fake = FakeMarket(self.clock)
        config = Config(self.dir, f"sqlite:///{path}")
        self.core: Core = assemble(config, open_database(config), secrets=MemorySecretStore(),
                                   sandbox_url="http://127.0.0.1:9", clock=self.clock)
        assert self.core.reconciler is not None
        self.reconciler = self.core.reconciler
        self.reconciler.d.connector = lambda provider: self.fake  # every handler shares these deps
        self.core.sessions.store(PROVIDER, Token("t0", "r0", START + timedelta(days=365), None, ACCOUNT))
        self.core.settings.add_warehouse(PROVIDER, is_default=True, **DEMO_WAREHOUSE)
        self.settle = SETTLE_SECONDS
        self.core.settings.set(PROVIDER, "unknown_settle_seconds", self.settle)
        self.token = self.core.sessions.token(PROVIDER, ACCOUNT)
        self.customer_orders: list[str] = []
        self.item_of: dict[int, str] = {}  # line id -> its (unique) item id
        self.price_cust: dict[str, Decimal] = {}
        self.at_risk: set[int] = set()  # lines a person released while their order existed
        self.snapshot: dict[int, str] = {}
        self.moves: list[tuple[int | None, str | None, str]] = []
        self.number = 0
        self.started = False  # invariants run once before the first rule too
        self._views: dict[str, object] = {}  # what the preconditions read, once per step
        event.listen(PO.state, "set", self._on_state, active_history=True)

    def _on_state(self, target: PO, value: str, oldvalue: object, initiator: object) -> None:
        old = oldvalue if isinstance(oldvalue, str) else None  # NO_VALUE: a new intent
        if old != value:
            self.moves.append((target.id, old, value))

    def teardown(self) -> None:
        try:
            self._drain_and_check()
        finally:
            self.close()

    def close(self) -> None:
        event.remove(PO.state, "set", self._on_state)
        self.core.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # ------------------------------------------------------------ helpers

    def _run(self, activity_id: str, script=(), looks=()) -> str:  # type: ignore[no-untyped-def]
        """Run an activity in "this process"; a Crash is the process dying (it stays running)."""
        self.fake.create_script, self.fake.lookup_script = deque(script), deque(looks)
        try:
            return self.core.activities.run(activity_id).state
        except Crash:
            STATS["crashes"] += 1
            return "crashed"
        finally:
            self.fake.create_script.clear()
            self.fake.lookup_script.clear()

    def _view(self, name: str, make):  # type: ignore[no-untyped-def]
        if name not in self._views:
            self._views[name] = make()
        return self._views[name]

    def _intents(self) -> list[PO]:
        def make() -> list[PO]:
            with self.core.db.read() as s:
                return list(s.scalars(select(PO).order_by(PO.id)))
        return self._view("intents", make)

    def _open(self) -> list[PO]:
        return [po for po in self._intents() if po.state in ledger.OPEN]

    def _activities(self, state: str) -> list:  # type: ignore[type-arg]
        return self._view(f"activities:{state}", lambda: self.core.activities.list(states=[state]))

    def _waiting(self) -> list:  # type: ignore[type-arg]
        def make() -> list:  # type: ignore[type-arg]
            infos = [self.core.activities.get(a.id) for a in self._activities("waiting")]
            return [info for info in infos if info.pending_question is not None]
        return self._view("waiting", make)

    def _unfinished(self) -> list:  # type: ignore[type-arg]
        return [a for state in ("queued", "waiting", "running") for a in self._activities(state)
                if not a.is_cancelled]

    def _bound_orders(self) -> list[str]:
        def make() -> list[str]:
            with self.core.db.read() as s:
                return sorted(set(s.scalars(select(OrderLine.order_id).where(OrderLine.provider_order_id.is_not(None)))))
        return self._view("bound", make)

    def _linkable(self) -> list[tuple[PO, FakeOrder]]:
        visible = {o.client_ref: o for o in self.fake.visible() if o.client_ref}
        return [(po, visible[po.client_ref]) for po in self._intents()
                if po.state != ledger.CREATED and po.client_ref in visible]

    def _customer_order_of(self, po: PO) -> str:
        line_id = ledger.intent_lines(po)[0].line
        with self.core.db.read() as s:
            return s.scalar(select(OrderLine.order_id).where(OrderLine.id == line_id))

    def _resume(self, script=(), looks=()) -> None:  # type: ignore[no-untyped-def]
        """What a restart does (`workstation-cli resume`): dead activities back to the queue, run
        everything resumable, then one reconciliation round."""
        self.core.activities.requeue_dead(lambda owner: False)
        for activity_id in self.core.activities.resumable():
            if self._run(activity_id, list(script), list(looks)) == "crashed":
                return  # this process died too
        self.fake.lookup_script = deque(looks)
        try:
            self.reconciler.run()
        except Crash:
            STATS["crashes"] += 1
        finally:
            self.fake.lookup_script.clear()

    def _book(self, oid: str, script, looks) -> None:  # type: ignore[no-untyped-def]
        try:
            activity_id = self.core.purchase.start_booking(oid, ACCOUNT)
        except InvalidInput:
            STATS["book refused: nothing ready"] += 1
            return
        STATS[f"booking {self._run(activity_id, script, looks)}"] += 1

    # ------------------------------------------------------------ rules

    @initialize(orders=st.lists(st.lists(st.sampled_from(SELLERS), min_size=1, max_size=3), min_size=1, max_size=2))
    def first_orders(self, orders: list[list[str]]) -> None:
        for sellers in orders:
            self.add_order(sellers, 1)

    @precondition(lambda self: len(self.customer_orders) < MAX_ORDERS)
    @rule(sellers=st.lists(st.sampled_from(SELLERS), min_size=1, max_size=3), qty=st.integers(1, 3))
    def add_order(self, sellers: list[str], qty: int) -> None:
        STATS["rule add_order"] += 1
        self.number += 1
        oid = order_id(self.number)
        now = self.clock()
        with self.core.db.write() as s:
            s.add(Order(id=oid, provider=PROVIDER, customer_id="C-1", customer_name="Machine Customer",
                        goods_amount=Decimal("0.00"), delivery_amount=Decimal("0.00"),
                        paid_amount=Decimal("100.00"), is_paid=True, created_at=now, updated_at=now))
            s.flush()
            added = []
            for n, seller in enumerate(sellers, start=1):
                item = f"IT{self.number:03d}{n}"
                price = Decimal("10.00") + n
                line = OrderLine(order_id=oid, line_num=n, label=line_label(self.number, n), provider=PROVIDER,
                                 item_id=item, config_id=None, title_orig=f"商品 {item}", title=f"item {item}",
                                 seller_id=seller, seller_nick=f"nick-{seller}", qty=qty, price_cust=price,
                                 delivery_cust=Decimal("5.00"), status=ls.READY, status_changed_at=now)
                s.add(line)
                added.append(line)
                self.price_cust[item] = price
                self.fake.offers[item] = Offer(item, f"商品 {item}", seller, f"nick-{seller}", price, None, 1000,
                                               False, True)
            s.flush()
            for line in added:
                self.item_of[line.id] = line.item_id
        self.customer_orders.append(oid)

    @rule(data=st.data(), script=creates, looks=lookups)
    def book(self, data: st.DataObject, script: list[tuple[str, int]], looks: list[str]) -> None:
        """Book an order (again: a second click books what is left, or is refused)."""
        STATS["rule book"] += 1
        self._book(data.draw(st.sampled_from(self.customer_orders), label="order"), script, looks)

    @rule(script=creates)
    def book_everything(self, script: list[tuple[str, int]]) -> None:
        """Book every order, one after the other, the faults spread over their creates."""
        STATS["rule book_everything"] += 1
        for oid in self.customer_orders:
            self._book(oid, script[:1], ())
            script = script[1:]

    @rule(script=creates, looks=lookups)
    def restart(self, script: list[tuple[str, int]], looks: list[str]) -> None:
        STATS["rule restart"] += 1
        self._resume(script, looks)

    @rule(n=st.integers(1, 12))
    def tick(self, n: int) -> None:
        STATS["rule tick"] += 1
        self.clock.now += TICK * n
        self.fake.tick(n)

    @rule(force=st.booleans(), looks=lookups)
    def reconcile(self, force: bool, looks: list[str]) -> None:
        STATS["rule reconcile"] += 1
        self.fake.lookup_script = deque(looks)
        try:
            report = self.reconciler.run(force=force)
        except Crash:
            STATS["crashes"] += 1
            return
        finally:
            self.fake.lookup_script.clear()
        STATS["reconciliation linked"] += len(report.linked)
        STATS["reconciliation absent"] += len(report.absent)

    @precondition(lambda self: self._waiting())
    @rule(data=st.data(), script=creates, looks=lookups)
    def answer(self, data: st.DataObject, script: list[tuple[str, int]], looks: list[str]) -> None:
        """A person answers a waiting activity's question (keep / no order; confirm / skip ...)."""
        STATS["rule answer"] += 1
        info = data.draw(st.sampled_from(self._waiting()), label="activity")
        question = info.pending_question
        choice = data.draw(st.sampled_from([c.id for c in question.choices]), label="choice")
        self.core.activities.answer(info.id, choice, "machine-person")
        STATS[f"answered {question.question_key.split(':')[0]}:{choice}"] += 1
        self._run(info.id, script, looks)

    @precondition(lambda self: self._open())
    @rule(data=st.data())
    def give_up(self, data: st.DataObject) -> None:
        """`workstation-cli intents give-up REF`: a person says no order was created."""
        STATS["rule give_up"] += 1
        po = data.draw(st.sampled_from(self._open()), label="intent")
        try:
            self.reconciler.give_up(po.client_ref)
        except InvalidInput as exc:
            assert po.state == ledger.SUBMITTING and "being sent" in str(exc), exc
            STATS["give up refused: being sent"] += 1
            return
        STATS["given up"] += 1

    @precondition(lambda self: self._linkable())
    @rule(data=st.data(), bind=st.booleans())
    def link(self, data: st.DataObject, bind: bool) -> None:
        """A person finds the order on the marketplace: link it to its intent, or bind it."""
        STATS["rule link"] += 1
        po, order = data.draw(st.sampled_from(self._linkable()), label="intent")
        if bind:
            activity_id = self.core.purchase.start_bind(self._customer_order_of(po), order.order_id, ACCOUNT)
            STATS[f"bind {self._run(activity_id)}"] += 1
            return
        self.reconciler.link(po.client_ref, order.order_id, self.fake, self.token)
        STATS["linked by a person"] += 1

    @rule(looks=lookups)
    def sync(self, looks: list[str]) -> None:
        STATS["rule sync"] += 1
        STATS[f"sync {self._run(self.core.purchase.start_sync(ACCOUNT), looks=looks)}"] += 1

    @precondition(lambda self: self._unfinished())
    @rule(data=st.data())
    def cancel_activity(self, data: st.DataObject) -> None:
        """A person cancels an activity: queued or waiting, or left running by a dead process."""
        STATS["rule cancel_activity"] += 1
        info = data.draw(st.sampled_from(self._unfinished()), label="activity")
        STATS[f"cancelled {info.kind} {info.state} -> {self.core.activities.cancel(info.id).state}"] += 1

    @rule(data=st.data(), cancel=st.booleans(), up=st.booleans())
    def marketplace(self, data: st.DataObject, cancel: bool, up: bool) -> None:
        """The marketplace moves: an order is cancelled there, or a seller changes a price
        (above the rule a booking asks to confirm it)."""
        STATS["rule marketplace"] += 1
        live = [o for o in self.fake.visible() if o.live]
        if cancel and live:
            order = data.draw(st.sampled_from(live), label="order")
            order.status, order.modified_at = DEAD_STATUS, self.clock()
            STATS["cancelled on the marketplace"] += 1
            return
        item = data.draw(st.sampled_from(sorted(self.fake.offers)), label="item")
        price = (self.price_cust[item] * (Decimal("1.5") if up else 1)).quantize(Decimal("0.01"))
        offer = self.fake.offers[item]
        self.fake.offers[item] = Offer(offer.item_id, offer.title, offer.seller_id, offer.seller_nick, price, None,
                                       offer.stock, False, True)

    @precondition(lambda self: self._bound_orders())
    @rule(data=st.data())
    def unbind(self, data: st.DataObject) -> None:
        """Unbinding is refused while any chosen line's intent is open, and frees no open claim."""
        STATS["rule unbind"] += 1
        oid = data.draw(st.sampled_from(self._bound_orders()), label="order")
        with self.core.db.read() as s:
            claimed = {li.id: li.provider_order_id for li in s.scalars(
                select(OrderLine).where(OrderLine.order_id == oid, OrderLine.provider_order_id.is_not(None)))}
            states = {po.id: po.state for po in s.scalars(select(PO).where(PO.id.in_(set(claimed.values()))))}
        pending = {line for line, po in claimed.items() if states[po] in ledger.OPEN}
        try:
            activity_id = self.core.purchase.start_unbind(oid, ACCOUNT)
        except NeedsConfirmation:
            STATS["unbind refused: order lives"] += 1
            return
        except InvalidInput as exc:
            assert pending and "no outcome yet" in str(exc), exc
            STATS["unbind refused: intent open"] += 1
            return
        assert not pending, f"unbind of {oid} accepted while lines {pending} have open intents"
        STATS[f"unbind {self._run(activity_id)}"] += 1

    # ------------------------------------------------------------ invariants

    @invariant()
    def the_ledger_holds(self) -> None:
        STATS["steps"] += self.started
        self.started = True
        self._views.clear()  # the step changed things: the preconditions read afresh
        self._check(final=False)

    def _check(self, *, final: bool) -> None:
        self._views.clear()
        with self.core.db.read() as s:
            pos = {po.id: po for po in s.scalars(select(PO))}
            lines = list(s.scalars(select(OrderLine)))
            alarms = list(s.scalars(select(Alarm)))
        moves, self.moves = self.moves, []
        # Transitions: each ORM write is in the table; each step's before -> after is a path in it.
        for po_id, old, new in moves:
            assert (old, new) in ledger.TRANSITIONS, f"intent {po_id}: {old} -> {new} is not in TRANSITIONS"
            STATS[f"move {old}->{new}"] += 1
            if new == ledger.GIVEN_UP and po_id in pos:
                po = pos[po_id]
                if any(o.live for o in self.fake.by_ref(po.client_ref)):
                    # a person said "no order" while the marketplace held it: the lines may be
                    # bought again, and the alarm must catch it once the order shows
                    self.at_risk.update(il.line for il in ledger.intent_lines(po))
                    STATS["person wrong about an order"] += 1
            if new == ledger.ABSENT and po_id in pos:
                po = pos[po_id]
                waited = self.clock() - po.created_at.replace(tzinfo=UTC)
                assert po.checks >= ledger.MIN_CLEAN_LOOKUPS and waited >= timedelta(seconds=self.settle), (
                    f"intent {po.client_ref} absent after {po.checks} clean look-up(s) and {waited}")
                held = self.fake.by_ref(pos[po_id].client_ref)
                assert not held, (f"intent {pos[po_id].client_ref} called absent while the marketplace "
                                  f"holds {[o.order_id for o in held]}")
        for po_id, state in self.snapshot.items():
            assert po_id in pos, f"intent {po_id} ({state}) vanished"
        for po in pos.values():
            assert po.state in ledger.STATES, f"intent {po.id} in unknown state {po.state!r}"
            before = self.snapshot.get(po.id)
            assert reachable(before, po.state), f"intent {po.client_ref}: {before} -> {po.state} in one step"
        self.snapshot = {po.id: po.state for po in pos.values()}
        # Never sent twice under one reference.
        resent = {ref: n for ref, n in self.fake.sends.items() if n > 1}
        assert not resent, f"create sent more than once for {resent}"
        duplicate_alarm = {a.line_id for a in alarms if a.kind == "duplicate" and a.line_id is not None}
        for line in lines:
            item = self.item_of.get(line.id)
            live = self.fake.live_orders_of(item) if item else []
            if len(live) > 1:
                assert line.id in self.at_risk or line.id in duplicate_alarm, (
                    f"line {line.id} is in {len(live)} live marketplace orders {[o.order_id for o in live]} "
                    "and no person released it")
                if final:
                    assert line.id in duplicate_alarm, (
                        f"line {line.id} bought twice ({[o.order_id for o in live]}) and no duplicate alarm")
            po = pos.get(line.provider_order_id) if line.provider_order_id else None
            if line.provider_order_id is not None:
                assert po is not None and po.state in (*ledger.OPEN, ledger.CREATED), (
                    f"line {line.id} claimed by intent {line.provider_order_id} in state {po and po.state}")
            if line.status == ls.OUTCOME_UNKNOWN:
                assert po is not None and po.state in ledger.OPEN, (
                    f"line {line.id} outcome unknown without an open intent ({po and po.state})")
            if po is not None and po.state == ledger.UNKNOWN:
                assert line.status == ls.OUTCOME_UNKNOWN, f"line {line.id} of unknown {po.client_ref}: {line.status}"
            if po is not None and po.state == ledger.CREATED and po.client_ref:
                held = [o for o in self.fake.by_ref(po.client_ref) if o.order_id == po.external_id]
                assert held, f"intent {po.client_ref} created as {po.external_id}, which the marketplace lacks"
                assert any(i == item for i, _q, _p in held[0].lines), (
                    f"line {line.id} booked in {po.external_id}, which does not hold item {item}")
            if line.provider_order_id is None and line.status in ledger.BOOKABLE and live:
                assert line.id in self.at_risk, (
                    f"line {line.id} is free to book but in live marketplace order(s) "
                    f"{[o.order_id for o in live]}: released by the system")

    # ------------------------------------------------------------ the end

    def _drain_and_check(self) -> None:
        """Tick past every delay, then reconcile with settle 0 until nothing is open."""
        lag = self.fake.max_lag()
        self.clock.now += TICK * (lag + 3)  # past the delays and the activity leases
        self.fake.tick(lag + 3)
        self.settle = 0
        self.core.settings.set(PROVIDER, "unknown_settle_seconds", self.settle)
        for _round in range(ledger.MIN_CLEAN_LOOKUPS + 8):
            self._resume()
            self._run(self.core.purchase.start_sync(ACCOUNT))
            self.reconciler.run(force=True)
            self._check(final=False)  # (reads afresh)
            if not self._open() and not self.core.activities.resumable():
                break
            self.clock.now += TICK
        open_ = self._open()
        assert not open_, f"left open after draining: {[(po.client_ref, po.state, po.checks) for po in open_]}"
        assert not self.core.activities.resumable()
        assert self.core.activities.list(states=["running"]) == []
        # Nothing stays queued, a cancelled activity of a dead process included (it is aborted).
        stuck = self.core.activities.list(states=["queued"])
        assert stuck == [], f"activities left queued: {[(a.kind, a.id, a.is_cancelled) for a in stuck]}"
        by_ref = {po.client_ref: po for po in self._intents() if po.client_ref}
        for info in self._waiting():
            # No booking still asks about an order that was settled (found, absent or given up).
            key = info.pending_question.question_key
            assert not key.startswith("unknown:"), f"{info.id} still asks {key}"
        for order in self.fake.orders:
            po = by_ref.get(order.client_ref)
            assert po is not None and po.state == ledger.CREATED, (
                f"marketplace order {order.order_id} ({order.client_ref}) not linked: {po and po.state}")
        with self.core.db.read() as s:
            assert not s.scalars(select(OrderLine).where(OrderLine.status == ls.OUTCOME_UNKNOWN)).all()
        self._check(final=True)
        STATS["runs"] += 1
        STATS["duplicate alarms"] += len([a for a in self._alarms() if a.kind == "duplicate"])

    def _alarms(self) -> list[Alarm]:
        with self.core.db.read() as s:
            return list(s.scalars(select(Alarm)))


def test_the_booking_ledger_as_a_state_machine() -> None:
    """docs/reliability.md T5: 0 invariant violations over WORKSTATION_MACHINE_STEPS generated steps."""
    STATS.clear()
    started = time.monotonic()
    per_run = min(STEPS_PER_RUN, TOTAL_STEPS)
    while STATS["steps"] < TOTAL_STEPS:
        left = TOTAL_STEPS - STATS["steps"]
        run_state_machine_as_test(LedgerMachine, settings=settings(
            max_examples=max(1, -(-left // per_run)), stateful_step_count=per_run, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], print_blob=True))
    elapsed = time.monotonic() - started
    interesting = {k: v for k, v in sorted(STATS.items())}
    print(f"\nledger machine: {STATS['steps']} steps in {STATS['runs']} runs, {elapsed:.0f} s; {interesting}")
    assert STATS["steps"] >= TOTAL_STEPS


def test_cancelling_an_activity_of_a_dead_process_ends_it() -> None:
    machine = LedgerMachine()
    try:
        machine.add_order(["S1"], 1)
        machine._book(machine.customer_orders[0], [("crash_before", 0)], ())  # the process dies sending
        (activity,) = machine.core.activities.list(kind="booking")
        assert activity.state == "running"
        machine.core.activities.cancel(activity.id)  # a person cancels it from another window
        machine._resume()  # the next start: dead activities go back to the queue and run
        machine.reconciler.run(force=True)
        assert machine.core.activities.get(activity.id).state == "aborted"
    finally:
        machine.close()


def test_giving_an_order_up_settles_the_question_its_booking_asks() -> None:
    machine = LedgerMachine()
    try:
        machine.add_order(["S1"], 1)
        machine._book(machine.customer_orders[0], [("5xx", 0)], ())  # no clear answer: asked about it
        (waiting,) = machine._waiting()
        key = waiting.pending_question.question_key
        assert key.startswith("unknown:")
        machine.reconciler.give_up(key.split(":", 1)[1])  # a person decides from the intents list
        info = machine.core.activities.get(waiting.id)
        assert info.state != "waiting" or info.pending_question is None, info.pending_question
    finally:
        machine.close()
