"""Dutch labels for the ecogram's closed lists, in the order the side panel offers them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.ecogram import SECTOR_ORDER
from genwerkt_desktop.domain.enums import (
    NodeCategory,
    SupportFlow,
    SupportKind,
    TieQuality,
    TieStrength,
)


def category_labels() -> dict[NodeCategory, str]:
    labels = {
        NodeCategory.HOUSEHOLD: QCoreApplication.translate(
            "EcogramLabels", "Gezin (onder één dak)"
        ),
        NodeCategory.FAMILY: QCoreApplication.translate("EcogramLabels", "Familie"),
        NodeCategory.FRIENDS: QCoreApplication.translate("EcogramLabels", "Vrienden"),
        NodeCategory.NEIGHBOURS: QCoreApplication.translate("EcogramLabels", "Buren"),
        NodeCategory.LEISURE: QCoreApplication.translate("EcogramLabels", "Vrije tijd"),
        NodeCategory.SERVICES: QCoreApplication.translate(
            "EcogramLabels", "Hulpverlening en diensten"
        ),
        NodeCategory.EDUCATION: QCoreApplication.translate("EcogramLabels", "School en vorming"),
        NodeCategory.WORK: QCoreApplication.translate("EcogramLabels", "Werk"),
        NodeCategory.OTHER: QCoreApplication.translate("EcogramLabels", "Andere"),
    }
    return {category: labels[category] for category in SECTOR_ORDER}


def strength_labels() -> dict[TieStrength, str]:
    return {
        TieStrength.STRONG: QCoreApplication.translate("EcogramLabels", "Sterk"),
        TieStrength.ORDINARY: QCoreApplication.translate("EcogramLabels", "Gewoon"),
        TieStrength.WEAK: QCoreApplication.translate("EcogramLabels", "Zwak"),
    }


def quality_labels() -> dict[TieQuality, str]:
    return {
        TieQuality.SUPPORTIVE: QCoreApplication.translate("EcogramLabels", "Steunt"),
        TieQuality.NEUTRAL: QCoreApplication.translate("EcogramLabels", "Neutraal"),
        TieQuality.STRESSFUL: QCoreApplication.translate("EcogramLabels", "Geeft stress"),
        TieQuality.BROKEN: QCoreApplication.translate("EcogramLabels", "Verbroken"),
    }


def flow_labels() -> dict[SupportFlow, str]:
    return {
        SupportFlow.TO_CLIENT: QCoreApplication.translate("EcogramLabels", "Steun naar de cliënt"),
        SupportFlow.FROM_CLIENT: QCoreApplication.translate("EcogramLabels", "Steun van de cliënt"),
        SupportFlow.MUTUAL: QCoreApplication.translate("EcogramLabels", "In beide richtingen"),
        SupportFlow.NONE: QCoreApplication.translate("EcogramLabels", "Geen steun"),
    }


def support_labels() -> dict[SupportKind, str]:
    return {
        SupportKind.EMOTIONAL: QCoreApplication.translate("EcogramLabels", "&Emotioneel (E)"),
        SupportKind.PRACTICAL: QCoreApplication.translate("EcogramLabels", "&Praktisch (P)"),
        SupportKind.COMPANY: QCoreApplication.translate("EcogramLabels", "&Gezelschap (G)"),
        SupportKind.ADVICE: QCoreApplication.translate("EcogramLabels", "&Advies (A)"),
    }
