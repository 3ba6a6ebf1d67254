"""OT API envelopes and structures, as XML (lxml) and JSON, both ways.

An answer is built as plain Python: a dict keeps its keys' order (OT's element order), a
`Items` is a repeated element under its container, a key starting with "@" is an XML
attribute and "#text" the element's text. XML is read back through the hardened parser
(xmlsafe) only; `LIST_CONTAINERS` says which elements hold lists, so a list of one reads
back as a list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from lxml import etree

from workstation.otapi import xmlsafe

OK = "Ok"
SUCCESS_CODES = ("Ok", "BatchError")
ENVELOPE = ("ErrorCode", "SubErrorCode", "ErrorDescription", "ErrorDescriptionTemplate",
            "ErrorDescriptionArguments", "RequestId", "RequestTime")
# Elements whose children are list items (read back as Python lists).
LIST_CONTAINERS = frozenset({
    "Content", "SalesLinesList", "Actions", "Steps", "Parameters", "NamedParameters", "Items",
    "ErrorDescriptionArguments", "OrderLineIds", "OrderIds", "VendorPurchaseIdList",
    "VendorPurchaseWaybillIdList", "StatusIdList", "Types", "LineStatusSummaries",
})


class Items(list):  # type: ignore[type-arg]
    """A list rendered as repeated `<name>` elements inside its container."""

    def __init__(self, name: str, values: Iterable[Any] = ()):
        super().__init__(values)
        self.name = name


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


# ---------------------------------------------------------------- answers

def answer(result: Any = None, *, top: Mapping[str, Any] | None = None, code: str = OK,
           description: str = "", sub_code: str | None = None,
           arguments: Mapping[str, str] | None = None, request_id: str = "") -> dict[str, Any]:
    """An answer: the envelope, then `top` fields (SessionId), then `Result` when given."""
    out: dict[str, Any] = {"ErrorCode": code}
    if sub_code:
        out["SubErrorCode"] = sub_code
    out["ErrorDescription"] = description
    if arguments:
        out["ErrorDescriptionArguments"] = Items("Parameter", [{"@Name": k, "#text": v} for k, v in arguments.items()])
    if request_id:
        out["RequestId"] = request_id
    out.update(top or {})
    if result is not None:
        out["Result"] = result
    return out


def to_xml(root_name: str, body: Mapping[str, Any]) -> bytes:
    root = etree.Element(root_name)
    _fill(root, body)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _fill(element: etree._Element, value: Any) -> None:
    if isinstance(value, Items):
        for item in value:
            _fill(etree.SubElement(element, value.name), item)
    elif isinstance(value, Mapping):
        for key, child in value.items():
            if child is None:
                continue
            if key.startswith("@"):
                element.set(key[1:], scalar(child))
            elif key == "#text":
                element.text = scalar(child)
            else:
                _fill(etree.SubElement(element, key), child)
    elif isinstance(value, list | tuple):
        for item in value:  # a plain list: items named "Item" (OT's generic list element)
            _fill(etree.SubElement(element, "Item"), item)
    else:
        element.text = scalar(value)


def to_json(body: Mapping[str, Any]) -> bytes:
    """Compact JSON with ErrorCode first: a success begins with exactly `{"ErrorCode":"Ok"`."""
    return json.dumps(_plain(body), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        keys = list(value)
        if keys and all(k.startswith("@") or k == "#text" for k in keys):
            # <Parameter Name="x">v</Parameter> -> {"Name": "x", "Value": "v"}
            out = {k[1:]: scalar(v) for k, v in value.items() if k.startswith("@")}
            if "#text" in value:
                out["Value"] = scalar(value["#text"])
            return out
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bool | int):
        return value
    if isinstance(value, Decimal):
        return float(value)  # OT's JSON carries amounts as numbers; fen-exact amounts survive a float
    if isinstance(value, datetime):
        return scalar(value)
    return value


# ---------------------------------------------------------------- reading

def read_xml(text: str | bytes) -> dict[str, Any]:
    """An XML answer (or any OT fragment) as plain Python, through the hardened parser."""
    root = xmlsafe.parse(text)
    return {root.tag: element_to_python(root)}


def element_to_python(element: etree._Element) -> Any:
    children = list(element)
    if element.tag in LIST_CONTAINERS:
        return [element_to_python(c) for c in children]
    if not children:
        if element.attrib:
            out: dict[str, Any] = dict(element.attrib)
            out["Value"] = element.text or ""
            return out
        return element.text or ""
    out = {}
    for child in children:
        out[child.tag] = element_to_python(child)
    return out


def named_parameters(params: Mapping[str, str]) -> str:
    """`<NamedParameters><Parameter Name="…">…</Parameter>…</NamedParameters>`, escaped."""
    root = etree.Element("NamedParameters")
    for name, value in params.items():
        etree.SubElement(root, "Parameter", Name=name).text = value
    return etree.tostring(root, encoding="unicode")


def fragment(root_name: str, body: Mapping[str, Any]) -> str:
    """An xml* parameter: an XML fragment without the `<?xml?>` prolog (as OT Box sends it)."""
    root = etree.Element(root_name)
    _fill(root, body)
    return etree.tostring(root, encoding="unicode")
