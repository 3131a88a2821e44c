"""How the sociale kaart looks: its page, its two tables, the form's boxes and fields.

Colours follow resources/styles/app.qss; fonts are never sized here.
"""

from __future__ import annotations

DIRECTORY_QSS = """
QWidget#directoryPage, QWidget#directoryList, QWidget#directoryDetail,
QWidget#formContent, QScrollArea#formScroll, QStackedWidget#detailStack {
    background: #f5f4f0;
}
QTableView#organisationTable, QTableView#peopleTable {
    background: #ffffff;
    alternate-background-color: #f8f7f4;
    border: 1px solid #e0ddd5;
    border-radius: 8px;
    selection-background-color: #d6e6eb;
    selection-color: #1f2326;
}
QTableView#organisationTable::item, QTableView#peopleTable::item { padding: 4px 6px; }
QGroupBox {
    background: #ffffff;
    border: 1px solid #e0ddd5;
    border-radius: 8px;
    margin-top: 14px;
    padding: 14px 10px 10px 10px;
    font-weight: 600;
}
QGroupBox::title {
    subcontrol-origin: margin;
    left: 12px;
    padding: 0 4px;
    color: #2e6b80;
}
QGroupBox QLabel { font-weight: normal; background: transparent; }
QPlainTextEdit {
    background: #ffffff;
    border: 1px solid #c9c5bc;
    border-radius: 6px;
    padding: 2px 4px;
}
QPlainTextEdit:focus { border: 2px solid #2e6b80; padding: 1px 3px; }
QTableView QLineEdit, QTableView QLineEdit:focus {
    padding: 0px 4px;
    border: 1px solid #2e6b80;
    border-radius: 0px;
}
QLabel#saveState { color: #80868c; }
QLabel#saveState[dirty="true"] { color: #8a5a00; }
"""
