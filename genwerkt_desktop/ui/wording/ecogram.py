"""What changed between two ecogram versions, in the interface language (the sheets
word the same facts in ``exports.wording``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.ecogram import EcogramComparison, MemberTieChange, TieChange
from genwerkt_desktop.domain.model import EcogramNode


def listed(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" in the interface language."""
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("EcogramChanges", "{first} en {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _names(items: Iterable[EcogramNode | TieChange]) -> str:
    return listed([item.label for item in items])


def _pair(change: MemberTieChange) -> str:
    return listed(change.labels)


def ecogram_change_words(comparison: EcogramComparison) -> list[str]:
    """One short line per kind of change, or one line saying nothing changed."""
    c = comparison
    out: list[str] = []
    if c.joined:
        out.append(
            QCoreApplication.translate("EcogramChanges", "Nieuw in het netwerk: {names}.").format(
                names=_names(c.joined)
            )
        )
    if c.left:
        out.append(
            QCoreApplication.translate(
                "EcogramChanges", "Niet meer in het netwerk: {names}."
            ).format(names=_names(c.left))
        )
    if c.stronger:
        out.append(
            QCoreApplication.translate("EcogramChanges", "Sterkere band met {names}.").format(
                names=_names(c.stronger)
            )
        )
    if c.weaker:
        out.append(
            QCoreApplication.translate("EcogramChanges", "Zwakkere band met {names}.").format(
                names=_names(c.weaker)
            )
        )
    if c.became_stressful:
        out.append(
            QCoreApplication.translate(
                "EcogramChanges", "De band met {names} geeft nu stress."
            ).format(names=_names(c.became_stressful))
        )
    if c.became_broken:
        out.append(
            QCoreApplication.translate(
                "EcogramChanges", "De band met {names} is verbroken."
            ).format(names=_names(c.became_broken))
        )
    if c.became_supportive:
        # The verb agrees with the names, not with a number, so two sentences, not %n.
        one = len(c.became_supportive) == 1
        pattern = (
            QCoreApplication.translate("EcogramChanges", "{names} steunt nu.")
            if one
            else QCoreApplication.translate("EcogramChanges", "{names} steunen nu.")
        )
        out.append(pattern.format(names=_names(c.became_supportive)))
    for changes, pattern in (
        (c.new_ties, QCoreApplication.translate("EcogramChanges", "Nieuwe band tussen {pair}.")),
        (
            c.gone_ties,
            QCoreApplication.translate("EcogramChanges", "Geen band meer tussen {pair}."),
        ),
        (
            c.stronger_ties,
            QCoreApplication.translate("EcogramChanges", "De band tussen {pair} werd sterker."),
        ),
        (
            c.weaker_ties,
            QCoreApplication.translate("EcogramChanges", "De band tussen {pair} werd zwakker."),
        ),
        (
            c.stressful_ties,
            QCoreApplication.translate("EcogramChanges", "De band tussen {pair} geeft nu stress."),
        ),
        (
            c.broken_ties,
            QCoreApplication.translate("EcogramChanges", "De band tussen {pair} is verbroken."),
        ),
        (
            c.supportive_ties,
            QCoreApplication.translate("EcogramChanges", "De band tussen {pair} geeft nu steun."),
        ),
    ):
        out += [pattern.format(pair=_pair(change)) for change in changes]
    if not out:
        out.append(
            QCoreApplication.translate(
                "EcogramChanges", "Tussen deze twee data is er in het netwerk niets veranderd."
            )
        )
    return out
