"""Bewaartermijn: the closed dossiers whose keeping period is over, to destroy for good.

Each line says since when the dossier is kept and from when it should be destroyed.
Destroying asks the coach to type the client's full name (the same dialog as deleting
from the client list), then removes every trace from the store in the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.retention import RetentionItem
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.clients.delete_dialog import DeleteForGoodDialog
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.style import make_title, restyle
from genwerkt_desktop.ui.widgets.fields import failure_text, format_date, hint_label, make_button
from genwerkt_desktop.ui.widgets.labels import label_of, status_labels
from genwerkt_desktop.ui.widgets.look import apply_view_style
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    RecordTableModel,
    selected_source_row,
    set_column_widths,
    setup_table,
)
from genwerkt_desktop.ui.worker import TaskRunner


class RetentionModel(RecordTableModel):
    COL_NAME, COL_STATUS, COL_SINCE, COL_DUE = range(4)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("RetentionView", "Cliënt"),
            QCoreApplication.translate("RetentionView", "Stand"),
            QCoreApplication.translate("RetentionView", "Termijn telt vanaf"),
            QCoreApplication.translate("RetentionView", "Te vernietigen vanaf"),
        )

    def record_id(self, record: Any) -> str:
        return str(record.client_id)

    def display(self, record: Any, column: int) -> str | None:
        item: RetentionItem = record
        if column == self.COL_NAME:
            return item.display_name
        if column == self.COL_STATUS:
            return label_of(status_labels(), item.status)
        if column == self.COL_SINCE:
            return format_date(item.kept_since)
        if column == self.COL_DUE:
            return format_date(item.destroy_from)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        if column == self.COL_SINCE:
            return record.kept_since.toordinal()
        if column == self.COL_DUE:
            return record.destroy_from.toordinal()
        return super().sort_key(record, column)


class RetentionDialog(QDialog):
    destroyed = Signal(str)  # the client id

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        clock: Clock,
        years: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(QCoreApplication.translate("RetentionView", "Bewaartermijn"))
        apply_view_style(self)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 520)
        self._service = workspace.retention
        self._ops = Operations(runner, self)
        self._events = events
        self._dialogs = dialogs
        self._clock = clock
        self._years = years
        self._items: list[RetentionItem] = []
        self.confirm: DeleteForGoodDialog | None = None
        title = QLabel(QCoreApplication.translate("RetentionView", "Bewaartermijn"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.3)
        self.explanation = hint_label("", self)
        self.show_all = QCheckBox(
            QCoreApplication.translate(
                "RetentionView", "Ook de dossiers &tonen die nog bewaard mogen worden"
            ),
            self,
        )
        self.model = RetentionModel(self)
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("RetentionView", "Afgesloten dossiers"),
            stretch=RetentionModel.COL_NAME,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RetentionModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.table,
            {
                RetentionModel.COL_STATUS: list(status_labels().values()),
                RetentionModel.COL_SINCE: ["00/00/0000"],
                RetentionModel.COL_DUE: ["00/00/0000"],
            },
        )
        self.empty = hint_label(
            QCoreApplication.translate(
                "RetentionView", "Geen dossiers waarvan de bewaartermijn voorbij is."
            ),
            self,
            muted=True,
        )
        self.destroy_button = make_button(
            QCoreApplication.translate("RetentionView", "&Vernietigen…"),
            QCoreApplication.translate("RetentionView", "Dossier definitief vernietigen"),
            self,
        )
        self.destroy_button.setObjectName("dangerButton")
        restyle(self.destroy_button)
        close = make_button(
            QCoreApplication.translate("RetentionView", "Sluiten"),
            QCoreApplication.translate("RetentionView", "Sluiten"),
            self,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.destroy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        close.clicked.connect(self.reject)
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.show_all.toggled.connect(lambda _on: self._fill())
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.finished.connect(lambda _code: self.forget())
        self._update()

    def load(self) -> None:
        years = self._years()
        self.explanation.setText(
            QCoreApplication.translate(
                "RetentionView",
                "Een afgesloten dossier wordt {years} jaar bewaard na het einde van de "
                "nazorg (of na het afsluiten, zonder nazorg). Daarna hoort het vernietigd "
                "te worden. Vernietigen kan niet ongedaan gemaakt worden; in het logboek "
                "blijft alleen staan dát het gebeurde. Back-ups die u eerder maakte, "
                "bevatten het dossier nog: ruim die op volgens de afspraken van uw dienst.",
            ).format(years=years)
        )
        service = self._service
        self._ops.query(
            lambda: service.items(years), self._loaded, key="items", failure=self._failed
        )

    def forget(self) -> None:
        self._items = []
        self.model.clear()
        if self.confirm is not None:
            self.confirm.reject()
            self.confirm = None

    def selected(self) -> RetentionItem | None:
        row = selected_source_row(self.table, self.proxy)
        return None if row < 0 else self.model.record_at(row)

    def ask_destroy(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = DeleteForGoodDialog(item.full_name, self)
        dialog.setWindowTitle(QCoreApplication.translate("RetentionView", "Dossier vernietigen"))
        dialog.accepted.connect(lambda: self._destroy(item))
        dialog.finished.connect(lambda _code: self._confirm_closed(dialog))
        self.confirm = dialog
        dialog.open()

    def _confirm_closed(self, dialog: DeleteForGoodDialog) -> None:
        if dialog is self.confirm:
            self.confirm = None
        dialog.deleteLater()

    def _destroy(self, item: RetentionItem) -> None:
        service = self._service

        def done(_result: object) -> None:
            self.destroyed.emit(item.client_id)
            self.load()

        def failed(failure: Failure) -> None:
            self._dialogs.warn(
                self, QCoreApplication.translate("RetentionView", "Niet vernietigd"), failure.text
            )

        self._ops.write(
            lambda: service.destroy(item.client_id),
            done,
            announce=lambda _r: self._events.emit_change(ChangeKind.CLIENTS, item.client_id),
            failure=failed,
        )

    def _loaded(self, items: list[RetentionItem]) -> None:
        self._items = items
        self._fill()

    def _fill(self) -> None:
        today = self._clock.today()
        shown = (
            self._items
            if self.show_all.isChecked()
            else [i for i in self._items if i.destroy_from <= today]
        )
        self.model.set_records(shown)
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._dialogs.warn(
            self, QCoreApplication.translate("RetentionView", "Bewaartermijn"), failure_text(exc)
        )

    def _update(self) -> None:
        item = self.selected()
        self.destroy_button.setEnabled(
            item is not None and item.destroy_from <= self._clock.today()
        )
