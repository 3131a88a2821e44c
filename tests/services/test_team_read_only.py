"""Team mode on the laptop, through the services: every change of a dossier raises its
revision (and only its own), and a colleague's dossier is read-only here for every
kind of write, with a refusal that names the holder, except for the pull itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from genwerkt_desktop.domain.enums import ContactKind, NodeCategory, StepStatus
from genwerkt_desktop.domain.errors import ReadOnlyDossier, StateError
from genwerkt_desktop.domain.model import Closure, Contact, EcogramNode
from genwerkt_desktop.services.closing import ClosingService
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import NewClient, new_id
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.pop_plan import PopPlanService
from genwerkt_desktop.services.retention import RetentionService
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.store import dossier_write, team_local
from genwerkt_desktop.store.team_local import TeamCopy, TeamLink
from tests.conftest import Cli
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID

ME, COLLEAGUE = "coach_an", "coach_bert"


@pytest.fixture
def ws(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


def _link(vault: OpenVault, role: str = ME) -> None:
    with vault.db.write() as conn:
        team_local.write_link(
            conn,
            TeamLink(
                url="postgresql://coach_an@localhost/genwerkt",
                role=role,
                team="Gent-Noord",
                is_lead=False,
                public_key=b"p" * 32,
                secret_key=b"s" * 32,
            ),
        )


def _held_by(vault: OpenVault, client_id: str, holder: str | None) -> None:
    with vault.db.write() as conn:
        team_local.upsert_copy(conn, TeamCopy(client_id, holder, 3, 3, 3, 0))


def _revision(vault: OpenVault, client_id: str) -> int:
    with vault.db.read() as conn:
        return team_local.revision_of(conn, client_id)


def _note(summary: str) -> Contact:
    return Contact(
        id=new_id(),
        at=datetime(2026, 12, 3, 10, 0, tzinfo=UTC),
        kind=ContactKind.CONVERSATION,
        summary=summary,
    )


def test_a_note_a_step_done_and_an_ecogram_change_raise_only_that_dossiers_revision(
    ws: Workspace,
) -> None:
    others = {cid: _revision(ws.vault, cid) for cid in (LUKASZ_ID, IOANA_ID)}
    start = _revision(ws.vault, AYSE_ID)
    assert start > 0  # the import itself was a change

    ws.edits.save_contact(AYSE_ID, _note("Gesprek over de opleiding"))
    after_note = _revision(ws.vault, AYSE_ID)
    assert after_note > start

    goal = next(g for g in ws.dossiers.get(AYSE_ID).goals if g.steps)
    step = dataclasses.replace(goal.steps[0], status=StepStatus.DONE)
    PopPlanService(ws.vault).save_goal(
        AYSE_ID, dataclasses.replace(goal, steps=(step, *goal.steps[1:]))
    )
    after_step = _revision(ws.vault, AYSE_ID)
    assert after_step > after_note

    ecogram = ws.dossiers.get(AYSE_ID).ecograms[0]
    node = EcogramNode(id=new_id(), label="Buurvrouw", category=NodeCategory.NEIGHBOURS)
    ws.edits.save_ecogram(AYSE_ID, dataclasses.replace(ecogram, nodes=(*ecogram.nodes, node)))
    assert _revision(ws.vault, AYSE_ID) > after_step

    assert {cid: _revision(ws.vault, cid) for cid in others} == others


def test_a_step_row_alone_raises_its_dossiers_revision(ws: Workspace) -> None:
    """A child row without a client id (a step, a factor, a node) finds its dossier
    through its parent."""
    before = _revision(ws.vault, AYSE_ID)
    with ws.vault.db.write() as conn:
        step_id = conn.execute(
            text(
                "SELECT s.id FROM steps AS s JOIN goals AS g ON g.id = s.goal_id "
                "WHERE g.client_id = :c LIMIT 1"
            ),
            {"c": AYSE_ID},
        ).scalar()
        conn.execute(text("UPDATE steps SET status = 'gedaan' WHERE id = :s"), {"s": step_id})
    assert _revision(ws.vault, AYSE_ID) == before + 1
    with ws.vault.db.read() as conn:
        assert team_local.revisions(conn)[AYSE_ID] == before + 1


def _every_edit(ws: Workspace, client_id: str) -> dict[str, Callable[[], object]]:
    dossier = ws.dossiers.get(client_id)
    goal = dossier.goals[0]
    closing = ClosingService(ws.vault)
    return {
        "card": lambda: ws.edits.update_client(
            dataclasses.replace(dossier.client, phone="0470 00 00 00")
        ),
        "note": lambda: ws.edits.save_contact(client_id, _note("mag niet")),
        "delete note": lambda: ws.edits.delete_contact(client_id, dossier.contacts[0].id),
        "ecogram": lambda: ws.edits.save_ecogram(client_id, dossier.ecograms[0]),
        "goal": lambda: PopPlanService(ws.vault).save_goal(client_id, goal),
        "goal order": lambda: ws.edits.reorder_goals(
            client_id, [g.id for g in reversed(dossier.goals)]
        ),
        "consent": lambda: ws.edits.save_consent(client_id, dossier.consents[0]),
        "closing": lambda: closing.close_trajectory(
            client_id, dossier.closure or _empty_closure(), date(2026, 12, 5)
        ),
        "status": lambda: ws.dossiers.archive(client_id),
        "delete": lambda: ws.dossiers.delete_for_good(client_id),
        "destroy": lambda: RetentionService(ws.vault).destroy(client_id),
        "import": lambda: ExchangeService(ws.vault).import_dossiers([dossier]),
        "save whole": lambda: ws.dossiers.save(dossier),
    }


def _empty_closure() -> Closure:
    return Closure(evaluated_on=date(2026, 12, 5))


def test_a_colleagues_dossier_refuses_every_kind_of_edit_and_names_the_holder(
    ws: Workspace,
) -> None:
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    before = ws.dossiers.get(AYSE_ID)
    revision = _revision(ws.vault, AYSE_ID)
    for what, edit in _every_edit(ws, AYSE_ID).items():
        with pytest.raises(ReadOnlyDossier) as refused:
            edit()
        assert COLLEAGUE in str(refused.value), what
        assert refused.value.holder == COLLEAGUE
        assert isinstance(refused.value, StateError)  # the CLI's exit 2
    assert ws.dossiers.get(AYSE_ID) == before
    assert _revision(ws.vault, AYSE_ID) == revision
    with ws.vault.db.read() as conn:
        assert team_local.read_only_holder(conn, AYSE_ID) == COLLEAGUE
        with pytest.raises(ReadOnlyDossier):
            team_local.require_writable(conn, AYSE_ID)
        team_local.require_writable(conn, LUKASZ_ID)
    # Another dossier on the same laptop is as writable as ever.
    ws.edits.save_contact(LUKASZ_ID, _note("Gewoon verder"))


def test_what_this_coach_holds_or_what_the_team_never_saw_stays_writable(ws: Workspace) -> None:
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, ME)
    _held_by(ws.vault, LUKASZ_ID, None)
    ws.edits.save_contact(AYSE_ID, _note("Mijn eigen dossier"))
    ws.edits.save_contact(LUKASZ_ID, _note("Nog nooit gedeeld"))
    ws.edits.create_client(NewClient("Nieuw", "Dossier"))


def test_without_a_team_link_no_copy_is_read_only(ws: Workspace) -> None:
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    ws.edits.save_contact(AYSE_ID, _note("Nog niet verbonden"))


def test_the_pull_replaces_a_read_only_copy_inside_applying_pull_only(ws: Workspace) -> None:
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    newer = ws.dossiers.get(AYSE_ID)
    newer = dataclasses.replace(newer, contacts=(*newer.contacts, _note("Van de collega")))
    with ws.vault.db.write() as conn, team_local.applying_pull(conn):
        dossier_write.write_dossier(conn, newer)
        revision = team_local.revision_of(conn, AYSE_ID)
        team_local.mark_synced(conn, AYSE_ID, version=4, revision=revision)
    assert ws.dossiers.get(AYSE_ID) == newer
    with ws.vault.db.read() as conn:
        assert conn.execute(text("SELECT active FROM team_applying")).scalar() == 0
        copy = team_local.copy_of(conn, AYSE_ID)
    assert copy == TeamCopy(AYSE_ID, COLLEAGUE, 4, 4, 4, revision)
    # The flag went down with the block: the next edit is refused again.
    with pytest.raises(ReadOnlyDossier):
        ws.edits.save_contact(AYSE_ID, _note("Na de pull"))


def test_a_failed_pull_leaves_the_flag_down(ws: Workspace) -> None:
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    with pytest.raises(RuntimeError), ws.vault.db.write() as conn, team_local.applying_pull(conn):
        raise RuntimeError("verbinding weg")
    with ws.vault.db.read() as conn:
        assert conn.execute(text("SELECT active FROM team_applying")).scalar() == 0


def test_a_handover_to_this_coach_makes_the_copy_writable(ws: Workspace) -> None:
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    with ws.vault.db.write() as conn:
        team_local.set_server_meta(conn, [(AYSE_ID, ME, 5)])
    ws.edits.save_contact(AYSE_ID, _note("Overgenomen"))


def test_an_import_of_a_read_only_copy_from_the_command_line_exits_2_naming_the_holder(
    ws: Workspace, tmp_path: Path, cli: Cli
) -> None:
    ExchangeService(ws.vault).export_json(AYSE_ID, tmp_path / "ayse.json")
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    ws.vault.close()
    result = cli("import", str(tmp_path / "ayse.json"))
    assert result.code == 2
    assert COLLEAGUE in result.err


def test_a_write_past_the_services_is_refused_by_the_store_itself(ws: Workspace) -> None:
    """The triggers are the backstop: a write that no service checked is refused all the
    same, as a read-only dossier (never as damage), and nothing of it stays."""
    _link(ws.vault)
    _held_by(ws.vault, AYSE_ID, COLLEAGUE)
    before = ws.dossiers.get(AYSE_ID)
    changes = {
        "card": "UPDATE clients SET phone = '1' WHERE id = :c",
        "note": "DELETE FROM contacts WHERE client_id = :c",
        "step": "UPDATE steps SET status = 'gedaan' WHERE goal_id IN "
        "(SELECT id FROM goals WHERE client_id = :c)",
        "ecogram member": "DELETE FROM ecogram_nodes WHERE ecogram_id IN "
        "(SELECT id FROM ecograms WHERE client_id = :c)",
        "factor": "DELETE FROM balance_factors WHERE balance_id IN "
        "(SELECT id FROM balances WHERE client_id = :c)",
        "whole dossier": "DELETE FROM clients WHERE id = :c",
    }
    for what, sql in changes.items():
        with pytest.raises(ReadOnlyDossier) as refused, ws.vault.db.write() as conn:
            conn.execute(text(sql), {"c": AYSE_ID})
        assert "alleen lezen" in str(refused.value), what
    assert ws.dossiers.get(AYSE_ID) == before
