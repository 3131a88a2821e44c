"""Reading a colleague's dossier: one generic way to take the editing out of a tab.

A tab in read-only mode keeps everything that reads: tabs, lists, scrolling, selecting
and copying text, keyboard navigation.  Text fields become read-only (still focusable and
selectable); buttons, check boxes and radio buttons are disabled, except those marked
with :data:`KEEPS_READING` (a sheet to print, a comparison).  Each widget remembers how it
was, so leaving read-only mode gives back exactly that; a button the tab enables again
meanwhile (a row chosen) stays disabled, and is remembered as enabled.  Anything a tab
builds later is caught when the workspace applies the mode again after each refresh; the
service refuses every write to the dossier anyway (``ReadOnlyDossier``), and that refusal
names the holder.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
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
READ_ONLY_PAGE = "dossierReadOnly"  # a property of a page whose editing is taken out
_WAS_ENABLED = "teamWasEnabled"
_WAS_READ_ONLY = "teamWasReadOnly"

_Text = QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit


def lock_editing(root: QWidget, read_only: bool) -> None:
    root.setProperty(READ_ONLY_PAGE, read_only)
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


def on_read_only_page(widget: QWidget | None) -> bool:
    """Whether ``widget`` sits on a page whose editing is taken out (a form it opens then
    shows what is there, and offers no saving)."""
    while widget is not None:
        if widget.property(READ_ONLY_PAGE):
            return True
        widget = widget.parentWidget()
    return False


def mark_reading(*widgets: QWidget) -> None:
    """These controls only read (print, export, compare, show large): keep them on."""
    for widget in widgets:
        widget.setProperty(KEEPS_READING, True)


class _KeepDisabled(QObject):
    """While read-only, a disabled control that its tab enables again is disabled again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
            and watched.property(_WAS_ENABLED) is not None
        ):
            watched.setProperty(_WAS_ENABLED, True)  # what the tab wants, once editable
            watched.setEnabled(False)
        return False


_keeper: _KeepDisabled | None = None


def _set_disabled(widget: QWidget, read_only: bool) -> None:
    global _keeper
    marked = widget.property(_WAS_ENABLED)
    if read_only:
        if marked is None:
            widget.setProperty(_WAS_ENABLED, widget.isEnabled())
            if _keeper is None:
                _keeper = _KeepDisabled()
            widget.installEventFilter(_keeper)
        widget.setEnabled(False)
    elif marked is not None:
        widget.setProperty(_WAS_ENABLED, None)  # first: the keeper lets go
        widget.setEnabled(bool(marked))
