"""Every kind of bad input: exit-3 style error naming the file and JSON path; store unchanged."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import demo_doc

ORG_MISSING = "9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"


def _mutate(doc: dict[str, Any], how: str) -> dict[str, Any] | list[Any]:
    d = copy.deepcopy(doc)
    if how == "wrong enum":
        d["client"]["status"] = "bijna-klaar"
    elif how == "missing field":
        del d["client"]["last_name"]
    elif how == "unknown field":
        d["client"]["shoe_size"] = 42
    elif how == "impossible date":
        d["client"]["birth_date"] = "1974-02-30"
    elif how == "number out of range":
        d["balances"][0]["factors"][0]["weight"] = 9
    elif how == "wrong version":
        d["version"] = 2
    elif how == "dangling organisation":
        d["consents"][0]["organisation_id"] = ORG_MISSING
    elif how == "over-long text":
        d["client"]["first_name"] = "A" * 501
    elif how == "datetime without offset":
        d["contacts"][0]["at"] = "2026-11-20T10:00:00"
    elif how == "NUL in a name":
        d["client"]["first_name"] = "Ay\x00se"
    elif how == "name of only spaces":
        d["client"]["last_name"] = "   "
    elif how == "consent revoked before granted":
        d["consents"][0]["granted_on"] = "2026-03-10"
        d["consents"][0]["revoked_on"] = "2026-03-01"
    elif how == "array instead of object":
        return [d]
    return d


CASES = {
    "wrong enum": "$.client.status",
    "missing field": "$.client.last_name",
    "unknown field": "$.client.shoe_size",
    "impossible date": "$.client.birth_date",
    "number out of range": "$.balances[0].factors[0].weight",
    "wrong version": "$.version",
    "dangling organisation": "$.consents[0].organisation_id",
    "over-long text": "$.client.first_name",
    "datetime without offset": "$.contacts[0].at",
    "NUL in a name": "$.client.first_name",
    "name of only spaces": "$.client.last_name",
    "consent revoked before granted": "$.consents[0].revoked_on",
    "array instead of object": "$",
}


@pytest.mark.parametrize("how", list(CASES))
def test_bad_document_is_refused_with_file_and_path(
    vault: OpenVault, tmp_path: Path, how: str
) -> None:
    bad = tmp_path / "slecht.json"
    bad.write_text(json.dumps(_mutate(demo_doc("ayse"), how), ensure_ascii=False), "utf-8")
    with pytest.raises(InvalidInput) as caught:
        ExchangeService(vault).import_files([bad])
    assert caught.value.json_path == CASES[how]
    assert str(bad) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert DossierService(vault).list_clients() == []


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b'{"format": "genwerkt-dossier", "version": 1, "client": {"id": ', "onvolledige"),
        ('{"format": "genwerkt-dossier", "naam": "Chloé"}'.encode("latin-1"), "UTF-8"),
    ],
    ids=["truncated JSON", "non-UTF-8 bytes"],
)
def test_unreadable_bytes_are_refused(
    vault: OpenVault, tmp_path: Path, data: bytes, fragment: str
) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_bytes(data)
    with pytest.raises(InvalidInput, match=fragment) as caught:
        ExchangeService(vault).import_files([bad])
    assert caught.value.json_path == "$"
    assert DossierService(vault).list_clients() == []


def _text_of_ayse() -> str:
    return json.dumps(demo_doc("ayse"), ensure_ascii=False)


# Documents json.dumps cannot make: the bad part is put into the text itself.
RAW_CASES = {
    "a 5,000-digit number": (
        lambda t: t.replace('"weight": ', '"weight": ' + "9" * 5000 + ', "x": ', 1),
        "$.balances[0].factors[0].weight",
        "5000 tekens",
    ),
    "a lone surrogate": (
        lambda t: t.replace('"first_name": "', '"first_name": "\\ud800', 1),
        "$.client.first_name",
        "surrogaat",
    ),
    "a key given twice": (
        lambda t: t.replace('"client": {', '"client": {"status": "actief", ', 1),
        "$.client.status",
        "twee keer",
    ),
    "NaN": (
        lambda t: t.replace('"weight": ', '"weight": NaN, "x": ', 1),
        "$.balances[0].factors[0].weight",
        "NaN",
    ),
}


@pytest.mark.parametrize("how", list(RAW_CASES))
def test_text_the_parser_would_take_wrongly_is_refused_with_its_path(
    vault: OpenVault, tmp_path: Path, how: str
) -> None:
    edit, path, fragment = RAW_CASES[how]
    text = edit(_text_of_ayse())
    assert text != _text_of_ayse()
    bad = tmp_path / "slecht.json"
    bad.write_text(text, "utf-8")
    with pytest.raises(InvalidInput, match=fragment) as caught:
        ExchangeService(vault).import_files([bad])
    assert caught.value.json_path == path
    assert DossierService(vault).list_clients() == []


def test_one_bad_file_among_good_ones_writes_nothing(vault: OpenVault, tmp_path: Path) -> None:
    good = tmp_path / "goed.json"
    good.write_text(json.dumps(demo_doc("lukasz"), ensure_ascii=False), "utf-8")
    bad = tmp_path / "slecht.json"
    bad.write_text(json.dumps(_mutate(demo_doc("ayse"), "impossible date")), "utf-8")
    with pytest.raises(InvalidInput):
        ExchangeService(vault).import_files([good, bad])
    assert DossierService(vault).list_clients() == []


def test_organisation_from_the_directory_is_a_valid_reference(
    vault: OpenVault, tmp_path: Path
) -> None:
    ExchangeService(vault).import_files([_write(tmp_path, "a.json", demo_doc("ayse"))])
    doc = demo_doc("ayse")
    doc["client"]["id"] = "1d8f0f4e-3c2b-4a19-9e7d-6b5a4c3d2e1f"
    for key in (
        "observations",
        "rights",
        "ecograms",
        "balances",
        "goals",
        "contacts",
        "consents",
        "referrals",
        "meetings",
        "inner_notes",
        "life_events",
        "mindmaps",
        "vacancies",
        "decisions",
        "phone_requests",
    ):
        doc[key] = []
    doc["consents"] = [copy.deepcopy(demo_doc("ayse")["consents"][0])]
    doc["consents"][0]["id"] = "2e9a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"
    doc["organisations"] = []  # the consent's organisation is only in the directory now
    imported = ExchangeService(vault).import_files([_write(tmp_path, "b.json", doc)])
    assert [i.client_id for i in imported] == [doc["client"]["id"]]


def test_an_id_of_another_clients_dossier_is_refused(vault: OpenVault, tmp_path: Path) -> None:
    ExchangeService(vault).import_files([_write(tmp_path, "a.json", demo_doc("ayse"))])
    doc = demo_doc("lukasz")
    doc["contacts"][0]["id"] = demo_doc("ayse")["contacts"][0]["id"]
    with pytest.raises(InvalidInput) as caught:
        ExchangeService(vault).import_files([_write(tmp_path, "b.json", doc)])
    assert caught.value.json_path == "$.contacts[0].id"
    assert len(DossierService(vault).list_clients()) == 1


def _write(folder: Path, name: str, doc: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path
