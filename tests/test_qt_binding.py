"""Guards against a Qt binding that mishandles None returned from Python to C++.

PySide6 6.12.0 releases a reference to None each time a Python override (an item model's
`data`) returns None to C++. On Python 3.11 None is not immortal, so a busy table view
crashes the program ("none_dealloc") after a while. pyproject.toml excludes that release;
this test fails if a binding with the same fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class _Model(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_returning_none_to_cpp_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.ToolTipRole)  # through C++, as a view asks
    assert sys.getrefcount(None) >= before - 50
