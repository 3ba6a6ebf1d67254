"""A one-shot loopback redirect listener: logging in through the system browser (RFC 8252 §7.3).

When the embedded browser cannot show a marketplace's login page (a page that needs a browser
extension, a QR scan app that hands over to the default browser, a proxy only the system
browser knows), the login runs in the person's own browser. The marketplace then sends that
browser to `http://127.0.0.1:<port><path>?code=…&state=…`; this module listens there.

`LoopbackRedirect` binds 127.0.0.1 only, on a free port the system picks (or the fixed port a
registered redirect URI names), at construction, so the port is known before the browser is
opened and a connection that comes early waits in the backlog. `wait(check)` then serves, on
the calling thread (a worker, never the GUI thread), until one good redirect came:

- only `GET` of the expected path, with the expected `Host`, is considered; anything else is
  refused (405, 404, 400) and the listener keeps waiting;
- `check(url)` decides on the redirect (the login service compares its `state`): when it
  raises, the browser gets a refusal page with the exception's message and `wait` raises it;
  when it returns, the browser gets a small "you can close this tab" page and `wait` returns
  the URL;
- the socket is closed after that one redirect, on `cancel()` (any thread), on the timeout,
  and on `close()`: a second request finds nothing listening.

Plain Python, no Qt, no http.server: one small select loop on the waiting thread. Browsers
open spare connections they may never use; each gets a few seconds to send its request and is
dropped after, so an idle one never holds the real redirect up.
"""

from __future__ import annotations

import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
DEFAULT_TIMEOUT = 600.0  # s: long enough for an SMS code or a QR scan, short enough to end
_POLL = 0.1  # s: how often the serving loop looks at cancel() and the deadline
_READ_TIMEOUT = 5.0  # s: one connection's time to send its request head
_MAX_HEAD = 16 * 1024  # bytes: a redirect's request line with code and state is far shorter
_MAX_PENDING = 16  # connections that have not sent their request yet (browsers pre-connect)

DONE_TITLE = "Logged in"
DONE_TEXT = ("The workstation received the marketplace's answer. You can close this tab and "
             "go back to the workstation.")
REFUSED_TITLE = "Login refused"

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.4}}</style>
</head><body><h1>{title}</h1><p>{text}</p></body></html>"""

_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
            408: "Request Timeout", 431: "Request Header Fields Too Large"}


class RedirectEnded(Exception):
    """The wait ended without a redirect."""


class RedirectTimeout(RedirectEnded):
    """No redirect came before the timeout."""


class RedirectCancelled(RedirectEnded):
    """`cancel()` was called (the person closed the dialog or went back)."""


def is_loopback_uri(uri: str) -> bool:
    """True for an `http` URI on 127.0.0.1 or localhost: one this module can listen for."""
    parts = urlsplit(uri)
    try:
        parts.port  # noqa: B018 - validates the port
    except ValueError:
        return False
    return parts.scheme.lower() == "http" and (parts.hostname or "").lower() in (HOST, "localhost")


class LoopbackRedirect:
    """Listens on 127.0.0.1 for one browser redirect to `path`. See the module's docstring.

    `redirect_uri` is what goes into the marketplace's login URL. `host_name` is the host the
    URI names (127.0.0.1, or `localhost` when that is what the app registered); the socket is
    bound to 127.0.0.1 either way. `port` 0 lets the system choose a free one.
    """

    def __init__(self, path: str = "/", *, port: int = 0, timeout: float = DEFAULT_TIMEOUT,
                 host_name: str = HOST, done_title: str = DONE_TITLE, done_text: str = DONE_TEXT,
                 refused_title: str = REFUSED_TITLE, clock: Callable[[], float] = time.monotonic):
        self.path = "/" + path.lstrip("/")
        self.timeout = timeout
        self.host_name = host_name
        self._texts = (done_title, done_text, refused_title)
        self._clock = clock
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._used = False
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no other process may share it
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            sock.bind((HOST, port))
            sock.listen(8)
            sock.setblocking(False)
        except BaseException:
            sock.close()
            raise
        self._sock: socket.socket | None = sock
        self.port: int = sock.getsockname()[1]
        log.debug("loopback redirect listener on %s:%s%s", HOST, self.port, self.path)

    # ------------------------------------------------------------ public

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.host_name}:{self.port}{self.path}"

    @property
    def is_open(self) -> bool:
        return self._sock is not None

    def cancel(self) -> None:
        """End the wait (from any thread): `wait` raises RedirectCancelled within a moment."""
        self._cancelled.set()

    def close(self) -> None:
        """Stop listening now. Call from the thread that waits, or when nobody waits."""
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cancel()
        self.close()

    def wait(self, check: Callable[[str], None] | None = None) -> str:
        """Serve until one good redirect; its full URL. Blocks: call it on a worker thread.

        Raises RedirectTimeout, RedirectCancelled, or whatever `check` raised for the redirect
        (after the browser got the refusal page). The socket is closed when this returns.
        """
        with self._lock:
            if self._used:
                raise RuntimeError("a LoopbackRedirect serves one login; make a new one")
            self._used = True
        deadline = self._clock() + self.timeout
        pending: dict[socket.socket, tuple[bytes, float]] = {}  # connections still sending
        try:
            while True:
                if self._cancelled.is_set():
                    raise RedirectCancelled("the wait for the browser's redirect was cancelled")
                now = self._clock()
                if now >= deadline:
                    raise RedirectTimeout(f"no redirect came within {self.timeout:g} s")
                sock = self._sock
                if sock is None:
                    raise RedirectCancelled("the listener was closed")
                for conn, (_data, until) in list(pending.items()):
                    if now >= until:  # a browser's idle pre-connection, or a stalled client
                        del pending[conn]
                        conn.close()
                readable, _, _ = select.select([sock, *pending], [], [], min(_POLL, deadline - now))
                for ready in readable:
                    if ready is sock:
                        self._accept(sock, pending)
                        continue
                    url = self._receive(ready, pending, check)
                    if url is not None:
                        return url
        finally:
            for conn in pending:
                conn.close()
            self.close()

    # ------------------------------------------------------------ connections

    def _accept(self, sock: socket.socket, pending: dict[socket.socket, tuple[bytes, float]]) -> None:
        try:
            conn, _peer = sock.accept()
        except (BlockingIOError, InterruptedError):
            return
        conn.setblocking(False)
        if len(pending) >= _MAX_PENDING:  # the oldest idle connection makes room
            oldest = next(iter(pending))
            del pending[oldest]
            oldest.close()
        pending[conn] = (b"", self._clock() + _READ_TIMEOUT)

    def _receive(self, conn: socket.socket, pending: dict[socket.socket, tuple[bytes, float]],
                 check: Callable[[str], None] | None) -> str | None:
        """Read what arrived on `conn`; once its request head is complete, answer it."""
        data, until = pending[conn]
        try:
            chunk = conn.recv(4096)
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            chunk = b""
        if not chunk:  # closed before the request was complete
            del pending[conn]
            conn.close()
            return None
        data += chunk
        if b"\r\n\r\n" not in data and len(data) <= _MAX_HEAD:
            pending[conn] = (data, until)
            return None
        del pending[conn]
        conn.setblocking(True)
        conn.settimeout(_READ_TIMEOUT)
        with conn:
            if b"\r\n\r\n" not in data:
                _answer(conn, 431, _REASONS[431], "The request is too long.")
                return None
            return self._serve(conn, *_parse_head(data), check)

    def _serve(self, conn: socket.socket, request_line: str, headers: dict[str, str],
               check: Callable[[str], None] | None) -> str | None:
        """Answer one request; the redirect URL when it was the good one, else None."""
        parts = request_line.split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            _answer(conn, 400, "Bad Request", "This is not an HTTP request.")
            return None
        method, target, _version = parts
        if method != "GET":
            _answer(conn, 405, "Method Not Allowed", "Only GET is answered here.",
                    extra={"Allow": "GET"})
            log.info("loopback redirect listener: refused a %s request", method[:16])
            return None
        target_parts = urlsplit(target)
        if target_parts.scheme or target_parts.netloc or target_parts.path != self.path:
            _answer(conn, 404, "Not Found", "Nothing is here.")
            return None
        host = headers.get("host", "")
        if host.lower() != f"{self.host_name}:{self.port}".lower():
            # a page in the browser that reached the port under another name (DNS rebinding)
            _answer(conn, 400, "Bad Request", "This request was not addressed to this listener.")
            log.warning("loopback redirect listener: refused a request for host %r", host[:80])
            return None
        url = f"http://{self.host_name}:{self.port}{target}"
        done_title, done_text, refused_title = self._texts
        if check is not None:
            try:
                check(url)
            except Exception as exc:
                _answer(conn, 400, refused_title, str(exc))
                raise
        _answer(conn, 200, done_title, done_text)
        return url


def _parse_head(data: bytes) -> tuple[str, dict[str, str]]:
    """The request line and the headers (lower-case names) of a complete request head."""
    text = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = text.split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return lines[0], headers


def _answer(conn: socket.socket, status: int, title: str, text: str, *,
            extra: dict[str, str] | None = None) -> None:
    body = _PAGE.format(title=escape(title), text=escape(text)).encode("utf-8")
    head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
            "Content-Type: text/html; charset=utf-8",
            f"Content-Length: {len(body)}",
            "Cache-Control: no-store",
            "Referrer-Policy: no-referrer",  # the code in the URL goes nowhere else
            "Connection: close"]
    head += [f"{k}: {v}" for k, v in (extra or {}).items()]
    try:
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
    except OSError as exc:
        log.debug("loopback redirect listener: the browser went before the answer (%s)", exc)
