"""Partner sheet builders can only see the gatekeeper's answer: their signatures take a
SharedView and the sheet's facts, and a dossier full of secrets prints none of them."""

from __future__ import annotations

import inspect
import typing
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.consent import SharedView, shareable_view
from genwerkt_desktop.domain.enums import (
    ContactKind,
    LifeDomain,
    NoteScope,
    ObservationKind,
    ReferralStatus,
    ShareCategory,
)
from genwerkt_desktop.domain.model import (
    Agreement,
    Appointment,
    Contact,
    Dossier,
    Goal,
    Meeting,
    Observation,
    Participant,
    Referral,
    Theme,
)
from genwerkt_desktop.exports.meeting_sheet import meeting_partner_sheet
from genwerkt_desktop.exports.referral_sheet import referral_partner_sheet
from genwerkt_desktop.exports.sharing import SheetFacts
from tests.domain.builders import consent, full_dossier

C = ShareCategory
ON = date(2024, 9, 1)
FACTS = SheetFacts(on=ON, coach_name="Sam", coach_lines=("Sam", "09 000"))


@pytest.mark.parametrize("builder", [referral_partner_sheet, meeting_partner_sheet])
def test_partner_builders_take_a_shared_view_and_facts_never_a_dossier(builder) -> None:  # type: ignore[no-untyped-def]
    hints = typing.get_type_hints(builder)
    params = [hints[name] for name in inspect.signature(builder).parameters]
    assert params == [SharedView, SheetFacts]
    assert Dossier not in params


def _secret_dossier() -> Dossier:
    """Every category filled with a marked secret; only rights are consented.  The
    client's limit toward VDAB is no secret to VDAB: it is printed for them to respect."""
    base = full_dossier(
        consents=(
            replace(consent("vdab", C.RIGHTS), not_to_share="GRENS-NIETZEGGEN", note="GEHEIM-NOTE"),
            consent("ocmw", C.RIGHTS, C.POP, C.CONTACT_NOTES),
        ),
        contacts=(
            Contact(
                "k1",
                datetime(2024, 3, 1, 10, tzinfo=UTC),
                ContactKind.CONVERSATION,
                summary="GEHEIM-PERSOONLIJK",
                note_scope=NoteScope.PERSONAL,
            ),
            Contact(
                "k2",
                datetime(2024, 3, 2, 10, tzinfo=UTC),
                ContactKind.CONVERSATION,
                summary="GEHEIM-DOSSIERNOTITIE",
                note_scope=NoteScope.FILE,
                client_may_read=True,
            ),
        ),
    )
    return replace(
        base,
        client=replace(base.client, support_question="GEHEIM-VRAAG", last_name="GEHEIMNAAM"),
        observations=(
            Observation("o1", LifeDomain.HEALTH, ObservationKind.NEED, "GEHEIM-GEZONDHEID"),
        ),
        goals=(Goal("g1", "GEHEIM-DOEL", base.goals[0].status),),
        referrals=(
            Referral(
                "r1",
                "vdab",
                ReferralStatus.ONGOING,
                need="Werk zoeken",
                appointment=Appointment(transport="GEHEIM-VERVOER"),
                client_questions=("GEHEIM-EIGENVRAAG",),
                who_says_what="GEHEIM-WIEZEGTWAT",
            ),
        ),
        meetings=(
            Meeting(
                "m1",
                datetime(2024, 8, 1, 9, tzinfo=UTC),
                participants=(
                    Participant("Els", "vdab", "consulent"),
                    Participant("Jan", "ocmw", "maatschappelijk werker"),
                ),
                themes=(
                    Theme(
                        "Werk",
                        client_view="GEHEIM-MENING",
                        agreements=(Agreement("Cv maken", who="Els"),),
                    ),
                ),
            ),
        ),
    )


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_unconsented_texts_are_absent_from_both_partner_sheets(tmp_path: Path) -> None:
    dossier = _secret_dossier()
    referral_view = shareable_view(dossier, ["vdab"], ON, referral_id="r1")
    meeting_view = shareable_view(dossier, ["vdab", "ocmw"], ON, meeting_id="m1")
    texts = [
        _pdf_text(referral_partner_sheet(referral_view, FACTS).write(tmp_path / "r.pdf")),
        _pdf_text(meeting_partner_sheet(meeting_view, FACTS).write(tmp_path / "m.pdf")),
    ]
    for text in texts:
        assert "GEHEIM" not in text, text
        assert "Verhoogde tegemoetkoming" in text  # the one consented category
        assert "Fatima" in text  # the first name only
    assert "GRENS-NIETZEGGEN" in texts[0]  # VDAB's own limit, on VDAB's referral sheet
    # At a table with the OCMW it is not printed (it would tell the OCMW what it is about);
    # that there are more limits is said.
    assert "GRENS-NIETZEGGEN" not in texts[1]
    assert "grenzen die niet voor iedereen aan tafel gelden" in " ".join(texts[1].split())
    assert "Werk zoeken" in texts[0] and "Cv maken" in texts[1]
