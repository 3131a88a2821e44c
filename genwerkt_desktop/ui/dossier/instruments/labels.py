"""Dutch words for the closed lists of the instruments (for the coach: "u")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import PhoneOutcome, RequirementMatch, VacancyConclusion


def match_labels() -> dict[RequirementMatch, str]:
    return {
        RequirementMatch.YES: QCoreApplication.translate("InstrumentLabels", "ja"),
        RequirementMatch.PARTLY: QCoreApplication.translate("InstrumentLabels", "deels"),
        RequirementMatch.NO: QCoreApplication.translate("InstrumentLabels", "nee"),
        RequirementMatch.DONT_KNOW: QCoreApplication.translate("InstrumentLabels", "weet niet"),
    }


def conclusion_labels() -> dict[VacancyConclusion, str]:
    return {
        VacancyConclusion.APPLY: QCoreApplication.translate("InstrumentLabels", "Solliciteren"),
        VacancyConclusion.LEARN_FIRST: QCoreApplication.translate(
            "InstrumentLabels", "Eerst bijleren"
        ),
        VacancyConclusion.NOT_FOR_ME: QCoreApplication.translate(
            "InstrumentLabels", "Niet voor mij"
        ),
        VacancyConclusion.LOOK_LATER: QCoreApplication.translate(
            "InstrumentLabels", "Later bekijken"
        ),
    }


def outcome_labels() -> dict[PhoneOutcome, str]:
    return {
        PhoneOutcome.CALL_BACK: QCoreApplication.translate(
            "InstrumentLabels", "Later terugbellen (eerst met de cliënt praten)"
        ),
        PhoneOutcome.NOTHING_SHARED: QCoreApplication.translate(
            "InstrumentLabels", "Niets gedeeld"
        ),
        PhoneOutcome.SHARED_WITH_CONSENT: QCoreApplication.translate(
            "InstrumentLabels", "Gedeeld, met akkoord van de cliënt"
        ),
    }


def short_outcome_labels() -> dict[PhoneOutcome, str]:
    return {
        PhoneOutcome.CALL_BACK: QCoreApplication.translate("InstrumentLabels", "terugbellen"),
        PhoneOutcome.NOTHING_SHARED: QCoreApplication.translate(
            "InstrumentLabels", "niets gedeeld"
        ),
        PhoneOutcome.SHARED_WITH_CONSENT: QCoreApplication.translate(
            "InstrumentLabels", "gedeeld met akkoord"
        ),
    }


def yes_no_labels() -> list[tuple[bool | None, str]]:
    """A question with three answers: not asked yet, yes, no."""
    return [
        (None, QCoreApplication.translate("InstrumentLabels", "Nog niet nagevraagd")),
        (True, QCoreApplication.translate("InstrumentLabels", "Ja")),
        (False, QCoreApplication.translate("InstrumentLabels", "Nee")),
    ]
