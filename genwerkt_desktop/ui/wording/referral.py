"""The seven steps of a warm referral, titled and explained in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def referral_step_words() -> dict[int, tuple[str, str]]:
    """Per step number (1..7): its title and a hint for the conversation."""
    return {
        1: (
            QCoreApplication.translate("ReferralStepWords", "Samen de vraag verkennen"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Bespreek met de cliënt wat er nodig is en of een andere dienst daarbij kan "
                "helpen.",
            ),
        ),
        2: (
            QCoreApplication.translate("ReferralStepWords", "Samen een dienst zoeken"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Kijk samen op de sociale kaart welke dienst past; de cliënt kiest mee.",
            ),
        ),
        3: (
            QCoreApplication.translate("ReferralStepWords", "Uitleggen hoe de dienst werkt"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Vertel wat de dienst aanbiedt, wie er terecht kan, hoe het verloopt en wat het "
                "betekent als de cliënt stopt.",
            ),
        ),
        4: (
            QCoreApplication.translate("ReferralStepWords", "De afspraak maken"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Beslis samen wie contact opneemt; laat de cliënt doen wat hij of zij zelf kan.",
            ),
        ),
        5: (
            QCoreApplication.translate("ReferralStepWords", "Het eerste contact voorbereiden"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Overloop welke papieren mee moeten, wie meegaat, hoe de cliënt er geraakt, of "
                "een herinnering helpt en wie wat zal vertellen.",
            ),
        ),
        6: (
            QCoreApplication.translate("ReferralStepWords", "Het eerste contact"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Ga mee als dat zo afgesproken is en geef de cliënt zelf het woord.",
            ),
        ),
        7: (
            QCoreApplication.translate("ReferralStepWords", "Nazorg en terugkoppeling"),
            QCoreApplication.translate(
                "ReferralStepWords",
                "Vraag achteraf aan de cliënt en aan de dienst hoe het liep, en bekijk samen of "
                "er nog iets nodig is.",
            ),
        ),
    }
