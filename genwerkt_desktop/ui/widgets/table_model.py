"""A read-only table model over a list of frozen records, and a view set up calmly.

Subclasses name their columns and say what each cell shows and how it sorts; the base
keeps the list, answers Qt and can forget everything at once (``clear()``, used by the
lock).  Sort keys are plain numbers or strings, so the proxy compares them in C++.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class RecordTableModel(QAbstractTableModel):
    """Rows are records; override :meth:`headers`, :meth:`display` and friends."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        # Qt asks for the column count all the time (every index, every sort comparison);
        # the columns never change, so ``headers()`` is counted once.
        self._column_count: int | None = None

    # -- what subclasses tell: every model defines these two (Qt's metaclass rules out ABC)

    headers: Callable[[], Sequence[str]]  # the column titles, translated
    display: Callable[[Any, int], str | None]  # the text of one cell

    def sort_key(self, record: Any, column: int) -> Any:
        text = self.display(record, column)
        return "" if text is None else text.casefold()

    def record_id(self, record: Any) -> str:
        return str(getattr(record, "id", ""))

    def extra(self, record: Any, column: int, role: int) -> Any:
        """Tooltips, fonts, colours: anything besides the text and the sort key."""
        return None

    # -- content

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def replace_record(self, record: Any) -> bool:
        """Swap in a newer version of one record (same id); False when it is not here."""
        row = self.row_of(self.record_id(record))
        if row < 0:
            return False
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._records):
            if self.record_id(record) == record_id:
                return row
        return -1

    # -- Qt

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count is None:
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Never an empty QVariant for a real cell: PySide 6.12 drops a reference to
            # None each time Python reads one back (index.data(), combo.currentData()).
            return self.display(record, column) or ""
        if role == SORT_ROLE:
            return self.sort_key(record, column)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self.record_id(record)
        return self.extra(record, column, role)


class RecordProxy(QSortFilterProxyModel):
    """Sorts on the model's sort keys; subclasses add their own filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def record_at(self, row: int) -> Any:
        return self.index(row, 0).data(RECORD_ROLE)

    @contextmanager
    def filter_change(self) -> Iterator[None]:
        """Wrap a change of the filter's settings; the rows are filtered again after."""
        self.beginFilterChange()
        try:
            yield
        finally:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        with self.filter_change():
            pass

    def row_of(self, record_id: str) -> int:
        for row in range(self.rowCount()):
            if self.index(row, 0).data(ID_ROLE) == record_id:
                return row
        return -1


def selected_record(view: QTableView, proxy: RecordProxy) -> Any:
    """The record on the view's selected row (through ``proxy``), or None."""
    rows = view.selectionModel().selectedRows()
    return proxy.record_at(rows[0].row()) if rows else None


def selected_record_id(view: QTableView, proxy: RecordProxy) -> str:
    record = selected_record(view, proxy)
    return str(getattr(record, "id", "")) if record is not None else ""


def reselect(view: QTableView, proxy: RecordProxy, record_id: str) -> None:
    """Select the row of ``record_id`` again after the records were replaced."""
    row = proxy.row_of(record_id) if record_id else -1
    if row >= 0:
        view.selectRow(row)


@contextmanager
def refilled(
    tables: Sequence[tuple[QTableView, RecordProxy, str]], *, keep_scroll: bool
) -> Iterator[None]:
    """Around replacing the records of some tables, each given with the record to choose
    ("" keeps the row chosen now): that record is chosen again afterwards and, with
    ``keep_scroll``, every table stays where it was scrolled."""
    chosen = [choose or selected_record_id(view, proxy) for view, proxy, choose in tables]
    scrolled = [view.verticalScrollBar().value() for view, _proxy, _choose in tables]
    yield
    for (view, proxy, _choose), record_id, value in zip(tables, chosen, scrolled, strict=True):
        reselect(view, proxy, record_id)
        if keep_scroll:
            view.verticalScrollBar().setValue(value)


def setup_table(view: QTableView, accessible_name: str, *, stretch: int | None = None) -> None:
    """Row selection, no grid, no editing in place, a left-aligned header."""
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    if not isinstance(view, FittedTable):
        view.setWordWrap(False)  # one line per row: long lists stay fast and even
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setProperty("calmTable", True)


def set_column_widths(
    view: QTableView, samples: dict[int, Sequence[str]], padding: int = 28
) -> None:
    """Fixed widths from the widest sample text (header included): fast for any row count."""
    metrics = view.fontMetrics()
    model = view.model()
    for column, texts in samples.items():
        header_text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        lines = [line for text in (*texts, header_text) for line in text.split("\n")]
        widest = max([metrics.horizontalAdvance(line) for line in lines], default=40)
        view.setColumnWidth(column, widest + padding)


def selected_source_row(view: QTableView, proxy: QSortFilterProxyModel) -> int:
    """The selected row in the source model, or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return -1
    return proxy.mapToSource(rows[0]).row()


def select_row(view: QTableView, row: int) -> None:
    if row < 0 or view.model() is None or row >= view.model().rowCount():
        return
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))


class FittedTable(QTableView):
    """A table whose long texts wrap onto more lines, and that can be exactly as tall as
    its rows (at most ``fit_rows``), for short lists on a page that scrolls as a whole.

    Only for small lists: wrapping measures every row.  Long lists stay plain tables.
    """

    def __init__(
        self, parent: QWidget | None = None, *, wrap: bool = True, fit_rows: int = 0
    ) -> None:
        super().__init__(parent)
        self._wrap = wrap
        self._fit_rows = fit_rows
        self.setWordWrap(wrap)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._refit_timer.start)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit_timer.start()

    def refit(self) -> None:
        if self._wrap:
            self.resizeRowsToContents()
            breathing = max(self.fontMetrics().lineSpacing() // 2, 6)
            for row in range(self.model().rowCount() if self.model() is not None else 0):
                self.setRowHeight(row, self.rowHeight(row) + breathing)
        if not self._fit_rows:
            return
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        shown = min(rows, self._fit_rows)
        height = sum(self.rowHeight(row) for row in range(shown))
        if shown == 0:
            height = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader()
        if not header.isHidden():
            height += max(header.sizeHint().height(), header.height() if self.isVisible() else 0)
        self.setFixedHeight(height + self.frameWidth() * 2 + 2)
