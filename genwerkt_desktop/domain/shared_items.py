"""The part of a referral or a meeting that may travel with a partner sheet.

Called only by :func:`genwerkt_desktop.domain.consent.shareable_view`, the gatekeeper.
The copies are built field by field, like the client card there: a field added to
``Referral`` or ``Meeting`` later stays home until someone decides it may travel.

A referral keeps what the receiving service needs to welcome the client: the need,
the contact person, when and where the first appointment is, what the client brings,
whether the coach comes along, and how feedback was agreed.  It drops the coach's notes
on the seven steps, the client's own questions (theirs to ask), "who says what" (the
coach's and client's preparation; it can hold what must not be said) and the revisit
date.

A meeting keeps the practical frame (when, where, why, who leads, who takes part), the
themes by title, the agreements, and the privacy and feedback agreements.  It drops the
client's view per theme (the client says it at the table, in their own words) and the
preparation checklist.
"""

from __future__ import annotations

from .model import Agreement, Appointment, Meeting, Participant, Referral, Theme


def shared_referral(referral: Referral) -> Referral:
    appointment = referral.appointment
    return Referral(
        id=referral.id,
        organisation_id=referral.organisation_id,
        status=referral.status,
        contact_person_id=referral.contact_person_id,
        domain=referral.domain,
        need=referral.need,
        revisit_on=None,
        steps=(),
        appointment=(
            Appointment(
                at=appointment.at,
                place=appointment.place,
                made_by=appointment.made_by,
                documents_to_bring=appointment.documents_to_bring,
                coach_comes_along=appointment.coach_comes_along,
                transport=None,
                reminder_wanted=None,
            )
            if appointment is not None
            else None
        ),
        client_questions=(),
        who_says_what=None,
        feedback_agreement=referral.feedback_agreement,
    )


def _without(name: str | None, hidden: str) -> str | None:
    """``name`` with the word ``hidden`` taken out (the client's last name)."""
    if name is None or not hidden:
        return name
    kept = [word for word in name.split() if word.casefold() != hidden.casefold()]
    return " ".join(kept)


def shared_meeting(meeting: Meeting, hide_last_name: str = "") -> Meeting:
    """``hide_last_name``: the client's last name when identity may not travel; it is
    taken out of the participants' names and of who does what."""
    parts = hide_last_name.split()
    return Meeting(
        id=meeting.id,
        at=meeting.at,
        kind=meeting.kind,
        place=meeting.place,
        purpose=meeting.purpose,
        coordinator=meeting.coordinator,
        client_attends=meeting.client_attends,
        participants=tuple(
            Participant(
                name=_strip_all(p.name, parts) or "",
                organisation_id=p.organisation_id,
                role=p.role,
            )
            for p in meeting.participants
        ),
        client_prepared=None,
        themes=tuple(
            Theme(
                title=theme.title,
                client_view=None,
                agreements=tuple(
                    Agreement(
                        what=a.what,
                        who=_strip_all(a.who, parts),
                        due_on=a.due_on,
                        client_agrees=a.client_agrees,
                    )
                    for a in theme.agreements
                ),
            )
            for theme in meeting.themes
        ),
        privacy_agreements=meeting.privacy_agreements,
        feedback_agreements=meeting.feedback_agreements,
    )


def _strip_all(name: str | None, hidden: list[str]) -> str | None:
    for word in hidden:
        name = _without(name, word)
    return name


def meeting_organisation_ids(meeting: Meeting) -> tuple[str, ...]:
    """The organisations at the table, each once, in the order of the participants."""
    return tuple(
        dict.fromkeys(p.organisation_id for p in meeting.participants if p.organisation_id)
    )
