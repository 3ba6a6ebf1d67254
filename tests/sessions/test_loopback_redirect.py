"""The loopback redirect listener (RFC 8252 §7.3) and the login service's system-browser login.

Real sockets, real HTTP: the "browser" is httpx on a thread of the test; the listener waits on
another, as it waits on a worker of the TaskRunner in the program.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from tests.sessions.helpers import DEMO, submit_login_form
from workstation.services.login import (
    BrowserLoginUnavailable,
    LoginCancelled,
    LoginDenied,
    LoginService,
    LoginStateMismatch,
    LoginTimedOut,
)
from workstation.services.loopback_redirect import (
    LoopbackRedirect,
    RedirectCancelled,
    RedirectTimeout,
    is_loopback_uri,
)

PATH = "/workstation/login-done"
WAIT = 15  # s, for a future's result: the wait itself ends as soon as the answer is there


class Refused(Exception):
    pass


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=2) as made:
        yield made


def wait_on(pool: ThreadPoolExecutor, listener: LoopbackRedirect,
            check: Callable[[str], None] | None = None) -> Future:
    return pool.submit(listener.wait, check)


def refuses_connections(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}{PATH}", timeout=2)
    except httpx.ConnectError:
        return True
    return False


def only_state(expected: str) -> Callable[[str], None]:
    def check(url: str) -> None:
        if parse_qs(urlsplit(url).query).get("state") != [expected]:
            raise Refused("the state does not match")
    return check


# ---------------------------------------------------------------- the listener


def test_binds_loopback_only_on_a_free_port():
    with LoopbackRedirect(PATH) as listener:
        host, port = listener._sock.getsockname()  # type: ignore[union-attr]
        assert host == "127.0.0.1" and port == listener.port > 0
        assert listener.redirect_uri == f"http://127.0.0.1:{port}{PATH}"
    assert not listener.is_open


def test_one_good_redirect_is_answered_and_then_nothing_listens(pool):
    listener = LoopbackRedirect(PATH)
    waiting = wait_on(pool, listener, only_state("s1"))
    answer = httpx.get(f"{listener.redirect_uri}?code=c1&state=s1", timeout=5)
    assert answer.status_code == 200 and "close this tab" in answer.text
    assert answer.headers["cache-control"] == "no-store"
    assert waiting.result(WAIT) == f"{listener.redirect_uri}?code=c1&state=s1"
    assert not listener.is_open and refuses_connections(listener.port)  # a second request: refused
    with pytest.raises(RuntimeError):
        listener.wait()  # one listener serves one login


def test_other_requests_are_refused_and_the_wait_goes_on(pool):
    listener = LoopbackRedirect(PATH)
    waiting = wait_on(pool, listener, only_state("s1"))
    base = f"http://127.0.0.1:{listener.port}"
    post = httpx.post(f"{listener.redirect_uri}?code=c&state=s1", timeout=5)
    assert post.status_code == 405 and post.headers["allow"] == "GET"
    assert httpx.get(f"{base}/favicon.ico", timeout=5).status_code == 404
    assert httpx.get(f"{base}{PATH}/more?code=c&state=s1", timeout=5).status_code == 404
    rebound = httpx.get(f"{listener.redirect_uri}?code=c&state=s1", timeout=5,
                        headers={"Host": f"attacker.example:{listener.port}"})
    assert rebound.status_code == 400
    raw = socket.create_connection(("127.0.0.1", listener.port), timeout=5)
    raw.sendall(b"NONSENSE\r\n\r\n")
    assert raw.recv(100).startswith(b"HTTP/1.1 400")
    raw.close()
    assert not waiting.done()
    assert httpx.get(f"{listener.redirect_uri}?code=c&state=s1", timeout=5).status_code == 200
    assert waiting.result(WAIT).endswith("?code=c&state=s1")


def test_an_idle_preconnection_does_not_hold_the_redirect_up(pool):
    listener = LoopbackRedirect(PATH)
    waiting = wait_on(pool, listener)
    idle = socket.create_connection(("127.0.0.1", listener.port), timeout=5)  # as browsers do
    try:
        answer = httpx.get(f"{listener.redirect_uri}?code=c&state=s", timeout=3)
        assert answer.status_code == 200
        assert waiting.result(WAIT)
    finally:
        idle.close()


def test_a_refused_redirect_tells_the_browser_and_ends_the_wait(pool):
    listener = LoopbackRedirect(PATH, refused_title="Login refused")
    waiting = wait_on(pool, listener, only_state("right"))
    answer = httpx.get(f"{listener.redirect_uri}?code=c&state=wrong", timeout=5)
    assert answer.status_code == 400
    assert "Login refused" in answer.text and "the state does not match" in answer.text
    with pytest.raises(Refused):
        waiting.result(WAIT)
    assert refuses_connections(listener.port)


def test_the_wait_ends_on_its_timeout(pool):
    listener = LoopbackRedirect(PATH, timeout=0.3)
    with pytest.raises(RedirectTimeout):
        wait_on(pool, listener).result(WAIT)
    assert refuses_connections(listener.port)


def test_cancel_from_another_thread_ends_the_wait(pool):
    listener = LoopbackRedirect(PATH)
    waiting = wait_on(pool, listener)
    assert not waiting.done()
    listener.cancel()
    with pytest.raises(RedirectCancelled):
        waiting.result(WAIT)
    assert refuses_connections(listener.port)


def test_a_fixed_port_is_taken_as_given_and_a_busy_one_fails():
    with LoopbackRedirect(PATH) as first, pytest.raises(OSError):
        LoopbackRedirect(PATH, port=first.port)
    with LoopbackRedirect(PATH, port=first.port, host_name="localhost") as again:
        assert again.redirect_uri == f"http://localhost:{first.port}{PATH}"


def test_loopback_uris():
    assert is_loopback_uri("http://127.0.0.1/workstation/login-done")
    assert is_loopback_uri("http://localhost:8765/cb")
    assert not is_loopback_uri("https://127.0.0.1/cb")  # nothing here speaks TLS
    assert not is_loopback_uri("http://erp.example.com/cb")
    assert not is_loopback_uri("http://127.0.0.1:99999/cb")


# ---------------------------------------------------------------- the service, on the sandbox


def sandbox_browser(url: str, login: str, password: str, action: str = "login") -> httpx.Response:
    """What the system browser does: the marketplace's login form, then its redirect."""
    location = submit_login_form(url, login, password, action)
    assert location.startswith("http://127.0.0.1:")
    return httpx.get(location, timeout=5)


def test_logging_in_through_the_system_browser(pool, login_service: LoginService, sessions):
    flow = login_service.begin_in_browser("1688")
    redirect = parse_qs(urlsplit(flow.url).query)["redirect_uri"][0]
    assert redirect == flow.request.redirect_uri == flow.listener.redirect_uri
    assert urlsplit(redirect).path == PATH and urlsplit(redirect).port == flow.listener.port
    finishing = pool.submit(login_service.finish_in_browser, flow)
    account, password = DEMO["1688"][0]
    answer = sandbox_browser(flow.url, account, password)
    assert answer.status_code == 200 and "close this tab" in answer.text
    row = finishing.result(WAIT)
    assert (row.provider, row.account, row.state) == ("1688", account, "valid")
    assert [r.account for r in sessions.list()] == [account]
    assert refuses_connections(flow.listener.port)


def test_a_redirect_with_another_state_is_refused(pool, login_service, sessions):
    flow = login_service.begin_in_browser("taobao")
    finishing = pool.submit(login_service.finish_in_browser, flow)
    forged = flow.listener.redirect_uri + "?" + urlencode({"code": "stolen", "state": "forged"})
    answer = httpx.get(forged, timeout=5)
    assert answer.status_code == 400 and "security check" in answer.text
    with pytest.raises(LoginStateMismatch, match="security check"):
        finishing.result(WAIT)
    assert sessions.list() == [] and refuses_connections(flow.listener.port)


def test_denied_in_the_browser_is_a_denial(pool, login_service, sessions):
    flow = login_service.begin_in_browser("taobao")
    finishing = pool.submit(login_service.finish_in_browser, flow)
    account, _password = DEMO["taobao"][0]
    assert sandbox_browser(flow.url, account, "", action="deny").status_code == 200
    with pytest.raises(LoginDenied):
        finishing.result(WAIT)
    assert sessions.list() == []


def test_timeout_and_cancel_end_the_browser_login_cleanly(pool, login_service, sessions):
    slow = login_service.begin_in_browser("1688", timeout=0.3)
    with pytest.raises(LoginTimedOut, match="did not come back"):
        pool.submit(login_service.finish_in_browser, slow).result(WAIT)
    cancelled = login_service.begin_in_browser("1688")
    finishing = pool.submit(login_service.finish_in_browser, cancelled)
    cancelled.cancel()
    with pytest.raises(LoginCancelled):
        finishing.result(WAIT)
    assert sessions.list() == []
    assert refuses_connections(slow.listener.port) and refuses_connections(cancelled.listener.port)


def test_a_configured_fixed_loopback_port_is_used(pool, sessions, connectors):
    with LoopbackRedirect(PATH) as probe:
        port = probe.port  # free a moment ago
    service = LoginService(sessions, connectors, return_url=f"http://127.0.0.1:{port}/cb")
    flow = service.begin_in_browser("1688")
    assert flow.listener.redirect_uri == f"http://127.0.0.1:{port}/cb"
    flow.cancel()
    with pytest.raises(LoginCancelled):
        pool.submit(service.finish_in_browser, flow).result(WAIT)


def test_no_browser_login_when_the_redirect_uri_is_not_loopback(sessions, connectors):
    service = LoginService(sessions, connectors, return_url="https://erp.example.com/marketplace/cb")
    assert not service.can_use_browser("1688")
    with pytest.raises(BrowserLoginUnavailable, match="erp.example.com"):
        service.begin_in_browser("1688")
