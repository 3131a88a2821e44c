"""The head revision migrate.py knows without Alembic is Alembic's own head (issue 18)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from genwerkt_desktop.store import migrate


def test_the_head_revision_constant_is_the_newest_script() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


PROBE = """
import json, sys
from pathlib import Path
from genwerkt_desktop.store.cipher_profile import NEW_VAULT_PROFILE as CIPHER
from genwerkt_desktop.store.database import Database
db = Database(Path(sys.argv[1]), b"k" * 32, create=True, cipher=CIPHER)
first = db.migrate()
db.close()
made = "alembic" in sys.modules
for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
    del sys.modules[name]
db = Database(Path(sys.argv[1]), b"k" * 32, cipher=CIPHER)
second = db.migrate()
db.close()
print(json.dumps({"first": first, "made": made, "second": second,
                  "again": "alembic" in sys.modules}))
"""


def test_a_store_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "genwerkt.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer == {"first": True, "made": True, "second": False, "again": False}
