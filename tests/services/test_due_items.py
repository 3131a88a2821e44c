"""Due items across all clients, read from a real encrypted store (services/due_items.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from genwerkt_desktop.domain.due import DueKind, DueStatus
from genwerkt_desktop.domain.enums import (
    ClientStatus,
    ContactKind,
    GoalStatus,
    Owner,
    ReferralStatus,
    StepStatus,
)
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import (
    Appointment,
    Client,
    Contact,
    Dossier,
    Goal,
    Organisation,
    Referral,
    Step,
)
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.due_items import DueItemsService
from genwerkt_desktop.services.vault import OpenVault

WINTER = timezone(timedelta(hours=1))
# The vault's clock is pinned to 28 November 2026, 09.30 in Brussels (tests/fakes.py).
TODAY = date(2026, 11, 28)


def _store(vault: OpenVault) -> None:
    save = DossierService(vault).save
    save(
        Dossier(
            client=Client(id="client-a", first_name="An", last_name="Peeters"),
            contacts=(
                Contact(
                    id="contact-a",
                    at=datetime(2026, 12, 1, 10, 30, tzinfo=WINTER),
                    kind=ContactKind.HOME_VISIT,
                    planned=True,
                ),
            ),
            organisations=(Organisation(id="org-1", name="CAW Oost"),),
            referrals=(
                Referral(
                    id="referral-a",
                    organisation_id="org-1",
                    status=ReferralStatus.ONGOING,
                    appointment=Appointment(at=datetime(2026, 11, 30, 8, 0, tzinfo=UTC)),
                ),
            ),
        )
    )
    save(
        Dossier(
            client=Client(
                id="client-b",
                first_name="Bert",
                last_name="Claes",
                status=ClientStatus.ARCHIVED,
            ),
            goals=(
                Goal(
                    id="goal-b",
                    title="Rijbewijs",
                    status=GoalStatus.REACHED,
                    steps=(
                        Step(
                            id="step-b",
                            text="Examen inplannen",
                            owner=Owner.COACH,
                            status=StepStatus.IN_PROGRESS,
                            due_on=date(2026, 11, 1),
                        ),
                    ),
                ),
            ),
        )
    )


def test_every_clients_items_in_the_period_sorted_by_time(vault: OpenVault) -> None:
    _store(vault)
    items = DueItemsService(vault).between(TODAY - timedelta(days=28), TODAY + timedelta(days=28))
    assert [(i.kind, i.id, i.client_id, i.title, i.status) for i in items] == [
        (DueKind.STEP, "step-b", "client-b", "Examen inplannen", DueStatus.OVERDUE),
        (DueKind.REFERRAL, "referral-a", "client-a", "CAW Oost", DueStatus.PLANNED),
        (DueKind.CONTACT, "contact-a", "client-a", "huisbezoek", DueStatus.PLANNED),
    ]
    assert items[2].at == datetime(2026, 12, 1, 10, 30, tzinfo=WINTER)


def test_the_period_is_inclusive_at_both_ends(vault: OpenVault) -> None:
    _store(vault)
    service = DueItemsService(vault)
    assert [i.id for i in service.between(date(2026, 11, 30), date(2026, 12, 1))] == [
        "referral-a",
        "contact-a",
    ]
    assert [i.id for i in service.between(date(2026, 11, 2), date(2026, 11, 29))] == []


def test_a_period_that_ends_before_it_begins_is_refused(vault: OpenVault) -> None:
    with pytest.raises(StateError, match="na het einde"):
        DueItemsService(vault).between(TODAY, TODAY - timedelta(days=1))


def test_the_few_queries_give_what_the_whole_dossiers_give(vault: OpenVault) -> None:
    """store/due_rows reads only what can be due, for every client at once: the items are
    those of the whole dossier, for every demo client and the ones stored here."""
    from genwerkt_desktop.domain.due import due_items
    from genwerkt_desktop.services.demo import load_demo
    from genwerkt_desktop.services.due_items import due_per_client
    from genwerkt_desktop.store import dossier_read

    load_demo(vault)
    _store(vault)
    now = vault.clock.now()
    with vault.db.read() as conn:
        few = {due.dossier.client.id: due.items for due in due_per_client(conn, now)}
        whole = {
            cid: due_items(d, now)
            for cid in dossier_read.client_ids(conn)
            if (d := dossier_read.read_dossier(conn, cid)) is not None
        }
        one = due_per_client(conn, now, only=next(iter(whole)))
    assert few == whole
    assert sum(len(items) for items in few.values()) > 10
    assert [due.items for due in one] == [whole[next(iter(whole))]]
