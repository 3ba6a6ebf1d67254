"""The hardened parser and the codec, without a server."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest

from workstation.otapi import codec, xmlsafe

HOSTILE = {
    "dtd": '<!DOCTYPE a [<!ELEMENT a ANY>]><a>x</a>',
    "external entity (file)": '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
    "external entity (url)": '<!DOCTYPE a [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><a>&e;</a>',
    "external dtd": '<!DOCTYPE a SYSTEM "http://127.0.0.1:9/a.dtd"><a/>',
    "billion laughs": '<!DOCTYPE l [<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)) + ']><l>&l9;</l>',
    "bare entity reference": "<a>&e;</a>",
    "depth 10000": "<a>" * 10_000 + "</a>" * 10_000,
    "100 MB text": "<a>" + "x" * 100_000_000 + "</a>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents_are_refused_fast(name: str) -> None:
    started = time.monotonic()
    with pytest.raises(xmlsafe.UnsafeXmlError):
        xmlsafe.parse(HOSTILE[name])
    assert time.monotonic() - started < 20  # a hang guard, not a speed figure: refused before parsing it all


def test_not_well_formed_is_a_parse_error() -> None:
    with pytest.raises(xmlsafe.XmlParseError):
        xmlsafe.parse("<a><b></a>")


def test_ordinary_escapes_are_fine() -> None:
    root = xmlsafe.parse("<a>x &amp; y &#1090;</a>")
    assert root.text == "x & y т"


def test_parser_factory_turns_everything_off() -> None:
    parser = xmlsafe.make_parser()
    assert parser.resolvers is not None  # a real lxml parser; its options are checked by the corpus above


def test_json_success_begins_exactly_as_ots_php_client_checks() -> None:
    body = codec.to_json(codec.answer({"Amount": Decimal("12.30")}))
    assert body.startswith(b'{"ErrorCode":"Ok"')
    assert json.loads(body)["Result"]["Amount"] == 12.3


def test_xml_and_json_read_back_the_same_shape() -> None:
    result = {"Content": codec.Items("Item", [{"Id": "1", "Actions": codec.Items("Action", [
        {"Id": "skip", "Parameters": codec.Items("Parameter", [{"@Name": "Choice", "#text": "skip"}])}])}]),
        "TotalCount": 1}
    body = codec.answer(result, top={"SessionId": {"Value": "s"}})
    (_root, from_xml), = codec.read_xml(codec.to_xml("TestAnswer", body)).items()
    from_json = json.loads(codec.to_json(body))
    assert from_xml["Result"]["Content"][0]["Actions"][0]["Parameters"] == [{"Name": "Choice", "Value": "skip"}]
    assert from_json["Result"]["Content"][0]["Actions"][0]["Parameters"] == [{"Name": "Choice", "Value": "skip"}]
    assert from_xml["SessionId"] == from_json["SessionId"] == {"Value": "s"}


def test_named_parameters_are_escaped() -> None:
    text = codec.named_parameters({"Choice": "a<b&c"})
    root = xmlsafe.parse(text)
    assert root.find("Parameter").get("Name") == "Choice" and root.find("Parameter").text == "a<b&c"
