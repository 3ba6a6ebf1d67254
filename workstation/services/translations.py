"""Engine messages in a reader's language without Qt: the compiled catalogues read in plain Python.

The window renders engine messages through its installed QTranslator (ui/messages.py); the CLI
(`--lang`) and the OT API server (`language`) have no QApplication, so they read the same
workstation_<LANG>.qm files here. Only the `EngineMessages` context is kept. A missing or
unreadable catalogue is logged once and leaves the English text. Thread-safe: catalogues are
read once per language and never changed.

The .qm layout read here (Qt's `QTranslator` format): a 16-byte magic, then sections, each a
tag byte and a big-endian 32-bit length; the messages section (tag 0x69) is a run of records of
tagged fields (1 end, 3 translation in UTF-16BE, 6 source, 7 context, 8 comment, each but 1
with a 32-bit length; 0xFFFFFFFF: null), ended by tag 1.
"""

from __future__ import annotations

import logging
import struct
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from workstation.domain import messages as msg

log = logging.getLogger(__name__)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
LANGUAGES = ("en", "ru", "zh_CN")
_PACKAGE = Path(__file__).resolve().parents[1]
_lock = threading.Lock()
_cache: dict[tuple[str, tuple[Path, ...]], dict[str, str]] = {}


def translation_dirs() -> list[Path]:
    """Where workstation_<LANG>.qm may be (as workstation/i18n.py looks for the window)."""
    return [_PACKAGE.parent / "resources" / "translations", _PACKAGE / "resources" / "translations",
            Path(sys.prefix) / "share" / "workstation" / "translations"]


def normalise(language: str | None) -> str:
    """One of LANGUAGES from what a reader asked for (`ru`, `ru_RU`, `zh-CN`, `zh`, `EN`); English
    for anything else, an empty value included."""
    text = (language or "").strip().replace("-", "_").lower()
    if text.startswith("zh"):
        return "zh_CN"
    base = text.split("_")[0]
    return base if base in LANGUAGES else "en"


def read_qm(path: Path, context: str = msg.MESSAGE_CONTEXT) -> dict[str, str]:
    """source -> translation of one context of a .qm file."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a Qt translation file")
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out: dict[str, str] = {}
    record: dict[int, Any] = {}
    pos = 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of a record
            if record.get(7) == context and record.get(3) and record.get(6):
                out[record[6]] = record[3]
            record = {}
            continue
        if tag in (5, 9):  # obsolete tags without a length
            continue
        length = struct.unpack_from(">I", messages, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:
            continue
        raw = messages[pos:pos + length]
        pos += length
        if tag == 3:
            record.setdefault(3, raw.decode("utf-16-be"))  # the first form (no plurals here)
        elif tag in (6, 7, 8):
            record[tag] = raw.decode("utf-8")
    return out


def catalogue(language: str, folders: Sequence[Path] | None = None) -> Mapping[str, str]:
    """The English template -> translation of `language` (empty for English or no catalogue)."""
    language = normalise(language)
    if language == "en":
        return {}
    where = tuple(folders) if folders is not None else tuple(translation_dirs())
    with _lock:
        found = _cache.get((language, where))
        if found is not None:
            return found
        table: dict[str, str] = {}
        for folder in where:
            path = folder / f"workstation_{language}.qm"
            if path.exists():
                try:
                    table = read_qm(path)
                    break
                except (OSError, ValueError, struct.error, UnicodeDecodeError):
                    log.exception("translation %s could not be read", path)
        else:
            log.warning("no translation workstation_%s.qm in %s", language, ", ".join(map(str, where)))
        _cache[(language, where)] = table
        return table


class Renderer:
    """Engine messages in one language; `text(obj)` takes a step, an alert or an activity."""

    def __init__(self, language: str | None, folders: Sequence[Path] | None = None):
        self.language = normalise(language)
        self._table = catalogue(self.language, folders)

    def translate(self, template: str) -> str:
        return self._table.get(template, "")

    def render(self, key: str | None, params: Mapping[str, Any] | None, fallback: str) -> str:
        if not key:
            return fallback
        return msg.render(key, params, translate=self.translate, language=self.language, fallback=fallback)

    def text(self, item: Any) -> str:
        """A StepInfo's or AlertRow's message in this language (`message` when it has no key)."""
        return self.render(getattr(item, "message_key", None), getattr(item, "message_params", None),
                           item.message)

    def description(self, info: Any) -> str:
        """An ActivityInfo's description in this language."""
        return self.render(getattr(info, "description_key", None), getattr(info, "description_params", None),
                           info.description)
