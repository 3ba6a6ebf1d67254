"""Login pages, code exchange, token expiry on the sandbox clock, refresh; both providers."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from tests.sandbox.helpers import REDIRECT
from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_SECRET_1688,
    AUTH_1688,
    GATEWAY_1688,
)

TOKEN_URL = f"{GATEWAY_1688}/http/1/system.oauth2/getToken/{APP_KEY_1688}"


def _query(reply) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(reply.headers["location"]).query).items()}


def test_login_page_shows_form(sandbox):
    reply = sandbox.http.get(AUTH_1688, params={"client_id": APP_KEY_1688, "site": "1688",
                                                 "redirect_uri": REDIRECT, "state": "s"})
    assert reply.status_code == 200 and "text/html" in reply.headers["content-type"]
    assert 'name=password' in reply.text and 'value="s"' in reply.text


def test_login_redirects_with_code_and_state(sandbox):
    for provider in ("1688", "taobao"):
        reply = sandbox.login(provider, state="opaque-7")
        assert reply.status_code == 302
        assert reply.headers["location"].startswith(REDIRECT + "?")
        query = _query(reply)
        assert query["state"] == "opaque-7" and re.fullmatch(r"[0-9a-f]{32}", query["code"])


def test_wrong_password_shows_form_again(sandbox):
    reply = sandbox.login("1688", password="nope")
    assert reply.status_code == 200 and 'id=error' in reply.text and "name=password" in reply.text


def test_deny_redirects_with_access_denied(sandbox):
    reply = sandbox.login("taobao", action="deny", state="s9")
    assert reply.status_code == 302 and _query(reply) == {"error": "access_denied", "state": "s9"}


def test_unknown_client_id_refused(sandbox):
    reply = sandbox.http.get(AUTH_1688, params={"client_id": "999", "redirect_uri": REDIRECT})
    assert reply.status_code == 400


def test_1688_token_exchange_fields(sandbox):
    token = sandbox.token_1688()
    assert token["expires_in"] == "36000" and token["resource_owner"] == "demo_buyer_1688"
    assert {"access_token", "refresh_token", "refresh_token_timeout", "aliId", "memberId", "uid"} <= set(token)
    assert re.fullmatch(r"\d{14}\+0800", token["refresh_token_timeout"])


def test_1688_code_single_use_and_expiring(sandbox):
    code = sandbox.code("1688")
    form = {"grant_type": "authorization_code", "client_id": APP_KEY_1688, "client_secret": APP_SECRET_1688,
            "redirect_uri": REDIRECT, "code": code}
    assert sandbox.http.post(TOKEN_URL, data=form).status_code == 200
    again = sandbox.http.post(TOKEN_URL, data=form)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    late = {**form, "code": sandbox.code("1688")}
    sandbox.market.advance(3 / 60)  # 3 sandbox minutes > 2
    assert sandbox.http.post(TOKEN_URL, data=late).json()["error"] == "invalid_grant"


def test_1688_token_expires_and_refresh_works(sandbox):
    token = sandbox.token_1688()
    params = {"webSite": "1688", "page": "1"}
    assert sandbox.call_1688("alibaba.trade.getBuyerOrderList", params, token["access_token"]).status_code == 200
    sandbox.market.advance(10.1)
    expired = sandbox.call_1688("alibaba.trade.getBuyerOrderList", params, token["access_token"])
    assert expired.status_code == 401 and expired.json()["error_message"] == "Request need user authorized"
    refreshed = sandbox.http.post(TOKEN_URL, data={
        "grant_type": "refresh_token", "client_id": APP_KEY_1688, "client_secret": APP_SECRET_1688,
        "refresh_token": token["refresh_token"]}).json()
    assert refreshed["access_token"] != token["access_token"] and refreshed["expires_in"] == "36000"
    ok = sandbox.call_1688("alibaba.trade.getBuyerOrderList", params, refreshed["access_token"])
    assert ok.status_code == 200 and ok.json()["totalRecord"] == 0


def test_1688_refresh_also_via_param2_path_and_bad_client(sandbox):
    token = sandbox.token_1688()
    url = f"{GATEWAY_1688}/param2/1/system.oauth2/getToken/{APP_KEY_1688}"
    form = {"grant_type": "refresh_token", "client_id": APP_KEY_1688, "client_secret": APP_SECRET_1688,
            "refresh_token": token["refresh_token"]}
    assert "access_token" in sandbox.http.post(url, data=form).json()
    assert sandbox.http.post(url, data={**form, "client_secret": "x"}).status_code == 401


def test_1688_invalid_token(sandbox):
    reply = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {}, "not-a-token")
    assert reply.status_code == 401 and reply.json()["error_code"] == "401"


def test_taobao_global_token_create_expire_refresh(sandbox):
    token = sandbox.token_tg()
    assert token["account"] == "demo_buyer_tb" and token["expires_in"] == 86400
    assert {"refresh_token", "refresh_expires_in", "account_id", "user_id", "seller_id", "short_code",
            "account_platform", "request_id"} <= set(token)
    query = {"page_no": "1", "page_size": "10"}
    assert sandbox.call_tg("/purchase/orders/query", query, token["access_token"]).json()["success"] is True
    sandbox.market.advance(24.5)
    expired = sandbox.call_tg("/purchase/orders/query", query, token["access_token"]).json()
    assert expired["code"] == "IllegalAccessToken"
    assert expired["message"] == "The specified access token is invalid or expired"
    fresh = sandbox.call_tg("/auth/token/refresh", {"refresh_token": token["refresh_token"]}, None).json()
    assert fresh["code"] == "0" and fresh["access_token"] != token["access_token"]
    assert sandbox.call_tg("/purchase/orders/query", query, fresh["access_token"]).json()["success"] is True


def test_taobao_global_bad_code_and_missing_token(sandbox):
    assert sandbox.call_tg("/auth/token/create", {"code": "nope"}, None).json()["code"] == "InvalidCode"
    assert sandbox.call_tg("/purchase/orders/query", {}, None).json()["code"] == "IllegalAccessToken"
