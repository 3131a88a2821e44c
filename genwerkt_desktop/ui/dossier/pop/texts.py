"""Dutch labels and plain-language questions of the POP tab (through the translator)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import GoalStatus, SupportMode
from genwerkt_desktop.domain.smart import SmartCheck


def goal_status_labels() -> dict[GoalStatus, str]:
    return {
        GoalStatus.OPEN: QCoreApplication.translate("PopTexts", "Open"),
        GoalStatus.IN_PROGRESS: QCoreApplication.translate("PopTexts", "Bezig"),
        GoalStatus.REACHED: QCoreApplication.translate("PopTexts", "Bereikt"),
        GoalStatus.ADJUSTED: QCoreApplication.translate("PopTexts", "Bijgesteld"),
        GoalStatus.LET_GO: QCoreApplication.translate("PopTexts", "Losgelaten"),
    }


def mode_labels() -> dict[SupportMode, str]:
    return {
        SupportMode.INFORMING: QCoreApplication.translate("PopTexts", "Informeren"),
        SupportMode.STRUCTURING: QCoreApplication.translate("PopTexts", "Structureren"),
        SupportMode.GUIDING: QCoreApplication.translate("PopTexts", "Begeleiden en ondersteunen"),
        SupportMode.REINFORCING: QCoreApplication.translate("PopTexts", "Bekrachtigen"),
        SupportMode.FOLLOWING: QCoreApplication.translate("PopTexts", "Meevolgen"),
        SupportMode.LETTING_GO: QCoreApplication.translate("PopTexts", "Loslaten en aanvaarden"),
    }


def smart_questions(check: SmartCheck) -> list[str]:
    """What is still missing, asked as a question the coach can put to the client."""
    out: list[str] = []
    if not check.specific:
        out.append(
            QCoreApplication.translate(
                "PopTexts",
                "Gaat het over één ding? Zeg in een paar woorden, zoals de cliënt het zegt, "
                "wat er anders moet worden.",
            )
        )
    if not check.measurable:
        out.append(
            QCoreApplication.translate(
                "PopTexts",
                "Wanneer is het bereikt? Schrijf op waaraan jullie allebei zullen zien "
                "dat het gelukt is.",
            )
        )
    if not check.acceptable:
        out.append(
            QCoreApplication.translate(
                "PopTexts",
                "Staat de cliënt erachter? Vraag of dit echt het eigen doel is, en vink het aan.",
            )
        )
    if not check.realistic:
        out.append(
            QCoreApplication.translate(
                "PopTexts",
                "Is het haalbaar? Noteer waarom, of spreek al een eerste kleine stap af.",
            )
        )
    if not check.time_bound:
        if check.date_passed:
            out.append(
                QCoreApplication.translate(
                    "PopTexts", "De datum is voorbij. Kies samen een nieuwe datum."
                )
            )
        else:
            out.append(
                QCoreApplication.translate(
                    "PopTexts",
                    "Tegen wanneer? Kies samen een datum om het doel opnieuw te bekijken.",
                )
            )
    return out


def smart_complete_text() -> str:
    return QCoreApplication.translate(
        "PopTexts", "Dit doel is duidelijk genoeg om mee aan de slag te gaan."
    )


def overdue_text(when: str) -> str:
    return QCoreApplication.translate("PopTexts", "⚠ {date} · te laat").format(date=when)


def revisit_text(when: date | None, formatted: str) -> str:
    if when is None:
        return QCoreApplication.translate("PopTexts", "Even on hold")
    return QCoreApplication.translate("PopTexts", "On hold · {date}").format(date=formatted)


def progress_text(done: int, counted: int, *, short: bool = False) -> str:
    """ "2 van 5 gedaan"; ``short`` ("2 van 5") for a column headed Voortgang."""
    if counted == 0:
        if short:
            return QCoreApplication.translate("PopTexts", "geen stappen")
        return QCoreApplication.translate("PopTexts", "nog geen stappen")
    if short:
        return QCoreApplication.translate("PopTexts", "{done} van {counted}").format(
            done=done, counted=counted
        )
    return QCoreApplication.translate("PopTexts", "{done} van {counted} gedaan").format(
        done=done, counted=counted
    )
