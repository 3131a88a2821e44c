"""Counts per check, the results file and the table printed at the end."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .redact import Redactor


@dataclass
class Check:
    """One named check: how often it was tried, held or broke, and why it broke.

    Reasons are redacted and counted, so a hundred identical failures are one line.
    """

    name: str
    title: str
    redact: Callable[[str], str]
    attempts: int = 0
    passed: int = 0
    failed: int = 0
    skipped: str | None = None
    reasons: Counter[str] = field(default_factory=Counter)
    info: dict[str, Any] = field(default_factory=dict)

    def record(self, problems: list[str]) -> bool:
        """One attempt; it passed when there are no problems.  The first problem is the
        attempt's reason (the rest usually follow from it)."""
        self.attempts += 1
        if not problems:
            self.passed += 1
            return True
        self.failed += 1
        self.reasons[self.redact(problems[0])] += 1
        return False

    def skip(self, reason: str) -> None:
        self.skipped = self.redact(reason)

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "title": self.title,
            "attempts": self.attempts,
            "passed": self.passed,
            "failed": self.failed,
        }
        if self.skipped is not None:
            doc["skipped"] = self.skipped
        if self.reasons:
            doc["failures"] = [
                {"reason": reason, "count": count} for reason, count in self.reasons.most_common()
            ]
        if self.info:
            doc["info"] = self.info
        return doc


class Report:
    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self.checks: dict[str, Check] = {}
        self.meta: dict[str, Any] = {}

    def check(self, name: str, title: str) -> Check:
        if name not in self.checks:
            self.checks[name] = Check(name, title, self.redactor)
        return self.checks[name]

    @property
    def any_failed(self) -> bool:
        return any(c.failed for c in self.checks.values())

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "summary": {
                "checks": len(self.checks),
                "failing_checks": sum(1 for c in self.checks.values() if c.failed),
                "skipped_checks": sum(1 for c in self.checks.values() if c.skipped),
                "attempts": sum(c.attempts for c in self.checks.values()),
                "failed_attempts": sum(c.failed for c in self.checks.values()),
            },
            "checks": {name: c.to_json() for name, c in self.checks.items()},
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")

    def table(self) -> str:
        rows = [("check", "tried", "ok", "failed", "verdict / first reason")]
        for c in self.checks.values():
            if c.skipped is not None and not c.attempts:
                verdict = f"SKIPPED: {c.skipped}"
            elif c.failed:
                top = c.reasons.most_common(1)[0][0] if c.reasons else ""
                verdict = f"FAIL: {top}"
            else:
                verdict = "ok"
            rows.append((c.name, str(c.attempts), str(c.passed), str(c.failed), verdict))
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = []
        for i, row in enumerate(rows):
            cells = [row[0].ljust(widths[0])] + [row[j].rjust(widths[j]) for j in (1, 2, 3)]
            lines.append("  ".join([*cells, row[4]]))
            if i == 0:
                lines.append("-" * min(120, sum(widths) + 6 + len(row[4]) + 20))
        return "\n".join(lines)
