"""The audit log and line status changes: written inside the caller's transaction."""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from workstation.domain import statuses
from workstation.store.models import AuditEntry, LineStatusChange, OrderLine


@dataclass(frozen=True)
class Actor:
    """Who does it and from which workstation."""

    user: str
    workstation: str

    @classmethod
    def local(cls) -> Actor:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name in some containers
            user = "unknown"
        return cls(user, socket.gethostname())


def audit(s: Session, actor: Actor, action: str, entity: str, entity_id: object,
          old: dict[str, Any], new: dict[str, Any], at: datetime | None = None) -> None:
    s.add(AuditEntry(at=at or datetime.now(UTC), actor=actor.user, workstation=actor.workstation,
                     action=action, entity=entity, entity_id=str(entity_id),
                     old_json=json.dumps(old, ensure_ascii=False, default=str),
                     new_json=json.dumps(new, ensure_ascii=False, default=str)))


def set_line_status(s: Session, line: OrderLine, new: str, *, source: str, actor: str = "",
                    note: str = "", at: datetime | None = None) -> bool:
    """Move a line to `new` with a history entry; False when it already was there."""
    statuses.status(new)  # unknown codes fail loudly
    if line.status == new:
        return False
    moment = at or datetime.now(UTC)
    s.add(LineStatusChange(line_id=line.id, old_status=line.status, new_status=new, changed_at=moment,
                           source=source, actor=actor, note=note))
    line.status = new
    line.status_changed_at = moment
    return True
