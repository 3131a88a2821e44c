"""Plain words for the client's sheets: the je-form suggestion and one idea a line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genwerkt_desktop.domain.plain_words import about_the_client, ideas, je_form

AYSE = ("Ayşe", None)


def test_a_text_about_the_client_by_name_suggests_the_je_form() -> None:
    found = about_the_client("Ayşe opent zelf haar post", AYSE)
    assert found is not None
    assert found.line == "Ayşe opent zelf haar post"
    assert found.suggestion == "Je opent zelf je post"


def test_a_text_in_the_je_form_suggests_nothing() -> None:
    assert about_the_client("Je opent zelf je post", AYSE) is None
    assert about_the_client("Elke maandag open je de post.", AYSE) is None
    assert about_the_client("", AYSE) is None


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Ioana meldt zich vaak ziek", "Je meldt je vaak ziek"),
        ("Mee naar het gesprek, als Ayşe dat vraagt.", "Mee naar het gesprek, als je dat vraagt."),
        ("De cliënt belt zelf naar de mutualiteit.", "Je belt zelf naar de mutualiteit."),
        ("Ayşe is trots en wil er klaar voor zijn", "Je bent trots en wil er klaar voor zijn"),
    ],
)
def test_the_suggestion_speaks_to_the_client(typed: str, suggested: str) -> None:
    found = about_the_client(typed, ("Ayşe", "Ioana"))
    assert found is not None and found.suggestion == suggested


def test_the_preferred_name_counts_and_other_people_do_not() -> None:
    assert about_the_client("Jo belt de huisbaas", ("Johanna", "Jo")) is not None
    # The coach or a sister named in the text is not the client.
    assert about_the_client("Sam gaat niet mee naar het werk", AYSE) is None
    assert about_the_client("Zus Elena helpt als Matei ziek is", ("Ioana", None)) is None


def test_the_first_line_about_the_client_is_the_one_shown() -> None:
    found = about_the_client("Je belt Sam.\nAyşe hangt de brieven op de koelkast.", AYSE)
    assert found is not None and found.line == "Ayşe hangt de brieven op de koelkast."


def test_je_form_keeps_zijn_as_a_verb_at_the_end() -> None:
    assert je_form("Hij wil op tijd zijn", ()) == "Je wil op tijd zijn"
    assert je_form("Sam helpt haar.", ()) == "Sam helpt jou."


def test_ideas_cut_a_long_text_into_short_lines() -> None:
    typed = (
        "Contract als keukenhulp (28 uur per week). Aangesloten bij het ziekenfonds; "
        "tandzorg in orde.\nBuitenschoolse opvang voor Matei"
    )
    assert ideas(typed) == [
        "Contract als keukenhulp (28 uur per week).",
        "Aangesloten bij het ziekenfonds",
        "Tandzorg in orde.",
        "Buitenschoolse opvang voor Matei",
    ]
    # "bv." before a small letter is not the end of a sentence.
    typed = "Breng papieren mee, bv. je loonbrief."
    assert ideas(typed) == [typed]


@given(st.text(alphabet=st.sampled_from("abc XYZ.;!?\n1"), max_size=80))
def test_ideas_never_drop_a_word(typed: str) -> None:
    def letters(value: str) -> str:
        return "".join(ch for ch in value.casefold() if not ch.isspace() and ch != ";")

    assert letters("".join(ideas(typed))) == letters(typed)
