"""Dossier JSON documents: canonical comparison and copies under fresh ids."""

from __future__ import annotations

import copy
import json
import random
import re
import uuid
from pathlib import Path
from typing import Any

_UUID_TEXT = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)

# exported_at is the moment of export, not content: two exports of the same state differ
# in it and nothing else.
VOLATILE_KEYS = ("exported_at",)


def canonical(doc: Any) -> str:
    """One text per content, whatever the key order: what "equal" means in this harness."""
    if isinstance(doc, dict):
        doc = {k: v for k, v in doc.items() if k not in VOLATILE_KEYS}
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def fresh_ids(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same dossier under new ids everywhere (client, items, organisations), mapped
    consistently so references inside the document still hold: a new client to import.
    """
    mapping: dict[str, str] = {}

    def new_id(old: str) -> str:
        if old not in mapping:
            mapping[old] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return mapping[old]

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str) and _UUID_TEXT.match(value):
            return new_id(value)
        return value

    result: dict[str, Any] = walk(copy.deepcopy(doc))
    return result


def edited(doc: dict[str, Any], mark: str) -> dict[str, Any]:
    """The same client with text changed in several tables (client, observations,
    contacts), so an import torn halfway would show as a mix of old and new."""
    result = copy.deepcopy(doc)
    client = result["client"]
    client["support_question"] = f"{client.get('support_question', '')} ({mark})".strip()
    for key in ("observations", "contacts", "goals", "rights"):
        for item in result.get(key, []):
            for field in ("text", "summary", "title", "note"):
                if isinstance(item.get(field), str) and item[field]:
                    item[field] = f"{item[field]} ({mark})"
                    break
    return result


def client_id(doc: dict[str, Any]) -> str:
    return str(doc["client"]["id"])
