"""Delegated activities: in OT mode, booking, sync, binding and unbinding run on the OT Platform.

Each local activity of those kinds (table `activities`, services/activities.py) gets a remote
handler here instead of the engine's. The handler starts the instance's own background
activity with the Run* method, then follows it with GetBackgroundActivityInfo: every remote
step is relayed into the local activity once (step keys `ot:{n}`, n counting the remote steps
from 1), its progress is copied, and a remote step that waits for a person becomes a local
question (`ctx.ask`), so the Activities pane, the activity window, the question dialog, the
CLI and restarts treat it exactly as a local one. The answer goes back with
DoStepActionForBackgroundActivity; a cancel with DoActionForBackgroundActivity (Cancel).
Nothing of the engine's rules is here: the platform decides, this side relays.

Starting is done once. Before Run* is sent, the `ot_remote_activities` row is committed in
state "starting"; after the answer, the remote id is stored and the state is "started". A
replay (a restart, a resume after a question) that finds "started" only follows. One that
finds "starting" does not know whether the Run* took effect (the program died between sending
and storing, or the network lost the answer), so it looks the activity up with
SearchBackgroundActivities (its type, started since the row was written less a clock-skew
margin, and the order id in its Description) and adopts the one found.

Inferred choices (L; OT's documents say nothing of them):

- **Not listed means not started.** When SearchBackgroundActivities answers and lists no such
  activity, the Run* did not take effect, and it is sent again. (OT creates the activity
  before it answers Run*, as this workstation's server does; a listing that misses one it made
  would make this buy twice, which is why a search that cannot be made leaves it unknown.)
  When the platform cannot be asked at all, the start stays unknown: one warning step, and the
  look-up is tried again with back-off; nothing is re-sent and nothing fails.
- **The order is found in the Description.** OT's BackgroundActivityInfo has no order field;
  its Description names the order ("Booking ORD-…"). A sync names none: type and time decide,
  and adopting another station's sync of the same moment only follows a sync that ran anyway.
- **A question's key** is the `QuestionKey` parameter of its actions when the platform gives
  one (this workstation's server does), else the step's number.
- **An answer not of OT's shape** (a proxy's error page, a missing field): logged, shown as
  an error step naming the method and what was wrong (so the activity ends finished with
  errors, never silently well), and polling goes on with back-off: a platform that answers
  properly again is followed to the end, and a person can cancel one that never does.
- **An error answer while following** (other than the activity being unknown to the
  platform, which fails the local activity): a warning step once per distinct error, polling
  goes on. A wrong password or a banned key is the link's problem, shown there; the remote
  activity keeps running meanwhile and is followed again when the link works.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.otapi import codec
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.client import OtapiClient
from workstation.otapi.codes import OT_PROVIDER
from workstation.services.activities import (
    DONE_STATES,
    OT_TYPES,
    WAITING,
    Abort,
    ActivityService,
    Choice,
    Context,
    Handler,
    fit_key,
    utcnow,
)
from workstation.services.errors import UserFacingError
from workstation.services.purchase.binding import FORCE_UNBIND, KEEP_BOUND
from workstation.store.database import Database
from workstation.store.models import Activity, OtRemoteActivity

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

KINDS = ("booking", "sync", "binding", "unbinding")
FORCE_QUESTION = "ot:force-unbind"  # the question an unbinding the platform refused asks
RUN_METHODS = {
    "booking": "RunOrderExportingToProvider",
    "sync": "RunOrdersSynchronizingWithProvider",
    "binding": "RunOrderLinkingWithProvider",
    "unbinding": "RunOrderUnlinkingFromProvider",
}
STARTING, STARTED, ENDED = "starting", "started", "ended"
CANCEL_ACTION = "Cancel"  # OT's activity-level cancel action (H: always listed)
STEP_ACTION = "DoStepAction"  # a step action answered by posting its Parameters (H: OT Box)
SETTLED_BY = "OT Box"  # who answered a question the platform moved past
SETTLED_CHOICE = "ot-box"  # the stored answer when the platform's own answer is not known

WATCHED_SECONDS = 2.0  # a window shows the activity
UNWATCHED_SECONDS = 15.0
MAX_BACKOFF_SECONDS = 60.0  # the platform unreachable, or answering in another shape
AFTER_ANSWER_SECONDS = 0.5  # read the activity again soon after answering its question
TICK_SECONDS = 0.2  # waits check for a cancel (and for quitting) this often
START_SKEW = timedelta(minutes=2)  # clock difference allowed between this station and the platform

# The platform could not be reached (or a proxy in front of it answered an HTTP error).
NETWORK_ERRORS = (httpx.TransportError, httpx.HTTPStatusError)


class Malformed(ValueError):
    """An answer that is not OT's shape: `method` and what was wrong."""

    def __init__(self, method: str, what: str):
        super().__init__(f"{method}: the answer is not OT's shape ({what})")
        self.method = method
        self.what = what


class _RemoteEnded(Abort):
    """The remote activity was cancelled or aborted on the platform: nothing to cancel there."""


class OtLink(Protocol):
    """What is used of services/otmode/link.py OtLinkService."""

    def client(self) -> OtapiClient: ...


@dataclass(frozen=True)
class RemoteAction:
    id: str
    label: str
    type: str
    parameters: dict[str, str]


@dataclass(frozen=True)
class RemoteStep:
    number: int  # from 1, in the platform's order
    type: str
    message: str
    answer: str
    actions: tuple[RemoteAction, ...]

    @property
    def step_actions(self) -> tuple[RemoteAction, ...]:
        return tuple(a for a in self.actions if a.type in (STEP_ACTION, ""))

    @property
    def question_key(self) -> str:
        for action in self.actions:
            if action.parameters.get("QuestionKey"):
                return action.parameters["QuestionKey"]
        return str(self.number)


@dataclass(frozen=True)
class RemoteInfo:
    id: str
    type: str
    description: str
    is_finished: bool
    is_cancelled: bool
    is_awaiting_action: bool
    progress_percent: int
    state: str  # this workstation's server says it; OT's own answer may not
    start_time: datetime | None
    steps: tuple[RemoteStep, ...]

    @property
    def waiting_step(self) -> RemoteStep | None:
        """The step that waits for a person now: the last one with actions and no answer."""
        if not self.is_awaiting_action or self.is_finished:
            return None
        waiting = [s for s in self.steps if s.actions and not s.answer]
        return waiting[-1] if waiting else None


@dataclass(frozen=True)
class RemoteRow:
    activity_id: str
    remote_id: str | None
    remote_type: str
    state: str
    starting_at: datetime
    cancel_sent_at: datetime | None


class RemoteActivities:
    """The remote handlers of one station, and what the lead's timer asks of them. Thread-safe."""

    def __init__(self, db: Database, link: OtLink, clock: Clock = utcnow, *,
                 on_finished: Callable[[str, Sequence[str]], None] | None = None,
                 sleep: Callable[[float], None] | None = None):
        """`link` gives `.client()` (an OtapiClient with the link's credentials and language;
        closed here). `on_finished(kind, order_ids)` is called when a followed activity ended,
        whichever way: the booked lines' statuses come from the platform (the mirror), not from
        here. `sleep` waits between polls (tests pass a faster one)."""
        self._db = db
        self._link = link
        self._clock = clock
        self._on_finished = on_finished
        self._sleep = sleep or time.sleep
        self._lock = threading.Lock()
        self._watched: set[str] = set()

    # ------------------------------------------------------------ the lead's interface

    def handlers(self) -> dict[str, Handler]:
        return {kind: RemoteHandler(self, kind) for kind in KINDS}

    def watch(self, activity_id: str, watched: bool) -> None:
        """A window shows the activity (poll every 2 s) or no longer does (every 15 s); a wait
        under way follows the change at once. Any thread."""
        with self._lock:
            if watched:
                self._watched.add(activity_id)
            else:
                self._watched.discard(activity_id)

    def is_watched(self, activity_id: str) -> bool:
        with self._lock:
            return activity_id in self._watched

    def poll_seconds(self, activity_id: str) -> float:
        return WATCHED_SECONDS if self.is_watched(activity_id) else UNWATCHED_SECONDS

    def settle_waiting(self, activities: ActivityService) -> int:
        """Local activities waiting on a remote question the platform moved past (answered on
        OT Box's own page, or the remote activity ended): settle the local question, by "OT
        Box", so the activity resumes and follows. Also sends the cancels a cancel could not
        send when the platform was out of reach. Returns how many questions were settled."""
        self._retry_cancels()
        settled = 0
        client: OtapiClient | None = None
        try:
            for brief in activities.list(states=(WAITING,)):
                if brief.kind not in KINDS:
                    continue
                row = self.row(brief.id)
                if row is None or row.remote_id is None:
                    continue
                question = activities.get(brief.id).pending_question
                key = question.question_key if question is not None else None
                if question is None or key is None or not key.startswith("ot:"):
                    continue
                if client is None:
                    client = self._link.client()
                try:
                    remote = self._get_info(client, row)
                except NETWORK_ERRORS as exc:  # the others would not be reached either: next time
                    log.info("OT Box cannot be reached to settle questions now: %s", exc)
                    break
                except (E.OtapiError, ValueError) as exc:
                    log.warning("activity %s: OT Box not asked about its question now: %s", brief.id, exc)
                    continue
                choice = _moved_past(remote, question.details)
                if choice is not None and activities.settle_question(brief.id, key, choice, by=SETTLED_BY):
                    log.info("activity %s: question %s settled by OT Box (%s)", brief.id, key, choice)
                    settled += 1
        finally:
            if client is not None:
                client.close()
        return settled

    # ------------------------------------------------------------ the row

    def row(self, activity_id: str) -> RemoteRow | None:
        with self._db.read() as s:
            r = s.get(OtRemoteActivity, activity_id)
            return _row(r) if r is not None else None

    def _begin(self, activity_id: str, remote_type: str) -> RemoteRow:
        """Commit the "starting" row before Run* is sent (the start's only written proof)."""
        now = self._clock()

        def add(s: Session) -> RemoteRow:
            row = OtRemoteActivity(activity_id=activity_id, remote_id=None, remote_type=remote_type,
                                   state=STARTING, starting_at=now, steps_seen=0)
            s.add(row)
            s.flush()
            return _row(row)

        return self._db.transaction(add)

    def _started(self, activity_id: str, remote_id: str, remote_type: str) -> None:
        now = self._clock()
        self._db.transaction(lambda s: s.execute(
            update(OtRemoteActivity).where(OtRemoteActivity.activity_id == activity_id)
            .values(remote_id=remote_id, remote_type=remote_type, state=STARTED, started_at=now)))

    def _mark(self, activity_id: str, **values: Any) -> None:
        self._db.transaction(lambda s: s.execute(
            update(OtRemoteActivity).where(OtRemoteActivity.activity_id == activity_id).values(**values)))

    def _followed(self) -> set[str]:
        with self._db.read() as s:
            return set(s.scalars(select(OtRemoteActivity.remote_id).where(OtRemoteActivity.remote_id.is_not(None))))

    # ------------------------------------------------------------ running (the handler)

    def run(self, kind: str, ctx: Context) -> None:
        client = self._link.client()
        try:
            try:
                remote_id = self._start(kind, ctx, client)
                self._follow(kind, ctx, client, remote_id)
            except _RemoteEnded:
                raise
            except Abort:
                # cancelled here while it ran: cancel it there too (once), then let the abort go on
                self._send_cancel(ctx.id, client)
                self._finished(kind, ctx.params)
                raise
        finally:
            client.close()

    def ended(self, kind: str, activity_id: str) -> None:
        """The local activity ended while it was not running (cancelled while waiting or
        queued, or after its process died): cancel the remote one."""
        row = self.row(activity_id)
        if row is None or row.remote_id is None or row.state == ENDED:
            return
        try:
            client = self._link.client()
        except Exception:  # the cancel is sent later (settle_waiting retries it)
            log.exception("activity %s: cannot reach OT Box to cancel %s now", activity_id, row.remote_id)
            return
        try:
            self._send_cancel(activity_id, client)
        finally:
            client.close()
        with self._db.read() as s:
            params = json.loads(s.scalar(select(Activity.params_json).where(Activity.id == activity_id)) or "{}")
        self._finished(kind, params)

    # ------------------------------------------------------------ start once

    def _start(self, kind: str, ctx: Context, client: OtapiClient) -> str:
        """The remote id: from the row, by adopting what a lost start made, or by a Run*."""
        row = self.row(ctx.id)
        if row is not None and row.remote_id is not None:
            return row.remote_id  # "started" (or "ended"): only follow
        method = RUN_METHODS[kind]
        params = run_parameters(kind, ctx.activity.provider, ctx.activity.account, self._asked_params(kind, ctx))
        look_up_first = row is not None  # "starting" found: did the Run* take effect?
        if row is None:
            row = self._begin(ctx.id, OT_TYPES[kind])
        backoff = _Backoff(ctx, self, "start")
        while True:
            if look_up_first:
                try:
                    found = self._search(client, row, ctx.params.get("order_id"))
                except (*NETWORK_ERRORS, E.OtapiError, ValueError) as exc:
                    self._wait(ctx, backoff.trouble(exc, "SearchBackgroundActivities", unknown_start=True))
                    continue
                backoff.recovered()
                if found is not None:
                    self._started(ctx.id, found.id, found.type or row.remote_type)
                    ctx.info(f"Following the activity {found.id} already started on OT Box.",
                             key=f"ot:adopted:{found.id}")
                    return found.id
                ctx.info(f"OT Box lists no {row.remote_type} activity started for this since "
                         f"{row.starting_at:%Y-%m-%d %H:%M:%S} UTC: the earlier start did not take effect; "
                         "starting it now.", key=f"ot:resend:{row.starting_at.isoformat()}")
            try:
                answer = client.result(method, params)
                remote_id, remote_type = _identification(method, answer)
            except (*NETWORK_ERRORS, ValueError) as exc:
                # the Run* may have reached the platform (or answered in another shape): never
                # send it blindly again, look it up first
                look_up_first = True
                self._wait(ctx, backoff.trouble(exc, method, unknown_start=True))
                continue
            except E.OtapiError as exc:
                # no ErrorCode (not OT's shape), or the platform's own failure (InternalError: it
                # may have started the activity before it broke): the outcome is not known, so
                # look it up before anything is sent again, as after a lost answer
                if not exc.code or exc.code == E.INTERNAL_ERROR:
                    look_up_first = True
                    self._wait(ctx, backoff.trouble(exc, method, unknown_start=True))
                    continue
                # refused: nothing started
                if self._may_force(kind, ctx, exc):
                    self._forget_start(ctx.id)  # the refusal proves nothing started: start afresh
                    answer = ctx.ask(FORCE_QUESTION, msg.OT_UNBIND_LIVES(reason=exc.description),
                                     [FORCE_UNBIND, KEEP_BOUND])
                    raise AssertionError(f"unreachable: {answer}") from exc  # ask raised Suspend: unanswered
                self._mark(ctx.id, state=ENDED)
                raise UserFacingError(f"OT Box refused {method}: {exc.description}") from exc
            self._started(ctx.id, remote_id, remote_type or row.remote_type)
            ctx.info(f"Started on OT Box as activity {remote_id}.", key=f"ot:started:{remote_id}")
            return remote_id

    @staticmethod
    def _asked_params(kind: str, ctx: Context) -> Mapping[str, Any]:
        """The activity's params with what its questions decided: an unbinding the platform
        refused (its marketplace order still lives) goes with Force once a person said so, as
        the local engine's `--force`; "keep it bound" ends it."""
        if kind != "unbinding" or ctx.params.get("force"):
            return ctx.params
        answer = ctx.answers.get(FORCE_QUESTION)
        if answer == FORCE_UNBIND.id:
            return {**ctx.params, "force": True}
        if answer == KEEP_BOUND.id:
            raise Abort(msg.OT_KEPT_BOUND())
        return ctx.params

    @staticmethod
    def _may_force(kind: str, ctx: Context, exc: E.OtapiError) -> bool:
        return (kind == "unbinding" and not ctx.params.get("force") and FORCE_QUESTION not in ctx.answers
                and exc.code == "NotAvailable")

    def _forget_start(self, activity_id: str) -> None:
        self._db.transaction(lambda s: s.execute(
            OtRemoteActivity.__table__.delete().where(OtRemoteActivity.activity_id == activity_id)))

    def _search(self, client: OtapiClient, row: RemoteRow, order_id: str | None) -> RemoteInfo | None:
        """The remote activity a lost start made: its type, started since the row was written
        (less START_SKEW), naming the order, and not followed by another local activity."""
        method = "SearchBackgroundActivities"
        xml = codec.fragment("BackgroundActivitySearchParameters", {"Types": codec.Items("Type", [row.remote_type])})
        result = client.result(method, {"xmlSearchParameters": xml})
        if not isinstance(result, Mapping):
            raise Malformed(method, "no Result")
        content = result.get("Content")
        if content in (None, ""):
            content = []
        if not isinstance(content, list):
            raise Malformed(method, "Content is not a list")
        since = row.starting_at - START_SKEW
        taken = self._followed()
        candidates = []
        for item in content:
            info = parse_info(method, item, full=False)
            if info.type and info.type != row.remote_type:
                continue
            if info.id in taken or info.start_time is None or info.start_time < since:
                continue
            if order_id and order_id not in info.description:
                continue
            candidates.append(info)
        candidates.sort(key=lambda i: i.start_time or since)
        return candidates[0] if candidates else None

    # ------------------------------------------------------------ follow

    def _get_info(self, client: OtapiClient, row: RemoteRow) -> RemoteInfo:
        method = "GetBackgroundActivityInfo"
        result = client.result(method, {"activityType": row.remote_type, "activityId": row.remote_id or ""})
        return parse_info(method, result, full=True)

    def _follow(self, kind: str, ctx: Context, client: OtapiClient, remote_id: str) -> None:
        row = self.row(ctx.id)
        assert row is not None
        backoff = _Backoff(ctx, self, "follow")
        method = "GetBackgroundActivityInfo"
        while True:
            ctx.check_cancelled()
            try:
                info = self._get_info(client, row)
            except (*NETWORK_ERRORS, ValueError) as exc:
                self._wait(ctx, backoff.trouble(exc, method))
                continue
            except E.OtapiError as exc:
                if exc.code == E.NOT_FOUND:
                    self._mark(ctx.id, state=ENDED)
                    self._finished(kind, ctx.params)
                    raise UserFacingError(f"OT Box no longer knows activity {remote_id} ({exc.description}).") from exc
                self._wait(ctx, backoff.trouble(exc, method))
                continue
            backoff.recovered()
            self._mark(ctx.id, last_polled_at=self._clock(), steps_seen=len(info.steps))
            answered = self._relay(ctx, client, row, info)
            ctx.progress(percent=info.progress_percent)
            if info.is_finished:
                self._mark(ctx.id, state=ENDED)
                self._finished(kind, ctx.params)
                self._end(info)
                return
            self._wait(ctx, AFTER_ANSWER_SECONDS if answered else None)

    def _relay(self, ctx: Context, client: OtapiClient, row: RemoteRow, info: RemoteInfo) -> bool:
        """Each remote step into the local activity once; the waiting one as a question
        (Suspend when no answer is stored), answered on the platform once. True when an
        answer was sent now."""
        waiting = info.waiting_step
        answered = False
        # remote steps asked here as questions (an answered step loses its actions, and with
        # them its QuestionKey: the step's number tells it)
        asked = {s.details.get("ot_step") for s in ctx.activity.steps
                 if s.type == "question" and s.answer is not None}
        for step in info.steps:
            if step is waiting:
                answered = self._ask(ctx, client, row, info, step)
            elif step.actions or step.type == "question":
                if step.number in asked or fit_key(f"ot:{step.question_key}") in ctx.answers:
                    continue  # asked here and answered here (or settled): nothing more to show
                said = f"{step.message} (answered on OT Box: {step.answer})" if step.answer else step.message
                ctx.info(said, key=f"ot:{step.number}")
            elif step.type == "error":
                ctx.error(step.message, key=f"ot:{step.number}")
            elif step.type == "warning":
                ctx.warning(step.message, key=f"ot:{step.number}")
            else:
                ctx.info(step.message, key=f"ot:{step.number}")
        return answered

    def _ask(self, ctx: Context, client: OtapiClient, row: RemoteRow, info: RemoteInfo, step: RemoteStep) -> bool:
        postable = step.step_actions
        if not postable:  # a Link action only: it is answered in a browser, on OT Box's page
            ctx.warning(f"{step.message} (answer it on OT Box's own page)", key=f"ot:{step.number}")
            return False
        key = f"ot:{step.question_key}"
        choice = ctx.ask(key, step.message, [Choice(a.id, a.label) for a in postable],
                         details={"ot_activity": info.id, "ot_type": info.type, "ot_step": step.number,
                                  "ot_question_key": step.question_key})
        action = next((a for a in postable if a.id == choice), None)
        if action is None:
            ctx.warning(f"The answer {choice!r} is no longer one of OT Box's choices; answer it on OT Box.",
                        key=f"ot:stale:{step.question_key}:{choice}")
            return False
        method = "DoStepActionForBackgroundActivity"
        try:
            client.call(method, {"activityType": info.type or row.remote_type, "activityId": info.id,
                                 "xmlParameters": codec.named_parameters(action.parameters)})
        except NETWORK_ERRORS as exc:  # read again: an answer that arrived shows as the step's Answer
            log.warning("activity %s: the answer %s did not reach OT Box (%s); tried again", ctx.id, choice, exc)
            return False
        except E.OtapiError as exc:  # most often: the question is no longer asked (answered elsewhere)
            if not exc.code:  # no ErrorCode: whether it took is seen at the next read
                problem = Malformed(method, "no ErrorCode")
                log.error("activity %s: %s", ctx.id, problem)
                ctx.error(f"{problem}; the activity is read again.", key=f"ot:malformed:{step.question_key}")
                return False
            log.warning("activity %s: OT Box refused the answer %s: %s", ctx.id, choice, exc)
            ctx.warning(f"OT Box did not take the answer {action.label!r}: {exc.description}",
                        key=f"ot:refused:{step.question_key}")
            return False
        ctx.info(f"Answered on OT Box: {action.label}.", key=f"ot:answered:{step.question_key}")
        return True

    def _end(self, info: RemoteInfo) -> None:
        """The remote activity ended: its way of ending becomes the local one's."""
        if info.is_cancelled or info.state == "aborted":
            raise _RemoteEnded(f"the activity was {'cancelled' if info.is_cancelled else 'aborted'} on OT Box")
        if info.state == "failed":
            errors = [s.message for s in info.steps if s.type == "error"]
            raise UserFacingError(f"The activity failed on OT Box: {errors[-1] if errors else 'no reason given'}")
        # finished; relayed error steps make it finished with errors (ActivityService.run)

    def _finished(self, kind: str, params: Mapping[str, Any]) -> None:
        if self._on_finished is None:
            return
        order_ids = [params["order_id"]] if params.get("order_id") else list(params.get("order_ids") or [])
        try:
            self._on_finished(kind, order_ids)
        except Exception:  # a refresh that failed now is made by the next scheduled one
            log.exception("after a remote %s of %s: on_finished failed", kind, order_ids)

    # ------------------------------------------------------------ cancel

    def _send_cancel(self, activity_id: str, client: OtapiClient) -> bool:
        """DoActionForBackgroundActivity Cancel, once: claimed in the row first, released when the
        platform could not be reached (settle_waiting tries again). False only then."""
        now = self._clock()

        def claim(s: Session) -> RemoteRow | None:
            r = s.get(OtRemoteActivity, activity_id)
            if r is None or r.remote_id is None or r.cancel_sent_at is not None or r.state == ENDED:
                return None
            r.cancel_sent_at = now
            return _row(r)

        row = self._db.transaction(claim)
        if row is None:
            return True
        method = "DoActionForBackgroundActivity"
        try:
            client.call(method, {"activityType": row.remote_type, "activityId": row.remote_id or "",
                                 "actionId": CANCEL_ACTION})
        except NETWORK_ERRORS as exc:
            log.warning("activity %s: could not send the cancel to OT Box (%s); tried again later", activity_id, exc)
            self._mark(activity_id, cancel_sent_at=None)
            return False
        except E.OtapiError as exc:  # it ended there already, or the platform refuses: nothing to retry
            log.warning("activity %s: OT Box did not take the cancel of %s: %s", activity_id, row.remote_id, exc)
        self._mark(activity_id, state=ENDED)
        log.info("activity %s: cancelled on OT Box (%s)", activity_id, row.remote_id)
        return True

    def _retry_cancels(self) -> None:
        with self._db.read() as s:
            ids = list(s.scalars(
                select(OtRemoteActivity.activity_id).join(Activity, Activity.id == OtRemoteActivity.activity_id)
                .where(Activity.is_cancelled.is_(True), Activity.state.in_(DONE_STATES),
                       OtRemoteActivity.state == STARTED, OtRemoteActivity.cancel_sent_at.is_(None))))
        if not ids:
            return
        try:
            client = self._link.client()
        except Exception:
            log.exception("cannot reach OT Box to send %d cancel(s) now", len(ids))
            return
        try:
            for activity_id in ids:
                if not self._send_cancel(activity_id, client):
                    break  # out of reach: the rest wait for the next time too
        finally:
            client.close()

    # ------------------------------------------------------------ waiting

    def _wait(self, ctx: Context, seconds: float | None) -> None:
        """Wait `seconds` (None: the poll interval, which follows `watch` as it changes),
        checking for a cancel or quitting every TICK_SECONDS."""
        waited = 0.0
        while True:
            ctx.check_cancelled()
            limit = self.poll_seconds(ctx.id) if seconds is None else seconds
            if waited >= limit:
                return
            tick = min(TICK_SECONDS, limit - waited)
            self._sleep(tick)
            waited += tick


class RemoteHandler:
    """The handler of one kind for ActivityService: `run(ctx)` and the `ended` hook."""

    def __init__(self, remote: RemoteActivities, kind: str):
        self._remote = remote
        self.kind = kind

    def run(self, ctx: Context) -> None:
        self._remote.run(self.kind, ctx)

    def ended(self, activity_id: str) -> None:
        self._remote.ended(self.kind, activity_id)

    def ended_at_start(self, activity_id: str) -> None:
        """Cancelled while its process died, found at the next start (`requeue_dead`, on the
        window's GUI thread before it shows): no network call here. The cancel is sent by the
        next background round (`settle_waiting` -> `_retry_cancels`: a cancelled, ended local
        activity whose remote one was started and not yet told)."""

    def watch(self, activity_id: str, watched: bool) -> None:
        """ActivityService.watch passes a window's showing of the activity on (to every handler)."""
        self._remote.watch(activity_id, watched)


class _Backoff:
    """Trouble reaching or reading the platform: one step per spell of it, waits doubling up
    to MAX_BACKOFF_SECONDS; one step more when it answers again."""

    def __init__(self, ctx: Context, remote: RemoteActivities, phase: str):
        self._ctx = ctx
        self._remote = remote
        self._phase = phase
        self._since: str | None = None
        self._seconds = 0.0
        self._shown: set[str] = set()

    def trouble(self, exc: BaseException, method: str, *, unknown_start: bool = False) -> float:
        """Show the trouble once (per kind of it), and how long to wait before trying again."""
        if self._since is None:
            self._since = self._remote._clock().isoformat()
        if isinstance(exc, NETWORK_ERRORS):
            what = "unreachable"
            text = f"OT Box cannot be reached ({type(exc).__name__}: {exc})"
        elif isinstance(exc, E.OtapiError) and exc.code:
            what = f"error:{exc.code}:{exc.description}"
            text = f"OT Box answered {method} with an error ({exc})"
        else:
            text = str(exc) if isinstance(exc, Malformed) else str(Malformed(method, _shape_problem(exc)))
            what = f"malformed:{text}"
        if what not in self._shown:
            self._shown.add(what)
            tail = ("; whether the activity started there is not known yet, it is looked up again"
                    if unknown_start else "; the activity is read again")
            key = f"ot:{self._phase}:{what}:{self._since}"
            if what.startswith("malformed"):
                log.error("activity %s: %s", self._ctx.id, text)
                self._ctx.error(text + tail + ".", key=key)
            else:
                log.warning("activity %s: %s", self._ctx.id, text)
                self._ctx.warning(text + tail + " (it keeps trying).", key=key)
        interval = self._remote.poll_seconds(self._ctx.id)
        self._seconds = min(MAX_BACKOFF_SECONDS, max(interval, self._seconds * 2 if self._seconds else interval))
        return self._seconds

    def recovered(self) -> None:
        if self._since is not None:
            self._ctx.info("OT Box answers again.", key=f"ot:{self._phase}:again:{self._since}")
        self._since = None
        self._seconds = 0.0
        self._shown.clear()


# ---------------------------------------------------------------- building calls, reading answers

def run_parameters(kind: str, provider: str, account: str, params: Mapping[str, Any]) -> dict[str, str]:
    """The Run* method's parameters for a local activity's params (PurchaseService.start_*)."""
    provider_type = OT_PROVIDER.get(provider)
    if provider_type is None:
        raise UserFacingError(f"OT Box has no provider type for {provider!r}; known: {', '.join(OT_PROVIDER)}.")
    body: dict[str, Any] = {}
    if kind == "sync":
        if params.get("order_ids"):
            body["OrderIds"] = codec.Items("Id", [str(i) for i in params["order_ids"]])
    else:
        order_id = str(params.get("order_id") or "")
        if not order_id:
            raise UserFacingError(f"The {kind} has no order id.")
        body["OrderId"] = order_id
        if kind == "binding":
            body["VendorPurchaseId"] = str(params.get("provider_order_id") or "")
        elif params.get("line_ids"):
            body["OrderLineIds"] = codec.Items("Id", [str(i) for i in params["line_ids"]])
        if kind == "unbinding" and params.get("force"):
            body["Force"] = True
    out = {"providerType": provider_type, "providerSessionId": account}
    if body:
        out["xmlParameters"] = codec.fragment("Parameters", body)
    return out


def _identification(method: str, result: Any) -> tuple[str, str]:
    """A Run* answer's (Id.Value, Type)."""
    if not isinstance(result, Mapping):
        raise Malformed(method, "no Result")
    ident = result.get("Id")
    value = ident.get("Value") if isinstance(ident, Mapping) else None
    if not isinstance(value, str) or not value.strip():
        raise Malformed(method, "no Result/Id/Value")
    kind = result.get("Type")
    return value.strip(), kind.strip() if isinstance(kind, str) else ""


def parse_info(method: str, result: Any, *, full: bool) -> RemoteInfo:
    """A BackgroundActivity(Full)Info, from XML (texts) or JSON (typed values)."""
    if not isinstance(result, Mapping):
        raise Malformed(method, "no activity in the answer")
    ident = result.get("Id")
    value = ident.get("Value") if isinstance(ident, Mapping) else ident
    if not isinstance(value, str) or not value.strip():
        raise Malformed(method, "no Id/Value")
    if "IsFinished" not in result:
        raise Malformed(method, "no IsFinished")
    steps: list[RemoteStep] = []
    if full:
        raw_steps = result.get("Steps")
        if raw_steps in (None, ""):
            raw_steps = []
        if not isinstance(raw_steps, list):
            raise Malformed(method, "Steps is not a list")
        for n, raw in enumerate(raw_steps, start=1):
            if not isinstance(raw, Mapping):
                raise Malformed(method, f"step {n} is not a Step")
            steps.append(RemoteStep(number=n, type=_text(raw.get("Type")).lower() or "information",
                                    message=_text(raw.get("Message")), answer=_text(raw.get("Answer")),
                                    actions=_actions(method, raw.get("Actions"), n)))
    return RemoteInfo(
        id=value.strip(), type=_text(result.get("Type")), description=_text(result.get("Description")),
        is_finished=_flag(method, result.get("IsFinished"), "IsFinished"),
        is_cancelled=_flag(method, result.get("IsCancelled"), "IsCancelled"),
        is_awaiting_action=_flag(method, result.get("IsAwaitingAction"), "IsAwaitingAction"),
        progress_percent=_percent(result.get("ProgressPercent")), state=_text(result.get("State")).lower(),
        start_time=_time(result.get("StartTime")), steps=tuple(steps))


def _actions(method: str, raw: Any, n: int) -> tuple[RemoteAction, ...]:
    if raw in (None, ""):
        return ()
    if not isinstance(raw, list):
        raise Malformed(method, f"the Actions of step {n} are not a list")
    out = []
    for a in raw:
        if not isinstance(a, Mapping) or not _text(a.get("Id")):
            raise Malformed(method, f"an action of step {n} has no Id")
        params: dict[str, str] = {}
        raw_params = a.get("Parameters")
        for p in raw_params if isinstance(raw_params, list) else []:
            if isinstance(p, Mapping) and _text(p.get("Name")):
                params[_text(p.get("Name"))] = _text(p.get("Value"))
        out.append(RemoteAction(id=_text(a.get("Id")), label=_text(a.get("DisplayName")) or _text(a.get("Id")),
                                type=_text(a.get("Type")), parameters=params))
    return tuple(out)


def _shape_problem(exc: BaseException) -> str:
    """What was wrong with an answer the client could not read as OT's."""
    if isinstance(exc, E.OtapiError):
        return "no ErrorCode"
    return f"{type(exc).__name__}: {exc}"


def _moved_past(remote: RemoteInfo, details: Mapping[str, Any]) -> str | None:
    """The answer to settle a local question with, when the platform no longer asks it."""
    number = details.get("ot_step")
    step = remote.steps[number - 1] if isinstance(number, int) and 0 < number <= len(remote.steps) else None
    if step is not None and step.answer:
        return step.answer
    if remote.is_finished or remote.waiting_step is None or (step is not None and remote.waiting_step is not step):
        return SETTLED_CHOICE
    return None


def _row(r: OtRemoteActivity) -> RemoteRow:
    return RemoteRow(activity_id=r.activity_id, remote_id=r.remote_id, remote_type=r.remote_type, state=r.state,
                     starting_at=_utc(r.starting_at), cancel_sent_at=r.cancel_sent_at)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):  # an element with attributes read from XML
        value = value.get("Value", "")
    return str(value).strip()


def _flag(method: str, value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0", ""):
        return False
    raise Malformed(method, f"{name} is {value!r}, not true or false")


def _percent(value: Any) -> int:
    try:
        return max(0, min(100, int(float(_text(value) or 0))))
    except ValueError:
        return 0


def _time(value: Any) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return _utc(parsed)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
