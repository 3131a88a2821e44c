"""Instellingen › Team: connecting a vault to the team's server, for real."""

from __future__ import annotations

from genwerkt_desktop.services.team.failures import TeamFailure
from genwerkt_desktop.ui.team import texts
from genwerkt_desktop.ui.team.settings_section import TeamSettingsSection
from tests.team.ports import free_port
from tests.ui.clients.support import wait_for


def _section(qtbot, desk) -> TeamSettingsSection:  # type: ignore[no-untyped-def]
    section = TeamSettingsSection(desk.session, desk.window)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    wait_for(qtbot, lambda: desk.session.keyring_available)  # the first read came back
    return section


def test_connecting_shows_the_fingerprint_and_waits_for_admission(
    qtbot, team, fresh_laptop, desk_of
) -> None:  # type: ignore[no-untyped-def]
    laptop = fresh_laptop
    desk = desk_of(laptop)
    section = _section(qtbot, desk)
    assert section.pages.currentWidget() is section.connect_page
    assert section.remember.isVisibleTo(section)  # the memory keyring can keep it

    section.url.setText(laptop.url)
    section.password.setText(laptop.password)
    section.connect_button.click()
    wait_for(qtbot, lambda: section.pages.currentWidget() is section.linked_page)

    info = laptop.membership.info()
    assert info is not None
    assert section.fingerprint.text() == info.fingerprint
    assert section.values["role"].text() == team.coach
    assert section.values["team"].text() == team.name
    assert "wacht op toelating" in section.values["admission"].text()
    assert "niet onthouden" in section.values["password"].text()
    assert section.password.text() == ""  # the typed password is not kept in the form
    assert desk.session.has_password()  # but kept for this session

    section.test_button.click()
    wait_for(qtbot, lambda: "De verbinding werkt" in section.message.text())
    assert "wacht nog op toelating" in section.message.text()


def test_a_wrong_password_and_an_absent_server_are_said_in_words(
    qtbot, team, fresh_laptop, desk_of
) -> None:  # type: ignore[no-untyped-def]
    laptop = fresh_laptop
    desk = desk_of(laptop)
    section = _section(qtbot, desk)
    section.url.setText(laptop.url)
    section.password.setText("niet-het-wachtwoord")
    section.connect_button.click()
    wanted = texts.failure_sentence(TeamFailure.LOGIN)
    wait_for(qtbot, lambda: section.message.text() == wanted)
    assert section.pages.currentWidget() is section.connect_page

    section.url.setText(laptop.url.replace(f":{team.db.cluster.port}/", f":{free_port()}/"))
    section.password.setText(laptop.password)
    section.connect_button.click()
    wanted = texts.failure_sentence(TeamFailure.UNREACHABLE)
    wait_for(qtbot, lambda: section.message.text() == wanted)

    section.url.setText("postgresql://an@teamserver.example:5432/genwerkt")
    section.connect_button.click()
    wanted = texts.failure_sentence(TeamFailure.TLS)
    wait_for(qtbot, lambda: section.message.text() == wanted)
    assert laptop.membership.info() is None


def test_a_linked_vault_shows_its_link(qtbot, laptops, desk_of) -> None:  # type: ignore[no-untyped-def]
    laptops.an.sync()  # takes the team key the lead wrapped: admitted
    desk = desk_of(laptops.an)
    section = _section(qtbot, desk)
    wait_for(qtbot, lambda: section.pages.currentWidget() is section.linked_page)
    assert section.values["admission"].text() == "toegelaten"
    assert section.values["kind"].text() == "coach"
    assert section.values["server"].text() == laptops.an.url
