"""The table on stdout and the JSON file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .common import Metric

_HEADERS = ("metric", "measured", "target", "result")


def _number(value: float) -> str:
    if value >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def _target(metric: Metric) -> str:
    if metric.target is None:
        return "-"
    sign = "≥" if metric.better == "higher" else "≤"
    return f"{sign} {_number(metric.target)} {metric.unit}"


def _result(metric: Metric) -> str:
    met = metric.met
    if met is None:
        return "(info)"
    return "ok" if met else "NOT MET"


def table(metrics: Sequence[Metric]) -> str:
    rows = [_HEADERS] + [
        (m.name, f"{_number(m.value)} {m.unit}", _target(m), _result(m)) for m in metrics
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def as_json(metrics: Sequence[Metric]) -> dict[str, dict[str, Any]]:
    """``{"metric": {"value", "unit", "target", "better"}}``; target null when there is none."""
    return {
        m.name: {
            "value": round(m.value, 3),
            "unit": m.unit,
            "target": m.target,
            "better": m.better,
        }
        for m in metrics
    }


def write_json(metrics: Sequence[Metric], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(as_json(metrics), indent=2) + "\n", encoding="utf-8")


def missed(metrics: Sequence[Metric]) -> list[Metric]:
    return [m for m in metrics if m.met is False]
