"""Column declarations of the session list (declared once, Anki-style). GUI thread only."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from workstation.domain import marketplaces
from workstation.services.sessions import SessionRow
from workstation.ui.look import money, when
from workstation.ui.table import RIGHT, Column

PROVIDER_NAMES = {m.kind: m.name for m in marketplaces.MARKETPLACES}

_STATE_TEXT = {
    "valid": "Valid",
    "expiring": "Expires within an hour",
    "expired": "Expired: log in again",
}
_STATE_COLOUR = {"valid": "#e8f5e9", "expiring": "#fff8e1", "expired": "#ffebee"}


def provider_name(provider: str) -> str:
    return PROVIDER_NAMES.get(provider, provider)


def state_text(row: SessionRow, now: datetime | None = None) -> str:
    """The state with the time left: "Valid, 9 h 40 min left" (the Expires column has the moment)."""
    name = QCoreApplication.translate("Sessions", _STATE_TEXT.get(row.state, row.state))
    now = now or datetime.now(row.expires_at.tzinfo)
    if row.state != "expired" and row.expires_at > now:
        return QCoreApplication.translate("Sessions", "%1, %2 left").replace("%1", name).replace(
            "%2", _span(int((row.expires_at - now).total_seconds())))
    return name


def _state_brush(row: SessionRow) -> QBrush:
    colour = _STATE_COLOUR.get(row.state)
    return QBrush(QColor(colour)) if colour else QBrush()


def needs_login(row: SessionRow) -> bool:
    return row.state in ("expired", "expiring")


def _span(seconds: int) -> str:
    hours, minutes = divmod(abs(seconds) // 60, 60)
    days, hours = divmod(hours, 24)
    if days:
        return QCoreApplication.translate("Sessions", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return QCoreApplication.translate("Sessions", "%1 h %2 min").replace("%1", str(hours)).replace(
            "%2", str(minutes))
    return QCoreApplication.translate("Sessions", "%1 min").replace("%1", str(minutes))


def _remaining(row: SessionRow, now: datetime | None = None) -> str:
    """"in 3 h 20 min" or "2 h 5 min ago", for the tooltip of the expiry time."""
    now = now or datetime.now(row.expires_at.tzinfo)
    seconds = int((row.expires_at - now).total_seconds())
    key = "in %1" if seconds >= 0 else "%1 ago"
    return QCoreApplication.translate("Sessions", key).replace("%1", _span(seconds))


def _last_sync(row: SessionRow) -> str:
    return when(row.last_sync_at) if row.last_sync_at else QCoreApplication.translate("Sessions", "never")


SESSION_COLUMNS: tuple[Column[SessionRow], ...] = (
    Column("provider", "Provider", lambda r: provider_name(r.provider), width=120),
    Column("account", "Account", lambda r: r.account, width=170),
    Column("state", "State", lambda r: state_text(r), width=210, background=_state_brush),
    Column("obtained", "Logged in", lambda r: when(r.obtained_at), width=130),
    Column("expires", "Expires", lambda r: when(r.expires_at), width=130, tooltip=_remaining),
    Column("balance", "Balance", lambda r: money(r.balance) if r.balance is not None else "—",
           align=RIGHT, width=100),
    Column("synced", "Last synchronisation", _last_sync, width=160),
    Column("result", "Result", lambda r: r.last_sync_result, width=220, stretch=True,
           tooltip=lambda r: r.last_sync_result),
)
