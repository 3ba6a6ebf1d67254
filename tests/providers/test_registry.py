"""Configuration is only URLs and keys; TLS is never switched off (T10)."""

from __future__ import annotations

import pathlib
import socket
import ssl
import subprocess
import threading

import httpx
import pytest

from workstation.providers import alibaba1688, taobao_global
from workstation.providers.base import Provider, ProviderKind, TransportError
from workstation.providers.registry import (
    make_provider,
    provider_from_settings,
    real_settings,
    sandbox_settings,
)
from workstation.sandbox import constants

PROVIDERS_DIR = pathlib.Path(alibaba1688.__file__).resolve().parents[1]


def test_sandbox_settings_follow_the_constants():
    s = sandbox_settings("http://127.0.0.1:8123/", "1688")
    assert (s.gateway_url, s.auth_url, s.app_key, s.app_secret) == (
        "http://127.0.0.1:8123/1688/openapi", "http://127.0.0.1:8123/1688/oauth/authorize",
        constants.APP_KEY_1688, constants.APP_SECRET_1688)
    t = sandbox_settings("http://127.0.0.1:8123", ProviderKind.TAOBAO)
    assert t.gateway_url == "http://127.0.0.1:8123/taobao-global/rest"
    assert t.auth_url == "http://127.0.0.1:8123/taobao-global/oauth/authorize"
    assert constants.APP_SECRET_TAOBAO_GLOBAL not in repr(t)


def test_real_defaults_and_factory():
    assert real_settings("1688", "k", "s").gateway_url == "https://gw.open.1688.com/openapi"
    assert real_settings("1688", "k", "s").auth_url == "https://auth.1688.com/oauth/authorize"
    tg = real_settings("taobao", "k", "s")
    assert (tg.gateway_url, tg.auth_url) == ("https://api.taobao.global/rest",
                                             "https://api.taobao.global/oauth/authorize")
    for kind, cls in (("1688", alibaba1688.Alibaba1688Provider),
                      ("taobao", taobao_global.TaobaoGlobalProvider)):
        provider = provider_from_settings(real_settings(kind, "k", "s"))
        assert isinstance(provider, cls) and isinstance(provider, Provider)
        assert provider.kind is ProviderKind(kind)
    with pytest.raises(ValueError):
        make_provider("ebay", gateway_url="x", auth_url="y", app_key="k", app_secret="s")


def test_no_connector_disables_tls_verification():
    offenders = [str(p) for p in PROVIDERS_DIR.rglob("*.py")
                 if "sandbox" not in p.parts and "verify=False" in p.read_text()]
    assert offenders == []


@pytest.fixture
def self_signed_server(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                       check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("openssl is not available to make a self-signed certificate")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    listener.close()


def test_a_self_signed_gateway_is_refused(self_signed_server, token):
    provider = make_provider("taobao", gateway_url=self_signed_server + "/rest",
                             auth_url=self_signed_server, app_key="k", app_secret="s",
                             min_interval=0, timeout=httpx.Timeout(3.0))
    provider.http.policy = provider.http.policy.__class__(attempts=1)
    with pytest.raises(TransportError) as info:
        provider.get_offer(token, "1")
    assert info.value.outcome_unknown is False and "ConnectError" in info.value.message
