"""The main window with a linked vault: Synchroniseren appears after unlock, asks the
team password once, says when it last synced, and forgets it all at the lock."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.services.vault import VaultService
from tests.conftest import PASSPHRASE
from tests.fakes import FAST_POLICY, FixedClock
from tests.ui.clients.support import wait_for


def test_synchronise_in_the_window_of_a_linked_vault(
    qtbot, laptops, make_window, tmp_path: Path, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an = laptops.an
    an.vault.close()  # An opens it in the window, as every morning
    service = VaultService(
        tmp_path / "an", policy=FAST_POLICY, clock=fixed_clock, keystore=an.keystore
    )
    window = make_window(service)
    flow = window.team_sync
    assert not flow.action.isVisible()  # locked: no team at all
    screens = window.vault_screens
    wait_for(qtbot, lambda: screens.currentWidget() is screens.unlock)
    screens.unlock.passphrase.setText(PASSPHRASE)
    screens.unlock.open_button.click()
    wait_for(qtbot, window.is_unlocked)
    wait_for(qtbot, flow.action.isVisible)
    assert flow.status.text() == "Nog niet gesynchroniseerd"

    reports = []
    flow.finished.connect(reports.append)
    flow.action.trigger()
    session = window.team_session
    assert session is not None
    wait_for(qtbot, lambda: session.password_dialog is not None)
    dialog = session.password_dialog
    assert dialog is not None
    dialog.field.setText(an.password)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: reports)
    assert reports[0] is not None
    wait_for(qtbot, lambda: flow.status.text().startswith("Laatst gesynchroniseerd om"))
    assert session.has_password()

    window.lock()
    assert window.team_session is None
    assert not session.has_password()
    assert not flow.action.isVisible() and flow.status.text() == ""


def test_linking_during_the_session_offers_the_team_area_at_once(
    qtbot, team, make_window, tmp_path: Path, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    from genwerkt_desktop.services.team.context import TeamContext
    from genwerkt_desktop.services.team.membership import TeamMembership
    from genwerkt_desktop.ui.areas import Area

    service = VaultService(tmp_path / "kluis", policy=FAST_POLICY, clock=fixed_clock)
    service.create(PASSPHRASE).vault.close()
    window = make_window(service)
    screens = window.vault_screens
    wait_for(qtbot, lambda: screens.currentWidget() is screens.unlock)
    screens.unlock.passphrase.setText(PASSPHRASE)
    screens.unlock.open_button.click()
    wait_for(qtbot, window.is_unlocked)
    team_action = window.area_action[Area.TEAM]
    assert not team_action.isVisible()

    # What Instellingen' Verbinden does: link in the worker's place, then read the link.
    vault = window.vault
    assert vault is not None
    db = team.db
    TeamMembership(TeamContext(vault)).connect(db.url(team.coach), db.passwords[team.coach])
    session = window.team_session
    assert session is not None
    session.refresh()
    wait_for(qtbot, team_action.isVisible)
