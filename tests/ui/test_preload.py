"""The imports an open vault needs run on a thread of their own (issue 18, point 4)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import gc, json, sys, threading
from genwerkt_desktop.ui import preload
before = sorted(m for m in ("sqlalchemy", "genwerkt_desktop.ui.work_area") if m in sys.modules)
thread = preload.start_preload()
again = preload.start_preload()
thread.join(120)
from PySide6.QtCore import QCoreApplication
print(json.dumps({
    "before": before,
    "same": thread is again,
    "name": thread.name,
    "daemon": thread.daemon,
    "other_thread": thread.ident != threading.get_ident(),
    "loaded": [m for m in (
        "sqlalchemy",
        "genwerkt_desktop.store.database",
        "genwerkt_desktop.services.workspace",
        "genwerkt_desktop.services.backups",
        "genwerkt_desktop.ui.work_area",
        "genwerkt_desktop.ui.dossier.workspace",
        "genwerkt_desktop.ui.dossier.together",
        "genwerkt_desktop.ui.agenda.view",
    ) if m in sys.modules],
    "qt_app": QCoreApplication.instance() is not None,
    "collecting": gc.isenabled(),
    "set_aside": gc.get_freeze_count(),
}))
"""


def test_preload_imports_the_vault_layers_once_on_its_own_thread_and_makes_no_qt_object() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["before"] == []  # importing the module itself loads none of it
    assert answer["same"] and answer["daemon"] and answer["other_thread"]
    assert answer["name"] == "genwerkt-preload"
    assert len(answer["loaded"]) == 8, answer["loaded"]  # the later tabs and areas too
    assert not answer["qt_app"]  # imports only: no application, no widget
    # The collector, off while the modules were imported, is on again; what they loaded
    # is out of its sight, so its next full pass does not walk it all.
    assert answer["collecting"]
    assert answer["set_aside"] > 100_000


FIRST_PART = """
import json, sys
from genwerkt_desktop.services.vault import preload
from genwerkt_desktop.ui.preload import FOR_THE_LIST
preload()
for name in FOR_THE_LIST:
    __import__(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg", "jsonschema"))))
"""


def test_what_an_unlock_waits_for_loads_no_team_server_driver_and_no_schema_checker() -> None:
    # psycopg (for team mode) and jsonschema (for reading a dossier file) come when they
    # are used: a coach unlocking without team mode never waits for them.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PART],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
