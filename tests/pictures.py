"""A slow image server on loopback for the picture tests: real HTTP, held answers, counted requests.

Paths: `/ok/NAME.png` a real PNG (the sandbox's picture of NAME), `/broken/NAME.png` garbage
labelled `image/png`, `/page/NAME` an HTML page, `/huge/NAME.png` a PNG header promising far
more than the limit, `/missing/...` 404. Until `release()` every answer is held (as a slow
server would) for at most `hold_seconds`; `held` says how many requests wait right now.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from workstation.sandbox.images import picture


class SlowImageServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, hold_seconds: float = 30.0):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.gate = threading.Event()
        self.hold_seconds = hold_seconds
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.held = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, kind: str, name: str) -> str:
        return f"{self.base_url}/{kind}/{name}" + ("" if kind == "page" else ".png")

    def release(self) -> None:
        self.gate.set()

    def hold(self) -> None:
        self.gate.clear()


class _Handler(BaseHTTPRequestHandler):
    server: SlowImageServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        server = self.server
        with server._lock:
            server.requests[self.path] += 1
            server.held += 1
        try:
            server.gate.wait(server.hold_seconds)  # the slow part: nothing is sent meanwhile
        finally:
            with server._lock:
                server.held -= 1
        kind, _, name = self.path.strip("/").partition("/")
        name = name.removesuffix(".png")
        if kind == "ok":
            self._send(200, "image/png", picture("1688", name))
        elif kind == "broken":
            self._send(200, "image/png", b"\x89PNG but not really " * 40)
        elif kind == "page":
            self._send(200, "text/html; charset=utf-8", b"<html><body>login first</body></html>")
        elif kind == "huge":
            body = picture("1688", name)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            with suppress(OSError):
                self.wfile.write(body)
            self.close_connection = True
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


@contextmanager
def slow_image_server(hold_seconds: float = 30.0) -> Iterator[SlowImageServer]:
    server = SlowImageServer(hold_seconds)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
