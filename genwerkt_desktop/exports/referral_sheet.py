"""The referral on paper: one sheet for the client (plain, "je"), one for the partner.

The client's sheet is about the appointment: where and when, how to get there, what to
bring, who comes along, their own questions and whom to call; a referral on time-out
gets a sheet that says it pauses and when we look at it again.  The partner's sheet is
built from a :class:`SharedView` alone (it cannot see the dossier): the client's limits
toward this service in a box at the top, who is coming and why, the contact person, and
what the client allowed to share, speaking to the professional as "u".
"""

from __future__ import annotations

from genwerkt_desktop.domain.consent import SharedView
from genwerkt_desktop.domain.enums import AppointmentMadeBy, ReferralStatus
from genwerkt_desktop.domain.model import Dossier, Organisation, Referral

from .sharing import (
    DOMAIN_NAMES,
    SheetFacts,
    consent_basis,
    contact_person,
    limits_box,
    moment_text,
    person_line,
    shared_content,
    short_date,
)
from .sheet import Sheet, day_in_words

# Said on a partner sheet only when the referral does not simply run.
PARTNER_STATUS = {
    ReferralStatus.TIME_OUT: "even on hold (time-out): de cliënt neemt een pauze",
    ReferralStatus.STOPPED: "gestopt",
}


def _organisation(dossier: Dossier, referral: Referral) -> Organisation | None:
    return next((o for o in dossier.organisations if o.id == referral.organisation_id), None)


def _paused_sheet(dossier: Dossier, referral: Referral, facts: SheetFacts) -> Sheet:
    """A referral on time-out: no appointment to go to, but the date we look at it again."""
    client = dossier.client
    name = client.called
    org = _organisation(dossier, referral)
    org_name = org.name if org is not None else "de dienst"
    sheet = Sheet(
        f"Even pauze: de stap naar {org_name}",
        f"Voor {name}, {day_in_words(facts.on)}",
        plain=True,
        footer=f"Voor {name}",
    )
    sheet.heading("Waar we staan")
    sheet.para(
        f"We zetten de stap naar {org_name} even op pauze. Er is nu geen afspraak en je "
        "hoeft er nergens heen. Dat is goed zo: jij beslist wanneer het past."
    )
    if referral.need:
        sheet.para(f"Waarover het ging: {referral.need}", muted=True)
    sheet.heading("Wanneer we er opnieuw naar kijken")
    if referral.revisit_on is not None:
        sheet.para(
            f"Op {day_in_words(referral.revisit_on, weekday=True)} bekijken we samen of je "
            "de stap dan wil zetten. Wil je het eerder, of later? Zeg het gerust."
        )
    else:
        sheet.para(
            "We spreken samen af wanneer we er opnieuw naar kijken. Wil je eerder verder? "
            "Zeg het gerust."
        )
    sheet.heading("Jouw vragen")
    if referral.client_questions:
        sheet.checklist([(q, "") for q in referral.client_questions])
    sheet.writing_lines(3, "Schiet je intussen iets te binnen? Schrijf het hier op.")
    sheet.coach_contact(facts.coach_name or client.coach, facts.coach_lines)
    return sheet


def _behind_us(referral: Referral, facts: SheetFacts) -> bool:
    """The first contact is no longer ahead: the referral ended, or its hour passed."""
    if referral.status in (ReferralStatus.SUCCEEDED, ReferralStatus.STOPPED):
        return True
    at = referral.appointment.at if referral.appointment is not None else None
    return at is not None and facts.now is not None and at <= facts.now


def _looking_back_sheet(dossier: Dossier, referral: Referral, facts: SheetFacts) -> Sheet:
    """The appointment is behind us: what happened, and that we look at what comes next
    together; never an appointment to go to."""
    client = dossier.client
    name = client.called
    org = _organisation(dossier, referral)
    org_name = org.name if org is not None else "de dienst"
    sheet = Sheet(
        f"Je stap naar {org_name}",
        f"Voor {name}, {day_in_words(facts.on)}",
        plain=True,
        footer=f"Voor {name}",
    )
    sheet.heading("Waar we staan")
    when = moment_text(referral.appointment.at if referral.appointment else None)
    if referral.status is ReferralStatus.SUCCEEDED:
        first = f"Je eerste gesprek bij {org_name} was op {when}." if when else None
        sheet.para(first or f"Je eerste gesprek bij {org_name} heeft plaatsgevonden.")
        sheet.para("Daar ga je nu verder. Loopt er iets vast? Zeg het gerust.")
    elif referral.status is ReferralStatus.STOPPED:
        sheet.para(
            f"De stap naar {org_name} is gestopt. Dat is niet erg: we zoeken samen wat nu "
            "beter past."
        )
    else:
        sheet.para(f"Je afspraak bij {org_name} was op {when}." if when else None)
        sheet.para("Vertel hoe het ging. Samen kijken we wat de volgende stap is.")
    sheet.heading("Wat wil je nog vragen of vertellen?")
    sheet.writing_lines(3, "Schrijf het hier op, dan bespreken we het.")
    sheet.coach_contact(facts.coach_name or client.coach, facts.coach_lines)
    return sheet


def referral_client_sheet(dossier: Dossier, referral: Referral, facts: SheetFacts) -> Sheet:
    """The client's own sheet for the first contact, in plain words; for a referral on
    time-out, what pauses and when we look at it again; once the first contact is behind
    us, what happened, never an appointment in the past."""
    if referral.status is ReferralStatus.TIME_OUT:
        return _paused_sheet(dossier, referral, facts)
    if _behind_us(referral, facts):
        return _looking_back_sheet(dossier, referral, facts)
    client = dossier.client
    name = client.called
    org = _organisation(dossier, referral)
    org_name = org.name if org is not None else "de dienst"
    appointment = referral.appointment
    sheet = Sheet(
        f"Je afspraak bij {org_name}",
        f"Voor {name}, {day_in_words(facts.on)}",
        plain=True,
        footer=f"Voor {name}",
    )
    sheet.heading("Wanneer en waar")
    when = moment_text(appointment.at if appointment else None)
    sheet.para(f"Je afspraak is op {when}." if when else "De dag en het uur liggen nog niet vast.")
    place = (appointment.place if appointment else None) or (org.address if org else None)
    sheet.para(f"Waar: {place}" if place else None)
    if appointment and appointment.made_by is not None:
        # Once the day and hour are set, the appointment was made: say by whom.
        made = {
            AppointmentMadeBy.CLIENT: "Je maakte deze afspraak zelf.",
            AppointmentMadeBy.COACH: "Je coach maakte deze afspraak voor je.",
            AppointmentMadeBy.TOGETHER: "We maakten deze afspraak samen.",
        }
        to_make = {
            AppointmentMadeBy.CLIENT: "Jij belt zelf om de afspraak te maken.",
            AppointmentMadeBy.COACH: "Je coach maakt de afspraak voor je.",
            AppointmentMadeBy.TOGETHER: "We maken de afspraak samen.",
        }
        sheet.para((made if appointment.at else to_make)[appointment.made_by])
    if appointment and appointment.transport:
        sheet.heading("Hoe geraak je er")
        sheet.para(appointment.transport)
    if org is not None and org.opening_hours:
        sheet.para(f"Open: {org.opening_hours}", muted=True)
    if appointment and appointment.documents_to_bring:
        sheet.heading("Wat neem je mee")
        sheet.checklist([(doc, "") for doc in appointment.documents_to_bring])
    sheet.heading("Wie gaat mee")
    coach = facts.coach_name or "je coach"
    if appointment and appointment.coach_comes_along:
        sheet.para(f"{coach} gaat met je mee.")
    else:
        sheet.para("Je gaat zelf. Je mag iemand meenemen die je vertrouwt.")
    person = contact_person(org, referral.contact_person_id)
    if person is not None:
        # "Nadia El Amrani, schuldbemiddelaar (Gent)": no brackets around a role that
        # may hold brackets of its own.
        role = f", {person.role}" if person.role else ""
        sheet.para(f"Daar spreek je met {person.name}{role}.")
    sheet.heading("Jouw vragen")
    if referral.client_questions:
        sheet.checklist([(q, "") for q in referral.client_questions])
    sheet.writing_lines(3, "Nog een vraag? Schrijf ze hier op.")
    if appointment and appointment.reminder_wanted:
        sheet.para("Je krijgt de dag ervoor nog een herinnering.", muted=True)
    with sheet.together():  # whom to call stays one block
        sheet.coach_contact(facts.coach_name or client.coach, facts.coach_lines)
        if org is not None and org.phone:
            sheet.para(f"Lukt het niet om te gaan? Verwittig {org_name}: {org.phone}.")
    return sheet


def referral_partner_sheet(view: SharedView, facts: SheetFacts) -> Sheet:
    """For the receiving service: built from the shared view and the sheet's facts only."""
    if len(view.dossier.referrals) != 1 or len(view.dossier.organisations) != 1:
        raise ValueError("een partnerblad hoort bij één doorverwijzing naar één organisatie")
    referral = view.dossier.referrals[0]
    org = view.dossier.organisations[0]
    client = view.dossier.client
    who = " ".join(v for v in (client.first_name, client.last_name) if v)
    sheet = Sheet(
        f"Doorverwijzing naar {org.name}",
        f"Opgemaakt op {short_date(facts.on)}"
        + (f" door {facts.coach_name}" if facts.coach_name else ""),
        footer=f"Vertrouwelijk, enkel voor {org.name}",
    )
    person = contact_person(org, referral.contact_person_id)
    sheet.facts(
        [
            ("Voor", person_line(person) if person else org.name),
            ("Wie komt", who),
            ("Levensdomein", DOMAIN_NAMES[referral.domain] if referral.domain else None),
            ("Stand", PARTNER_STATUS.get(referral.status)),
        ]
    )
    limits_box(sheet, view)
    consent_basis(sheet, view)
    sheet.heading("De vraag")
    sheet.para(referral.need or "De vraag staat nog niet op papier; de cliënt vertelt ze zelf.")
    appointment = referral.appointment
    if appointment is not None:
        sheet.heading("De afspraak")
        sheet.facts(
            [
                ("Wanneer", moment_text(appointment.at)),
                ("Waar", appointment.place),
                (
                    "Coach komt mee",
                    None
                    if appointment.coach_comes_along is None
                    else ("ja" if appointment.coach_comes_along else "nee"),
                ),
                ("Brengt mee", ", ".join(appointment.documents_to_bring)),
            ]
        )
    if referral.feedback_agreement:
        sheet.heading("Terugkoppeling")
        sheet.para(referral.feedback_agreement)
    shared_content(sheet, view)
    if facts.coach_lines:
        sheet.heading("Contact met de coach")
        sheet.bullets(facts.coach_lines)
    return sheet
