"""HTTP plumbing shared by the protocol modules: parsed requests, responses, JSON, faults.

Kept free of `http.server` so the protocol handlers are plain functions from a
`Request` to a `Response`, easy to read and to test.
"""

from __future__ import annotations

import dataclasses
import email.policy
import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from email.parser import BytesParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from workstation.sandbox.faults import Fault
from workstation.sandbox.signing import blank

log = logging.getLogger(__name__)


@dataclass
class Request:
    method: str
    path: str  # without the query
    query: dict[str, str]
    params: dict[str, str]  # query, then form or flat JSON body fields
    headers: dict[str, str]  # lower-case names
    body: bytes
    base_url: str  # http://127.0.0.1:PORT, for links the sandbox hands out
    fault: Fault | None = None  # a fault the handler applies itself (discount)
    # multipart file parts by field name: (filename, content). Never in `params`, never
    # signed (the SDKs sign the text parameters only).
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json;charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    after_fault: Fault | None = None  # timeout / drop, applied by the server when sending


def _default(value):
    if isinstance(value, Decimal):
        return float(value)  # yuan as a JSON number: float repr round-trips the two decimals
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, default=_default, separators=(",", ":"))


def json_response(payload, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(status, dumps(payload).encode("utf-8"), headers=dict(headers or {}))


def html_response(html: str, status: int = 200) -> Response:
    return Response(status, html.encode("utf-8"), "text/html;charset=UTF-8")


def redirect(location: str) -> Response:
    return Response(302, b"", "text/plain", {"Location": location})


def with_query(url: str, **params: str) -> str:
    """Add query parameters to a URL that may already have some."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + [(k, v) for k, v in params.items()
                                                              if v is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


def request_id() -> str:
    return uuid.uuid4().hex[:13]


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """A multipart/form-data body: its text fields, and its file parts apart.

    A part with a filename is a file (as the SDKs send byte parameters); every other part
    is a text field, read as UTF-8 (or the part's own charset). ValueError when the body is
    not multipart at all.
    """
    if "boundary=" not in content_type.lower():
        raise ValueError("multipart/form-data without a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("not a multipart body")
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = (str(filename), payload)
        else:
            fields[str(name)] = payload.decode(part.get_content_charset() or "utf-8")
    return fields, files


def flatten_json_body(body: bytes) -> dict[str, str]:
    """A JSON object body as flat string parameters (nested values stay JSON text)."""
    data = json.loads(body.decode("utf-8") or "{}")
    if not isinstance(data, dict):
        raise ValueError("JSON body must be an object")
    flat = {}
    for key, value in data.items():
        if isinstance(value, str):
            flat[key] = value
        elif isinstance(value, bool):
            flat[key] = "true" if value else "false"
        elif isinstance(value, int | float):
            flat[key] = str(value)
        elif value is None:
            continue
        else:
            flat[key] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return flat


def generic_fault(fault: Fault) -> Response | None:
    """The protocol-independent faults; None for those the protocol must shape itself."""
    if fault.kind in ("http_500", "http_502"):
        status = 500 if fault.kind == "http_500" else 502
        if fault.params.get("empty"):  # a status and nothing else, as a crashed upstream may send
            return Response(status, b"", "text/plain")
        return Response(status, b'{"error":"internal error"}' if status == 500 else b"Bad Gateway",
                        "application/json" if status == 500 else "text/plain")
    if fault.kind == "http_503":
        retry = str(fault.params.get("retry_after", 2))
        return Response(503, b"Service Unavailable", "text/plain", {"Retry-After": retry})
    if fault.kind == "html":
        status = int(fault.params.get("status", 502))
        page = ("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
                "<h1>502 Bad Gateway</h1><p>The proxy server received an invalid response."
                "</p><hr><center>Tengine</center></body></html>")
        return Response(status, page.encode(), "text/html;charset=UTF-8")
    if fault.kind == "bad_json":
        return Response(200, b'{"success":true,"result":{"orderId":"23', "application/json;charset=UTF-8")
    return None


def slow_answer(fault: Fault, stopping: threading.Event, run: Callable[[], Response]) -> Response:
    """The `hold` and `late_commit` faults around a handler `run` (see faults.py).

    hold: wait `delay` s, then run and answer; `stopping` ends the wait early and the request
    is abandoned unhandled (a dropped connection). late_commit: a proxy's 502 now, and `run`
    on a daemon thread after `delay` s unless the server is stopping by then.
    """
    if fault.kind == "hold":
        if stopping.wait(fault.delay):
            return Response(after_fault=dataclasses.replace(fault, kind="drop"))
        return run()

    def commit_later() -> None:
        if stopping.wait(fault.delay):
            log.info("sandbox stopping: late commit of fault %s abandoned", fault.id)
            return
        try:
            response = run()
        except Exception:
            log.exception("sandbox late commit of fault %s failed", fault.id)
            return
        log.debug("sandbox late commit of fault %s: HTTP %s %s", fault.id, response.status,
                  response.body[:200])

    threading.Thread(target=commit_later, name=f"sandbox-late-commit-{fault.id}", daemon=True).start()
    return Response(502, b"Bad Gateway", "text/plain")


def need(params: dict[str, str], *names: str) -> str | None:
    """The first of `names` missing, empty or blank in `params` (a blank value is one the
    SDKs never send), else None."""
    return next((n for n in names if blank(params.get(n))), None)


def parse_json_param(params: dict[str, str], name: str):
    """A JSON-in-form parameter; ValueError naming the field when it is not JSON."""
    try:
        return json.loads(params[name])
    except (KeyError, ValueError) as exc:
        raise ValueError(f"parameter {name} is not valid JSON") from exc
