"""The live path end to end: the sandbox process configured as a live 1688 gateway through the
CLI, a buyer logged in through that connector, and `workstation-cli book` of one demo line
buying it there. Also what `core.Connectors` builds for each mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.live import Sandbox, run_cli, set_live
from workstation.config import load_config
from workstation.core import SANDBOX_PACE, Connectors, assemble, open_database
from workstation.domain import statuses as st
from workstation.providers.http import SystemClock
from workstation.sandbox.autologin import sandbox_login
from workstation.sandbox.constants import APP_SECRET_1688
from workstation.sandbox.launcher import SandboxClock
from workstation.sandbox.market import Market
from workstation.services.connection import ConnectionIncomplete
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.orders import OrderFilter
from workstation.services.secrets import FileSecretStore, MemorySecretStore


def _core(data: Path):  # type: ignore[no-untyped-def]
    """This process's view of the CLI's data directory (the same secrets file, no keyring)."""
    config = load_config(data, env={})
    return assemble(config, open_database(config), secrets=FileSecretStore(data / "secrets.json"))


def test_booking_one_demo_line_through_the_live_configured_sandbox(sandbox_process: Sandbox,
                                                                   tmp_path: Path) -> None:
    sb, data = sandbox_process, tmp_path / "data"
    assert set_live(data, "1688", sb.gateway("1688"), sb.app_key("1688"), APP_SECRET_1688,
                    "--min-interval", "0.2", authorize=sb.authorize("1688")).returncode == 0
    assert run_cli(data, "marketplace", "test", "1688").returncode == 0
    assert run_cli(data, "demo", "--orders", "30", "--seed", "7", "--no-sandbox").returncode == 0

    core = _core(data)
    try:
        connector = core.connectors("1688")
        # the live path: the configured gateway, the system clock, the configured pacing
        assert connector.gateway_url == sb.gateway("1688")
        assert type(connector.clock) is SystemClock and not isinstance(connector.clock, SandboxClock)
        assert connector.http.throttle.min_interval == 0.2
        assert core.connectors.started_sandbox is None  # nothing embedded was started
        core.sessions.store("1688", sandbox_login(connector, "demo_buyer_1688", "demo"))
        core.settings.add_warehouse("1688", is_default=True, **DEMO_WAREHOUSE)
        ready = [(o.id, li.id) for o in core.orders.list_orders(OrderFilter(""), limit=100) if o.provider == "1688"
                 for li in core.orders.order_detail(o.id).lines if li.status == st.READY]
    finally:
        core.close()
    assert ready, "the demo has a 1688 line ready for purchase"
    order_id, line_id = ready[0]
    before = {o.order_id for o in Market(sb.directory).find_orders("1688")}

    booked = run_cli(data, "--json", "book", order_id, "--account", "demo_buyer_1688", "--lines", str(line_id))
    info = json.loads(booked.stdout)
    if booked.returncode == 5:  # the sandbox's price differs from what the customer paid: confirm it
        booked = run_cli(data, "--json", "answer", info["id"], "confirm")
        info = json.loads(booked.stdout)
    assert booked.returncode == 0, booked.stdout + booked.stderr
    assert info["state"] == "finished"

    line = next(li for li in json.loads(run_cli(data, "--json", "lines", order_id).stdout)["lines"]
                if li["id"] == line_id)
    assert line["status"] == st.BOOKED and line["vend_purch_id"]
    created = [o for o in Market(sb.directory).find_orders("1688") if o.order_id not in before]
    assert [o.order_id for o in created] == [line["vend_purch_id"]]  # bought once, on that gateway
    assert created[0].login == "demo_buyer_1688"
    assert not (data / "sandbox" / "sandbox.port").exists()  # no embedded sandbox was involved


def test_connectors_build_the_sandbox_by_default_and_live_from_the_settings(sandbox_process: Sandbox,
                                                                            tmp_path: Path) -> None:
    config = load_config(tmp_path, env={})
    core = assemble(config, open_database(config), secrets=MemorySecretStore(), sandbox_url=sandbox_process.url)
    try:
        sandboxed = core.connectors("taobao")
        assert isinstance(sandboxed.clock, SandboxClock)  # the sandbox's own shortcuts stay its own
        assert sandboxed.http.throttle.min_interval == SANDBOX_PACE
        assert core.connectors("taobao") is sandboxed

        service = core.connectors.connection
        assert service is not None
        service.update("taobao", {"mode": "live", "base_url": sandbox_process.gateway("taobao"),
                                  "authorize_url": sandbox_process.authorize("taobao")})
        with pytest.raises(ConnectionIncomplete, match="no App key"):
            core.connectors("taobao")
        service.update("taobao", {"app_key": sandbox_process.app_key("taobao")}, app_secret="first")
        live = core.connectors("taobao")
        assert live is not sandboxed and type(live.clock) is SystemClock
        assert live.http.throttle.min_interval == 1.0  # Taobao Global's pacing by default
        assert live.http.client.timeout.read == 15.0 and live.http.client.timeout.connect == 10.0
        assert core.connectors("taobao") is live  # nothing changed: the same connector
        service.update("taobao", {}, app_secret="second")  # a new secret: a new connector
        renewed = core.connectors("taobao")
        assert renewed is not live and renewed._secret == "second"
        service.update("taobao", {"min_interval": "2.5", "timeout": "30"})
        paced = core.connectors("taobao")
        assert paced.http.throttle.min_interval == 2.5 and paced.http.client.timeout.read == 30.0
        assert core.connectors.redirect_uri("taobao") == "http://127.0.0.1/workstation/login-done"
        service.update("taobao", {"mode": "sandbox"})
        assert isinstance(core.connectors("taobao").clock, SandboxClock)
    finally:
        core.close()


def test_a_bare_connectors_keeps_every_provider_on_the_sandbox(sandbox_process: Sandbox, tmp_path: Path) -> None:
    made = Connectors(load_config(tmp_path, env={}), sandbox_process.url)
    try:
        assert isinstance(made("1688").clock, SandboxClock) and made.settings("1688") is None
        assert not made.is_live("1688")
    finally:
        made.close()
