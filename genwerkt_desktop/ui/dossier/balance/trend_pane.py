"""The trend under the balance: both sides summed per assessment, for all life domains
together or for one; a click on a point opens that assessment."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing
from genwerkt_desktop.ui.widgets.fields import buddy_label, hint_label

from .models import domain_text
from .views import TrendView

ALL_DOMAINS = "__alle__"
NO_DOMAIN = "__geen__"


class TrendPane(QWidget):
    chosen = Signal(str)  # the balance id of the point clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Texts keep the context "BalanceTab": they were there first, and so are translated.
        self._drawing: BalanceDrawing | None = None
        self.view = TrendView(self)
        self.view.setAccessibleName(
            QCoreApplication.translate("BalanceTab", "Verloop van draagkracht en draaglast")
        )
        self.view.chosen.connect(self.chosen)
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(
            QCoreApplication.translate("BalanceTab", "Verloop voor welk levensdomein")
        )
        self.domain.currentIndexChanged.connect(lambda _i: self._show())
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(
            buddy_label(QCoreApplication.translate("BalanceTab", "&Voor"), self.domain, self)
        )
        bar.addWidget(self.domain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "BalanceTab", "Klik op een punt om die inschatting te openen."
                ),
                self,
                muted=True,
            )
        )

    def show_drawing(self, drawing: BalanceDrawing | None) -> None:
        """The trend of this drawing, for the life domain chosen before (if it still has one)."""
        self._drawing = drawing
        chosen = self.domain.currentData()
        self.domain.blockSignals(True)
        self.domain.clear()
        self.domain.addItem(QCoreApplication.translate("BalanceTab", "Alles samen"), ALL_DOMAINS)
        for domain, _trend in drawing.domain_trends if drawing is not None else ():
            self.domain.addItem(
                domain_text(domain), domain.value if domain is not None else NO_DOMAIN
            )
        self.domain.setCurrentIndex(max(0, self.domain.findData(chosen)))
        self.domain.blockSignals(False)
        self._show()

    def _show(self) -> None:
        drawing = self._drawing
        if drawing is None:
            self.view.set_trend(None)
            return
        chosen = self.domain.currentData()
        trend = drawing.trend
        for domain, domain_trend in drawing.domain_trends:
            if (domain.value if domain is not None else NO_DOMAIN) == chosen:
                trend = replace(
                    domain_trend,
                    title=QCoreApplication.translate("BalanceTab", "Verloop voor {d}").format(
                        d=domain_text(domain)
                    ),
                )
        if trend is drawing.trend:
            trend = replace(
                trend,
                title=QCoreApplication.translate("BalanceTab", "Verloop van beide kanten samen"),
            )
        self.view.set_trend(trend)
