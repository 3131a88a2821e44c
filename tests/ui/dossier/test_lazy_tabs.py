"""A dossier tab is built when first shown (issue 18): it then shows the dossier on screen,
with every change made before it was built, and the lock leaves nothing in it."""

from __future__ import annotations

from datetime import datetime

from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID, LUKASZ_ID
from tests.fakes import BRUSSELS_WINTER
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier

LATER_TABS = (
    "domains",
    "inner",
    "contacts",
    "ecogram",
    "balance",
    "pop",
    "collaboration",
    "together",
    "closure",
)


def _contact_summaries(view: DossierWorkspace) -> set[str]:
    model = view.contacts.model
    return {model.record_at(row).summary for row in range(model.rowCount())}


def test_only_overzicht_is_built_until_another_tab_is_shown(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    # No client chosen: the pane shows its calm word, and no tab is built yet.
    assert dossier_view.stack.currentWidget() is dossier_view.empty_state
    assert set(dossier_view._built) == set()
    assert dossier_view.tabs.count() == len(dossier_view._tab_index)
    open_dossier(qtbot, dossier_view, AYSE_ID)
    assert set(dossier_view._built) == {"overview"}
    assert dossier_view.tabs.currentWidget() is dossier_view.overview
    assert dossier_view.overview.isVisible()

    dossier_view.tabs.setCurrentIndex(3)  # Contacten, as a click on it
    assert "contacts" in dossier_view._built
    assert dossier_view.tabs.currentIndex() == 3
    assert dossier_view.tabs.widget(3) is dossier_view.contacts
    assert dossier_view.tabs.tabText(3) == "&Contacten"
    expected = {c.summary for c in demo_workspace.dossiers.get(AYSE_ID).contacts}
    assert expected and _contact_summaries(dossier_view) == expected


def test_a_tab_built_later_shows_the_client_and_the_changes_made_before(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    open_dossier(qtbot, dossier_view, LUKASZ_ID)  # another client before the tab exists
    note = Contact(
        id=new_id(),
        at=datetime(2025, 1, 6, 10, 0, tzinfo=BRUSSELS_WINTER),
        kind=next(iter(ContactKind)),
        place="Kantoor",
        summary="Een notitie van voor het tabblad bestond.",
        note_scope=NoteScope.FILE,
    )
    dossier_view.controller.edit(lambda edits, cid: edits.save_contact(cid, note))
    wait_for(
        qtbot,
        lambda: any(c.id == note.id for c in dossier_view.dossier().contacts),  # type: ignore[union-attr]
    )
    assert "contacts" not in dossier_view._built  # the change did not build it

    dossier_view.tabs.setCurrentWidget(dossier_view.contacts)
    expected = {c.summary for c in demo_workspace.dossiers.get(LUKASZ_ID).contacts}
    assert note.summary in expected
    assert _contact_summaries(dossier_view) == expected


def test_every_tab_builds_and_the_lock_leaves_none_of_them_holding_the_dossier(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    for index in range(dossier_view.tabs.count()):
        dossier_view.tabs.setCurrentIndex(index)
        assert dossier_view.tabs.currentIndex() == index
    assert set(dossier_view._built) == {"overview", *LATER_TABS}
    assert [dossier_view.tabs.widget(i) for i in range(dossier_view.tabs.count())] == [
        getattr(dossier_view, name) for name in ("overview", *LATER_TABS)
    ]
    dossier_view.clear()
    assert dossier_view.contacts.model.rowCount() == 0
    assert dossier_view.inner.notes.rowCount() == dossier_view.inner.events.rowCount() == 0
    assert dossier_view.overview.first_reception_line.text() == ""
    assert dossier_view.name.text() == ""
