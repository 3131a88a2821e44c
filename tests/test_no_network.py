"""Beroepsgeheim: no module of the product opens a socket, whatever it does."""

from __future__ import annotations

import importlib
import pkgutil
import socket
from pathlib import Path

import pytest

import genwerkt_desktop
from tests.conftest import Cli


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:80])
        raise NetworkUsed("network access attempted")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_every_module_imports_without_touching_the_network(no_sockets: list[str]) -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(genwerkt_desktop.__path__, "genwerkt_desktop.")
        if ".migrations." not in m.name
    ]
    assert "genwerkt_desktop.cli" in modules
    for name in modules:
        importlib.import_module(name)
    assert no_sockets == []


def test_a_whole_cli_session_never_opens_a_socket(
    no_sockets: list[str], cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    assert cli("search", "huur").code == 0
    assert cli("export", "ayşe", "--kind", "json", "-o", str(tmp_path / "a.json")).code == 0
    assert cli("import", str(tmp_path / "a.json")).code == 0
    assert cli("backup", str(tmp_path / "b.genwerkt-backup")).code == 0
    assert (
        cli("--data-dir", str(tmp_path / "r"), "restore", str(tmp_path / "b.genwerkt-backup")).code
        == 0
    )
    assert cli("verify").code == 0
    assert no_sockets == []


def test_the_package_source_names_no_network_module() -> None:
    root = Path(genwerkt_desktop.__file__).parent
    # "requests" as a module only: the dossier's phone_requests are no network.
    banned = (
        "import socket",
        "urllib.request",
        "http.client",
        "QtNetwork",
        "import requests",
        "from requests",
    )
    offenders = [
        f"{path.relative_to(root)}: {word}"
        for path in root.rglob("*.py")
        for word in banned
        if word in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
