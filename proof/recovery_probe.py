"""Helper process: does the recovery code printed by ``init`` still open this store?

There is no command for a recovery-code unlock, so this uses the library the desktop app
uses.  Run it on a copy of the data folder: it sets a new passphrase as it opens.

    PROOF_RECOVERY_CODE=... python -m proof.recovery_probe DATA_DIR

Prints ``ok`` and exits 0, or prints the error's class and exits with its exit code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NEW_PASSPHRASE = "na herstel een heel andere lange wachtzin"


def main() -> int:
    from genwerkt_desktop.domain.errors import GenwerktError
    from genwerkt_desktop.services.vault import VaultService

    code = os.environ.get("PROOF_RECOVERY_CODE", "")
    try:
        vault = VaultService(Path(sys.argv[1])).unlock_with_recovery(code, NEW_PASSPHRASE)
    except GenwerktError as exc:
        # The class name only: the message could quote something of the store.
        print(f"recovery unlock refused: {type(exc).__name__}", file=sys.stderr)
        return exc.exit_code
    vault.close()
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
