"""Engine messages (activity steps, descriptions, notifications) in the window's language.

The engine stores each message as a key and parameters beside its English text
(domain/messages.py); this renders it through the installed translator, context
"EngineMessages", with amounts in the language's style. A row without a key (from before keys)
shows its stored text. GUI thread only (it reads the application's translators).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.domain import messages as msg


def _language() -> str:
    app = QCoreApplication.instance()
    value = app.property("workstation_language") if app is not None else None
    return str(value) if value else "en"


def _translate(template: str) -> str:
    return QCoreApplication.translate("EngineMessages", template)


def render(key: str | None, params: Mapping[str, Any] | None, fallback: str) -> str:
    if not key:
        return fallback
    return msg.render(key, params, translate=_translate, language=_language(), fallback=fallback)


def text(item: Any) -> str:
    """A step's or a notification's message (anything with `message`, `message_key`, `message_params`)."""
    return render(getattr(item, "message_key", None), getattr(item, "message_params", None), item.message)


def description(info: Any) -> str:
    """An activity's description."""
    return render(getattr(info, "description_key", None), getattr(info, "description_params", None),
                  info.description)
