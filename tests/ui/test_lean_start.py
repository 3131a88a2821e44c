"""The window and its unlock page come up without the database layer (issue 18, goal a).

What an open vault needs (SQLAlchemy, the team server's driver, the services, the views,
the OS keyring) is imported on the preload thread or when first asked; the main window
itself must not pull any of it in.  The probe builds the real window in a fresh
interpreter, with the preload thread never started, and reads ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# The database layer, the team server's driver, the schema checker and the keyring,
# with the services that stand on them.
DATABASE_LAYER = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "jsonschema",
    "keyring",
    "genwerkt_desktop.store.models",
    "genwerkt_desktop.services.workspace",
)
HEAVY = (
    *DATABASE_LAYER,
    "genwerkt_desktop.store.team_server",
    "genwerkt_desktop.services.team.failures",
    "genwerkt_desktop.ui.work_area",
)

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from genwerkt_desktop import app as desktop_app
from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store.keystore import SystemKeyStore
from genwerkt_desktop.ui.dialogs import QtDialogs
from genwerkt_desktop.ui.main_window import MainWindow

qapp = QApplication([])
settings = desktop_app.configure_application(qapp)
service = VaultService(Path(sys.argv[1]), keystore=SystemKeyStore(), clock=SystemClock())
window = MainWindow(service, SystemClock(), QtDialogs(), settings=settings)
window.show()
qapp.processEvents()
print(json.dumps({
    "modules": sorted(sys.modules),
    "unlock_page_up": window.stack.currentWidget() is window.vault_screens,
    "sync_hidden": not window.team_sync.action.isVisible(),
}))
"""


def _probe(tmp_path: Path, source: str, *args: str) -> dict[str, Any]:
    """Run ``source`` in a fresh interpreter, offscreen, with settings of its own (never
    the coach's); what it printed last, as JSON."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", source, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def test_the_main_window_is_built_without_the_database_layer_or_the_keyring(
    tmp_path: Path,
) -> None:
    answer = _probe(tmp_path, PROBE, str(tmp_path / "data"))
    assert answer["unlock_page_up"] and answer["sync_hidden"]
    loaded = set(answer["modules"])
    assert [m for m in HEAVY if m in loaded] == []


WITHOUT_THE_DATABASE_LAYER = (
    *DATABASE_LAYER,
    "genwerkt_desktop.store.database",
    "genwerkt_desktop.services.dossiers",
)

FIRST_LIST_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.ui import preload
from genwerkt_desktop.services.client_list import ClientSummary

qapp = QApplication([])
for name in (*preload.BEFORE_THE_STORE, *preload.FIRST_SCREEN):
    __import__(name)
from genwerkt_desktop.ui.work_area import WorkArea

names = [
    ClientSummary(f"c{i}", "Naam", f"Achter{i}", f"Naam Achter{i}", ClientStatus.ACTIVE,
                  Phase.INTAKE, None, None, contacts_read=False)
    for i in range(30)
]
area = WorkArea(SystemClock(), names=names)
area.resize(1200, 700)
area.show()
for _ in range(5):
    qapp.processEvents()
view = area.clients.view.table
print(json.dumps({
    "modules": sorted(sys.modules),
    "rows": area.clients.proxy.rowCount(),
    "first_row": area.clients.proxy.index(0, 0).data(),
    "painted": not view.viewport().visibleRegion().isEmpty(),
}))
"""


def test_the_first_list_after_unlocking_shows_the_names_without_the_database_layer(
    tmp_path: Path,
) -> None:
    """The names the unlock read are shown before SQLAlchemy, the services and the
    models are loaded: the work area's first step needs none of them, so an unlock
    typed ahead of the start-up imports paints the list without waiting for them."""
    answer = _probe(tmp_path, FIRST_LIST_PROBE)
    assert answer["rows"] == 30 and answer["painted"]
    assert answer["first_row"] == "Naam Achter0"
    loaded = set(answer["modules"])
    # (The team's wording comes along, without the server's driver: a few milliseconds.)
    assert [m for m in WITHOUT_THE_DATABASE_LAYER if m in loaded] == []
