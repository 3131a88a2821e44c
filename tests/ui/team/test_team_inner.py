"""A colleague's copy on this laptop: the binnenkant, the life story and the first
reception can be read, never changed."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from genwerkt_desktop.domain.enums import InnerAspect, TeamSharing
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs


def test_a_colleagues_copy_shows_the_binnenkant_and_the_first_reception_but_edits_nothing(
    qtbot, laptops, desk_of, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an, bo = laptops.an, laptops.bo
    client_id = an.new_client("Mira", "Claes", TeamSharing.TEAM)
    note = InnerNote(new_id(), InnerAspect.DREAMS, "Wil ooit een eigen kapsalon")
    event = LifeEvent(new_id(), "Verhuisde naar Gent", when="als tiener")
    an.edits.instruments.save_inner_note(client_id, note)
    an.edits.instruments.save_life_event(client_id, event)
    an.sync()
    bo.sync()
    dialogs = FakeDialogs()
    desk = desk_of(bo)
    desk.linked(qtbot)
    view = DossierWorkspace(
        desk.workspace, desk.runner, desk.events, dialogs, fixed_clock, team=desk.session
    )
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.show_client(client_id)
    wait_for(qtbot, lambda: view.is_read_only())
    assert not view.overview.reception_button.isEnabled()
    view.tabs.setCurrentWidget(view.inner)
    tab = view.inner
    wait_for(qtbot, lambda: tab.notes.rowCount() == 1)
    assert tab.shown_notes() == [note] and tab.shown_events() == [event]  # it reads
    tab.note_view.selectRow(0)
    tab.event_view.selectRow(0)
    assert tab.selected_note() == note
    editing = [b.text() for b in tab.findChildren(QAbstractButton) if b.isEnabled()]
    assert editing == []
    # an edit that gets through anyway is refused by name, and nothing changes
    tab.presenter.notes.remove()
    wait_for(qtbot, lambda: dialogs.warnings)
    assert dialogs.warnings[0].startswith(f"Dit dossier is in handen van {an.role}.")
    assert bo.dossiers.get(client_id).inner_notes == (note,)
