"""Sealing for team mode (libsodium through PyNaCl): key pairs, fingerprints, the team
key wrapped for each member, and sealed documents.

A document is zlib-compressed, then sealed with XChaCha20-Poly1305 (IETF) under the team
key, with a random 24-byte nonce in front.  The associated data names the kind, the id,
the version and the team-key version, so a document the server swapped for another
dossier's, replayed at another version or relabelled with another key does not open.

The team key reaches a member wrapped in a ``crypto_box`` from the wrapping lead to the
member: the member opens it with the lead's public key, so it also proves which lead
wrapped it (a key slipped in by a database administrator does not open).
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
)
from nacl.exceptions import CryptoError
from nacl.public import Box, PrivateKey, PublicKey
from nacl.utils import random

from genwerkt_desktop.domain.errors import SealBroken

TEAM_KEY_BYTES: int = crypto_aead_xchacha20poly1305_ietf_KEYBYTES
NONCE_BYTES: int = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
COMPRESSION_LEVEL = 6


@dataclass(frozen=True)
class KeyPair:
    public: bytes
    # Never printed: a repr in a log or a traceback must not carry the private key.
    secret: bytes = field(repr=False)


def generate_keypair() -> KeyPair:
    secret = PrivateKey.generate()
    return KeyPair(public=bytes(secret.public_key), secret=bytes(secret))


def fingerprint(public_key: bytes) -> str:
    """Eight groups of four hex digits that two people can read out to each other."""
    digest = hashlib.blake2b(public_key, digest_size=16).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def new_team_key() -> bytes:
    return bytes(random(TEAM_KEY_BYTES))


def wrap_team_key(team_key: bytes, *, wrapper_secret: bytes, member_public: bytes) -> bytes:
    """The team key for one member, from the lead who wraps it (nonce included)."""
    box = Box(PrivateKey(wrapper_secret), PublicKey(member_public))
    return bytes(box.encrypt(team_key))


def unwrap_team_key(wrapped: bytes, *, member_secret: bytes, wrapper_public: bytes) -> bytes:
    """The team key, only when ``wrapper_public``'s owner wrapped it for this member."""
    try:
        box = Box(PrivateKey(member_secret), PublicKey(wrapper_public))
        key = bytes(box.decrypt(wrapped))
    except (CryptoError, ValueError, TypeError) as exc:
        raise SealBroken(
            "de teamsleutel gaat niet open: niet voor jou of niet door deze teamleider ingepakt"
        ) from exc
    if len(key) != TEAM_KEY_BYTES:
        raise SealBroken("de ingepakte teamsleutel heeft niet de juiste lengte")
    return key


def associated_data(kind: str, item_id: str, version: int, key_version: int) -> bytes:
    return f"genwerkt/{kind}/{item_id}/{version}/{key_version}".encode()


def seal(
    team_key: bytes, plaintext: bytes, *, kind: str, item_id: str, version: int, key_version: int
) -> bytes:
    nonce = bytes(random(NONCE_BYTES))
    body = crypto_aead_xchacha20poly1305_ietf_encrypt(
        zlib.compress(plaintext, COMPRESSION_LEVEL),
        associated_data(kind, item_id, version, key_version),
        nonce,
        team_key,
    )
    return nonce + bytes(body)


def open_sealed(
    team_key: bytes, sealed: bytes, *, kind: str, item_id: str, version: int, key_version: int
) -> bytes:
    """The plaintext, or SealBroken when anything about the document is not as named."""
    if len(sealed) <= NONCE_BYTES:
        raise SealBroken()
    nonce, body = sealed[:NONCE_BYTES], sealed[NONCE_BYTES:]
    try:
        packed = crypto_aead_xchacha20poly1305_ietf_decrypt(
            body, associated_data(kind, item_id, version, key_version), nonce, team_key
        )
    except (CryptoError, ValueError, TypeError) as exc:
        raise SealBroken() from exc
    try:
        return zlib.decompress(bytes(packed))
    except zlib.error as exc:
        raise SealBroken() from exc
