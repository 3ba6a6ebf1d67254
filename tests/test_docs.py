"""The documents the code relies on say what the code does."""

from __future__ import annotations

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
