"""Import and export of the dossier exchange format (contracts/dossier-v1.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.exchange import from_document, to_document
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.store import directory_rows, dossier_read, dossier_write, team_local
from genwerkt_desktop.store.files import write_text_atomic

from .exports import ExportRequest
from .vault import OpenVault

if TYPE_CHECKING:
    from genwerkt_desktop.store.database import Connection


@dataclass(frozen=True)
class ImportedDossier:
    client_id: str
    display_name: str
    updated: bool  # True when the client already existed and was updated in place


def dossier_json(dossier: Dossier, exported_at: Any = None) -> str:
    """The canonical text of a dossier document (UTF-8, two-space indent, newline)."""
    doc = to_document(dossier, exported_at)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


class ExchangeService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    # --- import ------------------------------------------------------------------------

    def read_file(self, path: Path) -> Dossier:
        """Parse and fully validate one file against the store; writes nothing."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StateError(f"{path}: bestand niet gevonden") from None
        except OSError as exc:
            raise StateError(f"{path}: kan niet gelezen worden ({exc.strerror})") from None
        return self.read_bytes(str(path), data)

    def read_bytes(self, source: str, data: bytes) -> Dossier:
        # jsonschema and its parts (about 50 ms) load with the first file read, not with
        # the services an unlock waits for.
        from . import validation

        doc = validation.parse_document(source, data)
        validation.check_schema(source, doc)
        with self._vault.db.read() as conn:
            validation.check_references(source, doc, directory_rows.people_by_organisation(conn))
            dossier = from_document(doc)
            _check_ids_free(conn, source, dossier)
        return dossier

    def import_files(self, paths: Sequence[Path]) -> list[ImportedDossier]:
        """Validate every file first; then write them all in one transaction, or nothing."""
        dossiers = [self.read_file(p) for p in paths]
        seen: dict[str, Path] = {}
        for path, dossier in zip(paths, dossiers, strict=True):
            if dossier.client.id in seen and seen[dossier.client.id] != path:
                raise InvalidInput(
                    str(path),
                    "$.client.id",
                    f"dezelfde cliënt staat ook in {seen[dossier.client.id]}",
                )
            seen[dossier.client.id] = path
        return self.import_dossiers(dossiers)

    def import_dossiers(
        self, dossiers: Sequence[Dossier], *, audit: bool = True
    ) -> list[ImportedDossier]:
        """Write already validated dossiers in one transaction; a colleague's read-only
        team copy among them refuses the whole import, naming the holder."""
        out = []
        with self._vault.db.write() as conn:
            for dossier in dossiers:
                team_local.require_writable(conn, dossier.client.id)
                existed = dossier_read.read_client_exists(conn, dossier.client.id)
                dossier_write.write_dossier(conn, dossier)
                out.append(ImportedDossier(dossier.client.id, dossier.client.display_name, existed))
                if audit:
                    self._vault.record("geïmporteerd", dossier.client.id, conn=conn)
        return out

    # --- export ------------------------------------------------------------------------

    def export_json(self, client_id: str, out: Path) -> Path:
        with self._vault.db.read() as conn:
            dossier = dossier_read.read_dossier(conn, client_id)
        if dossier is None:
            raise StateError(f"geen cliënt met id {client_id}")
        write_text_atomic(out, dossier_json(dossier, self._vault.clock.now()))
        self._vault.record("geëxporteerd", client_id, "json")
        return out


def export_request(vault: OpenVault, request: ExportRequest) -> Path:
    """The ``json`` export kind: the dossier in the exchange format."""
    return ExchangeService(vault).export_json(request.client_id, request.output)


def _check_ids_free(conn: Connection, source: str, dossier: Dossier) -> None:
    """An id already used by another client's dossier would silently move data across."""
    cid = dossier.client.id
    groups: list[tuple[str, list[str]]] = [
        ("observations", [o.id for o in dossier.observations]),
        ("rights", [r.id for r in dossier.rights]),
        ("ecograms", [e.id for e in dossier.ecograms]),
        ("balances", [b.id for b in dossier.balances]),
        ("goals", [g.id for g in dossier.goals]),
        ("contacts", [c.id for c in dossier.contacts]),
        ("consents", [c.id for c in dossier.consents]),
        ("referrals", [r.id for r in dossier.referrals]),
        ("meetings", [m.id for m in dossier.meetings]),
        ("inner_notes", [n.id for n in dossier.inner_notes]),
        ("life_events", [e.id for e in dossier.life_events]),
        ("mindmaps", [mm.id for mm in dossier.mindmaps]),
        ("vacancies", [v.id for v in dossier.vacancies]),
        ("decisions", [d.id for d in dossier.decisions]),
        ("phone_requests", [p.id for p in dossier.phone_requests]),
    ]
    for key, ids in groups:
        if not ids:
            continue
        clash = dossier_read.id_of_another_client(conn, cid, key, ids)
        if clash is not None:
            index = ids.index(clash)
            raise InvalidInput(
                source,
                f"$.{key}[{index}].id",
                "dit id hoort al bij het dossier van een andere cliënt",
            )
    step_ids = [s.id for g in dossier.goals for s in g.steps]
    if step_ids:
        clash = dossier_read.id_of_another_client(conn, cid, "steps", step_ids)
        if clash is not None:
            raise InvalidInput(source, "$.goals", f"stap {clash} hoort al bij een andere cliënt")
