"""The client list's search and sort keys (the folded names, kept between loads) follow
every load: a name typed at once is found accent-blind, a reload keeps the order the
coach chose, and one changed client is found under its new name."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.model import display_name
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.ui.clients.model import (
    COL_LAST_CONTACT,
    ClientFilterProxy,
    ClientTableModel,
)
from tests.fakes import BRUSSELS_WINTER, demo_day

NAMES = [("Ayşe", "Çelik"), ("Jan", "Claes"), ("Émile", "Dubois"), ("Rita", "Peeters")]


def _clients(seen_days_ago: list[int]) -> list[ClientSummary]:
    today = datetime(2026, 12, 4, 10, 0, tzinfo=BRUSSELS_WINTER)
    return [
        ClientSummary(
            id=f"c{i}",
            first_name=first,
            last_name=last,
            display_name=display_name(first, last, None),
            status=ClientStatus.ACTIVE,
            phase=None,
            last_contact=today - timedelta(days=days),
            next_appointment=None,
        )
        for i, ((first, last), days) in enumerate(zip(NAMES, seen_days_ago, strict=True))
    ]


def _shown(proxy: ClientFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_a_name_typed_the_moment_the_list_arrives_is_found(qapp) -> None:
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(_clients([1, 2, 3, 4]))
    proxy.set_name_filter("celik")
    assert _shown(proxy) == ["Ayşe Çelik"]
    proxy.set_name_filter("EMILE")
    assert _shown(proxy) == ["Émile Dubois"]


def test_a_reload_keeps_the_order_the_coach_chose(qapp) -> None:
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(_clients([1, 2, 3, 4]))
    proxy.sort(COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder)  # the latest seen first
    assert _shown(proxy) == ["Ayşe Çelik", "Jan Claes", "Émile Dubois", "Rita Peeters"]
    model.set_clients(_clients([9, 2, 1, 4]))  # the names again, with new contacts
    assert _shown(proxy) == ["Émile Dubois", "Jan Claes", "Rita Peeters", "Ayşe Çelik"]


def test_one_client_changed_right_after_the_load_moves_into_place(qapp) -> None:
    model = ClientTableModel(demo_day())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(_clients([1, 2, 3, 4]))
    renamed = _clients([1, 2, 3, 4])[0]
    renamed = ClientSummary(**{**renamed.__dict__, "display_name": "Ayşe Yılmaz"})
    assert model.replace_client(renamed)
    proxy.set_name_filter("yilmaz")
    assert _shown(proxy) == ["Ayşe Yılmaz"]
