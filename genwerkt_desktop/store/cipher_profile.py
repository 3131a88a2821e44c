"""How a vault's database pages are encrypted, and the pragmas that say so to SQLCipher.

Always AES-256 with an HMAC on every page (integrity is a requirement); what varies is the
page size and the HMAC's hash.  SQLCipher must hear them on every connection after the key
and before the first read: a connection with another profile reads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

HMAC_ALGORITHMS: Final = ("HMAC_SHA256", "HMAC_SHA512")
_PAGE_SIZES: Final = tuple(1 << n for n in range(9, 17))  # 512 B .. 64 KiB


@dataclass(frozen=True)
class CipherProfile:
    """The page size and HMAC of one database; AES-256 always."""

    page_size: int
    hmac: str

    def __post_init__(self) -> None:
        if self.page_size not in _PAGE_SIZES or self.hmac not in HMAC_ALGORITHMS:
            raise ValueError(f"unsupported cipher profile: {self.page_size} {self.hmac}")

    def pragmas(self) -> tuple[str, ...]:
        """What a connection (or an attached database, with a schema prefix) sets."""
        return (f"cipher_page_size = {self.page_size}", f"cipher_hmac_algorithm = {self.hmac}")


# A header without a profile means SQLCipher 4's defaults, as every older vault has.
SQLCIPHER4_DEFAULTS: Final = CipherProfile(page_size=4096, hmac="HMAC_SHA512")
# New vaults: a quarter as many pages to authenticate, with a hash laptops compute in
# hardware (SHA-NI, ARMv8 crypto); measured at 2,000 clients in benchmarks/overhead.py.
NEW_VAULT_PROFILE: Final = CipherProfile(page_size=16384, hmac="HMAC_SHA256")
