"""Test doubles for the device key store. They refuse to exist outside a pytest run."""

from __future__ import annotations

import sys

from genwerkt_desktop.domain.errors import StateError


class MemoryKeyStore:
    """A ``KeyStore`` backed by a dict; ``unavailable`` simulates a device without a keyring."""

    def __init__(self, unavailable: str | None = None) -> None:
        if "pytest" not in sys.modules:
            raise RuntimeError("MemoryKeyStore is a test double and only runs under pytest")
        self.unavailable = unavailable
        self.keys: dict[str, bytes] = {}

    def availability(self) -> str | None:
        return self.unavailable

    def load(self, vault_id: str) -> bytes | None:
        if self.unavailable is not None:
            return None
        return self.keys.get(vault_id)

    def save(self, vault_id: str, db_key: bytes) -> None:
        if self.unavailable is not None:
            raise StateError(self.unavailable)
        self.keys[vault_id] = bytes(db_key)

    def forget(self, vault_id: str) -> None:
        self.keys.pop(vault_id, None)
