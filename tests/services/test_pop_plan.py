"""POP follow-up in the store (history, revisit dates) and the two sheets read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import text

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import GoalStatus, StepStatus
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.goal_closing import StepChoice, StepFate, close_goal
from genwerkt_desktop.domain.pop_progress import ChangeKind
from genwerkt_desktop.domain.smart import OPEN_STEP_STATUSES
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.exports import Audience, ExportRequest, export
from genwerkt_desktop.services.pop_plan import PopPlanService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import migrate
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, demo_path

DEBTS = "Rust in de schulden"
PERSONAL = "schimmel boven het bed"


def _debts(vault: OpenVault):  # type: ignore[no-untyped-def]
    return next(g for g in DossierService(vault).get(AYSE_ID).goals if g.title == DEBTS)


def _hold_last_step(vault: OpenVault, on: date) -> str:
    goal = _debts(vault)
    last = goal.steps[-1]
    steps = (*goal.steps[:-1], replace(last, status=StepStatus.ON_HOLD))
    PopPlanService(vault).save_goal(AYSE_ID, replace(goal, steps=steps), {last.id: on})
    return last.id


def _rows(vault: OpenVault, table: str) -> int:
    with vault.db.read() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_history_keeps_statuses_and_dates_only_and_survives_later_saves(vault: OpenVault) -> None:
    load_demo(vault)
    pop = PopPlanService(vault)
    step_id = _hold_last_step(vault, date(2026, 12, 9))
    goal = _debts(vault)
    pop.save_goal(AYSE_ID, replace(goal, due_on=date(2027, 3, 1)))
    follow = pop.follow_up(AYSE_ID)
    kinds = [(e.change.kind, e.change.before, e.change.after) for e in follow.history]
    assert (ChangeKind.STATUS, "bezig", "on_hold") in kinds
    assert (ChangeKind.DUE, "2027-01-31", "2027-03-01") in kinds
    assert follow.revisits == {step_id: date(2026, 12, 9)}
    with vault.db.read() as conn:
        stored = " ".join(
            str(v) for r in conn.execute(text("SELECT * FROM goal_history")) for v in r
        )
    assert "post" not in stored and "Rust" not in stored  # no typed text in the history


def test_a_step_taken_off_hold_loses_its_revisit_date(vault: OpenVault) -> None:
    load_demo(vault)
    step_id = _hold_last_step(vault, date(2026, 12, 9))
    goal = _debts(vault)
    steps = tuple(
        replace(s, status=StepStatus.IN_PROGRESS) if s.id == step_id else s for s in goal.steps
    )
    PopPlanService(vault).save_goal(AYSE_ID, replace(goal, steps=steps))
    assert PopPlanService(vault).follow_up(AYSE_ID).revisits == {}


def test_deleting_the_client_or_importing_over_the_dossier_leaves_nothing_behind(
    vault: OpenVault,
) -> None:
    load_demo(vault)
    _hold_last_step(vault, date(2026, 12, 9))
    assert _rows(vault, "step_revisits") == 1 and _rows(vault, "goal_history") >= 1
    ExchangeService(vault).import_files([demo_path("ayse")])
    assert _rows(vault, "step_revisits") == 0 and _rows(vault, "goal_history") == 0
    _hold_last_step(vault, date(2026, 12, 9))
    DossierEdits(vault).delete_goal(AYSE_ID, _debts(vault).id)
    assert _rows(vault, "step_revisits") == 0 and _rows(vault, "goal_history") == 0
    goal = DossierService(vault).get(AYSE_ID).goals[0]
    PopPlanService(vault).save_goal(AYSE_ID, replace(goal, due_on=date(2027, 1, 1)))
    assert _rows(vault, "goal_history") == 1
    DossierService(vault).delete_for_good(AYSE_ID)
    assert _rows(vault, "goal_history") == 0


def test_a_store_made_by_version_0002_is_upgraded_with_the_pop_tables(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        _hold_last_step(reopened, date(2026, 12, 9))
        assert _rows(reopened, "step_revisits") == 1
    finally:
        reopened.close()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_pop_sheet_speaks_to_the_client_and_keeps_notes_out(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    save_profile(
        vault.paths,
        CoachProfile("Sam Peeters", "Werkpunt Vaart", "09 000 00 00", "sam@werkpunt.example"),
    )
    out = export(vault, "pop", ExportRequest(AYSE_ID, tmp_path / "pop.pdf"))
    words = " ".join(_pdf_text(out).split())
    for expected in (
        "Mijn stappenplan",
        "Voor Ayşe",
        DEBTS,
        "Ik wil de brieven weer durven openen",  # her own words
        "Een cv maken met de ervaring uit Kayseri erin.",
        "Wie: jij",
        "Wie: je coach Sam",
        "Wie: Fatima (buurvrouw)",
        "Wie: Schuldhulp Oost (Nadia El Amrani)",
        "09 000 00 00",
    ):
        assert expected in words, expected
    for absent in (PERSONAL, "Yılmaz", "structureren", "SMART", "POP", "Elif hielp vertalen"):
        assert absent not in words, absent
    # A goal never ends a page with its steps on the next: its title and first step
    # share a page.
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    running = [g for g in DossierService(vault).get(AYSE_ID).goals if g.status.value != "bereikt"]
    assert len(running) >= 3
    for goal in running:
        first = next(s for s in goal.steps if s.status is not StepStatus.FAILED)
        on = [i for i, page in enumerate(pages) if goal.title in page]
        assert on and first.text[:30] in pages[on[0]], goal.title


def test_the_status_report_shows_phases_goals_rights_and_what_is_planned(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    out = export(vault, "stavaza", ExportRequest(AYSE_ID, tmp_path / "stavaza.pdf"))
    words = " ".join(_pdf_text(out).split())
    for expected in (
        "Stand van zaken",
        "Vraagverduidelijking",
        DEBTS,
        "2 van 5 stappen gedaan",
        "Een afbetalingsvoorstel opmaken",
        "(te laat)",
        "Schuldhulp Oost (Nadia El Amrani)",
        "Leefloon",
        "toegekend",
        "Draagkracht",
        "Netwerk",
        "03/12/2026 10.00",  # Belgian time, written the Flemish way
        "Samen bekeken",
        "Vacature: Keukenhulp, halftijds in dagdienst (Sociaal restaurant De Pollepel)",
        "later opnieuw bekijken; 2 van 5 eisen al in huis",
        "Keuze: Nu solliciteren of eerst de huur op orde?",
        "gekozen: Sollicitaties op pauze tot eind november",
    ):
        assert expected in words, expected
    assert PERSONAL not in words
    for private in ("Vijf jaar in het ziekenhuis", "Dit wil ik echt", "Langer van het leefloon"):
        assert private not in words, private  # the details stay on their own sheets
    assert "ex-partner soms langskomt" not in words


def test_the_sheets_refuse_another_format_or_a_partner(vault: OpenVault, tmp_path: Path) -> None:
    load_demo(vault)
    with pytest.raises(StateError):
        export(vault, "pop", ExportRequest(AYSE_ID, tmp_path / "pop.png"))
    with pytest.raises(StateError):
        export(
            vault,
            "stavaza",
            ExportRequest(AYSE_ID, tmp_path / "s.pdf", audience=Audience.PARTNER),
        )


def test_the_command_line_writes_both_sheets(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    for kind in ("pop", "stavaza"):
        result = cli("export", AYSE_ID, "--kind", kind, "-o", str(tmp_path / f"{kind}.pdf"))
        assert result.code == 0, result.err
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")


KITCHEN = "Terug aan de slag in een keuken"
CHILDCARE = "Een vaste plek voor Kerem in de kinderopvang"


def _goal(vault: OpenVault, title: str):  # type: ignore[no-untyped-def]
    return next(g for g in DossierService(vault).get(AYSE_ID).goals if g.title == title)


def test_closing_a_goal_saves_it_and_the_goal_that_receives_a_step_in_one_write(
    vault: OpenVault,
) -> None:
    load_demo(vault)
    held = _hold_last_step(vault, date(2027, 1, 11))
    debts, kitchen = _debts(vault), _goal(vault, KITCHEN)
    open_ids = [s.id for s in debts.steps if s.status in OPEN_STEP_STATUSES]
    assert held in open_ids and len(open_ids) == 3
    choices = {
        open_ids[0]: StepChoice(StepFate.DONE),
        open_ids[1]: StepChoice(StepFate.DROPPED),
        held: StepChoice(StepFate.MOVED, kitchen.id),
    }
    others = DossierService(vault).get(AYSE_ID).goals
    closing = close_goal(replace(debts, status=GoalStatus.REACHED), others, choices)
    pop = PopPlanService(vault)
    assert pop.close_goal(AYSE_ID, closing) == Changes.of(AYSE_ID, Part.POP)

    debts, kitchen = _debts(vault), _goal(vault, KITCHEN)
    assert debts.status is GoalStatus.REACHED
    statuses = {s.id: s.status for s in debts.steps}
    assert statuses[open_ids[0]] is StepStatus.DONE
    assert statuses[open_ids[1]] is StepStatus.FAILED
    assert held not in statuses
    assert kitchen.steps[-1].id == held and kitchen.steps[-1].status is StepStatus.ON_HOLD
    follow = pop.follow_up(AYSE_ID)
    assert follow.revisits[held] == date(2027, 1, 11)  # the pause keeps its date
    kinds = {(e.change.goal_id, e.change.step_id, e.change.kind) for e in follow.history}
    assert (debts.id, None, ChangeKind.STATUS) in kinds
    assert (debts.id, held, ChangeKind.REMOVED) in kinds
    assert (kitchen.id, held, ChangeKind.ADDED) in kinds


def test_a_reached_goal_with_an_open_step_shows_it_on_the_pop_sheet(
    vault: OpenVault, tmp_path: Path
) -> None:
    """Old data: a goal reached while a step was still open keeps that step in sight."""
    load_demo(vault)
    childcare = _goal(vault, CHILDCARE)
    leftover = replace(
        childcare.steps[-1],
        id="leftover",
        text="Het attest van de kinderopvang aan het OCMW bezorgen.",
        status=StepStatus.IN_PROGRESS,
        due_on=date(2026, 10, 1),
    )
    PopPlanService(vault).save_goal(AYSE_ID, replace(childcare, steps=(*childcare.steps, leftover)))
    out = export(vault, "pop", ExportRequest(AYSE_ID, tmp_path / "pop.pdf"))
    words = " ".join(_pdf_text(out).split())
    reached_at = words.index("Dit is al gelukt")
    title_at = words.index(CHILDCARE, reached_at)
    open_at = words.index("Nog open", title_at)
    assert words.index("Het attest van de kinderopvang aan het OCMW bezorgen.", open_at)
    # The steps that were done stay off the list of what is still open.
    assert childcare.steps[0].text[:30] not in words[open_at:]
