"""Check 6: two commands on one store at once: never exit 4, a refusal (exit 2) says the
store is in use, and every import that said done is there afterwards."""

from __future__ import annotations

import re
import time

from .cli import collect
from .context import Context
from .dossiers import client_id, fresh_ids, write_json
from .snapshot import ProbeFailed, list_clients

TITLE = "two processes at once: no exit 4, exit 2 only as 'in use', nothing lost, verify ok"
IN_USE = re.compile(r"in gebruik|in use|bezet", re.IGNORECASE)
PAIRS = ("import+import", "import+clients", "import+backup")


def run(ctx: Context, attempts: int) -> None:
    check = ctx.report.check("concurrency", TITLE)
    base = ctx.baseline
    data = ctx.store_copy("concurrency")
    work = ctx.scratch("concurrency-docs")
    present = set(base.client_ids)  # every client that must be in the store
    codes: dict[str, int] = {}
    for i in range(attempts):
        pair = PAIRS[i % len(PAIRS)]
        imports: dict[int, str] = {}  # position in the pair -> client id it imports
        commands: list[tuple[str, ...]] = []
        for position, name in enumerate(pair.split("+")):
            if name == "import":
                doc = fresh_ids(base.docs[base.client_ids[position]], ctx.rng)
                path = write_json(work / f"{i}-{position}.json", doc)
                imports[position] = client_id(doc)
                commands.append(("import", str(path)))
            elif name == "backup":
                commands.append(("backup", str(work / f"{i}.genwerkt-backup")))
            else:
                commands.append(("clients",))
        began = time.monotonic()
        procs = [ctx.cli.start(data, *args) for args in commands]
        results = [collect(p, args, began, 60) for p, args in zip(procs, commands, strict=True)]
        problems: list[str] = []
        for position, result in enumerate(results):
            key = f"{result.command} exit {result.code}"
            codes[key] = codes.get(key, 0) + 1
            if result.code == 0:
                if position in imports:
                    present.add(imports[position])
            elif result.code == 2 and IN_USE.search(result.first_err_line):
                continue
            elif result.code == 2:
                problems.append(f"{pair}: {result.describe()} (exit 2 without 'in use')")
            else:
                problems.append(f"{pair}: {result.describe()}")
        # verify after a pair that did not end cleanly, and after the last pair: a pair
        # of clean exits that damaged the store is still caught, only later.
        if problems or any(r.code != 0 for r in results) or i == attempts - 1:
            verified = ctx.cli.run(data, "verify")
            if verified.code != 0 or verified.out.strip() != "ok":
                problems.append(f"{pair}: afterwards {verified.describe()}")
        try:
            listed = {str(r.get("id")) for r in list_clients(ctx.cli, data)}
            if present - listed:
                problems.append(f"{pair}: {len(present - listed)} client(s) lost")
                present &= listed  # count each loss once
        except ProbeFailed as exc:
            problems.append(f"{pair}: afterwards {exc}")
        check.record(problems)
    check.info["exits"] = dict(sorted(codes.items()))
