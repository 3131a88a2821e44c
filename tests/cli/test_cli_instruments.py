"""The command line drops nothing of issue 19's instruments: a file with every new part
is imported, exported and equal, and ``genwerkt search`` finds each part's text."""

from __future__ import annotations

import json
from pathlib import Path

from genwerkt_desktop.domain.exchange import to_document
from genwerkt_desktop.domain.model import Client, Dossier
from genwerkt_desktop.services.demo import demo_files
from tests import instrument_data as data
from tests.conftest import Cli

CLIENT_ID = "5b0c7d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e"


def test_a_file_with_every_instrument_imports_exports_and_is_found(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    assert cli("import", *(str(p) for p in demo_files())).code == 0  # the organisations
    organisation = json.loads(demo_files()[0].read_text(encoding="utf-8"))["organisations"][0]
    dossier = data.with_instruments(Dossier(client=Client(CLIENT_ID, "Rania", "Haddad")))
    doc = to_document(dossier)
    doc["phone_requests"][0]["organisation_id"] = organisation["id"]
    doc["organisations"] = [organisation]
    source = tmp_path / "rania.json"
    source.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")

    imported = cli("import", str(source))
    assert imported.code == 0, imported.err
    assert imported.lines == [CLIENT_ID]
    out = tmp_path / "terug.json"
    assert cli("export", CLIENT_ID, "--kind", "json", "-o", str(out)).code == 0
    back = json.loads(out.read_text(encoding="utf-8"))
    back.pop("exported_at")
    assert back == doc

    for marker in data.MARKERS.values():
        hits = cli("search", marker).lines
        assert [h.split("\t")[0] for h in hits] == [CLIENT_ID], marker
    found = json.loads(cli("search", data.MARKERS["vacancy"], "--json").out)
    assert found[0]["where"] == "vacature"


def test_an_unknown_caller_organisation_or_a_borrowed_id_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    assert cli("import", *(str(p) for p in demo_files())).code == 0
    doc = to_document(data.with_instruments(Dossier(client=Client(CLIENT_ID, "Rania", "Haddad"))))
    doc["phone_requests"][0]["organisation_id"] = "00000000-0000-4000-8000-000000000000"
    source = tmp_path / "onbekend.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli("import", str(source))
    assert result.code == 3
    assert "phone_requests[0].organisation_id" in result.err

    ayse = json.loads(demo_files()[0].read_text(encoding="utf-8"))
    doc = to_document(data.with_instruments(Dossier(client=Client(CLIENT_ID, "Rania", "H"))))
    doc["mindmaps"][0]["id"] = ayse["mindmaps"][0]["id"]  # Ayşe's mind map
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli("import", str(source))
    assert result.code == 3
    assert "mindmaps[0].id" in result.err
