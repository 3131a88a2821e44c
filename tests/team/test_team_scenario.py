"""A team at work, through the service layer, against a real PostgreSQL: a lead and two
coaches' laptops (three real vaults). Admission, sync, read-only copies, handover while
one coach is ill, the conflict copy, offline and back, a new team key."""

from __future__ import annotations

import pytest

from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.domain.errors import ReadOnlyDossier
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.store.team_server import TeamUnreachable
from tests.team.conftest import Laptops, TeamDb
from tests.team.laptops import Laptop


def test_a_coach_waits_for_admission_until_the_lead_compares_fingerprints(
    team_db: TeamDb,
    tmp_path,
    fixed_clock,  # type: ignore[no-untyped-def]
) -> None:
    import contextlib

    from tests.team.laptops import open_laptop

    lead_role, coach_role = team_db.create_role("lead"), team_db.create_role("coach")
    team_db.init("gent", lead_role, [coach_role])
    with contextlib.ExitStack() as stack:
        lead = stack.enter_context(
            contextlib.contextmanager(open_laptop)(team_db, lead_role, tmp_path / "l", fixed_clock)
        )
        coach = stack.enter_context(
            contextlib.contextmanager(open_laptop)(team_db, coach_role, tmp_path / "c", fixed_clock)
        )
        lead.connect()
        coach.connect()
        assert coach.sync().waiting_for_admission

        waiting = {m.role: m for m in lead.membership.members(lead.password)}
        assert not waiting[coach_role].admitted
        coach_fingerprint = coach.membership.info().fingerprint  # type: ignore[union-attr]
        assert waiting[coach_role].fingerprint == coach_fingerprint

        assert lead.membership.admit(coach_role, lead.password) == coach_fingerprint
        assert not coach.sync().waiting_for_admission
        assert {m.role: m.admitted for m in lead.membership.members(lead.password)} == {
            lead_role: True,
            coach_role: True,
        }


def test_a_dossier_travels_to_a_colleague_as_a_read_only_copy(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    shared = an.new_client("Ayşe", "Yılmaz")
    kept_home = an.new_client("Jonas", "Peeters", TeamSharing.THIS_DEVICE_ONLY)
    not_asked = an.new_client("Mira", "Claes", None)
    an.note(shared, "Huisbezoek: de brief van de huisbaas samen gelezen")
    an.note(shared, "Mijn indruk: moe, vraag naar slaap", personal=True)

    report = an.sync()
    assert report.pushed == (shared,)
    assert not_asked in report.not_asked
    assert an.status.local()[kept_home].state is TeamState.LOCAL_ONLY
    assert an.status.local()[shared].state is TeamState.SYNCED

    pulled = bo.sync()
    assert pulled.pulled == (shared,)
    assert bo.notes(shared) == ["Huisbezoek: de brief van de huisbaas samen gelezen"]
    assert {c.id for c in bo.dossiers.list_clients()} == {shared}
    assert bo.status.local()[shared].state is TeamState.READ_ONLY

    with pytest.raises(ReadOnlyDossier, match=an.role):
        bo.note(shared, "Bo probeert iets toe te voegen")
    assert an.sync().pushed == ()  # nothing changed: nothing sent


def test_handover_while_a_coach_is_ill_keeps_their_unsent_work_as_a_conflict_copy(
    laptops: Laptops,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    lead, an, bo = laptops.lead, laptops.an, laptops.bo
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    lead.sync()
    an.note(cid, "Laatste notitie van An, nog niet verstuurd")  # then An falls ill

    lead.handover.hand_over(cid, bo.role, lead.password)
    assert bo.sync().pulled == (cid,)
    assert bo.status.local()[cid].state is TeamState.SYNCED  # Bo holds it now: writable
    bo.note(cid, "Bo neemt over: afspraak bij het OCMW gemaakt")
    assert bo.sync().pushed == (cid,)

    back = an.sync()  # An is back and syncs
    assert back.conflicts == (cid,)
    assert an.status.local()[cid].state is TeamState.CONFLICT
    assert "Bo neemt over: afspraak bij het OCMW gemaakt" in an.notes(cid)
    conflict = an.conflicts.dossier(cid)
    assert not conflict.i_hold_it and conflict.server_holder == bo.role
    mine_only = [d for d in conflict.differences if d.theirs is None]
    assert [d.mine.summary for d in mine_only] == ["Laatste notitie van An, nog niet verstuurd"]
    with pytest.raises(ReadOnlyDossier):
        an.note(cid, "An kan hier niet meer schrijven")

    saved = an.conflicts.save_mine(cid, tmp_path / "an-versie.json")
    assert "Laatste notitie van An" in saved.read_text(encoding="utf-8")
    an.conflicts.merge(cid, keep=())  # An handed the file to Bo: the copy may go
    assert an.status.local()[cid].state is TeamState.READ_ONLY


def test_a_holder_merges_their_conflict_copy_by_hand(laptops: Laptops) -> None:
    """Two laptops of the same holder: the second push finds the base moved."""
    an = laptops.an
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    an.note(cid, "Notitie op de laptop")
    # The server moves on meanwhile: the lead hands it away and back, then An's push
    # from the old base is refused.
    laptops.lead.handover.hand_over(cid, laptops.bo.role, laptops.lead.password)
    laptops.bo.sync()
    laptops.bo.note(cid, "Notitie van Bo tijdens de overname")
    laptops.bo.sync()
    laptops.lead.handover.hand_over(cid, an.role, laptops.lead.password)

    report = an.sync()
    assert report.conflicts == (cid,)
    conflict = an.conflicts.dossier(cid)
    assert conflict.i_hold_it
    keys = {d.key for d in conflict.differences if d.theirs is None}
    an.conflicts.merge(cid, keep=keys)
    assert set(an.notes(cid)) == {"Notitie op de laptop", "Notitie van Bo tijdens de overname"}
    assert an.sync().pushed == (cid,)
    laptops.bo.sync()
    assert set(laptops.bo.notes(cid)) == set(an.notes(cid))


def test_offline_the_work_goes_on_and_syncs_later(laptops: Laptops) -> None:
    an = laptops.an
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    offline = Laptop(
        an.role, an.password, "postgresql://x@127.0.0.1:9/none?sslmode=disable", an.vault
    )
    with offline.vault.db.write() as conn:
        from genwerkt_desktop.store import team_local

        link = team_local.read_link(conn)
        assert link is not None
        import dataclasses

        team_local.write_link(conn, dataclasses.replace(link, url=offline.url))
    with pytest.raises(TeamUnreachable) as caught:
        an.sync()
    assert caught.value.exit_code == 6
    an.note(cid, "Geschreven zonder verbinding")
    assert an.status.local()[cid].state is TeamState.AHEAD
    with an.vault.db.write() as conn:
        team_local.write_link(conn, dataclasses.replace(link, url=an.url))
    assert an.sync().pushed == (cid,)
    laptops.bo.sync()
    assert "Geschreven zonder verbinding" in laptops.bo.notes(cid)


def test_a_member_who_leaves_gets_no_new_key(laptops: Laptops) -> None:
    lead, an, bo = laptops.lead, laptops.an, laptops.bo
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    assert lead.membership.remove(bo.role, lead.password) == 2
    an.note(cid, "Na het vertrek van Bo")
    an.sync()
    meta = {m.client_id: m for m in laptops.team.db.server(lead.role).dossier_meta()}
    assert meta[cid].key_version == 2  # re-sealed with the new key at its next push
    lead.sync()
    assert "Na het vertrek van Bo" in lead.notes(cid)


def test_a_new_laptop_waits_for_a_new_admission(
    laptops: Laptops,
    tmp_path,
    fixed_clock,  # type: ignore[no-untyped-def]
) -> None:
    import contextlib

    from tests.team.laptops import open_laptop

    cid = laptops.an.new_client("Ayşe", "Yılmaz")
    laptops.an.sync()
    old_fingerprint = laptops.bo.membership.info().fingerprint  # type: ignore[union-attr]
    with contextlib.contextmanager(open_laptop)(
        laptops.team.db, laptops.bo.role, tmp_path / "bo-nieuw", fixed_clock
    ) as new:
        new.connect()
        assert new.sync().waiting_for_admission
        waiting = {m.role: m for m in laptops.lead.membership.members(laptops.lead.password)}
        new_fingerprint = new.membership.info().fingerprint  # type: ignore[union-attr]
        assert not waiting[new.role].admitted
        assert waiting[new.role].fingerprint == new_fingerprint != old_fingerprint

        laptops.lead.membership.admit(new.role, laptops.lead.password)
        assert new.sync().pulled == (cid,)
