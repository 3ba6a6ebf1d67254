"""The OT API server: the local platform's services answered over HTTP (WSGI, waitress).

Routes: `/service/<Method>` answers XML, `/service-json/<Method>` JSON; GET query or POST
form. Every answer is HTTP 200 with OT's envelope (errors are in ErrorCode), except for
requests that are not OT API calls at all. Logs carry the method, the outcome and the time,
never a parameter's value.
"""

from __future__ import annotations

import logging
import secrets as random_secrets
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit

from workstation.core import Core
from workstation.otapi import codec, signing
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.server import methods_lines, methods_orders, methods_purchase  # noqa: F401 - they register their methods
from workstation.otapi.server.methods import COMMON, REGISTRY, Call, bind
from workstation.services.otapi.instances import InstanceService
from workstation.services.otapi.intake import OrderIntake
from workstation.services.otapi.search import OtSearch

log = logging.getLogger(__name__)

MAX_FIELD_BYTES = 4_000_000  # one form field, URL-encoded; xml* fragments are far smaller
MAX_BODY_BYTES = 200_000_000  # waitress refuses more before we see it
CHUNK = 1 << 20
RETURN_PATH = "/otapi-provider-return"
MAX_PENDING_LOGINS = 200

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


class Platform:
    """What the methods work with: the core's services plus the OT API's own (instances, intake, search)."""

    def __init__(self, core: Core, instances: InstanceService, base_url: str = ""):
        self.core = core
        self.instances = instances
        self.intake = OrderIntake(core.db, core.sessions, core.connectors, core.actor)
        self.search = OtSearch(core.db)
        self.base_url = base_url
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="otapi-activity")
        self._logins: dict[str, tuple[Any, str]] = {}
        self._lock = threading.Lock()

    def public_image_url(self, url: str) -> str:
        """An item picture's address as a shop can fetch it: the demo's `sandbox://` names are
        the sandbox's own pictures, served over http by the sandbox this server books on."""
        from workstation.sandbox.constants import IMAGE_SCHEME

        if url.startswith(IMAGE_SCHEME + "//") and self.core.config.uses_sandbox:
            try:
                return self.core.connectors.base_url().rstrip("/") + "/" + url[len(IMAGE_SCHEME) + 2:]
            except Exception:  # noqa: BLE001 - no sandbox to name: the picture stays as stored
                log.warning("no sandbox to serve %s from", url)
        return url

    def drive(self, activity_id: str) -> None:
        """Run the activity on a worker until it finishes or asks (the same engine as the GUI's runner)."""
        self._pool.submit(self._drive, activity_id)

    def _drive(self, activity_id: str) -> None:
        try:
            self.core.activities.run(activity_id)
        except Exception:
            log.exception("activity %s could not be driven", activity_id)

    def begin_provider_login(self, provider: str, return_url: str) -> str:
        from workstation.services.login import LoginService

        service = LoginService(self.core.sessions, self.core.connectors, return_url=self.base_url + RETURN_PATH)
        request = service.begin(provider)
        with self._lock:
            self._logins[request.state] = (request, return_url)
            while len(self._logins) > MAX_PENDING_LOGINS:  # abandoned attempts: the oldest go first
                self._logins.pop(next(iter(self._logins)))
        return request.url

    def finish_provider_login(self, full_url: str) -> str:
        """Where to send the browser after the marketplace returned to us: the shop's returnUrl,
        with the new provider session's id or the error."""
        from workstation.services.login import LoginFailed, LoginService

        state = dict(parse_qsl(urlsplit(full_url).query)).get("state", "")
        with self._lock:
            found = self._logins.pop(state, None)
        if found is None:
            raise E.invalid("state", "no login was started with this state")
        request, shop_url = found
        service = LoginService(self.core.sessions, self.core.connectors, return_url=request.redirect_uri)
        try:
            row = service.finish(request, full_url)
            from workstation.otapi.server.structures import OT_PROVIDER

            extra = {"providerSessionId": row.account, "providerType": OT_PROVIDER.get(request.provider, "")}
        except LoginFailed as exc:
            extra = {"error": str(exc)}
        joiner = "&" if urlsplit(shop_url).query else "?"
        return shop_url + joiner + urlencode(extra)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)


def _read_form(environ: dict[str, Any]) -> tuple[list[tuple[str, str]], set[str]]:
    """The POST form's fields, streamed: a field longer than MAX_FIELD_BYTES is dropped and named."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    stream = environ["wsgi.input"]
    fields: list[tuple[str, str]] = []
    oversized: set[str] = set()
    current = bytearray()
    skipping: str | None = None
    remaining = length
    while remaining > 0:
        chunk = stream.read(min(CHUNK, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        parts = chunk.split(b"&")
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            if skipping is None:
                current += part
                if len(current) > MAX_FIELD_BYTES:
                    name = unquote_plus(bytes(current).split(b"=", 1)[0][:100].decode("latin-1"))
                    oversized.add(name)
                    skipping, current = name, bytearray()
            if not last:
                if skipping is None and current:
                    fields.append(_field(bytes(current)))
                skipping, current = None, bytearray()
    if skipping is None and current:
        fields.append(_field(bytes(current)))
    return fields, oversized


def _field(raw: bytes) -> tuple[str, str]:
    name, _, value = raw.partition(b"=")
    return unquote_plus(name.decode("utf-8", "replace")), unquote_plus(value.decode("utf-8", "replace"))


class OtapiApp:
    """The WSGI application."""

    def __init__(self, platform: Platform):
        self.platform = platform

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == RETURN_PATH:
            return self._provider_return(environ, start_response)
        for prefix, fmt in (("/service-json/", "json"), ("/service/", "xml")):
            if path.startswith(prefix):
                name = path[len(prefix):].strip("/")
                started = time.monotonic()
                body = self._call(name, environ)
                code = body["ErrorCode"]
                log.info("%s %s -> %s%s in %.0f ms", fmt, name[:60], code,
                         f"/{body['SubErrorCode']}" if body.get("SubErrorCode") else "",
                         (time.monotonic() - started) * 1000)
                method = REGISTRY.get(name)
                root = method.answer if method else "OtapiAnswer"
                payload = codec.to_json(body) if fmt == "json" else codec.to_xml(root, body)
                ctype = "application/json; charset=utf-8" if fmt == "json" else "text/xml; charset=utf-8"
                start_response("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(payload)))])
                return [payload]
        start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
        return [b"Not an OT API route: use /service/<Method> or /service-json/<Method>.\n"]

    def _params(self, environ: dict[str, Any]) -> dict[str, str]:
        pairs = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        oversized: set[str] = set()
        if environ.get("REQUEST_METHOD") == "POST":
            ctype = environ.get("CONTENT_TYPE", "")
            if ctype and not ctype.startswith("application/x-www-form-urlencoded"):
                raise E.OtapiError(E.INVALID_PARAMETER, "POST a form (application/x-www-form-urlencoded).",
                                   sub_code="UnsupportedContentType", parameter="Content-Type")
            form, oversized = _read_form(environ)
            pairs += form
        if oversized:
            name = sorted(oversized)[0]
            raise E.OtapiError(E.INVALID_PARAMETER, f"Parameter {name}: too long (more than {MAX_FIELD_BYTES} bytes).",
                               sub_code="UnsafeXml" if name.startswith("xml") else "TooLong", parameter=name)
        params: dict[str, str] = {}
        for key, value in pairs:
            if key in params:
                raise E.invalid(key, "given more than once")
            params[key] = value
        return params

    def _call(self, name: str, environ: dict[str, Any]) -> dict[str, Any]:
        request_id = random_secrets.token_hex(8)
        try:
            params = self._params(environ)
            return self._dispatch(name, params, request_id)
        except E.OtapiError as exc:
            arguments = {"ParameterName": exc.parameter} if exc.parameter else None
            return codec.answer(code=exc.code, description=exc.description, sub_code=exc.sub_code,
                                arguments=arguments, request_id=request_id)
        except Exception:
            log.exception("OT API method %s failed (request %s)", name[:60], request_id)
            return codec.answer(code=E.INTERNAL_ERROR, request_id=request_id,
                                description=f"Internal error; the server log has request {request_id}.")

    def _dispatch(self, name: str, params: dict[str, str], request_id: str) -> dict[str, Any]:
        method = REGISTRY.get(name)
        if method is None:
            raise E.OtapiError(E.UNKNOWN_METHOD, f"Unknown method {name[:60]!r}.", sub_code="UnknownMethod",
                               parameter="method")
        key = params.get("instanceKey", "")
        if not key:
            raise E.missing("instanceKey")
        caller, secret = self.platform.instances.instance(key)
        if secret is not None:
            sub = signing.check(name, params, secret)
            if sub is not None:
                raise E.AccessDenied({"MissingTimestamp": "Timestamp is missing", "MissingSignature":
                                      "Signature is missing", "InvalidTimestamp": "Invalid timestamp",
                                      "InvalidSignature": "Invalid signature"}[sub], sub_code=sub,
                                     parameter="signature" if "Signature" in sub else "timestamp")
        language = params.get("language", "")
        if len(language) > 5:
            raise E.invalid("language", "a language code such as en or ru")
        if method.session is not None:
            session_id = params.get("sessionId", "")
            if not session_id:
                raise E.missing("sessionId")
            caller = self.platform.instances.session(caller, session_id)
            if method.session in ("operator", "customer") and caller.kind != method.session:
                raise E.AccessDenied(f"{name} needs a{'n' if method.session == 'operator' else ''} "
                                     f"{method.session} session.", sub_code="WrongSessionKind", parameter="sessionId")
        known = set(COMMON) | {p.name for p in method.params}
        unknown = sorted(set(params) - known)
        if unknown:
            raise E.invalid(unknown[0], f"{name} has no parameter {unknown[0][:60]!r}")
        call = Call(self.platform, caller, bind(method, params), language)
        result = method.handler(call)
        return codec.answer(result, top=call.top, request_id=request_id)

    def _provider_return(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        url = self.platform.base_url + RETURN_PATH + "?" + environ.get("QUERY_STRING", "")
        try:
            target = self.platform.finish_provider_login(url)
        except E.OtapiError as exc:
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [exc.description.encode()]
        start_response("302 Found", [("Location", target), ("Content-Type", "text/plain")])
        return [b""]


def serve(platform: Platform, host: str, port: int, *, ready: Callable[[str], None] | None = None,
          threads: int = 4) -> None:
    """Serve until SIGTERM/SIGINT (waitress handles both by closing; we then stop the workers)."""
    import signal

    from waitress.server import create_server

    app = OtapiApp(platform)
    server = create_server(app, host=host, port=port, threads=threads, max_request_body_size=MAX_BODY_BYTES,
                           ident="workstation-otapi", clear_untrusted_proxy_headers=True,
                           recv_bytes=1 << 18)  # big bodies arrive in fewer reads
    actual = server.effective_port  # type: ignore[union-attr]
    platform.base_url = f"http://{host}:{actual}"

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    if ready:
        ready(f"http://{host}:{actual}/")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        platform.close()
