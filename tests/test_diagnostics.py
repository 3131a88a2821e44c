"""The log says what happened and which error, never what a dossier says."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from genwerkt_desktop import diagnostics
from genwerkt_desktop.services import client_list
from tests.conftest import Cli

CLIENT_TEXT = "Ayşe Yılmaz woont in de Kerkstraat"


@pytest.fixture
def log_dir(tmp_path: Path) -> object:
    folder = tmp_path / "log"
    yield folder
    diagnostics.stop_logging(folder / "genwerkt.log")
    diagnostics.stop_logging(folder / "genwerkt-desktop.log")


def test_a_bug_in_a_command_is_logged_by_type_and_place_without_its_message(
    cli: Cli, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.log_dir = log_dir
    cli("init")

    def broken(*_args: object) -> object:
        raise RuntimeError(CLIENT_TEXT)

    monkeypatch.setattr(client_list, "names_and_phases", broken)
    result = cli("clients")
    assert result.code == 1
    assert result.err.count("\n") == 1
    log_file = log_dir / "genwerkt.log"
    assert f"het logboek staat in {log_file}" in result.err
    text = log_file.read_text(encoding="utf-8")
    assert "opdracht clients" in text
    assert "fout van het type RuntimeError" in text
    assert "test_diagnostics.py" in text and "in broken" in text  # where, by frame
    assert "Ayşe" not in text and "Kerkstraat" not in text


def test_the_desktop_hook_logs_content_free_and_says_where_the_log_is(
    log_dir: Path,
) -> None:
    from genwerkt_desktop.ui.unexpected import unexpected_error_hook
    from tests.ui.conftest import FakeDialogs

    path = diagnostics.start_logging("genwerkt-desktop", log_dir)
    dialogs = FakeDialogs()
    try:
        raise ValueError(CLIENT_TEXT)
    except ValueError as exc:
        unexpected_error_hook(dialogs, path)(ValueError, exc, exc.__traceback__)
    assert dialogs.warnings and str(path) in dialogs.warnings[0]
    assert "geen gegevens van cliënten" in dialogs.warnings[0]
    for handler in logging.getLogger("genwerkt_desktop").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "fout van het type ValueError" in text
    assert "test_diagnostics.py" in text
    assert "Ayşe" not in text and "Kerkstraat" not in text


def test_log_files_are_private(log_dir: Path) -> None:
    path = diagnostics.start_logging("genwerkt", log_dir)
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600
        assert log_dir.stat().st_mode & 0o777 == 0o700
