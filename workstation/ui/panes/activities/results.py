"""How an activity's result and state read to a person: texts and colours, translated.

GUI thread only. The service (services/activity_results.py) decides the outcome; this
module only words it, for the Activities pane, the activity window and the quit dialog.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.ui import messages as engine_text

STATE_NAMES = {
    "queued": "Queued", "running": "Running", "waiting": "Waiting for you",
    "finished": "Finished", "finished_with_errors": "Finished with errors",
    "failed": "Failed", "aborted": "Aborted",
}
RESULT_COLOURS = {"bought": "#2e7d32", "nothing": "#b26a00", "waiting": "#1565c0", "errors": "#c62828",
                  "interrupted": "#6a1b9a"}
INTERRUPTED_BACKGROUND = "#f3e5f5"


_PLURAL = re.compile(r"(\w+)\((s|ies)\)")


def tr_n(text: str, n: int = -1, context: str = "Activities") -> str:
    """`text` translated; with `n`, "%n" filled in and English "line(s)" / "activity(ies)" made
    singular or plural (Qt does that only through a translation file, and English has none)."""
    translated = QCoreApplication.translate(context, text, None, n)
    if n < 0:
        return translated

    def fix(match: re.Match[str]) -> str:
        word, suffix = match.group(1), match.group(2)
        if n == 1:
            return word
        return word[:-1] + "ies" if suffix == "ies" else word + "s"

    return _PLURAL.sub(fix, translated)


_tr = tr_n


def state_name(state: str) -> str:
    return _tr(STATE_NAMES.get(state, state))


def shown_state(info: Any, result: Any | None) -> str:
    """The state a person should see: a "running" nobody runs any more reads interrupted."""
    if result is not None and result.outcome == "interrupted":
        return _tr("Interrupted (station {})").format(result.station or "?")
    return state_name(info.state)


def bought(result: Any) -> str:
    if not result.lines_bought:
        return _tr("bought nothing")
    return _tr("bought %n line(s)", result.lines_bought) + " " + _tr("in %n order(s)", result.orders_bought)


def result_text(info: Any, result: Any | None) -> str:
    """One short line: what the activity came to (or comes to so far)."""
    if result is None:
        return ""
    booking = info.kind == "booking"
    so_far = _tr("bought %n so far", result.lines_bought) if booking and result.lines_bought else ""
    outcome = result.outcome
    if outcome == "queued":
        return ""
    if outcome == "running":
        return _capital(so_far)
    if outcome == "interrupted":
        return _join(_tr("Resumes at the next start"), so_far)
    if outcome == "waiting":
        if result.waiting_for == "you":
            return _join(_tr("Waiting for your answer"), so_far)
        checking = _tr("%n order(s) of unknown outcome being checked", result.orders_unknown)
        return _join(_capital(bought(result)), checking) if booking else _capital(checking)
    if outcome == "errors":
        errors = _tr("%n error(s)", max(1, result.errors))
        return _join(errors, bought(result)) if booking else errors
    if outcome == "bought":
        text = _capital(bought(result))
        return _join(text, _tr("then aborted")) if result.aborted else text
    if outcome == "nothing":
        return _join(_tr("Bought nothing"), _tr("aborted")) if result.aborted else _tr("Bought nothing")
    if result.aborted:
        return _tr("Aborted")
    return _join(_tr("Done"), _tr("%n warning(s)", result.warnings)) if result.warnings else _tr("Done")


def result_tooltip(info: Any, result: Any | None) -> str:
    """The whole story behind `result_text`, for a tooltip (nothing is cut off there)."""
    if result is None:
        return ""
    parts = [result_text(info, result)]
    if result.outcome == "interrupted":
        parts.append(_tr("Workstation {} stopped while it was running (its lease ran out or its process is "
                         "gone). The next start of a workstation resumes it; what it already bought stays "
                         "bought and nothing is bought twice.").format(result.station or "?"))
    if result.lines_bought:
        parts.append(_tr("Marketplace total: ¥{}").format(result.amount_bought))
    if result.orders_unknown:
        parts.append(_tr("Orders sent without a clear answer are looked up by the reconciler; their lines "
                         "stay reserved until then."))
    if result.last_problem:
        problem = engine_text.render(result.last_problem_key, result.last_problem_params, result.last_problem)
        parts.append(_tr("Last problem: {}").format(problem))
    return "\n".join(p for p in parts if p)


def result_colour(result: Any | None) -> str:
    return RESULT_COLOURS.get(result.outcome, "") if result is not None else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(first: str, second: str) -> str:
    return f"{_capital(first)}; {second}" if second else _capital(first)
