"""The vault's key header: how the database key is wrapped by a passphrase and a recovery code.

The database key is 32 random bytes and is never derived from the passphrase. The passphrase
is stretched with Argon2id into a key-encryption key that wraps the database key with
AES-256-GCM; a recovery code (160 random bits) wraps the same key a second time through
HKDF-SHA256. No password hash is stored: a wrong passphrase shows up as a failed GCM tag.

Changing the passphrase only rewraps the database key; the database is not re-encrypted.

The header also names the database's cipher profile (``cipher``: page size and HMAC), which
every connection must set before its first read.  A header without it is SQLCipher 4's
defaults (4 KiB pages, HMAC-SHA512): every vault made before the profile opens as it always
did.  New vaults get 16 KiB pages and HMAC-SHA256, about half the decryption cost per byte
read (measured at 2,000 clients; ``benchmarks/overhead.py``).  The profile is not bound by
the wrappings' AAD: changing it makes the database unreadable, never readable otherwise.

Authenticated data (AAD):

* the passphrase wrapping binds the header's public part: format, version, vault_id and the
  Argon2id parameters including the salt;
* the recovery wrapping binds format, version, vault_id and the recovery salt. It does not
  bind the Argon2id parameters, because those change on every passphrase change while the
  recovery wrapping has to survive it (the recovery code is not available then).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from genwerkt_desktop.domain.errors import IntegrityFailure, StateError, WrongPassphrase

from .cipher_profile import NEW_VAULT_PROFILE, SQLCIPHER4_DEFAULTS, CipherProfile
from .files import write_bytes_atomic

FORMAT: Final = "genwerkt-vault"
VERSION: Final = 2  # the newest header this version reads


def header_version(cipher: CipherProfile) -> int:
    """The header version a vault with ``cipher`` is written with.  Version 2 marks a
    profile other than SQLCipher 4's defaults, so a genwerkt that knows only version 1
    says the vault comes from a newer version instead of failing to read its pages and
    calling it damaged.  (Vaults made between the profile and this mark say version 1
    with a profile; they are read as before.)"""
    return 1 if cipher == SQLCIPHER4_DEFAULTS else 2


KDF_ALGORITHM: Final = "argon2id"
RECOVERY_KDF: Final = "hkdf-sha256"
RECOVERY_INFO: Final = b"genwerkt recovery v1"

DB_KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
WRAPPED_BYTES: Final = DB_KEY_BYTES + 16  # ciphertext + GCM tag
RECOVERY_CODE_BYTES: Final = 20  # 160 bits -> 32 base32 characters, no padding

MAX_CALIBRATED_TIME_COST: Final = 40
# Sanity limits for a header read from disk, so a damaged or hostile file cannot make the
# application allocate absurd amounts of memory or spin for hours.
_MAX_MEMORY_KIB: Final = 4 * 1024 * 1024  # 4 GiB
_MAX_TIME_COST: Final = 1000
_MAX_PARALLELISM: Final = 64
_MAX_HEADER_BYTES: Final = 64 * 1024

_MSG_WRONG_PASSPHRASE: Final = "verkeerde wachtzin"
_MSG_WRONG_RECOVERY: Final = "verkeerde herstelcode"
_MSG_DAMAGED: Final = "het sleutelbestand van de kluis is beschadigd"
_MSG_TOO_WEAK: Final = "de sleutelparameters van deze kluis zijn te zwak; ze worden geweigerd"
_MSG_NEWER: Final = "deze kluis komt van een nieuwere versie van genwerkt"
_MSG_MISSING: Final = "het sleutelbestand van de kluis ontbreekt"

# Characters people confuse with base32 letters; mapped before decoding a recovery code.
_CONFUSABLES: Final = str.maketrans({"0": "O", "1": "I", "8": "B"})


@dataclass(frozen=True)
class KdfPolicy:
    """Minimum Argon2id parameters a vault must have, and how long one unlock should take."""

    floor_memory_kib: int
    floor_time_cost: int
    floor_parallelism: int
    target_seconds: float


PRODUCTION_POLICY: Final = KdfPolicy(
    floor_memory_kib=65536, floor_time_cost=3, floor_parallelism=4, target_seconds=0.5
)


@dataclass(frozen=True)
class KdfParams:
    """The Argon2id parameters (and salt) one vault's passphrase wrapping was made with."""

    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes


@dataclass(frozen=True)
class VaultHeader:
    """Everything needed to recover the database key; contains no secret in the clear."""

    version: int
    vault_id: str
    kdf: KdfParams
    passphrase_nonce: bytes
    passphrase_wrapped: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_wrapped: bytes
    created_at: str
    cipher: CipherProfile = SQLCIPHER4_DEFAULTS


# --------------------------------------------------------------------------- helpers


def _canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf_public(kdf: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": KDF_ALGORITHM,
        "memory_kib": kdf.memory_kib,
        "time_cost": kdf.time_cost,
        "parallelism": kdf.parallelism,
        "salt": _b64(kdf.salt),
    }


def _passphrase_aad(version: int, vault_id: str, kdf: KdfParams) -> bytes:
    return _canonical(
        {"format": FORMAT, "version": version, "vault_id": vault_id, "kdf": _kdf_public(kdf)}
    )


def _recovery_aad(version: int, vault_id: str, recovery_salt: bytes) -> bytes:
    return _canonical(
        {
            "format": FORMAT,
            "version": version,
            "vault_id": vault_id,
            "recovery": {"algorithm": RECOVERY_KDF, "salt": _b64(recovery_salt)},
        }
    )


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalise and UTF-8 encode, so the same phrase typed on another OS still opens it."""
    if not passphrase:
        raise ValueError("de wachtzin mag niet leeg zijn")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(secret: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=DB_KEY_BYTES,
        type=Type.ID,
    )


def _check_floor(params: KdfParams, policy: KdfPolicy) -> None:
    if (
        params.memory_kib < policy.floor_memory_kib
        or params.time_cost < policy.floor_time_cost
        or params.parallelism < policy.floor_parallelism
    ):
        raise IntegrityFailure(_MSG_TOO_WEAK)


def calibrate(policy: KdfPolicy, *, clock: Callable[[], float] = time.perf_counter) -> KdfParams:
    """Fresh Argon2id parameters (with a new salt) for this machine under ``policy``.

    Memory and parallelism stay at the floor; time_cost is raised so that one derivation
    takes about ``policy.target_seconds``. A target of 0 or less means: use the floor.
    """
    params = KdfParams(
        memory_kib=policy.floor_memory_kib,
        time_cost=policy.floor_time_cost,
        parallelism=policy.floor_parallelism,
        salt=secrets.token_bytes(SALT_BYTES),
    )
    if policy.target_seconds <= 0:
        return params
    probe = replace(params, salt=secrets.token_bytes(SALT_BYTES))
    start = clock()
    _argon2(secrets.token_bytes(16), probe)
    measured = clock() - start
    if measured <= 0:
        time_cost = MAX_CALIBRATED_TIME_COST
    else:
        time_cost = math.ceil(policy.floor_time_cost * policy.target_seconds / measured)
    time_cost = max(policy.floor_time_cost, min(time_cost, MAX_CALIBRATED_TIME_COST))
    return replace(params, time_cost=time_cost)


def _wrap_with_passphrase(
    db_key: bytes, passphrase: str, version: int, vault_id: str, kdf: KdfParams
) -> tuple[bytes, bytes]:
    kek = _argon2(_passphrase_bytes(passphrase), kdf)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _passphrase_aad(version, vault_id, kdf))
    return nonce, wrapped


def _recovery_kek(code_bytes: bytes, recovery_salt: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=DB_KEY_BYTES, salt=recovery_salt, info=RECOVERY_INFO
    )
    return hkdf.derive(code_bytes)


# --------------------------------------------------------------------------- recovery code


def format_recovery_code(code_bytes: bytes) -> str:
    """160 bits as 8 groups of 4 base32 characters, e.g. ``ABCD-EFGH-...``."""
    if len(code_bytes) != RECOVERY_CODE_BYTES:
        raise ValueError("een herstelcode is precies 20 bytes")
    text = base64.b32encode(code_bytes).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(text: str) -> bytes:
    """Tolerant parse: any case, spaces and dashes ignored, 0/1/8 read as O/I/B.

    Anything that is not a well-formed code raises ``WrongPassphrase("verkeerde herstelcode")``.
    """
    cleaned = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    cleaned = cleaned.upper().translate(_CONFUSABLES)
    if len(cleaned) != 32 or not cleaned.isascii():
        raise WrongPassphrase(_MSG_WRONG_RECOVERY)
    try:
        decoded = base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        raise WrongPassphrase(_MSG_WRONG_RECOVERY) from None
    if len(decoded) != RECOVERY_CODE_BYTES:
        raise WrongPassphrase(_MSG_WRONG_RECOVERY)
    return decoded


# --------------------------------------------------------------------------- public API


def create_vault(
    passphrase: str,
    policy: KdfPolicy,
    created_at: str,
    cipher: CipherProfile = NEW_VAULT_PROFILE,
) -> tuple[VaultHeader, bytes, str]:
    """A new vault: its header, the fresh database key and the recovery code to show once."""
    _passphrase_bytes(passphrase)  # refuse an empty passphrase before any work
    db_key = secrets.token_bytes(DB_KEY_BYTES)
    vault_id = str(uuid.uuid4())
    kdf = calibrate(policy)
    version = header_version(cipher)
    nonce, wrapped = _wrap_with_passphrase(db_key, passphrase, version, vault_id, kdf)

    code_bytes = secrets.token_bytes(RECOVERY_CODE_BYTES)
    recovery_salt = secrets.token_bytes(SALT_BYTES)
    recovery_nonce = secrets.token_bytes(NONCE_BYTES)
    recovery_wrapped = AESGCM(_recovery_kek(code_bytes, recovery_salt)).encrypt(
        recovery_nonce, db_key, _recovery_aad(version, vault_id, recovery_salt)
    )
    header = VaultHeader(
        version=version,
        vault_id=vault_id,
        kdf=kdf,
        passphrase_nonce=nonce,
        passphrase_wrapped=wrapped,
        recovery_salt=recovery_salt,
        recovery_nonce=recovery_nonce,
        recovery_wrapped=recovery_wrapped,
        created_at=created_at,
        cipher=cipher,
    )
    return header, db_key, format_recovery_code(code_bytes)


def unlock_with_passphrase(header: VaultHeader, passphrase: str, policy: KdfPolicy) -> bytes:
    """The database key, or ``WrongPassphrase``; parameters below the floor are refused first."""
    _check_floor(header.kdf, policy)
    secret = _passphrase_bytes(passphrase)
    kek = _argon2(secret, header.kdf)
    aad = _passphrase_aad(header.version, header.vault_id, header.kdf)
    try:
        db_key = AESGCM(kek).decrypt(header.passphrase_nonce, header.passphrase_wrapped, aad)
    except InvalidTag:
        raise WrongPassphrase(_MSG_WRONG_PASSPHRASE) from None
    if len(db_key) != DB_KEY_BYTES:
        raise IntegrityFailure(_MSG_DAMAGED)
    return db_key


def unlock_with_recovery(header: VaultHeader, recovery_code: str) -> bytes:
    """The database key from the recovery code, or ``WrongPassphrase("verkeerde herstelcode")``."""
    code_bytes = parse_recovery_code(recovery_code)
    kek = _recovery_kek(code_bytes, header.recovery_salt)
    aad = _recovery_aad(header.version, header.vault_id, header.recovery_salt)
    try:
        db_key = AESGCM(kek).decrypt(header.recovery_nonce, header.recovery_wrapped, aad)
    except InvalidTag:
        raise WrongPassphrase(_MSG_WRONG_RECOVERY) from None
    if len(db_key) != DB_KEY_BYTES:
        raise IntegrityFailure(_MSG_DAMAGED)
    return db_key


def rewrap_passphrase(
    header: VaultHeader, db_key: bytes, new_passphrase: str, policy: KdfPolicy
) -> VaultHeader:
    """A header whose passphrase wrapping uses ``new_passphrase`` (new salt, nonce, params).

    The recovery wrapping is kept as is and the database itself is not re-encrypted.
    """
    if len(db_key) != DB_KEY_BYTES:
        raise ValueError("de databasesleutel is precies 32 bytes")
    _passphrase_bytes(new_passphrase)
    kdf = calibrate(policy)
    nonce, wrapped = _wrap_with_passphrase(
        db_key, new_passphrase, header.version, header.vault_id, kdf
    )
    return replace(header, kdf=kdf, passphrase_nonce=nonce, passphrase_wrapped=wrapped)


# --------------------------------------------------------------------------- serialisation


def header_to_bytes(header: VaultHeader) -> bytes:
    """The header as UTF-8 JSON; binary fields base64."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": header.version,
        "vault_id": header.vault_id,
        "created_at": header.created_at,
        "kdf": _kdf_public(header.kdf),
        "passphrase": {
            "cipher": "aes-256-gcm",
            "nonce": _b64(header.passphrase_nonce),
            "wrapped": _b64(header.passphrase_wrapped),
        },
        "recovery": {
            "algorithm": RECOVERY_KDF,
            "salt": _b64(header.recovery_salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(header.recovery_nonce),
            "wrapped": _b64(header.recovery_wrapped),
        },
    }
    if header.cipher != SQLCIPHER4_DEFAULTS:
        # Left out for the defaults, so an older vault's header stays byte for byte.
        doc["cipher"] = {
            "algorithm": "aes-256-cbc",
            "page_size": header.cipher.page_size,
            "hmac": header.cipher.hmac,
        }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


class _Damaged(Exception):
    """Internal: a field is missing or malformed."""


def _field(obj: Any, name: str) -> Any:
    if not isinstance(obj, dict) or name not in obj:
        raise _Damaged
    return obj[name]


def _str(obj: Any, name: str) -> str:
    value = _field(obj, name)
    if not isinstance(value, str):
        raise _Damaged
    return value


def _int(obj: Any, name: str, low: int, high: int) -> int:
    value = _field(obj, name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Damaged
    return value


def _bin(obj: Any, name: str, length: int | None = None, min_length: int = 1) -> bytes:
    try:
        value = base64.b64decode(_str(obj, name).encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _Damaged from None
    if length is not None and len(value) != length:
        raise _Damaged
    if len(value) < min_length:
        raise _Damaged
    return value


def _cipher(doc: Any) -> CipherProfile:
    """The header's cipher profile; none written means SQLCipher 4's defaults."""
    if "cipher" not in doc:
        return SQLCIPHER4_DEFAULTS
    cipher_doc = _field(doc, "cipher")
    if _str(cipher_doc, "algorithm") != "aes-256-cbc":
        raise _Damaged
    return CipherProfile(
        page_size=_int(cipher_doc, "page_size", 512, 65536), hmac=_str(cipher_doc, "hmac")
    )


def header_from_bytes(data: bytes) -> VaultHeader:
    """Parse a header; damage -> ``IntegrityFailure``, a newer version -> ``StateError``."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IntegrityFailure(_MSG_DAMAGED) from None
    try:
        if _str(doc, "format") != FORMAT:
            raise _Damaged
        version = _field(doc, "version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _Damaged
        if version > VERSION:
            raise StateError(_MSG_NEWER)

        vault_id = _str(doc, "vault_id")
        uuid.UUID(vault_id)
        created_at = _str(doc, "created_at")

        kdf_doc = _field(doc, "kdf")
        if _str(kdf_doc, "algorithm") != KDF_ALGORITHM:
            raise _Damaged
        parallelism = _int(kdf_doc, "parallelism", 1, _MAX_PARALLELISM)
        kdf = KdfParams(
            memory_kib=_int(kdf_doc, "memory_kib", 8 * parallelism, _MAX_MEMORY_KIB),
            time_cost=_int(kdf_doc, "time_cost", 1, _MAX_TIME_COST),
            parallelism=parallelism,
            salt=_bin(kdf_doc, "salt", min_length=8),
        )

        pp_doc = _field(doc, "passphrase")
        rc_doc = _field(doc, "recovery")
        if _str(pp_doc, "cipher") != "aes-256-gcm" or _str(rc_doc, "cipher") != "aes-256-gcm":
            raise _Damaged
        if _str(rc_doc, "algorithm") != RECOVERY_KDF:
            raise _Damaged
        cipher = _cipher(doc)
        return VaultHeader(
            version=version,
            vault_id=vault_id,
            kdf=kdf,
            passphrase_nonce=_bin(pp_doc, "nonce", NONCE_BYTES),
            passphrase_wrapped=_bin(pp_doc, "wrapped", WRAPPED_BYTES),
            recovery_salt=_bin(rc_doc, "salt", min_length=8),
            recovery_nonce=_bin(rc_doc, "nonce", NONCE_BYTES),
            recovery_wrapped=_bin(rc_doc, "wrapped", WRAPPED_BYTES),
            created_at=created_at,
            cipher=cipher,
        )
    except (_Damaged, ValueError):
        raise IntegrityFailure(_MSG_DAMAGED) from None


def write_header_atomic(path: Path, header: VaultHeader) -> None:
    """Replace ``path`` with the header so a crash leaves either the old or the new file."""
    write_bytes_atomic(Path(path), header_to_bytes(header))


def read_header(path: Path) -> VaultHeader:
    """Read and parse the header file; a missing file is a ``StateError``."""
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(_MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise StateError(_MSG_MISSING) from None
    except IsADirectoryError:
        raise StateError(f"{path} is een map, geen sleutelbestand") from None
    except OSError as exc:
        raise StateError(
            f"{path}: het sleutelbestand kan niet gelezen worden ({exc.strerror})"
        ) from None
    if len(data) > _MAX_HEADER_BYTES:
        raise IntegrityFailure(_MSG_DAMAGED)
    return header_from_bytes(data)
