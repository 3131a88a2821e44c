"""How big each benchmark runs: the full run, or tiny sizes for the smoke test."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CLIENTS = 2000
LARGE_CLIENTS = 8000  # issue 18: nothing a coach touches while typing may pass 50 ms
QUICK_CLIENTS = 12
# About 120 contact notes per generated client: 2000 clients must give at least this many.
FULL_RUN_MIN_NOTES = 200_000


@dataclass(frozen=True)
class Sizes:
    quick: bool
    clients: int
    min_notes: int
    unlock_runs: int
    import_runs: int
    big_import_runs: int
    search_rounds: int
    overhead_rounds: int
    dossiers_loaded: int
    like_rounds: int
    startup_runs: int
    desktop_runs: int
    search_words: int
    dossier_contacts: int
    team_server_dossiers: int  # every team's dossiers on the server
    team_coaches: int  # coaches on the server, in teams of TEAM_SIZE
    team_dossiers: int  # the measured team's dossiers: what a coach's first pull brings
    team_changed: int  # a day's changed dossiers, half sent and half fetched
    team_sync_runs: int
    search_mix_rounds: int  # rounds of the realistic query mix (each query, both paths)
    cli_runs: int  # whole-process runs of each CLI command and of the floor
    large: bool = False


def choose(quick: bool, clients: int | None, large: bool = False) -> Sizes:
    if quick:
        return Sizes(
            quick=True,
            clients=clients or QUICK_CLIENTS,
            min_notes=0,
            unlock_runs=1,
            import_runs=3,
            big_import_runs=1,
            search_rounds=1,
            overhead_rounds=2,
            dossiers_loaded=5,
            like_rounds=1,
            startup_runs=1,
            desktop_runs=2,
            search_words=1,
            dossier_contacts=40,
            team_server_dossiers=60,
            team_coaches=6,
            team_dossiers=8,
            team_changed=4,
            team_sync_runs=1,
            search_mix_rounds=1,
            cli_runs=1,
        )
    count = clients or (LARGE_CLIENTS if large else DEFAULT_CLIENTS)
    return Sizes(
        quick=False,
        clients=count,
        min_notes=FULL_RUN_MIN_NOTES if count >= DEFAULT_CLIENTS else 0,
        unlock_runs=5,
        import_runs=15,
        big_import_runs=3,
        search_rounds=3,
        overhead_rounds=7,
        dossiers_loaded=50,
        like_rounds=3,
        startup_runs=5,
        desktop_runs=5,
        search_words=3,
        dossier_contacts=500,
        team_server_dossiers=20_000,
        team_coaches=50,
        team_dossiers=400,
        team_changed=50,
        team_sync_runs=3,
        search_mix_rounds=5,
        cli_runs=7,
        large=large,
    )
