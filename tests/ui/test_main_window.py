"""The client table model and its proxy; the window's geometry."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.client_model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_PHASE,
    COL_STATUS,
    ClientFilterProxy,
    ClientTableModel,
)
from genwerkt_desktop.ui.main_window import SETTINGS_GEOMETRY
from tests.fakes import FixedClock
from tests.ui.conftest import MainWindowFactory

TIMEOUT_MS = 10_000


def _summary(first: str, last: str, **kw: object) -> ClientSummary:
    values: dict[str, object] = {
        "id": f"id-{first}",
        "first_name": first,
        "last_name": last,
        "display_name": f"{first} {last}",
        "status": ClientStatus.ACTIVE,
        "phase": Phase.INTAKE,
        "last_contact": None,
        "next_appointment": None,
    }
    values.update(kw)
    return ClientSummary(**values)  # type: ignore[arg-type]


def test_model_columns_and_labels(fixed_clock: FixedClock) -> None:
    model = ClientTableModel(fixed_clock)
    seen = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    model.set_clients(
        [
            _summary("Ayşe", "Yılmaz", phase=Phase.GOAL_SETTING, last_contact=seen),
            _summary("Jan", "Peeters", status=ClientStatus.AFTERCARE, phase=None),
        ]
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "Status", "Fase", "Laatste contact"]
    assert model.index(0, COL_NAME).data() == "Ayşe Yılmaz"
    assert model.index(0, COL_STATUS).data() == "Actief"
    assert model.index(0, COL_PHASE).data() == "Doel- en strategiebepaling"
    assert model.index(0, COL_LAST_CONTACT).data() == "25/11/2026"
    assert model.index(0, COL_LAST_CONTACT).data(Qt.ItemDataRole.ToolTipRole) == "3 dagen geleden"
    assert model.index(1, COL_STATUS).data() == "Nazorg"
    assert model.index(1, COL_PHASE).data() == ""
    assert model.index(1, COL_LAST_CONTACT).data() == "nog geen"
    model.clear()
    assert model.rowCount() == 0


def test_proxy_filters_by_name_ignoring_accents_and_sorts_by_date(
    fixed_clock: FixedClock,
) -> None:
    model = ClientTableModel(fixed_clock)
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(
        [
            _summary("Ayşe", "Yılmaz", last_contact=datetime(2026, 11, 1, tzinfo=UTC)),
            _summary("Łukasz", "Wróblewski"),
            _summary("Ioana", "Constanțescu", last_contact=datetime(2026, 10, 1, tzinfo=UTC)),
        ]
    )
    proxy.set_name_filter("yilm")
    assert proxy.rowCount() == 1
    assert proxy.index(0, COL_NAME).data() == "Ayşe Yılmaz"
    proxy.set_name_filter("lukasz")
    assert proxy.rowCount() == 1
    proxy.set_name_filter("")
    assert proxy.rowCount() == 3
    proxy.sort(COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, COL_NAME).data() for r in range(3)] == [
        "Ayşe Yılmaz",
        "Ioana Constanțescu",
        "Łukasz Wróblewski",
    ]


def test_geometry_is_saved_and_restored(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    ui_settings: QSettings,
) -> None:
    window = make_window(vault_service)
    window.resize(720, 520)
    window.close()
    assert ui_settings.value(SETTINGS_GEOMETRY) is not None
    again = make_window(vault_service)
    assert (again.width(), again.height()) == (720, 520)
