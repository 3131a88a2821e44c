"""Export → import → export gives the same document; import updates in place."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.demo import demo_files, load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import AYSE_ID, IOANA_ID, demo_doc


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


def test_what_held_the_client_back_travels_in_extra_and_the_document_stays_dossier_v1(
    vault: OpenVault, tmp_path: Path
) -> None:
    """dossier-v1's closure has no field for it and takes no unknown properties: the text
    goes under extra.closure_held_back and comes back into the closure on import."""
    import jsonschema

    load_demo(vault)
    exchange = ExchangeService(vault)
    out = exchange.export_json(IOANA_ID, tmp_path / "ioana.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(
        (
            Path(__file__).parents[2] / "genwerkt_desktop" / "contracts" / "dossier-v1.schema.json"
        ).read_text(encoding="utf-8")
    )
    jsonschema.validate(doc, schema)
    assert "held_back" not in doc["closure"]
    held_back = doc["extra"]["closure_held_back"]
    assert held_back.startswith("Soms ging het te snel")

    changed = dict(doc, extra={"closure_held_back": "Te veel papieren tegelijk.", "eigen": 1})
    (tmp_path / "terug.json").write_text(json.dumps(changed, ensure_ascii=False), "utf-8")
    exchange.import_files([tmp_path / "terug.json"])
    dossier = DossierService(vault).get(IOANA_ID)
    assert dossier.closure is not None
    assert dossier.closure.held_back == "Te veel papieren tegelijk."
    assert dossier.extra == {"eigen": 1}  # other tools' extras are kept as they were


def test_a_contact_outcome_goes_out_and_comes_back_and_older_files_stay_valid(
    vault: OpenVault, tmp_path: Path
) -> None:
    from genwerkt_desktop.domain.enums import ContactOutcome
    from genwerkt_desktop.domain.errors import InvalidInput
    from genwerkt_desktop.services.validation import check_schema

    load_demo(vault)
    dossiers = DossierService(vault)
    before = dossiers.get(AYSE_ID)
    missed = dataclasses.replace(before.contacts[0], planned=True, outcome=ContactOutcome.NO_SHOW)
    dossiers.save(dataclasses.replace(before, contacts=(missed, *before.contacts[1:])))
    exchange = ExchangeService(vault)
    out = exchange.export_json(AYSE_ID, tmp_path / "ayse.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["contacts"][0]["outcome"] == "niet_gekomen"
    # Contacts without an outcome leave it out: an older reader sees what it knew.
    assert all("outcome" not in c for c in doc["contacts"][1:])
    check_schema("ayse.json", doc)
    check_schema("ayse.json", demo_doc("ayse"))  # a file from before the field
    doc["contacts"][0]["outcome"] = "vergeten"
    with pytest.raises(InvalidInput):
        check_schema("ayse.json", doc)
    exchange.import_files([out])
    assert dossiers.get(AYSE_ID).contacts[0].outcome is ContactOutcome.NO_SHOW


@pytest.mark.parametrize("sharing", ["team", "alleen_dit_toestel"])
def test_team_sharing_goes_out_and_comes_back_and_older_files_stay_valid(
    vault: OpenVault, tmp_path: Path, sharing: str
) -> None:
    from genwerkt_desktop.domain.enums import TeamSharing
    from genwerkt_desktop.domain.errors import InvalidInput
    from genwerkt_desktop.services.validation import check_schema

    doc = demo_doc("ayse")
    assert "team_sharing" not in doc["client"]  # a file from before the field
    check_schema("ayse.json", doc)
    doc["client"]["team_sharing"] = sharing
    (tmp_path / "in.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    exchange = ExchangeService(vault)
    exchange.import_files([tmp_path / "in.json"])
    client = DossierService(vault).get(AYSE_ID).client
    assert client.team_sharing is TeamSharing(sharing)
    out = json.loads(exchange.export_json(AYSE_ID, tmp_path / "uit.json").read_text("utf-8"))
    assert out["client"]["team_sharing"] == sharing
    doc["client"]["team_sharing"] = "iedereen"
    with pytest.raises(InvalidInput):
        check_schema("ayse.json", doc)
    # Not recorded stays not recorded (left out, never written as null).
    doc["client"].pop("team_sharing")
    (tmp_path / "in.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    exchange.import_files([tmp_path / "in.json"])
    assert DossierService(vault).get(AYSE_ID).client.team_sharing is None
    out = json.loads(exchange.export_json(AYSE_ID, tmp_path / "uit.json").read_text("utf-8"))
    assert "team_sharing" not in out["client"]
