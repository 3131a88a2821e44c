"""The balance on the whole screen, to look at together with the client at the table.

It shows the same drawing as the tab and follows it while open (a changed weight tilts
the beam here too).  The window title names no one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing
from genwerkt_desktop.ui.dossier.balance.views import BalanceView
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button


class LargeBalance(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LargeBalance", "Balans, groot"))
        self.picture = BalanceView(self)
        self.picture.setAccessibleName(
            QCoreApplication.translate("LargeBalance", "De balans, groot getoond")
        )
        self.close_button = make_button(
            QCoreApplication.translate("LargeBalance", "Sluiten"),
            QCoreApplication.translate("LargeBalance", "Terug naar het dossier (Esc)"),
            self,
        )
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "LargeBalance",
                    "Een beeld om samen over te praten, geen score. Esc brengt u terug.",
                ),
                self,
                muted=True,
            ),
            1,
        )
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(bottom)

    def show_drawing(self, drawing: BalanceDrawing | None) -> None:
        self.picture.set_drawing(drawing, animate=self.isVisible())
