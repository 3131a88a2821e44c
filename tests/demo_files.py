"""The shipped fictional dossiers, for tests that need rich, realistic content."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from genwerkt_desktop.services.demo import demo_files

AYSE_ID = "6a69d339-e69f-4e20-ae0d-835d33ddf93b"
LUKASZ_ID = "65686757-12a5-4706-8d5a-beae38fcdabf"
IOANA_ID = "64e2a668-273d-4b4c-8b9f-37b036258c0c"


def demo_path(fragment: str) -> Path:
    return next(p for p in demo_files() if fragment in p.name)


def demo_doc(fragment: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_path(fragment).read_text(encoding="utf-8"))
    return data
