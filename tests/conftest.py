"""Fixtures in layers: the clock and keyring fakes, a fresh encrypted vault per test,
and the command line run through its real entry point."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Log files (and anything else under the state folder) of the programs the tests run, in
# this process and in child processes, stay out of the real user folders.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="genwerkt-test-state-")

from genwerkt_desktop.cli import Dependencies, main
from genwerkt_desktop.services.vault import OpenVault, VaultService
from tests.fakes import FAST_POLICY, FixedClock, demo_day
from tests.fakes_keystore import MemoryKeyStore

PASSPHRASE = "paarse olifant fietst naar Gent"


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> object:
    """The session's QApplication, made before any test runs: an export that needs only a
    QGuiApplication (a PNG from the command line) then finds it, and no widget ever meets
    that lesser application, which crashes Qt.  Its locale is Dutch (Belgium), as the
    application sets it at start, whatever the machine's own locale."""
    from PySide6.QtCore import QLocale

    from genwerkt_desktop.ui.i18n import LOCALES
    from genwerkt_desktop.ui.settings import Language

    QLocale.setDefault(LOCALES[Language.DUTCH])
    return qapp


@pytest.fixture
def fixed_clock() -> FixedClock:
    return demo_day()


@pytest.fixture
def keystore() -> MemoryKeyStore:
    return MemoryKeyStore()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture
def vault_service(
    data_dir: Path, fixed_clock: FixedClock, keystore: MemoryKeyStore
) -> VaultService:
    return VaultService(data_dir, policy=FAST_POLICY, clock=fixed_clock, keystore=keystore)


@pytest.fixture
def vault(vault_service: VaultService) -> Iterator[OpenVault]:
    """A fresh encrypted store on disk, open, closed after the test."""
    created = vault_service.create(PASSPHRASE)
    yield created.vault
    created.vault.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


class Cli:
    """Runs ``genwerkt`` through ``cli.main`` with the fakes injected."""

    def __init__(self, data_dir: Path, clock: FixedClock, keystore: MemoryKeyStore) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.keystore = keystore
        self.env: dict[str, str] = {"GENWERKT_PASSPHRASE": PASSPHRASE}
        self.log_dir: Path | None = None  # None: the (test-private) platform log folder

    def __call__(self, *argv: str, env: dict[str, str] | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        deps = Dependencies(
            policy=FAST_POLICY,
            clock=self.clock,
            keystore=self.keystore,
            env={**self.env, **(env or {})},
            stdin=io.StringIO(),
            stdout=out,
            stderr=err,
            log_dir=self.log_dir,
        )
        code = main(["--data-dir", str(self.data_dir), *argv], deps)
        return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(data_dir: Path, fixed_clock: FixedClock, keystore: MemoryKeyStore) -> Cli:
    return Cli(data_dir, fixed_clock, keystore)
