"""The notes' natural vocabulary (issue 18): thousands of words, Zipf-like, deterministic."""

from __future__ import annotations

import random
import re
from collections import Counter

from benchmarks.sizes import LARGE_CLIENTS, choose
from genwerkt_desktop.devtools import lexicon


def _words(seed: int, sentences: int) -> Counter[str]:
    rand = random.Random(seed).random
    counts: Counter[str] = Counter()
    for _ in range(sentences):
        counts.update(re.findall(r"\w+", lexicon.sentence(rand).lower()))
    return counts


def test_thousands_of_distinct_words_common_ones_common_rare_ones_rare() -> None:
    counts = _words(1, 40_000)
    nouns = [counts[word] for word in lexicon.RANKED_NOUNS]

    assert lexicon.distinct_words() > 4000
    assert len(counts) > 3000
    assert nouns[0] > 50 * max(1, nouns[2000])


def test_the_same_seed_gives_the_same_sentences() -> None:
    assert _words(7, 500) == _words(7, 500)
    assert _words(7, 500) != _words(8, 500)


def test_sentences_keep_name_and_org_to_fill_in_and_nothing_else() -> None:
    rand = random.Random(3).random
    for _ in range(500):
        text = lexicon.sentence(rand)
        assert set(re.findall(r"\{(\w*)\}", text)) <= {"name", "org"}
        text.format(name="Tom", org="OCMW")


def test_the_large_run_has_8000_clients() -> None:
    assert choose(False, None, large=True).clients == LARGE_CLIENTS == 8000
    assert choose(False, None).clients == 2000
