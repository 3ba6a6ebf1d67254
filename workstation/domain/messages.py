"""The engine's messages, each declared once: a key, an English template with named parameters.

What the engine logs (activity steps, alerts, activity descriptions) is stored as the key and
its parameters (JSON) beside the English rendering, and every face renders it in its reader's
language: the window with its translator, the CLI with `--lang`, the OT API server with the
request's `language`. The templates are the translation sources: resources/translations/
update.py reads `CATALOGUE` (context `MESSAGE_CONTEXT`), as it reads the status names.

A template is `str.format` text with named fields. `{price:money}` is an amount of yuan, put in
the reader's style at render time (`MONEY_STYLES`); any other field is shown as it is stored. A
parameter may itself be a message (`Template(...)(...)`), or a list of values or messages: they
are rendered in the same language (a list joined by the language's separator).
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, cast

MESSAGE_CONTEXT = "EngineMessages"  # the translation context of every template
CATALOGUE: dict[str, Template] = {}
NESTED = "$key"  # a parameter that is a message: {"$key": key, "$params": {...}}

# language -> (decimal point, group separator, pattern with {} for the number)
MONEY_STYLES: dict[str, tuple[str, str, str]] = {
    "en": (".", ",", "¥{}"),
    "ru": (",", "\u00a0", "{}\u00a0¥"),
    "zh_CN": (".", ",", "¥{}"),
}
LIST_SEPARATORS = {"zh_CN": "、"}  # a list parameter's items; else ", "


@dataclass(frozen=True)
class Message:
    """One engine message: its key and parameters (JSON-ready); `str()` is the English text."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return render(self.key, self.params)

    def params_json(self) -> str:
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=True)

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Template:
    key: str
    text: str

    def __call__(self, **params: Any) -> Message:
        missing = set(fields_of(self.text)) - set(params)
        if missing:
            raise KeyError(f"message {self.key}: no value for {', '.join(sorted(missing))}")
        return Message(self.key, {name: _plain(value) for name, value in params.items()})


def declare(key: str, text: str) -> Template:
    if key in CATALOGUE:
        raise ValueError(f"message key {key!r} declared twice")
    template = CATALOGUE[key] = Template(key, text)
    return template


def fields_of(text: str) -> list[str]:
    """The named fields of a template (`{price:money}` -> `price`)."""
    return [name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name]


def format_money(amount: Decimal | str, language: str = "en") -> str:
    """An amount of yuan in a language's style: `¥1,234.50`, `1 234,50 ¥`."""
    point, group, pattern = MONEY_STYLES.get(language, MONEY_STYLES["en"])
    try:
        value = Decimal(str(amount)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return str(amount)
    number = f"{abs(value):,}".replace(",", "\x00").replace(".", point).replace("\x00", group)
    return ("-" if value < 0 else "") + pattern.format(number)


Translate = Callable[[str], str]  # English template -> the reader's template ("" or None: keep English)


def render(key: str | None, params: Mapping[str, Any] | str | None, *, translate: Translate | None = None,
           language: str = "en", fallback: str = "") -> str:
    """The message in the reader's language. No key (a row from before keys), an unknown key (a
    newer version wrote it) or a template that does not fit its parameters: `fallback`."""
    template = CATALOGUE.get(key or "")
    if template is None:
        return fallback
    if isinstance(params, str):
        try:
            params = json.loads(params or "{}")
        except ValueError:
            return fallback
    values = dict(cast("Mapping[str, Any] | None", params) or {})  # decoded JSON: a mapping
    formatter = _Formatter(translate, language)
    texts = [template.text]
    translated = translate(template.text) if translate is not None else ""
    if translated and translated != template.text:
        texts.insert(0, translated)
    for text in texts:  # a translation that lost a field falls back to the English template
        try:
            return formatter.vformat(text, (), values)
        except (KeyError, IndexError, ValueError):
            continue
    return fallback or template.text


def params_from_json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class _Formatter(string.Formatter):
    def __init__(self, translate: Translate | None, language: str):
        self._translate = translate
        self._language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, dict) and NESTED in value:
            return render(value[NESTED], value.get("$params") or {}, translate=self._translate,
                          language=self._language, fallback=str(value.get("$text", "")))
        if isinstance(value, list):
            return LIST_SEPARATORS.get(self._language, ", ").join(self.format_field(v, format_spec) for v in value)
        if format_spec == "money":
            return format_money(value, self._language)
        if format_spec:
            return format(value, format_spec)
        return str(value)


def _plain(value: Any) -> Any:
    """A parameter as JSON holds it: a nested message as a dict, an amount as its string."""
    if isinstance(value, Message):
        return {NESTED: value.key, "$params": dict(value.params), "$text": value.english}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def english_of(message: Message | str) -> str:
    return message.english if isinstance(message, Message) else message


def key_and_params(message: Message | str) -> tuple[str | None, str | None]:
    """What the store keeps beside the English text: (key, params JSON), or (None, None) for plain text."""
    if isinstance(message, Message):
        return message.key, message.params_json()
    return None, None


# -- activities (services/activities.py, services/purchase/service.py) ---------------------------

CANCELLED = declare("activity.cancelled", "Cancelled by the operator.")
CANCELLED_STOPPED = declare("activity.cancelled_stopped", "Cancelled by the operator; its process had stopped.")
STOPPED = declare("activity.stopped",
                  "Stopped because the workstation was closing; it resumes at the next start.")
ABORTED = declare("activity.aborted", "Aborted: {reason}")
REASON_CANCELLED = declare("activity.reason.cancelled", "cancelled by the operator")
REASON_ABORTED = declare("activity.reason.aborted", "aborted by the operator")
CRASHED = declare("activity.crashed", "Unexpected error: {error}")
RESTORED = declare("activity.restored",
                   "Aborted by the restore of {backup}: it was open in the backup; start it again if needed.")
DESCRIBE_BOOKING = declare("activity.describe.booking", "Booking {order}")
DESCRIBE_SYNC = declare("activity.describe.sync", "Synchronising {account}")
DESCRIBE_BINDING = declare("activity.describe.binding", "Binding {external} to {order}")
DESCRIBE_UNBINDING = declare("activity.describe.unbinding", "Unbinding lines of {order}")

# -- sessions (services/purchase/common.py, services/alerts.py) ----------------------------------

SESSION_EXPIRED = declare("session.expired",
                          "The session of {account} on {provider} has expired; log in again. ({error})")
SESSION_NOT_RENEWABLE = declare(
    "session.not_renewable",
    "{account} ({provider}): the session cannot be renewed and ends {ends} UTC; log in again ({reason}).")

# -- booking (services/purchase/booking.py) ------------------------------------------------------

NOTHING_LEFT = declare("booking.nothing_left",
                       "No line is left to book: they were booked by another booking meanwhile, "
                       "or are no longer ready for purchase.")
BOOKING_STOPPED = declare("booking.stopped", "Booking stopped; the remaining lines stay ready for purchase.")
REBUY_QUESTION = declare(
    "booking.rebuy.question",
    "{what} was unbound from marketplace order {previous}, which is not cancelled there ({state}). "
    "Booking it again buys it a second time.")
REBUY_UNREADABLE = declare("booking.rebuy.unreadable", "it could not be read: {error}")
REBUY_STATUS = declare("booking.rebuy.status", "status {status}")
REBUY_DONE = declare("booking.rebuy.done", "#{line}: booked again although order {previous} lives on, as asked.")
ITEM_MISSING = declare("booking.item_missing", "{what}: the item is no longer available.")
CONFIG_MISSING = declare("booking.config_missing", "{what}: this configuration no longer exists.")
CONFIG_GONE = declare("booking.config_gone",
                      "#{line}: the configuration chosen is no longer on offer; the line stays ready for purchase.")
CONFIG_CHANGED = declare("booking.config_changed", "#{line}: configuration changed to {config}, as chosen.")
TMALL_PROMOTION = declare("booking.tmall", "{what}: a Tmall promotion, and those are not allowed.")
LOW_STOCK = declare("booking.low_stock", "{what}: only {stock} in stock, {needed} needed.")
PRICE_QUESTION = declare("booking.price.question",
                         "{what}: the price is now {price:money} (customer price {paid:money}, {change}).")
PRICE_CONFIRMED = declare("booking.price.confirmed", "{what}: new price {price:money} confirmed.")
PRICE_AUTO = declare("booking.price.auto",
                     "{what}: price {price:money} confirmed automatically (customer price {paid:money}, {change}; "
                     "threshold {threshold}%).")
PRICE_CHANGE = declare("booking.price.change", "{sign}{difference:money}")
PRICE_CHANGE_PERCENT = declare("booking.price.change_percent", "{sign}{difference:money}, {sign}{percent}%")
LINE_CANCELLED = declare("booking.line_cancelled", "#{line} cancelled.")
LINE_SKIPPED = declare("booking.line_skipped", "#{line} skipped; it stays ready for purchase.")
LINE_TAKEN = declare("booking.line_taken",
                     "#{line} is already being booked elsewhere (another window or station); left alone here.")
NOT_SENT = declare("booking.why.not_sent", "not sent: {error}")
LIMIT_REACHED = declare("booking.why.limit", "booking limit reached: {error}")
WHY_SESSION_EXPIRED = declare("booking.why.session_expired", "session expired")
UNREADABLE_ANSWER = declare("booking.why.unreadable", "unreadable answer: {error}")
UNCLEAR_ANSWER = declare("booking.unclear",
                         "The marketplace did not answer clearly ({why}); looking the order up by {reference}.")
RESUMING = declare("booking.resuming", "Resuming: looking up order {reference} before anything is sent again.")
UNKNOWN_QUESTION = declare(
    "booking.unknown.question",
    "The marketplace did not answer clearly and does not show order {reference} yet. Its {lines} line(s) stay "
    "reserved while the workstation keeps looking it up; still missing after {minutes} min, they become ready "
    "for purchase again. If the order is on the marketplace, bind it to {order} to link it.")
NOT_BOOKED = declare("booking.not_booked", "Order for seller {seller} was not booked: {why}")
READBACK_FAILED = declare("booking.readback_failed", "Order {order} was booked but could not be read back: {error}")
BOOKED = declare("booking.booked", "Booked marketplace order {order} ({items} item(s), {total:money}).")

# -- synchronisation (services/purchase/sync.py) -------------------------------------------------

SYNC_ORDER_ERROR = declare("sync.order_error", "Order {order}: {error}")
SYNC_SUMMARY = declare("sync.summary", "{orders} order(s) read, {ours} ours, {changed} line(s) changed")
SYNC_UNMAPPED = declare("sync.unmapped",
                        "Status {status!r} of order {order} is not in the status mapping; "
                        "its lines were left as they are.")
SYNC_CANCELLED = declare("sync.cancelled",
                         "Order {order} is {status} on the marketplace: line(s) {lines} cancelled "
                         "(see the notifications).")
SYNC_UPDATED = declare("sync.updated", "Order {order}: {changed} of {lines} line(s) updated ({status}).")
SYNC_LINE_CANCELLED = declare(
    "sync.line_cancelled",
    "{order} #{line} was cancelled: marketplace order {external} is {status} there (closed unpaid, or cancelled "
    "by the seller or the buyer). Check it on the marketplace and tell the customer.")
FOREIGN_REFERENCE = declare(
    "sync.foreign_reference",
    "Marketplace order {order} carries the reference {reference}, which no booking here made: possibly a "
    "duplicate purchase from another workstation or an older database. Check it on the marketplace.")

# -- binding and unbinding (services/purchase/binding.py) ----------------------------------------

BIND_NO_ORDER = declare("binding.no_order", "Account {account} has no marketplace order {external}.")
BIND_UNREADABLE = declare("binding.unreadable", "Marketplace order {external} could not be read: {error}")
BIND_OUR_REFERENCE = declare("binding.our_reference",
                             "Marketplace order {external} carries our reference {reference}: linked to the "
                             "lines it was booked for.")
BIND_ALREADY = declare("binding.already_bound", "Marketplace order {external} is already bound to {orders}.")
BIND_QTY_QUESTION = declare("binding.qty.question", "{what}: line #{line} has quantity {qty}.")
BIND_NO_MATCH_QUESTION = declare("binding.no_match.question", "{what} matches no line of {order}.")
BIND_NOTHING = declare("binding.nothing",
                       "No line of {order} matches marketplace order {external}; nothing was bound.")
BOUND = declare("binding.bound", "Bound {lines} line(s) of {order} to marketplace order {external}.")
UNBIND_REFUSED = declare(
    "unbinding.refused",
    "Not unbound: {lines}. Wait for the booking to settle; a line whose marketplace order still exists is "
    "unbound only when asked explicitly (--force).")
UNBIND_OPEN = declare("unbinding.open", "#{line} (order {reference} is {state})")
UNBIND_LIVES = declare("unbinding.lives", "#{line} (marketplace order {external} still exists)")
UNBOUND = declare("unbinding.unbound", "Unbound {count} line(s): {lines}")
UNBIND_NONE = declare("unbinding.none", "No bound lines of {order} to unbind.")
OT_UNBIND_LIVES = declare("unbinding.ot_lives",
                          "OT Box does not unbind these lines: {reason} Unbinding leaves the marketplace order "
                          "there, and booking the lines again buys them a second time.")
OT_KEPT_BOUND = declare("unbinding.ot_kept", "kept bound: the marketplace order still exists")

# -- reconciliation and the ledger (services/purchase/reconcile.py, ledger.py) --------------------

LOOKUP_FAILED = declare("reconcile.lookup_failed",
                        "Order {reference}: outcome still unknown; the look-up failed ({error}). "
                        "Its lines stay reserved; the workstation looks again by itself.")
ABSENT = declare("reconcile.absent",
                 "Order {reference} for seller {seller} was not created: the marketplace did not show it after "
                 "{checks} look-ups; its lines are ready for purchase again.")
NOT_YET = declare("reconcile.not_yet",
                  "Order {reference}: not on the marketplace yet (look-up {checks}); its lines stay reserved. "
                  "Next look-up at {next_at}.")
NOT_FOUND_YET = declare("reconcile.not_found_yet", "Order {reference}: not found yet.")
FOUND = declare("reconcile.found",
                "Order {reference} found on the marketplace ({by}): {order}, {lines} line(s) linked, {total:money}.")
GIVEN_UP = declare("reconcile.given_up",
                   "Order {reference}: {who} checked on the marketplace that no order was created; "
                   "{lines} line(s) are ready for purchase again.")
DUPLICATE_REFERENCE = declare(
    "alarm.duplicate_reference",
    "Possible duplicate purchase: marketplace orders {first} and {second} both carry our reference "
    "{reference}. Check both and cancel the one not needed.")
DUPLICATE_LINE = declare(
    "alarm.duplicate_line",
    "Possible duplicate purchase: marketplace order {external} carries our reference {reference} for "
    "{order} #{line}, but {where}. Check both orders on the marketplace and cancel the one not needed.")
WHERE_OTHER_ORDER = declare("alarm.where.other_order", "it is also in marketplace order {external}")
WHERE_STATUS = declare("alarm.where.status", "it is {status} now")
ABOVE_RULE = declare("alarm.above_rule",
                     "#{line} was bought above the rule: {paid:money} in marketplace order {external}, above "
                     "{limit}; the customer price is {customer:money}.")
LIMIT_CONFIRMED = declare("alarm.limit.confirmed", "the confirmed {price:money}")
LIMIT_RULE = declare("alarm.limit.rule", "the rule ({threshold}% over {price:money})")
PRICE_RAISED_ABOVE_RULE = declare(
    "alarm.price_raised_above_rule",
    "{order} #{line}: the marketplace raised the purchase price from {old:money} to {new:money} in marketplace "
    "order {external}, above {limit}; the customer price is {customer:money}. Check it with the seller or the "
    "customer.")
QTY_DIFFERS = declare("reconcile.qty_differs", "#{line}: booked {booked}, ordered {ordered}")
NOT_IN_ORDER = declare("reconcile.not_in_order", "#{line}: not found in marketplace order {external}")
EXTRA_ITEM = declare("reconcile.extra_item", "marketplace order {external} holds an extra item {item}")

# -- warehouse (services/warehouse/matching.py) --------------------------------------------------

PARCELS_MATCHED = declare("matching.matched", "{count} waiting parcel(s) matched: {parcels}")
