"""A colleague's dossier on this laptop: read-only, said calmly; and handing one over."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.ui.dossier.read_only import KEEPS_READING
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.team.handover_dialog import HandoverDialog
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs


def _dossier(qtbot, desk, dialogs: FakeDialogs, clock: FixedClock) -> DossierWorkspace:  # type: ignore[no-untyped-def]
    desk.linked(qtbot)
    view = DossierWorkspace(
        desk.workspace, desk.runner, desk.events, dialogs, clock, team=desk.session
    )
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def _every_tab(view: DossierWorkspace) -> list[QWidget]:
    """Every tab, each shown once as a coach would (a tab is built when first shown)."""
    current = view.tabs.currentIndex()
    pages = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        pages.append(view.tabs.widget(index))
    view.tabs.setCurrentIndex(current)
    return pages


def _editable(view: DossierWorkspace) -> list[str]:
    """What in the tabs still invites typing or clicking an edit."""
    left: list[str] = []
    for page in _every_tab(view):
        texts = [
            w
            for kind in (QLineEdit, QTextEdit, QPlainTextEdit)
            for w in page.findChildren(kind)
            if not isinstance(w, QTextBrowser)
        ]
        for widget in texts:
            if widget.window() is view.window() and not widget.isReadOnly():
                left.append(type(widget).__name__)
        for button in page.findChildren(QAbstractButton):
            if (
                button.window() is view.window()
                and button.isEnabled()
                and not button.property(KEEPS_READING)
                and type(button).__name__ != "QToolButton"
            ):
                left.append(button.text())
    return left


def test_a_colleagues_dossier_opens_read_only_and_an_edit_is_refused_by_name(
    qtbot, laptops, desk_of, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an, bo, lead = laptops.an, laptops.bo, laptops.lead
    client_id = an.new_client("Mira", "Claes", TeamSharing.TEAM)
    an.sync()
    bo.sync()
    dialogs = FakeDialogs()
    desk = desk_of(bo)
    view = _dossier(qtbot, desk, dialogs, fixed_clock)
    view.show_client(client_id)
    wait_for(qtbot, lambda: view.is_read_only())
    assert view.holder == an.role
    assert view.read_only_banner.isVisible()
    text = view.read_only_text.text()
    assert text.startswith(f"In handen van {an.role}")
    assert "teamverantwoordelijke" in text
    assert not view.new_note_action.isEnabled()
    assert not view.handover_button.isVisible()  # only the holder or a lead hands over
    assert _editable(view) == []
    # a button its tab enables again (a row chosen, a refresh) stays off
    phase = next(b for b in view.overview.findChildren(QAbstractButton) if "Fase" in b.text())
    phase.setEnabled(True)
    assert not phase.isEnabled()
    # reading stays possible: every tab can be chosen; print and export stay on
    view.tabs.setCurrentWidget(view.contacts)
    assert view.tabs.currentWidget() is view.contacts
    reading = [
        b
        for page in _every_tab(view)
        for b in page.findChildren(QAbstractButton)
        if b.property(KEEPS_READING)
    ]
    assert reading and all(b.property("teamWasEnabled") is None for b in reading)

    # an edit that gets through anyway is refused, and the coach reads who holds it
    view.controller.edit(lambda edits, cid: edits.set_team_sharing(cid, TeamSharing.TEAM))
    wait_for(qtbot, lambda: dialogs.warnings)
    assert dialogs.warnings == [
        f"Dit dossier is in handen van {an.role}. Op dit toestel kunt u het alleen lezen; "
        "er is niets gewijzigd."
    ]
    assert lead.role != bo.role


def test_handover_from_the_dialog_makes_the_copy_read_only(
    qtbot, laptops, desk_of, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an, bo = laptops.an, laptops.bo
    client_id = an.new_client("Mira", "Claes", TeamSharing.TEAM)
    an.sync()
    bo.sync()  # Bo is admitted and has the team key: a colleague to hand over to
    dialogs = FakeDialogs()
    desk = desk_of(an)
    view = _dossier(qtbot, desk, dialogs, fixed_clock)
    view.show_client(client_id)
    wait_for(qtbot, lambda: view.is_loaded() and view.handover_button.isVisible())
    assert not view.is_read_only()
    assert _editable(view) != []

    desk.session.keep_password(an.password)
    view.handover_button.click()
    dialog = view.handover_dialog
    assert isinstance(dialog, HandoverDialog)
    wait_for(qtbot, lambda: dialog.colleague.count() > 0)
    roles = [dialog.colleague.itemData(i) for i in range(dialog.colleague.count())]
    assert an.role not in roles and bo.role in roles
    dialog.colleague.setCurrentIndex(roles.index(bo.role))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: view.is_read_only())
    assert view.holder == bo.role
    assert view.read_only_text.text().startswith(f"In handen van {bo.role}")
    assert _editable(view) == []
    assert view.handover_dialog is None
    bo.sync()
    assert bo.status.read_only_holder(client_id) is None  # Bo may write it now
