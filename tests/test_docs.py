"""The documents the code relies on say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

from workstation.services.purchase import ledger

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_ledger_document_shows_the_codes_transition_table() -> None:
    text = (DOCS / "booking-ledger.md").read_text(encoding="utf-8")
    table = text.split("<!-- transitions:begin -->")[1].split("<!-- transitions:end -->")[0]
    rows = [r.strip().strip("|").split("|") for r in table.strip().splitlines()[2:]]
    documented = {(None if a.strip() == "(none)" else a.strip(), b.strip()): why.strip() for a, b, why in rows}
    assert documented == ledger.TRANSITIONS


def test_the_ledger_document_names_every_state() -> None:
    text = (DOCS / "booking-ledger.md").read_text(encoding="utf-8")
    for state in ledger.STATES:
        assert f"| `{state}` |" in text, state


# ------------------------------------------------------------ citations in the code

ROOT = DOCS.parent
CITING = ("workstation", "tests", "benchmarks")
# A cited document: any name ending in .md, with the folders before it and an optional #section.
CITATION = re.compile(r"(?<![\w./-])((?:\.\./)?(?:[\w.-]+/)*[\w.-]+\.md)(?:#([\w-]+))?")
# The team's design notes live outside the repository; the code must not send a reader there.
OUTSIDE_WORDS = re.compile(r"\b(?:ARCHITECTURE|RELIABILITY|RELIABILITY-FINDINGS|DOMAIN|STYLE|SCANNING)\b"
                           r"|shared/design|design/protocols")


def _citing_files() -> list[Path]:
    files = [p for root in CITING for p in sorted((ROOT / root).rglob("*.py"))]
    files += sorted((ROOT / "benchmarks").glob("*.md"))
    return [p for p in files if p.resolve() != Path(__file__).resolve()]


def _anchors(doc: Path) -> set[str]:
    """GitHub's anchors for the headings of `doc`: lower case, punctuation dropped, spaces to '-'."""
    anchors = set()
    for line in doc.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def _citations() -> list[tuple[Path, int, str, str | None]]:
    found = []
    for path in _citing_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.extend((path, n, m.group(1), m.group(2)) for m in CITATION.finditer(line))
    return found


def test_the_code_cites_documents_that_are_in_the_repository() -> None:
    citations = _citations()
    assert any(doc == "docs/architecture.md" for _, _, doc, _ in citations)  # the scan sees them
    bad = []
    for path, n, doc, section in citations:
        # docs/x.md from the repository's root; ../docs/x.md from a file in benchmarks/
        target = (path.parent / doc) if doc.startswith("../") else ROOT / doc
        where = f"{path.relative_to(ROOT)}:{n}"
        if not (doc.startswith(("docs/", "../docs/")) or doc in ("README.md", "benchmarks/README.md")):
            bad.append(f"{where}: {doc} is not a path in the repository (cite docs/NAME.md)")
        elif not target.is_file():
            bad.append(f"{where}: {doc} does not exist")
        elif section is not None and section not in _anchors(target):
            bad.append(f"{where}: {doc} has no section #{section}")
    assert bad == []


def test_no_code_points_outside_the_repository() -> None:
    bad = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
           for path in _citing_files()
           for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if OUTSIDE_WORDS.search(line)]
    assert bad == []


def test_the_documents_link_to_documents_that_exist() -> None:
    bad = []
    for doc in sorted(DOCS.glob("*.md")):
        for target, section in re.findall(r"\]\(([\w.-]+\.md)(?:#([\w-]+))?\)", doc.read_text(encoding="utf-8")):
            if not (DOCS / target).is_file():
                bad.append(f"{doc.name}: {target} does not exist")
            elif section and section not in _anchors(DOCS / target):
                bad.append(f"{doc.name}: {target} has no section #{section}")
    assert bad == []
