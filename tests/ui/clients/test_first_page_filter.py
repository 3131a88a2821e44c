"""The list filtered by a full-text answer (issue 18, goal b): the first page of hits,
then every match, for the same words.  Only the rows that answer adds or drops are tried
again; the list shows exactly what a full filter would show, and marks the same rows
"gevonden in dossier"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.ui.clients.model import (
    COL_NAME,
    DEFAULT_STATUSES,
    FOUND_IN_DOSSIER_ROLE,
    ClientFilterProxy,
    ClientTableModel,
)
from tests.fakes import demo_day

NAMES = [
    ("Hanne", "Huurman"),
    ("Ayşe", "Yılmaz"),
    ("Łukasz", "Wróbel"),
    ("Ioana", "Popescu"),
    ("Karim", "El Amrani"),
    ("Sofie", "Peeters"),
    ("Hugo", "Claes"),
]


def _clients() -> list[ClientSummary]:
    return [
        ClientSummary(
            id=f"c{n}",
            first_name=first,
            last_name=last,
            display_name=f"{first} {last}",
            status=ClientStatus.ACTIVE,
            phase=None,
            last_contact=None,
            next_appointment=None,
        )
        for n, (first, last) in enumerate(NAMES)
    ]


def _name(proxy: ClientFilterProxy, row: int) -> str:
    # The cell reads "name  ·  gevonden in dossier" when only the dossier matched.
    return str(proxy.index(row, COL_NAME).data()).split("  ·  ")[0]


def _shown(proxy: ClientFilterProxy) -> set[str]:
    return {_name(proxy, row) for row in range(proxy.rowCount())}


def _marked(proxy: ClientFilterProxy) -> set[str]:
    return {
        _name(proxy, row)
        for row in range(proxy.rowCount())
        if proxy.index(row, COL_NAME).data(FOUND_IN_DOSSIER_ROLE)
    }


def _fresh(text: str, found: set[str]) -> tuple[set[str], set[str]]:
    """What a list filtered once, from scratch, shows for ``text`` and ``found``."""
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(_clients())
    proxy.set_search(text, found)
    return _shown(proxy), _marked(proxy)


def test_the_first_page_then_every_match_show_what_one_full_filter_shows() -> None:
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(_clients())

    proxy.set_search("huu")  # the key typed: names only
    assert _shown(proxy) == {"Hanne Huurman"}

    first_page = {"c1", "c3"}
    proxy.set_search("huu", first_page)
    assert (_shown(proxy), _marked(proxy)) == _fresh("huu", first_page)
    assert _shown(proxy) == {"Hanne Huurman", "Ayşe Yılmaz", "Ioana Popescu"}

    every = {"c0", "c3", "c4", "c6"}  # c1 is gone in the complete answer: never mind how
    proxy.set_search("huu ", every)  # the same words, a space typed meanwhile
    assert (_shown(proxy), _marked(proxy)) == _fresh("huu", every)
    assert _marked(proxy) == {"Ioana Popescu", "Karim El Amrani", "Hugo Claes"}

    proxy.set_search("huur", every)  # other words: filtered from scratch
    assert (_shown(proxy), _marked(proxy)) == _fresh("huur", every)

    proxy.set_search("")
    assert len(_shown(proxy)) == len(NAMES) and _marked(proxy) == set()


def test_the_one_pass_filter_answers_as_the_row_by_row_filter_does() -> None:
    """A whole-list filter works every row out at once; a single row changed later (an
    edit, a full-text answer) is asked row by row: both say the same for every row."""
    statuses = [None, ClientStatus.ACTIVE, ClientStatus.AFTERCARE, ClientStatus.ARCHIVED]
    phases = [None, Phase.INTAKE, Phase.EXECUTION]
    varied = [
        replace(c, status=statuses[n % len(statuses)], phase=phases[n % len(phases)])
        for n, c in enumerate(_clients())
    ]
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(varied)
    settings = [
        ("", set(), DEFAULT_STATUSES, None),
        ("h", set(), DEFAULT_STATUSES, None),
        ("huu", {"c1", "c3"}, DEFAULT_STATUSES, None),
        ("e", {"c2"}, frozenset(ClientStatus), Phase.EXECUTION),
        ("p s", set(), frozenset({ClientStatus.ARCHIVED}), None),
        ("", {"c4"}, frozenset(ClientStatus), Phase.INTAKE),
    ]
    for text, found, chosen, phase in settings:
        proxy.set_statuses(chosen)
        proxy.set_phase(phase)
        proxy.set_search(text, found)
        one_pass = model.accepted_rows(chosen, phase)
        row_by_row = [proxy.filterAcceptsRow(row, QModelIndex()) for row in range(len(varied))]
        assert one_pass == row_by_row, text
        assert proxy.rowCount() == sum(one_pass), text
