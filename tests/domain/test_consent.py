from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from genwerkt_desktop.domain.consent import (
    SharedView,
    client_view,
    consent_is_valid,
    shareable_categories,
    shareable_view,
    valid_categories,
)
from genwerkt_desktop.domain.enums import NoteScope, ShareCategory
from genwerkt_desktop.domain.model import Consent, Contact, Dossier
from tests.domain.builders import D, consent, contact, full_dossier

C = ShareCategory
TODAY = D(2024, 6, 15)


def test_consent_revoked_yesterday_is_invalid_today() -> None:
    revoked = consent("vdab", C.POP, revoked_on=TODAY - timedelta(days=1))
    assert not consent_is_valid(revoked, TODAY)
    assert consent_is_valid(revoked, TODAY - timedelta(days=2))


def test_consent_validity_edges() -> None:
    granted_today = consent("vdab", C.POP, granted_on=TODAY)
    assert consent_is_valid(granted_today, TODAY)
    assert not consent_is_valid(granted_today, TODAY - timedelta(days=1))
    assert not consent_is_valid(replace(granted_today, revoked_on=TODAY), TODAY)
    assert consent_is_valid(replace(granted_today, revoked_on=TODAY + timedelta(days=1)), TODAY)


def test_categories_add_up_per_organisation_and_intersect_across_them() -> None:
    consents = (
        consent("vdab", C.POP, C.IDENTITY, id="c1"),
        consent("vdab", C.RIGHTS, id="c2"),
        consent("ocmw", C.IDENTITY, C.RIGHTS, id="c3"),
        consent("ocmw", C.POP, id="c4", revoked_on=D(2024, 5, 1)),
    )
    assert valid_categories(consents, "vdab", TODAY) == {C.POP, C.IDENTITY, C.RIGHTS}
    assert valid_categories(consents, "ocmw", TODAY) == {C.IDENTITY, C.RIGHTS}
    assert shareable_categories(consents, ["vdab", "ocmw"], TODAY) == {C.IDENTITY, C.RIGHTS}
    assert shareable_categories(consents, [], TODAY) == frozenset()
    assert shareable_categories(consents, ["nobody"], TODAY) == frozenset()


def test_meeting_with_two_services_where_only_one_agreed_to_the_pop() -> None:
    dossier = full_dossier(
        consents=(
            consent("vdab", C.POP, C.SUPPORT_QUESTION, id="c-vdab"),
            consent("ocmw", C.SUPPORT_QUESTION, id="c-ocmw"),
            consent("cawx", C.POP, C.SUPPORT_QUESTION, C.IDENTITY, id="c-caw"),
        )
    )
    view = shareable_view(dossier, ["vdab", "ocmw"], TODAY)
    assert view.categories == {C.SUPPORT_QUESTION}
    assert C.POP in view.left_out
    assert view.dossier.goals == ()
    assert view.dossier.client.support_question == dossier.client.support_question
    assert view.dossier.phases == dossier.phases
    assert view.consent_ids == ("c-vdab", "c-ocmw")
    assert {c.id for c in view.dossier.consents} == {"c-vdab", "c-ocmw"}
    assert {o.id for o in view.dossier.organisations} == {"vdab", "ocmw"}


def test_personal_notes_never_leave_even_with_contact_notes_consent() -> None:
    dossier = full_dossier(consents=(consent("vdab", *ShareCategory),))
    view = shareable_view(dossier, ["vdab"], TODAY)
    assert view.categories == frozenset(ShareCategory)
    assert view.left_out == ()
    assert [c.id for c in view.dossier.contacts] == ["file"]


def test_a_note_whose_scope_was_never_set_stays_home() -> None:
    dossier = full_dossier(
        consents=(consent("vdab", C.CONTACT_NOTES),),
        contacts=(contact("unset", note_scope=None), contact("file")),
    )
    assert [c.id for c in shareable_view(dossier, ["vdab"], TODAY).dossier.contacts] == ["file"]


def test_without_identity_only_the_first_name_goes() -> None:
    dossier = full_dossier(consents=(consent("vdab", C.SUPPORT_QUESTION),))
    shared = shareable_view(dossier, ["vdab"], TODAY).dossier.client
    assert shared.first_name == "Fatima"
    assert shared.last_name == "" and shared.preferred_name is None and shared.birth_date is None
    assert shared.phone is None and shared.email is None and shared.address is None
    assert shared.extra is None


def test_nothing_consented_means_an_almost_empty_view() -> None:
    dossier = full_dossier(consents=(consent("ocmw", *ShareCategory),))
    view = shareable_view(dossier, ["vdab"], TODAY)
    assert view.categories == frozenset()
    assert view.left_out == tuple(ShareCategory)
    assert view.consent_ids == ()
    shared = view.dossier
    assert shared.phases == () and shared.goals == ()
    assert shared.contacts == () and shared.referrals == ()
    assert shared.closure is None and shared.aftercare is None and shared.extra is None
    assert shared.client.support_question is None


def test_everything_consented_still_drops_extras_referrals_and_meetings() -> None:
    dossier = full_dossier(consents=(consent("vdab", *ShareCategory),))
    shared = shareable_view(dossier, ["vdab"], TODAY).dossier
    assert shared.client.last_name == "Peeters" and shared.client.phone is not None
    assert shared.goals == dossier.goals and shared.closure == dossier.closure
    assert shared.referrals == () and shared.meetings == ()
    assert shared.extra is None and shared.client.extra is None
    assert [o.id for o in shared.organisations] == ["vdab"]


def test_client_view_keeps_personal_notes_only_on_request() -> None:
    dossier = full_dossier(
        contacts=(
            contact("file"),
            contact("unknown", client_may_read=None),
            contact("personal", note_scope=NoteScope.PERSONAL),
            contact("hidden", client_may_read=False),
            contact("hidden-personal", note_scope=NoteScope.PERSONAL, client_may_read=False),
        )
    )
    assert [c.id for c in client_view(dossier).contacts] == ["file", "unknown"]
    with_notes = client_view(dossier, with_personal_notes=True)
    assert [c.id for c in with_notes.contacts] == ["file", "unknown", "personal"]
    assert with_notes.goals == dossier.goals and with_notes.referrals == dossier.referrals


ORGS = ("vdab", "ocmw", "cawx")
BASE = D(2024, 1, 1)

consents_strategy = st.lists(
    st.builds(
        lambda i, org, cats, granted, revoked: Consent(
            id=f"c{i}",
            organisation_id=org,
            granted_on=BASE + timedelta(days=granted),
            categories=tuple(cats),
            revoked_on=None if revoked is None else BASE + timedelta(days=revoked),
        ),
        st.integers(0, 10_000),
        st.sampled_from(ORGS),
        st.lists(st.sampled_from(list(ShareCategory)), max_size=5),
        st.integers(0, 60),
        st.none() | st.integers(0, 60),
    ),
    max_size=8,
)
contacts_strategy = st.lists(
    st.builds(
        lambda i, scope, may_read: contact(f"k{i}", note_scope=scope, client_may_read=may_read),
        st.integers(0, 1000),
        st.none() | st.sampled_from(list(NoteScope)),
        st.none() | st.booleans(),
    ),
    max_size=6,
)


def _data_present(shared: Dossier) -> set[ShareCategory]:
    """Which categories visibly carry data in a shared dossier."""
    client = shared.client
    present: set[ShareCategory] = set()
    if client.last_name or client.preferred_name or client.birth_date:
        present.add(C.IDENTITY)
    if client.phone or client.email or client.address or client.language:
        present.add(C.CONTACT_DETAILS)
    if client.support_question or shared.phases:
        present.add(C.SUPPORT_QUESTION)
    checks = {
        C.LIFE_DOMAINS: shared.observations,
        C.RIGHTS: shared.rights,
        C.ECOGRAM: shared.ecograms,
        C.BALANCE: shared.balances,
        C.POP: shared.goals,
        C.CONTACT_NOTES: shared.contacts,
    }
    present.update(category for category, items in checks.items() if items)
    if shared.closure is not None or shared.aftercare is not None:
        present.add(C.CLOSURE)
    return present


@given(
    consents=consents_strategy,
    contacts=contacts_strategy,
    receivers=st.lists(st.sampled_from(ORGS), max_size=3),
    on_offset=st.integers(0, 60),
)
def test_shared_view_never_exceeds_consent_nor_shows_personal_notes(
    consents: list[Consent], contacts: list[Contact], receivers: list[str], on_offset: int
) -> None:
    on: date = BASE + timedelta(days=on_offset)
    dossier = full_dossier(consents=tuple(consents), contacts=tuple(contacts))
    view: SharedView = shareable_view(dossier, receivers, on)
    shared = view.dossier

    for org in receivers:
        assert view.categories <= valid_categories(consents, org, on)
    if not receivers:
        assert view.categories == frozenset()
    assert _data_present(shared) <= view.categories
    assert set(view.left_out) == set(ShareCategory) - view.categories

    for note in shared.contacts:
        assert note.note_scope is NoteScope.FILE
        assert note.client_may_read is not False
    assert shared.extra is None and shared.client.extra is None
    assert shared.referrals == () and shared.meetings == ()
    assert {o.id for o in shared.organisations} <= set(receivers)
    assert {c.id for c in shared.consents} == set(view.consent_ids)
    for used in shared.consents:
        assert used.organisation_id in receivers and consent_is_valid(used, on)
