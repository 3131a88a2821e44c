"""The few style rules the daily screens add to the application's stylesheet.

They sit on the top widget of each view, so they cascade to its children and dialogs;
colours follow resources/styles/app.qss.  Fonts are never sized here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

VIEW_QSS = """
QWidget#clientsPanel, QWidget#dossierWorkspace, QScrollArea#overviewScroll,
QWidget#overviewPage, QWidget#tabPage {
    background: #f5f4f0;
}
QTableView[calmTable="true"], QListView[calmTable="true"] {
    background: #ffffff;
    alternate-background-color: #f8f7f4;
    border: 1px solid #e0ddd5;
    border-radius: 8px;
    selection-background-color: #d6e6eb;
    selection-color: #1f2326;
}
QFrame#card {
    background: #ffffff;
    border: 1px solid #e0ddd5;
    border-radius: 10px;
}
QFrame#card QLabel {
    background: transparent;
}
QLabel#sectionTitle {
    color: #2e6b80;
    font-weight: 600;
}
QLabel#dossierName {
    color: #1f2326;
}
QLabel#badge {
    background: #e6eef1;
    color: #173f4d;
    border-radius: 9px;
    padding: 2px 10px;
}
QLabel#clientWords {
    color: #1f2326;
    background: #fbfaf6;
    border-left: 3px solid #2e6b80;
    padding: 8px 12px;
}
QFrame#undoBar {
    background: #e6eef1;
    border: 1px solid #b9cdd4;
    border-radius: 8px;
}
QFrame#undoBar QLabel {
    background: transparent;
}
QPushButton#dangerButton {
    color: #9b2226;
    border-color: #d9a5a2;
}
QPushButton#dangerButton:disabled {
    color: #c9a9a7;
    border-color: #e0ddd5;
}
QComboBox, QDateEdit, QDateTimeEdit {
    background: #ffffff;
    border: 1px solid #c9c5bc;
    border-radius: 6px;
    padding: 4px 8px;
}
QComboBox:focus, QDateEdit:focus, QDateTimeEdit:focus {
    border: 2px solid #2e6b80;
    padding: 3px 7px;
}
QDateEdit::drop-down, QDateTimeEdit::drop-down {
    subcontrol-origin: padding;
    subcontrol-position: center right;
    width: 18px;
    border: none;
    background: transparent;
}
QPlainTextEdit {
    background: #ffffff;
    border: 1px solid #c9c5bc;
    border-radius: 6px;
    padding: 4px;
}
QPlainTextEdit:focus {
    border: 2px solid #2e6b80;
    padding: 3px;
}
QTabWidget::pane {
    border: 1px solid #e0ddd5;
    border-radius: 8px;
    background: #f5f4f0;
    top: -1px;
}
QTabBar::tab {
    background: #ebe9e3;
    color: #3b4045;
    border: 1px solid #e0ddd5;
    border-bottom: none;
    border-top-left-radius: 8px;
    border-top-right-radius: 8px;
    padding: 7px 10px;  /* nine dossier tabs side by side on a 1280-pixel screen */
    margin-right: 3px;
}
QTabBar::tab:selected {
    background: #f5f4f0;
    color: #173f4d;
}
QTabBar::tab:focus {
    text-decoration: underline;
}
"""


def apply_view_style(widget: QWidget) -> None:
    widget.setStyleSheet(VIEW_QSS)
