"""How domain values become column values and back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TypeAlias

from sqlalchemy import Row

from genwerkt_desktop.domain.exchange import encode

# What a query answers to the layers above: rows of any width, read by column name
# (``row.client_id``) or unpacked.
Rows: TypeAlias = Sequence[Row[*tuple[Any, ...]]]


def utc_key(moment: datetime) -> str:
    """A sortable text for a moment, whatever offset it was written with."""
    return moment.astimezone(UTC).isoformat()


def to_json(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False)


def to_json_or_none(value: Any) -> str | None:
    return None if value is None else to_json(value)


def enum_value(value: Any) -> Any:
    return None if value is None else value.value


def opt_enum(enum_type: Any, value: Any) -> Any:
    return None if value is None else enum_type(value)
