"""The instruments of issue 19 through the edits service, on a real SQLCipher vault:
each is saved in place and removed, read back as written, found by search, marked as a
change for the team and refused on a colleague's read-only copy; a phone request lands
in the contact moments and the audit log without its content."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import text

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import ContactKind, InnerAspect, PhoneOutcome
from genwerkt_desktop.domain.errors import ReadOnlyDossier
from genwerkt_desktop.domain.instruments import MindmapBranch
from genwerkt_desktop.domain.phone_request import CONTACT_SUMMARY, contact_id_for
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.store import migrate, team_local
from genwerkt_desktop.store.team_local import TeamCopy, TeamLink
from tests import instrument_data as data
from tests.conftest import PASSPHRASE
from tests.demo_files import IOANA_ID, LUKASZ_ID

INSTRUMENT_TABLES = (
    "first_receptions",
    "inner_notes",
    "life_events",
    "mindmaps",
    "vacancies",
    "decisions",
    "phone_requests",
)


@pytest.fixture
def ws(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


def _revision(vault: OpenVault, client_id: str) -> int:
    with vault.db.read() as conn:
        return team_local.revision_of(conn, client_id)


def test_each_instrument_is_saved_read_back_changed_in_place_and_removed(ws: Workspace) -> None:
    edits, dossiers = ws.edits, ws.dossiers
    before = dossiers.get(IOANA_ID)
    assert edits.instruments.set_first_reception(IOANA_ID, data.first_reception()) == Changes.of(
        IOANA_ID, Part.FIRST_RECEPTION
    )
    second_note = dataclasses.replace(data.inner_note(new_id()), aspect=InnerAspect.COPING)
    assert edits.instruments.save_inner_note(IOANA_ID, data.inner_note()).parts == {
        Part.INNER_NOTES
    }
    edits.instruments.save_inner_note(IOANA_ID, second_note)
    assert edits.instruments.save_life_event(IOANA_ID, data.life_event()).parts == {
        Part.LIFE_EVENTS
    }
    assert edits.instruments.save_mindmap(IOANA_ID, data.mindmap()).parts == {Part.MINDMAPS}
    assert edits.instruments.save_vacancy(IOANA_ID, data.vacancy()).parts == {Part.VACANCIES}
    assert edits.instruments.save_decision(IOANA_ID, data.decision()).parts == {Part.DECISIONS}
    assert edits.instruments.save_phone_request(IOANA_ID, data.phone_request()).parts == {
        Part.PHONE_REQUESTS,
        Part.CONTACTS,
    }
    after = dossiers.get(IOANA_ID)
    assert after.first_reception == data.first_reception()
    assert after.inner_notes == (data.inner_note(), second_note)
    assert after.life_events == (data.life_event(),)
    assert after.mindmaps == (data.mindmap(),)
    assert after.vacancies == (data.vacancy(),)
    assert after.decisions == (data.decision(),)
    assert after.phone_requests == (data.phone_request(),)
    # Everything else is as it was, apart from the call's contact moment.
    assert after.goals == before.goals and after.observations == before.observations

    # Changed in place: the first note keeps its place before the second.
    changed = dataclasses.replace(data.inner_note(), text="Anders gezegd")
    edits.instruments.save_inner_note(IOANA_ID, changed)
    grown = dataclasses.replace(
        data.mindmap(), branches=(*data.mindmap().branches, MindmapBranch("Taal"))
    )
    edits.instruments.save_mindmap(IOANA_ID, grown)
    again = dossiers.refreshed(after, frozenset({Part.INNER_NOTES, Part.MINDMAPS}))
    assert again.inner_notes == (changed, second_note)
    assert again.mindmaps == (grown,)

    edits.instruments.remove_inner_note(IOANA_ID, second_note.id)
    edits.instruments.remove_life_event(IOANA_ID, data.life_event().id)
    edits.instruments.remove_mindmap(IOANA_ID, grown.id)
    edits.instruments.remove_vacancy(IOANA_ID, data.vacancy().id)
    edits.instruments.remove_decision(IOANA_ID, data.decision().id)
    edits.instruments.remove_phone_request(IOANA_ID, data.phone_request().id)
    edits.instruments.set_first_reception(IOANA_ID, None)
    gone = dossiers.get(IOANA_ID)
    assert gone.inner_notes == (changed,)
    assert (gone.life_events, gone.mindmaps, gone.vacancies, gone.decisions) == ((),) * 4
    assert gone.phone_requests == () and gone.first_reception is None
    assert gone.contacts == before.contacts  # the call's moment went with its record
    removed = [
        e.detail for e in AuditService(ws.vault).recent() if e.action == "onderdeel_verwijderd"
    ]
    assert set(removed) >= {
        "binnenkant",
        "levensloop",
        "mindmap",
        "vacature",
        "keuze",
        "telefoonvraag",
    }


def test_a_phone_request_is_a_contact_moment_and_an_audit_line_without_its_content(
    ws: Workspace,
) -> None:
    call = data.phone_request()
    ws.edits.instruments.save_phone_request(IOANA_ID, call)
    ws.edits.instruments.save_phone_request(IOANA_ID, dataclasses.replace(call, why="Nog eens"))
    contacts = [c for c in ws.dossiers.get(IOANA_ID).contacts if c.id == contact_id_for(call.id)]
    assert len(contacts) == 1  # saved twice, one moment
    moment = contacts[0]
    assert moment.kind is ContactKind.PHONE and moment.at == call.at
    assert moment.summary == CONTACT_SUMMARY
    assert call.caller not in (moment.summary or "")
    assert moment.note_scope is None  # no scope: never on a partner sheet
    lines = [e for e in AuditService(ws.vault).recent() if e.action == "telefoonvraag_vastgelegd"]
    assert [e.detail for e in lines] == [call.id, call.id]
    assert all(e.client_id == IOANA_ID for e in lines)
    audit_text = " ".join(f"{e.action} {e.detail}" for e in AuditService(ws.vault).recent())
    for word in ("huur", "Maatschappelijk", data.MARKERS["phone_request"]):
        assert word not in audit_text


def test_nothing_shared_without_the_client_knowing_and_agreeing(ws: Workspace) -> None:
    call = data.phone_request()
    for wrong in (
        dataclasses.replace(call, outcome=PhoneOutcome.SHARED_WITH_CONSENT, client_agreed=True),
        dataclasses.replace(call, shared="Ja, de huur is betaald"),
        dataclasses.replace(call, caller="  "),
    ):
        with pytest.raises(ValueError):
            ws.edits.instruments.save_phone_request(IOANA_ID, wrong)
    assert ws.dossiers.get(IOANA_ID).phone_requests == ()
    allowed = dataclasses.replace(
        call,
        outcome=PhoneOutcome.SHARED_WITH_CONSENT,
        client_informed=True,
        client_agreed=True,
        shared="Alleen dat er een afbetalingsplan loopt",
    )
    ws.edits.instruments.save_phone_request(IOANA_ID, allowed)
    assert ws.dossiers.get(IOANA_ID).phone_requests == (allowed,)


def test_search_finds_every_instrument_and_names_the_right_dossier(ws: Workspace) -> None:
    ws.dossiers.save(data.with_instruments(ws.dossiers.get(IOANA_ID)))
    search = SearchService(ws.vault)
    for what, marker in data.MARKERS.items():
        hits = search.search(marker)
        assert [h.client_id for h in hits] == [IOANA_ID], what
    ws.edits.instruments.save_vacancy(LUKASZ_ID, data.vacancy(new_id()))
    assert {h.client_id for h in search.search(data.MARKERS["vacancy"])} == {IOANA_ID, LUKASZ_ID}
    assert [h.where for h in search.search(data.MARKERS["life_event"])] == ["levensloop"]
    assert [h.where for h in search.search(data.MARKERS["phone_request"])] == [
        "informatievraag per telefoon"
    ]
    ws.edits.instruments.remove_life_event(IOANA_ID, data.life_event().id)
    assert search.search(data.MARKERS["life_event"]) == []
    ws.edits.instruments.set_first_reception(IOANA_ID, None)
    assert search.search(data.MARKERS["first_reception"]) == []


def _instrument_edits(ws: Workspace) -> dict[str, Callable[[], object]]:
    e = ws.edits
    return {
        "first reception": lambda: e.instruments.set_first_reception(
            IOANA_ID, data.first_reception()
        ),
        "inner note": lambda: e.instruments.save_inner_note(IOANA_ID, data.inner_note()),
        "life event": lambda: e.instruments.save_life_event(IOANA_ID, data.life_event()),
        "mindmap": lambda: e.instruments.save_mindmap(IOANA_ID, data.mindmap()),
        "vacancy": lambda: e.instruments.save_vacancy(IOANA_ID, data.vacancy()),
        "decision": lambda: e.instruments.save_decision(IOANA_ID, data.decision()),
        "phone request": lambda: e.instruments.save_phone_request(IOANA_ID, data.phone_request()),
        "remove inner note": lambda: e.instruments.remove_inner_note(
            IOANA_ID, data.inner_note().id
        ),
        "remove life event": lambda: e.instruments.remove_life_event(
            IOANA_ID, data.life_event().id
        ),
        "remove mindmap": lambda: e.instruments.remove_mindmap(IOANA_ID, data.mindmap().id),
        "remove vacancy": lambda: e.instruments.remove_vacancy(IOANA_ID, data.vacancy().id),
        "remove decision": lambda: e.instruments.remove_decision(IOANA_ID, data.decision().id),
        "remove phone request": lambda: e.instruments.remove_phone_request(
            IOANA_ID, data.phone_request().id
        ),
    }


def test_every_instrument_edit_raises_the_dossiers_revision(ws: Workspace) -> None:
    other = _revision(ws.vault, LUKASZ_ID)
    for what, edit in _instrument_edits(ws).items():
        start = _revision(ws.vault, IOANA_ID)
        edit()
        assert _revision(ws.vault, IOANA_ID) > start, what
    assert _revision(ws.vault, LUKASZ_ID) == other


def test_a_colleagues_copy_refuses_every_instrument_edit_by_name(ws: Workspace) -> None:
    ws.dossiers.save(data.with_instruments(ws.dossiers.get(IOANA_ID)))
    with ws.vault.db.write() as conn:
        team_local.write_link(
            conn,
            TeamLink(
                url="postgresql://coach_an@localhost/genwerkt",
                role="coach_an",
                team="Gent-Noord",
                is_lead=False,
                public_key=b"p" * 32,
                secret_key=b"s" * 32,
            ),
        )
        team_local.upsert_copy(conn, TeamCopy(IOANA_ID, "coach_bert", 3, 3, 3, 0))
    before = ws.dossiers.get(IOANA_ID)
    for what, edit in _instrument_edits(ws).items():
        with pytest.raises(ReadOnlyDossier, match="coach_bert"):
            edit()
        assert ws.dossiers.get(IOANA_ID) == before, what
    # The store's own triggers refuse a write no service checked.
    for table in INSTRUMENT_TABLES:
        with pytest.raises(ReadOnlyDossier), ws.vault.db.write() as conn:
            conn.execute(text(f"DELETE FROM {table} WHERE client_id = :c"), {"c": IOANA_ID})
    assert ws.dossiers.get(IOANA_ID) == before


def test_a_vault_from_before_0007_gains_the_instruments_and_their_triggers(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    before = DossierService(vault).get(IOANA_ID)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert not set(INSTRUMENT_TABLES) & names
    assert not any(n.startswith("team_rev_inner_notes") for n in names)
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        assert DossierService(reopened).get(IOANA_ID) == dataclasses.replace(
            before,
            first_reception=None,
            inner_notes=(),
            life_events=(),
            mindmaps=(),
            vacancies=(),
            decisions=(),
            phone_requests=(),
        )
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            triggers = set(
                conn.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
        for table in INSTRUMENT_TABLES:
            for op_name in ("insert", "update", "delete"):
                assert f"team_guard_{table}_{op_name}" in triggers
                assert f"team_rev_{table}_{op_name}" in triggers
        start = _revision(reopened, IOANA_ID)
        Workspace.open(reopened).edits.instruments.save_decision(IOANA_ID, data.decision())
        assert _revision(reopened, IOANA_ID) == start + 1
    finally:
        reopened.close()


def test_a_call_moved_to_another_time_moves_its_contact_moment_and_keeps_its_words(
    ws: Workspace,
) -> None:
    call = data.phone_request()
    ws.edits.instruments.save_phone_request(IOANA_ID, call)
    moment_id = contact_id_for(call.id)
    moment = next(c for c in ws.dossiers.get(IOANA_ID).contacts if c.id == moment_id)
    ws.edits.save_contact(IOANA_ID, dataclasses.replace(moment, summary="Teruggebeld, kort"))
    later = dataclasses.replace(call, at=call.at + timedelta(hours=2))
    ws.edits.instruments.save_phone_request(IOANA_ID, later)
    moved = [c for c in ws.dossiers.get(IOANA_ID).contacts if c.id == moment_id]
    assert [(c.at, c.summary) for c in moved] == [(later.at, "Teruggebeld, kort")]


def test_the_first_reception_is_one_unit_of_work(ws: Workspace) -> None:
    """The dialog's reception, team answer and next appointment are kept together, and a
    failure in the last leaves the first two unwritten too."""
    from datetime import datetime

    from genwerkt_desktop.domain.enums import TeamSharing
    from genwerkt_desktop.domain.instruments import FirstReception
    from genwerkt_desktop.domain.model import Contact
    from tests.fakes import BRUSSELS_WINTER

    before = ws.dossiers.get(IOANA_ID)
    reception = FirstReception(explained_secrecy=True, reachability="Liefst 's ochtends")
    next_time = Contact(
        new_id(),
        datetime(2026, 12, 3, 10, 0, tzinfo=BRUSSELS_WINTER),
        ContactKind.CONVERSATION,
        planned=True,
    )
    broken = dataclasses.replace(next_time, kind="geen soort")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        ws.edits.instruments.record_first_reception(IOANA_ID, reception, TeamSharing.TEAM, broken)
    unchanged = ws.dossiers.get(IOANA_ID)
    assert unchanged.first_reception == before.first_reception
    assert unchanged.client.team_sharing == before.client.team_sharing

    changes = ws.edits.instruments.record_first_reception(
        IOANA_ID, reception, TeamSharing.TEAM, next_time
    )
    assert changes.parts == {Part.FIRST_RECEPTION, Part.CLIENT, Part.CONTACTS}
    after = ws.dossiers.get(IOANA_ID)
    assert after.first_reception == reception
    assert after.client.team_sharing is TeamSharing.TEAM
    assert next_time in after.contacts
