"""The ecogram's legend and a comparison's tags in the interface language (the sheets
keep the domain's Dutch).

The shapes, letters and colours stay those of the paper; only the explaining words are
the screen's.  Keyed by the sample, so a legend row never depends on how it is worded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.ecogram_compare_drawing import ChangeTags
from genwerkt_desktop.domain.ecogram_drawing import LegendEntry, Sample, Stroke


def _words() -> dict[Stroke | Sample | str, str]:
    return {
        Stroke.THICK: QCoreApplication.translate("EcogramLegend", "sterke band"),
        Stroke.SOLID: QCoreApplication.translate("EcogramLegend", "gewone band"),
        Stroke.DASHED: QCoreApplication.translate("EcogramLegend", "zwakke band"),
        Stroke.ZIGZAG: QCoreApplication.translate("EcogramLegend", "band die stress geeft"),
        Sample.CUT: QCoreApplication.translate("EcogramLegend", "verbroken band"),
        Sample.ARROW: QCoreApplication.translate(
            "EcogramLegend", "pijl: in die richting gaat de steun"
        ),
        "E": QCoreApplication.translate("EcogramLegend", "emotionele steun"),
        "P": QCoreApplication.translate("EcogramLegend", "praktische hulp"),
        "G": QCoreApplication.translate("EcogramLegend", "gezelschap"),
        "A": QCoreApplication.translate("EcogramLegend", "advies of informatie"),
        Sample.JOINED: QCoreApplication.translate("EcogramLegend", "nieuw in het netwerk"),
        Sample.LEFT: QCoreApplication.translate("EcogramLegend", "niet meer in het netwerk"),
        Sample.CHANGED: QCoreApplication.translate(
            "EcogramLegend", "de band veranderde (woord erbij)"
        ),
        Sample.TIE_LEFT: QCoreApplication.translate(
            "EcogramLegend", "band tussen twee leden viel weg"
        ),
    }


def screen_legend(entries: Iterable[LegendEntry]) -> tuple[LegendEntry, ...]:
    """``entries`` with their words in the interface language."""
    words = _words()
    return tuple(dataclasses.replace(e, text=words.get(e.sample, e.text)) for e in entries)


def screen_tags() -> ChangeTags:
    """The words on a comparison's tags, in the interface language."""
    return ChangeTags(
        joined=QCoreApplication.translate("EcogramTags", "nieuw"),
        left=QCoreApplication.translate("EcogramTags", "weg"),
        stronger=QCoreApplication.translate("EcogramTags", "sterker"),
        weaker=QCoreApplication.translate("EcogramTags", "zwakker"),
        stressful=QCoreApplication.translate("EcogramTags", "nu stress"),
        broken=QCoreApplication.translate("EcogramTags", "verbroken"),
        supportive=QCoreApplication.translate("EcogramTags", "steunt nu"),
    )
