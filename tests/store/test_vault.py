"""The vault key header, with real Argon2id/AES-GCM/HKDF but a fast KDF policy."""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genwerkt_desktop.domain.errors import DiskFull, IntegrityFailure, StateError, WrongPassphrase
from genwerkt_desktop.store import vault
from genwerkt_desktop.store.cipher_profile import NEW_VAULT_PROFILE, SQLCIPHER4_DEFAULTS
from genwerkt_desktop.store.vault import (
    PRODUCTION_POLICY,
    KdfPolicy,
    VaultHeader,
    calibrate,
    create_vault,
    header_from_bytes,
    header_to_bytes,
    parse_recovery_code,
    read_header,
    rewrap_passphrase,
    unlock_with_passphrase,
    unlock_with_recovery,
    write_header_atomic,
)

FAST = KdfPolicy(floor_memory_kib=1024, floor_time_cost=1, floor_parallelism=1, target_seconds=0.0)
NOW = "2025-01-15T10:30:00+01:00"
PHRASE = "paard batterij nietje correct"
CODE_SHAPE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


@pytest.fixture(scope="module")
def made() -> tuple[VaultHeader, bytes, str]:
    return create_vault(PHRASE, FAST, NOW)


def _edit(header: VaultHeader, change: Any) -> VaultHeader:
    """Serialise, let ``change`` edit the JSON document, parse again (a tampered file)."""
    doc = json.loads(header_to_bytes(header))
    change(doc)
    return header_from_bytes(json.dumps(doc).encode())


# --------------------------------------------------------------------------- create / unlock


def test_create_then_unlock_with_passphrase_gives_the_same_key(made: Any) -> None:
    header, db_key, code = made
    assert len(db_key) == 32
    assert CODE_SHAPE.match(code)
    assert header.version == 2  # a new cipher profile (see header_version)
    assert header.created_at == NOW
    assert unlock_with_passphrase(header, PHRASE, FAST) == db_key


def test_every_vault_gets_its_own_key_id_and_code() -> None:
    a = create_vault(PHRASE, FAST, NOW)
    b = create_vault(PHRASE, FAST, NOW)
    assert a[0].vault_id != b[0].vault_id
    assert a[1] != b[1]
    assert a[2] != b[2]
    assert a[0].kdf.salt != b[0].kdf.salt


def test_wrong_passphrase_is_refused(made: Any) -> None:
    header, _, _ = made
    with pytest.raises(WrongPassphrase, match=r"^verkeerde wachtzin$") as info:
        unlock_with_passphrase(header, PHRASE + "!", FAST)
    assert info.value.exit_code == 5


def test_empty_passphrase_is_a_value_error(made: Any) -> None:
    header, db_key, _ = made
    with pytest.raises(ValueError):
        create_vault("", FAST, NOW)
    with pytest.raises(ValueError):
        unlock_with_passphrase(header, "", FAST)
    with pytest.raises(ValueError):
        rewrap_passphrase(header, db_key, "", FAST)


def test_header_contains_neither_key_nor_passphrase_nor_code(made: Any) -> None:
    header, db_key, code = made
    data = header_to_bytes(header)
    assert db_key not in data
    assert db_key.hex().encode() not in data
    assert base64.b64encode(db_key) not in data
    assert PHRASE.encode() not in data
    assert code.replace("-", "").encode() not in data


# --------------------------------------------------------------------------- recovery code


def test_recovery_code_unlocks(made: Any) -> None:
    header, db_key, code = made
    assert unlock_with_recovery(header, code) == db_key


def test_recovery_code_typed_lowercase_with_spaces_unlocks(made: Any) -> None:
    header, db_key, code = made
    typed = "  " + code.lower().replace("-", " ") + "\n"
    assert unlock_with_recovery(header, typed) == db_key
    assert unlock_with_recovery(header, code.replace("-", "")) == db_key


def test_recovery_code_confusable_digits_are_read_as_letters() -> None:
    assert parse_recovery_code("0i8a-" * 8) == parse_recovery_code("OIBA" * 8)


@pytest.mark.parametrize(
    "typed",
    ["", "ABCD-EFGH", "9999-" * 8, "AAAA-" * 9, "ÄÄÄÄ" * 8],
    ids=["empty", "too-short", "not-base32", "too-long", "non-ascii"],
)
def test_malformed_recovery_code_is_a_wrong_code(made: Any, typed: str) -> None:
    header, _, _ = made
    with pytest.raises(WrongPassphrase, match=r"^verkeerde herstelcode$"):
        unlock_with_recovery(header, typed)


def test_wrong_recovery_code_is_refused(made: Any) -> None:
    header, _, code = made
    other_code = create_vault(PHRASE, FAST, NOW)[2]
    assert other_code != code
    with pytest.raises(WrongPassphrase, match=r"^verkeerde herstelcode$"):
        unlock_with_recovery(header, other_code)


# --------------------------------------------------------------------------- passphrase change


def test_rewrap_changes_the_passphrase_and_keeps_the_recovery_code(made: Any) -> None:
    header, db_key, code = made
    new = rewrap_passphrase(header, db_key, "een heel andere wachtzin", FAST)

    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(new, PHRASE, FAST)
    assert unlock_with_passphrase(new, "een heel andere wachtzin", FAST) == db_key
    assert unlock_with_recovery(new, code) == db_key

    assert new.vault_id == header.vault_id
    assert new.created_at == header.created_at
    assert new.kdf.salt != header.kdf.salt
    assert new.passphrase_nonce != header.passphrase_nonce
    assert (new.recovery_salt, new.recovery_nonce, new.recovery_wrapped) == (
        header.recovery_salt,
        header.recovery_nonce,
        header.recovery_wrapped,
    )


def test_rewrap_recalibrates_to_the_policy_given(made: Any) -> None:
    header, db_key, _ = made
    stronger = KdfPolicy(2048, 2, 1, 0.0)
    new = rewrap_passphrase(header, db_key, PHRASE, stronger)
    assert (new.kdf.memory_kib, new.kdf.time_cost) == (2048, 2)
    assert unlock_with_passphrase(new, PHRASE, stronger) == db_key


# --------------------------------------------------------------------------- serialisation


def test_header_round_trips_through_bytes(made: Any) -> None:
    header, _, _ = made
    data = header_to_bytes(header)
    doc = json.loads(data)
    assert doc["format"] == "genwerkt-vault"
    assert doc["version"] == 2
    assert header_from_bytes(data) == header


def test_header_round_trips_through_a_file(made: Any, tmp_path: Path) -> None:
    header, db_key, code = made
    path = tmp_path / "vault.key"
    write_header_atomic(path, header)
    again = read_header(path)
    assert again == header
    assert unlock_with_passphrase(again, PHRASE, FAST) == db_key
    assert unlock_with_recovery(again, code) == db_key


def test_missing_header_file_is_a_state_error(tmp_path: Path) -> None:
    with pytest.raises(StateError):
        read_header(tmp_path / "nope.key")


# --------------------------------------------------------------------------- tampering


def test_tampered_vault_id_fails_both_unlocks_as_wrong_passphrase(made: Any) -> None:
    # AES-GCM cannot tell a changed header from a wrong secret: the user sees WrongPassphrase.
    header, _, code = made
    tampered = _edit(header, lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000"))
    with pytest.raises(WrongPassphrase, match=r"^verkeerde wachtzin$"):
        unlock_with_passphrase(tampered, PHRASE, FAST)
    with pytest.raises(WrongPassphrase, match=r"^verkeerde herstelcode$"):
        unlock_with_recovery(tampered, code)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["kdf"].update(time_cost=d["kdf"]["time_cost"] + 1),
        lambda d: d["kdf"].update(memory_kib=d["kdf"]["memory_kib"] * 2),
        lambda d: d["kdf"].update(salt=base64.b64encode(b"\x00" * 16).decode()),
    ],
    ids=["time_cost", "memory", "salt"],
)
def test_tampered_kdf_params_fail_unlock_as_wrong_passphrase(made: Any, change: Any) -> None:
    # Still above the floor, so the AAD/derived key mismatch surfaces as WrongPassphrase.
    header, _, _ = made
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(_edit(header, change), PHRASE, FAST)


def test_tampered_file_on_disk_fails_unlock(made: Any, tmp_path: Path) -> None:
    header, _, _ = made
    path = tmp_path / "vault.key"
    write_header_atomic(path, header)
    doc = json.loads(path.read_bytes())
    doc["vault_id"] = "11111111-1111-4111-8111-111111111111"
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(read_header(path), PHRASE, FAST)


def test_params_below_the_floor_are_refused_as_integrity_failure(made: Any) -> None:
    header, _, _ = made
    stricter = KdfPolicy(2048, 1, 1, 0.0)
    with pytest.raises(IntegrityFailure, match="te zwak") as info:
        unlock_with_passphrase(header, PHRASE, stricter)
    assert info.value.exit_code == 4


def test_production_policy_refuses_a_weakened_header(made: Any) -> None:
    # An attacker lowering the parameters in the file meets the floor check before any KDF.
    header, _, _ = made
    with pytest.raises(IntegrityFailure):
        unlock_with_passphrase(header, PHRASE, PRODUCTION_POLICY)


def test_newer_version_is_refused_as_state_error(made: Any) -> None:
    header, _, _ = made
    doc = json.loads(header_to_bytes(header))
    doc["version"] = vault.VERSION + 1
    doc["something_new"] = {"x": 1}
    with pytest.raises(StateError, match="nieuwere versie") as info:
        header_from_bytes(json.dumps(doc).encode())
    assert info.value.exit_code == 2


def test_a_vault_with_a_new_cipher_profile_is_newer_to_an_app_that_knows_version_1(
    made: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, db_key, _ = made
    assert header.cipher == NEW_VAULT_PROFILE and header.version == 2
    written = header_to_bytes(header)
    assert header_from_bytes(written) == header
    assert unlock_with_passphrase(header, PHRASE, FAST) == db_key
    monkeypatch.setattr(vault, "VERSION", 1)  # what genwerkt read before the profile
    with pytest.raises(StateError, match="nieuwere versie"):
        header_from_bytes(written)


def test_a_vault_with_sqlciphers_defaults_keeps_version_1() -> None:
    header, db_key, code = create_vault(PHRASE, FAST, "2026-12-06", SQLCIPHER4_DEFAULTS)
    assert header.version == 1 and "cipher" not in json.loads(header_to_bytes(header))
    assert unlock_with_passphrase(header, PHRASE, FAST) == db_key
    assert unlock_with_recovery(header, code) == db_key


def _del(*keys: str) -> Any:
    def change(d: dict[str, Any]) -> None:
        target = d
        for k in keys[:-1]:
            target = target[k]
        del target[keys[-1]]

    return change


def _set(value: Any, *keys: str) -> Any:
    def change(d: dict[str, Any]) -> None:
        target = d
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _del("vault_id"),
        _del("kdf"),
        _del("kdf", "salt"),
        _del("passphrase", "wrapped"),
        _del("recovery", "salt"),
        _del("created_at"),
        _set("iets-anders", "format"),
        _set(0, "version"),
        _set("1", "version"),
        _set(True, "version"),
        _set("geen-uuid", "vault_id"),
        _set("scrypt", "kdf", "algorithm"),
        _set(-1, "kdf", "time_cost"),
        _set(2**40, "kdf", "memory_kib"),
        _set("1024", "kdf", "memory_kib"),
        _set("!!!niet base64!!!", "passphrase", "nonce"),
        _set(base64.b64encode(b"kort").decode(), "passphrase", "wrapped"),
        _set(base64.b64encode(b"x" * 13).decode(), "recovery", "nonce"),
    ],
)
def test_damaged_header_fields_are_integrity_failures(made: Any, change: Any) -> None:
    header, _, _ = made
    with pytest.raises(IntegrityFailure, match=r"^het sleutelbestand van de kluis is beschadigd$"):
        _edit(header, change)


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"not json", b"[]", b"null", b"\xff\xfe", b'{"format": "genwerkt-vault"}'],
)
def test_corrupt_json_is_an_integrity_failure(data: bytes) -> None:
    with pytest.raises(IntegrityFailure):
        header_from_bytes(data)


def test_corrupt_header_file_is_an_integrity_failure(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(b'{"format": "genwerkt-vault", "version": 1, "vault_')
    with pytest.raises(IntegrityFailure):
        read_header(path)


# --------------------------------------------------------------------------- atomic write


def test_atomic_write_replaces_the_old_file_and_leaves_no_temp_files(
    made: Any, tmp_path: Path
) -> None:
    header, db_key, _ = made
    path = tmp_path / "vault.key"
    path.write_bytes(b"old contents")
    write_header_atomic(path, header)
    assert read_header(path) == header

    new = rewrap_passphrase(header, db_key, "nieuw", FAST)
    write_header_atomic(path, new)
    assert read_header(path) == new
    assert sorted(os.listdir(tmp_path)) == ["vault.key"]


def test_failed_atomic_write_keeps_the_old_file_and_cleans_up(
    made: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, db_key, _ = made
    path = tmp_path / "vault.key"
    write_header_atomic(path, header)
    before = path.read_bytes()

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DiskFull, match="de schijf is vol"):
        write_header_atomic(path, rewrap_passphrase(header, db_key, "nieuw", FAST))
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["vault.key"]


# --------------------------------------------------------------------------- calibration


def test_calibration_with_a_tiny_target_stays_at_least_at_the_floor() -> None:
    policy = KdfPolicy(1024, 2, 1, 1e-9)
    params = calibrate(policy)
    assert params.memory_kib == 1024
    assert params.parallelism == 1
    assert params.time_cost >= 2
    assert len(params.salt) == 16


def test_calibration_scales_time_cost_to_the_target() -> None:
    ticks = iter([10.0, 10.125])  # one floor derivation "took" 0.125 s
    params = calibrate(KdfPolicy(1024, 1, 1, 0.5), clock=lambda: next(ticks))
    assert params.time_cost == 4
    assert params.memory_kib == 1024


def test_calibration_is_capped() -> None:
    ticks = iter([0.0, 0.001])
    params = calibrate(KdfPolicy(1024, 3, 1, 10.0), clock=lambda: next(ticks))
    assert params.time_cost == vault.MAX_CALIBRATED_TIME_COST


def test_zero_target_means_no_calibration() -> None:
    def no_clock() -> float:
        raise AssertionError("no measurement expected")

    params = calibrate(FAST, clock=no_clock)
    assert (params.memory_kib, params.time_cost, params.parallelism) == (1024, 1, 1)


def test_production_policy_floor() -> None:
    assert KdfPolicy(65536, 3, 4, 0.5) == PRODUCTION_POLICY


# --------------------------------------------------------------------------- unicode


def test_nfd_passphrase_opens_a_vault_made_with_nfc() -> None:
    nfc = unicodedata.normalize("NFC", "Crème brûlée in Ålesund, één keer")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    header, db_key, _ = create_vault(nfc, FAST, NOW)
    assert unlock_with_passphrase(header, nfd, FAST) == db_key


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(passphrase=st.text(min_size=1, max_size=40))
def test_any_non_empty_passphrase_round_trips(passphrase: str) -> None:
    header, db_key, _ = create_vault(passphrase, FAST, NOW)
    again = header_from_bytes(header_to_bytes(header))
    assert unlock_with_passphrase(again, passphrase, FAST) == db_key
