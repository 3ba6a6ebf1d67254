"""The server over real HTTP: envelopes, errors naming parameters, signing, sessions, hostile XML."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote_plus, urlencode

import httpx
import pytest

from tests.helpers.otapi import Instance, Server, create_instance, start_server
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi import signing
from workstation.otapi.client import OtapiClient


def get(server: Server, method: str, fmt: str = "service-json", **params: str) -> httpx.Response:
    return httpx.get(f"{server.url}/{fmt}/{method}", params=params, timeout=10)


def test_json_and_xml_routes_by_get_and_post(server: Server, instance: Instance) -> None:
    login, password = instance.operator
    by_get = get(server, "AuthenticateInstanceOperator", instanceKey=instance.key, language="en",
                 userLogin=login, userPassword=password)
    assert by_get.status_code == 200 and by_get.text.startswith('{"ErrorCode":"Ok"')
    assert len(by_get.json()["SessionId"]["Value"]) >= 32
    by_post = httpx.post(f"{server.url}/service/AuthenticateInstanceOperator", timeout=10, data={
        "instanceKey": instance.key, "language": "en", "userLogin": login, "userPassword": password})
    assert b"<ErrorCode>Ok</ErrorCode>" in by_post.content and b"<SessionId><Value>" in by_post.content


@pytest.mark.parametrize(("method", "params", "code", "parameter"), [
    ("NoSuchMethod", {}, E.UNKNOWN_METHOD, "method"),
    ("GetOrderLineStatusList", {"instanceKey": ""}, E.INVALID_PARAMETER, "instanceKey"),
    ("GetOrderLineStatusList", {"instanceKey": "0" * 32}, E.ACCESS_DENIED, "instanceKey"),
    ("GetOrderLineStatusList", {}, E.INVALID_PARAMETER, "sessionId"),
    ("GetOrderLineStatusList", {"sessionId": "nonsense"}, E.SESSION_EXPIRED, "sessionId"),
    ("AuthenticateInstanceOperator", {"userLogin": "x"}, E.INVALID_PARAMETER, "userPassword"),
    ("AuthenticateInstanceOperator", {"userLogin": "x", "userPassword": "y"}, E.ACCESS_DENIED, "userLogin"),
])
def test_errors_have_ots_shape_and_name_the_parameter(server: Server, instance: Instance, method: str,
                                                      params: dict[str, str], code: str, parameter: str) -> None:
    sent = {"instanceKey": instance.key, "language": "en", **params}
    answer = get(server, method, **sent).json()
    assert answer["ErrorCode"] == code
    assert {"Name": "ParameterName", "Value": parameter} in answer["ErrorDescriptionArguments"]
    assert answer["ErrorDescription"]
    xml = get(server, method, fmt="service", **sent)
    assert xml.status_code == 200 and f"<ErrorCode>{code}</ErrorCode>".encode() in xml.content


def test_ill_typed_unknown_and_not_found(client: OtapiClient) -> None:
    cases = [("SearchOrderLines", {"frameSize": "lots"}, "frameSize", E.INVALID_PARAMETER),
             ("SearchOrderLines", {"frameSize": "0"}, "frameSize", E.INVALID_PARAMETER),
             ("GetSalesOrderDetailsForOperator", {"salesId": "ORD-0999999999"}, "salesId", E.NOT_FOUND),
             ("GetSalesOrderDetailsForOperator", {"salesId": "ORD-0000000101", "queryType": "7"}, "queryType",
              E.INVALID_PARAMETER),
             ("SearchOrderLines", {"colour": "red"}, "colour", E.INVALID_PARAMETER),
             ("GetBackgroundActivityInfo", {"activityType": "ProviderOrdersIntegrationExporting",
                                            "activityId": "no-such"}, "activityId", E.NOT_FOUND),
             ("SearchOrderLines", {"xmlSearchParameters": "<Wrong/>"}, "xmlSearchParameters", E.INVALID_PARAMETER)]
    for method, params, parameter, code in cases:
        with pytest.raises(E.OtapiError) as caught:
            client.call(method, params)
        assert (caught.value.code, caught.value.parameter) == (code, parameter), (method, params)


def test_signed_instance(server: Server, signed_instance: Instance) -> None:
    base = {"instanceKey": signed_instance.key, "language": "en", "userLogin": signed_instance.operator[0],
            "userPassword": signed_instance.operator[1]}
    method = "AuthenticateInstanceOperator"
    assert get(server, method, **base).json()["SubErrorCode"] == "MissingTimestamp"
    assert get(server, method, **base, timestamp=signing.timestamp()).json()["SubErrorCode"] == "MissingSignature"
    old = signing.sign(method, base, signed_instance.secret or "")
    old["timestamp"] = "20000101000000"
    old["signature"] = signing.signature(method, old, signed_instance.secret or "")
    assert get(server, method, **old).json()["SubErrorCode"] == "InvalidTimestamp"
    bad = signing.sign(method, base, "not the secret")
    answer = get(server, method, **bad).json()
    assert (answer["ErrorCode"], answer["SubErrorCode"]) == ("AccessDenied", "InvalidSignature")
    good = get(server, method, **signing.sign(method, base, signed_instance.secret or ""))
    assert good.text.startswith('{"ErrorCode":"Ok"')
    with OtapiClient(server.url, signed_instance.key, secret=signed_instance.secret,
                     operator=signed_instance.operator) as signed:
        assert signed.result("GetOrderLineStatusList")["Content"]


def test_wrong_session_kind_and_wrong_instance(server: Server, instance: Instance, signed_instance: Instance,
                                               client: OtapiClient) -> None:
    with pytest.raises(E.AccessDenied):
        client.call("SalesPaymentReserve", {"salesId": "ORD-0000000101", "amount": "1"}, session="customer")
    with OtapiClient(server.url, "f" * 32, operator=instance.operator) as wrong:
        with pytest.raises(E.AccessDenied) as caught:
            wrong.call("GetOrderLineStatusList")
        assert caught.value.parameter == "instanceKey"
    # a session of one key is no session of another
    session = client.session("operator")
    answer = get(server, "GetOrderLineStatusList", **signing.sign("GetOrderLineStatusList", {"instanceKey": signed_instance.key,
                                                           "sessionId": session}, signed_instance.secret or ""))
    assert answer.json()["ErrorCode"] == "SessionExpired"


def test_revoked_key_is_banned(server: Server, demo_dir: Path) -> None:
    from tests.helpers.otapi import cli

    doomed = create_instance(demo_dir)
    with OtapiClient(server.url, doomed.key, operator=doomed.operator) as c:
        assert c.result("GetOrderLineStatusList")
        cli(demo_dir, "otapi", "instance", "revoke", doomed.key)
        with pytest.raises(E.InstanceKeyBan):
            c.call("GetOrderLineStatusList")
    listed = cli(demo_dir, "--json", "otapi", "instance", "list").stdout
    assert doomed.key in listed and "revokedAt" in listed


def test_session_expiry_reauthenticates_once(demo_dir: Path, instance: Instance) -> None:
    short = start_server(demo_dir, "--session-ttl", "1")
    try:
        with OtapiClient(short.url, instance.key, operator=instance.operator) as c:
            first = c.session("operator")
            deadline = time.monotonic() + 10
            while c.raw("GetOrderLineStatusList", {"sessionId": first})["ErrorCode"] != "SessionExpired":
                assert time.monotonic() < deadline, "the session never expired"
                time.sleep(0.1)
            assert c.result("GetOrderLineStatusList")["Content"]  # re-authenticated, repeated
            assert c.session("operator") != first
    finally:
        log = short.stop()
    assert instance.operator[1] not in log and first not in log


# ---------------------------------------------------------------- hostile XML


class Listener:
    """A loopback TCP listener that counts connections (an XXE naming a URL must never reach it)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    guard = Listener()
    yield guard
    guard.close()


def hostile_corpus(port: int, canary: Path) -> dict[str, str]:
    lines = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "dtd": '<!DOCTYPE OrderLineSearchParameters [<!ELEMENT OrderLineSearchParameters ANY>]>'
               '<OrderLineSearchParameters/>',
        "xxe file": f'<!DOCTYPE r [<!ENTITY e SYSTEM "file://{canary}">]>'
                    '<OrderLineSearchParameters><VendorPurchaseIdList><Id>&e;</Id></VendorPurchaseIdList>'
                    '</OrderLineSearchParameters>',
        "xxe url": f'<!DOCTYPE r [<!ENTITY e SYSTEM "http://127.0.0.1:{port}/x">]>'
                   '<OrderLineSearchParameters><VendorPurchaseIdList><Id>&e;</Id></VendorPurchaseIdList>'
                   '</OrderLineSearchParameters>',
        "external dtd": f'<!DOCTYPE r SYSTEM "http://127.0.0.1:{port}/r.dtd"><OrderLineSearchParameters/>',
        "billion laughs": f'<!DOCTYPE r [{lines}]><OrderLineSearchParameters><VendorPurchaseIdList><Id>&l9;</Id>'
                          '</VendorPurchaseIdList></OrderLineSearchParameters>',
        "depth 10000": "<OrderLineSearchParameters>" + "<a>" * 10_000 + "</a>" * 10_000
                       + "</OrderLineSearchParameters>",
        "100 MB text": HUGE,
    }


HUGE = "100 MB text node"  # built as bytes in `form_body`: url-encoding 100 MB in Python takes 10 s


def form_body(fields: dict[str, str], xml: str) -> bytes:
    """The POST body; the 100 MB case is encoded by hand (letters need no escaping)."""
    head = urlencode(fields).encode() + b"&xmlSearchParameters="
    if xml is HUGE:
        return (head + quote_plus("<OrderLineSearchParameters><VendorPurchaseIdList><Id>").encode()
                + b"x" * 100_000_000 + quote_plus("</Id></VendorPurchaseIdList></OrderLineSearchParameters>").encode())
    return head + quote_plus(xml).encode()


def test_hostile_xml_is_refused_and_the_server_keeps_answering(
        server: Server, client: OtapiClient, listener: Listener, tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-7f3e1c")
    session = client.session("operator")
    for name, doc in hostile_corpus(listener.port, canary).items():
        body = form_body({"instanceKey": client.instance_key, "language": "en", "sessionId": session}, doc)
        # No time limit asserted (a loaded machine took 7 s for the 100 MB text): the request's
        # timeout catches a hang, and the peak memory below an expansion that was not refused.
        response = httpx.post(f"{server.url}/service-json/SearchOrderLines", timeout=60, content=body,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
        answer = response.json()
        assert answer["ErrorCode"] != "Ok", name
        assert {"Name": "ParameterName", "Value": "xmlSearchParameters"} in answer["ErrorDescriptionArguments"], name
        assert "CANARY" not in response.text, name
        assert client.result("GetOrderLineStatusList")["Content"], name  # still answering
    assert listener.hits == 0
    assert server.alive()
    assert server.peak_rss_mb() < 200


def test_provider_login_url_opens_the_marketplace_login(server: Server, client: OtapiClient) -> None:
    info = client.result("GetProviderOrdersIntegrationSessionAuthenticationInfo",
                         {"providerType": "Alibaba1688", "returnUrl": "http://127.0.0.1:9/shop/return"})
    page = httpx.get(info["AuthenticationUrl"], timeout=10)
    assert page.status_code == 200 and "<form" in page.text.lower()
    # the operator logs in there; the marketplace returns to the server, which sends the browser
    # on to the shop's returnUrl with the new provider session
    from workstation.sandbox.constants import DEMO_ACCOUNTS_1688

    login, password = DEMO_ACCOUNTS_1688[0]
    with httpx.Client(timeout=10) as browser:
        back = browser.post(info["AuthenticationUrl"], data={"login": login, "password": password, "action": "login"})
        assert back.status_code == 302 and back.headers["Location"].startswith(server.url)
        shop = browser.get(back.headers["Location"])
    assert shop.status_code == 302
    assert shop.headers["Location"] == f"http://127.0.0.1:9/shop/return?providerSessionId={login}&providerType=Alibaba1688"
    ids = [s["Id"] for s in client.result("GetProviderOrdersIntegrationSessionInfoList",
                                          {"providerType": "Alibaba1688"})["Content"]]
    assert login in ids
    with pytest.raises(E.OtapiError) as caught:
        client.call("GetProviderOrdersIntegrationSessionAuthenticationInfo",
                    {"providerType": "Alibaba1688", "returnUrl": "javascript:alert(1)"})
    assert caught.value.parameter == "returnUrl"


def test_create_package_for_received_lines(client: OtapiClient) -> None:
    received = client.result("SearchOrderLines", {"xmlSearchParameters": (
        "<OrderLineSearchParameters><StatusIdList><Id>8</Id></StatusIdList></OrderLineSearchParameters>")})
    line = received["Content"][0]
    data = (f"<PackageCreateData><OrderId>{line['OrderId']}</OrderId><Weight>1.25</Weight>"
            f"<DeliveryTrackingNumber>EMS-OT-{line['Id']}</DeliveryTrackingNumber><Items><Item>"
            f"<OrderLineId>{line['Id']}</OrderLineId><Quantity>{line['Qty']}</Quantity></Item></Items>"
            "</PackageCreateData>")
    package = client.result("CreatePackageForOperator", {"xmlCreateData": data})
    assert package["OrderId"] == line["OrderId"] and Decimal(package["Weight"]) == Decimal("1.25")
    assert package["Items"] == [{"OrderLineId": line["Id"], "Quantity": line["Qty"]}]
    with pytest.raises(E.OtapiError) as again:  # the same tracking number twice
        client.call("CreatePackageForOperator", {"xmlCreateData": data})
    assert again.value.parameter == "xmlCreateData"


@pytest.mark.parametrize(("method", "param", "session"), [
    ("AddOrder", "xmlAddData", "customer"),
    ("SearchOrders", "xmlSearchParameters", "operator"),
    ("RunOrderExportingToProvider", "xmlParameters", "operator"),
    ("DoStepActionForBackgroundActivity", "xmlParameters", "operator"),
    ("CreatePackageForOperator", "xmlCreateData", "operator"),
])
def test_every_xml_parameter_goes_through_the_hardened_parser(client: OtapiClient, tmp_path: Path, method: str,
                                                              param: str, session: str) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-19d2")
    others = {"providerType": "Taobao", "providerSessionId": "demo_buyer_tb",
              "activityType": "ProviderOrdersIntegrationExporting", "activityId": "x"}
    from workstation.otapi.server.app import REGISTRY

    params = {p.name: others.get(p.name, "1") for p in REGISTRY[method].params if p.required}
    params[param] = f'<!DOCTYPE r [<!ENTITY e SYSTEM "file://{canary}">]><r>&e;</r>'
    answer = client.raw(method, {**params, "sessionId": client.session(session)})
    assert answer["ErrorCode"] == "InvalidParameter" and answer["SubErrorCode"] == "UnsafeXml"
    assert "CANARY" not in json.dumps(answer)


def test_logs_never_show_passwords_session_ids_or_secrets(server: Server, client: OtapiClient,
                                                          instance: Instance, signed_instance: Instance) -> None:
    session = client.session("operator")
    client.session("customer")
    assert client.result("GetOrderLineStatusList")
    canaries = [instance.operator[1], instance.customer[1], signed_instance.operator[1],
                signed_instance.secret or "", session]
    logs = [p for p in server.data_dir.rglob("*.log*") if p.is_file()]
    assert logs
    for path in logs:
        text = path.read_text(errors="replace")
        for canary in canaries:
            assert canary not in text, path
