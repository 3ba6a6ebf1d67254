"""How many rows an UPDATE or DELETE touched: the compare-and-set guards read it.

SQLAlchemy 2.1 types `Session.execute` as a plain `Result` whatever the statement, while the
row count lives on the `CursorResult` a DML statement actually returns; this says so once.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import Executable


def affected(session: Session, statement: Executable) -> int:
    """Execute a DML `statement` in `session` and return the number of rows it matched."""
    return cast("CursorResult[Any]", session.execute(statement)).rowcount
