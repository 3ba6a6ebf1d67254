"""Test-side clients of the sandbox: independent signing and the login flows, over real HTTP.

The signatures here are written from the spec again, not imported from the
sandbox, so a disagreement between the two shows up as a rejected call.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_KEY_TAOBAO_GLOBAL,
    APP_SECRET_1688,
    APP_SECRET_TAOBAO_GLOBAL,
    AUTH_1688,
    AUTH_TAOBAO_GLOBAL,
    GATEWAY_1688,
    GATEWAY_TAOBAO_GLOBAL,
)
from workstation.sandbox.market import Market

REDIRECT = "http://127.0.0.1:9/callback"
NAMESPACES = {
    "alibaba.product.get": "com.alibaba.product", "alibaba.cross.productInfo": "com.alibaba.product",
    "alibaba.trade.getLogisticsInfos.buyerView": "com.alibaba.logistics",
    "alibaba.trade.getLogisticsTraceInfo.buyerView": "com.alibaba.logistics",
}
ADDRESS_1688 = {"fullName": "王鑫磊", "mobile": "13800138000", "phone": "0571-88886666",
                "postCode": "310000", "provinceText": "浙江省", "cityText": "杭州市",
                "areaText": "余杭区", "address": "文一西路 969 号 3 号仓", "districtCode": "330110"}
RECEIVER_TG = {"name": "王鑫磊", "phone": "13800138000", "mobile_phone": "13800138000",
               "country": "CN", "state": "浙江省", "city": "杭州市", "district": "余杭区",
               "address": "文一西路 969 号 3 号仓", "zip": "310000"}


def sign_1688(url_path: str, params: dict[str, str], secret: str = APP_SECRET_1688) -> str:
    joined = "".join(sorted(k + v for k, v in params.items()))
    return hmac.new(secret.encode(), (url_path + joined).encode(), hashlib.sha1).hexdigest().upper()


def sign_tg(api_path: str, params: dict[str, str], secret: str = APP_SECRET_TAOBAO_GLOBAL) -> str:
    joined = "".join(k + params[k] for k in sorted(params))
    return hmac.new(secret.encode(), (api_path + joined).encode(), hashlib.sha256).hexdigest().upper()


def as_param(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@dataclass
class Sandbox:
    url: str
    directory: Path
    market: Market
    http: httpx.Client

    # ------------------------------------------------------------ login pages

    def login(self, provider: str = "1688", login: str | None = None, password: str = "demo",
              action: str = "login", state: str = "st-42") -> httpx.Response:
        path, app_key = ((AUTH_1688, APP_KEY_1688) if provider == "1688"
                         else (AUTH_TAOBAO_GLOBAL, APP_KEY_TAOBAO_GLOBAL))
        login = login or ("demo_buyer_1688" if provider == "1688" else "demo_buyer_tb")
        query = {"client_id": app_key, "redirect_uri": REDIRECT, "state": state}
        if provider == "1688":
            query["site"] = "1688"
        else:
            query.update(response_type="code", force_auth="true")
        return self.http.post(path, params=query, data={"login": login, "password": password,
                                                        "action": action})

    def code(self, provider: str = "1688", **kw) -> str:
        reply = self.login(provider, **kw)
        assert reply.status_code == 302, reply.text
        return parse_qs(urlsplit(reply.headers["location"]).query)["code"][0]

    # ------------------------------------------------------------ 1688

    def token_1688(self, login: str = "demo_buyer_1688") -> dict:
        reply = self.http.post(f"{GATEWAY_1688}/http/1/system.oauth2/getToken/{APP_KEY_1688}", data={
            "grant_type": "authorization_code", "need_refresh_token": "true", "client_id": APP_KEY_1688,
            "client_secret": APP_SECRET_1688, "redirect_uri": REDIRECT, "code": self.code("1688", login=login)})
        assert reply.status_code == 200, reply.text
        return reply.json()

    def call_1688(self, api: str, params: dict, token: str | None, *, method: str = "POST",
                  secret: str = APP_SECRET_1688, namespace: str | None = None,
                  timeout: float | None = None) -> httpx.Response:
        namespace = namespace or NAMESPACES.get(api, "com.alibaba.trade")
        url_path = f"param2/1/{namespace}/{api}/{APP_KEY_1688}"
        sent = {k: as_param(v) for k, v in params.items()}
        if token is not None:
            sent["access_token"] = token
        sent["_aop_timestamp"] = str(int(time.time() * 1000))
        sent["_aop_signature"] = sign_1688(url_path, sent, secret)
        extra = {"timeout": timeout} if timeout else {}
        if method == "GET":
            return self.http.get(f"{GATEWAY_1688}/{url_path}", params=sent, **extra)
        return self.http.post(f"{GATEWAY_1688}/{url_path}", data=sent, **extra)

    # ------------------------------------------------------------ Taobao Global

    def call_tg(self, path: str, params: dict, token: str | None, *, transport: str = "form",
                secret: str = APP_SECRET_TAOBAO_GLOBAL, timeout: float | None = None) -> httpx.Response:
        sent = {k: as_param(v) for k, v in params.items()}
        sent.update(app_key=APP_KEY_TAOBAO_GLOBAL, timestamp=str(int(time.time() * 1000)),
                    sign_method="sha256")
        if token is not None:
            sent["access_token"] = token
        sent["sign"] = sign_tg(path, sent, secret)
        url = GATEWAY_TAOBAO_GLOBAL + path
        extra = {"timeout": timeout} if timeout else {}
        if transport == "get":
            return self.http.get(url, params=sent, **extra)
        if transport == "json":
            return self.http.post(url, json=sent, **extra)
        return self.http.post(url, data=sent, **extra)

    def token_tg(self, login: str = "demo_buyer_tb") -> dict:
        reply = self.call_tg("/auth/token/create", {"code": self.code("taobao", login=login)}, None)
        body = reply.json()
        assert body["code"] == "0", body
        return body
