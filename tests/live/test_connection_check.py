"""Test connection's other answers, in this process: a clock hours off, a gateway that takes the
connection and never answers, a name no DNS knows, and the sandbox mode's own test."""

from __future__ import annotations

import email.utils
import json
import time
from pathlib import Path

import pytest

from tests.helpers.live import Canned, Sandbox, loopback
from workstation.providers.base import ProviderKind
from workstation.providers.registry import ConnectorSettings
from workstation.services.audit import Actor
from workstation.services.connection import ConnectionService, check_connection
from workstation.services.secrets import MemorySecretStore
from workstation.store.database import Database

NEEDS_BUYER = Canned(401, json.dumps({"error_code": "401", "error_message": "Request need user authorized"}).encode(),
                     {"Content-Type": "application/json"})


def _target(url: str, kind: ProviderKind = ProviderKind.ALIBABA1688) -> ConnectorSettings:
    return ConnectorSettings(kind, url, url + "/auth", "8801688", "canary-secret-value")


def test_a_clock_hours_behind_the_gateway_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    ahead = time.time() + 2 * 3600 + 5 * 60  # the gateway's clock: 2 h 05 min later than ours
    skewed = Canned(NEEDS_BUYER.status, NEEDS_BUYER.body,
                    {**NEEDS_BUYER.headers, "Date": email.utils.formatdate(ahead, usegmt=True)})
    with loopback(skewed) as url:
        check = check_connection(_target(url + "/openapi"))
    assert not check.ok and check.setting == "clock"
    assert check.message == (
        f"This computer's clock is 2 h 05 min behind the 1688.com gateway at {url.removeprefix('http://')}, "
        "which refuses requests stamped that far off. Set the system date, time and time zone (turn "
        "automatic time on), then test again.")


def test_a_timestamp_refusal_is_the_clock_too() -> None:
    refusal = Canned(200, json.dumps({"type": "ISV", "code": "InvalidTimestamp",
                                      "message": "The timestamp is out of range"}).encode(),
                     {"Content-Type": "application/json"})
    with loopback(refusal) as url:
        check = check_connection(_target(url + "/rest", ProviderKind.TAOBAO))
    assert not check.ok and check.setting == "clock" and check.code == "InvalidTimestamp"
    assert check.message.startswith("This computer's clock is ")


def test_a_gateway_that_never_answers_is_a_timeout() -> None:
    with loopback(Canned(200, b"{}", {"Content-Type": "application/json"}, delay=5)) as url:
        started = time.monotonic()
        check = check_connection(_target(url + "/openapi"), timeout_seconds=1)
    assert time.monotonic() - started < 4
    assert not check.ok and check.setting == "timeout"
    assert check.message == (
        f"The 1688.com gateway at {url.removeprefix('http://')} took the request but gave no answer within "
        "1 s. Try again; if it keeps happening on a slow line, raise Timeout.")


def test_a_name_nobody_knows_is_no_network_or_a_misspelt_host() -> None:
    check = check_connection(_target("https://gw.open.1688.invalid/openapi"))
    assert not check.ok and check.setting == "network"
    assert check.message == (
        "The gateway's name gw.open.1688.invalid cannot be looked up (DNS): this computer has no network or "
        "no working DNS, or the host in Gateway base URL is misspelt. Check the network connection, then "
        "Gateway base URL.")


def test_the_secret_is_never_in_an_answer_nor_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    echo = Canned(400, json.dumps({"error_code": "gw.SignatureInvalid",
                                   "error_message": "expected key canary-secret-value"}).encode(),
                  {"Content-Type": "application/json"})
    caplog.set_level("DEBUG")
    with loopback(echo) as url:
        check = check_connection(_target(url + "/openapi"))
    assert check.setting == "app_secret"
    assert "canary-secret-value" not in check.message and "canary-secret-value" not in caplog.text
    assert "canary-secret-value" not in check.url


def test_the_sandbox_mode_tests_the_sandbox_and_a_draft_is_tested_unsaved(
        sqlite_db: Database, sandbox_process: Sandbox, tmp_path: Path) -> None:
    service = ConnectionService(sqlite_db, MemorySecretStore(), Actor("olga", "ws-2"),
                                sandbox_url=lambda: sandbox_process.url)
    check = service.test("1688")
    assert check.ok and check.mode == "sandbox"
    assert check.message.startswith(f"Connected. The sandbox (demo) at 127.0.0.1:{sandbox_process.port} "
                                    "accepted the app key 8801688")
    draft = service.test("taobao", {"mode": "live", "base_url": sandbox_process.gateway("taobao"),
                                    "app_key": "500888"}, "sandbox-taobao-global-secret")
    assert draft.ok and draft.mode == "live"
    assert service.get("taobao").mode == "sandbox"  # testing saved nothing
    refused = service.test("taobao", {"mode": "live", "base_url": "ftp://example.com"})
    assert not refused.ok and refused.setting == "base_url"
    assert refused.message == "Gateway base URL: 'ftp://example.com' is not a web address (https://host/path)"
