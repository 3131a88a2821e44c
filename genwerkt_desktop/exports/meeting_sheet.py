"""The cliëntoverleg / rondetafel on paper: the client's preparation sheet (plain, "je")
and the partners' agenda, built from the shared view of all services at the table.

Once the meeting has taken place (its hour is past by the sheet's clock, or agreements
are written down) the client gets what was agreed instead of the preparation, and the
partner sheet is the report of the agreements: who does what by when.  A partner sheet
opens with the client's limits toward the services at the table, and speaks to them as
"u".
"""

from __future__ import annotations

import re

from genwerkt_desktop.domain.belgian_time import in_brussels
from genwerkt_desktop.domain.consent import SharedView
from genwerkt_desktop.domain.enums import MeetingKind, ShareCategory
from genwerkt_desktop.domain.meeting import has_taken_place
from genwerkt_desktop.domain.model import Client, Dossier, Meeting, Participant, Theme

from .sharing import (
    PLAIN_CATEGORY_NAMES,
    SheetFacts,
    consent_basis,
    limits_box,
    moment_text,
    shared_content,
    short_date,
)
from .sheet import Sheet, day_in_words

CLIENT_ROLES = frozenset({"cliënt", "client", "klant"})


def _kind_name(meeting: Meeting) -> str:
    return "rondetafelgesprek" if meeting.kind is MeetingKind.ROUND_TABLE else "cliëntoverleg"


def _is_client(person: Participant, client: Client) -> bool:
    """The client at the table: no service of their own, and named or described as the
    client."""
    if person.organisation_id:
        return False
    if (person.role or "").strip().casefold() in CLIENT_ROLES:
        return True
    full = " ".join(v for v in (client.first_name, client.last_name) if v)
    return person.name.strip().casefold() in {
        n.casefold() for n in (full, client.preferred_name) if n
    }


def _you(who: str, client: Client) -> str:
    """Who does it, with the client's own name turned into "jij": "Sam en jij"."""
    full = " ".join(v for v in (client.first_name, client.last_name) if v)
    said = who.strip()
    for name in (full, client.preferred_name, client.first_name):
        if name:
            said = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "jij", said, flags=re.IGNORECASE)
    return said


def _participant_rows(meeting: Meeting, names: dict[str, str]) -> list[tuple[str, str, str]]:
    return [
        (p.name, names.get(p.organisation_id or "", ""), p.role or "") for p in meeting.participants
    ]


def held(meeting: Meeting, facts: SheetFacts) -> bool:
    """Over by the sheet's clock, or with agreements written down; without a clock, a
    meeting of an earlier day."""
    if facts.now is not None:
        return has_taken_place(meeting, facts.now)
    return in_brussels(meeting.at).date() < facts.on or any(t.agreements for t in meeting.themes)


def _agreed_theme(sheet: Sheet, number: int, theme: Theme, client: Client) -> None:
    sheet.subheading(f"{number}. {theme.title}")
    if theme.client_view:
        sheet.para(f"Wat jij erover zei: {theme.client_view}", muted=True)
    if not theme.agreements:
        sheet.para("Hierover spraken we nog niets af.")
        return
    rows = []
    for agreement in theme.agreements:
        who = _you(agreement.who or "", client)
        when = f"tegen {day_in_words(agreement.due_on)}" if agreement.due_on else ""
        rows.append((agreement.what, ", ".join(p for p in (who and f"wie: {who}", when) if p)))
    sheet.checklist(rows)


def _agreed_sheet(
    dossier: Dossier, meeting: Meeting, shared: frozenset[ShareCategory], facts: SheetFacts
) -> Sheet:
    """After the meeting: what was agreed per theme, who does what and by when."""
    client = dossier.client
    name = client.called
    sheet = Sheet(
        "Wat we samen afspraken",
        f"Voor {name}, {day_in_words(facts.on)}",
        plain=True,
        footer=f"Voor {name}",
    )
    sheet.para(
        f"Op {moment_text(meeting.at)} zaten we samen aan tafel"
        + (f" ({meeting.place})" if meeting.place else "")
        + ". Hier lees je wat we afspraken."
    )
    if meeting.purpose:
        sheet.para(f"Waarom we samenkwamen: {meeting.purpose}", muted=True)
    sheet.heading("Wie doet wat")
    for number, theme in enumerate(meeting.themes, start=1):
        with sheet.together():  # a theme with its agreements, on one page
            _agreed_theme(sheet, number, theme, client)
    if not meeting.themes:
        sheet.para("Er werden geen onderwerpen genoteerd.")
    if meeting.privacy_agreements or meeting.feedback_agreements:
        sheet.heading("Wat we nog afspraken")
        sheet.para(meeting.privacy_agreements)
        sheet.para(meeting.feedback_agreements)
    sheet.heading("Wat de diensten over je mogen weten")
    with sheet.together():
        if shared:
            sheet.para("Jij gaf toestemming dat iedereen aan tafel dit mag weten:")
            sheet.bullets(PLAIN_CATEGORY_NAMES[c] for c in ShareCategory if c in shared)
        else:
            sheet.para("Er wordt niets uit je dossier gedeeld.")
        sheet.para("Al de rest blijft tussen jou en mij.", muted=True)
    sheet.coach_contact(facts.coach_name or client.coach, facts.coach_lines)
    return sheet


def meeting_client_sheet(
    dossier: Dossier, meeting: Meeting, shared: frozenset[ShareCategory], facts: SheetFacts
) -> Sheet:
    """The client's preparation: what it is, why, who, how, the themes, what is shared;
    once the meeting has taken place, what was agreed instead.

    ``shared`` is what every service at the table may hear (the gatekeeper's answer).
    """
    if held(meeting, facts):
        return _agreed_sheet(dossier, meeting, shared, facts)
    client = dossier.client
    name = client.called
    kind = _kind_name(meeting)
    sheet = Sheet(
        "Samen rond de tafel",
        f"Voor {name}, {day_in_words(facts.on)}",
        plain=True,
        footer=f"Voor {name}",
    )
    sheet.heading(f"Wat is een {kind}?")
    sheet.para(
        "Een gesprek met jou en de diensten die je helpen, allemaal samen aan één tafel. "
        "Zo hoef je je verhaal maar één keer te vertellen, en weet iedereen wie wat doet. "
        "Jij staat centraal: er wordt niets beslist zonder jou."
    )
    if meeting.purpose:
        sheet.heading("Waarom dit gesprek")
        sheet.para(meeting.purpose)
    sheet.heading("Wanneer en waar")
    sheet.para(f"Op {moment_text(meeting.at)}.")
    sheet.para(f"Waar: {meeting.place}" if meeting.place else None)
    names = {o.id: o.name for o in dossier.organisations}
    if meeting.participants:
        sheet.heading("Wie komt er")
        sheet.bullets(
            "Jij"
            if _is_client(person, client)
            else ", ".join(
                v for v in (person.name, person.role, names.get(person.organisation_id or "")) if v
            )
            for person in meeting.participants
        )
    sheet.heading("Hoe gaat het")
    leader = f"{meeting.coordinator} leidt" if meeting.coordinator else "Eén iemand leidt"
    sheet.bullets(
        [
            f"{leader} het gesprek en let erop dat iedereen aan het woord komt.",
            "We bespreken de onderwerpen één voor één. Jij zegt eerst wat jij ervan denkt.",
            "Bij elk onderwerp spreken we af wie wat doet, en tegen wanneer.",
            "Je mag altijd een pauze vragen, of zeggen dat je iets niet wil.",
        ]
    )
    if meeting.themes:
        sheet.heading("Waarover we praten")
        for number, theme in enumerate(meeting.themes, start=1):
            sheet.subheading(f"{number}. {theme.title}")
            if theme.client_view:
                sheet.para(f"Wat jij erover zei: {theme.client_view}")
            sheet.writing_lines(2)
    sheet.heading("Wat de diensten over je mogen weten")
    with sheet.together():
        if shared:
            sheet.para("Jij gaf toestemming dat iedereen aan tafel dit mag horen:")
            sheet.bullets(PLAIN_CATEGORY_NAMES[c] for c in ShareCategory if c in shared)
        else:
            sheet.para("Er wordt niets uit je dossier gedeeld. Jij vertelt zelf wat je kwijt wil.")
        sheet.para("Al de rest blijft tussen jou en mij.", muted=True)
    if meeting.privacy_agreements:
        sheet.para(f"Wat we afspraken: {meeting.privacy_agreements}")
    sheet.heading("Jouw eigen punten")
    sheet.writing_lines(5, "Wat wil jij zeker zeggen of vragen?")
    sheet.coach_contact(facts.coach_name or client.coach, facts.coach_lines)
    return sheet


def meeting_partner_sheet(view: SharedView, facts: SheetFacts) -> Sheet:
    """Agenda, people, agreements: built from the shared view and the sheet's facts only."""
    if len(view.dossier.meetings) != 1:
        raise ValueError("een partnerblad hoort bij één overleg")
    meeting = view.dossier.meetings[0]
    over = held(meeting, facts)
    kind = _kind_name(meeting)
    sheet = Sheet(
        f"{kind[0].upper()}{kind[1:]}: " + ("verslag van de afspraken" if over else "agenda"),
        f"{moment_text(meeting.at)}" + (f", {meeting.place}" if meeting.place else ""),
        footer="Vertrouwelijk, enkel voor de deelnemers aan dit overleg",
    )
    client = view.dossier.client
    sheet.facts(
        [
            ("Over", " ".join(v for v in (client.first_name, client.last_name) if v)),
            ("Doel", meeting.purpose),
            ("Gespreksleider", meeting.coordinator),
            (
                "Cliënt aanwezig",
                None
                if meeting.client_attends is None
                else "ja"
                if meeting.client_attends
                else "nee",
            ),
        ]
    )
    limits_box(sheet, view)
    consent_basis(sheet, view)
    names = {o.id: o.name for o in view.dossier.organisations}
    sheet.heading("Deelnemers")
    sheet.table(
        ["Naam", "Organisatie", "Rol"], _participant_rows(meeting, names), [0.3, 0.35, 0.35]
    )
    sheet.heading("Besproken thema's" if over else "Agenda")
    sheet.numbered(t.title for t in meeting.themes)
    if not over:
        sheet.para(
            "Bij elk thema komt eerst de cliënt aan het woord; daarna spreken we af wie wat doet.",
            muted=True,
        )
    if meeting.privacy_agreements or meeting.feedback_agreements:
        sheet.heading("Afspraken over privacy en terugkoppeling")
        sheet.facts(
            [
                ("Privacy", meeting.privacy_agreements),
                ("Terugkoppeling", meeting.feedback_agreements),
            ]
        )
    rows = [
        (
            theme.title,
            a.what,
            a.who or "",
            short_date(a.due_on),
            "" if a.client_agrees is None else "ja" if a.client_agrees else "nee",
        )
        for theme in meeting.themes
        for a in theme.agreements
    ]
    if over and rows:
        sheet.heading("Wie doet wat, tegen wanneer")
        sheet.table(
            ["Thema", "Wat", "Wie", "Tegen", "Cliënt akkoord"], rows, [0.19, 0.36, 0.19, 0.14, 0.12]
        )
    shared_content(sheet, view)
    if facts.coach_lines:
        sheet.heading("Contact")
        sheet.bullets(facts.coach_lines)
    return sheet
