"""Check 1a: SIGKILL during ``import``; the store is verified and fully old or fully new."""

from __future__ import annotations

import shutil

from .context import Context, SetupError
from .dossiers import client_id, edited, fresh_ids, write_json
from .snapshot import ProbeFailed, Snapshot, take
from .timing import kill_delay, kill_window

TITLE = "SIGKILL during import: verify ok, client set and contents fully old or fully new"


def run(ctx: Context, attempts: int) -> None:
    check = ctx.report.check("kill_import", TITLE)
    base = ctx.baseline
    target = base.client_ids[0]
    folder = ctx.scratch("kill-import-docs")
    new_doc = fresh_ids(base.docs[base.client_ids[-1]], ctx.rng)
    # Two kinds of import: a new client (the client set changes: read the list, and the
    # new client's export when it is listed) and an update in place (the contents of one
    # client change in several tables: read its export).  Each reads only what the
    # import can change, which keeps a hundred kills within the time budget.
    variants = [
        ("new client", write_json(folder / "new.json", new_doc), client_id(new_doc), True),
        (
            "update in place",
            write_json(folder / "update.json", edited(base.docs[target], "bijgewerkt")),
            target,
            False,
        ),
    ]
    before: dict[str, Snapshot] = {}
    after: dict[str, Snapshot] = {}
    durations: list[float] = []
    try:
        for name, path, cid, with_list in variants:
            data = ctx.store_copy("kill-import-before")
            before[name] = take(ctx.cli, data, [cid], ctx.scratch("snap"), with_list=with_list)
            for _ in range(1 if ctx.short else 2):
                data = ctx.store_copy("kill-import-measure")
                done = ctx.cli.run(data, "import", str(path))
                if done.code != 0:
                    raise SetupError(f"import without a kill: {done.describe()}")
                durations.append(done.seconds)
            after[name] = take(ctx.cli, data, [cid], ctx.scratch("snap"), with_list=with_list)
            if after[name] == before[name]:
                raise SetupError(f"{name}: the import changes nothing visible")
    except (SetupError, ProbeFailed) as exc:
        check.record([f"setup: {exc}"])
        return
    window = kill_window(durations)
    check.info.update(kill_window_s=round(window, 3), landed=0, left_old=0, left_new=0)

    for i in range(attempts):
        name, path, cid, with_list = variants[i % len(variants)]
        data = ctx.store_copy("kill-import")
        result, landed = ctx.cli.run_killed(
            data, "import", str(path), delay=kill_delay(ctx.rng, window)
        )
        check.info["landed"] += landed
        problems: list[str] = []
        if not landed and result.code != 0:
            problems.append(f"{name}: unkilled {result.describe()}")
        verified = ctx.cli.run(data, "verify")
        if verified.code != 0 or verified.out.strip() != "ok":
            problems.append(f"{name}: after the kill {verified.describe()}")
        else:
            try:
                state = take(ctx.cli, data, [cid], ctx.scratch("snap"), with_list=with_list)
            except ProbeFailed as exc:
                problems.append(f"{name}: after the kill {exc}")
            else:
                if state == before[name]:
                    check.info["left_old"] += 1
                elif state == after[name]:
                    check.info["left_new"] += 1
                else:
                    problems.append(
                        f"{name}: neither old nor new state ({state.difference(before[name])})"
                    )
                if not landed and state != after[name]:
                    problems.append(f"{name}: import exit 0 but the new state is not there")
        check.record(problems)
        shutil.rmtree(data.parent, ignore_errors=True)
