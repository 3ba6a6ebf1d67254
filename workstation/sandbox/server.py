"""The sandbox HTTP server: one loopback ThreadingHTTPServer serving both gateways and pages.

Routes (see constants.py for the prefixes): the 1688 gateway and login page, the
Taobao Global gateway and login page, `/pay/{provider}/{order_ids}`, `/health`
and the `/__sandbox/` admin endpoints. Injected latency and faults are applied
here, around the protocol handlers.
"""

from __future__ import annotations

import logging
import socket
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from workstation.sandbox import admin, images, pages
from workstation.sandbox.catalogue import DEFAULT_SEED
from workstation.sandbox.constants import (
    AUTH_1688,
    AUTH_TAOBAO_GLOBAL,
    GATEWAY_1688,
    GATEWAY_TAOBAO_GLOBAL,
    HEALTH,
    IMAGES,
)
from workstation.sandbox.faults import RateLimiter
from workstation.sandbox.market import P1688, PTG, Market
from workstation.sandbox.proto_1688 import Gateway1688
from workstation.sandbox.proto_taobao_global import GatewayTaobaoGlobal
from workstation.sandbox.wire import (
    Request,
    Response,
    flatten_json_body,
    json_response,
    parse_multipart,
)

log = logging.getLogger(__name__)


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, market: Market, host: str = "127.0.0.1", port: int = 0):
        self.market = market
        # wakes handlers that hold an answer or a request (timeout, hold), ends late commits
        self.stopping = threading.Event()
        limiter = RateLimiter()
        self.gw1688 = Gateway1688(market, limiter, self.stopping)
        self.gwtg = GatewayTaobaoGlobal(market, limiter, self.stopping)
        super().__init__((host, port), Handler)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up (timeouts, dropped connections) are routine here, not errors."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            log.debug("client %s went away: %s", client_address, exc)
            return
        log.exception("sandbox connection from %s failed", client_address)

    def stop(self) -> None:
        self.stopping.set()
        threading.Thread(target=self.shutdown, daemon=True).start()

    def route(self, req: Request) -> Response:
        path = req.path
        if path == HEALTH:
            return admin.health(self.market)
        if path.startswith(admin.PREFIX):
            return admin.handle(self.market, req, self.stop)
        if path == AUTH_1688:
            return pages.login_page(self.market, P1688, req)
        if path == AUTH_TAOBAO_GLOBAL:
            return pages.login_page(self.market, PTG, req)
        if path.startswith(IMAGES + "/"):
            return images.handle(req)
        if path.startswith("/pay/") and path.count("/") == 3:
            _, _, provider, ids = path.split("/")
            return pages.pay_page(self.market, provider, ids, req)
        gateway = (self.gw1688 if path.startswith(GATEWAY_1688 + "/") else
                   self.gwtg if path.startswith(GATEWAY_TAOBAO_GLOBAL + "/") else None)
        if gateway is None:
            return json_response({"error": "not_found", "path": path}, 404)
        latency = self.market.settings()["latency_ms"]
        if latency > 0:
            self.stopping.wait(latency / 1000)
        return gateway.handle(req)


class Handler(BaseHTTPRequestHandler):
    server: SandboxServer
    protocol_version = "HTTP/1.1"
    server_version = "Tengine"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle + delayed ACK add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:  # http.server's names
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args) -> None:  # base class signature
        log.debug("%s %s", self.address_string(), format % args)

    def _parse(self) -> Request:
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        params = dict(query)
        files: dict[str, tuple[str, bytes]] = {}
        raw_type = self.headers.get("Content-Type") or ""
        ctype = raw_type.lower()
        if body and "application/json" in ctype:
            params.update(flatten_json_body(body))
        elif body and ("x-www-form-urlencoded" in ctype or not ctype):
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        elif body and "multipart/form-data" in ctype:
            # As the gateways: the text parts are parameters exactly as form fields are
            # (the official SDKs send multipart when a file is attached); files stay apart.
            fields, files = parse_multipart(body, raw_type)
            params.update(fields)
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        return Request(self.command, parts.path, query, params,
                       {k.lower(): v for k, v in self.headers.items()}, body, f"http://{host}",
                       files=files)

    def _dispatch(self) -> None:
        try:
            req = self._parse()
        except (ValueError, UnicodeDecodeError) as exc:
            self._send(json_response({"error": "bad_request", "message": str(exc)}, 400))
            return
        try:
            response = self.server.route(req)
        except Exception:
            log.exception("sandbox handler failed on %s", req.path)
            response = json_response({"error": "internal", "message": "sandbox bug, see its log"}, 500)
        fault = response.after_fault
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind == "timeout":
            self.server.stopping.wait(float(fault.params.get("delay", 15)))
        self._send(response)

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _drop(self) -> None:
        """Close the connection with a reset and no answer, as a crashed peer would."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass


def make_server(directory: Path, *, port: int = 0, seed: int = DEFAULT_SEED,
                host: str = "127.0.0.1") -> SandboxServer:
    """A bound server (not yet serving) on `directory`'s state; port 0 picks a free one."""
    return SandboxServer(Market(directory, seed), host, port)
