"""The timeline of an ecogram's dated versions: one button per date, oldest left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_drawing import day
from genwerkt_desktop.domain.model import Ecogram


class VersionBar(QWidget):
    version_chosen = Signal(str)  # ecogram id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(QCoreApplication.translate("EcogramVersions", "Versies:"), self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)

    def set_versions(self, versions: Sequence[Ecogram], shown_id: str) -> None:
        for button in self._buttons.values():
            self.group.removeButton(button)
            self._layout.removeWidget(button)
            button.hide()  # out of the layout but still drawn until deleted: over the new ones
            button.deleteLater()
        self._buttons = {}
        newest = versions[-1].id if versions else ""
        for position, version in enumerate(versions):
            button = QToolButton(self)
            text = day(version.drawn_on)
            button.setText(text)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            hint = (
                QCoreApplication.translate("EcogramVersions", "nieuwste versie")
                if version.id == newest
                else QCoreApplication.translate("EcogramVersions", "oudere versie")
            )
            button.setAccessibleName(
                QCoreApplication.translate("EcogramVersions", "Versie van {date} ({hint})").format(
                    date=text, hint=hint
                )
            )
            button.setToolTip(hint)
            button.setChecked(version.id == shown_id)
            button.clicked.connect(lambda _c=False, vid=version.id: self.version_chosen.emit(vid))
            self.group.addButton(button)
            self._layout.insertWidget(1 + position, button)
            self._buttons[version.id] = button

    def button(self, ecogram_id: str) -> QToolButton | None:
        return self._buttons.get(ecogram_id)

    def step(self, offset: int) -> None:
        """The previous (-1) or next (+1) version on the timeline."""
        ids = list(self._buttons)
        checked = next((i for i, b in self._buttons.items() if b.isChecked()), "")
        if not ids or checked not in ids:
            return
        index = max(0, min(len(ids) - 1, ids.index(checked) + offset))
        if ids[index] != checked:
            self.version_chosen.emit(ids[index])
