"""The directory (sociale kaart) in the store: organisations and their contact persons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, insert, select

from genwerkt_desktop.domain import model as m

from .models import (
    ConsentRow,
    ContactPersonRow,
    EcogramNodeRow,
    OrganisationRow,
    ReferralRow,
    table_of,
)


def upsert_organisation(conn: Connection, org: m.Organisation) -> None:
    # Every dossier import (and team pull) rewrites its organisations: one that did not
    # change is left alone, so its revision (team mode) does not rise for nothing.
    if read_organisations(conn, [org.id]) == [org]:
        return
    values = {
        "id": org.id,
        "name": org.name,
        "services": org.services,
        "entry_criteria": org.entry_criteria,
        "way_of_working": org.way_of_working,
        "stopping_consequences": org.stopping_consequences,
        "address": org.address,
        "phone": org.phone,
        "email": org.email,
        "website": org.website,
        "opening_hours": org.opening_hours,
    }
    table = table_of(OrganisationRow)
    exists = conn.execute(select(table.c.id).where(table.c.id == org.id)).first()
    if exists:
        conn.execute(table.update().where(table.c.id == org.id).values(**values))
    else:
        conn.execute(insert(table).values(**values))
    people = table_of(ContactPersonRow)
    conn.execute(delete(people).where(people.c.organisation_id == org.id))
    if org.contacts:
        conn.execute(
            insert(people),
            [
                {
                    "id": p.id,
                    "organisation_id": org.id,
                    "position": i,
                    "name": p.name,
                    "role": p.role,
                    "phone": p.phone,
                    "email": p.email,
                    "trusted": p.trusted,
                    "backup": p.backup,
                }
                for i, p in enumerate(org.contacts)
            ],
        )


def read_organisations(conn: Connection, ids: Iterable[str] | None = None) -> list[m.Organisation]:
    """Organisations by name (then id); all of them when ``ids`` is None."""
    table = table_of(OrganisationRow)
    query = select(table).order_by(table.c.name, table.c.id)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        query = query.where(table.c.id.in_(wanted))
    orgs = conn.execute(query).mappings().all()
    people = table_of(ContactPersonRow)
    by_org: dict[str, list[m.ContactPerson]] = defaultdict(list)
    person_query = select(people).order_by(people.c.organisation_id, people.c.position)
    if ids is not None:
        person_query = person_query.where(people.c.organisation_id.in_([o["id"] for o in orgs]))
    for p in conn.execute(person_query).mappings():
        by_org[p["organisation_id"]].append(
            m.ContactPerson(
                id=p["id"],
                name=p["name"],
                role=p["role"],
                phone=p["phone"],
                email=p["email"],
                trusted=p["trusted"],
                backup=p["backup"],
            )
        )
    return [
        m.Organisation(
            id=o["id"],
            name=o["name"],
            services=o["services"],
            entry_criteria=o["entry_criteria"],
            way_of_working=o["way_of_working"],
            stopping_consequences=o["stopping_consequences"],
            address=o["address"],
            phone=o["phone"],
            email=o["email"],
            website=o["website"],
            opening_hours=o["opening_hours"],
            contacts=tuple(by_org[o["id"]]),
        )
        for o in orgs
    ]


def organisation_ids_present(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    table = table_of(OrganisationRow)
    return set(conn.execute(select(table.c.id).where(table.c.id.in_(wanted))).scalars())


def count_uses(conn: Connection, organisation_id: str) -> int:
    """How many consents, referrals and ecogram members point at the organisation."""
    total = 0
    for row_class in (ConsentRow, ReferralRow, EcogramNodeRow):
        t = table_of(row_class)
        total += int(
            conn.execute(
                select(func.count()).select_from(t).where(t.c.organisation_id == organisation_id)
            ).scalar_one()
        )
    return total


def delete_organisation(conn: Connection, organisation_id: str) -> None:
    """The organisation and (by the cascade) its contact persons."""
    orgs = table_of(OrganisationRow)
    conn.execute(delete(orgs).where(orgs.c.id == organisation_id))


def person_owners(conn: Connection) -> dict[str, str]:
    """Every contact person's id, with the id of the organisation it belongs to."""
    people = table_of(ContactPersonRow)
    return {row[0]: row[1] for row in conn.execute(select(people.c.id, people.c.organisation_id))}


def people_by_organisation(conn: Connection) -> dict[str, list[str]]:
    """Every organisation's id, with the ids of its contact persons (maybe none)."""
    orgs, people = table_of(OrganisationRow), table_of(ContactPersonRow)
    directory: dict[str, list[str]] = {oid: [] for oid in conn.execute(select(orgs.c.id)).scalars()}
    for oid, pid in conn.execute(select(people.c.organisation_id, people.c.id)):
        directory[oid].append(pid)
    return directory
