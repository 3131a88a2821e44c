"""Samen gelezen: a vacancy read with the client, on one calm sheet to take home.

Plain voice, large type, "je" to the client.  The job and where, then each thing the
employer asks with what the client brings, what we decided and the client's own words.
Only the client's first (or preferred) name is printed; no method words, no coach notes
beyond the note beside each requirement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from genwerkt_desktop.domain.enums import RequirementMatch, VacancyConclusion
from genwerkt_desktop.domain.instruments import Requirement, Vacancy
from genwerkt_desktop.domain.model import Client

from .sheet import Sheet, day_in_words, text

MATCH_WORDS = {
    RequirementMatch.YES: "Dit heb je al.",
    RequirementMatch.PARTLY: "Dit heb je voor een deel.",
    RequirementMatch.NO: "Dit heb je nu nog niet.",
    RequirementMatch.DONT_KNOW: "Dit zoeken we nog uit.",
}
CONCLUSION_WORDS = {
    VacancyConclusion.APPLY: "Je gaat solliciteren.",
    VacancyConclusion.LEARN_FIRST: "Je leert eerst nog iets bij, dan kijk je opnieuw.",
    VacancyConclusion.NOT_FOR_ME: "Deze job past nu niet bij jou. Dat is ook een antwoord.",
    VacancyConclusion.LOOK_LATER: "We bekijken deze vacature later nog eens samen.",
}


def first_name(client: Client) -> str:
    return client.called


def _requirement(sheet: Sheet, requirement: Requirement) -> None:
    match = requirement.client_has
    with sheet.together():
        sheet.subheading(requirement.text)
        sheet.para(MATCH_WORDS[match] if match is not None else "Hier praten we nog over.")
        if requirement.note:
            sheet.para(requirement.note)


def build_vacancy_sheet(
    vacancy: Vacancy,
    client: Client,
    today: date,
    coach_lines: Sequence[str] = (),
    coach_name: str | None = None,
) -> Sheet:
    """The sheet of one vacancy for ``client`` on ``today``."""
    name = first_name(client)
    sheet = Sheet(
        "Een vacature, samen gelezen",
        f"Voor {name} · {day_in_words(today)}",
        plain=True,
        footer=f"Vacature samen gelezen · {name}",
    )
    sheet.heading(vacancy.title)
    if vacancy.employer:
        sheet.para(f"Bij {vacancy.employer}.")
    if vacancy.read_on is not None:
        sheet.para(f"We lazen ze samen op {day_in_words(vacancy.read_on, weekday=True)}.")
    sheet.heading("Wat ze vragen, en wat jij meebrengt")
    if not vacancy.requirements:
        sheet.para("We schrijven dit de volgende keer samen op.", muted=True)
    for requirement in vacancy.requirements:
        _requirement(sheet, requirement)
    if vacancy.conclusion is not None or vacancy.client_words:
        sheet.heading("Wat je besliste")
        if vacancy.conclusion is not None:
            sheet.para(CONCLUSION_WORDS[vacancy.conclusion])
        if vacancy.client_words:
            sheet.markup(f"<i>“{text(vacancy.client_words.strip())}”</i>")
    sheet.heading("Mijn vragen")
    sheet.writing_lines(3)
    sheet.coach_contact(coach_name, coach_lines)
    return sheet
