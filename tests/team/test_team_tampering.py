"""What the organisation's own IT could try with the server, and what it gets: no client
text in a dump, a swapped or rolled-back document refused by the laptops, and an audit
of who did what without content."""

from __future__ import annotations

import subprocess

from genwerkt_desktop.domain.team import TeamState
from tests.team.conftest import Laptops

NAME = ("Ayşe", "Yılmaz")
NOTE = "Huisbezoek: samen de brief van de huisbaas gelezen"
PERSONAL = "Mijn indruk: moe, vraag later naar slaap"


def _dump(laptops: Laptops) -> str:
    db = laptops.team.db
    cluster = db.cluster
    command = [
        str(cluster.bindir / "pg_dump"),
        "-h",
        str(cluster.socket_dir),
        "-p",
        str(cluster.port),
        "-U",
        "postgres",
        db.name,
    ]
    done = subprocess.run(command, capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace")


def test_a_dump_of_the_server_holds_no_client_text(laptops: Laptops) -> None:
    an = laptops.an
    cid = an.new_client(*NAME)
    an.note(cid, NOTE)
    an.note(cid, PERSONAL, personal=True)
    an.sync()

    dump = _dump(laptops)
    assert cid in dump  # ids, roles, versions and times are the server's to see
    for text in (*NAME, "Yilmaz", "huisbaas", "brief", "slaap", "wil werk"):
        assert text not in dump


def test_a_swapped_document_is_refused_and_the_copy_stays(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    first = an.new_client("Ayşe", "Yılmaz")
    second = an.new_client("Jonas", "Peeters")
    an.sync()
    bo.sync()
    an.note(first, NOTE)
    an.note(second, "Jonas belt zelf de VDAB")
    an.sync()
    # A database administrator swaps the two sealed documents, triggers off.
    with laptops.team.db.admin() as admin:
        admin.execute("SET session_replication_role = replica")
        admin.execute(
            "UPDATE genwerkt.dossiers a SET sealed = b.sealed, seq = nextval('genwerkt.change_seq')"
            " FROM genwerkt.dossiers b WHERE a.client_id <> b.client_id"
            " AND a.client_id IN (%s, %s) AND b.client_id IN (%s, %s)",
            (first, second, first, second),
        )

    report = bo.sync()
    assert set(report.refused) == {first, second}
    assert report.pulled == ()
    assert NOTE not in bo.notes(first)  # the older, genuine copy stays


def test_a_rolled_back_document_is_refused(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    cid = an.new_client(*NAME)
    an.sync()
    bo.sync()
    with laptops.team.db.admin() as admin:
        old = admin.execute(
            "SELECT version, sealed FROM genwerkt.dossiers WHERE client_id = %s", (cid,)
        ).fetchone()
    an.note(cid, NOTE)
    an.sync()
    bo.sync()
    assert NOTE in bo.notes(cid)

    with laptops.team.db.admin() as admin:  # put version 1 back, as if from a backup
        admin.execute("SET session_replication_role = replica")
        admin.execute(
            "UPDATE genwerkt.dossiers SET version = %s, sealed = %s,"
            " seq = nextval('genwerkt.change_seq') WHERE client_id = %s",
            (old[0], old[1], cid),
        )
    report = bo.sync()
    assert report.refused == (cid,)
    assert NOTE in bo.notes(cid)
    assert bo.status.local()[cid].state is TeamState.READ_ONLY


def test_the_audit_says_who_did_what_without_content(laptops: Laptops) -> None:
    lead, an, bo = laptops.lead, laptops.an, laptops.bo
    cid = an.new_client(*NAME)
    an.note(cid, NOTE)
    an.sync()
    bo.sync()
    lead.handover.hand_over(cid, bo.role, lead.password)

    entries = laptops.team.db.server(lead.role).audit()
    seen = {(e.actor, e.action) for e in entries}
    assert {
        (an.role, "dossier_created"),
        (bo.role, "pulled"),
        (lead.role, "handed_over"),
        (lead.role, "admitted"),
        (an.role, "key_registered"),
    } <= seen
    text = repr(entries)
    assert "Ayşe" not in text and "huisbaas" not in text
