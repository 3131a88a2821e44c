"""Helper process: a copy of a store whose WAL holds committed, not yet checkpointed frames.

The command always closes its store, and closing checkpoints the WAL into the database
and deletes it, so a finished command never leaves committed frames behind.  Killing a
command right after its commit would, but only by luck of timing.  So this helper opens
the store with the library, imports one dossier (a committed transaction that lives only
in the WAL while the connection is open), copies the data folder's files to TARGET while
the store is still open, and only then closes it.  The copy is exactly what a crash right
after the commit leaves on disk.

    GENWERKT_PASSPHRASE=... python -m proof.wal_writer SOURCE TARGET DOSSIER.json
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from proof.files import STORE_FILES


def main() -> int:
    from genwerkt_desktop.services.exchange import ExchangeService
    from genwerkt_desktop.services.vault import VaultService

    source, target, dossier = (Path(a) for a in sys.argv[1:4])
    vault = VaultService(source).unlock(os.environ["GENWERKT_PASSPHRASE"])
    try:
        ExchangeService(vault).import_files([dossier])
        target.mkdir(parents=True, exist_ok=True)
        # Nothing is written while the connection sits idle, so these copies agree.
        for name in STORE_FILES:
            if (source / name).exists():
                shutil.copy2(source / name, target / name)
    finally:
        vault.close()
    wal = target / "genwerkt.db-wal"
    print(wal.stat().st_size if wal.exists() else 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
