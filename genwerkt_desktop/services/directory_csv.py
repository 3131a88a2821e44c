"""The sociale kaart as a CSV file, so a team can share its directory.

One line per contact person (an organisation without people gets one line of its own);
the organisation's fields repeat on each of its lines.  Written with ";" and a BOM so a
Flemish spreadsheet opens it as columns; read with ";" or ",".  Import is all or
nothing: the first problem is named with its line number and nothing is written.  An
organisation id that exists already is updated in place (with its people as in the
file); an empty id makes a new organisation.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.domain.model import ContactPerson, Organisation
from genwerkt_desktop.store import directory_rows

from .dossier_edits import new_id
from .vault import OpenVault

ORG_COLUMNS = (
    ("organisatie_id", "id"),
    ("naam", "name"),
    ("aanbod", "services"),
    ("toegang", "entry_criteria"),
    ("werkwijze", "way_of_working"),
    ("gevolgen_stoppen", "stopping_consequences"),
    ("adres", "address"),
    ("telefoon", "phone"),
    ("e-mail", "email"),
    ("website", "website"),
    ("openingsuren", "opening_hours"),
)
PERSON_COLUMNS = (
    ("contact_id", "id"),
    ("contact_naam", "name"),
    ("contact_rol", "role"),
    ("contact_telefoon", "phone"),
    ("contact_e-mail", "email"),
)
FLAG_COLUMNS = (("vaste_contactpersoon", "trusted"), ("vervanger", "backup"))
HEADER = tuple(c for c, _ in (*ORG_COLUMNS, *PERSON_COLUMNS, *FLAG_COLUMNS))
YES, NO = "ja", "nee"


def _flag(value: bool | None) -> str:
    return YES if value else ""


def write_csv(organisations: Iterable[Organisation], path: Path) -> int:
    """Write the directory; returns the number of organisations."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for org in organisations:
        count += 1
        base = [getattr(org, attr) or "" for _, attr in ORG_COLUMNS]
        for person in org.contacts or (None,):
            if person is None:
                writer.writerow(base + [""] * (len(PERSON_COLUMNS) + len(FLAG_COLUMNS)))
                continue
            writer.writerow(
                base
                + [getattr(person, attr) or "" for _, attr in PERSON_COLUMNS]
                + [_flag(person.trusted), _flag(person.backup)]
            )
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(buffer.getvalue(), encoding="utf-8-sig")
    tmp.replace(path)
    return count


@dataclass
class _Draft:
    line: int
    values: dict[str, str]
    people: list[ContactPerson] = field(default_factory=list)


def _bad(source: str, line: int, message: str) -> InvalidInput:
    return InvalidInput(source, f"regel {line}", message)


def _parse_flag(source: str, line: int, column: str, raw: str) -> bool | None:
    word = raw.strip().casefold()
    if word in ("", NO):
        return None if not word else False
    if word == YES:
        return True
    raise _bad(source, line, f"in kolom {column} staat '{raw}'; vul 'ja', 'nee' of niets in")


def read_csv(path: Path) -> list[Organisation]:
    """Parse and check the whole file; raises InvalidInput naming the first bad line."""
    source = path.name
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(source, 1, "het bestand is geen UTF-8-tekst; bewaar het als CSV UTF-8") from None
    first = content.splitlines()[0] if content else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.reader(io.StringIO(content), delimiter=delimiter))
    if not rows or tuple(h.strip() for h in rows[0]) != HEADER:
        raise _bad(source, 1, "de kolommen kloppen niet; begin van een export uit genwerkt")
    drafts: dict[str, _Draft] = {}
    person_ids: set[str] = set()
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(HEADER):
            raise _bad(
                source, line, f"deze regel heeft {len(row)} velden in plaats van {len(HEADER)}"
            )
        cells = dict(zip(HEADER, (cell.strip() for cell in row), strict=True))
        org_values = {attr: cells[col] for col, attr in ORG_COLUMNS}
        if not org_values["name"]:
            raise _bad(source, line, "de organisatie heeft geen naam")
        key = org_values["id"] or f"naam:{org_values['name'].casefold()}"
        draft = drafts.get(key)
        if draft is None:
            draft = drafts[key] = _Draft(line, org_values)
        elif draft.values != org_values:
            raise _bad(
                source,
                line,
                f"dezelfde organisatie staat op regel {draft.line} met andere gegevens",
            )
        person = {attr: cells[col] for col, attr in PERSON_COLUMNS}
        flags = {attr: _parse_flag(source, line, col, cells[col]) for col, attr in FLAG_COLUMNS}
        if not any(person.values()) and not any(flags.values()):
            continue
        if not person["name"]:
            raise _bad(source, line, "een contactpersoon zonder naam")
        person_id = person["id"] or new_id()
        if person_id in person_ids:
            raise _bad(source, line, "deze contact_id staat al op een eerdere regel")
        person_ids.add(person_id)
        draft.people.append(
            ContactPerson(
                id=person_id,
                name=person["name"],
                role=person["role"] or None,
                phone=person["phone"] or None,
                email=person["email"] or None,
                trusted=flags["trusted"],
                backup=flags["backup"],
            )
        )
    return [
        Organisation(
            **{
                attr: (value or None)
                for attr, value in d.values.items()
                if attr not in ("id", "name")
            },
            id=d.values["id"] or new_id(),
            name=d.values["name"],
            contacts=tuple(d.people),
        )
        for d in drafts.values()
    ]


def export_directory(vault: OpenVault, path: Path) -> int:
    """The whole sociale kaart to ``path``; returns how many organisations."""
    with vault.db.read() as conn:
        organisations = directory_rows.read_organisations(conn)
    count = write_csv(organisations, path)
    vault.record("geëxporteerd", None, "sociale_kaart")
    return count


def import_directory(vault: OpenVault, path: Path) -> int:
    """Read ``path`` and save every organisation in one transaction; returns the count."""
    organisations = read_csv(path)
    with vault.db.write() as conn:
        owners = directory_rows.person_owners(conn)
        for org in organisations:
            for person in org.contacts:
                owner = owners.get(person.id)
                if owner is not None and owner != org.id:
                    raise InvalidInput(
                        path.name,
                        "contact_id",
                        f"contactpersoon {person.name} hoort al bij een andere organisatie",
                    )
        for org in organisations:
            directory_rows.upsert_organisation(conn, org)
        vault.record("geïmporteerd", None, f"sociale_kaart {len(organisations)}", conn=conn)
    return len(organisations)
