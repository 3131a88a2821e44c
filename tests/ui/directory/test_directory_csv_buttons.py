"""Exporteren… and Importeren… in the sociale kaart: a file out, a file back in, and a bad
file that changes nothing and says which line is wrong."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.ui.directory import DirectoryView
from tests.ui.conftest import FakeDialogs


def _wait_loaded(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    view.load()
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=10_000)


def test_export_then_import_an_added_organisation(
    qtbot, directory: DirectoryView, dialogs: FakeDialogs, tmp_path: Path, monkeypatch
) -> None:
    _wait_loaded(qtbot, directory)
    before = directory.proxy.rowCount()
    dialogs.save_to = tmp_path / "kaart"
    directory.csv.export_button.click()
    target = tmp_path / "kaart.csv"
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=10_000)
    assert target.exists() and f"{before} organisaties" in dialogs.infos[-1]

    with target.open("a", encoding="utf-8") as fh:
        fh.write(";Repair Café Oost;Herstellingen;;;;;;;;;;;;;;;\r\n")
    monkeypatch.setattr(dialogs, "open_file", lambda *_args: target)
    directory.csv.import_button.click()
    qtbot.waitUntil(lambda: directory.proxy.rowCount() == before + 1, timeout=10_000)
    assert "organisaties zijn toegevoegd of bijgewerkt" in dialogs.infos[-1]


def test_a_bad_file_changes_nothing_and_names_the_line(
    qtbot, directory: DirectoryView, dialogs: FakeDialogs, tmp_path: Path, monkeypatch
) -> None:
    _wait_loaded(qtbot, directory)
    before = directory.proxy.rowCount()
    bad = tmp_path / "fout.csv"
    dialogs.save_to = tmp_path / "kaart.csv"
    directory.csv.export_button.click()
    qtbot.waitUntil(lambda: dialogs.save_to.exists(), timeout=10_000)
    text = dialogs.save_to.read_text("utf-8-sig") + ";;zonder naam;;;;;;;;;;;;;;;\r\n"
    bad.write_text(text, encoding="utf-8-sig")
    monkeypatch.setattr(dialogs, "open_file", lambda *_args: bad)
    directory.csv.import_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=10_000)
    assert "Er is niets ingelezen" in dialogs.warnings[-1] and "regel" in dialogs.warnings[-1]
    assert "geen naam" in dialogs.warnings[-1]
    assert directory.proxy.rowCount() == before
