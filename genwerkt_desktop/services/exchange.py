"""Import and export of the dossier exchange format (contracts/dossier-v1.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.exchange import from_document, to_document
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.store import dossier_read, dossier_write
from genwerkt_desktop.store.files import write_text_atomic
from genwerkt_desktop.store.models import (
    BalanceRow,
    ConsentRow,
    ContactPersonRow,
    ContactRow,
    EcogramRow,
    GoalRow,
    MeetingRow,
    ObservationRow,
    OrganisationRow,
    ReferralRow,
    RightRow,
    StepRow,
    table_of,
)

from . import validation
from .exports import ExportRequest
from .vault import OpenVault


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
        doc = validation.parse_document(source, data)
        validation.check_schema(source, doc)
        with self._vault.db.read() as conn:
            validation.check_references(source, doc, _directory(conn))
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
        """Write already validated dossiers in one transaction."""
        out = []
        with self._vault.db.write() as conn:
            for dossier in dossiers:
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


def _directory(conn: Connection) -> dict[str, list[str]]:
    orgs = table_of(OrganisationRow)
    people = table_of(ContactPersonRow)
    directory: dict[str, list[str]] = {oid: [] for oid in conn.execute(select(orgs.c.id)).scalars()}
    for oid, pid in conn.execute(select(people.c.organisation_id, people.c.id)):
        directory[oid].append(pid)
    return directory


def _check_ids_free(conn: Connection, source: str, dossier: Dossier) -> None:
    """An id already used by another client's dossier would silently move data across."""
    cid = dossier.client.id
    groups: list[tuple[Any, str, list[str]]] = [
        (ObservationRow, "observations", [o.id for o in dossier.observations]),
        (RightRow, "rights", [r.id for r in dossier.rights]),
        (EcogramRow, "ecograms", [e.id for e in dossier.ecograms]),
        (BalanceRow, "balances", [b.id for b in dossier.balances]),
        (GoalRow, "goals", [g.id for g in dossier.goals]),
        (ContactRow, "contacts", [c.id for c in dossier.contacts]),
        (ConsentRow, "consents", [c.id for c in dossier.consents]),
        (ReferralRow, "referrals", [r.id for r in dossier.referrals]),
        (MeetingRow, "meetings", [m.id for m in dossier.meetings]),
    ]
    for row_class, key, ids in groups:
        if not ids:
            continue
        table = table_of(row_class)
        clash = conn.execute(
            select(table.c.id).where(table.c.id.in_(ids), table.c.client_id != cid).limit(1)
        ).scalar()
        if clash is not None:
            index = ids.index(clash)
            raise InvalidInput(
                source,
                f"$.{key}[{index}].id",
                "dit id hoort al bij het dossier van een andere cliënt",
            )
    step_ids = [s.id for g in dossier.goals for s in g.steps]
    if step_ids:
        steps, goals = table_of(StepRow), table_of(GoalRow)
        clash = conn.execute(
            select(steps.c.id)
            .join(goals, goals.c.id == steps.c.goal_id)
            .where(steps.c.id.in_(step_ids), goals.c.client_id != cid)
            .limit(1)
        ).scalar()
        if clash is not None:
            raise InvalidInput(source, "$.goals", f"stap {clash} hoort al bij een andere cliënt")
