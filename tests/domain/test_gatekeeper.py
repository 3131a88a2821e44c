"""The one gatekeeper for partner sheets: consent states, the referral or meeting that
may travel with a view, the intersection at a meeting, and what never leaves."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from genwerkt_desktop.domain.consent import ConsentState, consent_state, shareable_view
from genwerkt_desktop.domain.enums import LifeDomain, ObservationKind, Owner, ShareCategory
from genwerkt_desktop.domain.meeting import (
    agreements_of,
    guess_owner,
    new_goal,
    step_from_agreement,
    with_step,
)
from genwerkt_desktop.domain.model import (
    Agreement,
    Appointment,
    Meeting,
    Observation,
    Participant,
    Referral,
    ReferralStep,
    Theme,
)
from tests.domain.builders import D, consent, full_dossier, goal

C = ShareCategory
TODAY = D(2024, 6, 15)

REFERRAL = Referral(
    id="r-caw",
    organisation_id="cawx",
    status=full_dossier().referrals[0].status,
    need="Een plek om te wonen",
    steps=(ReferralStep(step=1, done=True, note="stapnotitie geheim"),),
    appointment=Appointment(
        at=datetime(2024, 7, 1, 9, 0, tzinfo=UTC),
        place="Onthaal CAW",
        documents_to_bring=("identiteitskaart",),
        transport="bus 3 van de buurvrouw geheim",
    ),
    client_questions=("eigen vraag geheim",),
    who_says_what="Niets zeggen over de rechtszaak",
    feedback_agreement="CAW belt de coach na het eerste gesprek",
)
MEETING = Meeting(
    id="m-table",
    at=datetime(2024, 7, 2, 9, 0, tzinfo=UTC),
    purpose="Samen een plan voor wonen",
    participants=(
        Participant("Fatima Peeters", role="cliënt"),
        Participant("Els", organisation_id="vdab", role="consulent"),
        Participant("Jan", organisation_id="ocmw", role="maatschappelijk werker"),
    ),
    themes=(
        Theme(
            "Wonen",
            client_view="mening van de cliënt geheim",
            agreements=(Agreement("Huurpremie aanvragen", who="Fatima Peeters"),),
        ),
    ),
)


def _dossier(*consents):  # type: ignore[no-untyped-def]
    return replace(
        full_dossier(consents=tuple(consents)), referrals=(REFERRAL,), meetings=(MEETING,)
    )


def test_consent_state_valid_revoked_missing() -> None:
    consents = (
        consent("vdab", C.POP),
        consent("ocmw", C.POP, revoked_on=D(2024, 5, 1)),
        consent("cawx", C.POP, granted_on=D(2024, 7, 1)),  # only from next month
    )
    assert consent_state(consents, "vdab", TODAY) is ConsentState.VALID
    assert consent_state(consents, "ocmw", TODAY) is ConsentState.REVOKED
    assert consent_state(consents, "cawx", TODAY) is ConsentState.MISSING
    assert consent_state(consents, "nobody", TODAY) is ConsentState.MISSING
    # A new consent after a revoked one counts again.
    again = (*consents, consent("ocmw", C.RIGHTS, granted_on=D(2024, 6, 1), id="c2"))
    assert consent_state(again, "ocmw", TODAY) is ConsentState.VALID


def test_valid_consent_lets_a_trimmed_referral_travel() -> None:
    view = shareable_view(_dossier(consent("cawx", C.RIGHTS)), ["cawx"], TODAY, referral_id="r-caw")
    (shared,) = view.dossier.referrals
    assert view.missing == () and view.categories == {C.RIGHTS}
    assert shared.need == "Een plek om te wonen"
    assert shared.feedback_agreement and shared.appointment is not None
    assert shared.appointment.documents_to_bring == ("identiteitskaart",)
    assert shared.steps == () and shared.client_questions == () and shared.who_says_what is None
    assert shared.appointment.transport is None
    assert view.dossier.meetings == ()


@pytest.mark.parametrize(
    "consents",
    [(consent("cawx", C.RIGHTS, revoked_on=D(2024, 6, 1)),), ()],
    ids=["revoked", "missing"],
)
def test_revoked_or_missing_consent_lets_nothing_travel(consents) -> None:  # type: ignore[no-untyped-def]
    view = shareable_view(_dossier(*consents), ["cawx"], TODAY, referral_id="r-caw")
    assert view.missing == ("cawx",)
    assert view.categories == frozenset() and view.consent_ids == ()
    assert view.dossier.referrals == ()
    assert view.dossier.rights == () and view.dossier.client.last_name == ""


def test_meeting_view_is_the_intersection_and_keeps_the_clients_voice_home() -> None:
    dossier = _dossier(
        consent("vdab", C.RIGHTS, C.POP, C.IDENTITY),
        consent("ocmw", C.RIGHTS, C.LIFE_DOMAINS),
    )
    view = shareable_view(dossier, ["vdab", "ocmw"], TODAY, meeting_id="m-table")
    assert view.categories == {C.RIGHTS}
    assert C.POP in view.left_out and C.IDENTITY in view.left_out
    assert view.dossier.goals == () and view.dossier.observations == ()
    (shared,) = view.dossier.meetings
    assert shared.themes[0].client_view is None and shared.client_prepared is None
    # No identity consent: the last name leaves the participants and agreements too.
    assert shared.participants[0].name == "Fatima"
    assert shared.themes[0].agreements[0].who == "Fatima"
    assert {c.id for c in view.dossier.consents} == {"c-vdab", "c-ocmw"}


def test_a_meeting_with_one_service_without_consent_shares_nothing() -> None:
    view = shareable_view(
        _dossier(consent("vdab", *ShareCategory)), ["vdab", "ocmw"], TODAY, meeting_id="m-table"
    )
    assert view.missing == ("ocmw",)
    assert view.categories == frozenset() and view.dossier.meetings == ()


def test_personal_notes_consent_notes_and_unvoiced_observations_never_travel() -> None:
    dossier = replace(
        _dossier(replace(consent("vdab", *ShareCategory), not_to_share="zwijg", note="intern")),
        observations=(
            Observation("o1", LifeDomain.HEALTH, ObservationKind.NEED, "zei ze zelf", True),
            Observation("o2", LifeDomain.HEALTH, ObservationKind.NEED, "vermoed ik", False),
        ),
    )
    view = shareable_view(dossier, ["vdab"], TODAY)
    assert [c.id for c in view.dossier.contacts] == ["file"]  # not "personal", not "hidden"
    assert [o.id for o in view.dossier.observations] == ["o1"]
    (used,) = view.dossier.consents
    assert used.not_to_share is None and used.note is None


def test_an_unknown_item_is_an_error_not_an_empty_sheet() -> None:
    with pytest.raises(ValueError, match="doorverwijzing"):
        shareable_view(_dossier(), ["cawx"], TODAY, referral_id="nope")


def test_an_agreement_becomes_a_step_with_its_owner_guessed() -> None:
    dossier = _dossier()
    client = replace(dossier.client, coach="Sam Peeters")
    meeting = replace(MEETING, coordinator="Sam Peeters")
    assert guess_owner("Fatima", client, meeting) is Owner.CLIENT
    assert guess_owner("sam", client, meeting) is Owner.COACH
    assert guess_owner("Els", client, meeting) is Owner.PARTNER
    assert guess_owner("tante Rosa", client, meeting) is Owner.PARTNER
    assert guess_owner(None, client, meeting) is Owner.COACH
    placed = agreements_of(meeting)[0]
    step = step_from_agreement("s9", replace(placed.agreement, due_on=D(2024, 8, 1)), Owner.CLIENT)
    assert (step.text, step.owner_name, step.due_on) == (
        "Huurpremie aanvragen",
        "Fatima Peeters",
        D(2024, 8, 1),
    )
    assert with_step(goal(), step).steps[-1] == step
    fresh = new_goal("g9", " Wonen ", LifeDomain.HOUSING, step)
    assert fresh.title == "Wonen" and fresh.steps == (step,)
