"""Opening a vault made by an older version: the unlock page says the vault is being
updated while the safety copy and the migration run, and the vault opens updated."""

from __future__ import annotations

from alembic import command
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store import migrate
from genwerkt_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MainWindowFactory, demo_client_names

TIMEOUT_MS = 20_000
UPDATING = "bijgewerkt"


def _busy_texts(window: MainWindow) -> list[str]:
    """Every busy line the unlock page shows, in order."""
    page = window.vault_screens.unlock
    shown: list[str] = []
    set_busy = page.set_busy

    def recording(busy: bool, text: str = "") -> None:
        if busy:
            shown.append(text)
        set_busy(busy, text)

    page.set_busy = recording  # type: ignore[method-assign]
    return shown


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: window.vault_screens.currentWidget() is unlock, timeout=TIMEOUT_MS)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)


def test_an_older_vault_says_it_is_being_updated_and_opens_updated(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    older = vault_service.unlock(PASSPHRASE)
    config = migrate._config()
    with older.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    older.close()
    window = make_window(vault_service)
    shown = _busy_texts(window)
    _unlock(qtbot, window)
    assert len(shown) == 2
    assert UPDATING not in shown[0]
    assert UPDATING in shown[1]
    assert not window.vault_screens.unlock.is_busy()
    window.lock()
    again = vault_service.unlock(PASSPHRASE)
    try:
        with again.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        search = SearchService(again)
        assert all(search.client_ids(name) for name in demo_client_names())
    finally:
        again.close()


def test_a_vault_of_this_version_just_opens(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = make_window(vault_service)
    shown = _busy_texts(window)
    _unlock(qtbot, window)
    assert len(shown) == 1
    assert UPDATING not in shown[0]
