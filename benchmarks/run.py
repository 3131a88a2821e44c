"""Run every benchmark, print the table and write ``benchmarks/results.json``.

    python -m benchmarks.run [--clients N] [--quick | --large] [--out PATH] [--work-dir DIR]

``--large``: 8,000 clients (issue 18), not part of CI (``make bench-large``).

The table: the measured value; its floor, the same work done by the least the product
could do and measured in the same run (raw sqlcipher3 running the product's own SQL on
the same file for search, plain SQLite for the SQLCipher overhead, ``python -c pass`` for
a process, the paint alone for a keystroke); the goal (issue 18's where it sets one); the
ratio of value to floor.  Per search class (rare and common words, 1-3 letter prefixes,
two words, names): ``typing_*`` is the client list's question on every key,
``ranked_*`` the ranked top-200 of ``genwerkt search``.  The smoke test asserts no timing.

Exit 0 when the run completed, also when a target is missed (the table says so);
exit 1 when a benchmark crashed.  Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from genwerkt_desktop.store.engine import DEFAULT_CACHE_KIB
from genwerkt_desktop.store.vault import PRODUCTION_POLICY

from .balance import measure_balance_render
from .cli_process import kdf_ms, measure_cli
from .closure import measure_backup, measure_dossier_pdf
from .collaboration import measure_collaboration_pdfs
from .common import FAST_POLICY, PASSPHRASE, GcPauses, Metric, Progress
from .corpus import build_corpus
from .desktop import desktop, measure_client_list, measure_open_dossier, measure_search_keystroke
from .ecogram import measure_ecogram_pdf, measure_ecogram_render
from .fts_like import measure_fts_vs_like
from .home_visit import measure_home_visit
from .importing import measure_import, measure_import_into_big
from .overhead import measure_overhead
from .plain import plaintext_copy
from .pop import measure_pop_pdfs
from .report import missed, table, write_json
from .search import measure_search
from .search_mix import measure_search_mix
from .sizes import DEFAULT_CLIENTS, Sizes, choose
from .startup import measure_startup, measure_unlock_to_list
from .team import measure_team
from .unlock import measure_unlock
from .workspace import unlocked_vault, workspace

DEFAULT_OUT = Path(__file__).with_name("results.json")
# The product's promises, in this order in the table; the numbers recorded only come after.
PROMISES = (
    "unlock_ms",
    "import_dossier_ms",
    "search_median_ms",
    "typing_mix_median_ms",
    "typing_mix_p95_ms",
    "ranked_mix_median_ms",
    "ranked_mix_p95_ms",
    "sqlcipher_overhead_ratio",
    "sqlcipher_warm_mix_ms",
    "sqlcipher_cold_mix_ms",
    "fts_vs_like_speedup",
    "cli_version_ms",
    "cli_clients_ms",
    "startup_to_unlock_ms",
    "unlock_to_list_ms",
    "unlock_early_to_list_ms",
    "client_list_ms",
    "client_list_due_marks_ms",
    "open_dossier_ms",
    "search_keystroke_ms",
    "keystroke_repaint_ms",
    "keystroke_repaint_max_ms",
    "ecogram_render_ms",
    "ecogram_pdf_ms",
    "balance_render_ms",
    "pop_pdf_ms",
    "stavaza_pdf_ms",
    "referral_pdf_ms",
    "meeting_pdf_ms",
    "dossier_pdf_ms",
    "backup_ms",
    "team_sync_ms",
    "team_pull_first_ms",
    "home_visit_actions",
    "home_visit_ms",
)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--clients",
        type=int,
        help=f"generated clients in the big vault (default {DEFAULT_CLIENTS})",
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="tiny sizes, for the smoke test")
    size.add_argument(
        "--large", action="store_true", help="8,000 clients (not part of CI; make bench-large)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the JSON goes")
    parser.add_argument(
        "--work-dir", type=Path, help="parent of the temporary folder (default: system temp)"
    )
    args = parser.parse_args(argv)
    if args.clients is not None and args.clients < 1:
        parser.error("--clients must be at least 1")
    return args


def _measure(root: Path, sizes: Sizes, say: Progress) -> list[Metric]:
    metrics = measure_unlock(root / "unlock", sizes.unlock_runs, say)
    # The app started as a coach starts it, on the vault just made: up to the unlock page.
    metrics += measure_startup(root / "unlock", root / "settings", sizes.startup_runs, say)
    metrics += measure_import(root / "import", sizes.import_runs, say)
    # The pictures and sheets of issues 4–8, each on its own small vault or drawing.
    metrics += measure_ecogram_render(root / "ecogram", sizes.import_runs, say)
    metrics += measure_ecogram_pdf(root / "ecogram", sizes.import_runs, say)
    metrics += measure_balance_render(root / "balance", sizes.import_runs, say)
    metrics += measure_pop_pdfs(root / "pop", sizes.import_runs, say)
    metrics += measure_collaboration_pdfs(root / "collaboration", sizes.import_runs, say)
    metrics += measure_dossier_pdf(root / "dossier-pdf", sizes.import_runs, say)
    metrics += measure_team(root / "team", sizes, say)
    # Issue 19: a home visit in the main window, counted in actions and timed.
    metrics += measure_home_visit(root / "home-visit", sizes.desktop_runs, say)
    big = root / "big"
    # The CLI refuses KDF parameters below the production floor: in a full run the big
    # vault is made with them, in a quick one the CLI opens the small unlock vault.
    metrics += build_corpus(big, sizes, say, FAST_POLICY if sizes.quick else PRODUCTION_POLICY)
    cli_vault = root / "unlock" if sizes.quick else big
    metrics += measure_cli(cli_vault, root / "cli-settings", sizes.cli_runs, say)
    # The app started on that vault, unlocked, until its client list is painted.
    metrics += measure_unlock_to_list(
        cli_vault,
        root / "unlock-settings",
        sizes.startup_runs,
        say,
        kdf_ms=lambda: kdf_ms(cli_vault, 1),
        passphrase=PASSPHRASE,
        expect_rows=not sizes.quick,
    )
    with unlocked_vault(big) as vault:
        metrics += measure_search(vault, sizes.search_rounds, say)
        metrics += measure_fts_vs_like(vault, sizes.like_rounds, say)
        metrics += measure_backup(vault, sizes.big_import_runs, say)
        say("plaintext copy: exporting (deleted right after the comparisons)")
        with plaintext_copy(vault.db.engine, root / "plain.db", DEFAULT_CACHE_KIB) as plain:
            metrics += measure_search_mix(vault, plain, sizes.search_mix_rounds, say)
            metrics += measure_overhead(
                vault, plain, sizes.overhead_rounds, min(sizes.dossiers_loaded, sizes.clients), say
            )
        say("plaintext copy: deleted")
        with desktop(vault, say) as desk:
            metrics += measure_client_list(desk, sizes.desktop_runs, sizes.clients, say)
            metrics += measure_search_keystroke(desk, sizes.search_words, say)
            # Last: each adds a dossier to the big vault.
            metrics += measure_import_into_big(vault, sizes.big_import_runs, say)
            metrics += measure_open_dossier(desk, sizes.dossier_contacts, sizes.desktop_runs, say)
    return metrics


def _load() -> str:
    """Other work on the machine skews timings; the progress lines say how much there was."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def _order(metrics: list[Metric]) -> list[Metric]:
    """The promises first, then the figures beside a floor, then what is recorded only."""

    def key(metric: Metric) -> int:
        if metric.name in PROMISES:
            return PROMISES.index(metric.name)
        return len(PROMISES) + (0 if metric.floor is not None else 1)

    return sorted(metrics, key=key)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    sizes = choose(args.quick, args.clients, args.large)
    say = Progress()
    kind = "quick" if sizes.quick else "large" if sizes.large else "full"
    say(f"benchmarks: {kind} run, {sizes.clients} clients; {_load()}")
    try:
        with GcPauses() as pauses, workspace(args.work_dir) as root:
            say(f"benchmarks: working in {root} (deleted afterwards)")
            metrics = _order(_measure(root, sizes, say))
        say(f"benchmarks: temporary folder deleted; {_load()}")
        say(f"benchmarks: {pauses.summary()}")
    except Exception:
        traceback.print_exc()
        print("benchmarks: CRASHED, no results written", file=sys.stderr)
        return 1
    print(table(metrics))
    write_json(metrics, args.out)
    for metric in missed(metrics):
        ratio = "" if metric.ratio is None else f", {metric.ratio:.2f}x the floor"
        goal = metric.target if metric.ratio_target is None else f"{metric.ratio_target}x floor"
        print(f"NOT MET: {metric.name} = {metric.value:.2f} {metric.unit}{ratio} (goal {goal})")
    print(f"({_load()} at the end of the run)")
    if sizes.quick:
        print("(quick run: tiny sizes, so the numbers say nothing about the targets)")
    say(f"benchmarks: done in {say.elapsed_s:.0f} s; results in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
