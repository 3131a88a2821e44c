"""``fold`` makes names findable however they are typed: accents, case and letters
without a decomposition fold away; every other character stays."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from genwerkt_desktop.domain.text import fold


def _fold_letter_by_letter(value: str) -> str:
    """The rule written out: decompose, drop each combining mark, case-fold."""
    from genwerkt_desktop.domain.text import _EXTRA_FOLDS

    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_names_fold_as_a_coach_types_them() -> None:
    assert fold("Yılmaz") == "yilmaz"
    assert fold("Çelik") == "celik"
    assert fold("Émile Dubois-Lefèvre") == "emile dubois-lefevre"
    assert fold("Nguyễn Thị Ánh") == "nguyen thi anh"
    assert fold("Łukasz Wójcik") == "lukasz wojcik"
    assert fold("Straße") == "strasse"
    assert fold("محمد") == "محمد"  # no marks to drop: the letters stay


@given(st.text(max_size=40))
def test_folding_keeps_every_letter_and_drops_only_the_marks(value: str) -> None:
    assert fold(value) == _fold_letter_by_letter(value)
