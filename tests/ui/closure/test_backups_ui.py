"""Back-ups in the app: make one from the Kluis menu (the date shows in the status bar,
with a reminder once it is a week old) and restore it into a new folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.backups import restore_backup
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui import operations
from genwerkt_desktop.ui.backups.backup_flow import progress_text
from genwerkt_desktop.ui.backups.restore_dialog import RestoreDialog
from genwerkt_desktop.ui.operations import ThrottledPercent
from tests.conftest import PASSPHRASE
from tests.fakes import FAST_POLICY, FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs, MainWindowFactory, wait_idle

EXTRA_CLIENTS = 20


def _unlocked(qtbot, make_window: MainWindowFactory, service: VaultService):  # type: ignore[no-untyped-def]
    window = make_window(service)
    unlock = window.vault_screens.unlock
    wait_for(qtbot, lambda: window.vault_screens.currentWidget() is unlock and unlock.isVisible())
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, window.is_unlocked)
    wait_idle(qtbot, window)
    return window


def test_backup_and_restore_round_trip_through_the_menu(
    qtbot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
    tmp_path: Path,
) -> None:
    window = _unlocked(qtbot, make_window, vault_service)
    tools = window.tools
    status = tools.status
    wait_for(qtbot, lambda: status.isVisible() and status.text())
    assert status.reminding and "Nog geen back-up" in status.text()
    assert tools.backup_action in window.menuBar().actions()[0].menu().actions()

    backup = tmp_path / "kopie" / "genwerkt-28-11.genwerkt-backup"
    backup.parent.mkdir()
    dialogs.save_to = backup
    tools.backup_action.trigger()
    wait_for(qtbot, lambda: dialogs.infos)
    assert backup.exists()
    assert str(backup) in dialogs.infos[-1]
    wait_for(qtbot, lambda: "28/11/2026" in status.text())
    assert not status.reminding

    # Eight days later the status bar reminds, calmly but visibly.
    fixed_clock.advance(days=8)
    tools.backups.refresh(window.work_area.clients.controller._workspace)
    wait_for(qtbot, lambda: status.reminding)
    assert "8 dagen geleden" in status.text()

    # Restore into a new folder, from the menu; the open vault is not touched.
    opened: list[Path] = []
    tools.opener = opened.append
    target = tmp_path / "teruggezet"
    tools.restore_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, RestoreDialog)
    assert not dialog.restore_button.isEnabled()
    dialog.source.setText(str(backup))
    dialog.target.setText(str(target))
    dialog.passphrase.setText("niet de goede wachtzin")
    dialog.restore_button.click()
    wait_for(qtbot, lambda: dialogs.warnings)
    assert "wachtzin" in dialogs.warnings[-1]
    assert not (target / "genwerkt.db").exists()

    dialog.passphrase.setText(PASSPHRASE)
    dialogs.yes = True
    dialog.restore_button.click()
    wait_for(qtbot, lambda: opened == [target])
    restored = VaultService(target, policy=FAST_POLICY, clock=fixed_clock).unlock(PASSPHRASE)
    try:
        from genwerkt_desktop.services.dossiers import DossierService

        assert len(DossierService(restored).list_clients()) == 3
    finally:
        restored.close()
    assert window.is_unlocked()


def test_the_backup_dialog_counts_up_to_100_percent(
    qtbot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Enough data for a copy in many steps, and every percentage passed on: the dialog
    # follows them all through the queued signal.
    vault = vault_service.unlock(PASSPHRASE)
    try:
        fill(vault, EXTRA_CLIENTS, max_contacts=40)
    finally:
        vault.close()
    monkeypatch.setattr(operations, "PROGRESS_INTERVAL_S", 0.0)
    window = _unlocked(qtbot, make_window, vault_service)
    flow = window.tools.backups
    shown: list[tuple[int, str, int]] = []

    def record(percent: int) -> None:
        assert flow.progress is not None and flow.progress.isVisible()
        shown.append((percent, flow.progress.labelText(), flow.progress.value()))

    flow.progressed.connect(record)
    backup = tmp_path / "kopie" / "nu.genwerkt-backup"
    backup.parent.mkdir()
    dialogs.save_to = backup
    window.tools.backup_action.trigger()

    dialog = flow.progress
    assert dialog is not None and dialog.isVisible()
    assert (dialog.minimum(), dialog.maximum()) == (0, 100)  # a percentage, not a busy bar
    assert dialog.findChildren(QAbstractButton) == []  # no cancel: a half copy is never kept
    assert dialog.labelText() == progress_text(0) == "De back-up wordt gemaakt en nagekeken… 0 %"
    wait_for(qtbot, lambda: dialogs.infos)
    assert flow.progress is None  # closed once done

    percents = [percent for percent, _, _ in shown]
    assert percents[0] == 0 and percents[-1] == 100
    assert len(percents) >= 10
    assert percents == sorted(set(percents))  # strictly increasing
    assert all(text == progress_text(percent) for percent, text, _ in shown)
    assert all(value == percent for percent, _, value in shown)

    assert str(backup) in dialogs.infos[-1]
    restored = VaultService(tmp_path / "terug", policy=FAST_POLICY, clock=fixed_clock)
    assert restore_backup(restored, backup, PASSPHRASE) == 3 + EXTRA_CLIENTS


def test_progress_is_passed_on_per_percent_and_at_most_every_50_ms() -> None:
    now = [0.0]
    sent: list[int] = []
    throttled = ThrottledPercent(sent.append, interval=0.05, clock=lambda: now[0])
    throttled(0, 1000)
    throttled(4, 1000)  # still 0 %
    throttled(20, 1000)  # 2 %, but too soon after the last one
    now[0] = 0.06
    throttled(30, 1000)
    throttled(30, 1000)
    now[0] = 0.2
    throttled(25, 1000)  # never back
    throttled(990, 1000)
    throttled(1000, 1000)  # 100 % always goes, however soon
    throttled(1000, 1000)
    assert sent == [0, 3, 99, 100]


def test_locking_closes_the_tools_and_hides_the_backup_date(
    qtbot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _unlocked(qtbot, make_window, vault_service)
    window.tools.audit_action.trigger()
    assert window.tools.dialog is not None
    wait_idle(qtbot, window)
    window.lock()
    assert window.tools.dialog is None
    assert not window.tools.status.isVisible()
    assert not window.tools.backup_action.isEnabled()
    assert window.tools.restore_action.isEnabled()
