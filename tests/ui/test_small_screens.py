"""Issue 16, point 8: every screen and every dossier dialog on a small laptop screen.

The real window with the application's look, at 1366×768 and at 1280×720, on the demo
vault.  Every area, every dossier tab and every dialog of the dossier is opened, and on
each what is visible is measured: nothing scrolls sideways, every button's text fits its
width (a button without text has an icon and a name), no label is cut off, and every tab
of a tab bar is in view without scroll buttons.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from genwerkt_desktop.resources import resource
from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.dossier.collaboration.meeting_dialog import MeetingDialog
from genwerkt_desktop.ui.main_window import MainWindow
from genwerkt_desktop.ui.style import apply_look
from genwerkt_desktop.ui.work_area import Area
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MainWindowFactory, wait_idle

TIMEOUT_MS = 15_000
SIZES = ((1366, 768), (1280, 720))
GOAL_DEBTS = "a8dcd111-498d-4c94-8c7c-75c80d778e56"  # one of Ayşe's goals


def _demo_id(stem: str) -> str:
    for path in demo_files():
        if stem in path.name:
            return str(json.loads(path.read_text(encoding="utf-8"))["client"]["id"])
    raise LookupError(stem)


# --------------------------------------------------------------------------- measuring


def _shown_text(text: str) -> str:
    """A button's text as painted: "&&" is one ampersand, a single "&" marks the key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_room(button: QAbstractButton) -> int:
    """The width the button's style leaves for its text (padding, bevel, icon, box)."""
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        return style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    if isinstance(button, QRadioButton):
        return style.subElementRect(
            QStyle.SubElement.SE_RadioButtonContents, option, button
        ).width()
    if isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    else:
        room = (
            button.contentsRect().width()
            - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
        )
    if not button.icon().isNull():
        room -= button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return room


def _name(widget: QWidget) -> str:
    kind = type(widget).__name__
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    label = text or widget.accessibleName() or widget.objectName()
    return f"{kind} {label[:60]!r}"


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt draws by itself: a table's corner, a tab bar's scroll arrows, a field's
    clear button."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractItemView | QTabBar) or type(widget).__name__ in {
        "QTableCornerButton",
        "QLineEditIconButton",
    }


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Visible, with some of it inside every clipping ancestor up to ``root``."""
    if not widget.isVisibleTo(root) or not widget.isVisible():
        return False
    return not widget.visibleRegion().isEmpty()


INK = 60  # of 255 grey levels: how far the text must stand out from the button's face


def _wholly_shown(widget: QWidget) -> bool:
    """All of it in view (a page scrolled half past it shows only part of its face)."""
    return widget.visibleRegion().boundingRect() == widget.rect()


def _has_ink(button: QAbstractButton) -> bool:
    """Something is painted inside the button's face that stands out from it (its text):
    a text in the colour of its own background is as good as no text."""
    inset = 5
    window = button.window()
    corner = button.mapTo(window, QPoint(inset, inset))
    face = QRect(
        corner, QSize(max(button.width() - 2 * inset, 1), max(button.height() - 2 * inset, 1))
    )
    # Grabbed from its window: a button on a card has no background of its own.
    image = window.grab(face).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())
    line = image.bytesPerLine()
    levels = b"".join(data[y * line : y * line + image.width()] for y in range(image.height()))
    ground = max(set(levels), key=levels.count)
    return max(abs(level - ground) for level in set(levels)) >= INK


def _cut_off_sideways(area: QAbstractScrollArea) -> bool:
    """Wider content than the view, with the sideways scroll bar switched off."""
    room = area.viewport().width()
    if isinstance(area, QScrollArea) and area.widget() is not None:
        return area.widget().width() > room
    if isinstance(area, QTableView):
        return area.horizontalHeader().length() > room + 1
    return False


def problems(root: QWidget) -> list[str]:
    """What a coach would see cut off, hidden or scrolling sideways under ``root``."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root) and widget is not root:
            continue
        if isinstance(widget, QAbstractScrollArea):
            if widget.horizontalScrollBar().isVisible():
                found.append(f"{_name(widget)} scrolls sideways")
            elif _cut_off_sideways(widget):
                found.append(f"{_name(widget)} cuts its content off on the right")
        elif isinstance(widget, QTabBar):
            scrollers = [b for b in widget.findChildren(QToolButton) if b.isVisible()]
            if scrollers:
                found.append(f"tab bar {widget.accessibleName()!r} needs scroll buttons")
            bar = QRect(0, 0, widget.width(), widget.height())
            for tab in range(widget.count()):
                if not bar.contains(widget.tabRect(tab)):
                    found.append(f"tab {widget.tabText(tab)!r} is not wholly in view")
        elif isinstance(widget, QAbstractButton) and not _qt_internal(widget):
            text = _shown_text(widget.text())
            if not text.strip():
                if widget.icon().isNull():
                    found.append(f"{_name(widget)} shows neither text nor icon")
                elif not (widget.accessibleName() or widget.toolTip()):
                    found.append(f"{_name(widget)} has an icon but no name")
                continue
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            room = _text_room(widget)
            if needed > room:
                found.append(f"{_name(widget)} needs {needed} px, has {room} px")
            elif _wholly_shown(widget) and isinstance(widget, QPushButton) and not _has_ink(widget):
                found.append(f"{_name(widget)} is painted without visible text")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            needed = widget.sizeHint().width()
            if needed > widget.width():
                found.append(f"{_name(widget)} needs {needed} px, has {widget.width()} px")
    found += _overlaps(widgets, root)
    return found


def _overlaps(widgets: list[QWidget], root: QWidget) -> list[str]:
    """Buttons and labels drawn over one another (one of them is hidden from view)."""
    found: list[str] = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLabel) and not _qt_internal(widget):
            parent = widget.parentWidget()
            if parent is not None and widget.isVisible() and widget.width() > 0:
                by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{_name(first)} and {_name(second)} overlap")
    return found


# --------------------------------------------------------------------------- the walk


class Walk:
    """One window at one size; ``check`` measures what is on screen now."""

    def __init__(self, qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
        self.qtbot = qtbot
        self.window = window
        self.size = size
        self.found: list[str] = []

    def settle(self) -> None:
        wait_idle(self.qtbot, self.window)
        QApplication.processEvents()

    def check(self, where: str, root: QWidget | None = None) -> None:
        self.settle()
        target = root if root is not None else self.window
        width, height = self.size
        if target is self.window:
            assert (self.window.width(), self.window.height()) == self.size, where
        elif target.width() > width or target.height() > height:
            self.found.append(f"{where}: {target.width()}×{target.height()} does not fit")
        seen = problems(target)
        for area in _scrolling_pages(target):
            # Down the page a screen at a time: what is below the fold is measured too.
            bar = area.verticalScrollBar()
            step = max(area.viewport().height() - 20, 50)
            for value in range(step, bar.maximum() + step, step):
                bar.setValue(min(value, bar.maximum()))
                QApplication.processEvents()
                seen += [p for p in problems(target) if p not in seen]
            bar.setValue(0)
        self.found += [f"{where}: {problem}" for problem in seen]

    def dialog(
        self,
        where: str,
        open_it: Callable[[], object],
        fill: Callable[[QDialog], object] | None = None,
    ) -> None:
        """Open a dialog, fit it to the screen as a window manager would, measure, close."""
        before = set(_open_dialogs())
        open_it()
        self.qtbot.waitUntil(lambda: bool(set(_open_dialogs()) - before), timeout=TIMEOUT_MS)
        (dialog,) = set(_open_dialogs()) - before
        if fill is not None:
            fill(dialog)
        self.settle()
        width, height = self.size
        wanted = dialog.size().expandedTo(dialog.minimumSizeHint())
        dialog.resize(min(wanted.width(), width), min(wanted.height(), height))
        self.settle()
        if dialog.minimumSizeHint().width() > width or dialog.minimumSizeHint().height() > height:
            self.found.append(f"{where}: needs {dialog.minimumSizeHint().toTuple()}")
        nested = [tabs for tabs in dialog.findChildren(QTabWidget) if tabs.isVisible()]
        if not nested:
            self.check(where, dialog)
        for tabs in nested:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.check(f"{where}, {_shown_text(tabs.tabText(index))}", dialog)
        dialog.reject()
        self.settle()


def _fill_meeting(dialog: QDialog) -> None:
    """A participant and a theme with an agreement: their rows carry the ✕ buttons."""
    assert isinstance(dialog, MeetingDialog)
    dialog.participants.add()
    dialog.themes.add().add()


def _scrolling_pages(root: QWidget) -> list[QScrollArea]:
    """The visible pages under ``root`` that scroll up and down (not the tables)."""
    return [
        area
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.verticalScrollBar().maximum() > 0
    ]


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """The stylesheet and style the application starts with (padding counts here)."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_look(qapp, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _open_window(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    service: VaultService,
    size: tuple[int, int],
    *,
    first: tuple[int, int] | None = None,
) -> MainWindow:
    """Unlocked at ``first`` (default: ``size``), then made ``size``: a window moved from
    a large monitor to the laptop screen keeps the splitter it had there."""
    window = make_window(service)
    window.resize(*(first or size))
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(
        lambda: window.vault_screens.currentWidget() is unlock and unlock.isVisible(),
        timeout=TIMEOUT_MS,
    )
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    window.resize(*size)
    wait_idle(qtbot, window)
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_area_and_dossier_tab_fits(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    app_look: None,
    size: tuple[int, int],
) -> None:
    window = _open_window(qtbot, make_window, vault_service, size, first=(1600, 900))
    walk = Walk(qtbot, window, size)
    area = window.work_area
    assert area is not None
    walk.check("client list, no dossier")

    for client in ("ayse", "ioana"):
        area.open_client(_demo_id(client))
        qtbot.waitUntil(lambda c=client: area.dossier.current_client_id() == _demo_id(c))
        tabs = area.dossier.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            walk.check(f"{client}, tab {tabs.tabText(index)!r}")

    window.show_area(Area.AGENDA)
    walk.check("agenda")
    window.show_area(Area.DIRECTORY)
    walk.check("sociale kaart")
    window.show_area(Area.CLIENTS)

    tools = window.tools
    for action, where in ((tools.audit_action, "logboek"), (tools.retention_action, "bewaren")):
        walk.dialog(where, action.trigger)
    walk.dialog("instellingen", window.open_settings)
    assert not walk.found, "\n".join(walk.found)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_dossier_dialog_fits(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    app_look: None,
    size: tuple[int, int],
) -> None:
    window = _open_window(qtbot, make_window, vault_service, size)
    walk = Walk(qtbot, window, size)
    area = window.work_area
    assert area is not None
    ayse = _demo_id("ayse")
    area.open_client(ayse)
    qtbot.waitUntil(lambda: area.dossier.current_client_id() == ayse)
    dossier = area.dossier
    tabs = dossier.tabs

    tabs.setCurrentWidget(dossier.overview)
    walk.dialog("phase", dossier.overview.presenter.open_phase_dialog)

    tabs.setCurrentWidget(dossier.domains)
    walk.dialog("observation", dossier.domains.add_observation_requested.emit)
    walk.dialog("right", dossier.domains.add_right_requested.emit)

    dossier.new_note()
    walk.check("a new note")

    tabs.setCurrentWidget(dossier.pop)
    dossier.pop.presenter.new_goal()
    walk.check("a new goal")
    tabs.setCurrentWidget(dossier.pop)
    dossier.pop.select_goal(GOAL_DEBTS)
    walk.dialog("step", dossier.pop.presenter.steps.new_step)

    tabs.setCurrentWidget(dossier.collaboration)
    presenter = dossier.collaboration.presenter
    walk.dialog("consent", presenter.consents.add)
    walk.dialog("referral", presenter.referrals.add)
    walk.dialog("meeting", presenter.meetings.add, fill=_fill_meeting)

    dossier.show_page(dossier.instruments)
    shown, instruments = dossier.dossier(), dossier.instruments.presenter
    assert shown is not None
    walk.dialog("vacancy", lambda: instruments.open_vacancy(shown.vacancies[0]))
    walk.dialog("decision", lambda: instruments.open_decision(shown.decisions[0]))
    walk.dialog("phone request", lambda: instruments.open_phone_request(None))

    tabs.setCurrentWidget(dossier.closure)
    walk.dialog("access", dossier.closure.presenter.open_access)
    assert not walk.found, "\n".join(walk.found)


def test_a_main_button_on_a_card_paints_its_own_colour(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    app_look: None,
) -> None:
    """Traject afsluiten… sits straight on a card, whose rule makes its children
    transparent: the button must still paint the accent colour under its white text."""
    window = _open_window(qtbot, make_window, vault_service, SIZES[1])
    area = window.work_area
    assert area is not None
    ayse = _demo_id("ayse")
    area.open_client(ayse)
    qtbot.waitUntil(lambda: area.dossier.current_client_id() == ayse)
    area.dossier.tabs.setCurrentWidget(area.dossier.closure)
    button = area.dossier.closure.closing.close_button
    assert button.isVisibleTo(window)
    face = button.grab().toImage().pixelColor(4, button.height() // 2)
    assert face.alpha() == 255 and face.name() == "#2e6b80"
