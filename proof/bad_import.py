"""Check 4a: bad input to ``import`` is refused with exit 3, one line naming the file and
the JSON path, and nothing written: the store's content is the same afterwards."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .context import Context
from .dossiers import canonical, fresh_ids
from .snapshot import ProbeFailed, export_json, list_clients

TITLE = "bad import: exit 3, one line with the file and JSON path, store content unchanged"

ORG_MISSING = "9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"
_JSON_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*")

Doc = dict[str, Any]


@dataclass(frozen=True)
class Case:
    name: str
    # Writes the case's files into the folder; returns (files to import, the bad one).
    build: Callable[[Path], tuple[list[Path], Path]]
    path: str  # the JSON path the message must name...
    exact: bool = True  # ...exactly, or (False) any path that starts with it
    touches: tuple[str, ...] = ()  # existing clients a torn write would change


def _text(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _one(name: str, make: Callable[[], str | bytes]) -> Callable[[Path], tuple[list[Path], Path]]:
    def build(folder: Path) -> tuple[list[Path], Path]:
        path = _text(folder, name, make())
        return [path], path

    return build


def _dumps(doc: Any, ascii_only: bool = False) -> str:
    return json.dumps(doc, ensure_ascii=ascii_only, indent=2)


def _mutated(doc: Doc, change: Callable[[Doc], Any]) -> Callable[[], str]:
    def make() -> str:
        d = copy.deepcopy(doc)
        result = change(d)
        return _dumps(d if result is None else result)

    return make


def _set(*path: str | int, value: Any) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _delete(*path: str) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


def _huge_number(doc: Doc) -> str:
    # Python's json refuses integers over 4,300 digits with a ValueError of its own.
    d = copy.deepcopy(doc)
    d["balances"][0]["factors"][0]["weight"] = 424242
    text = _dumps(d)
    return text.replace('"weight": 424242', '"weight": ' + "9" * 5000, 1)


def _lone_surrogate(doc: Doc) -> str:
    d = copy.deepcopy(doc)
    d["client"]["first_name"] = "A\ud800"
    return _dumps(d, ascii_only=True)  # the surrogate travels as the escape \ud800


def _duplicate_key(doc: Doc) -> str:
    text = _dumps(doc)
    first = json.dumps({"first_name": doc["client"]["first_name"]}, ensure_ascii=False)[1:-1]
    return text.replace(first, first + ', "first_name": "Anders"', 1)


def _revoked_before_granted(d: Doc) -> None:
    consent = d["consents"][0]
    granted = dt.date.fromisoformat(consent["granted_on"])
    consent["revoked_on"] = (granted - dt.timedelta(days=30)).isoformat()


def cases(ctx: Context) -> list[Case]:
    base = ctx.baseline
    ids = base.client_ids
    # The dossier with the most kinds of items is the one to break.
    target = max(ids, key=lambda cid: sum(bool(v) for v in base.docs[cid].values()))
    other = next(cid for cid in ids if cid != target)
    doc = base.docs[target]
    t = (target,)

    def good_and_bad(folder: Path) -> tuple[list[Path], Path]:
        good = _text(folder, "goed.json", _dumps(fresh_ids(base.docs[other], ctx.rng)))
        bad = _text(
            folder, "slecht.json", _mutated(doc, _set("client", "birth_date", value="1974-02-30"))()
        )
        return [good, bad], bad

    def borrowed_id() -> str:
        d = copy.deepcopy(base.docs[other])
        d["contacts"][0]["id"] = doc["contacts"][0]["id"]
        return _dumps(d)

    status, weight = ("client", "status"), ("balances", 0, "factors", 0, "weight")
    return [
        # The cases of tests/services/test_import_rejects.py ...
        Case(
            "wrong enum",
            _one("a.json", _mutated(doc, _set(*status, value="bijna-klaar"))),
            "$.client.status",
            touches=t,
        ),
        Case(
            "missing field",
            _one("a.json", _mutated(doc, _delete("client", "last_name"))),
            "$.client.last_name",
            touches=t,
        ),
        Case(
            "unknown field",
            _one("a.json", _mutated(doc, _set("client", "shoe_size", value=42))),
            "$.client.shoe_size",
            touches=t,
        ),
        Case(
            "impossible date",
            _one("a.json", _mutated(doc, _set("client", "birth_date", value="1974-02-30"))),
            "$.client.birth_date",
            touches=t,
        ),
        Case(
            "number out of range",
            _one("a.json", _mutated(doc, _set(*weight, value=9))),
            "$.balances[0].factors[0].weight",
            touches=t,
        ),
        Case(
            "wrong version",
            _one("a.json", _mutated(doc, _set("version", value=2))),
            "$.version",
            touches=t,
        ),
        Case(
            "dangling organisation",
            _one(
                "a.json", _mutated(doc, _set("consents", 0, "organisation_id", value=ORG_MISSING))
            ),
            "$.consents[0].organisation_id",
            touches=t,
        ),
        Case(
            "over-long text",
            _one("a.json", _mutated(doc, _set("client", "first_name", value="A" * 501))),
            "$.client.first_name",
            touches=t,
        ),
        Case(
            "datetime without offset",
            _one("a.json", _mutated(doc, _set("contacts", 0, "at", value="2026-11-20T10:00:00"))),
            "$.contacts[0].at",
            touches=t,
        ),
        Case(
            "array instead of object", _one("a.json", _mutated(doc, lambda d: [d])), "$", touches=t
        ),
        Case(
            "truncated JSON",
            _one(
                "a.json", lambda: b'{"format": "genwerkt-dossier", "version": 1, "client": {"id": '
            ),
            "$",
        ),
        Case(
            "non-UTF-8 bytes",
            _one(
                "a.json",
                lambda: '{"format": "genwerkt-dossier", "naam": "Chloé"}'.encode("latin-1"),
            ),
            "$",
        ),
        Case("one bad file among good ones", good_and_bad, "$.client.birth_date", touches=t),
        Case(
            "an id of another client's dossier",
            _one("a.json", borrowed_id),
            "$.contacts[0].id",
            touches=(target, other),
        ),
        # ... and new ones.
        Case(
            "5,000-digit number",
            _one("a.json", lambda: _huge_number(doc)),
            "$",
            exact=False,
            touches=t,
        ),
        Case(
            "lone surrogate \\ud800",
            _one("a.json", lambda: _lone_surrogate(doc)),
            "$",
            exact=False,
            touches=t,
        ),
        Case(
            "NUL in a name",
            _one("a.json", _mutated(doc, _set("client", "first_name", value="Ay\x00se"))),
            "$.client.first_name",
            touches=t,
        ),
        Case(
            "name of only spaces",
            _one("a.json", _mutated(doc, _set("client", "first_name", value="   "))),
            "$.client.first_name",
            touches=t,
        ),
        Case(
            "consent revoked before granted",
            _one("a.json", _mutated(doc, _revoked_before_granted)),
            "$.consents[0]",
            exact=False,
            touches=t,
        ),
        Case(
            "duplicate keys in one object",
            _one("a.json", lambda: _duplicate_key(doc)),
            "$",
            exact=False,
            touches=t,
        ),
    ]


def message_problem(case: Case, err_line: str, bad: Path) -> str | None:
    if str(bad) not in err_line:
        return "the message does not name the file"
    found = _JSON_PATH.findall(err_line.replace(str(bad), ""))
    if case.exact and case.path not in found:
        return f"the message does not name the JSON path {case.path}"
    if not case.exact and not any(p.startswith(case.path) for p in found):
        return f"the message names no JSON path under {case.path}"
    return None


def run(ctx: Context) -> None:
    check = ctx.report.check("bad_import", TITLE)
    base = ctx.baseline
    data = ctx.store_copy("bad-import")
    expected_exports = {cid: canonical(doc) for cid, doc in base.docs.items()}
    for case in cases(ctx):
        folder = ctx.scratch("bad-import-case")
        files, bad = case.build(folder)
        result = ctx.cli.run(data, "import", *(str(f) for f in files))
        problems: list[str] = []
        if result.code != 3:
            problems.append(f"{result.describe()} (expected exit 3)")
        elif not result.one_error_line():
            problems.append(f"exit 3 but {result.stderr_shape()}")
        else:
            problem = message_problem(case, result.first_err_line, bad)
            if problem:
                problems.append(problem)
        # Content check: the client list and the export of the clients this case could
        # have changed.  --short leaves it to the comparison after the last case.
        try:
            if not ctx.short and canonical(list_clients(ctx.cli, data)) != base.snapshot.clients:
                problems.append("the client list changed")
            for cid in () if ctx.short else case.touches:
                if export_json(ctx.cli, data, cid, folder / "x.json") != expected_exports[cid]:
                    problems.append("a client's content changed")
        except ProbeFailed as exc:
            problems.append(f"store after the refused import: {exc}")
        check.record([f"{case.name}: {p}" for p in problems])
        if problems and not problems[0].startswith(("the message", "exit 3 but")):
            data = ctx.store_copy("bad-import")  # judge the next case on a sound store
        shutil.rmtree(folder, ignore_errors=True)
    try:
        final = ctx.snapshot(data)
        changed = final != base.snapshot
        check.record([f"after all cases: {final.difference(base.snapshot)}"] if changed else [])
    except ProbeFailed as exc:
        check.record([f"after all cases: {exc}"])
