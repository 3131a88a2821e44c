"""The preferences: typed defaults, what is refused, the dialog round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from genwerkt_desktop.ui.settings import (
    COACH_NAME,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    RETENTION_YEARS,
    AppSettings,
    Language,
)
from genwerkt_desktop.ui.settings_dialog import SettingsDialog


def test_defaults_without_a_stored_value(app_settings: AppSettings) -> None:
    assert app_settings.idle_lock_minutes == 5
    assert app_settings.language is Language.DUTCH
    assert app_settings.retention_years == 5
    assert app_settings.coach_name == ""


def test_values_survive_a_new_settings_object(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    first = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    first.set(IDLE_LOCK_MINUTES, 12)
    first.set(LANGUAGE, Language.ENGLISH)
    first.set(RETENTION_YEARS, 10)
    first.set(COACH_NAME, "  Sam Peeters ")
    again = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert again.idle_lock_minutes == 12
    assert again.language is Language.ENGLISH
    assert again.retention_years == 10
    assert again.coach_name == "Sam Peeters"


def test_out_of_range_is_refused_and_garbage_reads_as_default(
    app_settings: AppSettings, ui_settings: QSettings
) -> None:
    with pytest.raises(ValueError):
        app_settings.set(IDLE_LOCK_MINUTES, 0)
    with pytest.raises(ValueError):
        app_settings.set(IDLE_LOCK_MINUTES, 121)
    ui_settings.setValue(IDLE_LOCK_MINUTES.key, "veel")
    ui_settings.setValue(LANGUAGE.key, "klingon")
    ui_settings.setValue(RETENTION_YEARS.key, 500)
    assert app_settings.idle_lock_minutes == 5
    assert app_settings.language is Language.DUTCH
    assert app_settings.retention_years == RETENTION_YEARS.maximum  # clamped


def test_changed_names_the_key(qtbot: QtBot, app_settings: AppSettings) -> None:
    with qtbot.waitSignal(app_settings.changed) as blocker:
        app_settings.set(IDLE_LOCK_MINUTES, 7)
    assert blocker.args == [IDLE_LOCK_MINUTES.key]


def test_dialog_round_trip(qtbot: QtBot, app_settings: AppSettings) -> None:
    app_settings.set(COACH_NAME, "Sam Peeters")
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    assert dialog.coach_name.text() == "Sam Peeters"
    assert dialog.restart_note.isHidden()

    dialog.idle_minutes.setValue(20)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.restart_note.isHidden()  # says the language changes after a restart
    dialog.retention_years.setValue(7)
    dialog.coach_name.setText("Noor Claes")
    dialog.save_button.click()

    assert app_settings.idle_lock_minutes == 20
    assert app_settings.language is Language.ENGLISH
    assert app_settings.retention_years == 7
    assert app_settings.coach_name == "Noor Claes"

    again = SettingsDialog(app_settings)
    qtbot.addWidget(again)
    again.idle_minutes.setValue(99)
    again.cancel_button.click()
    assert app_settings.idle_lock_minutes == 20  # Annuleren keeps what was stored
