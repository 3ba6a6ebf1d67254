"""Table models built from one column declaration: a paged model that fetches lazily in the
background (100,000 rows stay smooth), and a plain list model for short lists.

GUI thread only; fetches go through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workstation.runner.tasks import TaskRunner

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str
    title: str  # English source text, translated in context "Columns"
    text: Callable[[Row], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Row], str] | None = None
    width: int = 0  # initial width in pixels, 0 for the view's default
    decoration: Callable[[Row], Any] | None = None
    background: Callable[[Row], Any] | None = None
    stretch: bool = False  # takes the spare width of the view


def cell(column: Column[Row], row: Row, role: int) -> Any:
    """What `column` shows of `row` in `role`; None when the column has nothing for that role."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(column.align)
    if role == Qt.ItemDataRole.ToolTipRole:
        return column.tooltip(row) if column.tooltip else None
    if role == Qt.ItemDataRole.DecorationRole and column.decoration:
        return column.decoration(row)
    if role == Qt.ItemDataRole.BackgroundRole and column.background:
        return column.background(row)
    return None


def header(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """A column's translated title and alignment for `headerData`."""
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(columns):
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(columns[section].align)
    return None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class _ColumnsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return cell(self.columns[index.column()], row, role)


def _key(row: Any) -> Any:
    """What tells one row from another across two reads: its `id`, else the row itself."""
    return getattr(row, "id", row)


class ListTableModel(_ColumnsModel[Row]):
    """A short list held whole (an order's lines)."""

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class PagedTableModel(_ColumnsModel[Row]):
    """Keeps the rows fetched so far; `fetchMore` asks the runner for the next page.

    `count(query)` and `fetch(query, offset, limit)` run on a worker. A new `set_query`
    bumps a generation number so late pages of an old query are dropped.
    """

    loaded = Signal(int, int)  # rows loaded, total rows
    failed = Signal(str)

    def __init__(self, columns: Sequence[Column[Row]], runner: TaskRunner,
                 count: Callable[[Any], int], fetch: Callable[[Any, int, int], list[Row]],
                 page_size: int = 200, parent: Any = None):
        super().__init__(columns, parent)
        self._runner = runner
        self._count = count
        self._fetch = fetch
        self._page = page_size
        self._query: Any = None
        self._total = 0
        self._generation = 0
        self._loading = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, query: Any) -> None:
        """Start over with a new query (search text, filter)."""
        self._generation += 1
        generation = self._generation
        self._query = query
        self._loading = True
        count, fetch, page = self._count, self._fetch, self._page

        def op() -> tuple[int, list[Row]]:
            return count(query), fetch(query, 0, page)

        def done(result: tuple[int, list[Row]]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._total, self._rows = result
            self._loading = False
            self.endResetModel()
            self.loaded.emit(len(self._rows), self._total)

        self._runner.run(op, done, self._error_handler(generation))

    def show_rows(self, query: Any, rows: Sequence[Row]) -> None:
        """Show rows already read for `query` (a scan's lookup) without reading them again; a
        refresh or a scroll past them reads `query` as usual."""
        self._generation += 1  # pages of an older query still on their way are dropped
        self._query = query
        self.beginResetModel()
        self._rows, self._total = list(rows), len(rows)
        self._loading = False
        self.endResetModel()
        self.loaded.emit(len(self._rows), self._total)

    def refresh(self) -> None:
        self.set_query(self._query)

    def reload(self) -> None:
        """Read the rows already shown again (someone changed them) without starting over: the
        same rows in the same order become `dataChanged`, so selection and scrolling stay; other
        rows reset the model as `refresh` does. Before the first query it does nothing."""
        if self._query is None:
            return
        self._generation += 1
        generation, query = self._generation, self._query
        self._loading = True
        count, fetch, size = self._count, self._fetch, max(len(self._rows), self._page)

        def op() -> tuple[int, list[Row]]:
            return count(query), fetch(query, 0, size)

        def done(result: tuple[int, list[Row]]) -> None:
            if generation != self._generation:
                return
            total, rows = result
            self._loading = False
            if [_key(r) for r in rows] == [_key(r) for r in self._rows]:
                self._total, self._rows = total, rows
                if rows:
                    self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            else:
                self.beginResetModel()
                self._total, self._rows = total, rows
                self.endResetModel()
            self.loaded.emit(len(self._rows), self._total)

        self._runner.run(op, done, self._error_handler(generation))

    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:  # noqa: N802
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _NO_INDEX) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, query, offset = self._generation, self._query, len(self._rows)
        fetch, page = self._fetch, self._page

        def done(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            else:
                self._total = len(self._rows)  # the table shrank meanwhile
            self.loaded.emit(len(self._rows), self._total)

        self._runner.run(lambda: fetch(query, offset, page), done, self._error_handler(generation))

    def _error_handler(self, generation: int) -> Callable[[BaseException, str], None]:
        def failed(exc: BaseException, _tb: str) -> None:
            if generation == self._generation:
                self._loading = False
                self.failed.emit(str(exc))

        return failed
