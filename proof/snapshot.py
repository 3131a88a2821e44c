"""What a store holds, read through the command itself: the client list and each
dossier's JSON export.  Two snapshots are equal when the stores hold the same content."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .cli import PASSPHRASE, Cli
from .dossiers import canonical, read_json


class ProbeFailed(Exception):
    """A read that should work did not; the message is a reason for the report."""


@dataclass(frozen=True)
class Snapshot:
    clients: str  # canonical text of the client list, sorted by id
    exports: tuple[tuple[str, str | None], ...]  # (client id, canonical export or None)

    @property
    def client_ids(self) -> set[str]:
        return {row["id"] for row in json.loads(self.clients or "[]")}

    def difference(self, other: Snapshot) -> str:
        """Which part differs (ids only, never content)."""
        parts = []
        if self.clients != other.clients:  # "" on both sides when not listed
            parts.append("client list")
        mine, theirs = dict(self.exports), dict(other.exports)
        parts += [
            f"export of a client ({'absent' if mine.get(k) is None else 'changed'})"
            for k in sorted(mine.keys() | theirs.keys())
            if mine.get(k) != theirs.get(k)
        ]
        return ", ".join(parts) or "nothing"


def list_clients(cli: Cli, data_dir: Path, passphrase: str = PASSPHRASE) -> list[dict[str, str]]:
    result = cli.run(data_dir, "clients", "--json", passphrase=passphrase)
    if result.code != 0:
        raise ProbeFailed(result.describe())
    try:
        rows = json.loads(result.out)
    except ValueError:
        raise ProbeFailed("clients --json printed no JSON") from None
    if not isinstance(rows, list):
        raise ProbeFailed("clients --json printed no list")
    return sorted(rows, key=lambda r: str(r.get("id")))


def export_json(cli: Cli, data_dir: Path, client: str, out: Path) -> str:
    out.unlink(missing_ok=True)
    result = cli.run(data_dir, "export", client, "--kind", "json", "-o", str(out))
    if result.code != 0:
        raise ProbeFailed(result.describe())
    try:
        return canonical(read_json(out))
    except (OSError, ValueError):
        raise ProbeFailed("export json: exit 0 but no readable file") from None
    finally:
        out.unlink(missing_ok=True)


def take(
    cli: Cli, data_dir: Path, ids: Sequence[str], scratch: Path, *, with_list: bool = True
) -> Snapshot:
    """Client list plus the export of each id in ``ids`` that is on the list.

    An id that is not listed is recorded as absent without asking for its export.
    ``with_list=False`` skips the list (one call less) and exports every id in ``ids``.
    """
    rows = list_clients(cli, data_dir) if with_list else None
    listed = {str(r.get("id")) for r in rows} if rows is not None else set(ids)
    scratch.mkdir(parents=True, exist_ok=True)
    exports = tuple(
        (cid, export_json(cli, data_dir, cid, scratch / "snapshot.json") if cid in listed else None)
        for cid in ids
    )
    return Snapshot(canonical(rows) if rows is not None else "", exports)
