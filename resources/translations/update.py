"""Brings the translation catalogues up to date with the code, and compiles them.

    .venv/bin/python resources/translations/update.py          # extract, merge, compile
    .venv/bin/python resources/translations/update.py --check  # fail when anything is out of date

What it does, in order:

1. runs `pyside6-lupdate` over workstation/ into a scratch file: the texts it sees in `tr()` and
   `QCoreApplication.translate()` calls;
2. reads the same files with `extract.py` (Python's ast), which also knows the run-time context
   of each call (`tr` aliases, helpers such as `_tr`, `Column("key", "Title")` in "Columns",
   tables of names) - lupdate's own context guesses are replaced by these, and a text lupdate
   found that the extractor missed stops the script;
3. adds the texts the UI translates but that come from declarations in domain/ and services/
   (status names, choice labels, alarm kinds, audit names, purchase groups, validation
   messages); every "dynamic" call site the extractor reports must be covered by one of
   `DECLARED`, or the script stops and names it;
4. merges into workstation_ru.ts, workstation_zh_CN.ts (every message) and workstation_en.ts
   (plural forms only: English "%n line(s)"), keeping translations already made; texts no
   longer in the code stay as type="vanished" so a translation is not lost by a rename;
5. compiles each .ts to .qm with `pyside6-lrelease`.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import extract  # noqa: E402

LANGUAGES = ("ru", "zh_CN", "en")
PLURAL_ONLY = {"en"}  # English needs only its plural forms; the source text is English

# `window.tr(...)` and the like where the code cannot tell the class: (file, variable) -> class
VARIABLE_CLASSES = {
    ("workstation/app.py", "window"): "MainWindow",
    ("workstation/ui/panes/purchase/view.py", "owner"): "PurchasePane",
}


# -- declared texts ------------------------------------------------------------------------------

def _attr(module: str, name: str) -> object:
    return getattr(importlib.import_module(module), name)


def _values(module: str, name: str) -> list[str]:
    table = _attr(module, name)
    assert isinstance(table, dict)
    return [v for v in table.values() if isinstance(v, str)]


def _constructed(folder: str, constructor: str, index: int) -> list[str]:
    """The literal `index`-th argument of every `constructor(...)` call under `folder`."""
    out: list[str] = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) > index and (
                    isinstance(node.func, ast.Name) and node.func.id == constructor
                    or isinstance(node.func, ast.Attribute) and node.func.attr == constructor):
                text = extract._literal(node.args[index])
                if text:
                    out.append(text)
    return out


def _literals_of(path: str, function: str) -> list[str]:
    """Every string constant assigned or returned in `function` of the file at `path`."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == function:
            for inner in ast.walk(node):
                if isinstance(inner, (ast.Assign, ast.Return)) and inner.value is not None:
                    text = extract._literal(inner.value)
                    if text:
                        out.append(text)
    return out


def _statuses() -> list[str]:
    from workstation.domain import statuses

    return [s.name for s in statuses.STATUSES]


def _groups() -> list[str]:
    from workstation.ui.panes.purchase.model import GROUPS

    return [g.title for g in GROUPS]


def _warehouse_labels() -> list[str]:
    from workstation.ui.dialogs.settings.warehouses import LABELS

    return [english for english, _chinese in LABELS.values()]


def _setting_errors() -> list[str]:
    """Validation messages without a value in them (the ones with one stay English)."""
    return _constructed("workstation/domain", "SettingError", 0) + _constructed(
        "workstation/services", "SettingError", 0) + _constructed("workstation/services", "InvalidInput", 0)


ENGINE_CONTEXT, ENGINE_FILE = "EngineMessages", "workstation/domain/messages.py"


def engine_messages() -> list[str]:
    """The English template of every `declare(key, text)` in domain/messages.py, read as text (ast)."""
    return _constructed("workstation/domain", "declare", 1)


# Each dynamic call site (file, the text argument as written) and where its texts are declared.
# A value of None: the site is covered by another rule (named in the comment).
DECLARED: dict[tuple[str, str], Callable[[], Iterable[str]] | None] = {
    # the title of every Column(...) declaration, found by the extractor in context "Columns"
    ("workstation/ui/table.py", "columns[section].title"): None,
    ("workstation/ui/look.py", "statuses.status(code).name"): _statuses,
    ("workstation/ui/panes/purchase/model.py", "group.title"): _groups,
    ("workstation/ui/panes/activities/notifications.py", "r.kind_name"):
        lambda: _values("workstation.services.alerts", "KIND_NAMES"),
    ("workstation/ui/dialogs/question.py", "choice.label"):
        lambda: _constructed("workstation/services", "Choice", 1),
    ("workstation/ui/dialogs/activity_window.py", "label"):
        lambda: _constructed("workstation/services", "Choice", 1),
    ("workstation/ui/dialogs/audit.py", "r.action_name"):
        lambda: _values("workstation.services.audit", "ACTION_NAMES"),
    ("workstation/ui/dialogs/audit.py", "row.action_name"):
        lambda: _values("workstation.services.audit", "ACTION_NAMES"),
    ("workstation/ui/dialogs/audit.py", "change.field"):
        lambda: _values("workstation.services.audit", "FIELD_NAMES"),
    ("workstation/ui/dialogs/settings/connection.py", "check.setting_label"):
        lambda: _values("workstation.services.connection", "LABELS"),
    ("workstation/ui/dialogs/settings/connection.py", "check.message"):
        lambda: _constructed("workstation/services", "ConnectionCheck", 1),
    ("workstation/ui/dialogs/settings/connection.py", "str(exc)"): _setting_errors,
    ("workstation/ui/dialogs/settings/general.py", "str(exc)"): _setting_errors,
    ("workstation/ui/dialogs/settings/dialog.py", "v"): _setting_errors,
    ("workstation/ui/dialogs/settings/scanners.py", "v"):
        lambda: _literals_of("workstation/ui/dialogs/settings/scanners.py", "problems"),
    ("workstation/ui/dialogs/settings/warehouses.py", "english"): _warehouse_labels,
    ("workstation/ui/dialogs/settings/warehouses.py", "p.message"):
        lambda: _constructed("workstation/domain", "Problem", 1),
}


def collect() -> tuple[list[extract.Message], list[str]]:
    """Every message the GUI translates, and the problems found (uncovered dynamic sites)."""
    extractor = extract.Extractor(ROOT, variable_classes=VARIABLE_CLASSES)
    messages = list(extractor.messages)
    problems: list[str] = [
        f"{m.filename}:{m.line}: {m.source!r} has no known context ({m.context or 'none'}); "
        "add the variable's class to VARIABLE_CLASSES in update.py"
        for m in messages if not m.context or m.context.startswith("?")]
    # the engine's messages: every template declared in domain/messages.py, which ui/messages.py
    # (through the window's translator) and services/translations.py (the CLI, the OT API) render
    for text in engine_messages():
        messages.append(extract.Message(ENGINE_CONTEXT, text, "", False, ENGINE_FILE, 0))
    for site in extractor.dynamic:
        key = (site.filename, site.expression)
        if key not in DECLARED:
            problems.append(f"{site.filename}:{site.line}: QCoreApplication.translate({site.context!r}, "
                            f"{site.expression}) - add its texts to DECLARED in update.py")
            continue
        supplier = DECLARED[key]
        if supplier is None:
            continue
        for text in supplier():
            messages.append(extract.Message(site.context, text, "", False, site.filename, site.line))
    return messages, problems


def lupdate_messages(files: list[Path]) -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) of what pyside6-lupdate finds."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate"
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(f) for f in files))
        ts = HERE / "_lupdate_scratch.ts"  # here, so its locations read ../../workstation/...
        try:
            subprocess.run([lupdate, "-silent", "-extensions", "py", "-locations", "absolute",
                            f"@{listing}", "-ts", str(ts)], check=True)
            root = ET.parse(ts).getroot()
        finally:
            ts.unlink(missing_ok=True)
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            for location in message.iter("location"):
                filename = (HERE / location.get("filename", "")).resolve().relative_to(ROOT).as_posix()
                out.append((name, message.findtext("source") or "", filename, int(location.get("line", 0))))
    return out


# -- .ts files --------------------------------------------------------------------------------

Key = tuple[str, str, str]  # context, source, comment


class Entry:
    def __init__(self, context: str, source: str, comment: str, numerus: bool):
        self.context, self.source, self.comment, self.numerus = context, source, comment, numerus
        self.locations: list[tuple[str, int]] = []
        self.translations: list[str] = []  # one, or the plural forms
        self.finished = False
        self.vanished = False

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.exists():
        return entries
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            entry = Entry(name, message.findtext("source") or "", message.findtext("comment") or "", numerus)
            translation = message.find("translation")
            if translation is not None:
                forms = translation.findall("numerusform")
                entry.translations = [f.text or "" for f in forms] if numerus else [translation.text or ""]
                kind = translation.get("type")
                entry.finished = kind is None and all(entry.translations) and bool(entry.translations)
                entry.vanished = kind in {"vanished", "obsolete"}
            entries[entry.key] = entry
    return entries


def merge(messages: Iterable[extract.Message], old: dict[Key, Entry], plural_only: bool) -> list[Entry]:
    fresh: dict[Key, Entry] = {}
    for message in messages:
        if plural_only and not message.numerus:
            continue
        key = (message.context, message.source, message.comment)
        entry = fresh.get(key)
        if entry is None:
            entry = fresh[key] = Entry(*key, message.numerus)
        entry.numerus = entry.numerus or message.numerus
        if message.filename:
            location = ("../../" + message.filename, message.line)
            if location not in entry.locations:
                entry.locations.append(location)
    by_source: dict[tuple[str, str], Entry] = {}
    for entry in old.values():
        if entry.finished:
            by_source.setdefault((entry.source, entry.comment), entry)
    for key, entry in fresh.items():
        previous = old.get(key)
        if previous is not None and previous.translations:
            entry.translations = previous.translations
            entry.finished = previous.finished or previous.vanished and all(previous.translations)
        elif (entry.source, entry.comment) in by_source:  # the same text in another context
            twin = by_source[(entry.source, entry.comment)]
            if twin.numerus == entry.numerus:
                entry.translations = list(twin.translations)
                entry.finished = True
    for key, entry in old.items():
        if key not in fresh and entry.translations and any(entry.translations):
            entry.vanished, entry.locations = True, []
            fresh[key] = entry
    return sorted(fresh.values(), key=lambda e: (e.context, e.source, e.comment))


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}">']
    context = None
    for entry in entries:
        if entry.context != context:
            if context is not None:
                lines.append("</context>")
            context = entry.context
            lines += ["<context>", f"    <name>{escape(context)}</name>"]
        lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
        for filename, line in sorted(entry.locations):
            lines.append(f'        <location filename="{escape(filename)}" line="{line}"/>'
                         if line else f'        <location filename="{escape(filename)}"/>')
        lines.append(f"        <source>{escape(entry.source)}</source>")
        if entry.comment:
            lines.append(f"        <comment>{escape(entry.comment)}</comment>")
        kind = ' type="vanished"' if entry.vanished else "" if entry.finished else ' type="unfinished"'
        if entry.numerus:
            lines.append(f"        <translation{kind}>")
            for form in entry.translations or [""]:
                lines.append(f"            <numerusform>{escape(form)}</numerusform>")
            lines.append("        </translation>")
        else:
            text = entry.translations[0] if entry.translations else ""
            lines.append(f"        <translation{kind}>{escape(text)}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"workstation_{language}.ts"


def lrelease(ts: Path, qm: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a catalogue is missing texts or a .qm is stale")
    parser.add_argument("--no-lupdate", action="store_true", help="skip the pyside6-lupdate cross-check")
    args = parser.parse_args(argv)

    messages, problems = collect()
    if not args.no_lupdate:
        files = sorted(p for p in (ROOT / "workstation").rglob("*.py") if "migrations" not in p.parts)
        known = {(m.source, m.filename, m.line) for m in messages}
        known_any_line = {(m.source, m.filename) for m in messages}
        # `tr = QCoreApplication.translate; tr("Worklist", "{0} d")`: lupdate takes the context for the text
        contexts_at = {(m.context, m.filename, m.line) for m in messages}
        for context, source, filename, line in lupdate_messages(files):
            if (source, filename, line) not in known and (source, filename) not in known_any_line \
                    and (source, filename, line) not in contexts_at:
                problems.append(f"{filename}:{line}: lupdate found {source!r} (context {context!r}) "
                                "that extract.py does not resolve; teach extract.py the pattern")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2

    stale = []
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path)
        entries = merge(messages, old, plural_only=language in PLURAL_ONLY)
        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp) / path.name
            write_ts(scratch, language, entries)
            if args.check:  # the messages, not their line numbers: an edit elsewhere in a file is no change
                live = {e.key for e in entries if not e.vanished}
                have = {e.key for e in old.values() if not e.vanished}
                if live != have:
                    missing = sorted(live - have)[:5]
                    stale.append(f"{path.name} is not up to date with the code (new: {missing}; "
                                 f"{len(have - live)} gone): run update.py")
                qm = Path(tmp) / path.with_suffix(".qm").name
                if path.exists():
                    lrelease(path, qm)
                    if not path.with_suffix(".qm").exists() or \
                            qm.read_bytes() != path.with_suffix(".qm").read_bytes():
                        stale.append(f"{path.with_suffix('.qm').name} is not compiled from {path.name}")
                continue
            shutil.copyfile(scratch, path)
        lrelease(path, path.with_suffix(".qm"))
        unfinished = sum(1 for e in entries if not e.finished and not e.vanished)
        print(f"{path.name}: {sum(1 for e in entries if not e.vanished)} messages, {unfinished} unfinished, "
              f"{sum(1 for e in entries if e.vanished)} vanished")
    if stale:
        print("\n".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
