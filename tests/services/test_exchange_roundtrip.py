"""Export → import → export gives the same document; import updates in place."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.demo import demo_files, load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import AYSE_ID, demo_doc


def _without_exported_at(path: Path) -> str:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return json.dumps(doc, ensure_ascii=False, indent=2)


def test_export_import_export_is_byte_identical_apart_from_exported_at(
    vault: OpenVault, tmp_path: Path, fixed_clock
) -> None:
    load_demo(vault)
    exchange = ExchangeService(vault)
    for summary in DossierService(vault).list_clients():
        first = exchange.export_json(summary.id, tmp_path / f"{summary.id}-1.json")
        exchange.import_files([first])
        fixed_clock.advance(minutes=5)
        second = exchange.export_json(summary.id, tmp_path / f"{summary.id}-2.json")
        lines_1 = first.read_text(encoding="utf-8").splitlines()
        lines_2 = second.read_text(encoding="utf-8").splitlines()
        differing = [(a, b) for a, b in zip(lines_1, lines_2, strict=True) if a != b]
        assert len(differing) == 1 and "exported_at" in differing[0][0]
        assert _without_exported_at(first) == _without_exported_at(second)


def test_export_keeps_everything_the_demo_file_holds(vault: OpenVault, tmp_path: Path) -> None:
    load_demo(vault)
    out = ExchangeService(vault).export_json(AYSE_ID, tmp_path / "ayse.json")
    exported = json.loads(out.read_text(encoding="utf-8"))
    original = demo_doc("ayse")
    assert exported["client"] == original["client"]
    for key in ("observations", "rights", "goals", "consents", "referrals", "meetings"):
        assert exported[key] == original.get(key, []), key
    assert [c["id"] for c in exported["contacts"]] == [c["id"] for c in original["contacts"]]
    assert exported["client"]["last_name"] == "Yılmaz"


def test_same_ids_update_in_place(vault: OpenVault) -> None:
    load_demo(vault)
    dossiers = DossierService(vault)
    before = dossiers.get(AYSE_ID)
    changed_note = dataclasses.replace(before.contacts[0], summary="Nieuwe samenvatting, ş ł ț")
    extra = Contact(
        id="0e4b5f0c-7d1c-4a51-9a55-2c8d3f7e9b10",
        at=before.contacts[0].at,
        kind=before.contacts[0].kind,
        summary="Extra moment",
    )
    updated = dataclasses.replace(before, contacts=(changed_note, *before.contacts[1:], extra))
    ExchangeService(vault).import_dossiers([updated])
    after = dossiers.get(AYSE_ID)
    assert len(dossiers.list_clients()) == len(demo_files())
    assert after.contacts[0].summary == "Nieuwe samenvatting, ş ł ț"
    assert len(after.contacts) == len(before.contacts) + 1
