"""Reading a colleague's dossier: one generic way to take the editing out of a tab.

A tab in read-only mode keeps everything that reads: tabs, lists, scrolling, selecting
and copying text, keyboard navigation.  Text fields become read-only (still focusable and
selectable); buttons, check boxes and radio buttons are disabled, except those marked
with :data:`KEEPS_READING` (a sheet to print, a comparison).  Each widget remembers how it
was, so leaving read-only mode gives back exactly that.  Anything a tab builds later is
caught when the workspace applies the mode again after each refresh; the service refuses
every write to the dossier anyway (``ReadOnlyDossier``), and that refusal names the holder.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

KEEPS_READING = "keepsReading"  # a property: this control only reads, leave it on
_WAS_ENABLED = "teamWasEnabled"
_WAS_READ_ONLY = "teamWasReadOnly"

_Text = QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit


def lock_editing(root: QWidget, read_only: bool) -> None:
    window = root.window()
    for widget in root.findChildren(QWidget):
        if widget.window() is not window or widget.property(KEEPS_READING):
            continue  # a dialog of its own, or a control that only reads
        if isinstance(widget, QTextBrowser) or isinstance(widget.parentWidget(), QTabBar):
            continue
        if isinstance(widget, _Text):
            _set_read_only(widget, read_only)
        elif isinstance(widget, QAbstractButton):
            _set_disabled(widget, read_only)


def _set_read_only(widget: _Text, read_only: bool) -> None:
    marked = widget.property(_WAS_READ_ONLY)
    if read_only:
        if marked is None:
            widget.setProperty(_WAS_READ_ONLY, widget.isReadOnly())
        widget.setReadOnly(True)
    elif marked is not None:
        widget.setReadOnly(bool(marked))
        widget.setProperty(_WAS_READ_ONLY, None)


def _set_disabled(widget: QWidget, read_only: bool) -> None:
    marked = widget.property(_WAS_ENABLED)
    if read_only:
        if marked is None:
            widget.setProperty(_WAS_ENABLED, widget.isEnabled())
        widget.setEnabled(False)
    elif marked is not None:
        widget.setEnabled(bool(marked))
        widget.setProperty(_WAS_ENABLED, None)
