"""The interface words the domain's facts in its own language; the sheets keep Dutch.

In Dutch (no catalogue) the screen's words are the sheets' words, letter for letter; in
English they hold no Dutch word.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from genwerkt_desktop.domain.balance_drawing import DOMAIN_STYLES, DUTCH_WORDS, draw
from genwerkt_desktop.domain.ecogram import EcogramComparison, MemberTieChange, TieChange, compare
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    BalanceSide,
    ContactKind,
    LifeDomain,
    MeetingKind,
    NodeCategory,
    ReminderPreference,
    TieQuality,
    TieStrength,
)
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Ecogram, EcogramNode, EcogramTie
from genwerkt_desktop.exports.wording import ecogram_changes
from genwerkt_desktop.services.agenda import AgendaDetail, AgendaItem, AgendaKind
from genwerkt_desktop.ui.agenda.dates import day_range, long_day, short_day
from genwerkt_desktop.ui.i18n import install_language, remove_language
from genwerkt_desktop.ui.settings import Language
from genwerkt_desktop.ui.wording.agenda import agenda_text
from genwerkt_desktop.ui.wording.balance import balance_words
from genwerkt_desktop.ui.wording.ecogram import ecogram_change_words
from genwerkt_desktop.ui.wording.referral import referral_step_words
from tests.demo_files import demo_doc
from tests.domain.builders import balance, factor, simple_balance
from tests.ui.test_english_walk import DUTCH, DUTCH_MONTH
from tests.ui.test_translations import english_catalogue

__all__ = ["english_catalogue"]  # the fixture, offered to this module

DAY = date(2026, 12, 9)


def _node(node_id: str, label: str) -> EcogramNode:
    return EcogramNode(
        id=node_id,
        label=label,
        category=NodeCategory.FAMILY,
        x=0.1,
        y=0.1,
        strength=TieStrength.ORDINARY,
        quality=TieQuality.NEUTRAL,
    )


def every_change() -> EcogramComparison:
    """A comparison with every kind of change, two names where a verb must agree."""
    mother, fatima, karim = _node("m", "Moeder"), _node("f", "Fatima"), _node("k", "Karim")
    empty = Ecogram("oud", date(2026, 3, 1), ())
    tie = EcogramTie("m", "f", TieStrength.ORDINARY, TieQuality.NEUTRAL)
    change = TieChange("m", "Moeder", mother, mother)
    between = MemberTieChange(("m", "f"), ("Moeder", "Fatima"), tie, tie)
    return EcogramComparison(
        older=empty,
        newer=empty,
        joined=(mother, fatima, karim),
        left=(karim,),
        stronger=(change,),
        weaker=(change,),
        became_stressful=(change,),
        became_broken=(change,),
        became_supportive=(change, TieChange("f", "Fatima", fatima, fatima)),
        new_ties=(between,),
        gone_ties=(between,),
        stronger_ties=(between,),
        weaker_ties=(between,),
        stressful_ties=(between,),
        broken_ties=(between,),
        supportive_ties=(between,),
    )


def agenda_items() -> list[AgendaItem]:
    at = datetime(2026, 12, 9, 10, 0)

    def item(kind: AgendaKind, detail: AgendaDetail) -> AgendaItem:
        return AgendaItem(kind, DAY, at, "c", "Ayşe Yılmaz", detail, "r")

    return [
        *(
            item(AgendaKind.APPOINTMENT, AgendaDetail("Gent", contact_kind=kind))
            for kind in ContactKind
        ),
        *(
            item(AgendaKind.AFTERCARE, AgendaDetail(aftercare_kind=kind, client_initiates=True))
            for kind in (*AftercareKind, None)
        ),
        item(AgendaKind.REFERRAL_APPOINTMENT, AgendaDetail("VDAB")),
        *(
            item(AgendaKind.MEETING, AgendaDetail("Gent", meeting_kind=kind))
            for kind in MeetingKind
        ),
        item(AgendaKind.REVISIT, AgendaDetail("VDAB")),
        item(AgendaKind.APPOINTMENT, AgendaDetail("Gent", missed=True)),
        *(
            item(AgendaKind.REMINDER, AgendaDetail("VDAB", reminder=how))
            for how in (*ReminderPreference, None)
        ),
    ]


def _dutch(texts: list[str]) -> list[str]:
    return [t for t in texts if DUTCH.search(t) or DUTCH_MONTH.search(t)]


def test_in_dutch_the_screen_words_changes_as_the_sheet_does() -> None:
    comparisons = [every_change()]
    for fragment in ("ayse", "lukasz", "ioana"):
        versions = sorted(from_document(demo_doc(fragment)).ecograms, key=lambda e: e.drawn_on)
        if len(versions) >= 2:
            comparisons.append(compare(versions[0], versions[-1]))
    assert len(comparisons) >= 2, "the demo has an ecogram with two versions"
    for comparison in comparisons:
        assert ecogram_change_words(comparison) == ecogram_changes(comparison)


def test_in_dutch_the_balance_on_screen_reads_as_on_paper() -> None:
    words = balance_words()
    assert replace(words, domain_codes={}) == DUTCH_WORDS
    assert {d: s.code for d, s in DOMAIN_STYLES.items() if d is not None} == words.domain_codes


@pytest.fixture
def english(qapp: QApplication, english_catalogue: Path):  # type: ignore[no-untyped-def]
    installed = install_language(qapp, Language.ENGLISH, folder=english_catalogue)
    yield
    remove_language(qapp, installed)


@pytest.mark.usefixtures("english")
def test_in_english_the_changes_read_in_english() -> None:
    words = ecogram_change_words(every_change())
    assert words[0] == "New in the network: Moeder, Fatima and Karim."
    assert "Moeder and Fatima now give support." in words
    assert not _dutch(words)
    nothing = EcogramComparison(*([Ecogram("a", DAY, ())] * 2), (), (), (), (), (), (), ())
    assert ecogram_change_words(nothing) == [
        "Nothing changed in the network between these two dates."
    ]


@pytest.mark.usefixtures("english")
def test_in_english_the_agenda_words_each_kind() -> None:
    texts = [agenda_text(item) for item in agenda_items()]
    assert "Home visit – Gent" in texts
    assert "First appointment at VDAB" in texts
    assert "Aftercare contact (phone call) – the client gets in touch" in texts
    assert not _dutch(texts)


@pytest.mark.usefixtures("english")
def test_in_english_the_balance_and_the_referral_steps_read_in_english() -> None:
    words = balance_words()
    history = [simple_balance(date(2026, 1, 5), 4, 9), simple_balance(date(2026, 3, 5), 8, 3)]
    drawing = draw(history[-1], history, "Ayşe", words=words)
    assert drawing.title == "Capacity and burden for Ayşe, 05/03/2026"
    assert drawing.verdict == "There is more capacity than burden"
    assert drawing.trend.title == "How it changed"
    health = balance(DAY, factor(BalanceSide.BURDEN, 3, LifeDomain.HEALTH))
    assert [item.style.code for item in draw(health, words=words).legend] == ["HE"]
    codes = list(words.domain_codes.values())
    assert len(set(codes)) == len(codes) == 11 and "WK" in codes and "HE" in codes
    assert not _dutch([str(value) for value in vars(words).values()])
    steps = referral_step_words()
    assert sorted(steps) == [1, 2, 3, 4, 5, 6, 7]
    assert steps[5][0] == "Prepare the first contact"
    assert not _dutch([text for pair in steps.values() for text in pair])


@pytest.mark.usefixtures("english")
def test_the_sheets_keep_their_dutch_in_an_english_interface() -> None:
    drawing = draw(simple_balance(date(2026, 3, 5), 8, 3), (), "Ayşe")
    assert drawing.title == "Draagkracht en draaglast van Ayşe, 05/03/2026"
    assert drawing.verdict == "Er is meer draagkracht dan draaglast"
    assert ecogram_changes(every_change())[0] == "Nieuw in het netwerk: Moeder, Fatima en Karim."


def test_agenda_dates_follow_the_interface_language(
    qapp: QApplication, english_catalogue: Path
) -> None:
    assert long_day(DAY) == "woensdag 9 december 2026"
    assert short_day(DAY) == "wo 9 dec"
    assert day_range(date(2026, 11, 30), date(2026, 12, 6)) == "30 november – 6 december 2026"
    installed = install_language(qapp, Language.ENGLISH, folder=english_catalogue)
    try:
        assert long_day(DAY) == "Wednesday 9 December 2026"
        assert short_day(DAY) == "Wed 9 Dec"
        assert day_range(date(2026, 12, 7), date(2026, 12, 13)) == "7–13 December 2026"
    finally:
        remove_language(qapp, installed)
    assert long_day(DAY) == "woensdag 9 december 2026"
