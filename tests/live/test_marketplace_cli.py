"""`workstation-cli marketplace` against a sandbox started as a separate process and configured
as a *live* gateway (its URL, app key and secret), then against what breaks in real life: a wrong
key, a wrong secret, a port nobody listens on, an HTML page, a proxy wanting a password.
Every case must come back in plain words naming the setting to fix."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.live import (
    HTML_PAGE,
    PROXY_407,
    Sandbox,
    free_port,
    loopback,
    run_cli,
    set_live,
)
from workstation.sandbox.constants import APP_SECRET_1688, APP_SECRET_TAOBAO_GLOBAL

SECRETS = {"1688": APP_SECRET_1688, "taobao": APP_SECRET_TAOBAO_GLOBAL}
NAMES = {"1688": "1688.com", "taobao": "Taobao Global"}
CONSOLE = {"1688": "open.1688.com", "taobao": "open.taobao.global"}


def _files_text(data: Path) -> str:
    """Everything the workstation wrote in its data directory except the secrets file."""
    out = []
    for path in data.rglob("*"):
        if path.is_file() and path.name not in ("secrets.json", "secrets.json.lock"):
            out.append(path.read_bytes().decode("latin-1"))
    return "\n".join(out)


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_live_sandbox_set_show_test_and_every_failure(sandbox_process: Sandbox, tmp_path: Path,
                                                      provider: str) -> None:
    sb, data = sandbox_process, tmp_path / "data"
    key, secret, name = sb.app_key(provider), SECRETS[provider], NAMES[provider]
    host = f"127.0.0.1:{sb.port}"

    done = set_live(data, provider, sb.gateway(provider), key, secret, "--min-interval", "0.2",
                    "--timeout", "20", authorize=sb.authorize(provider))
    assert done.returncode == 0, done.stderr
    assert secret not in done.stdout + done.stderr

    shown = json.loads(run_cli(data, "--json", "marketplace", "show", provider).stdout)
    assert shown["mode"] == "live" and shown["mode_name"] == "Live"
    assert shown["base_url"] == sb.gateway(provider) and shown["authorize_url"] == sb.authorize(provider)
    assert shown["app_key"] == key and shown["app_secret_set"] is True
    assert shown["min_interval"] == 0.2 and shown["timeout"] == 20.0
    assert secret not in json.dumps(shown)

    ok = run_cli(data, "marketplace", "test", provider)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.strip() == (
        f"Connected. The {name} gateway at {host} accepted the app key {key} and the signature made "
        "with the app secret. Buyer accounts can now be logged in (Sessions).")

    # a wrong app key
    assert run_cli(data, "marketplace", "set", provider, "--app-key", key + "9").returncode == 0
    wrong_key = run_cli(data, "marketplace", "test", provider)
    assert wrong_key.returncode == 4
    code, said = (("gw.APIACLDecline", "AppKey is not allowed(acl)") if provider == "1688"
                  else ("InvalidAppKey", "The specified app key is invalid"))
    assert wrong_key.stdout.strip() == (
        f"The {name} gateway at {host} does not accept the app key {key}9 ({code}: {said}). Check App "
        f"key: it must be the AppKey of your application on {CONSOLE[provider]}, and the application "
        "must have the buyer order APIs.\nSetting to fix: App key (--app-key)")
    as_json = json.loads(run_cli(data, "--json", "marketplace", "test", provider).stdout)
    assert as_json["ok"] is False and as_json["setting"] == "app_key" and as_json["code"] == code
    assert run_cli(data, "marketplace", "set", provider, "--app-key", key).returncode == 0

    # a wrong app secret
    assert run_cli(data, "marketplace", "set", provider, "--app-secret-stdin",
                   stdin="not-the-secret\n").returncode == 0
    wrong_secret = run_cli(data, "marketplace", "test", provider)
    assert wrong_secret.returncode == 4
    code, said = (("gw.SignatureInvalid", "Signature invalid") if provider == "1688" else
                  ("IncompleteSignature", "The request signature does not conform to platform standards"))
    assert wrong_secret.stdout.strip() == (
        f"The {name} gateway at {host} knows the app key {key} but refused the signature ({code}: "
        f"{said}): the App secret is wrong. Copy the AppSecret of this application from "
        f"{CONSOLE[provider]} again and save it.\nSetting to fix: App secret (--app-secret-stdin)")
    assert run_cli(data, "marketplace", "set", provider, "--app-secret-stdin", stdin=secret).returncode == 0

    # a port nobody listens on
    port = free_port()
    assert run_cli(data, "marketplace", "set", provider, "--base-url",
                   f"http://127.0.0.1:{port}/gateway").returncode == 0
    refused = run_cli(data, "marketplace", "test", provider)
    assert refused.returncode == 4
    assert refused.stdout.strip() == (
        f"Nothing answers at 127.0.0.1:{port} (connection refused): the host or port in Gateway base "
        "URL is wrong, or the server that should listen there is not running.\n"
        "Setting to fix: Gateway base URL (--base-url)")

    # an HTML page where the gateway should be (a hotel's Wi-Fi login, a web site)
    default = "https://gw.open.1688.com/openapi" if provider == "1688" else "https://api.taobao.global/rest"
    with loopback(HTML_PAGE) as url:
        run_cli(data, "marketplace", "set", provider, "--base-url", url + "/rest")
        html = run_cli(data, "marketplace", "test", provider)
    assert html.returncode == 4
    assert html.stdout.strip() == (
        f"{url.removeprefix('http://')} answered with a web page (HTTP 200: 'Hotel Wi-Fi - please log in "
        "Welcome Accept the terms to use the internet.') instead of the gateway's JSON: Gateway base URL "
        f"points at a web site rather than the API gateway (for {name} {default}), or a login page of "
        "the network or a proxy is in the way.\nSetting to fix: Gateway base URL (--base-url)")

    # a proxy in the way that wants a password: answering for the base URL itself ...
    with loopback(PROXY_407) as url:
        run_cli(data, "marketplace", "set", provider, "--base-url", url + "/rest")
        direct = run_cli(data, "marketplace", "test", provider)
    assert direct.returncode == 4
    assert direct.stdout.strip() == (
        f"{url.removeprefix('http://')}, in Gateway base URL, answered as a proxy that wants a user and "
        "password (HTTP 407 Proxy Authentication Required). Put them in the proxy address "
        "(HTTPS_PROXY=http://user:password@host:port) or ask the network administrator; Gateway base URL "
        "must name the gateway itself, not the proxy.\nSetting to fix: the proxy")
    # ... or as the system's HTTPS proxy on the way to the real gateway
    with loopback(PROXY_407) as url:
        run_cli(data, "marketplace", "set", provider, "--base-url", default)
        proxied = run_cli(data, "marketplace", "test", provider,
                          env={"HTTPS_PROXY": url, "https_proxy": url, "NO_PROXY": "", "no_proxy": ""})
    assert proxied.returncode == 4
    assert proxied.stdout.strip() == (
        f"The proxy {url.removeprefix('http://')} asks for a user and password (HTTP 407 Proxy "
        "Authentication Required) before it lets anything through to the gateway. Put them in the proxy "
        "address (HTTPS_PROXY=http://user:password@host:port) or ask the network administrator to let "
        "this computer through.\nSetting to fix: the proxy")

    # the audit says who changed what, and never the secret
    audit = json.loads(run_cli(data, "--json", "audit", "--action", "setting", "--action", "setting.secret").stdout)["rows"]
    changed = {c["field"] for r in audit for c in r["changes"]}
    assert {"connection.mode", "connection.base_url", "api_key", "api_secret",
            "connection.min_interval", "connection.timeout"} <= changed
    assert all(r["user"] and r["station"] for r in audit)
    for leaked in (secret, "not-the-secret"):
        assert leaked not in json.dumps(audit)
        assert leaked not in _files_text(data)  # database, logs: only the secrets file holds it
    with sqlite3.connect(data / "workstation.sqlite3") as db:
        (mode,) = db.execute("SELECT value_json FROM provider_settings WHERE provider = ? AND key = "
                             "'connection.mode'", (provider,)).fetchone()
    assert json.loads(mode) == "live"


def test_refused_values_and_the_secret_never_as_an_argument(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = run_cli(data, "marketplace", "set", "1688", "--mode", "sometimes", "--base-url",
                  "http://gw.open.1688.com/openapi", "--min-interval", "0", "--timeout", "abc")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "workstation-cli: Mode: expected sandbox or live, got 'sometimes' (--mode); Gateway base URL: use "
        "https:// (plain http only to this computer, 127.0.0.1) (--base-url); Request pacing: between 0.1 "
        "and 60 seconds (--min-interval); Timeout: 'abc' is not a number of seconds (--timeout)")
    assert "--app-secret" not in run_cli(data, "marketplace", "set", "1688", "--help").stdout.replace(
        "--app-secret-stdin", "")
    assert run_cli(data, "marketplace", "set", "1688", "--app-secret", "x").returncode == 2  # no such option
    empty = run_cli(data, "marketplace", "set", "1688", "--app-secret-stdin", stdin="\n")
    assert empty.returncode == 2 and "App secret: empty" in empty.stderr

    # Live without a key or a secret: the test says so without calling anybody
    assert run_cli(data, "marketplace", "set", "taobao", "--mode", "live").returncode == 0
    no_key = run_cli(data, "marketplace", "test", "taobao")
    assert no_key.returncode == 4
    assert no_key.stdout.strip() == (
        "Taobao Global is set to Live but has no App key: enter it in Settings → Taobao Global → Connection "
        "(or workstation-cli marketplace set taobao --app-key KEY).\nSetting to fix: App key (--app-key)")
    shown = run_cli(data, "marketplace", "show", "1688").stdout
    assert "Sandbox (demo)" in shown and "1.2 s between two calls of one account" in shown
    assert "https://gw.open.1688.com/openapi" in shown and "https://auth.1688.com/oauth/authorize" in shown
