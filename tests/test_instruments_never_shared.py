"""The gatekeeper for issue 19's instruments: the first reception, the binnenkant, the
life story, mind maps, vacancies, decisions and phone requests are never a share
category.  With every category consented to every service, a partner sheet (referral,
round table; through the services and the command line) carries none of them, not even
the phone call's contact moment, while the client's right-of-access dossier (PDF and
JSON) shows them all."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.consent import shareable_view
from genwerkt_desktop.domain.enums import ShareCategory
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.phone_request import CONTACT_SUMMARY
from genwerkt_desktop.services import validation
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exports import Audience, ExportRequest, export
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from tests import instrument_data as data
from tests.conftest import Cli
from tests.demo_files import AYSE_ID

DEBT_REFERRAL = "eb33e493-f53e-4802-add5-54dcddd5cd81"
ROUND_TABLE = "c144e670-b817-41fa-b850-65372e7e0b04"
ALL = tuple(ShareCategory)


def _everything_consented(dossier: Dossier) -> Dossier:
    consents = tuple(
        dataclasses.replace(
            c, categories=ALL, granted_on=date(2024, 1, 1), revoked_on=None, not_to_share=None
        )
        for c in dossier.consents
    )
    return dataclasses.replace(dossier, consents=consents)


@pytest.fixture
def filled(vault: OpenVault) -> OpenVault:
    load_demo(vault)
    dossiers = DossierService(vault)
    dossiers.save(_everything_consented(data.with_instruments(dossiers.get(AYSE_ID))))
    # The call's contact moment as the service adds it.
    Workspace.open(vault).edits.instruments.save_phone_request(AYSE_ID, data.phone_request())
    return vault


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _never_shared(text: str, what: str) -> None:
    for part, marker in data.MARKERS.items():
        assert marker not in text, (what, part)
    assert CONTACT_SUMMARY not in text, what


def test_the_shared_view_has_no_instrument_whatever_was_consented(filled: OpenVault) -> None:
    dossier = DossierService(filled).get(AYSE_ID)
    orgs = sorted({c.organisation_id for c in dossier.consents})
    for org in orgs:
        view = shareable_view(dossier, [org], filled.clock.today())
        assert view.categories == frozenset(ALL)
        shared = view.dossier
        assert shared.first_reception is None
        assert (shared.inner_notes, shared.life_events, shared.mindmaps) == ((), (), ())
        assert (shared.vacancies, shared.decisions, shared.phone_requests) == ((), (), ())
        assert all(c.summary != CONTACT_SUMMARY for c in shared.contacts)
        _never_shared(json.dumps(dataclasses.asdict(shared), default=str), org)


def test_partner_sheets_carry_no_instrument(filled: OpenVault, tmp_path: Path) -> None:
    for kind, item in (("referral", DEBT_REFERRAL), ("meeting", ROUND_TABLE)):
        out = tmp_path / f"{kind}-partner.pdf"
        export(filled, kind, ExportRequest(AYSE_ID, out, item_id=item, audience=Audience.PARTNER))
        text = _text(out)
        assert "Yılmaz" in text  # the sheet was made, with what was consented
        _never_shared(text, kind)


def test_partner_sheets_from_the_command_line_carry_no_instrument(
    filled: OpenVault, cli: Cli, tmp_path: Path
) -> None:
    filled.close()
    for kind, item in (("referral", DEBT_REFERRAL), ("meeting", ROUND_TABLE)):
        out = tmp_path / f"cli-{kind}.pdf"
        result = cli(
            "export", AYSE_ID, "--kind", kind, "--item", item, "--audience", "partner",
            "-o", str(out),
        )  # fmt: skip
        assert result.code == 0, result.err
        _never_shared(_text(out), f"cli {kind}")


def test_the_right_of_access_dossier_shows_every_instrument(
    filled: OpenVault, tmp_path: Path
) -> None:
    pdf, as_json = tmp_path / "inzage.pdf", tmp_path / "inzage.json"
    for out in (pdf, as_json):
        export(filled, "dossier", ExportRequest(AYSE_ID, out))
    text = _text(pdf)
    for part, marker in data.MARKERS.items():
        assert marker in text, part
    for heading in (
        "Het eerste gesprek",
        "Wat je meemaakt, van binnenuit",
        "Je levensverhaal",
        "Je mindmaps",
        "Vacatures die we samen lazen",
        "Keuzes die je afwoog",
        "Diensten die over jou belden",
    ):
        assert heading in text, heading
    assert "Waar je van droomt" in text and "Restaurant" in text
    assert "Koken › Restaurant" in text  # a sub-branch with its branch
    assert CONTACT_SUMMARY in text  # the call is among her contact moments too
    doc = json.loads(as_json.read_text(encoding="utf-8"))
    validation.check_schema("inzage.json", doc)
    assert doc["first_reception"]["reachability"].endswith(data.MARKERS["first_reception"])
    for key in ("inner_notes", "life_events", "mindmaps", "vacancies", "decisions"):
        assert len(doc[key]) == 1, key
    assert doc["phone_requests"][0]["what_asked"].endswith(data.MARKERS["phone_request"])
