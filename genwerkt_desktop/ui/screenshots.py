"""Render the screens to docs/screenshots/ (``make screenshots``).

Runs the real window offscreen on a throwaway vault in a temporary folder, loads the
fictional demo dossiers and saves one PNG per screen at 1440x900.  The clock is pinned
to the day the demo dossiers were written for, so the agenda and "3 dagen geleden" look
the same on every run.  Nothing here touches the coach's own data folder or settings.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QTabWidget, QWidget

from genwerkt_desktop import APP_NAME
from genwerkt_desktop.domain.enums import ContactKind, GoalStatus, PhoneOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.resources import resource
from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import KdfPolicy, VaultService
from genwerkt_desktop.ui.dialogs import QtDialogs
from genwerkt_desktop.ui.dossier.collaboration.meeting_dialog import MeetingDialog
from genwerkt_desktop.ui.dossier.instruments.phone_dialog import PhoneRequestDialog
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.i18n import install_language
from genwerkt_desktop.ui.main_window import MainWindow
from genwerkt_desktop.ui.settings import AppSettings, Language
from genwerkt_desktop.ui.style import apply_look
from genwerkt_desktop.ui.work_area import Area, WorkArea

if TYPE_CHECKING:
    from genwerkt_desktop.devtools.team_demo import Member as TeamDemoMember
    from genwerkt_desktop.devtools.team_demo import TeamDemo

# Screenshots use a throwaway vault in a temp folder that is deleted afterwards, so a
# cheap Argon2 setting is fine here.  The application itself always uses the production
# policy; never pass this one to a vault that holds real dossiers.
SCREENSHOT_POLICY = KdfPolicy(8192, 1, 1, 0.0)

SIZE = (1440, 900)
PASSPHRASE = "paarse olifant fietst naar Gent"
OUT_DIR = Path("docs") / "screenshots"  # run from the repository (make screenshots)
DEMO_MOMENT = datetime(2026, 11, 28, 9, 30, tzinfo=timezone(timedelta(hours=1)))


class PinnedClock:
    """Always the demo day (the screenshots must not change with the calendar)."""

    def __init__(self, moment: datetime) -> None:
        self._moment = moment

    def now(self) -> datetime:
        return self._moment

    def today(self) -> date:
        return self._moment.date()


def _wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("het scherm verscheen niet op tijd")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(window: MainWindow) -> None:
    """Let the worker finish and the widgets lay themselves out."""
    _wait_until(lambda: not window.runner.is_busy())
    for _ in range(10):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(pixmap: QPixmap, name: str) -> Path:
    path = OUT_DIR / name
    if not pixmap.save(str(path)):
        raise OSError(f"kon {path} niet bewaren")
    return path


def _shot(window: MainWindow, name: str) -> Path:
    _settle(window)
    window.statusBar().clearMessage()
    return _save(window.grab(), name)


def _shot_with_dialog(window: MainWindow, dialog: QWidget, name: str) -> Path:
    """The window, dimmed, with the dialog centred over it (offscreen draws no frames)."""
    _settle(window)
    canvas = window.grab()
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
    picture = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(31, 35, 38, 90))
    corner = QPoint(
        (canvas.width() - picture.width()) // 2, (canvas.height() - picture.height()) // 2
    )
    painter.drawPixmap(corner, picture)
    painter.setPen(QColor(31, 35, 38, 110))
    painter.drawRect(corner.x() - 1, corner.y() - 1, picture.width() + 1, picture.height() + 1)
    painter.end()
    return _save(canvas, name)


def _show_tab(root: QWidget, prefix: str) -> None:
    """Select the dossier tab whose label starts with ``prefix``."""
    names: list[str] = []
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            label = tabs.tabText(index).replace("&", "")
            names.append(label)
            if label.lower().startswith(prefix.lower()):
                tabs.setCurrentIndex(index)
                return
    raise LookupError(f"geen tab {prefix!r}; wel: {names}")


def _select_latest_past_contact(dossier: QWidget) -> None:
    """Show a note in the editor: the first row of the list that is not a planned one."""
    for view in dossier.findChildren(QTableView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for row in range(model.rowCount()):
            if "gepland" not in str(model.index(row, 0).data() or ""):
                view.selectRow(row)
                return


# Demo members and goals shown selected, so the side panels have something to say.
FATIMA = "eb8f0bd4-bbb3-480a-af3a-599a8febae6b"
GOAL_DEBTS = "a8dcd111-498d-4c94-8c7c-75c80d778e56"


def _feature_tabs(window: MainWindow, dossier: DossierWorkspace) -> list[Path]:
    """Ecogram (editor and comparison), balance, POP and collaboration of the same client."""
    written: list[Path] = []
    _show_tab(dossier, "ecogram")
    _settle(window)
    dossier.ecogram.draw.scene.select(FATIMA)
    written.append(_shot(window, "11-ecogram.png"))
    dossier.ecogram.presenter.open_compare()
    written.append(_shot(window, "12-ecogram-vergelijking.png"))
    _show_tab(dossier, "balans")
    written.append(_shot(window, "13-balans.png"))
    written.append(_balance_weight_in_place(window, dossier))
    dossier.balance.show_large()
    large = dossier.balance.large_view
    assert large is not None
    large.showNormal()
    large.resize(*SIZE)
    _settle(window)
    written.append(_save(large.grab(), "20-balans-groot.png"))
    large.accept()
    _show_tab(dossier, "pop")
    _settle(window)
    dossier.pop.select_goal(GOAL_DEBTS)
    written.append(_shot(window, "14-pop.png"))
    _show_tab(dossier, "samenwerking")
    written.append(_shot(window, "15-samenwerking.png"))
    return written


def _balance_weight_in_place(window: MainWindow, dossier: DossierWorkspace) -> Path:
    """Issue 19: a factor chosen and its weight set with a number key, no form."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from genwerkt_desktop.domain.enums import BalanceSide

    tab = dossier.balance
    table = tab.views[BalanceSide.BURDEN]
    window.activateWindow()
    _wait_until(window.isActiveWindow)
    window.resize(1366, 768)
    _settle(window)
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_2)
    _wait_until(lambda: tab.weight_slider.value() == 2)
    path = _shot(window, "81-1366x768-balans-gewicht-ter-plaatse.png")
    tab.undo_stack.undo()  # the demo dossier as it was, for the screens after this one
    tab.commit_pending()
    window.resize(*SIZE)
    _settle(window)
    return path


def _next_appointment(window: MainWindow, dossier: DossierWorkspace) -> Path:
    """Issue 19: Volgende afspraak on the Overzicht, the proposal filled in."""
    window.resize(1366, 768)
    _show_tab(dossier, "overzicht")
    _settle(window)
    overview = dossier.overview
    dialog = _dialog_opened(window, overview.next_appointment_button.click)
    path = _shot_with_dialog(window, dialog, "82-1366x768-volgende-afspraak.png")
    dialog.reject()
    window.resize(*SIZE)
    _settle(window)
    return path


# Issue 16: the small laptop screens coaches are given.
SMALL_SCREENS = ((1280, 720), (1366, 768))


def _dialog_opened(window: MainWindow, open_it: Callable[[], object]) -> QDialog:
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    open_it()
    _wait_until(lambda: any(_new_dialogs(before)))
    (dialog,) = _new_dialogs(before)
    _settle(window)
    return dialog


def _new_dialogs(before: set[QWidget]) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]


def _small_dialog_shot(
    window: MainWindow, dialog: QDialog, name: str, *, keep: bool = False
) -> Path:
    """The dialog as large as it asks, but no larger than the small screen."""
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    dialog.resize(min(wanted.width(), window.width()), min(wanted.height(), window.height()))
    _settle(window)
    path = _save(dialog.grab(), name)
    if not keep:
        dialog.reject()
        _settle(window)
    return path


# A home visit two days before the demo moment that is still "planned": the contacts tab
# and the agenda ask what became of it.
MISSED_VISIT = Contact(
    id="5c1f0e2a-9b7d-4c3e-8a61-2f4d7e9b0c13",
    at=DEMO_MOMENT - timedelta(days=2) + timedelta(hours=4, minutes=30),
    kind=ContactKind.HOME_VISIT,
    place="Thuis, Klaprooshof",
    planned=True,
)


def _missed_visit_chosen(area: WorkArea) -> None:
    _show_tab(area.dossier, "contact")
    contacts = area.dossier.contacts
    contacts.select_quietly(MISSED_VISIT.id)
    contacts.contact_chosen.emit()


def _goal_closing(window: MainWindow, area: WorkArea) -> QDialog:
    """The question a goal reached with steps still open asks."""
    _show_tab(area.dossier, "pop")
    pop = area.dossier.pop
    goal = next(g for g in pop.goal_list.goals.records() if g.title == "Rust in de schulden")
    pop.select_goal(goal.id)
    _settle(window)
    status = pop.page.form.status
    status.setCurrentIndex(max(status.findData(GoalStatus.REACHED.value), 0))
    pop.page.save_goal_button.click()
    _wait_until(lambda: pop.closing_dialog is not None)
    dialog = pop.closing_dialog
    assert dialog is not None
    return dialog


def _small_screens(window: MainWindow, area: WorkArea) -> list[Path]:
    """Issue 16: the client list, the dossier tabs, the agenda and the dialogs touched, at
    1280x720 and 1366x768, the sizes of the laptops coaches are given."""
    written: list[Path] = []
    area.open_client(_demo_client_id("ayse"))
    _settle(window)
    area.dossier.controller.save_contact(MISSED_VISIT)
    _settle(window)
    for block, (width, height) in enumerate(SMALL_SCREENS):
        number = 30 + 20 * block
        window.resize(width, height)
        tag = f"{width}x{height}"
        area.open_client(_demo_client_id("ayse"))
        _settle(window)
        shots: list[tuple[str, Callable[[], None]]] = [
            ("clientenlijst", lambda: _show_tab(area.dossier, "overzicht")),
            ("levensdomeinen", lambda: _show_tab(area.dossier, "levensdomeinen")),
            ("contacten-gemist", lambda: _missed_visit_chosen(area)),
            ("ecogram", lambda: _show_tab(area.dossier, "ecogram")),
            ("balans", lambda: _show_tab(area.dossier, "balans")),
            ("pop", lambda: _show_tab(area.dossier, "pop")),
            ("samenwerking", lambda: _show_tab(area.dossier, "samenwerking")),
            ("afsluiting", lambda: _show_tab(area.dossier, "afsluiting")),
        ]
        for what, show in shots:
            show()
            written.append(_shot(window, f"{number}-{tag}-{what}.png"))
            number += 1
        collaboration = area.dossier.collaboration
        _show_tab(area.dossier, "samenwerking")
        dialog = _dialog_opened(window, collaboration.presenter.meetings.add)
        assert isinstance(dialog, MeetingDialog)
        person = dialog.participants.add()
        person.name.setText("Ruben Jacobs")
        person.role.setText("coördinator")
        theme = dialog.themes.add()
        theme.title.setText("Vrije tijd")
        theme.add().what.setText("Inschrijven bij de voetbalclub")
        for page, what in ((1, "overleg-deelnemers"), (3, "overleg-afspraken")):
            dialog.tabs.setCurrentIndex(page)
            written.append(
                _small_dialog_shot(window, dialog, f"{number}-{tag}-{what}.png", keep=True)
            )
            number += 1
        dialog.reject()
        _show_tab(area.dossier, "afsluiting")
        dialog = _dialog_opened(window, area.dossier.closure.presenter.open_access)
        written.append(_small_dialog_shot(window, dialog, f"{number}-{tag}-inzage.png"))
        number += 1
        written.append(
            _small_dialog_shot(
                window, _goal_closing(window, area), f"{number}-{tag}-doel-afsluiten.png"
            )
        )
        number += 1
        _missed_visit_chosen(area)
        area.dossier.contacts.outcome_bar.no_show_button.click()
        follow_up = area.dossier.contacts.open_dialog()
        assert isinstance(follow_up, QDialog)
        written.append(_small_dialog_shot(window, follow_up, f"{number}-{tag}-niet-gekomen.png"))
        number += 1
        _show_tab(area.dossier, "overzicht")
        window.show_area(Area.AGENDA)
        _settle(window)
        written.append(_shot(window, f"{number}-{tag}-agenda.png"))
        window.show_area(Area.CLIENTS)
        _settle(window)
    window.resize(*SIZE)
    _settle(window)
    return written


def _mindmap(window: MainWindow, area: WorkArea) -> Path:
    """Issue 19: Ayşe's mind map at 1366x768, a theme selected."""
    window.resize(1366, 768)
    area.open_client(_demo_client_id("ayse"))
    _settle(window)
    _show_tab(area.dossier, "samen bekijken")
    _show_tab(area.dossier, "mindmap")
    _settle(window)
    area.dossier.mindmap.page.view.setFocus()
    path = _shot(window, "92-1366x768-mindmap.png")
    window.resize(*SIZE)
    _settle(window)
    return path


def _conversation(window: MainWindow, area: WorkArea) -> Path:
    """Issue 19: conversation mode at 1366x768, only the client's own dossier in view."""
    window.resize(1366, 768)
    area.open_client(_demo_client_id("ayse"))
    _settle(window)
    _show_tab(area.dossier, "overzicht")
    area.conversation.start()
    path = _shot(window, "80-1366x768-gesprek.png")
    area.conversation.end()
    window.resize(*SIZE)
    _settle(window)
    return path


def _binnenkant_and_reception(window: MainWindow, area: WorkArea) -> list[Path]:
    """Issue 19: the binnenkant and life story beside the life domains, and the first
    reception dialog, at 1366x768."""
    written: list[Path] = []
    window.resize(1366, 768)
    area.open_client(_demo_client_id("ayse"))
    _settle(window)
    _show_tab(area.dossier, "binnenkant")
    written.append(_shot(window, "90-1366x768-binnenkant.png"))
    _show_tab(area.dossier, "overzicht")
    overview = area.dossier.overview
    dialog = _dialog_opened(window, overview.presenter.open_reception_dialog)
    written.append(_small_dialog_shot(window, dialog, "91-1366x768-eerste-onthaal.png"))
    window.resize(*SIZE)
    _settle(window)
    return written


KNIKKER = "fe172c11-b2e0-4d30-8b0d-a65b79fbc11e"  # a consent the client took back


def _instruments(window: MainWindow, area: WorkArea) -> list[Path]:
    """Issue 19: Samen bekijken at 1366x768, and its three forms on the demo's records."""
    written: list[Path] = []
    window.resize(1366, 768)
    area.open_client(_demo_client_id("ayse"))
    _settle(window)
    _show_tab(area.dossier, "samen bekijken")
    _show_tab(area.dossier, "vacatures")
    tab = area.dossier.instruments
    _settle(window)
    written.append(_shot(window, "95-1366x768-samen-bekijken.png"))
    presenter = tab.presenter
    forms: list[tuple[str, Callable[[], None]]] = [
        ("vacature", lambda: presenter.open_vacancy(tab.vacancies.model.record_at(0))),
        ("keuze", lambda: presenter.open_decision(tab.decisions.model.record_at(0))),
        ("telefonische-vraag", lambda: presenter.open_phone_request(None)),
    ]
    for number, (what, open_it) in enumerate(forms, start=96):
        dialog = _dialog_opened(window, open_it)
        written.append(_small_dialog_shot(window, dialog, f"{number}-1366x768-{what}.png"))
    # "Gedeeld" chosen before the client agreed: the form says why it cannot be saved.
    call = _dialog_opened(window, lambda: presenter.open_phone_request(None))
    assert isinstance(call, PhoneRequestDialog)
    call.caller.setText("Sarah Peeters")
    call.organisation.setCurrentIndex(max(call.organisation.findData(KNIKKER), 0))
    call.what_asked.setPlainText("Of Kerem volgende maand nog naar de opvang komt.")
    call.outcomes[PhoneOutcome.SHARED_WITH_CONSENT].setChecked(True)
    written.append(_small_dialog_shot(window, call, "99-1366x768-telefonische-vraag-nog-niet.png"))
    window.resize(*SIZE)
    _settle(window)
    return written


def _vault_tools(window: MainWindow) -> list[Path]:
    """The Kluis menu's windows: logboek, bewaartermijn and restoring a backup."""
    written: list[Path] = []
    tools = window.tools
    for action, name in (
        (tools.audit_action, "17-logboek.png"),
        (tools.retention_action, "18-bewaartermijn.png"),
        (tools.restore_action, "19-back-up-terugzetten.png"),
    ):
        action.trigger()
        dialog = tools.dialog
        assert dialog is not None
        _settle(window)
        show_all = getattr(dialog, "show_all", None)
        if show_all is not None:
            show_all.setChecked(True)  # the demo has no dossier past its date yet
            _settle(window)
        written.append(_shot_with_dialog(window, dialog, name))
        tools.close_dialog()
    return written


def _dark_mode(
    app: QApplication, service: VaultService, clock: PinnedClock, settings: AppSettings
) -> list[Path]:
    """A start on a computer in dark mode: the system hands over a dark palette first, then
    the app sets its look and builds its window, as app.main does."""
    app.setPalette(dark_system_palette())
    apply_look(app, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    window = MainWindow(service, clock, QtDialogs(), settings=settings)
    window.resize(*SIZE)
    window.show()
    window.start()
    screens = window.vault_screens
    _wait_until(lambda: screens.currentWidget() is screens.unlock)
    screens.unlock.passphrase.setText(PASSPHRASE)
    written = [_shot(window, "21-donkere-modus-kluis-openen.png")]
    screens.unlock.open_button.click()
    _wait_until(window.is_unlocked)
    written.append(_shot(window, "22-donkere-modus-clientenlijst.png"))
    window.lock()
    window.close()
    return written


def _team_coach_screens(clock: PinnedClock, settings: AppSettings, folder: Path) -> list[Path]:
    """Team mode on An's laptop, against a throwaway PostgreSQL (``team_demo``): the link
    in Instellingen, the badges, a colleague's dossier read-only, the handover and the
    question before the first push."""
    from genwerkt_desktop.devtools.team_demo import PASSPHRASE as TEAM_PASSPHRASE
    from genwerkt_desktop.devtools.team_demo import team_demo

    written: list[Path] = []
    with team_demo(folder / "team", clock, SCREENSHOT_POLICY) as demo:
        demo.an.vault.close()  # opened again by the window, as An does in the morning
        window = MainWindow(demo.an.service, clock, QtDialogs(), settings=settings)
        window.resize(*SIZE)
        window.show()
        window.start()
        screens = window.vault_screens
        _wait_until(lambda: screens.currentWidget() is screens.unlock)
        screens.unlock.passphrase.setText(TEAM_PASSPHRASE)
        screens.unlock.open_button.click()
        _wait_until(window.is_unlocked)
        area = window.work_area
        team = window.team_session
        assert area is not None and team is not None
        _wait_until(lambda: team.info is not None)
        team.keep_password(demo.an.password)  # as if An typed it once this morning
        _settle(window)

        window.open_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        dialog.show_team_page()
        written.append(_shot_with_dialog(window, dialog, "70-team-instellingen.png"))
        dialog.reject()

        written.append(_shot(window, "71-team-badges.png"))

        area.open_client(demo.handed_over)
        _wait_until(area.dossier.is_read_only)
        written.append(_shot(window, "72-team-alleen-lezen.png"))

        own = next(
            c.id
            for c in area.clients.model.clients()
            if c.id not in (demo.handed_over, demo.not_asked)
        )
        area.open_client(own)
        _wait_until(lambda: area.dossier.handover_button.isVisible())
        area.dossier.open_handover()
        handover = area.dossier.handover_dialog
        assert handover is not None
        _wait_until(lambda: handover.colleague.count() > 0)  # type: ignore[attr-defined]
        written.append(_shot_with_dialog(window, handover, "73-team-overdracht.png"))
        handover.close()

        window.team_sync.sync()
        _wait_until(lambda: window.team_sync.sharing_dialog is not None)
        sharing = window.team_sync.sharing_dialog
        assert sharing is not None
        written.append(_shot_with_dialog(window, sharing, "74-team-delen-vragen.png"))
        sharing.reject()
        _settle(window)
        window.lock()
        window.close()
    return written


def dark_system_palette() -> QPalette:
    """Roughly what Windows, macOS or GNOME give an application in dark mode."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#f1f1f1"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#f1f1f1"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#f1f1f1"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


class _ScreenshotKeyStore:
    """Remembers the demo team's passwords in memory for one run (never the OS keyring)."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def availability(self) -> str | None:
        return None

    def load(self, vault_id: str) -> bytes | None:
        return self.keys.get(vault_id)

    def save(self, vault_id: str, db_key: bytes) -> None:
        self.keys[vault_id] = bytes(db_key)

    def forget(self, vault_id: str) -> None:
        self.keys.pop(vault_id, None)


def _team_window(
    member: TeamDemoMember, clock: PinnedClock, settings: AppSettings, folder: Path
) -> MainWindow:
    """The window of one demo colleague, unlocked, their team password remembered (in
    memory) so the Team area can ask the server."""
    from genwerkt_desktop.services.team.context import TeamContext

    keystore = _ScreenshotKeyStore()
    TeamContext(member.vault, keystore).remember_password(member.password)
    member.vault.close()
    service = VaultService(
        folder / member.role, policy=SCREENSHOT_POLICY, clock=clock, keystore=keystore
    )
    window = MainWindow(service, clock, QtDialogs(), settings=settings)
    window.resize(*SIZE)
    window.show()
    window.start()
    screens = window.vault_screens
    _wait_until(lambda: screens.currentWidget() is screens.unlock)
    screens.unlock.passphrase.setText(PASSPHRASE)
    screens.unlock.open_button.click()
    _wait_until(window.is_unlocked)
    _wait_until(lambda: window.area_action[Area.TEAM].isVisible())
    return window


def _team_organisation_conflict(demo: TeamDemo) -> str:
    """Bo and An both change the same organisation; An's sync finds Bo's first."""
    import dataclasses

    from genwerkt_desktop.services.directory import DirectoryService
    from genwerkt_desktop.services.team.sync import TeamSync

    an, bo = demo.an, demo.bo
    org = next(o for o in DirectoryService(an.vault).organisations() if o.phone)
    TeamSync(bo.context).sync(bo.password)
    DirectoryService(bo.vault).save(
        dataclasses.replace(org, phone="09 266 99 99", opening_hours="ma–vr 9–12 u, do 13–16 u")
    )
    TeamSync(bo.context).sync(bo.password)
    DirectoryService(an.vault).save(dataclasses.replace(org, phone="09 266 90 01"))
    TeamSync(an.context).sync(an.password)
    return org.id


def _team_lead_screens(clock: PinnedClock, settings: AppSettings, folder: Path) -> list[Path]:
    """Team mode (76-79): the lead's overview with Cas waiting, the admit dialog, An's
    conflict copy and a colleague's version of an organisation beside An's own."""
    from genwerkt_desktop.devtools.team_demo import team_demo

    written: list[Path] = []
    with team_demo(folder, clock, SCREENSHOT_POLICY) as demo:
        org_id = _team_organisation_conflict(demo)

        window = _team_window(demo.lead, clock, settings, folder)
        area = window.work_area
        assert area is not None
        window.show_area(Area.TEAM)
        _settle(window)
        written.append(_shot(window, "76-team-overzicht.png"))
        area.team.view.admit_button.click()
        dialog = area.team.presenter.admit_dialog
        assert dialog is not None
        written.append(_shot_with_dialog(window, dialog, "77-team-toelaten.png"))
        dialog.reject()
        window.lock()
        window.close()

        window = _team_window(demo.an, clock, settings, folder)
        area = window.work_area
        assert area is not None
        area.open_conflict(demo.handed_over)
        _settle(window)
        conflict = area.team.presenter.conflict_dialog
        assert conflict is not None
        written.append(_shot_with_dialog(window, conflict, "78-team-conflict.png"))
        conflict.reject()
        window.show_area(Area.DIRECTORY)
        _settle(window)
        directory = area.directory
        row = directory.model.row_of(org_id)
        directory.organisation_list.table.setCurrentIndex(
            directory.proxy.mapFromSource(directory.model.index(row, 0))
        )
        _settle(window)
        written.append(_shot(window, "79-sociale-kaart-conflict.png"))
        window.lock()
        window.close()
    return written


def _demo_client_id(stem: str) -> str:
    for path in demo_files():
        if stem in path.name:
            return str(json.loads(path.read_text(encoding="utf-8"))["client"]["id"])
    raise LookupError(stem)


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_language(app, Language.DUTCH)
    apply_look(app, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    OUT_DIR.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="genwerkt-screens-") as tmp:
        folder = Path(tmp)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        clock = PinnedClock(DEMO_MOMENT)
        service = VaultService(folder / "kluis", policy=SCREENSHOT_POLICY, clock=clock)
        window = MainWindow(service, clock, QtDialogs(), settings=settings)
        window.resize(*SIZE)
        window.show()
        window.start()
        screens = window.vault_screens
        written: list[Path] = []

        pair = screens.create.passphrases
        pair.first.setText(PASSPHRASE)
        pair.second.setText(PASSPHRASE)
        written.append(_shot(window, "02-kluis-maken.png"))

        screens.create.create_button.click()
        _wait_until(lambda: screens.currentWidget() is screens.recovery_code)
        written.append(_shot(window, "03-herstelcode.png"))

        screens.recovery_code.stored.setChecked(True)
        screens.recovery_code.continue_button.click()
        screens.demo_offer.yes_button.click()
        _wait_until(window.is_unlocked)
        area = window.work_area
        assert area is not None
        written.append(_shot(window, "04-clientenlijst.png"))

        area.open_client(_demo_client_id("ayse"))
        _settle(window)
        for prefix, name in (
            ("overzicht", "05-overzicht.png"),
            ("levensdomeinen", "06-levensdomeinen.png"),
            ("contact", "07-contactmomenten.png"),
        ):
            _show_tab(area.dossier, prefix)
            if prefix == "contact":
                _select_latest_past_contact(area.dossier)
            written.append(_shot(window, name))
        written.append(_next_appointment(window, area.dossier))
        written += _feature_tabs(window, area.dossier)

        area.open_client(_demo_client_id("ioana"))
        _settle(window)
        _show_tab(area.dossier, "afsluiting")
        written.append(_shot(window, "16-afsluiting-nazorg.png"))

        written += _small_screens(window, area)
        written.append(_conversation(window, area))
        written.append(_mindmap(window, area))
        written += _binnenkant_and_reception(window, area)
        written += _instruments(window, area)

        window.show_area(Area.AGENDA)
        written.append(_shot(window, "08-agenda.png"))
        window.show_area(Area.DIRECTORY)
        written.append(_shot(window, "09-sociale-kaart.png"))
        window.show_area(Area.CLIENTS)

        written += _vault_tools(window)

        window.open_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        written.append(_shot_with_dialog(window, dialog, "10-instellingen.png"))
        dialog.pages.setCurrentIndex(1)
        written.append(_shot_with_dialog(window, dialog, "23-instellingen-uw-gegevens.png"))
        if dialog.show_team_page():  # a vault of its own: the Team page offers to connect
            written.append(_shot_with_dialog(window, dialog, "75-team-verbinden.png"))
        dialog.reject()

        window.lock()
        screens.unlock.passphrase.setText(PASSPHRASE)
        written.append(_shot(window, "01-kluis-openen.png"))

        window.close()
        written += _team_coach_screens(clock, settings, folder)
        written += _dark_mode(app, service, clock, settings)
        written += _team_lead_screens(clock, settings, folder / "team-lead")
        for path in sorted(written):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
