"""The one hardened XML parser factory (docs/reliability.md rule 6) and the checks around it.

Every XML the workstation reads from outside (an OT API `xml*` parameter, an OT answer)
goes through `parse`: no DTD, no entities, no network, no huge trees, no decompression.
A document that declares a DTD or entities is refused before lxml sees it, and again
after parsing if one slipped through.
"""

from __future__ import annotations

import re

from lxml import etree

MAX_DOCUMENT_CHARS = 4_000_000  # an OT xml* parameter is a small fragment; this is generous
MAX_DEPTH = 64  # OT structures nest a handful of levels deep
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


class UnsafeXmlError(ValueError):
    """The document is hostile or too big: a DTD, an entity, too deep, too long."""


class XmlParseError(ValueError):
    """The document is not well-formed XML."""


def make_parser() -> etree.XMLParser:
    """A new parser with every dangerous feature off (lxml parsers are not thread-safe: one per use)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, decompress=False, remove_comments=True, remove_pis=True,
                           collect_ids=False)


def parse(text: str | bytes, *, max_chars: int = MAX_DOCUMENT_CHARS, max_depth: int = MAX_DEPTH) -> etree._Element:
    """The root element of `text`; UnsafeXmlError or XmlParseError when it cannot be trusted."""
    if len(text) > max_chars:
        raise UnsafeXmlError(f"the document is too long ({len(text)} characters; at most {max_chars})")
    probe = text if isinstance(text, str) else text.decode("utf-8", "replace")
    if _DECLARATION.search(probe):
        raise UnsafeXmlError("a DTD or entity declaration is not allowed")
    if "&" in probe and re.search(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)", probe):
        raise UnsafeXmlError("an entity reference is not allowed")
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        root = etree.fromstring(data, make_parser())
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower() or "huge" in str(exc).lower():
            raise UnsafeXmlError(f"the document nests too deep or is too big: {exc}") from None
        raise XmlParseError(f"not well-formed XML: {exc}") from None
    if root is None:
        raise XmlParseError("empty document")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
        raise UnsafeXmlError("a DTD is not allowed")
    for node in root.iter():
        if isinstance(node, etree._Entity):
            raise UnsafeXmlError("an entity is not allowed")
    if _depth(root) > max_depth:
        raise UnsafeXmlError(f"the document nests deeper than {max_depth} levels")
    return root


def _depth(root: etree._Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest
