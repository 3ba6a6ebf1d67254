"""The live path on its own, for both marketplaces (issue 11): a sandbox in its own process,
configured as the live gateway through the CLI, and the workstation's connector built from that
configuration (system clock, configured pacing) doing what booking and synchronisation do:
login, product, preview, create, look-up by our reference, the modified-orders list, logistics,
token refresh, and a session past its refresh token refused plainly. The sandbox's clock is
moved with its own CLI, as a person testing it would."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.engine import plain_items
from tests.helpers.live import CLI_ENV, sandbox_running, set_live
from workstation.config import load_config
from workstation.core import assemble, open_database
from workstation.providers.base import Address, AuthExpired, OrderRequest, OrderRequestLine
from workstation.providers.http import SystemClock
from workstation.sandbox.autologin import sandbox_login
from workstation.sandbox.constants import (
    APP_SECRET_1688,
    APP_SECRET_TAOBAO_GLOBAL,
    DEMO_ACCOUNTS_1688,
    DEMO_ACCOUNTS_TAOBAO,
)
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.secrets import FileSecretStore

# (access token hours, refresh token days) of the sandbox, as the platforms give them
LIVES = {"1688": (10, 180), "taobao": (24, 30)}


def sandbox_cli(directory: Path, *args: str) -> str:
    import os

    done = subprocess.run([sys.executable, "-m", "workstation.sandbox", *args, "--dir", str(directory)],
                          capture_output=True, text=True, timeout=60, env={**os.environ, **CLI_ENV})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_the_live_connector_does_everything_against_a_gateway_elsewhere(provider: str, tmp_path: Path) -> None:
    secret = APP_SECRET_1688 if provider == "1688" else APP_SECRET_TAOBAO_GLOBAL
    login, password = (DEMO_ACCOUNTS_1688 if provider == "1688" else DEMO_ACCOUNTS_TAOBAO)[0]
    with sandbox_running(tmp_path / "market") as sb:
        data = tmp_path / "data"
        assert set_live(data, provider, sb.gateway(provider), sb.app_key(provider), secret,
                        "--min-interval", "0.1", authorize=sb.authorize(provider)).returncode == 0
        config = load_config(data, env={})
        core = assemble(config, open_database(config), secrets=FileSecretStore(data / "secrets.json"))
        try:
            connector = core.connectors(provider)
            assert connector.gateway_url == sb.gateway(provider) and type(connector.clock) is SystemClock

            token = sandbox_login(connector, login, password)  # the OAuth code flow, as the browser does it
            core.sessions.store(provider, token)
            item = plain_items(provider)[0]
            offer = connector.get_offer(token, item.native_item_id if provider == "taobao" else item.item_id)
            assert offer.available and offer.skus
            sku = offer.skus[0]
            request = OrderRequest(client_ref=f"WSLIVE{provider}", seller_id=offer.seller_id,
                                   address=Address(**DEMO_WAREHOUSE),
                                   lines=(OrderRequestLine(offer.item_id, sku.sku_id, 1, sku.price),))
            preview = connector.preview_order(token, request)
            assert preview.lines and preview.goods_amount > 0
            created = connector.create_order(token, request)
            found = connector.find_by_reference(token, request.client_ref)
            assert found is not None and found.order_id == created.order_id
            listed = connector.list_orders_modified(token, datetime.now(UTC) - timedelta(hours=1))
            assert created.order_id in {o.order_id for o in listed}

            sandbox_cli(sb.directory, "pay", created.order_id)
            access_hours, refresh_days = LIVES[provider]
            sandbox_cli(sb.directory, "advance", "26")  # the seller ships; the access token has run out
            assert access_hours < 26
            with pytest.raises(AuthExpired):
                connector.waybills(token, created.order_id)
            renewed = connector.refresh(token)  # the refresh token still holds
            assert renewed.access_token != token.access_token
            waybills = connector.waybills(renewed, created.order_id)
            assert waybills and all(w.waybill_no for w in waybills)
            assert connector.get_order(renewed, created.order_id).order_id == created.order_id

            sandbox_cli(sb.directory, "advance", str(refresh_days * 24 + 24))  # past the refresh token too
            with pytest.raises(AuthExpired):
                connector.refresh(renewed)
        finally:
            core.close()
