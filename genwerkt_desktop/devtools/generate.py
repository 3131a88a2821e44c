"""Fill a vault with N generated dossiers, for scale tests and benchmarks.

    GENWERKT_PASSPHRASE=... python -m genwerkt_desktop.devtools.generate --clients 2000 \\
        --data-dir /tmp/groot [--init]

Everything goes through the ordinary import path, in batches of one transaction each.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import islice

from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.paths import resolve_data_dir
from genwerkt_desktop.services.vault import OpenVault, VaultService

from .generate_data import generate_dossiers

BATCH = 50


def fill(
    vault: OpenVault,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_contacts: int | None = None,
) -> tuple[int, int]:
    """Add ``clients`` generated dossiers; return (clients, contact notes) written.

    ``max_contacts`` keeps only the first notes of each dossier: for tests about the
    list of clients, where thousands of notes would only cost time.
    """
    exchange = ExchangeService(vault)
    dossiers = generate_dossiers(seed, clients, today or vault.clock.today())
    done = notes = 0
    if max_contacts is not None:
        dossiers = (replace(d, contacts=d.contacts[:max_contacts]) for d in dossiers)
    while batch := list(islice(dossiers, BATCH)):
        exchange.import_dossiers(batch, audit=False)
        done += len(batch)
        notes += sum(len(d.contacts) for d in batch)
        if progress:
            progress(done, clients)
    vault.record("gegenereerd", detail=f"{done} dossiers")
    return done, notes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m genwerkt_desktop.devtools.generate")
    parser.add_argument("--clients", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir")
    parser.add_argument("--init", action="store_true", help="create the vault first")
    args = parser.parse_args(argv)
    passphrase = os.environ.get("GENWERKT_PASSPHRASE")
    if not passphrase:
        print("zet GENWERKT_PASSPHRASE", file=sys.stderr)
        return 2
    service = VaultService(resolve_data_dir(args.data_dir), clock=SystemClock())
    if args.init:
        created = service.create(passphrase)
        print(created.recovery_code)
        vault = created.vault
    else:
        vault = service.unlock(passphrase)
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        print(f"\r{done}/{total} dossiers", end="", file=sys.stderr, flush=True)

    try:
        count, notes = fill(vault, args.clients, args.seed, progress=report)
    finally:
        vault.close()
    seconds = time.perf_counter() - started
    print(f"\n{count} dossiers, {notes} contactnotities in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
