"""The cipher profile (issue 18): new vaults name theirs in the key header and every
connection uses it; a vault made before it (no profile in its header) opens as ever."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
import sqlcipher3

from genwerkt_desktop.domain.errors import IntegrityFailure
from genwerkt_desktop.services import vault as vault_service_module
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store.cipher_profile import (
    NEW_VAULT_PROFILE,
    SQLCIPHER4_DEFAULTS,
    CipherProfile,
)
from genwerkt_desktop.store.vault import create_vault, header_from_bytes, header_to_bytes
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID
from tests.fakes import FAST_POLICY

DEMO = {AYSE_ID, LUKASZ_ID, IOANA_ID}


def _key(data_dir: Path) -> bytes:
    return VaultService(data_dir, policy=FAST_POLICY).unlock_for_check(PASSPHRASE)[1]


def _reads_with(data_dir: Path, profile: CipherProfile | None) -> int | None:
    """The page size when the database opens with only this profile's pragmas (None: the
    key alone, as SQLCipher's defaults), or None when it does not open at all."""
    conn = sqlcipher3.connect(str(VaultPaths(data_dir).database))
    try:
        conn.execute(f"PRAGMA key = \"x'{_key(data_dir).hex()}'\"")
        for pragma in profile.pragmas() if profile else ():
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    except sqlcipher3.dbapi2.DatabaseError:
        return None
    finally:
        conn.close()


def _header_doc(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads(VaultPaths(data_dir).header.read_text("utf-8"))
    return doc


def _clients(cli: Cli, data_dir: Path) -> set[str]:
    result = cli("--data-dir", str(data_dir), "clients")
    assert result.code == 0, result.err
    return {line.split("\t")[0] for line in result.lines}


def test_a_new_vault_names_its_profile_and_opens_only_with_it(cli: Cli, data_dir: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0

    assert _header_doc(data_dir)["cipher"] == {
        "algorithm": "aes-256-cbc",
        "page_size": 16384,
        "hmac": "HMAC_SHA256",
    }
    # The file is written that way: it reads with the profile, not with SQLCipher's defaults.
    assert _reads_with(data_dir, NEW_VAULT_PROFILE) == 16384
    assert _reads_with(data_dir, None) is None
    assert _clients(cli, data_dir) == DEMO
    assert cli("verify").out.strip() == "ok"

    # The header is what tells every connection: without its profile the store is unreadable.
    header = VaultPaths(data_dir).header
    kept = header.read_bytes()
    doc = _header_doc(data_dir)
    del doc["cipher"]
    header.write_text(json.dumps(doc), "utf-8")
    refused = cli("clients")
    assert refused.code == 4
    assert "hoort niet bij deze kluis" in refused.err
    header.write_bytes(kept)
    assert _clients(cli, data_dir) == DEMO


def test_a_vault_from_before_the_profile_opens_reads_and_writes_as_before(
    cli: Cli, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made as every vault was before: SQLCipher 4's defaults, no profile in the header.
    with monkeypatch.context() as patch:
        patch.setattr(
            vault_service_module,
            "create_vault",
            partial(create_vault, cipher=SQLCIPHER4_DEFAULTS),
        )
        assert cli("init").code == 0
    assert "cipher" not in _header_doc(data_dir)
    assert _reads_with(data_dir, None) == 4096

    assert cli("demo").code == 0  # writes
    assert _clients(cli, data_dir) == DEMO  # reads
    assert cli("search", "yilmaz").code == 0  # the search's own connection
    assert cli("verify").out.strip() == "ok"
    # Not converted by being used: still SQLCipher's defaults, still no profile named.
    assert _reads_with(data_dir, None) == 4096
    assert "cipher" not in _header_doc(data_dir)

    # Its backup restores as it was.
    backup = tmp_path / "oud.genwerkt-backup"
    assert cli("backup", str(backup)).code == 0
    elsewhere = tmp_path / "terug"
    assert cli("--data-dir", str(elsewhere), "restore", str(backup)).out.strip() == "3"
    assert "cipher" not in _header_doc(elsewhere)
    assert _reads_with(elsewhere, None) == 4096
    assert cli("--data-dir", str(elsewhere), "verify").out.strip() == "ok"
    assert _clients(cli, elsewhere) == DEMO


def test_a_backup_of_a_new_vault_restores_with_its_profile(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    backup = tmp_path / "kluis.genwerkt-backup"
    assert cli("backup", str(backup)).code == 0

    elsewhere = tmp_path / "terug"
    restored = cli("--data-dir", str(elsewhere), "restore", str(backup))
    assert restored.code == 0, restored.err
    assert restored.out.strip() == "3"
    assert _header_doc(elsewhere)["cipher"] == {
        "algorithm": "aes-256-cbc",
        "page_size": 16384,
        "hmac": "HMAC_SHA256",
    }
    assert _reads_with(elsewhere, NEW_VAULT_PROFILE) == 16384
    assert cli("--data-dir", str(elsewhere), "verify").out.strip() == "ok"
    assert _clients(cli, elsewhere) == DEMO
    assert cli("--data-dir", str(elsewhere), "search", "yilmaz").code == 0


@pytest.mark.parametrize(
    "cipher",
    [
        {"algorithm": "aes-256-cbc", "page_size": 16384, "hmac": "HMAC_SHA1"},
        {"algorithm": "aes-256-cbc", "page_size": 12000, "hmac": "HMAC_SHA256"},
        {"algorithm": "none", "page_size": 16384, "hmac": "HMAC_SHA256"},
        {"page_size": 16384, "hmac": "HMAC_SHA256"},
    ],
)
def test_a_header_naming_a_weaker_or_unknown_profile_is_refused(
    cipher: dict[str, object],
) -> None:
    header, _key_bytes, _code = create_vault(PASSPHRASE, FAST_POLICY, "2026-01-05T09:00:00")
    doc = json.loads(header_to_bytes(header))
    doc["cipher"] = cipher
    with pytest.raises(IntegrityFailure):
        header_from_bytes(json.dumps(doc).encode())
