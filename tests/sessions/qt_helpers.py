"""Qt-side fixtures' helpers: driving a web page and waiting on it (no sleeps)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWebEngineCore import QWebEnginePage


def run_js(qtbot: Any, page: QWebEnginePage, script: str, timeout: int = 10_000) -> Any:
    """Run `script` in the page and return its result (waits for the callback)."""
    box: list[Any] = []
    page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]


def fill_login_form(page: QWebEnginePage, login: str, password: str, button: str = "login") -> None:
    """Type into the sandbox login form and press a button (`login` or `deny`)."""
    page.runJavaScript(
        f"document.querySelector('input[name=login]').value = {json.dumps(login)};"
        f"document.querySelector('input[name=password]').value = {json.dumps(password)};"
        f"document.getElementById({json.dumps(button)}).click();")
