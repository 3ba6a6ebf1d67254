"""The OT API methods the server answers: their parameters, answer types and handlers.

Each handler is a thin face of a service: it reads OT's parameters, calls the service, and
shapes the answer with `structures`. Every refusal names the parameter at fault.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi import xmlsafe
from workstation.services.errors import NotFoundError, UserFacingError
from workstation.services.otapi.instances import CUSTOMER, OPERATOR, Caller

# Parameters every call may carry; they are never "unknown".
COMMON = ("instanceKey", "language", "sessionId", "timestamp", "signature")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "str"  # str / int / decimal / bool / datetime / xml
    required: bool = True
    root: str = ""  # xml: the root element it must have


@dataclass(frozen=True)
class Method:
    name: str
    answer: str  # OT answer type, the XML root element
    params: tuple[Param, ...]
    handler: Callable[[Call], Any]
    session: str | None = None  # operator / customer / any / None (no session)


@dataclass
class Call:
    """One request as a handler sees it."""

    platform: Any  # server.Platform
    caller: Caller
    args: dict[str, Any]
    language: str
    top: dict[str, Any] = field(default_factory=dict)  # answer fields beside Result (SessionId)


REGISTRY: dict[str, Method] = {}


def method(name: str, answer: str, *params: Param, session: str | None = "operator"
           ) -> Callable[[Callable[[Call], Any]], Callable[[Call], Any]]:
    def register(fn: Callable[[Call], Any]) -> Callable[[Call], Any]:
        REGISTRY[name] = Method(name, answer, params, fn, session)
        return fn
    return register


def convert(param: Param, raw: str | None) -> Any:
    if raw is None or (raw == "" and param.kind not in ("str",)):
        if param.required:
            raise E.missing(param.name)
        return None
    if param.kind == "str":
        if param.required and raw == "" and param.name not in ("filter",):
            raise E.missing(param.name)
        return raw
    if param.kind == "int":
        try:
            return int(raw)
        except ValueError:
            raise E.invalid(param.name, f"{raw[:40]!r} is not a whole number") from None
    if param.kind == "decimal":
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise E.invalid(param.name, f"{raw[:40]!r} is not a number") from None
        if not value.is_finite():
            raise E.invalid(param.name, "not a finite number")
        return value
    if param.kind == "bool":
        if raw.lower() not in ("true", "false", "1", "0"):
            raise E.invalid(param.name, f"{raw[:40]!r} is not true or false")
        return raw.lower() in ("true", "1")
    if param.kind == "datetime":
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            raise E.invalid(param.name, f"{raw[:40]!r} is not a date and time (2026-12-02T08:00:00)") from None
    if param.kind == "xml":
        try:
            root = xmlsafe.parse(raw)
        except xmlsafe.UnsafeXmlError as exc:
            raise E.OtapiError(E.INVALID_PARAMETER, f"Parameter {param.name}: refused ({exc}).",
                               sub_code="UnsafeXml", parameter=param.name) from None
        except xmlsafe.XmlParseError as exc:
            raise E.invalid(param.name, str(exc)) from None
        if param.root and root.tag != param.root:
            raise E.invalid(param.name, f"the root element must be <{param.root}>, not <{root.tag}>")
        return root
    raise AssertionError(param.kind)


def bind(m: Method, params: Mapping[str, str]) -> dict[str, Any]:
    return {p.name: convert(p, params.get(p.name)) for p in m.params}


@contextlib.contextmanager
def about(parameter: str, code: str = E.NOT_AVAILABLE) -> Iterator[None]:
    """A service's refusal as OT's error naming `parameter` (not found -> NotFound)."""
    try:
        yield
    except E.OtapiError:
        raise
    except NotFoundError as exc:
        raise E.OtapiError(E.NOT_FOUND, f"Parameter {parameter}: {exc}", sub_code="NotFound",
                           parameter=parameter) from None
    except UserFacingError as exc:
        raise E.OtapiError(code, f"Parameter {parameter}: {exc}", parameter=parameter) from None


def text(el: etree._Element, path: str, default: str = "") -> str:
    found = el.findtext(path)
    return found.strip() if found is not None else default


def texts(el: etree._Element, path: str) -> list[str]:
    return [(n.text or "").strip() for n in el.findall(path) if (n.text or "").strip()]


def require_kind(call: Call, kind: str) -> None:
    if call.caller.kind != kind:
        raise E.AccessDenied(f"This method needs a{'n' if kind == OPERATOR else ''} {kind} session.",
                             sub_code="WrongSessionKind", parameter="sessionId")


def int_ids(name: str, values: list[str]) -> list[int]:
    try:
        return [int(v) for v in values]
    except ValueError:
        raise E.invalid(name, f"line ids must be whole numbers, got {values!r}") from None


def order_param(call: Call, name: str = "salesId") -> str:
    from workstation.domain.barcodes import normalise_code

    value = normalise_code(str(call.args[name]))
    if call.caller.kind == CUSTOMER and call.platform.search.order_customer(value) != call.caller.customer_id:
        raise E.not_found(name, f"order {value!r} does not exist")  # another customer's order is not theirs to see
    return value


__all__ = ["CUSTOMER", "OPERATOR", "REGISTRY", "Call", "Method", "Param", "about", "bind", "method"]
