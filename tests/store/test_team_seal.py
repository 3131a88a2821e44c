"""Sealing team documents: what opens, and everything that must not."""

from __future__ import annotations

import re

import pytest

from genwerkt_desktop.domain.errors import SealBroken, StateError
from genwerkt_desktop.store.team_seal import (
    fingerprint,
    generate_keypair,
    new_team_key,
    open_sealed,
    seal,
    unwrap_team_key,
    wrap_team_key,
)

DOC = ('{"format": "genwerkt-dossier", "client": {"first_name": "Ayşe"}}' * 20).encode()
WHERE = {"kind": "dossier", "item_id": "c-1", "version": 3, "key_version": 1}


def test_a_sealed_document_opens_with_the_same_key_and_labels() -> None:
    key = new_team_key()
    sealed = seal(key, DOC, **WHERE)
    assert open_sealed(key, sealed, **WHERE) == DOC
    assert b"Ay" not in sealed and b"genwerkt-dossier" not in sealed
    assert len(sealed) < len(DOC)  # compressed before sealing
    assert seal(key, DOC, **WHERE) != sealed  # a fresh nonce every time


@pytest.mark.parametrize(
    "other",
    [
        {"item_id": "c-2"},
        {"version": 2},
        {"version": 4},
        {"key_version": 2},
        {"kind": "organisation"},
    ],
)
def test_a_document_under_another_label_does_not_open(other: dict[str, object]) -> None:
    key = new_team_key()
    sealed = seal(key, DOC, **WHERE)
    with pytest.raises(SealBroken):
        open_sealed(key, sealed, **{**WHERE, **other})  # type: ignore[arg-type]


def test_a_flipped_byte_a_cut_document_or_another_key_does_not_open() -> None:
    key = new_team_key()
    sealed = seal(key, DOC, **WHERE)
    for at in (0, 30, len(sealed) - 1):
        flipped = bytearray(sealed)
        flipped[at] ^= 0x01
        with pytest.raises(SealBroken):
            open_sealed(key, bytes(flipped), **WHERE)
    with pytest.raises(SealBroken):
        open_sealed(key, sealed[:20], **WHERE)
    with pytest.raises(SealBroken):
        open_sealed(new_team_key(), sealed, **WHERE)


def test_the_team_key_unwraps_for_its_member_from_its_lead_only() -> None:
    lead, member, stranger = generate_keypair(), generate_keypair(), generate_keypair()
    key = new_team_key()
    wrapped = wrap_team_key(key, wrapper_secret=lead.secret, member_public=member.public)
    assert unwrap_team_key(wrapped, member_secret=member.secret, wrapper_public=lead.public) == key
    # Wrapped by someone else (a database administrator's own key pair): refused.
    forged = wrap_team_key(key, wrapper_secret=stranger.secret, member_public=member.public)
    with pytest.raises(SealBroken):
        unwrap_team_key(forged, member_secret=member.secret, wrapper_public=lead.public)
    # Not for this member.
    with pytest.raises(SealBroken):
        unwrap_team_key(wrapped, member_secret=stranger.secret, wrapper_public=lead.public)
    assert isinstance(SealBroken(), StateError)


def test_fingerprints_are_readable_and_tell_keys_apart() -> None:
    one, two = generate_keypair(), generate_keypair()
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", fingerprint(one.public))
    assert fingerprint(one.public) == fingerprint(one.public)
    assert fingerprint(one.public) != fingerprint(two.public)
    assert repr(one.secret) not in repr(one)  # a logged key pair shows no private key
    assert len(one.public) == 32 and len(one.secret) == 32
