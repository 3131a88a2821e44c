"""The aspects of the binnenkant in words: a short label and a one-line hint each, and who
said a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import InnerAspect


def aspect_labels() -> dict[InnerAspect, str]:
    return {
        InnerAspect.EXPERIENCE: QCoreApplication.translate("InnerWords", "Beleving"),
        InnerAspect.FEELINGS: QCoreApplication.translate("InnerWords", "Gevoelens"),
        InnerAspect.HURTS: QCoreApplication.translate("InnerWords", "Kwetsuren"),
        InnerAspect.BULLYING: QCoreApplication.translate("InnerWords", "Pestervaringen"),
        InnerAspect.LOYALTIES: QCoreApplication.translate("InnerWords", "Loyaliteiten"),
        InnerAspect.BELIEFS: QCoreApplication.translate("InnerWords", "Overtuigingen"),
        InnerAspect.INTENTIONS: QCoreApplication.translate("InnerWords", "Intenties"),
        InnerAspect.DREAMS: QCoreApplication.translate("InnerWords", "Dromen"),
        InnerAspect.COPING: QCoreApplication.translate("InnerWords", "Omgaan met"),
    }


def aspect_hints() -> dict[InnerAspect, str]:
    return {
        InnerAspect.EXPERIENCE: QCoreApplication.translate(
            "InnerWords", "Hoe de cliënt de eigen situatie ziet en ervaart."
        ),
        InnerAspect.FEELINGS: QCoreApplication.translate(
            "InnerWords", "Wat de cliënt voelt: schaamte, boosheid, moedeloosheid, hoop…"
        ),
        InnerAspect.HURTS: QCoreApplication.translate(
            "InnerWords", "Wat pijn deed en vandaag nog meespeelt."
        ),
        InnerAspect.BULLYING: QCoreApplication.translate(
            "InnerWords", "Uitgelachen, buitengesloten of gepest, vroeger of nu."
        ),
        InnerAspect.LOYALTIES: QCoreApplication.translate(
            "InnerWords", "Aan wie de cliënt zich verbonden of verplicht voelt."
        ),
        InnerAspect.BELIEFS: QCoreApplication.translate(
            "InnerWords", "Wat de cliënt gelooft over zichzelf, over anderen, over hulp."
        ),
        InnerAspect.INTENTIONS: QCoreApplication.translate(
            "InnerWords", "Wat de cliënt eigenlijk wil, ook als het anders uitdraait."
        ),
        InnerAspect.DREAMS: QCoreApplication.translate(
            "InnerWords", "Waar de cliënt naar verlangt, groot of klein."
        ),
        InnerAspect.COPING: QCoreApplication.translate(
            "InnerWords", "Hoe de cliënt het volhoudt: wat helpt om overeind te blijven."
        ),
    }


def said_by_label(voiced_by_client: bool | None) -> str:
    """Who said it: the client, or the coach's impression that is still to be checked."""
    if voiced_by_client is True:
        return QCoreApplication.translate("InnerWords", "Zegt de cliënt")
    if voiced_by_client is False:
        return QCoreApplication.translate("InnerWords", "Indruk van de coach, nog na te vragen")
    return QCoreApplication.translate("InnerWords", "Niet genoteerd")


def never_shared_text() -> str:
    return QCoreApplication.translate(
        "InnerWords",
        "Wat hier staat, blijft tussen u en de cliënt: het gaat nooit mee naar een partner. "
        "De cliënt kan het wel inkijken in het eigen dossier.",
    )
