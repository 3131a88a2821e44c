"""The table rows of one composite part of a dossier (an ecogram with its members, a goal
with its steps, …).

Both the whole-dossier write and the one-part saves build their rows here, so a part
saved on its own reads back exactly as it would after an import.  Each builder returns
``(row class, rows)`` pairs, parents before children.
"""

from __future__ import annotations

from typing import Any

from genwerkt_desktop.domain import instruments as ins
from genwerkt_desktop.domain import model as m

from .models import (
    AftercareMomentRow,
    AftercareRow,
    BalanceFactorRow,
    BalanceRow,
    ClosureRow,
    ConsentRow,
    DecisionRow,
    EcogramNodeRow,
    EcogramRow,
    EcogramTieRow,
    FirstReceptionRow,
    GoalRow,
    InnerNoteRow,
    LifeEventRow,
    MeetingRow,
    MindmapRow,
    PhoneRequestRow,
    ReferralRow,
    ReferralStepRow,
    StepRow,
    VacancyRow,
)
from .row_values import enum_value, to_json, to_json_or_none, utc_key

Rows = list[tuple[Any, list[dict[str, Any]]]]


def ecogram_rows(cid: str, i: int, e: m.Ecogram) -> Rows:
    return [
        (
            EcogramRow,
            [{"id": e.id, "client_id": cid, "position": i, "drawn_on": e.drawn_on, "note": e.note}],
        ),
        (
            EcogramNodeRow,
            [
                {
                    "ecogram_id": e.id,
                    "node_id": n.id,
                    "position": j,
                    "label": n.label,
                    "category": n.category.value,
                    "organisation_id": n.organisation_id,
                    "x": n.x,
                    "y": n.y,
                    "strength": enum_value(n.strength),
                    "quality": enum_value(n.quality),
                    "flow": enum_value(n.flow),
                    "support_json": to_json(n.support),
                    "note": n.note,
                }
                for j, n in enumerate(e.nodes)
            ],
        ),
        (
            EcogramTieRow,
            [
                {
                    "ecogram_id": e.id,
                    "position": j,
                    "from_id": t.from_id,
                    "to_id": t.to_id,
                    "strength": enum_value(t.strength),
                    "quality": enum_value(t.quality),
                }
                for j, t in enumerate(e.ties)
            ],
        ),
    ]


def balance_rows(cid: str, i: int, b: m.Balance) -> Rows:
    return [
        (
            BalanceRow,
            [
                {
                    "id": b.id,
                    "client_id": cid,
                    "position": i,
                    "assessed_on": b.assessed_on,
                    "note": b.note,
                }
            ],
        ),
        (
            BalanceFactorRow,
            [
                {
                    "balance_id": b.id,
                    "position": j,
                    "side": f.side.value,
                    "domain": enum_value(f.domain),
                    "text": f.text,
                    "weight": f.weight,
                }
                for j, f in enumerate(b.factors)
            ],
        ),
    ]


def goal_rows(cid: str, i: int, g: m.Goal) -> Rows:
    return [
        (
            GoalRow,
            [
                {
                    "id": g.id,
                    "client_id": cid,
                    "position": i,
                    "domain": enum_value(g.domain),
                    "title": g.title,
                    "client_words": g.client_words,
                    "measure": g.measure,
                    "agreed_by_client": g.agreed_by_client,
                    "realistic_note": g.realistic_note,
                    "due_on": g.due_on,
                    "priority": g.priority,
                    "status": g.status.value,
                }
            ],
        ),
        (
            StepRow,
            [
                {
                    "id": s.id,
                    "goal_id": g.id,
                    "position": j,
                    "text": s.text,
                    "owner": s.owner.value,
                    "owner_name": s.owner_name,
                    "mode": enum_value(s.mode),
                    "due_on": s.due_on,
                    "status": s.status.value,
                    "evaluation": s.evaluation,
                }
                for j, s in enumerate(g.steps)
            ],
        ),
    ]


def consent_rows(cid: str, i: int, c: m.Consent) -> Rows:
    return [
        (
            ConsentRow,
            [
                {
                    "id": c.id,
                    "client_id": cid,
                    "position": i,
                    "organisation_id": c.organisation_id,
                    "granted_on": c.granted_on,
                    "method": enum_value(c.method),
                    "categories_json": to_json(c.categories),
                    "not_to_share": c.not_to_share,
                    "revoked_on": c.revoked_on,
                    "note": c.note,
                }
            ],
        )
    ]


def referral_rows(cid: str, i: int, r: m.Referral) -> Rows:
    at = r.appointment.at if r.appointment else None
    return [
        (
            ReferralRow,
            [
                {
                    "id": r.id,
                    "client_id": cid,
                    "position": i,
                    "organisation_id": r.organisation_id,
                    "contact_person_id": r.contact_person_id,
                    "domain": enum_value(r.domain),
                    "need": r.need,
                    "status": r.status.value,
                    "revisit_on": r.revisit_on,
                    "appointment_json": to_json_or_none(r.appointment),
                    "appointment_at_utc": utc_key(at) if at else None,
                    "client_questions_json": to_json(r.client_questions),
                    "who_says_what": r.who_says_what,
                    "feedback_agreement": r.feedback_agreement,
                }
            ],
        ),
        (
            ReferralStepRow,
            [
                {
                    "referral_id": r.id,
                    "position": j,
                    "step": s.step,
                    "done": s.done,
                    "done_on": s.done_on,
                    "note": s.note,
                }
                for j, s in enumerate(r.steps)
            ],
        ),
    ]


def meeting_rows(cid: str, i: int, mt: m.Meeting) -> Rows:
    return [
        (
            MeetingRow,
            [
                {
                    "id": mt.id,
                    "client_id": cid,
                    "position": i,
                    "kind": enum_value(mt.kind),
                    "at": mt.at.isoformat(),
                    "at_utc": utc_key(mt.at),
                    "place": mt.place,
                    "purpose": mt.purpose,
                    "coordinator": mt.coordinator,
                    "client_attends": mt.client_attends,
                    "participants_json": to_json(mt.participants),
                    "client_prepared_json": to_json_or_none(mt.client_prepared),
                    "themes_json": to_json(mt.themes),
                    "privacy_agreements": mt.privacy_agreements,
                    "feedback_agreements": mt.feedback_agreements,
                }
            ],
        )
    ]


def closure_rows(cid: str, cl: m.Closure) -> Rows:
    return [
        (
            ClosureRow,
            [
                {
                    "client_id": cid,
                    "evaluated_on": cl.evaluated_on,
                    "reason": enum_value(cl.reason),
                    "client_experience": cl.client_experience,
                    "most_helpful": cl.most_helpful,
                    "held_back": cl.held_back,
                    "achieved": cl.achieved,
                    "continues_alone": cl.continues_alone,
                    "still_difficult": cl.still_difficult,
                    "network_fallback": cl.network_fallback,
                    "coach_remarks": cl.coach_remarks,
                }
            ],
        )
    ]


def aftercare_rows(cid: str, ac: m.Aftercare) -> Rows:
    return [
        (
            AftercareRow,
            [
                {
                    "client_id": cid,
                    "starts_on": ac.starts_on,
                    "ends_on": ac.ends_on,
                    "can_come_back_for_json": to_json(ac.can_come_back_for),
                    "not_possible_json": to_json(ac.not_possible),
                    "network_support_json": to_json(ac.network_support),
                    "signals_to_watch_json": to_json(ac.signals_to_watch),
                    "useful_numbers_json": to_json(ac.useful_numbers),
                }
            ],
        ),
        (
            AftercareMomentRow,
            [
                {
                    "client_id": cid,
                    "position": j,
                    "on": mo.on,
                    "kind": enum_value(mo.kind),
                    "who_initiates": enum_value(mo.who_initiates),
                    "done": mo.done,
                }
                for j, mo in enumerate(ac.contact_moments)
            ],
        ),
    ]


# -- the methodology's instruments (one row each; nested lists as JSON)


def first_reception_rows(cid: str, fr: ins.FirstReception) -> Rows:
    return [
        (
            FirstReceptionRow,
            [
                {
                    "client_id": cid,
                    "on": fr.on,
                    "explained_secrecy": fr.explained_secrecy,
                    "explained_what_is_noted": fr.explained_what_is_noted,
                    "explained_team_sharing": fr.explained_team_sharing,
                    "reachability": fr.reachability,
                    "practical_help": fr.practical_help,
                    "client_expectations": fr.client_expectations,
                }
            ],
        )
    ]


def inner_note_values(cid: str, i: int, n: ins.InnerNote) -> dict[str, Any]:
    return {
        "id": n.id,
        "client_id": cid,
        "position": i,
        "aspect": n.aspect.value,
        "text": n.text,
        "domain": enum_value(n.domain),
        "voiced_by_client": n.voiced_by_client,
        "noted_on": n.noted_on,
    }


def life_event_values(cid: str, i: int, e: ins.LifeEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "client_id": cid,
        "position": i,
        "text": e.text,
        "when_text": e.when,
        "on": e.on,
        "domain": enum_value(e.domain),
    }


def mindmap_values(cid: str, i: int, mm: ins.Mindmap) -> dict[str, Any]:
    return {
        "id": mm.id,
        "client_id": cid,
        "position": i,
        "centre": mm.centre,
        "made_on": mm.made_on,
        "branches_json": to_json(mm.branches),
    }


def vacancy_values(cid: str, i: int, v: ins.Vacancy) -> dict[str, Any]:
    return {
        "id": v.id,
        "client_id": cid,
        "position": i,
        "title": v.title,
        "employer": v.employer,
        "read_on": v.read_on,
        "requirements_json": to_json(v.requirements),
        "conclusion": enum_value(v.conclusion),
        "client_words": v.client_words,
    }


def decision_values(cid: str, i: int, dc: ins.Decision) -> dict[str, Any]:
    return {
        "id": dc.id,
        "client_id": cid,
        "position": i,
        "question": dc.question,
        "made_on": dc.made_on,
        "options_json": to_json(dc.options),
        "chosen": dc.chosen,
        "client_words": dc.client_words,
    }


def phone_request_values(cid: str, i: int, pr: ins.PhoneRequest) -> dict[str, Any]:
    return {
        "id": pr.id,
        "client_id": cid,
        "position": i,
        "at": pr.at.isoformat(),
        "at_utc": utc_key(pr.at),
        "caller": pr.caller,
        "organisation_id": pr.organisation_id,
        "what_asked": pr.what_asked,
        "why": pr.why,
        "client_informed": pr.client_informed,
        "client_agreed": pr.client_agreed,
        "outcome": pr.outcome.value,
        "shared": pr.shared,
    }


def instrument_rows(d: m.Dossier) -> Rows:
    """The instruments of a whole dossier, each list in its order."""
    cid = d.client.id
    out: Rows = []
    if d.first_reception is not None:
        out += first_reception_rows(cid, d.first_reception)
    out += [
        (InnerNoteRow, [inner_note_values(cid, i, n) for i, n in enumerate(d.inner_notes)]),
        (LifeEventRow, [life_event_values(cid, i, e) for i, e in enumerate(d.life_events)]),
        (MindmapRow, [mindmap_values(cid, i, mm) for i, mm in enumerate(d.mindmaps)]),
        (VacancyRow, [vacancy_values(cid, i, v) for i, v in enumerate(d.vacancies)]),
        (DecisionRow, [decision_values(cid, i, dc) for i, dc in enumerate(d.decisions)]),
        (
            PhoneRequestRow,
            [phone_request_values(cid, i, pr) for i, pr in enumerate(d.phone_requests)],
        ),
    ]
    return out


def dossier_part_rows(d: m.Dossier) -> Rows:
    """Every composite part of a dossier, in an order that inserts parents first."""
    cid = d.client.id
    out: Rows = []
    for i, e in enumerate(d.ecograms):
        out += ecogram_rows(cid, i, e)
    for i, b in enumerate(d.balances):
        out += balance_rows(cid, i, b)
    for i, g in enumerate(d.goals):
        out += goal_rows(cid, i, g)
    for i, c in enumerate(d.consents):
        out += consent_rows(cid, i, c)
    for i, r in enumerate(d.referrals):
        out += referral_rows(cid, i, r)
    for i, mt in enumerate(d.meetings):
        out += meeting_rows(cid, i, mt)
    if d.closure is not None:
        out += closure_rows(cid, d.closure)
    if d.aftercare is not None:
        out += aftercare_rows(cid, d.aftercare)
    return out + instrument_rows(d)
