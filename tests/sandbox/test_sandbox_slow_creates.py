"""Slow order creation: the `hold` and `late_commit` faults, in-process and in a server process.

hold: the gateway sits on the request before handling it, so look-ups by our reference
find nothing until the hold ends, then exactly one order. late_commit: a proxy's 502 at
once, the order committed later in the background. Neither ever creates twice, and a
server stopping in the middle never hangs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable

import httpx
import pytest

from tests.sandbox.helpers import ADDRESS_1688, RECEIVER_TG, Sandbox
from workstation.providers.base import ProviderKind
from workstation.sandbox.goods import catalogue_items
from workstation.sandbox.launcher import (
    ensure_running,
    health,
    serve_in_thread,
    stop_running,
)
from workstation.sandbox.market import P1688, PTG, Market

CREATE_1688 = "alibaba.trade.createCrossOrder"
CREATE_TG = "/purchase/order/create"
LIST_1688 = "alibaba.trade.getBuyerOrderList"
QUERY_TG = "/purchase/orders/query"


def wait_for(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition"):
    """Poll `condition` until it is truthy (returned), failing after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def plain(kind: ProviderKind, seed: int):
    return next(i for i in catalogue_items(seed, kind) if not (i.drifts or i.sells_out or i.sku_vanishes))


def create_1688(sb: Sandbox, token: str, ref: str, timeout: float | None = None) -> httpx.Response:
    item = plain(ProviderKind.ALIBABA1688, sb.market.seed)
    return sb.call_1688(CREATE_1688, {
        "flow": "general", "addressParam": ADDRESS_1688, "outOrderId": ref,
        "cargoParamList": [{"offerId": item.item_id, "specId": item.skus[0].sku_id, "quantity": 1}]},
        token, timeout=timeout)


def create_tg(sb: Sandbox, token: str, ref: str, timeout: float | None = None) -> httpx.Response:
    item = plain(ProviderKind.TAOBAO, sb.market.seed)
    return sb.call_tg(CREATE_TG, {
        "outer_purchase_id": ref, "receiver": RECEIVER_TG,
        "order_line_list": [{"itemId": item.item_id, "skuId": item.skus[0].sku_id, "quantity": 1}]},
        token, timeout=timeout)


def found_1688(sb: Sandbox, token: str, ref: str) -> int:
    """How many orders 1688's getBuyerOrderList finds for our reference (over HTTP)."""
    body = sb.call_1688(LIST_1688, {"outOrderId": ref}, token).json()
    assert body["success"] is True, body
    return body["totalRecord"]


def found_tg(sb: Sandbox, token: str, ref: str) -> int:
    body = sb.call_tg(QUERY_TG, {"outer_purchase_id": ref}, token).json()
    assert body["success"] is True, body
    return body["data"]["results_total"]


class InFlight:
    """A request running on its own thread: its answer, or the exception it raised."""

    def __init__(self, send: Callable[[], httpx.Response]):
        self.answer: httpx.Response | None = None
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self.elapsed = 0.0
        self._thread = threading.Thread(target=self._run, args=(send,), daemon=True)
        self._thread.start()

    def _run(self, send) -> None:
        try:
            self.answer = send()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc
        self.elapsed = time.monotonic() - self.started

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float = 15.0) -> InFlight:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "request still running"
        return self


def held(market: Market) -> bool:
    """The injected fault was taken: the request has reached the gateway and is being held."""
    return market.faults.pending() == []


# ---------------------------------------------------------------- hold


def test_hold_shows_nothing_until_the_hold_ends_then_exactly_one_order(sandbox, token_1688):
    sandbox.market.faults.add(CREATE_1688, "hold", 1, delay=2)
    create = InFlight(lambda: create_1688(sandbox, token_1688, "HOLD-1", timeout=10))
    wait_for(lambda: held(sandbox.market), what="the create to reach the gateway")
    # While held: neither the reference look-up, the detail by reference nor the lists see it.
    assert found_1688(sandbox, token_1688, "HOLD-1") == 0
    assert sandbox.call_1688(LIST_1688, {}, token_1688).json()["totalRecord"] == 0
    detail = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "outOrderId": "HOLD-1"},
                               token_1688).json()
    assert detail["success"] is False
    assert sandbox.market.find_orders(P1688) == []
    assert create.running  # the look-ups above happened during the hold
    create.join()
    assert create.error is None and create.answer.status_code == 200
    assert create.elapsed >= 2
    order_id = create.answer.json()["result"]["orderId"]
    assert found_1688(sandbox, token_1688, "HOLD-1") == 1
    (order,) = sandbox.market.find_orders(P1688)
    assert order.order_id == order_id and order.client_ref == "HOLD-1"


def test_hold_commits_after_the_client_gave_up(sandbox, token_1688):
    sandbox.market.faults.add(CREATE_1688, "hold", 1, delay=1.5)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        create_1688(sandbox, token_1688, "HOLD-GAVE-UP", timeout=0.3)
    assert found_1688(sandbox, token_1688, "HOLD-GAVE-UP") == 0  # still being worked on
    wait_for(lambda: sandbox.market.find_orders(P1688, client_ref="HOLD-GAVE-UP"), what="the commit")
    assert time.monotonic() - started >= 1.5
    assert found_1688(sandbox, token_1688, "HOLD-GAVE-UP") == 1
    assert len(sandbox.market.find_orders(P1688)) == 1  # committed once, never twice


def test_hold_through_the_admin_endpoint_on_taobao_global(sandbox, token_tg):
    reply = sandbox.http.post("/__sandbox/faults", json={"api": CREATE_TG, "kind": "hold", "delay": 1.5})
    assert reply.status_code == 200
    assert reply.json()[0]["kind"] == "hold" and reply.json()[0]["params"] == {"delay": 1.5}
    with pytest.raises(httpx.ReadTimeout):
        create_tg(sandbox, token_tg, "TG-HOLD", timeout=0.3)
    assert found_tg(sandbox, token_tg, "TG-HOLD") == 0
    assert sandbox.call_tg(QUERY_TG, {}, token_tg).json()["data"]["results_total"] == 0
    wait_for(lambda: found_tg(sandbox, token_tg, "TG-HOLD"), what="the held order")
    (order,) = sandbox.market.find_orders(PTG)
    assert order.client_ref == "TG-HOLD"


def test_hold_answers_normally_when_the_client_waits(sandbox, token_tg):
    sandbox.market.faults.add(CREATE_TG, "hold", 1, delay=1)
    started = time.monotonic()
    body = create_tg(sandbox, token_tg, "TG-PATIENT", timeout=10).json()
    assert time.monotonic() - started >= 1
    assert body["success"] is True and body["data"]["outer_purchase_id"] == "TG-PATIENT"
    assert found_tg(sandbox, token_tg, "TG-PATIENT") == 1


# ---------------------------------------------------------------- late_commit


def test_late_commit_answers_502_then_the_order_appears_without_another_request(sandbox, token_1688):
    sandbox.market.faults.add(CREATE_1688, "late_commit", 1, delay=1.5)
    started = time.monotonic()
    reply = create_1688(sandbox, token_1688, "LATE-1", timeout=10)
    assert reply.status_code == 502 and time.monotonic() - started < 1.5
    assert found_1688(sandbox, token_1688, "LATE-1") == 0
    # Polled through the state file, not the server: the commit needs no further request.
    (order,) = wait_for(lambda: sandbox.market.find_orders(P1688, client_ref="LATE-1"),
                        what="the late commit")
    assert time.monotonic() - started >= 1.5
    assert order.client_ref == "LATE-1" and order.state == "awaiting_payment"
    assert found_1688(sandbox, token_1688, "LATE-1") == 1
    assert len(sandbox.market.find_orders(P1688)) == 1


def test_late_commit_through_the_admin_endpoint_on_taobao_global(sandbox, token_tg):
    sandbox.http.post("/__sandbox/faults", data={"api": CREATE_TG, "kind": "late_commit", "delay": "1"})
    reply = create_tg(sandbox, token_tg, "TG-LATE")
    assert reply.status_code == 502 and reply.text == "Bad Gateway"
    assert found_tg(sandbox, token_tg, "TG-LATE") == 0
    wait_for(lambda: sandbox.market.find_orders(PTG, client_ref="TG-LATE"), what="the late commit")
    assert found_tg(sandbox, token_tg, "TG-LATE") == 1
    body = sandbox.call_tg(QUERY_TG, {"outer_purchase_id": "TG-LATE"}, token_tg).json()
    assert body["data"]["purchase_orders"][0]["outer_purchase_id"] == "TG-LATE"


def test_fault_params_are_checked(sandbox):
    with pytest.raises(ValueError):
        sandbox.market.faults.add(CREATE_1688, "hold", 1, delay=-1)
    bad = sandbox.http.post("/__sandbox/faults", json={"api": CREATE_1688, "kind": "late_commit",
                                                        "delay": "soon"})
    assert bad.status_code == 400
    assert sandbox.market.faults.pending() == []


# ---------------------------------------------------------------- stopping servers


@pytest.fixture
def own_server(tmp_path):
    """A server whose stop the test calls itself (returns the Sandbox and the stop function)."""
    directory = tmp_path / "own"
    url, stop = serve_in_thread(directory)
    client = httpx.Client(base_url=url, timeout=5.0)
    stopped = []

    def stop_once() -> float:
        started = time.monotonic()
        if not stopped:
            stopped.append(True)
            stop()
        return time.monotonic() - started

    yield Sandbox(url, directory, Market(directory), client), stop_once
    client.close()
    stop_once()


def test_stopping_during_a_hold_does_not_hang_and_commits_nothing(own_server):
    sb, stop = own_server
    token = sb.token_1688()["access_token"]
    sb.market.faults.add(CREATE_1688, "hold", 1, delay=60)
    create = InFlight(lambda: create_1688(sb, token, "HOLD-STOP", timeout=30))
    wait_for(lambda: held(sb.market), what="the create to be held")
    assert stop() < 3
    create.join(timeout=5)
    assert isinstance(create.error, httpx.TransportError)  # abandoned, not answered
    assert create.elapsed < 5
    assert sb.market.find_orders(P1688) == []


def test_stopping_before_a_late_commit_does_not_hang_and_abandons_it(own_server):
    sb, stop = own_server
    token = sb.token_tg()["access_token"]
    fault = sb.market.faults.add(CREATE_TG, "late_commit", 1, delay=60)
    assert create_tg(sb, token, "LATE-STOP").status_code == 502
    committer = wait_for(lambda: next((t for t in threading.enumerate()
                                       if t.name == f"sandbox-late-commit-{fault.id}"), None),
                         what="the late-commit thread")
    assert stop() < 3
    committer.join(timeout=3)
    assert not committer.is_alive()
    assert sb.market.find_orders(PTG) == []


# ---------------------------------------------------------------- a server in another process


def _gone(pid: int) -> bool:
    try:  # our own child: reap it, or it lingers as a zombie
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def process_server(tmp_path):
    """A sandbox server process (started by the launcher) on its own state directory."""
    directory = tmp_path / "proc"
    url = ensure_running(directory)
    pid = health(url)["pid"]
    client = httpx.Client(base_url=url, timeout=5.0)
    yield Sandbox(url, directory, Market(directory), client), pid
    client.close()
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def test_hold_and_late_commit_in_a_server_process_through_the_state_file(process_server):
    sb, pid = process_server
    token = sb.token_1688()["access_token"]
    sb.market.faults.add(CREATE_1688, "hold", 1, delay=1.5)  # written to the shared state file
    with pytest.raises(httpx.ReadTimeout):
        create_1688(sb, token, "PROC-HOLD", timeout=0.3)
    assert found_1688(sb, token, "PROC-HOLD") == 0
    wait_for(lambda: sb.market.find_orders(P1688, client_ref="PROC-HOLD"), what="the held order")
    sb.market.faults.add(CREATE_1688, "late_commit", 1, delay=1)
    assert create_1688(sb, token, "PROC-LATE").status_code == 502
    assert found_1688(sb, token, "PROC-LATE") == 0
    wait_for(lambda: sb.market.find_orders(P1688, client_ref="PROC-LATE"), what="the late commit")
    refs = sorted(o.client_ref for o in sb.market.find_orders(P1688))
    assert refs == ["PROC-HOLD", "PROC-LATE"]


def test_a_server_process_stops_promptly_during_a_hold(process_server):
    sb, pid = process_server
    token = sb.token_tg()["access_token"]
    sb.market.faults.add(CREATE_TG, "hold", 1, delay=60)
    create = InFlight(lambda: create_tg(sb, token, "PROC-STOP", timeout=30))
    wait_for(lambda: held(sb.market), what="the create to be held")
    started = time.monotonic()
    assert stop_running(sb.directory)  # POST /__sandbox/shutdown, then waits for /health to go
    wait_for(lambda: _gone(pid), timeout=5, what="the server process to exit")
    assert time.monotonic() - started < 5
    create.join(timeout=5)
    assert isinstance(create.error, httpx.TransportError)
    assert sb.market.find_orders(PTG) == []

