"""The team scenario through ``genwerkt team …`` (CLI.md "Team mode"): the database
administrator's server-init, three laptops, admission, sync, read-only copies, handover,
the conflict copy (exit 7), an unreachable server (exit 6)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store import team_local
from tests.conftest import PASSPHRASE, Cli, CliResult
from tests.fakes import FAST_POLICY, FixedClock
from tests.fakes_keystore import MemoryKeyStore
from tests.team.conftest import TeamDb
from tests.team.ports import free_port


def _move_server(folder: Path, clock: FixedClock, url: str) -> None:
    """The server moved away (or the laptop is on a train): the link points nowhere."""
    vault = VaultService(folder, policy=FAST_POLICY, clock=clock).unlock(PASSPHRASE)
    try:
        with vault.db.write() as conn:
            link = team_local.read_link(conn)
            assert link is not None
            team_local.write_link(conn, dataclasses.replace(link, url=url))
    finally:
        vault.close()


class Laptop:
    def __init__(self, db: TeamDb, role: str, folder: Path, clock: FixedClock) -> None:
        self.role = role
        self.url = db.url(role)
        self.cli = Cli(folder, clock, MemoryKeyStore())
        self.cli.env["GENWERKT_TEAM_PASSWORD"] = db.passwords[role]
        assert self.cli("init").code == 0

    def __call__(self, *argv: str, env: dict[str, str] | None = None) -> CliResult:
        return self.cli(*argv, env=env)

    def states(self) -> dict[str, str]:
        done = self("team", "status", "--json")
        assert done.code == 0, done.err
        return {row["client_id"]: row["state"] for row in json.loads(done.out)}


@pytest.fixture
def admin_env(team_db: TeamDb) -> dict[str, str]:
    return {"GENWERKT_TEAM_PASSWORD": team_db.admin_password}


def test_a_team_works_through_the_command_line(
    team_db: TeamDb, tmp_path: Path, fixed_clock: FixedClock, admin_env: dict[str, str]
) -> None:
    lead_role, an_role, bo_role = (team_db.create_role(p) for p in ("lead", "coach", "coach"))
    lead = Laptop(team_db, lead_role, tmp_path / "lead", fixed_clock)
    an = Laptop(team_db, an_role, tmp_path / "an", fixed_clock)
    bo = Laptop(team_db, bo_role, tmp_path / "bo", fixed_clock)

    init = ("team", "server-init", "--url", team_db.admin_url, "--team", "gent")
    first = lead(*init, "--lead", lead_role, "--coach", an_role, "--coach", bo_role, env=admin_env)
    assert first.code == 0, first.err
    again = lead(*init, "--lead", lead_role, "--coach", an_role, "--coach", bo_role, env=admin_env)
    assert again.code == 0 and again.lines == ["niets te doen: de server was al klaar"]

    assert "teamsleutel is gemaakt" in lead("team", "connect", lead.url).out
    connected = an("team", "connect", an.url)
    assert connected.code == 0 and "wacht op toelating" in connected.out
    assert bo("team", "connect", bo.url).code == 0
    waiting = an("team", "sync")
    assert waiting.code == 0 and "wacht op toelating" in waiting.out

    fingerprint = connected.out.split("vingerafdruk van dit toestel: ")[1].splitlines()[0]
    admitted = lead("team", "admit", an_role)
    assert admitted.code == 0 and fingerprint in admitted.out
    assert lead("team", "admit", bo_role).code == 0

    # An's demo dossiers: the client's choice was never recorded, so they stay local.
    ids = an("demo").lines
    held = an("team", "sync")
    assert held.code == 0
    assert held.out.count("blijft op dit toestel") == len(ids)
    assert set(an.states().values()) == {"local_only"}

    # Recorded in the exchange file: team sharing agreed for Ayşe.
    exported = tmp_path / "ayse.json"
    assert an("export", ids[0], "--kind", "json", "-o", str(exported)).code == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["client"]["team_sharing"] = "team"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert an("import", str(exported)).code == 0
    sent = an("team", "sync")
    assert sent.code == 0 and "verstuurd: 1" in sent.out
    assert an.states()[ids[0]] == "synced"

    assert "opgehaald: 1" in bo("team", "sync").out
    assert bo.states() == {ids[0]: "read_only"}
    refused = bo("import", str(exported))
    assert refused.code == 2 and an_role in refused.err

    handed = an("team", "handover", ids[0], "--to", bo_role)
    assert handed.code == 0, handed.err
    assert an.states()[ids[0]] == "read_only"
    bo("team", "sync")
    assert bo.states()[ids[0]] == "synced"

    # An edits the dossier she no longer holds? Refused at once, naming Bo.
    doc["client"]["phone"] = "0470 00 00 00"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    again_refused = an("import", str(exported))
    assert again_refused.code == 2 and bo_role in again_refused.err


def test_an_unreachable_server_is_exit_6_and_status_still_answers(
    team_db: TeamDb, tmp_path: Path, fixed_clock: FixedClock, admin_env: dict[str, str]
) -> None:
    lead_role = team_db.create_role("lead")
    lead = Laptop(team_db, lead_role, tmp_path / "lead", fixed_clock)
    lead(
        "team",
        "server-init",
        "--url",
        team_db.admin_url,
        "--team",
        "gent",
        "--lead",
        lead_role,
        env=admin_env,
    )
    assert lead("team", "connect", lead.url).code == 0
    ids = lead("demo").lines
    _move_server(
        tmp_path / "lead", fixed_clock, f"postgresql://{lead_role}@127.0.0.1:{free_port()}/x"
    )

    down = lead("team", "sync")
    assert down.code == 6
    assert down.err.startswith("genwerkt: error: ") and len(down.err.splitlines()) == 1
    status = lead("team", "status", "--json")
    assert status.code == 6
    assert {row["client_id"]: row["state"] for row in json.loads(status.out)} == dict.fromkeys(
        ids, "local_only"
    )


def test_a_push_whose_base_moved_is_exit_7(
    team_db: TeamDb, tmp_path: Path, fixed_clock: FixedClock, admin_env: dict[str, str]
) -> None:
    lead_role, an_role, bo_role = (team_db.create_role(p) for p in ("lead", "coach", "coach"))
    lead = Laptop(team_db, lead_role, tmp_path / "lead", fixed_clock)
    an = Laptop(team_db, an_role, tmp_path / "an", fixed_clock)
    bo = Laptop(team_db, bo_role, tmp_path / "bo", fixed_clock)
    lead(
        "team",
        "server-init",
        "--url",
        team_db.admin_url,
        "--team",
        "gent",
        "--lead",
        lead_role,
        "--coach",
        an_role,
        "--coach",
        bo_role,
        env=admin_env,
    )
    for laptop in (lead, an, bo):
        laptop("team", "connect", laptop.url)
    lead("team", "admit", an_role)
    lead("team", "admit", bo_role)

    cid = an("demo").lines[0]
    exported = tmp_path / "d.json"
    an("export", cid, "--kind", "json", "-o", str(exported))
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["client"]["team_sharing"] = "team"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    an("import", str(exported))
    an("team", "sync")
    lead("team", "sync")

    doc["client"]["phone"] = "0470 11 22 33"  # An changes it; then falls ill
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    an("import", str(exported))
    assert lead("team", "handover", cid, "--to", bo_role).code == 0
    bo("team", "sync")

    back = an("team", "sync")
    assert back.code == 7
    assert f"conflict\t{cid}" in back.out
    assert an.states()[cid] == "conflict"
