"""The link to an OT Box instance (services/otmode/link.py), the provider sessions through it
(services/otmode/sessions.py) and `workstation-cli otapi connect | disconnect | status`, against a
real `workstation-cli otapi serve` on loopback and real SQLite files."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers import otapi as ot_helpers
from tests.helpers.otapi import ROOT, Instance, Server, cli, create_instance, free_port
from workstation.services import demo
from workstation.services.audit import Actor
from workstation.services.errors import InvalidInput, PermissionDenied
from workstation.services.login import RETURN_URL, LoginFailed
from workstation.services.otmode.link import (
    INSTANCE_SECRET,
    PASSWORD_SECRET,
    OtLinkError,
    OtLinkService,
    OtMalformedAnswer,
    OtRefused,
    OtUnreachable,
)
from workstation.services.otmode.sessions import ForgetUnavailable, OtLoginService, OtSessions
from workstation.services.secrets import MemorySecretStore
from workstation.store.database import Database
from workstation.store.models import (
    Activity,
    AuditEntry,
    LineStatusChange,
    Order,
    OrderLine,
    OtOutboxEntry,
    OtRemoteActivity,
    ProviderOrder,
)

# the shared fixtures of a real `otapi serve` over a demo data directory (tests/helpers/otapi.py)
demo_dir, instance, server = ot_helpers.demo_dir, ot_helpers.instance, ot_helpers.server
signed_instance = ot_helpers.signed_instance
CLI_ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def link(sqlite_db: Database, secrets: MemorySecretStore) -> OtLinkService:
    return OtLinkService(sqlite_db, secrets, Actor("tester", "desk 1"))


def connect(link: OtLinkService, server: Server, inst: Instance, **kw: object) -> object:
    values = {"base_url": server.url, "instance_key": inst.key, "operator": inst.operator[0],
              "password": inst.operator[1], "secret": inst.secret, **kw}
    return link.connect(**values)  # type: ignore[arg-type]


def orders_in(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


# ---------------------------------------------------------------- connect

def test_connect_stores_the_link_and_the_secrets_apart(link: OtLinkService, sqlite_db: Database, tmp_path: Path,
                                                       secrets: MemorySecretStore, server: Server,
                                                       instance: Instance) -> None:
    assert link.status() is None and not link.is_connected()
    status = connect(link, server, instance, base_url=f"  {server.url}/ ")
    assert status.base_url == server.url and status.operator == instance.operator[0]  # type: ignore[attr-defined]
    assert status.platform_orders == 30 and status.removed_demo_orders == 0  # type: ignore[attr-defined]
    assert link.is_connected()
    shown = link.status()
    assert shown is not None and shown.instance_key == instance.key and not shown.has_secret
    assert shown.mirrored_orders == 0 and shown.outbox == {} and shown.connected_by == "tester"
    assert link.status_table()[2] == "ready" and link.status_table()[13] == "cancelled"
    assert secrets.data == {PASSWORD_SECRET: instance.operator[1]}
    with link.client() as client:
        assert client.result("GetOrderLineStatusList")["Content"]
    link.record_refresh(full=True)
    link.record_refresh(full=False, error="OT Box at … cannot be reached")
    shown = link.status()
    assert shown is not None and shown.last_full_refresh_at is not None
    assert shown.last_error.endswith("cannot be reached") and shown.last_error_at is not None
    with sqlite_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "otmode.connect")).one()
    assert (entry.actor, entry.workstation) == ("tester", "desk 1")
    assert json.loads(entry.new_json)["base_url"] == server.url and json.loads(entry.old_json) == {}
    assert instance.operator[1] not in entry.new_json
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("ws.sqlite3*"))
    assert instance.operator[1].encode() not in raw

    # Again, to the same instance: the credentials are updated (an empty password keeps the stored one).
    again = link.connect(server.url, instance.key, instance.operator[0], "", language="ru")
    assert again.language == "ru" and secrets.data[PASSWORD_SECRET] == instance.operator[1]
    # Another instance while connected (no mirror yet) replaces it; with a mirror it is refused.
    with sqlite_db.write() as s:
        s.add(Order(id="ORD-0000000101", provider="taobao", customer_id="c", customer_name="n", goods_amount=0,
                    delivery_amount=0, paid_amount=0, created_at=datetime.now(UTC), updated_at=datetime.now(UTC)))
    with pytest.raises(InvalidInput, match="disconnect first"):
        link.connect("http://127.0.0.1:9", "0" * 32, "x", "y")


def test_a_signed_instance_needs_its_secret(link: OtLinkService, secrets: MemorySecretStore, server: Server,
                                            signed_instance: Instance) -> None:
    with pytest.raises(OtRefused, match="secret") as missing:
        connect(link, server, signed_instance, secret=None)
    assert missing.value.setting == "secret"
    with pytest.raises(OtRefused, match="secret is wrong") as wrong:
        connect(link, server, signed_instance, secret="not-the-secret")
    assert wrong.value.setting == "secret" and link.status() is None and secrets.data == {}
    status = connect(link, server, signed_instance)
    assert status.has_secret  # type: ignore[attr-defined]
    assert secrets.data[INSTANCE_SECRET] == signed_instance.secret


@pytest.mark.parametrize(("change", "setting", "words"), [
    ({"instance_key": "0" * 32}, "instance_key", "instance key"),
    ({"password": "wrong password"}, "password", "password"),
    ({"operator": "nobody"}, "password", "operator"),
])
def test_refusals_name_the_setting(link: OtLinkService, secrets: MemorySecretStore, server: Server,
                                   instance: Instance, change: dict[str, str], setting: str, words: str) -> None:
    with pytest.raises(OtRefused) as caught:
        connect(link, server, instance, **change)
    assert caught.value.setting == setting and words in str(caught.value)
    assert link.status() is None and secrets.data == {}


def test_a_revoked_key_is_named(link: OtLinkService, server: Server, demo_dir: Path) -> None:
    revoked = create_instance(demo_dir)
    cli(demo_dir, "otapi", "instance", "revoke", revoked.key)
    with pytest.raises(OtRefused, match="revoked") as caught:
        connect(link, server, revoked)
    assert caught.value.setting == "instance_key"


def test_an_unreachable_url_is_named(link: OtLinkService, instance: Instance) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(OtUnreachable, match="cannot be reached") as caught:
        link.connect(url, instance.key, "operator", "password")
    assert caught.value.setting == "url" and url in str(caught.value)


@pytest.mark.parametrize("page", [b"<!DOCTYPE html><html><body>Sign in</body></html>",
                                  b"<html><body><p>Welcome to nginx!</p></body></html>",
                                  b'{"hello": "world"}'])
def test_an_answer_that_is_not_ot_is_named_and_logged(link: OtLinkService, page: bytes,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    with web_page(page) as url, pytest.raises(OtMalformedAnswer, match="not an OT API") as caught:
        link.connect(url, "k" * 32, "operator", "password")
    assert caught.value.setting == "url" and "AuthenticateInstanceOperator" in str(caught.value)
    assert page[:20].decode() in caplog.text  # the start of the answer is in the log


def test_bad_input_names_the_field(link: OtLinkService, instance: Instance) -> None:
    for url in ("", "ftp://x", "otapi.example.com"):
        with pytest.raises(InvalidInput, match="URL"):
            link.connect(url, instance.key, "op", "pw")
    with pytest.raises(InvalidInput, match="Instance key"):
        link.connect("http://127.0.0.1:9", " ", "op", "pw")
    with pytest.raises(InvalidInput, match="Password"):
        link.connect("http://127.0.0.1:9", "k", "op", "")


def test_only_an_administrator_connects(sqlite_db: Database, secrets: MemorySecretStore, server: Server,
                                        instance: Instance) -> None:
    clerk = OtLinkService(sqlite_db, secrets, Actor("anna", "desk", role="clerk"))
    with pytest.raises(PermissionDenied):
        connect(clerk, server, instance)


# ---------------------------------------------------------------- local data

def test_a_demo_only_database_loses_its_demo_orders(link: OtLinkService, sqlite_db: Database, server: Server,
                                                    instance: Instance) -> None:
    demo.generate(sqlite_db, orders=6)
    assert orders_in(sqlite_db) == 6
    status = connect(link, server, instance)
    assert status.removed_demo_orders == 6  # type: ignore[attr-defined]
    with sqlite_db.read() as s:
        assert orders_in(sqlite_db) == 0
        assert s.scalar(select(func.count()).select_from(OrderLine)) == 0
        assert s.scalar(select(func.count()).select_from(ProviderOrder)) == 0
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "otmode.connect")).one()
    assert json.loads(entry.new_json)["removed_demo_orders"] == 6


def test_a_database_with_orders_of_its_own_is_refused(link: OtLinkService, sqlite_db: Database, server: Server,
                                                      instance: Instance) -> None:
    demo.generate(sqlite_db, orders=4)
    with sqlite_db.write() as s:  # a clerk's status change on one line: real work
        line = s.scalars(select(OrderLine).order_by(OrderLine.id)).first()
        s.add(LineStatusChange(line_id=line.id, old_status=line.status, new_status="received",
                               changed_at=datetime.now(UTC), source="warehouse", actor="anna"))
    with pytest.raises(InvalidInput, match=r"1 order of its own.*--data-dir"):
        connect(link, server, instance)
    assert link.status() is None and orders_in(sqlite_db) == 4


# ---------------------------------------------------------------- disconnect

def test_disconnect_refuses_unsent_changes_unless_told(link: OtLinkService, sqlite_db: Database,
                                                       secrets: MemorySecretStore, server: Server,
                                                       instance: Instance) -> None:
    connect(link, server, instance)
    now = datetime.now(UTC)
    with sqlite_db.write() as s:
        s.add(Order(id="ORD-0000000101", provider="taobao", customer_id="c", customer_name="n", goods_amount=0,
                    delivery_amount=0, paid_amount=0, created_at=now, updated_at=now))
        s.add(OtOutboxEntry(kind="line_update", dedupe_key="k1", order_id="ORD-0000000101", line_id=1,
                            payload="{}", state="refused", attempts=1, last_error="no", created_at=now))
    status = link.status()
    assert status is not None and status.outbox == {"refused": 1} and status.unsent == 1
    assert status.mirrored_orders == 1
    with pytest.raises(InvalidInput, match="1 warehouse change not yet accepted"):
        link.disconnect()
    with sqlite_db.write() as s:  # and a booking followed on the platform, still running
        s.add(Activity(id="a-1", kind="booking", provider="taobao", state="running", created_at=now))
        s.flush()
        s.add(OtRemoteActivity(activity_id="a-1", remote_id="r-1", remote_type="ProviderOrdersIntegrationExporting",
                               state="started", starting_at=now))
    with pytest.raises(InvalidInput, match="and 1 activity still running on the platform"):
        link.disconnect()
    assert link.is_connected()
    link.disconnect(discard_unsent=True)
    with sqlite_db.read() as s:
        assert s.get(Activity, "a-1").state == "aborted"
    assert link.status() is None and orders_in(sqlite_db) == 0 and secrets.data == {}
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count()).select_from(OtOutboxEntry)) == 0
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "otmode.disconnect")).one()
    assert json.loads(entry.new_json)["discarded_unsent"] == 1 and json.loads(entry.old_json)["base_url"]
    with pytest.raises(InvalidInput, match="not connected"):
        link.disconnect()


# ---------------------------------------------------------------- provider sessions

def test_sessions_are_the_instances(link: OtLinkService, sqlite_db: Database, server: Server,
                                    instance: Instance) -> None:
    connect(link, server, instance)
    sessions = OtSessions(sqlite_db, link)
    rows = sessions.refresh()
    accounts = {(r.provider, r.account) for r in rows}
    assert ("taobao", "demo_buyer_tb") in accounts and ("1688", "demo_buyer_1688") in accounts
    assert all(r.state in ("valid", "expiring") for r in rows)
    with sqlite_db.write() as s:  # a session the instance no longer lists leaves the list
        from workstation.store.models import ProviderSession

        s.add(ProviderSession(provider="taobao", account="gone", obtained_at=datetime.now(UTC),
                              expires_at=datetime.now(UTC)))
    assert "gone" not in {r.account for r in sessions.refresh("taobao")}

    url = sessions.login_url("taobao", RETURN_URL)
    assert url.startswith("http")
    login = OtLoginService(sessions)
    assert login.can_use_browser("taobao") and login.configured_return_url("taobao") == RETURN_URL
    request = login.begin("taobao")
    assert login.is_return(request, f"{RETURN_URL}?state={request.state}&providerSessionId=demo_buyer_tb")
    row = login.finish(request, f"{RETURN_URL}?state={request.state}&providerSessionId=demo_buyer_tb")
    assert (row.provider, row.account) == ("taobao", "demo_buyer_tb")
    with pytest.raises(LoginFailed, match="login failed: access_denied"):
        login.finish(request, f"{RETURN_URL}?state={request.state}&error=access_denied")
    with pytest.raises(LoginFailed, match="security check"):
        login.finish(request, f"{RETURN_URL}?state=forged&providerSessionId=demo_buyer_tb")
    with pytest.raises(ForgetUnavailable, match="no method to end a provider session"):
        login.forget("taobao", "demo_buyer_tb")


def test_a_login_through_the_instance_ends_in_its_session(link: OtLinkService, sqlite_db: Database,
                                                          server: Server, instance: Instance) -> None:
    """The whole way a browser goes: the instance's login URL (the sandbox's form), the
    instance's return page, then our return URL with the new session, caught and finished."""
    connect(link, server, instance)
    login = OtLoginService(OtSessions(sqlite_db, link))
    request = login.begin("taobao")
    with httpx.Client(timeout=30) as browser:
        assert browser.get(request.url).status_code == 200
        form = browser.post(request.url, data={"login": "second_buyer_tb", "password": "demo", "action": "login"})
        assert form.status_code == 302
        back = browser.get(form.headers["Location"])  # the instance's return page
    assert back.status_code == 302
    returned = back.headers["Location"]
    assert login.is_return(request, returned) and "providerSessionId=" in returned
    row = login.finish(request, returned)
    assert (row.provider, row.account) == ("taobao", "second_buyer_tb")


def test_a_login_in_the_system_browser_comes_back_to_the_loopback_listener(
        link: OtLinkService, sqlite_db: Database, server: Server, instance: Instance) -> None:
    connect(link, server, instance)
    login = OtLoginService(OtSessions(sqlite_db, link))
    attempt = login.begin_in_browser("1688", timeout=60)
    assert attempt.request.redirect_uri.startswith("http://127.0.0.1:")
    finished: list[object] = []
    waiter = threading.Thread(target=lambda: finished.append(login.finish_in_browser(attempt)))
    waiter.start()
    with httpx.Client(timeout=30, follow_redirects=True) as browser:  # the person's own browser
        browser.get(attempt.url)
        done = browser.post(attempt.url, data={"login": "second_buyer_1688", "password": "demo",
                                               "action": "login"})
    waiter.join(timeout=60)
    assert done.status_code == 200  # the listener's "you can close this tab" page
    row = finished[0]
    assert (row.provider, row.account) == ("1688", "second_buyer_1688")  # type: ignore[attr-defined]


def test_sessions_say_why_when_the_instance_is_gone(link: OtLinkService, sqlite_db: Database, server: Server,
                                                    instance: Instance) -> None:
    connect(link, server, instance)
    with sqlite_db.write() as s:
        from workstation.store.models import OtLink

        s.get(OtLink, 1).base_url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(OtLinkError, match="cannot be reached"):
        OtSessions(sqlite_db, link).refresh()


# ---------------------------------------------------------------- the CLI

def run_cli(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120, env=CLI_ENV)


def test_cli_connect_status_disconnect(tmp_path: Path, server: Server, instance: Instance,
                                       signed_instance: Instance) -> None:
    station = tmp_path / "station"
    login, password = instance.operator
    wrong = run_cli(station, "otapi", "connect", server.url, "--instance-key", instance.key, "--operator", login,
                    "--password-stdin", stdin="not it\n")
    assert wrong.returncode == 2 and "password" in wrong.stderr and "not it" not in wrong.stderr + wrong.stdout

    done = run_cli(station, "otapi", "connect", server.url, "--instance-key", instance.key, "--operator", login,
                   "--password-stdin", stdin=password + "\n")
    assert done.returncode == 0, done.stderr
    assert "30 orders will be mirrored" in done.stdout and "Restart the workstation" in done.stdout
    assert password not in done.stdout + done.stderr
    for path in station.rglob("*"):
        if path.is_file() and path.name != "secrets.json":  # the owner-only secret store holds it
            assert password.encode() not in path.read_bytes(), path

    shown = run_cli(station, "--json", "otapi", "status")
    assert shown.returncode == 0, shown.stderr
    payload = json.loads(shown.stdout)
    assert payload["mode"] == "ot" and payload["base_url"] == server.url and payload["instance_key"] == instance.key
    assert payload["mirrored_orders"] == 0 and payload["unsent"] == 0 and password not in shown.stdout
    text = run_cli(station, "otapi", "status").stdout
    assert f"OT mode: mirroring OT Box at {server.url}" in text and password not in text

    signed = run_cli(station, "otapi", "connect", server.url, "--instance-key", signed_instance.key,
                     "--operator", signed_instance.operator[0], "--password-stdin", "--secret-stdin",
                     stdin=f"{signed_instance.operator[1]}\n{signed_instance.secret}\n")
    assert signed.returncode == 0, signed.stderr  # no mirror yet: another instance replaces this one
    assert (signed_instance.secret or "") not in signed.stdout + signed.stderr
    assert json.loads(run_cli(station, "--json", "otapi", "status").stdout)["has_secret"] is True

    gone = run_cli(station, "otapi", "disconnect")
    assert gone.returncode == 0, gone.stderr and "Disconnected" in gone.stdout
    assert json.loads(run_cli(station, "--json", "otapi", "status").stdout) == {"mode": "local", "connected": False}
    again = run_cli(station, "otapi", "disconnect")
    assert again.returncode == 2 and "not connected" in again.stderr


# ---------------------------------------------------------------- a web page where the OT API should be

class _Page(BaseHTTPRequestHandler):
    body = b""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = _answer  # noqa: N815 - http.server's names

    def log_message(self, *_args: object) -> None:
        pass


@contextlib.contextmanager
def web_page(body: bytes) -> Iterator[str]:
    """A real HTTP server on loopback answering every request with `body`."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("Page", (_Page,), {"body": body}))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
