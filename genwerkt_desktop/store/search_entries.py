"""What the full-text index holds for a dossier: every text a coach would search for."""

from __future__ import annotations

from collections.abc import Iterator

from genwerkt_desktop.domain import instruments as ins
from genwerkt_desktop.domain import model as m

from . import fts


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def client_entry(c: m.Client) -> fts.IndexEntry:
    names = _join(c.first_name, c.last_name, c.preferred_name, c.referred_by)
    return ("client", c.id, _join(names, c.support_question))


def observation_entry(o: m.Observation) -> fts.IndexEntry:
    return ("observatie", o.id, o.text)


def right_entry(r: m.Right) -> fts.IndexEntry:
    return ("recht", r.id, _join(r.name, r.note))


def contact_entry(ct: m.Contact) -> fts.IndexEntry:
    return ("contact", ct.id, _join(ct.place, ct.summary))


def ecogram_entry(e: m.Ecogram) -> fts.IndexEntry:
    return ("ecogram", e.id, _join(e.note, *(_join(n.label, n.note) for n in e.nodes)))


def balance_entry(b: m.Balance) -> fts.IndexEntry:
    return ("balans", b.id, _join(b.note, *(f.text for f in b.factors)))


def goal_entries(g: m.Goal) -> list[fts.IndexEntry]:
    out: list[fts.IndexEntry] = [
        ("doel", g.id, _join(g.title, g.client_words, g.measure, g.realistic_note))
    ]
    out += [("stap", s.id, _join(s.text, s.owner_name, s.evaluation)) for s in g.steps]
    return out


def consent_entry(cs: m.Consent) -> fts.IndexEntry:
    return ("toestemming", cs.id, _join(cs.not_to_share, cs.note))


def referral_entry(ref: m.Referral) -> fts.IndexEntry:
    return (
        "verwijzing",
        ref.id,
        _join(
            ref.need,
            ref.who_says_what,
            ref.feedback_agreement,
            *ref.client_questions,
            *(s.note for s in ref.steps),
        ),
    )


def meeting_entry(mt: m.Meeting) -> fts.IndexEntry:
    theme_texts = [
        _join(t.title, t.client_view, *(_join(a.what, a.who) for a in t.agreements))
        for t in mt.themes
    ]
    return (
        "overleg",
        mt.id,
        _join(mt.purpose, mt.place, mt.privacy_agreements, mt.feedback_agreements, *theme_texts),
    )


def closure_entry(cid: str, cl: m.Closure) -> fts.IndexEntry:
    return (
        "afsluiting",
        cid,
        _join(
            cl.client_experience,
            cl.most_helpful,
            cl.held_back,
            cl.achieved,
            cl.continues_alone,
            cl.still_difficult,
            cl.network_fallback,
            cl.coach_remarks,
        ),
    )


def aftercare_entry(cid: str, ac: m.Aftercare) -> fts.IndexEntry:
    return (
        "nazorg",
        cid,
        _join(*ac.can_come_back_for, *ac.not_possible, *ac.network_support, *ac.signals_to_watch),
    )


def first_reception_entry(cid: str, fr: ins.FirstReception) -> fts.IndexEntry:
    return ("onthaal", cid, _join(fr.reachability, fr.practical_help, fr.client_expectations))


def inner_note_entry(n: ins.InnerNote) -> fts.IndexEntry:
    return ("binnenkant", n.id, n.text)


def life_event_entry(e: ins.LifeEvent) -> fts.IndexEntry:
    return ("levensloop", e.id, _join(e.when, e.text))


def _branch_texts(branches: tuple[ins.MindmapBranch, ...]) -> Iterator[str]:
    for b in branches:
        yield b.text
        yield from _branch_texts(b.children)


def mindmap_entry(mm: ins.Mindmap) -> fts.IndexEntry:
    return ("mindmap", mm.id, _join(mm.centre, *_branch_texts(mm.branches)))


def vacancy_entry(v: ins.Vacancy) -> fts.IndexEntry:
    requirements = (_join(r.text, r.note) for r in v.requirements)
    return ("vacature", v.id, _join(v.title, v.employer, *requirements, v.client_words))


def decision_entry(dc: ins.Decision) -> fts.IndexEntry:
    options = (_join(o.text, *o.pros, *o.cons) for o in dc.options)
    return ("keuze", dc.id, _join(dc.question, *options, dc.chosen, dc.client_words))


def phone_request_entry(pr: ins.PhoneRequest) -> fts.IndexEntry:
    return ("telefoonvraag", pr.id, _join(pr.caller, pr.what_asked, pr.why, pr.shared))


def search_entries(d: m.Dossier) -> Iterator[fts.IndexEntry]:
    """Every text a coach would search for, tagged with where it lives."""
    c = d.client
    yield client_entry(c)
    for i, p in enumerate(d.phases):
        yield ("fase", str(i), p.note or "")
    for o in d.observations:
        yield observation_entry(o)
    for r in d.rights:
        yield right_entry(r)
    for e in d.ecograms:
        yield ecogram_entry(e)
    for b in d.balances:
        yield balance_entry(b)
    for g in d.goals:
        yield from goal_entries(g)
    for ct in d.contacts:
        yield contact_entry(ct)
    for cs in d.consents:
        yield consent_entry(cs)
    for ref in d.referrals:
        yield referral_entry(ref)
    for mt in d.meetings:
        yield meeting_entry(mt)
    if d.closure:
        yield closure_entry(c.id, d.closure)
    if d.aftercare:
        yield aftercare_entry(c.id, d.aftercare)
    if d.first_reception:
        yield first_reception_entry(c.id, d.first_reception)
    yield from (inner_note_entry(n) for n in d.inner_notes)
    yield from (life_event_entry(e) for e in d.life_events)
    yield from (mindmap_entry(mm) for mm in d.mindmaps)
    yield from (vacancy_entry(v) for v in d.vacancies)
    yield from (decision_entry(dc) for dc in d.decisions)
    yield from (phone_request_entry(pr) for pr in d.phone_requests)
