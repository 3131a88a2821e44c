"""The Samenwerking presenter on Ayşe's demo dossier: its own saves keep the chosen rows,
and a sociale kaart that cannot be read is said calmly."""

from __future__ import annotations

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import ShareCategory
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.collaboration.consent_dialog import ConsentDialog
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.test_collaboration_tab import BRUG, ROUND_TABLE, _open, _states


def test_recording_a_consent_keeps_the_chosen_meeting_and_referral(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    referral_id = demo_workspace.dossiers.get(AYSE_ID).referrals[0].id
    tab.meetings.select_id(ROUND_TABLE)
    tab.referrals.select_id(referral_id)
    shown: list[Dossier] = []
    kept: list[Dossier] = []
    set_dossier, keep = tab.set_dossier, tab.keep
    tab.set_dossier = lambda dossier: (shown.append(dossier), set_dossier(dossier))
    tab.keep = lambda dossier: (kept.append(dossier), keep(dossier))

    tab.presenter.consents.add()
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog)
    select_data(dialog.organisation, BRUG)
    dialog.boxes[ShareCategory.IDENTITY].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: _states(tab).get("Buurtwerk De Brug") == "✔ Toestemming geldig")

    assert kept and shown == []  # its own change came back through keep
    assert tab.meetings.selected().id == ROUND_TABLE
    assert tab.referrals.selected().id == referral_id


def test_a_sociale_kaart_that_cannot_be_read_is_said_and_the_dossier_still_shows(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, monkeypatch
) -> None:
    def unreadable() -> list[object]:
        raise OSError("schijf weg")

    monkeypatch.setattr(demo_workspace.directory, "organisations", unreadable)
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.collaboration
    dossier_view.tabs.setCurrentWidget(tab)
    wait_for(qtbot, lambda: tab.notice.isVisibleTo(tab))
    assert "sociale kaart" in tab.notice.text() and "schijf" not in tab.notice.text()
    assert tab.consents.model.rowCount() == 5
    tab.clear()
    assert not tab.notice.isVisibleTo(tab)
