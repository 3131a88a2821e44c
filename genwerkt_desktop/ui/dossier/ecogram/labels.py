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


def _tr(text: str) -> str:
    return QCoreApplication.translate("EcogramLabels", text)


def category_labels() -> dict[NodeCategory, str]:
    labels = {
        NodeCategory.HOUSEHOLD: _tr("Gezin (onder één dak)"),
        NodeCategory.FAMILY: _tr("Familie"),
        NodeCategory.FRIENDS: _tr("Vrienden"),
        NodeCategory.NEIGHBOURS: _tr("Buren"),
        NodeCategory.LEISURE: _tr("Vrije tijd"),
        NodeCategory.SERVICES: _tr("Hulpverlening en diensten"),
        NodeCategory.EDUCATION: _tr("School en vorming"),
        NodeCategory.WORK: _tr("Werk"),
        NodeCategory.OTHER: _tr("Andere"),
    }
    return {category: labels[category] for category in SECTOR_ORDER}


def strength_labels() -> dict[TieStrength, str]:
    return {
        TieStrength.STRONG: _tr("Sterk"),
        TieStrength.ORDINARY: _tr("Gewoon"),
        TieStrength.WEAK: _tr("Zwak"),
    }


def quality_labels() -> dict[TieQuality, str]:
    return {
        TieQuality.SUPPORTIVE: _tr("Steunt"),
        TieQuality.NEUTRAL: _tr("Neutraal"),
        TieQuality.STRESSFUL: _tr("Geeft stress"),
        TieQuality.BROKEN: _tr("Verbroken"),
    }


def flow_labels() -> dict[SupportFlow, str]:
    return {
        SupportFlow.TO_CLIENT: _tr("Steun naar de cliënt"),
        SupportFlow.FROM_CLIENT: _tr("Steun van de cliënt"),
        SupportFlow.MUTUAL: _tr("In beide richtingen"),
        SupportFlow.NONE: _tr("Geen steun"),
    }


def support_labels() -> dict[SupportKind, str]:
    return {
        SupportKind.EMOTIONAL: _tr("&Emotioneel (E)"),
        SupportKind.PRACTICAL: _tr("&Praktisch (P)"),
        SupportKind.COMPANY: _tr("&Gezelschap (G)"),
        SupportKind.ADVICE: _tr("&Advies (A)"),
    }
