"""Any dossier the format allows survives import and export unchanged."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from genwerkt_desktop.domain.exchange import to_document
from genwerkt_desktop.services import validation
from genwerkt_desktop.services.exchange import ExchangeService, dossier_json
from genwerkt_desktop.services.vault import OpenVault
from tests.strategies import dossiers


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(dossier=dossiers())
def test_generated_dossier_round_trips_through_the_store(vault: OpenVault, dossier) -> None:
    text = dossier_json(dossier)
    exchange = ExchangeService(vault)
    parsed = exchange.read_bytes("gegenereerd.json", text.encode("utf-8"))
    exchange.import_dossiers([parsed])
    from genwerkt_desktop.services.dossiers import DossierService

    stored = DossierService(vault).get(dossier.client.id)
    assert dossier_json(stored) == text
    assert stored == dossier
    validation.check_schema("terug.json", json.loads(dossier_json(stored)))
    assert to_document(stored)["client"]["first_name"] == dossier.client.first_name
