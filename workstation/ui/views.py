"""Table views set up the same way everywhere. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workstation.ui.table import _ColumnsModel


def make_table(model: _ColumnsModel, *, two_line: bool = False) -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(two_line)
    view.setIconSize(QSize(36, 36) if two_line else QSize(16, 16))
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(46 if two_line else 26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(not any(c.stretch for c in model.columns))
    for i, column in enumerate(model.columns):
        if column.width:
            view.setColumnWidth(i, column.width)
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return view
