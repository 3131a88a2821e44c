"""Two dates side by side in one picture: who joined, who left, which ties changed, and
the same in a few short sentences."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_compare_drawing import COMPARE_LEGEND, compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import LEGEND, day
from genwerkt_desktop.domain.model import Ecogram
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.fields import buddy_label, hint_label, make_button, section_title
from genwerkt_desktop.ui.widgets.scrolling import column_scroll
from genwerkt_desktop.ui.wording.ecogram import ecogram_change_words
from genwerkt_desktop.ui.wording.ecogram_legend import screen_tags

from .legend import LegendWidget
from .scene import EcogramScene
from .view import EcogramView


class CompareView(QWidget):
    back = Signal()
    export_requested = Signal(str, str)  # older id, newer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions: dict[str, Ecogram] = {}
        self._client_label = ""
        self.sentences: list[str] = []
        self.older = QComboBox(self)
        self.older.setAccessibleName(
            QCoreApplication.translate("EcogramCompare", "Van de versie van")
        )
        self.newer = QComboBox(self)
        self.newer.setAccessibleName(
            QCoreApplication.translate("EcogramCompare", "Tot de versie van")
        )
        self.scene = EcogramScene(self)
        self.view = EcogramView(self.scene, self)
        self.view.editable = False
        self.changes = QLabel(self)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(
            QCoreApplication.translate("EcogramCompare", "Wat veranderde")
        )
        self.export = make_button(
            QCoreApplication.translate("EcogramCompare", "&PDF van de vergelijking…"),
            QCoreApplication.translate("EcogramCompare", "De vergelijking als PDF bewaren"),
            self,
        )
        self.close_button = make_button(
            QCoreApplication.translate("EcogramCompare", "&Terug naar de tekening"),
            QCoreApplication.translate("EcogramCompare", "Terug naar de tekening"),
            self,
        )

        pick = QHBoxLayout()
        pick.addWidget(
            buddy_label(QCoreApplication.translate("EcogramCompare", "&Van"), self.older, self)
        )
        pick.addWidget(self.older)
        pick.addWidget(
            buddy_label(QCoreApplication.translate("EcogramCompare", "t&ot"), self.newer, self)
        )
        pick.addWidget(self.newer)
        pick.addStretch(1)
        pick.addWidget(self.export)
        pick.addWidget(self.close_button)
        side = QVBoxLayout()
        side.addWidget(
            section_title(QCoreApplication.translate("EcogramCompare", "Wat veranderde"), self)
        )
        side.addWidget(self.changes)
        side.addSpacing(12)
        side.addWidget(section_title(QCoreApplication.translate("EcogramCompare", "Legende"), self))
        side.addWidget(LegendWidget(self, LEGEND + COMPARE_LEGEND))
        side.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "EcogramCompare",
                    "Wie wegging, staat nog op de oude plaats, met een stippellijn.",
                ),
                self,
                muted=True,
            )
        )
        side.addStretch(1)
        # The list of changes can run long: it scrolls on its own, so the tab never asks
        # for more height than the window has.
        side_page = QWidget(self)
        side_page.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_scroll = column_scroll(side_page, self)
        side_scroll.setMinimumWidth(side_page.minimumSizeHint().width())
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(side_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pick)
        layout.addLayout(body, 1)

        self.older.activated.connect(lambda _i: self.refresh())
        self.newer.activated.connect(lambda _i: self.refresh())
        self.close_button.clicked.connect(self.back)
        mark_reading(self.export, self.close_button)
        self.export.clicked.connect(self._export)

    def set_versions(self, versions: Sequence[Ecogram], client_label: str) -> None:
        """Offer these dates; the oldest and the newest are chosen at first."""
        self._versions = {v.id: v for v in versions}
        self._client_label = client_label
        for combo in (self.older, self.newer):
            combo.clear()
            for version in versions:
                combo.addItem(day(version.drawn_on), version.id)
        if versions:
            self.choose(versions[0].id, versions[-1].id)

    def choose(self, older_id: str, newer_id: str) -> None:
        self.older.setCurrentIndex(max(0, self.older.findData(older_id)))
        self.newer.setCurrentIndex(max(0, self.newer.findData(newer_id)))
        self.refresh()

    def pair(self) -> tuple[str, str]:
        return str(self.older.currentData() or ""), str(self.newer.currentData() or "")

    def refresh(self) -> None:
        older = self._versions.get(self.pair()[0])
        newer = self._versions.get(self.pair()[1])
        if older is None or newer is None:
            self.sentences = []
            self.changes.clear()
            self.scene.forget()
            return
        self.sentences = ecogram_change_words(compare(older, newer))
        self.changes.setText("\n".join(f"• {s}" for s in self.sentences))
        drawing = compare_drawing(
            older, newer, self._client_label, self.scene.measure, screen_tags()
        )
        self.scene.show_drawing(drawing, movable=False)
        self.view.fit()

    def forget(self) -> None:
        self._versions = {}
        self._client_label = ""
        self.sentences = []
        self.older.clear()
        self.newer.clear()
        self.changes.clear()
        self.scene.forget()

    def _export(self) -> None:
        older, newer = self.pair()
        if older and newer:
            self.export_requested.emit(older, newer)
