"""``genwerkt agenda`` as CLI.md "The agenda" and "Time" promise it, on a real vault.

The clock is pinned to Saturday 28 November 2026, 09.30 in Brussels (tests/fakes.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli

CLIENT_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a60"
GOAL_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a61"
STEP_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a62"
DONE_STEP_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a63"
ORGANISATION_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a64"
REFERRAL_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a65"
MEETING_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a66"
CONTACT_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a67"
FAR_CONTACT_ID = "6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a68"

DOSSIER: dict[str, Any] = {
    "format": "genwerkt-dossier",
    "version": 1,
    "client": {
        "id": CLIENT_ID,
        "first_name": "Marieke",
        "last_name": "De Smet",
        "status": "nazorg",
    },
    "goals": [
        {
            "id": GOAL_ID,
            "title": "Werk vinden in de logistiek",
            "status": "bereikt",
            "steps": [
                {
                    "id": STEP_ID,
                    "text": "Attest heftruck opvragen bij de VDAB",
                    "owner": "coach",
                    "status": "bezig",
                    "due_on": "2026-11-02",
                },
                {
                    "id": DONE_STEP_ID,
                    "text": "Cv nalezen",
                    "owner": "coach",
                    "status": "gedaan",
                    "due_on": "2026-11-05",
                },
            ],
        }
    ],
    "contacts": [
        {
            "id": CONTACT_ID,
            "at": "2026-12-04T09:30:00Z",
            "kind": "huisbezoek",
            "place": "Thuis",
            "planned": True,
        },
        {
            # Beyond four weeks ahead: not in the default period.
            "id": FAR_CONTACT_ID,
            "at": "2027-01-15T10:00:00+01:00",
            "kind": "gesprek",
            "planned": True,
        },
    ],
    "organisations": [{"id": ORGANISATION_ID, "name": "CAW Oost-Vlaanderen"}],
    "referrals": [
        {
            "id": REFERRAL_ID,
            "organisation_id": ORGANISATION_ID,
            "status": "lopend",
            "appointment": {"at": "2026-12-02T10:30:00+01:00", "place": "Gent"},
        }
    ],
    "meetings": [
        {
            "id": MEETING_ID,
            "kind": "rondetafel",
            "at": "2026-12-09T14:00:00+01:00",
            "purpose": "Samen afspraken maken over wonen en werk",
        }
    ],
    "aftercare": {
        "starts_on": "2026-11-01",
        "ends_on": "2027-02-01",
        "contact_moments": [
            {"on": "2026-11-20", "kind": "telefoon", "who_initiates": "coach", "done": False},
            {"on": "2026-11-10", "kind": "gesprek", "done": True},
        ],
    },
}


@pytest.fixture
def with_dossier(cli: Cli, tmp_path: Path) -> Cli:
    assert cli("init").code == 0
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(DOSSIER), encoding="utf-8")
    imported = cli("import", str(source))
    assert imported.code == 0, imported.err
    return cli


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets the process's own time zone, as a laptop set to another zone would have it."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        if hasattr(time, "tzset"):
            time.tzset()

    yield set_zone
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def test_json_lists_every_kind_with_exactly_the_contract_fields(with_dossier: Cli) -> None:
    result = with_dossier("agenda", "--json")
    assert result.code == 0, result.err
    assert result.err == ""
    rows = json.loads(result.out)
    assert all(set(row) == {"kind", "id", "client_id", "at", "title", "status"} for row in rows)
    assert {row["client_id"] for row in rows} == {CLIENT_ID}
    assert [(row["kind"], row["id"], row["at"], row["title"], row["status"]) for row in rows] == [
        ("step", STEP_ID, "2026-11-02", "Attest heftruck opvragen bij de VDAB", "overdue"),
        ("aftercare", "aftercare-2026-11-10", "2026-11-10", "gesprek", "done"),
        ("aftercare", "aftercare-2026-11-20", "2026-11-20", "telefoon", "overdue"),
        ("referral", REFERRAL_ID, "2026-12-02T10:30:00+01:00", "CAW Oost-Vlaanderen", "planned"),
        ("contact", CONTACT_ID, "2026-12-04T09:30:00+00:00", "huisbezoek – Thuis", "planned"),
        (
            "meeting",
            MEETING_ID,
            "2026-12-09T14:00:00+01:00",
            "Samen afspraken maken over wonen en werk",
            "planned",
        ),
    ]


def test_from_and_to_are_inclusive_days(with_dossier: Cli) -> None:
    result = with_dossier("agenda", "--from", "2026-12-02", "--to", "2026-12-04", "--json")
    assert result.code == 0, result.err
    assert [row["id"] for row in json.loads(result.out)] == [REFERRAL_ID, CONTACT_ID]
    far = with_dossier("agenda", "--from", "2027-01-15", "--to", "2027-01-15", "--json")
    assert [row["id"] for row in json.loads(far.out)] == [FAR_CONTACT_ID]


def test_an_empty_period_is_an_empty_array_and_no_lines(with_dossier: Cli) -> None:
    assert (
        json.loads(
            with_dossier("agenda", "--from", "2030-01-01", "--to", "2030-01-31", "--json").out
        )
        == []
    )
    assert with_dossier("agenda", "--from", "2030-01-01", "--to", "2030-01-31").out == ""


@pytest.mark.parametrize("zone", ["UTC", "Europe/Brussels", "America/New_York"])
def test_text_shows_times_in_belgian_time_whatever_the_machine_zone(
    with_dossier: Cli, machine_zone: Callable[[str], None], zone: str
) -> None:
    machine_zone(zone)
    result = with_dossier("agenda")
    assert result.code == 0, result.err
    by_id = {line.split("\t")[4]: line.split("\t") for line in result.lines}
    assert by_id[REFERRAL_ID] == [
        "2026-12-02 10.30",
        "planned",
        "referral",
        CLIENT_ID,
        REFERRAL_ID,
        "CAW Oost-Vlaanderen",
    ]
    assert by_id[CONTACT_ID][0] == "2026-12-04 10.30"  # stored as 09:30Z
    assert by_id[STEP_ID][:3] == ["2026-11-02", "overdue", "step"]
    assert by_id["aftercare-2026-11-20"][:3] == ["2026-11-20", "overdue", "aftercare"]
    assert FAR_CONTACT_ID not in by_id


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--from", "28-11-2026"], "--from: '28-11-2026'"),
        (["--to", "2026-02-30"], "--to: '2026-02-30'"),
        (["--from", "2026-W48-1"], "--from: '2026-W48-1'"),
        (["--from", "2026-12-10", "--to", "2026-12-01"], "2026-12-10 ligt na 2026-12-01"),
    ],
)
def test_a_bad_date_is_a_usage_error_in_one_dutch_line(
    cli: Cli, argv: list[str], named: str
) -> None:
    # No vault and no passphrase needed: the arguments are checked first.
    result = cli("agenda", *argv, env={"GENWERKT_PASSPHRASE": ""})
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("genwerkt: error: ") and result.err.count("\n") == 1
    assert named in result.err


def test_the_log_carries_no_content(with_dossier: Cli, tmp_path: Path) -> None:
    with_dossier.log_dir = tmp_path / "logs"
    assert with_dossier("agenda").code == 0
    logged = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").rglob("*"))
    assert "agenda" in logged
    for content in ("CAW", "heftruck", "De Smet", CLIENT_ID, "wonen"):
        assert content not in logged
