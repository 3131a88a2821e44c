"""The fictional demo dossiers, loaded through the ordinary import path."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.resources import resource

from .exchange import ExchangeService, ImportedDossier
from .vault import OpenVault


def demo_files() -> list[Path]:
    return sorted(resource("demo").glob("*.json"))


def load_demo(vault: OpenVault) -> list[ImportedDossier]:
    return ExchangeService(vault).import_files(demo_files())
