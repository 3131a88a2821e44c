"""File dialogs, message boxes and printing behind one small injected object.

Screens never open a modal dialog themselves: they ask the ``Dialogs`` object they were
given.  The application passes :class:`QtDialogs`; tests pass a fake that answers at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class Dialogs(Protocol):
    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool: ...

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None: ...

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None: ...

    def show_file(self, path: Path) -> None:
        """Open a written file in the computer's own viewer (a local file, never a URL)."""
        ...

    def print_document(self, parent: QWidget | None, title: str, html: str) -> bool:
        """Ask for a printer and print ``html``; False when the coach cancelled."""
        ...


class QtDialogs:
    """The real dialogs of the platform."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        name, _selected = QFileDialog.getOpenFileName(parent, caption, "", filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        name, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(name) if name else None

    def show_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_document(self, parent: QWidget | None, title: str, html: str) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("QtDialogs", "Afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        return True
