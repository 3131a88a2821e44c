"""The fictional demo dossiers (resources/demo) and the scale-test generator."""

from __future__ import annotations

import itertools
import json
import random
import re
import uuid
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from genwerkt_desktop.devtools.generate_data import (
    generate_dossier,
    generate_dossiers,
    generate_organisations,
)
from genwerkt_desktop.domain.model import Dossier

ROOT = Path(__file__).parents[1]
SCHEMA_PATH = ROOT / "genwerkt_desktop/contracts/dossier-v1.schema.json"
DEMO_DIR = ROOT / "resources/demo"
DEMO_FILES = sorted(DEMO_DIR.glob("*.json"))
TODAY = date(2026, 11, 28)
ARABIC = re.compile("[\u0600-\u06ff]")


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def all_strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in all_strings(v)]
    return [value] if isinstance(value, str) else []


def organisation_refs(doc: dict[str, Any]) -> list[str]:
    refs = [c["organisation_id"] for c in doc.get("consents", [])]
    refs += [r["organisation_id"] for r in doc.get("referrals", [])]
    for meeting in doc.get("meetings", []):
        refs += [
            p["organisation_id"] for p in meeting.get("participants", []) if "organisation_id" in p
        ]
    for eco in doc.get("ecograms", []):
        refs += [n["organisation_id"] for n in eco["nodes"] if "organisation_id" in n]
    return refs


# --------------------------------------------------------------------------- demo files


def test_three_demo_files() -> None:
    assert [p.name[:3] for p in DEMO_FILES] == ["01-", "02-", "03-"]


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda p: p.name)
def test_demo_file_is_valid_exchange_document(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    doc = load(path)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(doc)]
    assert errors == []
    assert doc["format"] == "genwerkt-dossier" and doc["version"] == 1
    assert "exported_at" not in doc
    assert raw == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"  # 2-space, not escaped
    # The stock format checker does not check date-times: every one carries an offset.
    moments = [c["at"] for c in doc["contacts"]] + [m["at"] for m in doc.get("meetings", [])]
    moments += [r["appointment"]["at"] for r in doc.get("referrals", []) if "appointment" in r]
    for text in moments:
        assert datetime.fromisoformat(text).utcoffset() is not None, text


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda p: p.name)
def test_demo_references_resolve_within_the_file(path: Path) -> None:
    doc = load(path)
    organisations = {o["id"]: o for o in doc["organisations"]}
    refs = organisation_refs(doc)
    assert set(refs) <= set(organisations)
    assert set(organisations) <= set(refs), "an organisation nothing refers to"
    for referral in doc.get("referrals", []):
        people = {p["id"] for p in organisations[referral["organisation_id"]]["contacts"]}
        assert referral["contact_person_id"] in people
    for eco in doc["ecograms"]:
        nodes = {n["id"] for n in eco["nodes"]}
        assert all(t["from"] in nodes and t["to"] in nodes for t in eco.get("ties", []))
    ids = [
        item["id"]
        for key in ("observations", "rights", "ecograms", "balances", "goals", "contacts")
        for item in doc.get(key, [])
    ]
    assert len(ids) == len(set(ids))


def test_shared_organisations_are_identical_across_files() -> None:
    seen: dict[str, dict[str, Any]] = {}
    shared = 0
    for path in DEMO_FILES:
        for org in load(path)["organisations"]:
            if org["id"] in seen:
                shared += 1
                assert seen[org["id"]] == org, org["name"]
            seen[org["id"]] = org
    assert shared >= 1


def test_demo_clients_are_distinct_and_keep_their_letters() -> None:
    clients = [load(p)["client"] for p in DEMO_FILES]
    assert len({c["id"] for c in clients}) == 3
    names = {f"{c['first_name']} {c['last_name']}" for c in clients}
    assert names == {"Ayşe Yılmaz", "Łukasz Wróblewski", "Ioana Constanțescu"}
    for name in names:
        assert any(ord(ch) > 0xFF for ch in name), f"{name} fits in Latin-1"
    assert any(ARABIC.search(s) for p in DEMO_FILES for s in all_strings(load(p)))


def test_demo_dossiers_show_every_feature() -> None:
    docs = [load(p) for p in DEMO_FILES]
    for doc in docs:
        assert 8 <= len(doc["contacts"]) <= 16  # 16 with a phone request's moment
        assert len(doc["ecograms"]) == 2 and 2 <= len(doc["balances"]) <= 3
        phases = [p["phase"] for p in doc["phases"]]
        order = ["onthaal", "vraagverduidelijking", "doelbepaling", "uitvoering"]
        order += ["afsluiting", "nazorg"]
        assert any(order.index(b) < order.index(a) for a, b in itertools.pairwise(phases))
        assert doc["client"]["coach"] == "Sam Peeters"
        assert re.search(r"\b[Ii]k\b", doc["client"]["support_question"])  # first person
    obs = [o for d in docs for o in d["observations"]]
    assert {o["kind"] for o in obs} == {"nood", "kracht", "hulpbron"}
    assert any(o["voiced_by_client"] is False for o in obs)
    assert len({r["status"] for d in docs for r in d["rights"]}) == 6
    contacts = [c for d in docs for c in d["contacts"]]
    assert any(c["note_scope"] == "persoonlijk" for c in contacts)
    assert any(c.get("planned") and c["at"].startswith("2026-12") for c in contacts)
    assert any(c["at"].endswith("+02:00") for c in contacts)
    assert any(c["at"].endswith("+01:00") for c in contacts)
    nodes = [n for d in docs for e in d["ecograms"] for n in e["nodes"]]
    assert any(n["quality"] == "verbroken" for n in nodes)
    steps = [s for d in docs for g in d["goals"] for s in g.get("steps", [])]
    assert {s["owner"] for s in steps} == {"client", "coach", "netwerk", "partner"}
    open_steps = [s for s in steps if s["status"] in ("gepland", "bezig") and "due_on" in s]
    assert any(date.fromisoformat(s["due_on"]) < TODAY for s in open_steps)
    assert any(s["due_on"].startswith("2026-12") for s in open_steps)
    assert any("measure" not in g for d in docs for g in d["goals"])  # not yet SMART
    assert any("revoked_on" in c for d in docs for c in d["consents"])
    referrals = [r for d in docs for r in d["referrals"]]
    assert any(r["status"] == "time_out" and "revisit_on" in r for r in referrals)
    assert any(len(r["steps"]) == 7 and "appointment" in r for r in referrals)
    meetings = [m for d in docs for m in d.get("meetings", [])]
    assert any(
        m["kind"] == "rondetafel"
        and len({p["organisation_id"] for p in m["participants"] if "organisation_id" in p}) >= 2
        for m in meetings
    )
    aftercare = [d for d in docs if d["client"]["status"] == "nazorg"]
    assert len(aftercare) == 1 and "closure" in aftercare[0] and "aftercare" in aftercare[0]


# --------------------------------------------------------------------------- generator


def dossier_refs(dossier: Dossier) -> list[str]:
    refs = [c.organisation_id for c in dossier.consents]
    refs += [r.organisation_id for r in dossier.referrals]
    refs += [
        p.organisation_id for m in dossier.meetings for p in m.participants if p.organisation_id
    ]
    refs += [n.organisation_id for e in dossier.ecograms for n in e.nodes if n.organisation_id]
    return refs


@pytest.fixture(scope="module")
def generated() -> list[Dossier]:
    return list(generate_dossiers(20261128, 25, TODAY))


def test_generator_is_deterministic() -> None:
    first = next(generate_dossiers(7, 1, TODAY))
    assert next(generate_dossiers(7, 1, TODAY)) == first
    assert next(generate_dossiers(8, 1, TODAY)) != first
    orgs = generate_organisations(random.Random(3))
    assert generate_dossier(random.Random(5), TODAY, orgs) == generate_dossier(
        random.Random(5), TODAY, orgs
    )


def test_generator_contacts(generated: list[Dossier]) -> None:
    for dossier in generated:
        assert 30 <= len(dossier.contacts) <= 300
        assert all(c.at.utcoffset() is not None for c in dossier.contacts)
        assert [c.at for c in dossier.contacts] == sorted(c.at for c in dossier.contacts)
        assert all(bool(c.planned) == (c.at.date() > TODAY) for c in dossier.contacts)
    summaries = " ".join(c.summary or "" for d in generated for c in d.contacts)
    for word in ("huur", "schuldbemiddeling", "sollicitatie", "kinderopvang", "busabonnement"):
        assert word in summaries


def test_generator_references_resolve(generated: list[Dossier]) -> None:
    for dossier in generated:
        organisations = {o.id: o for o in dossier.organisations}
        assert set(dossier_refs(dossier)) == set(organisations)  # attached only when used
        for referral in dossier.referrals:
            people = {p.id for p in organisations[referral.organisation_id].contacts}
            assert referral.contact_person_id in people
        for eco in dossier.ecograms:
            nodes = {n.id for n in eco.nodes}
            assert all(t.from_id in nodes and t.to_id in nodes for t in eco.ties)
            assert 4 <= len(eco.nodes) <= 12
        ids = [dossier.client.id] + [c.id for c in dossier.contacts]
        assert all(uuid.UUID(i).version == 4 for i in ids)
        assert len(ids) == len(set(ids))
    assert any(d.organisations for d in generated)


def test_generator_shape(generated: list[Dossier]) -> None:
    for dossier in generated:
        assert 3 <= len(dossier.phases) <= 8
        assert 5 <= len(dossier.observations) <= 20
        assert 2 <= len(dossier.rights) <= 6
        assert 1 <= len(dossier.goals) <= 4
        assert all(1 <= len(g.steps) <= 5 for g in dossier.goals)
        assert 1 <= len(dossier.ecograms) <= 3 and 1 <= len(dossier.balances) <= 3
        assert all(4 <= len(b.factors) <= 10 for b in dossier.balances)
        assert len(dossier.consents) <= 3
    # The instruments of issue 19, in some dossiers and not in others, as in a caseload.
    for part in ("inner_notes", "life_events", "vacancies", "decisions"):
        having = sum(1 for d in generated if getattr(d, part))
        assert 0 < having < len(generated), part
    assert any(d.first_reception for d in generated)
    names = " ".join(d.client.display_name for d in generated)
    assert any(ord(ch) > 0xFF for ch in names)


def test_generated_dossier_is_a_valid_exchange_document(generated: list[Dossier]) -> None:
    from genwerkt_desktop.domain.exchange import to_document

    for dossier in generated:
        doc = json.loads(json.dumps(to_document(dossier), ensure_ascii=False))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(doc)]
        assert errors == []
