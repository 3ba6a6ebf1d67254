"""The official IOP SDK for Python (`lazop-sdk`, "lazop-sdk-python-20181207", the Lazada Open
Platform SDK that Taobao Global's `/rest` gateway shares) against the sandbox in a process of its
own: the SDK signs and sends every call of the whole flow, as a form and as multipart/form-data,
and parses the answers its own way (`LazopResponse.code/type/message`, `body`). The workstation's
connector then reads those same bodies, so both sides of our protocol meet the SDK's.

The 1688 `aop` SDK is published on no registry this project can install from (docs/protocols.md,
"Official SDKs"); 1688 is checked against its documented algorithm and published vectors instead.
"""

from __future__ import annotations

import importlib
import json
import secrets
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.helpers.engine import plain_items
from tests.helpers.live import Sandbox, sandbox_running, set_live
from tests.live.test_live_path import sandbox_cli
from workstation.config import load_config
from workstation.core import assemble, open_database
from workstation.providers.base import Address, AuthExpired, OrderRequest, OrderRequestLine, Token
from workstation.providers.taobao_global import parse
from workstation.sandbox.constants import APP_SECRET_TAOBAO_GLOBAL, DEMO_ACCOUNTS_TAOBAO
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.secrets import FileSecretStore

REDIRECT = "http://127.0.0.1/workstation/login-done"


@pytest.fixture(scope="module")
def lazop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The SDK module. It opens a log file under ~/logs when imported: point HOME elsewhere."""
    home = tmp_path_factory.mktemp("sdk-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        yield importlib.import_module("lazop_sdk.base")


class SdkWire:
    """Sends what the connector would send through the official SDK instead of our own signer."""

    def __init__(self, lazop: ModuleType, gateway: str, app_key: str, secret: str, *, multipart: bool) -> None:
        self.client = lazop.LazopClient(gateway, app_key, secret, timeout=15)
        self.lazop = lazop
        self.multipart = multipart
        self.sent: list[tuple[str, Any]] = []  # (api path, the SDK's LazopResponse)

    def execute(self, api_path: str, params: Mapping[str, object], token: Token | None) -> Any:
        request = self.lazop.LazopRequest(api_path, "POST")
        for key, value in params.items():
            if value is None or str(value).strip() == "":
                continue  # as the Java SDK's IopHashMap (our own rule too, docs/protocols.md)
            request.add_api_param(key, str(value))
        if self.multipart:  # any file parameter makes the SDK post multipart/form-data; files are not signed
            request.add_file_param("attachment", ("note.txt", b"workstation", "text/plain"))
        response = self.client.execute(request, token.access_token if token else None)
        self.sent.append((api_path, response))
        return response

    def install(self, connector: Any) -> None:
        """Route the connector's calls through the SDK; its parsing stays the connector's own."""

        def call(what: str, api_path: str, params: Mapping[str, object], token: Token | None,
                 then: Callable[[Any], Any], *, idempotent: bool = True) -> Any:
            answer = self.execute(api_path, params, token)
            as_received = httpx.Response(200, content=json.dumps(answer.body).encode(),
                                         headers={"Content-Type": "application/json"})
            return then(parse.envelope(as_received, what, lambda text: text))

        connector._call = call


def _code(sandbox: Sandbox, connector: Any, login: str, password: str) -> str:
    state = secrets.token_hex(8)
    url = connector.login_url(REDIRECT, state)
    with httpx.Client(timeout=10) as browser:
        assert browser.get(url).status_code == 200
        answer = browser.post(url, data={"login": login, "password": password, "action": "login"})
    query = parse_qs(urlsplit(answer.headers.get("Location", "")).query)
    assert answer.status_code == 302 and query.get("state") == [state], answer.text
    return query["code"][0]


@pytest.mark.parametrize("multipart", [False, True], ids=["form", "multipart"])
def test_the_official_iop_sdk_drives_the_whole_flow_against_the_sandbox(
        lazop: ModuleType, multipart: bool, tmp_path: Path) -> None:
    login, password = DEMO_ACCOUNTS_TAOBAO[0]
    with sandbox_running(tmp_path / "market") as sb:
        data = tmp_path / "data"
        assert set_live(data, "taobao", sb.gateway("taobao"), sb.app_key("taobao"), APP_SECRET_TAOBAO_GLOBAL,
                        "--min-interval", "0.1", authorize=sb.authorize("taobao")).returncode == 0
        config = load_config(data, env={})
        core = assemble(config, open_database(config), secrets=FileSecretStore(data / "secrets.json"))
        try:
            connector = core.connectors("taobao")
            wire = SdkWire(lazop, sb.gateway("taobao"), sb.app_key("taobao"), APP_SECRET_TAOBAO_GLOBAL,
                           multipart=multipart)

            # The SDK on its own first: its signature accepted, its own parse of the answer.
            raw = wire.execute("/auth/token/create", {"code": _code(sb, connector, login, password)}, None)
            assert raw.code == "0" and raw.type is None, str(raw)
            assert raw.body["access_token"] and raw.body["refresh_token"] and raw.request_id
            wrong = lazop.LazopClient(sb.gateway("taobao"), sb.app_key("taobao"), "not-the-secret").execute(
                lazop.LazopRequest("/product/get", "POST"), raw.body["access_token"])
            assert wrong.code == "IncompleteSignature" and wrong.type == "ISV", str(wrong)

            # Then every call the connector makes, signed and sent by the SDK.
            wire.install(connector)
            token = connector.exchange_code(_code(sb, connector, login, password), REDIRECT)
            item = plain_items("taobao")[0]
            offer = connector.get_offer(token, item.native_item_id)
            assert offer.available and offer.skus
            sku = offer.skus[0]
            request = OrderRequest(client_ref=f"WSSDK{int(multipart)}", seller_id=offer.seller_id,
                                   address=Address(**DEMO_WAREHOUSE),
                                   lines=(OrderRequestLine(offer.item_id, sku.sku_id, 2, sku.price),))
            preview = connector.preview_order(token, request)
            assert preview.lines and preview.goods_amount > 0
            created = connector.create_order(token, request)
            assert created.order_id and created.lines
            found = connector.find_by_reference(token, request.client_ref)
            assert found is not None and found.order_id == created.order_id
            listed = connector.list_orders_modified(token, datetime.now(UTC) - timedelta(hours=1))
            assert created.order_id in {o.order_id for o in listed}

            sandbox_cli(sb.directory, "pay", created.order_id)
            sandbox_cli(sb.directory, "advance", "26")  # shipped; the 24 h access token has run out
            with pytest.raises(AuthExpired):
                connector.waybills(token, created.order_id)
            renewed = connector.refresh(token)
            waybills = connector.waybills(renewed, created.order_id)
            assert waybills and all(w.waybill_no for w in waybills)

            paths = [path for path, _ in wire.sent]
            for api in ("/auth/token/create", "/product/get", "/purchase/order/render", "/purchase/order/create",
                        "/purchase/orders/query", "/auth/token/refresh", "/logistics/detail/get"):
                assert api in paths, (api, paths)
            refused = [r for _, r in wire.sent if r.code != "0"]  # the SDK's own reading of the expired token
            assert [(r.type, r.code) for r in refused] == [("ISV", "IllegalAccessToken")], [str(r) for r in refused]
        finally:
            core.close()
