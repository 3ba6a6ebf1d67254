"""The translation catalogues: complete, faithful to their placeholders, compiled, and holding the
texts lupdate cannot see (column titles, status names, choice labels, kind names)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "translations"
FULL = ("ru", "zh_CN")
PLURAL_FORMS = {"ru": 3, "zh_CN": 1, "en": 2}


def _update():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ws_translations_update", HERE / "update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(HERE / f"workstation_{language}.ts").getroot()
    assert root.get("language") == language
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _live(language: str) -> list[tuple[str, ET.Element]]:
    return [(c, m) for c, m in _messages(language)
            if m.find("translation").get("type") not in {"vanished", "obsolete"}]  # type: ignore[union-attr]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


_PLACEHOLDER = re.compile(r"%n|%L?\d+|\{\d*(?::[^{}]*)?\}|&(?![&\s])")


def _placeholders(text: str) -> list[str]:
    found = _PLACEHOLDER.findall(text.replace("&&", ""))
    return sorted("&" if p.startswith("&") else p for p in found)


@pytest.mark.parametrize("language", [*FULL, "en"])
def test_every_message_is_translated(language: str) -> None:
    live = _live(language)
    assert live
    unfinished = [(c, m.findtext("source")) for c, m in live
                  if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                  or not all(form.strip() for form in _forms(m))]
    assert unfinished == []


@pytest.mark.parametrize("language", [*FULL, "en"])
def test_placeholders_and_accelerators_match_the_source(language: str) -> None:
    wrong = []
    for context, message in _live(language):
        source = message.findtext("source") or ""
        expected = _placeholders(source)
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[language], (context, source)
        for form in forms:
            got = _placeholders(form)
            # a plural form may word "one" without %n only where the source had none
            if got != expected:
                wrong.append((context, source, form))
    assert wrong == []


def test_both_full_catalogues_hold_the_same_messages_and_english_every_plural() -> None:
    keys = {lang: {(c, m.findtext("source"), m.findtext("comment")) for c, m in _live(lang)}
            for lang in FULL}
    assert keys["ru"] == keys["zh_CN"]
    plural = {(c, m.findtext("source")) for c, m in _live("ru") if m.get("numerus") == "yes"}
    english = {(c, m.findtext("source")) for c, m in _live("en")}
    assert plural and english == plural


def test_the_catalogues_are_up_to_date_with_the_code_and_the_qm_files_compiled_from_them() -> None:
    """update.py --check: extraction (lupdate plus the declared texts) changes nothing, and
    lrelease in a temporary folder gives the .qm files byte for byte."""
    assert _update().main(["--check"]) == 0


def _column_titles() -> set[str]:
    titles = set()
    for path in (ROOT / "workstation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Column" \
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                titles.add(node.args[1].value)
    return titles


def _in(language: str, context: str) -> dict[str, list[str]]:
    return {m.findtext("source") or "": _forms(m) for c, m in _live(language) if c == context}


@pytest.mark.parametrize("language", FULL)
def test_column_titles_status_names_and_choice_labels_are_in_the_catalogue(language: str) -> None:
    from workstation.domain import statuses
    from workstation.services import alerts
    from workstation.services.purchase import binding, booking, common
    from workstation.ui.panes.activities.model import KIND_NAMES
    from workstation.ui.panes.purchase.model import GROUPS

    columns = _in(language, "Columns")
    titles = _column_titles()
    assert len(titles) > 80  # ~106 declarations, 91 distinct titles
    assert titles - set(columns) == set()
    assert {s.name for s in statuses.STATUSES} - set(_in(language, "Statuses")) == set()
    labels = {c.label for module in (common, binding, booking) for c in vars(module).values()
              if type(c).__name__ == "Choice"}
    assert len(labels) >= 9
    assert labels - set(_in(language, "Choices")) == set()
    assert set(KIND_NAMES.values()) - set(_in(language, "Activities")) == set()
    assert set(alerts.KIND_NAMES.values()) - set(_in(language, "Notifications")) == set()
    assert {g.title for g in GROUPS} - set(_in(language, "PurchaseGroups")) == set()


def test_the_russian_and_chinese_words_are_the_agreed_ones() -> None:
    ru, zh = _in("ru", "Statuses"), _in("zh_CN", "Statuses")
    assert ru["Waiting for price confirmation"] == ["Ожидает подтверждения цены"]
    assert zh["Waiting for price confirmation"] == ["待确认价格"]
    assert _in("ru", "MainWindow")["Orders"] == ["Заказы"]
    assert _in("zh_CN", "MainWindow")["Orders"] == ["订单"]
    assert _in("ru", "Columns")["Waybill"] == ["Трек-номер"]
    assert _in("zh_CN", "Columns")["Waybill"] == ["运单号"]


def test_every_translated_call_in_the_code_is_resolved_to_a_context() -> None:
    """No `tr()` of ours lands in an empty or guessed context, and every text that reaches a
    translate call from a table or a declaration is covered (update.py fails otherwise)."""
    update = _update()
    messages, problems = update.collect()
    assert problems == []
    assert not [m for m in messages if not m.context or m.context.startswith("?")]
