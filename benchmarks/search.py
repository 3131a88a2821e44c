"""Metric 3: what a coach types in the search box, through ``SearchService.search``."""

from __future__ import annotations

from functools import partial

from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault

from .common import Metric, Say, median, percentile, timed_ms

TARGET_MS = 50.0

# A fixed mix: whole words, half-typed prefixes, two words, names (several with letters
# outside Latin-1, typed with and without them) and words that find nothing.
QUERIES: tuple[str, ...] = (
    # single words
    "deurwaarder",
    "huurachterstand",
    "kinderopvang",
    "leefloon",
    "rijbewijs",
    "schimmel",
    "huisbezoek",
    "psycholoog",
    "afbetalingsplan",
    "werkloosheidsuitkering",
    # prefixes, as typed half-way
    "sollic",
    "huur",
    "opvang",
    "vrijwilli",
    "energie",
    # two words
    "sociale huurwoning",
    "verhoogde tegemoetkoming",
    "opleiding logistiek",
    "huisarts rugklachten",
    "schuldbemiddeling documenten",
    "praatcafé eenzaamheid",
    # names and words in other languages
    "yılmaz",
    "yilmaz",
    "wróbel",
    "wróblewski",
    "łukasz",
    "mureșan",
    "öztürk",
    "el amrani",
    "dziękuję",
    # nothing
    "zwembadabonnement",
)


def _round(service: SearchService) -> dict[str, tuple[float, int]]:
    """Milliseconds and hit count of every query, once."""
    out = {}
    for query in QUERIES:
        ms, hits = timed_ms(partial(service.search, query))
        out[query] = (ms, len(hits))
    return out


def _report_slowest(say: Say, per_query: dict[str, list[float]], hits: dict[str, int]) -> None:
    slowest = sorted(per_query, key=lambda q: median(per_query[q]), reverse=True)[:5]
    for query in slowest:
        say(f"search:   {query!r}: {median(per_query[query]):.1f} ms, {hits[query]} hits")


def measure_search(vault: OpenVault, rounds: int, say: Say) -> list[Metric]:
    """Median over every query of ``rounds`` rounds, after one warm-up round."""
    service = SearchService(vault)
    warm = _round(service)
    hits = {query: count for query, (_, count) in warm.items()}
    empty = [query for query, count in hits.items() if count == 0]
    say(f"search: warm-up done ({len(QUERIES)} queries; no hits for {empty})")
    per_query: dict[str, list[float]] = {query: [] for query in QUERIES}
    for number in range(1, rounds + 1):
        for query, (ms, _) in _round(service).items():
            per_query[query].append(ms)
        say(f"search: round {number}/{rounds} done")
    samples = [ms for values in per_query.values() for ms in values]
    say(
        f"search: median {median(samples):.1f} ms, p90 {percentile(samples, 0.9):.1f} ms, "
        f"max {max(samples):.1f} ms; slowest:"
    )
    _report_slowest(say, per_query, hits)
    return [
        Metric("search_median_ms", median(samples), "ms", TARGET_MS, "lower"),
        Metric("search_p90_ms", percentile(samples, 0.9), "ms", None, "lower"),
    ]
