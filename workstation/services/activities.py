"""Activities: long operations that survive restarts and stop to ask a person.

An activity's handler `run(ctx)` is replayed from the top each time it is resumed: what it
already did is in the database, answers are stored under stable question keys, and log
steps carry stable keys so a replay logs nothing twice. `ctx.ask` raises `Suspend` when no
answer is stored yet. Modelled on the OT background activity (Id, Type, IsFinished,
IsCancelled, IsAwaitingAction, ProgressPercent, Steps with Actions and NamedParameters).
"""

from __future__ import annotations

import builtins
import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.domain.messages import Message
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.store.database import Database
from workstation.store.models import Activity, ActivityAnswer, ActivityStep
from workstation.store.rows import affected

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

QUEUED, RUNNING, WAITING = "queued", "running", "waiting"
FINISHED, FINISHED_WITH_ERRORS, FAILED, ABORTED = "finished", "finished_with_errors", "failed", "aborted"
OPEN_STATES = (QUEUED, RUNNING, WAITING)
DONE_STATES = (FINISHED, FINISHED_WITH_ERRORS, FAILED, ABORTED)

OT_TYPES = {
    "booking": "ProviderOrdersIntegrationExporting",
    "sync": "ProviderOrdersIntegrationSynchronizing",
    "binding": "ProviderOrdersIntegrationLinking",
    "unbinding": "ProviderOrdersIntegrationUnlinking",
}
CANCEL_ACTION = "Cancel"
KEY_LENGTH = 200  # ActivityStep.step_key, ActivityStep/ActivityAnswer.question_key: String(200)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Suspend(Exception):  # a control-flow signal, not an error
    """The activity waits for an operator's answer."""


class Abort(Exception):
    """The operator chose to abort, or cancelled the activity."""


class Stopped(Exception):  # a control-flow signal, not an error
    """This process is quitting: the activity stops at a safe point and goes back to the queue."""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class StepInfo:
    type: str  # information / warning / error / question
    message: str  # English; `message_key` and `message_params` render it in another language
    time_from_start: int
    line_id: int | None
    question_key: str | None = None
    choices: tuple[Choice, ...] = ()
    answer: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    message_key: str | None = None  # domain/messages.py; None: `message` is all there is
    message_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    kind: str
    ot_type: str
    provider: str
    account: str
    description: str
    state: str
    is_finished: bool
    is_cancelled: bool
    is_awaiting_action: bool
    progress_percent: int
    found_lines: int
    found_provider_orders: int
    created_at: datetime
    finished_at: datetime | None
    params: dict[str, Any]
    steps: tuple[StepInfo, ...] = ()
    actions: tuple[Choice, ...] = ()
    description_key: str | None = None  # as StepInfo.message_key, for `description`
    description_params: dict[str, Any] = field(default_factory=dict)

    @property
    def pending_question(self) -> StepInfo | None:
        pending = [s for s in self.steps if s.type == "question" and s.answer is None]
        return pending[-1] if pending else None

    @property
    def errors(self) -> list[StepInfo]:
        return [s for s in self.steps if s.type == "error"]


class Context:
    """What a handler sees while it runs. Every call writes through at once (crash-safe)."""

    def __init__(self, service: ActivityService, activity: ActivityInfo,
                 should_stop: Callable[[], bool] | None = None):
        self._service = service
        self._should_stop = should_stop  # the caller is quitting (ActivityService.run)
        self.activity = activity
        self.id = activity.id
        self.params = activity.params
        self.answers = service.answers(activity.id)  # question key -> choice, as stored

    def ask(self, key: str, message: Message | str, choices: Sequence[Choice], *, line_id: int | None = None,
            details: dict[str, Any] | None = None) -> str:
        """The stored answer to question `key`, or Suspend after recording the question."""
        stored = fit_key(key)  # answers are stored under the key as it fits its column
        if stored in self.answers:
            return self.answers[stored]
        self._service._log(self.id, "question", message, key=f"q:{key}", line_id=line_id,
                           question_key=key, choices=choices, details=details)
        raise Suspend(key)

    def info(self, message: Message | str, *, key: str | None = None, line_id: int | None = None) -> None:
        self._service._log(self.id, "information", message, key=key, line_id=line_id)

    def warning(self, message: Message | str, *, key: str | None = None, line_id: int | None = None) -> None:
        self._service._log(self.id, "warning", message, key=key, line_id=line_id)

    def error(self, message: Message | str, *, key: str | None = None, line_id: int | None = None) -> None:
        self._service._log(self.id, "error", message, key=key, line_id=line_id)

    def progress(self, *, found_lines: int | None = None, found_provider_orders: int | None = None,
                 percent: int | None = None) -> None:
        self._service._progress(self.id, found_lines, found_provider_orders, percent)

    def check_cancelled(self) -> None:
        """Raise Abort when the operator cancelled; handlers call it between units of work."""
        if self._service.is_cancelled(self.id):
            raise Abort(msg.REASON_CANCELLED())
        if self._should_stop is not None and self._should_stop():
            raise Stopped()  # the same safe point: what is done is recorded, the rest replays


class Handler(Protocol):
    def run(self, ctx: Context) -> None: ...


class ActivityService:
    """Creating, claiming, running, answering and cancelling activities. No Qt; thread-safe."""

    def __init__(self, db: Database, handlers: dict[str, Handler], *, owner: str = "workstation",
                 clock: Clock = utcnow, lease_seconds: int = 120):
        self._db = db
        self._handlers = handlers
        self.owner = owner
        self._clock = clock
        self._lease = timedelta(seconds=lease_seconds)

    # ------------------------------------------------------------ create / read

    def create(self, kind: str, provider: str, account: str, params: dict[str, Any],
               description: Message | str = "", created_by: str = "") -> str:
        if kind not in self._handlers:
            raise InvalidInput(f"unknown activity kind {kind!r}")
        activity_id = str(uuid.uuid4())
        now = self._clock()
        description_key, description_params = msg.key_and_params(description)
        self._db.transaction(lambda s: s.add(Activity(
            id=activity_id, kind=kind, provider=provider, account=account, description=msg.english_of(description),
            description_key=description_key, description_params=description_params, state=QUEUED, params_json=json.dumps(params), created_at=now, created_by=created_by)))
        return activity_id

    def get(self, activity_id: str) -> ActivityInfo:
        with self._db.read() as s:
            activity = s.get(Activity, activity_id)
            if activity is None:
                raise NotFoundError(f"Activity {activity_id!r} does not exist.")
            steps = s.scalars(select(ActivityStep).where(ActivityStep.activity_id == activity_id)
                              .order_by(ActivityStep.id)).all()
            answers = dict(s.execute(select(ActivityAnswer.question_key, ActivityAnswer.choice)
                                     .where(ActivityAnswer.activity_id == activity_id)).all())
            return _info(activity, steps, answers)

    def list(self, *, states: Sequence[str] = (), kind: str = "", account: str = "",
             limit: int = 200) -> list[ActivityInfo]:
        with self._db.read() as s:
            query = select(Activity).order_by(Activity.created_at.desc()).limit(limit)
            if states:
                query = query.where(Activity.state.in_(states))
            if kind:
                query = query.where(Activity.kind == kind)
            if account:
                query = query.where(Activity.account == account)
            return [_info(a, (), {}) for a in s.scalars(query)]

    def watch(self, activity_id: str, watched: bool) -> None:
        """A window shows the activity (or stopped showing it): handlers that follow work done
        elsewhere (OT mode's remote activities) look more often while someone watches. In
        memory only; handlers without `watch` ignore it."""
        for handler in {id(h): h for h in self._handlers.values()}.values():
            watch = getattr(handler, "watch", None)
            if watch is not None:
                watch(activity_id, watched)

    def answers(self, activity_id: str) -> dict[str, str]:
        with self._db.read() as s:
            return dict(s.execute(select(ActivityAnswer.question_key, ActivityAnswer.choice)
                                  .where(ActivityAnswer.activity_id == activity_id)).all())

    def is_cancelled(self, activity_id: str) -> bool:
        with self._db.read() as s:
            return bool(s.scalar(select(Activity.is_cancelled).where(Activity.id == activity_id)))

    # ------------------------------------------------------------ operator actions

    def answer(self, activity_id: str, choice: str, answered_by: str = "") -> ActivityInfo:
        """Store the answer to the pending question and queue the activity to go on."""
        info = self.get(activity_id)
        question = info.pending_question
        if info.state != WAITING or question is None:
            raise InvalidInput(f"Activity {activity_id} is not waiting for an answer (it is {info.state}).")
        allowed = [c.id for c in question.choices]
        if choice not in allowed:
            raise InvalidInput(f"{choice!r} is not a choice of this question; choose one of: {', '.join(allowed)}.")
        now = self._clock()

        def store(s: Session) -> None:
            s.add(ActivityAnswer(activity_id=activity_id, question_key=question.question_key,
                                 choice=choice, answered_by=answered_by, answered_at=now))
            s.execute(update(Activity).where(Activity.id == activity_id, Activity.state == WAITING)
                      .values(state=QUEUED))

        self._db.transaction(store)
        return self.get(activity_id)

    def cancel(self, activity_id: str) -> ActivityInfo:
        """Cancel: a queued or waiting activity stops at once; a running one at its next check."""
        info = self.get(activity_id)
        if info.is_finished:
            raise InvalidInput(f"Activity {activity_id} has already ended ({info.state}).")
        now = self._clock()

        def mark(s: Session) -> None:
            s.execute(update(Activity).where(Activity.id == activity_id).values(is_cancelled=True))
            s.execute(update(Activity).where(Activity.id == activity_id, Activity.state.in_((QUEUED, WAITING)))
                      .values(state=ABORTED, finished_at=now, owner=None, lease_until=None))

        self._db.transaction(mark)
        self._log(activity_id, "warning", msg.CANCELLED(), key="cancelled")
        after = self.get(activity_id)
        ended = getattr(self._handlers.get(info.kind), "ended", None)
        if after.is_finished and ended is not None:
            ended(activity_id)  # the handler puts what it left half-way back (a line waiting for a price)
        return after

    # ------------------------------------------------------------ running

    def abort_restored(self, reason: Message | str) -> int:
        """After a database restore: every activity the backup held as queued or running ends
        aborted. Running them again would repeat work done after the backup was taken (a
        booking that finished since would buy again under a new reference). How many."""
        now = self._clock()

        def mark(s: Session) -> list[str]:
            ids = list(s.scalars(select(Activity.id).where(Activity.state.in_((QUEUED, RUNNING)))))
            if ids:
                s.execute(update(Activity).where(Activity.id.in_(ids))
                          .values(state=ABORTED, finished_at=now, owner=None, lease_until=None, is_cancelled=True))
            return ids

        ids = self._db.transaction(mark)
        for activity_id in ids:
            self._log(activity_id, "warning", reason, key="restored")
        return len(ids)

    def claim(self, activity_id: str) -> bool:
        """Compare-and-set to running for this owner (works on SQLite and PostgreSQL alike)."""
        now = self._clock()
        return self._db.transaction(lambda s: affected(
            s, update(Activity)
            .where(Activity.id == activity_id, Activity.is_cancelled.is_(False),
                   (Activity.state == QUEUED)
                   | ((Activity.state == RUNNING) & (Activity.lease_until < now)))
            .values(state=RUNNING, owner=self.owner, lease_until=now + self._lease, started_at=now)
        ) == 1)

    def run(self, activity_id: str, *, should_stop: Callable[[], bool] | None = None) -> ActivityInfo:
        """Run the activity until it finishes or waits for a person; returns its state. When
        `should_stop()` turns true (the caller is quitting), it stops at its next safe point
        (`Context.check_cancelled`) and goes back to the queue: the next start resumes it."""
        if not self.claim(activity_id):
            info = self.get(activity_id)
            if info.state == RUNNING:
                raise UserFacingError(f"Activity {activity_id} is already running elsewhere.")
            return info
        info = self.get(activity_id)
        ctx = Context(self, info, should_stop)
        heartbeat = _LeaseHeartbeat(self, activity_id)
        try:
            heartbeat.start()
            try:
                self._handlers[info.kind].run(ctx)
            finally:
                heartbeat.stop()
        except Suspend:
            self._set_state(activity_id, WAITING)
        except Stopped:
            self._log_quietly(activity_id, "information", msg.STOPPED(),
                              key=f"stopped:{self._clock().isoformat()}")
            self._set_state(activity_id, QUEUED)
        except Abort as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
            self._log_quietly(activity_id, "warning", msg.ABORTED(reason=reason), key="aborted")
            self._set_state(activity_id, ABORTED, finished=True)
        except UserFacingError as exc:
            self._log_quietly(activity_id, "error", str(exc), key=f"failed:{exc}")
            self._set_state(activity_id, FAILED, finished=True)
        except Exception as exc:
            log.exception("activity %s (%s) failed", activity_id, info.kind)
            self._log_quietly(activity_id, "error", msg.CRASHED(error=f"{type(exc).__name__}: {exc}"),
                              key=f"crash:{type(exc).__name__}:{exc}")
            self._set_state(activity_id, FAILED, finished=True)
        else:
            errors = self.get(activity_id).errors
            self._set_state(activity_id, FINISHED_WITH_ERRORS if errors else FINISHED, finished=True)
        return self.get(activity_id)

    def results(self, infos: Sequence[ActivityInfo],
                is_alive: Callable[[str], bool] | None = None) -> dict[str, Any]:
        """What each activity came to so far, by id (activity_results.ActivityResult)."""
        from workstation.services import activity_results  # it builds on this module

        return activity_results.summarise(self._db, infos, self._clock(), is_alive)

    def resumable(self) -> builtins.list[str]:
        """Activities to drive now: queued ones, and running ones whose lease ran out (a crash)."""
        now = self._clock()
        with self._db.read() as s:
            return list(s.scalars(
                select(Activity.id).where(
                    Activity.is_cancelled.is_(False),
                    (Activity.state == QUEUED) | ((Activity.state == RUNNING) & (Activity.lease_until < now)))
                .order_by(Activity.created_at)))

    def requeue_dead(self, is_alive: Callable[[str], bool]) -> int:
        """After a crash: running activities whose owner process is gone go back to the queue
        at once, instead of waiting for their lease to run out."""
        now = self._clock()
        with self._db.read() as s:
            running = s.execute(select(Activity.id, Activity.owner, Activity.is_cancelled, Activity.kind,
                                       Activity.lease_until < now).where(Activity.state == RUNNING)).all()
        dead = [r[0] for r in running if r[1] and not is_alive(r[1]) and not r[2]]
        # Cancelled while its process was dying (or after): nobody will run it again, so it ends
        # here, and its handler puts back what it left half-way, as a cancel of a waiting one does.
        stopped = [(r[0], r[3]) for r in running if r[2] and ((r[1] and not is_alive(r[1])) or r[4])]
        for activity_id, kind in stopped:
            def abort(s: Session, a: str = activity_id) -> bool:
                return affected(s, update(Activity).where(Activity.id == a, Activity.state == RUNNING)
                                .values(state=ABORTED, finished_at=now, owner=None, lease_until=None)) == 1

            ended = self._db.transaction(abort)
            if ended:
                self._log_quietly(activity_id, "warning", msg.CANCELLED_STOPPED(),
                                  key="cancelled-stopped")
                handler = self._handlers.get(kind)
                # at start-up, before the window: a handler whose `ended` calls the network
                # (OT mode) leaves it to its background round instead (`ended_at_start`)
                hook = getattr(handler, "ended_at_start", None) or getattr(handler, "ended", None)
                if hook is not None:
                    hook(activity_id)
        if not dead:
            return 0
        with self._db.write() as s:
            return affected(s, update(Activity).where(Activity.id.in_(dead), Activity.state == RUNNING)
                            .values(state=QUEUED, owner=None, lease_until=None))

    def purge(self, retention: timedelta) -> int:
        """Delete finished activities older than `retention`; running and waiting ones never."""
        cutoff = self._clock() - retention
        with self._db.write() as s:
            return affected(s, delete(Activity).where(Activity.state.in_(DONE_STATES),
                                                      Activity.finished_at < cutoff))

    # ------------------------------------------------------------ later news

    def note(self, activity_id: str, type_: str, message: Message | str, *, key: str, line_id: int | None = None) -> None:
        """Log a step on an activity from outside its run (reconciliation found its order later).
        An error on an activity that ended well turns it into finished with errors."""
        with self._db.read() as s:
            state = s.scalar(select(Activity.state).where(Activity.id == activity_id))
        if state is None:
            raise NotFoundError(f"Activity {activity_id!r} does not exist.")
        self._log(activity_id, type_, message, key=key, line_id=line_id)
        if type_ == "error" and state == FINISHED:
            with self._db.write() as s:
                s.execute(update(Activity).where(Activity.id == activity_id, Activity.state == FINISHED)
                          .values(state=FINISHED_WITH_ERRORS))

    def settle_question(self, activity_id: str, question_key: str, choice: str, *, by: str) -> bool:
        """A question that events answered (an unknown order was found): record the answer and let a
        waiting activity go on. False when the question was never asked or is answered already."""
        with self._db.write() as s:
            asked = s.scalar(select(ActivityStep.id).where(ActivityStep.activity_id == activity_id,
                                                           ActivityStep.question_key == question_key))
            answered = s.scalar(select(ActivityAnswer.id).where(ActivityAnswer.activity_id == activity_id,
                                                                ActivityAnswer.question_key == question_key))
            if asked is None or answered is not None:
                return False
            s.add(ActivityAnswer(activity_id=activity_id, question_key=question_key, choice=choice,
                                 answered_by=by, answered_at=self._clock()))
            s.execute(update(Activity).where(Activity.id == activity_id, Activity.state == WAITING)
                      .values(state=QUEUED))
            return True

    # ------------------------------------------------------------ internals

    def _set_state(self, activity_id: str, state: str, *, finished: bool = False) -> None:
        values: dict[str, Any] = {"state": state, "owner": None, "lease_until": None}
        if finished:
            values["finished_at"] = self._clock()
            values["progress_percent"] = 100
        self._db.transaction(
            lambda s: s.execute(update(Activity).where(Activity.id == activity_id).values(**values)))

    def _progress(self, activity_id: str, lines: int | None, orders: int | None, percent: int | None) -> None:
        values: dict[str, Any] = {"lease_until": self._clock() + self._lease}
        if lines is not None:
            values["found_lines"] = lines
        if orders is not None:
            values["found_provider_orders"] = orders
        if percent is not None:
            values["progress_percent"] = max(0, min(100, percent))
        self._db.transaction(
            lambda s: s.execute(update(Activity).where(Activity.id == activity_id).values(**values)))

    def _log(self, activity_id: str, type_: str, message: Message | str, *, key: str | None = None,
             line_id: int | None = None, question_key: str | None = None,
             choices: Sequence[Choice] = (), details: dict[str, Any] | None = None) -> None:
        # Caller keys may embed messages: fit them to their columns, deterministically (a
        # replay makes the same key, so it still logs the step once).
        message_key, message_params = msg.key_and_params(message)
        message = msg.english_of(message)
        step_key = fit_key(key or f"{type_}:{line_id}:{message}")
        question_key = fit_key(question_key) if question_key is not None else None
        now = self._clock()

        def add(s: Session) -> None:
            exists = s.scalar(select(ActivityStep.id).where(ActivityStep.activity_id == activity_id,
                                                            ActivityStep.step_key == step_key))
            if exists:
                return
            started = s.scalar(select(Activity.created_at).where(Activity.id == activity_id)) or now
            s.add(ActivityStep(
                activity_id=activity_id, type=type_, step_key=step_key, message=message,
                message_key=message_key, message_params=message_params,
                time_from_start=int((now - started).total_seconds()), question_key=question_key,
                choices_json=json.dumps([{"id": c.id, "label": c.label} for c in choices], ensure_ascii=False),
                line_id=line_id, details_json=json.dumps(details or {}, ensure_ascii=False, default=str),
                created_at=now))

        self._db.transaction(add)

    def _log_quietly(self, activity_id: str, type_: str, message: Message | str, *, key: str) -> None:
        """_log for the end of `run`: a failure to log must not keep the state write from
        happening (the activity would stay `running` until its lease ran out)."""
        try:
            self._log(activity_id, type_, message, key=key)
        except Exception:
            log.exception("activity %s: could not log %r; setting its state anyway", activity_id, message)

    def _renew_lease(self, activity_id: str) -> bool:
        """Compare-and-set: push lease_until on while this owner still runs the activity."""
        until = self._clock() + self._lease
        return self._db.transaction(lambda s: affected(
            s, update(Activity)
            .where(Activity.id == activity_id, Activity.owner == self.owner, Activity.state == RUNNING)
            .values(lease_until=until)) == 1)


def fit_key(key: str, limit: int = KEY_LENGTH) -> str:
    """`key` itself when it fits `limit` characters; else a readable prefix, "~" and the first
    16 hex digits of the sha256 of the whole key: exactly `limit` long, the same every time."""
    if len(key) <= limit:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{key[:limit - len(digest) - 1]}~{digest}"


class _LeaseHeartbeat:
    """Renews a running activity's lease from a daemon thread every lease/3 seconds, so that
    no other process claims it while its handler is alive but inside a long network call.

    It runs its own write transactions on its own thread (Database.write's nested-write guard
    is per thread, so the handler's writes and these never meet). The renewal is a
    compare-and-set on owner and state RUNNING: once the activity has left RUNNING, or was
    taken over, nothing is renewed and the heartbeat ends. `stop()` ends and joins it.
    """

    def __init__(self, service: ActivityService, activity_id: str):
        self._service = service
        self._activity_id = activity_id
        self._interval = max(service._lease.total_seconds() / 3, 0.05)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True,
                                        name=f"activity-lease-{activity_id[:8]}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            # a renewal in flight finishes within the database's own timeouts; one that came
            # late cannot matter (its compare-and-set needs the activity still RUNNING here)
            self._thread.join(timeout=max(self._service._lease.total_seconds(), 30.0))
            if self._thread.is_alive():
                log.warning("activity %s: lease heartbeat did not stop in time", self._activity_id)

    def _beat(self) -> None:
        while not self._stopped.wait(self._interval):
            try:
                if not self._service._renew_lease(self._activity_id):
                    log.warning("activity %s is no longer running for %s; lease heartbeat ends",
                                self._activity_id, self._service.owner)
                    return
            except Exception:
                # the next beat tries again; the lease still has two beats' worth of time
                log.exception("activity %s: renewing the lease failed", self._activity_id)


def _info(a: Activity, steps: Sequence[ActivityStep], answers: dict[str, str]) -> ActivityInfo:
    step_infos = tuple(
        StepInfo(type=st.type, message=st.message, time_from_start=st.time_from_start, line_id=st.line_id,
                 question_key=st.question_key,
                 choices=tuple(Choice(c["id"], c["label"]) for c in json.loads(st.choices_json)),
                 answer=answers.get(st.question_key) if st.question_key else None,
                 details=json.loads(st.details_json), message_key=st.message_key,
                 message_params=msg.params_from_json(st.message_params))
        for st in steps)
    finished = a.state in DONE_STATES
    return ActivityInfo(
        id=a.id, kind=a.kind, ot_type=OT_TYPES.get(a.kind, a.kind), provider=a.provider, account=a.account,
        description=a.description, state=a.state, is_finished=finished, is_cancelled=a.is_cancelled,
        is_awaiting_action=a.state == WAITING, progress_percent=a.progress_percent,
        found_lines=a.found_lines, found_provider_orders=a.found_provider_orders,
        created_at=a.created_at, finished_at=a.finished_at, params=json.loads(a.params_json),
        steps=step_infos, actions=() if finished else (Choice(CANCEL_ACTION, "Cancel"),),
        description_key=a.description_key, description_params=msg.params_from_json(a.description_params))
