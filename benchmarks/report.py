"""The table on stdout and the JSON file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .common import Metric

_HEADERS = ("metric", "measured", "floor", "goal", "ratio", "result")


def _number(value: float) -> str:
    if value >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def _target(metric: Metric) -> str:
    goals = []
    if metric.target is not None:
        sign = "≥" if metric.better == "higher" else "≤"
        goals.append(f"{sign} {_number(metric.target)} {metric.unit}")
    if metric.ratio_target is not None:
        goals.append(f"≤ {metric.ratio_target:.2f}x floor")
    return ", ".join(goals) or "-"


def _floor(metric: Metric) -> str:
    return "-" if metric.floor is None else f"{_number(metric.floor)} {metric.unit}"


def _ratio(metric: Metric) -> str:
    ratio = metric.ratio
    return "-" if ratio is None else f"{ratio:.2f}x"


def _result(metric: Metric) -> str:
    met = metric.met
    if met is None:
        return f"(info: {metric.note})" if metric.note else "(info)"
    return "ok" if met else "NOT MET"


def table(metrics: Sequence[Metric]) -> str:
    rows = [_HEADERS] + [
        (m.name, f"{_number(m.value)} {m.unit}", _floor(m), _target(m), _ratio(m), _result(m))
        for m in metrics
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def as_json(metrics: Sequence[Metric]) -> dict[str, dict[str, Any]]:
    """``{"metric": {"value", "unit", "target", "better", "floor", "ratio", "ratio_target"}}``;
    null where there is none."""
    return {
        m.name: {
            "value": round(m.value, 3),
            "unit": m.unit,
            "target": m.target,
            "better": m.better,
            "floor": None if m.floor is None else round(m.floor, 3),
            "ratio": None if m.ratio is None else round(m.ratio, 3),
            "ratio_target": m.ratio_target,
            "note": m.note,
        }
        for m in metrics
    }


def write_json(metrics: Sequence[Metric], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(as_json(metrics), indent=2) + "\n", encoding="utf-8")


def missed(metrics: Sequence[Metric]) -> list[Metric]:
    return [m for m in metrics if m.met is False]
