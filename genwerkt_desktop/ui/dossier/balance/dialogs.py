"""The two small forms of the Balans tab: one factor, and picking from the dossier's
strengths and needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTableView, QWidget

from genwerkt_desktop.domain.balance import MAX_WEIGHT, MIN_WEIGHT
from genwerkt_desktop.domain.balance_editing import DEFAULT_WEIGHT, already_in
from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain
from genwerkt_desktop.domain.model import Balance, BalanceFactor, Observation
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import buddy_label
from genwerkt_desktop.ui.widgets.table_model import RecordProxy, setup_table

from .models import PickModel, PickRow, domain_text

NO_DOMAIN = ""


class FactorDialog(FormDialog):
    """What helps or weighs, in a few words, its life domain and how heavy it is."""

    def __init__(
        self,
        existing: BalanceFactor | None,
        side: BalanceSide,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BalanceTab", "Factor"),
            QCoreApplication.translate("BalanceTab", "Wat helpt dragen")
            if side is BalanceSide.CAPACITY
            else QCoreApplication.translate("BalanceTab", "Wat weegt"),
            QCoreApplication.translate(
                "BalanceTab",
                "Een paar woorden volstaan, liefst zoals de cliënt het zegt. Het gewicht gaat "
                "van 1 (licht) tot 5 (zwaar): kies het samen.",
            ),
            parent,
        )
        self.text = QLineEdit(self)
        self.text.setAccessibleName(QCoreApplication.translate("BalanceTab", "Omschrijving"))
        self.text.setMaxLength(160)
        self.side = QComboBox(self)
        self.side.setAccessibleName(QCoreApplication.translate("BalanceTab", "Kant"))
        self.side.addItem(
            QCoreApplication.translate("BalanceTab", "Draagkracht: helpt dragen"),
            BalanceSide.CAPACITY.value,
        )
        self.side.addItem(
            QCoreApplication.translate("BalanceTab", "Draaglast: weegt"), BalanceSide.BURDEN.value
        )
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(QCoreApplication.translate("BalanceTab", "Levensdomein"))
        self.domain.addItem(domain_text(None), NO_DOMAIN)
        for item in LifeDomain:
            self.domain.addItem(domain_text(item), item.value)
        self.weight = QSpinBox(self)
        self.weight.setAccessibleName(
            QCoreApplication.translate("BalanceTab", "Gewicht van 1 tot 5")
        )
        self.weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        rows = (
            (QCoreApplication.translate("BalanceTab", "&Omschrijving"), self.text),
            (QCoreApplication.translate("BalanceTab", "&Kant"), self.side),
            (QCoreApplication.translate("BalanceTab", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("BalanceTab", "&Gewicht (1 licht – 5 zwaar)"), self.weight),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)
        if existing is not None:
            self.text.setText(existing.text)
            select_data(self.side, existing.side.value)
            select_data(self.domain, existing.domain.value if existing.domain else NO_DOMAIN)
            self.weight.setValue(existing.weight)
        else:
            select_data(self.side, side.value)
            select_data(self.domain, NO_DOMAIN)
            self.weight.setValue(DEFAULT_WEIGHT)
        self.text.textChanged.connect(self._update)
        self._update()
        self.text.setFocus()

    def is_valid(self) -> bool:
        return bool(self.text.text().strip())

    def value(self) -> BalanceFactor:
        domain = self.domain.currentData()
        return BalanceFactor(
            side=BalanceSide(self.side.currentData()),
            text=" ".join(self.text.text().split()),
            weight=self.weight.value(),
            domain=LifeDomain(domain) if domain else None,
        )


class PickDialog(FormDialog):
    """Tick the strengths and needs that belong on the balance; each comes with weight 3
    and its life domain, to adjust afterwards."""

    def __init__(
        self, balance: Balance, observations: Sequence[Observation], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BalanceTab", "Uit sterktes en noden kiezen"),
            QCoreApplication.translate("BalanceTab", "Wat staat al in het dossier?"),
            QCoreApplication.translate(
                "BalanceTab",
                "Krachten en hulpbronnen komen bij de draagkracht, noden bij de draaglast. "
                "Ze krijgen gewicht 3; pas dat daarna samen aan. Spatie vinkt aan of af.",
            ),
            parent,
        )
        self.model = PickModel(self)
        self.model.set_records([PickRow(o, already_in(balance, o)) for o in observations])
        proxy = RecordProxy(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(proxy)
        setup_table(
            self.view,
            QCoreApplication.translate("BalanceTab", "Sterktes en noden"),
            stretch=PickModel.COL_TEXT,
        )
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.view.setColumnWidth(PickModel.COL_KIND, self.fontMetrics().averageCharWidth() * 24)
        self.view.setColumnWidth(PickModel.COL_DOMAIN, self.fontMetrics().averageCharWidth() * 26)
        self.form.addRow(self.view)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.view)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self._toggle_current)
        self.model.dataChanged.connect(lambda *_: self._update())
        self._update()
        self.view.setFocus()

    def _toggle_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.toggle(index.row())

    def is_valid(self) -> bool:
        return bool(self.model.checked())

    def value(self) -> list[Observation]:
        return self.model.checked()
