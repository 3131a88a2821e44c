"""Instellingen: the coach's details for the client sheets, saved beside the vault."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.coach_profile import load_profile
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.ui.settings import AppSettings
from genwerkt_desktop.ui.settings_dialog import SettingsDialog


def test_the_coach_details_are_saved_for_the_sheets(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    paths = VaultPaths(tmp_path)
    dialog = SettingsDialog(app_settings, paths=paths)
    qtbot.addWidget(dialog)
    assert not dialog.profile_title.isHidden()
    dialog.coach_name.setText("Noor Claes")
    dialog.profile_fields["organisation"].setText("Werkpunt Vaart")
    dialog.profile_fields["phone"].setText("09 123 45 67")
    dialog.profile_fields["email"].setText("noor@werkpunt.example")
    dialog.save_button.click()
    profile = load_profile(paths)
    assert profile.contact_lines() == [
        "Noor Claes",
        "Werkpunt Vaart",
        "09 123 45 67",
        "noor@werkpunt.example",
    ]
    again = SettingsDialog(app_settings, paths=paths)
    qtbot.addWidget(again)
    assert again.profile_fields["phone"].text() == "09 123 45 67"


def test_without_a_data_folder_the_section_stays_hidden(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.profile_title.isHidden()
