"""What the full-text index holds for a dossier: every text a coach would search for."""

from __future__ import annotations

from collections.abc import Iterator

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
        yield ("ecogram", e.id, _join(e.note, *(_join(n.label, n.note) for n in e.nodes)))
    for b in d.balances:
        yield ("balans", b.id, _join(b.note, *(f.text for f in b.factors)))
    for g in d.goals:
        yield ("doel", g.id, _join(g.title, g.client_words, g.measure, g.realistic_note))
        for s in g.steps:
            yield ("stap", s.id, _join(s.text, s.owner_name, s.evaluation))
    for ct in d.contacts:
        yield contact_entry(ct)
    for cs in d.consents:
        yield ("toestemming", cs.id, _join(cs.not_to_share, cs.note))
    for ref in d.referrals:
        yield (
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
    for mt in d.meetings:
        theme_texts = [
            _join(t.title, t.client_view, *(_join(a.what, a.who) for a in t.agreements))
            for t in mt.themes
        ]
        yield (
            "overleg",
            mt.id,
            _join(
                mt.purpose, mt.place, mt.privacy_agreements, mt.feedback_agreements, *theme_texts
            ),
        )
    if d.closure:
        cl = d.closure
        yield (
            "afsluiting",
            c.id,
            _join(
                cl.client_experience,
                cl.most_helpful,
                cl.achieved,
                cl.continues_alone,
                cl.still_difficult,
                cl.network_fallback,
                cl.coach_remarks,
            ),
        )
    if d.aftercare:
        ac = d.aftercare
        yield (
            "nazorg",
            c.id,
            _join(
                *ac.can_come_back_for, *ac.not_possible, *ac.network_support, *ac.signals_to_watch
            ),
        )
