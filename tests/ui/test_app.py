"""The composition root: arguments, single instance per data folder."""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from genwerkt_desktop import app
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.ui.i18n import install_language, remove_language
from genwerkt_desktop.ui.settings import Language
from tests.ui.conftest import FakeDialogs


def test_parse_args_keeps_qt_options() -> None:
    args, rest = app.parse_args(["--data-dir", "/tmp/x", "-platform", "offscreen"])
    assert args.data_dir == "/tmp/x"
    assert rest == ["-platform", "offscreen"]


def test_instance_lock_is_exclusive(tmp_path: Path) -> None:
    lock_path = VaultPaths(tmp_path).lock_file
    first = app.acquire_instance_lock(lock_path)
    assert first is not None
    try:
        assert app.acquire_instance_lock(lock_path) is None
    finally:
        first.unlock()
    again = app.acquire_instance_lock(lock_path)
    assert again is not None
    again.unlock()


@pytest.fixture
def restores_process_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """app.main installs the excepthook, points faulthandler at the crash log and
    installs the language's catalogues (Qt's own Dutch would stay in later tests)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    installed: list[QTranslator] = []

    def install_and_remember(
        application: QCoreApplication, language: Language
    ) -> list[QTranslator]:
        installed.extend(install_language(application, language))
        return installed

    monkeypatch.setattr(app, "install_language", install_and_remember)
    yield
    app_instance = QCoreApplication.instance()
    if app_instance is not None:
        remove_language(app_instance, installed)
    faulthandler.enable(file=sys.__stderr__, all_threads=True)


def test_second_start_says_so_and_exits_2(
    qapp, tmp_path: Path, restores_process_hooks: None
) -> None:
    data_dir = tmp_path / "kluis"
    data_dir.mkdir()
    held = app.acquire_instance_lock(VaultPaths(data_dir).lock_file)
    assert held is not None
    dialogs = FakeDialogs()
    try:
        code = app.main(["--data-dir", str(data_dir)], dialogs=dialogs)
    finally:
        held.unlock()
    assert code == 2
    assert dialogs.warnings
    assert "al geopend" in dialogs.warnings[0]
