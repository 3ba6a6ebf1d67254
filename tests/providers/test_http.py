"""The shared transport: throttle, back-off honouring the platform's wait, retry discipline, redaction."""

from __future__ import annotations

import logging
import random

import httpx
import pytest

from tests.helpers.providers import CANARY_SECRET, CANARY_TOKEN, FakeClock, Gateway, ok, raises
from workstation.providers.base import RateLimited, TransportError
from workstation.providers.http import (
    RetryPolicy,
    Throttle,
    Transport,
    ban_seconds,
    redact_params,
    redact_url,
    status_failure,
)


def _decode(response: httpx.Response):
    if response.status_code != 200:
        raise status_failure("t", "call", response)
    return response.json()


def _transport(gateway: Gateway, clock: FakeClock, **kw) -> Transport:
    return Transport("t", transport=gateway.transport, clock=clock, min_interval=0,
                     rng=random.Random(7), secrets=[CANARY_SECRET], **kw)


def test_throttle_spaces_calls_of_one_account_but_not_of_two(clock):
    throttle = Throttle(0.5, clock)
    throttle.wait("a")
    throttle.wait("a")
    throttle.wait("b")
    throttle.wait("a")
    assert clock.sleeps == [0.0, 0.5, 0.0, 0.5]


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("retry_after", [2, 7, 30])
def test_read_backs_off_for_retry_after_within_ten_percent(gateway, clock, status, retry_after):
    gateway.on("/x", httpx.Response(status, headers={"Retry-After": str(retry_after)}),
               ok({"fine": True}))
    assert _transport(gateway, clock).call("read", "https://gw/x", {}, _decode,
                                           idempotent=True) == {"fine": True}
    assert len(clock.sleeps) == 1
    assert retry_after <= clock.sleeps[0] <= retry_after * 1.1


def test_ban_seconds_read_from_the_iop_message():
    assert ban_seconds("The request is limited, this ban will last 12 seconds") == 12
    assert ban_seconds("This ban will last for 3 more seconds") == 3
    assert ban_seconds("App frequency limit") is None


def test_a_wait_longer_than_the_deadline_is_not_slept_but_raised(gateway, clock):
    gateway.on("/x", httpx.Response(429, headers={"Retry-After": "600"}))
    with pytest.raises(RateLimited) as info:
        _transport(gateway, clock).call("read", "https://gw/x", {}, _decode, idempotent=True)
    assert info.value.retry_after == 600 and clock.sleeps == []


def test_reads_retry_unknown_outcomes_with_jittered_exponential_back_off(gateway, clock):
    gateway.on("/x", raises(httpx.ReadTimeout), httpx.Response(502, text="Bad Gateway"),
               ok({"fine": True}))
    policy = RetryPolicy(attempts=4, base_delay=0.5, max_delay=8)
    assert _transport(gateway, clock, policy=policy).call(
        "read", "https://gw/x", {}, _decode, idempotent=True) == {"fine": True}
    assert 0.25 <= clock.sleeps[0] <= 0.5 and 0.5 <= clock.sleeps[1] <= 1.0


def test_reads_give_up_after_the_attempts(gateway, clock):
    gateway.on("/x", raises(httpx.ReadTimeout))
    with pytest.raises(TransportError) as info:
        _transport(gateway, clock, policy=RetryPolicy(attempts=3)).call(
            "read", "https://gw/x", {}, _decode, idempotent=True)
    assert info.value.outcome_unknown and len(gateway.sent) == 3


@pytest.mark.parametrize("fault", [
    raises(httpx.ReadTimeout), raises(httpx.ReadError), raises(httpx.RemoteProtocolError),
    httpx.Response(500, text="oops"), httpx.Response(502, text="Bad Gateway"),
    httpx.Response(503, headers={"Retry-After": "1"}), httpx.Response(429, headers={"Retry-After": "1"}),
])
def test_writes_are_never_resent_after_an_unknown_outcome(gateway, clock, fault):
    gateway.on("/create", fault)
    with pytest.raises(TransportError) as info:
        _transport(gateway, clock).call("create", "https://gw/create", {}, _decode,
                                        idempotent=False)
    assert info.value.outcome_unknown is True
    assert len(gateway.sent) == 1 and clock.sleeps == []


@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout])
def test_failures_before_sending_are_retried_even_for_writes(gateway, clock, exc):
    gateway.on("/create", raises(exc), ok({"orderId": "1"}))
    assert _transport(gateway, clock).call("create", "https://gw/create", {}, _decode,
                                           idempotent=False) == {"orderId": "1"}
    assert len(gateway.sent) == 2


def test_connection_refused_in_the_end_is_known_not_sent(gateway, clock):
    gateway.on("/create", raises(httpx.ConnectError))
    with pytest.raises(TransportError) as info:
        _transport(gateway, clock).call("create", "https://gw/create", {}, _decode,
                                        idempotent=False)
    assert info.value.outcome_unknown is False


def test_redaction_of_params_urls_and_secret_values():
    params = {"access_token": "t", "sign": "s", "_aop_signature": "x", "client_secret": "c",
              "refresh_token": "r", "orderId": "42"}
    assert redact_params(params) == {k: "***" for k in params if k != "orderId"} | {"orderId": "42"}
    assert redact_url("https://gw/x?a=1&access_token=SECRET&sign=ABC") == \
        "https://gw/x?a=1&access_token=***&sign=***"


def test_debug_logs_and_errors_never_show_the_secret_or_token(gateway, clock, caplog):
    def echo(sent):
        raise httpx.ReadTimeout(f"timed out for {CANARY_TOKEN} {CANARY_SECRET}",
                                request=sent.request)
    gateway.on("/x", echo)
    transport = _transport(gateway, clock, policy=RetryPolicy(attempts=2))
    transport.remember_secret(CANARY_TOKEN)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(TransportError) as info:
        transport.call("read", "https://gw/x", {"access_token": CANARY_TOKEN,
                                               "client_secret": CANARY_SECRET}, _decode,
                       idempotent=True)
    text = caplog.text + str(info.value) + repr(info.value)
    assert "POST https://gw/x" in caplog.text
    assert CANARY_TOKEN not in text and CANARY_SECRET not in text
