"""Bewaartermijn: a dossier past its keeping period is destroyed for good (its text is
nowhere in the store afterwards, the database file included) and the logboek shows it;
the logboek reports a broken chain in plain words."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import text

from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.retention import RetentionService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.audit import AuditDialog, RetentionDialog
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import texts_in, wait_for
from tests.ui.closure.store_text import decrypted_pages, tables_holding
from tests.ui.conftest import FakeDialogs

# Only in Ioana's dossier: her employer, her son, her family name.
HER_TEXTS = ("Hof ter Linde", "Matei", "Constanțescu")


def _aftercare_ended_long_ago(workspace: Workspace) -> None:
    plan = workspace.dossiers.get(IOANA_ID).aftercare
    assert plan is not None
    workspace.edits.set_aftercare(IOANA_ID, dataclasses.replace(plan, ends_on=date(2020, 6, 30)))


def test_retention_dates_follow_aftercare_and_the_setting(demo_workspace: Workspace) -> None:
    service = RetentionService(demo_workspace.vault)
    items = {i.client_id: i for i in service.items(5)}
    assert set(items) == {IOANA_ID}  # the other two trajectories still run
    assert items[IOANA_ID].destroy_from == date(2032, 3, 31)
    assert service.due_date(IOANA_ID, 2) == date(2029, 3, 31)
    assert service.past_due(5) == []


def test_destroy_a_dossier_past_retention_leaves_no_text_anywhere(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> None:
    vault = demo_workspace.vault
    _aftercare_ended_long_ago(demo_workspace)
    safety_copy = vault.safety_backup()  # as an upgrade would have left one
    for needle in HER_TEXTS:
        assert tables_holding(vault, needle), needle
    view = RetentionDialog(demo_workspace, runner, events, dialogs, fixed_clock, lambda: 5)
    qtbot.addWidget(view)
    view.show()
    view.load()
    wait_for(qtbot, lambda: view.model.rowCount() == 1)
    assert "Ioana Constanțescu" in texts_in(view)
    assert "30/06/2025" in texts_in(view)  # five years after aftercare ended
    assert not view.destroy_button.isEnabled()  # nothing chosen yet
    view.table.selectRow(0)
    assert view.destroy_button.isEnabled()

    view.destroy_button.click()
    confirm = view.confirm
    assert confirm is not None and not confirm.delete_button.isEnabled()
    qtbot.keyClicks(confirm.typed, "Ioana")
    assert not confirm.delete_button.isEnabled()  # the full name, exactly
    confirm.typed.setText("Ioana Constanțescu")
    confirm.delete_button.click()
    wait_for(qtbot, lambda: IOANA_ID not in {c.id for c in demo_workspace.dossiers.list_clients()})
    wait_for(qtbot, lambda: view.empty.isVisible())

    # Every table, the full-text index and its shadow tables included.
    for needle in HER_TEXTS:
        assert tables_holding(vault, needle) == set(), needle
    # Every page of the database file, decrypted (freed pages too), and no WAL left over.
    pages = decrypted_pages(vault.paths.database, vault.key, vault.header.cipher)
    assert b"CREATE TABLE" in pages  # the decryption itself works
    for needle in HER_TEXTS:
        assert needle.encode() not in pages, needle
    wal = vault.paths.database.with_name("genwerkt.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # The automatic safety copy held her dossier too: it is gone.
    assert not safety_copy.exists()
    assert "eerder maakte" in view.explanation.text()  # the coach's own backups: their call
    # The other dossiers are untouched; search no longer finds her.
    assert {c.id for c in demo_workspace.dossiers.list_clients()} == {
        AYSE_ID,
        "65686757-12a5-4706-8d5a-beae38fcdabf",
    }
    assert demo_workspace.search.search("Matei") == []
    # The audit log says that it happened, and nothing more.
    line = AuditService(vault).recent(1)[0]
    assert (line.action, line.client_id, line.detail) == ("vernietigd", IOANA_ID, "bewaartermijn")
    with vault.db.read() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    view.close()


def test_logboek_lists_what_happened_and_reports_a_broken_chain(
    qtbot, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    vault = demo_workspace.vault
    vault.record("geëxporteerd", AYSE_ID, "nazorg")
    view = AuditDialog(demo_workspace, runner)
    qtbot.addWidget(view)
    view.show()
    view.load()
    wait_for(qtbot, lambda: view.model.rowCount() > 0)
    assert "in orde" in view.chain.text()
    shown = texts_in(view)
    assert "Ayşe Yılmaz" in shown and "uitgevoerd (blad of bestand)" in shown
    view.group.setCurrentIndex(view.group.findData("uitgevoerd"))
    assert view.proxy.rowCount() == 1

    with vault.db.write() as conn:  # someone edits the log behind genwerkt's back
        conn.execute(
            text("UPDATE audit_log SET detail = 'iets anders' WHERE action = 'geëxporteerd'")
        )
    view.load()
    wait_for(qtbot, lambda: "niet meer volledig" in view.chain.text())
    assert "9b2226" in view.chain.styleSheet()  # red
    assert "gewijzigd" in view.chain.text()
    view.reject()
    assert view.model.rowCount() == 0  # closing forgets the lines
