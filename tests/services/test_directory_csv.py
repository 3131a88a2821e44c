"""The sociale kaart as CSV: a round trip keeps everything, a bad file writes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.directory import DirectoryService
from genwerkt_desktop.services.directory_csv import export_directory, import_directory
from genwerkt_desktop.services.vault import OpenVault


@pytest.fixture
def demo(vault: OpenVault) -> OpenVault:
    load_demo(vault)
    return vault


def test_round_trip_keeps_every_organisation_and_person(demo: OpenVault, tmp_path: Path) -> None:
    directory = DirectoryService(demo)
    before = directory.organisations()
    path = tmp_path / "kaart.csv"
    assert export_directory(demo, path) == len(before)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # opens as columns in a spreadsheet
    assert import_directory(demo, path) == len(before)
    assert directory.organisations() == before


def test_an_edited_file_updates_in_place_and_adds_new_ones(demo: OpenVault, tmp_path: Path) -> None:
    directory = DirectoryService(demo)
    before = directory.organisations()
    path = tmp_path / "kaart.csv"
    export_directory(demo, path)
    text = path.read_text("utf-8-sig")
    text = text.replace("09 000 00 60", "09 111 11 11")  # Buurtwerk De Brug's phone
    text += ";Repair Café Oost;Herstellingen;;;;;;;;;;Jo;vrijwilliger;;;ja;\r\n"
    path.write_text(text, encoding="utf-8-sig")
    assert import_directory(demo, path) == len(before) + 1
    after = {o.name: o for o in directory.organisations()}
    assert after["Buurtwerk De Brug"].phone == "09 111 11 11"
    brug_before = next(o for o in before if o.name == "Buurtwerk De Brug")
    assert replace(after["Buurtwerk De Brug"], phone=brug_before.phone) == brug_before
    repair = after["Repair Café Oost"]
    assert repair.contacts[0].name == "Jo" and repair.contacts[0].trusted is True


def test_a_bad_line_is_named_and_nothing_is_written(demo: OpenVault, tmp_path: Path) -> None:
    directory = DirectoryService(demo)
    before = directory.organisations()
    path = tmp_path / "kaart.csv"
    export_directory(demo, path)
    text = path.read_text("utf-8-sig").replace("Buurtwerk De Brug", "Buurtwerk Nieuw")
    lines = text.splitlines()  # a valid change above, then a new line, then a bad one
    lines.append(";Zonder fouten;;;;;;;;;;;;;;;;")
    lines.append(";Met een fout;;;;;;;;;;;Ann;;;;misschien;")
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    with pytest.raises(InvalidInput) as caught:
        import_directory(demo, path)
    assert f"regel {len(lines)}" in str(caught.value) and "misschien" in str(caught.value)
    assert directory.organisations() == before


def test_wrong_columns_are_refused(demo: OpenVault, tmp_path: Path) -> None:
    path = tmp_path / "iets.csv"
    path.write_text("naam,telefoon\nA,1\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"regel 1.*kolommen"):
        import_directory(demo, path)
