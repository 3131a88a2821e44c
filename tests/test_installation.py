"""A broken installation says what is missing, at once, instead of failing later."""

from __future__ import annotations

import pytest

import genwerkt_desktop.resources as shipped
from genwerkt_desktop.services import demo
from tests.conftest import Cli


def test_every_required_resource_is_shipped() -> None:
    shipped.check_installation()
    assert len(demo.demo_files()) == 3


def test_a_missing_resource_stops_the_command_with_a_clear_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shipped, "REQUIRED", (*shipped.REQUIRED, ("fonts", "Weg.ttf")))
    result = cli("init")
    assert result.code == 2
    assert result.err == (
        "genwerkt: error: genwerkt is onvolledig geïnstalleerd: fonts/Weg.ttf ontbreekt "
        f"(verwacht in {shipped.root()})\n"
    )


def test_a_demo_that_would_load_nothing_is_an_error(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    monkeypatch.setattr(demo, "demo_files", list)
    result = cli("demo")
    assert result.code == 2
    assert "geen demodossiers" in result.err
    assert cli("clients").out == ""
