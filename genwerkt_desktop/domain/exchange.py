"""The dossier exchange format (dossier-v1) as plain values, both ways.

``to_document`` gives the canonical form: keys in record-field order, ``None`` left
out, every list written (empty or not).  Reading that back and writing it again gives
the same bytes, which is what makes a handover verifiable.  ``from_document`` expects a
document that has already passed the schema; it only converts types.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast

from .model import Dossier

FORMAT = "genwerkt-dossier"
VERSION = 1

# dossier-v1 has no place in "closure" for what held the client back (its objects take no
# unknown properties), so that text travels in the dossier's "extra" under this key.
HELD_BACK_KEY = "closure_held_back"

# Record fields whose JSON name is a Python keyword or builtin.
_JSON_NAME = {"from_id": "from", "to_id": "to"}

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _strip_optional(tp: Any) -> Any:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def encode(value: Any) -> Any:
    """A record, enum, date or tuple as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if item is None:
                continue
            out[_JSON_NAME.get(f.name, f.name)] = encode(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, Mapping):
        return dict(value)
    return value


def decode(tp: Any, raw: Any) -> Any:
    """Values from a schema-valid document as the type ``tp`` asks for."""
    tp = _strip_optional(tp)
    if raw is None:
        return None
    origin = typing.get_origin(tp)
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(tp)
        return tuple(decode(item_type, v) for v in raw)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return decode_record(tp, raw)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(raw)
    if tp is datetime:
        return datetime.fromisoformat(raw)
    if tp is date:
        return date.fromisoformat(raw)
    if tp is float:
        return float(raw) + 0.0  # -0.0 becomes 0.0, as SQLite stores it
    if origin is not None and issubclass(origin, Mapping):
        return dict(raw)
    return raw


def decode_record(cls: type[T], raw: Mapping[str, Any]) -> T:
    hints = _hints(cast(type, cls))
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = _JSON_NAME.get(f.name, f.name)
        if key in raw:
            kwargs[f.name] = decode(hints[f.name], raw[key])
    return cls(**kwargs)


def to_document(dossier: Dossier, exported_at: datetime | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if exported_at is not None:
        doc["exported_at"] = exported_at.isoformat(timespec="seconds")
    doc.update(cast(dict[str, Any], encode(dossier)))
    closure = doc.get("closure")
    if isinstance(closure, dict) and "held_back" in closure:
        doc["extra"] = {**doc.get("extra", {}), HELD_BACK_KEY: closure.pop("held_back")}
    if doc.get("extra") == {}:
        del doc["extra"]  # an empty "extra" says nothing; reading gives None
    return doc


def from_document(doc: Mapping[str, Any]) -> Dossier:
    body = {k: v for k, v in doc.items() if k not in ("format", "version", "exported_at")}
    extra = body.get("extra")
    if isinstance(extra, Mapping) and isinstance(extra.get(HELD_BACK_KEY), str):
        body["closure"] = {**(body.get("closure") or {}), "held_back": extra[HELD_BACK_KEY]}
        extra = {k: v for k, v in extra.items() if k != HELD_BACK_KEY}
    if isinstance(extra, Mapping):
        body["extra"] = extra or None
    return decode_record(Dossier, body)
