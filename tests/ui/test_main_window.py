"""The main window remembers where it was on the screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.main_window import SETTINGS_GEOMETRY
from tests.ui.conftest import MainWindowFactory

TIMEOUT_MS = 10_000


def test_geometry_is_saved_and_restored(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    ui_settings: QSettings,
) -> None:
    window = make_window(vault_service)
    window.resize(720, 520)
    window.close()
    assert ui_settings.value(SETTINGS_GEOMETRY) is not None
    again = make_window(vault_service)
    assert (again.width(), again.height()) == (720, 520)
