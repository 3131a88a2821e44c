"""The fictional demo dossiers, loaded through the ordinary import path."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.resources import MissingResource, resource

from .exchange import ExchangeService, ImportedDossier
from .vault import OpenVault


def demo_files() -> list[Path]:
    return sorted(resource("demo").glob("*.json"))


def load_demo(vault: OpenVault) -> list[ImportedDossier]:
    files = demo_files()
    if not files:
        # An installation without its demo is broken; saying "done" would hide it.
        raise MissingResource(
            f"genwerkt is onvolledig geïnstalleerd: geen demodossiers in {resource('demo')}"
        )
    return ExchangeService(vault).import_files(files)
