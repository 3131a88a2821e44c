"""The balance drawing's words in the interface language (the sheets keep the Dutch
defaults of :class:`BalanceWords`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.balance_drawing import BalanceWords
from genwerkt_desktop.domain.enums import LifeDomain


def domain_codes() -> dict[LifeDomain | None, str]:
    """Each life domain's two-letter code, shown on blocks beside its colour (never
    colour alone); the disambiguation names the domain for the translator."""
    return {
        LifeDomain.WORK: QCoreApplication.translate("BalanceWords", "WE", "Werk"),
        LifeDomain.INCOME: QCoreApplication.translate("BalanceWords", "IN", "Inkomen"),
        LifeDomain.HOUSING: QCoreApplication.translate("BalanceWords", "WO", "Wonen"),
        LifeDomain.HEALTH: QCoreApplication.translate("BalanceWords", "GZ", "Gezondheid"),
        LifeDomain.FAMILY: QCoreApplication.translate("BalanceWords", "GE", "Gezin"),
        LifeDomain.NETWORK: QCoreApplication.translate("BalanceWords", "NE", "Netwerk"),
        LifeDomain.EDUCATION: QCoreApplication.translate("BalanceWords", "VO", "Vorming"),
        LifeDomain.MOBILITY: QCoreApplication.translate("BalanceWords", "MO", "Mobiliteit"),
        LifeDomain.LEISURE: QCoreApplication.translate("BalanceWords", "VT", "Vrije tijd"),
        LifeDomain.ADMINISTRATION: QCoreApplication.translate(
            "BalanceWords", "AJ", "Administratie en justitie"
        ),
        LifeDomain.OTHER: QCoreApplication.translate("BalanceWords", "AN", "Andere"),
    }


def balance_words() -> BalanceWords:
    return BalanceWords(
        capacity_title=QCoreApplication.translate(
            "BalanceWords", "Draagkracht: wat je helpt dragen"
        ),
        burden_title=QCoreApplication.translate("BalanceWords", "Draaglast: wat op je weegt"),
        capacity_total=QCoreApplication.translate("BalanceWords", "Draagkracht {total}"),
        burden_total=QCoreApplication.translate("BalanceWords", "Draaglast {total}"),
        more_capacity=QCoreApplication.translate(
            "BalanceWords", "Er is meer draagkracht dan draaglast"
        ),
        in_balance=QCoreApplication.translate(
            "BalanceWords", "Draagkracht en draaglast houden elkaar in evenwicht"
        ),
        more_burden=QCoreApplication.translate(
            "BalanceWords", "De draaglast weegt zwaarder dan de draagkracht"
        ),
        title=QCoreApplication.translate("BalanceWords", "Draagkracht en draaglast, {date}"),
        title_for_client=QCoreApplication.translate(
            "BalanceWords", "Draagkracht en draaglast van {client}, {date}"
        ),
        trend_title=QCoreApplication.translate("BalanceWords", "Zo veranderde het"),
        caption=QCoreApplication.translate(
            "BalanceWords",
            "Dit is een beeld om samen over te praten, geen meting en geen gevalideerde score.",
        ),
        legend_title=QCoreApplication.translate("BalanceWords", "Levensdomeinen (legende)"),
        breakdown_title=QCoreApplication.translate("BalanceWords", "Per levensdomein"),
        no_factors=QCoreApplication.translate("BalanceWords", "Nog geen factoren."),
        no_assessments=QCoreApplication.translate("BalanceWords", "Nog geen inschattingen."),
        capacity_key=QCoreApplication.translate("BalanceWords", "draagkracht"),
        burden_key=QCoreApplication.translate("BalanceWords", "draaglast"),
        block_tip=QCoreApplication.translate(
            "BalanceWords", "{code} · {text} · gewicht {weight} van 5"
        ),
        trend_tip=QCoreApplication.translate(
            "BalanceWords", "{date}: draagkracht {capacity}, draaglast {burden}"
        ),
        domain_codes=domain_codes(),
    )
