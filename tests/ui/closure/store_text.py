"""Look for a text everywhere a vault keeps it: every table (the full-text index's shadow
tables included, through SQL) and every page of the database file, decrypted page by page
with the vault's key the way SQLCipher 4 lays them out, so freed pages count too."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store.cipher_profile import CipherProfile

IV = 16
HMAC_BYTES = {"HMAC_SHA256": 32, "HMAC_SHA512": 64}
SALT = 16  # the first page starts with the file's salt


def tables_holding(vault: OpenVault, needle: str) -> set[str]:
    """Every table with a cell that contains ``needle`` (case-insensitive, bytes too)."""
    wanted = needle.casefold().encode()
    found: set[str] = set()
    with vault.db.read() as conn:
        names = [
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        ]
        for name in names:
            for row in conn.execute(text(f'SELECT * FROM "{name}"')):
                for cell in row:
                    if cell is None:
                        continue
                    raw = cell if isinstance(cell, bytes) else str(cell).encode()
                    if wanted in raw.lower():
                        found.add(name)
    return found


def decrypted_pages(path: Path, key: bytes, cipher: CipherProfile) -> bytes:
    """Every page of ``path`` decrypted, laid out as ``cipher`` (the vault header's) has it:
    per page the body, then a 16-byte IV and the HMAC (padded to whole AES blocks)."""
    size = cipher.page_size
    reserve = -(-(IV + HMAC_BYTES[cipher.hmac]) // 16) * 16
    data = path.read_bytes()
    out = []
    for start in range(0, len(data), size):
        page = data[start : start + size]
        iv = page[size - reserve : size - reserve + IV]
        body = page[SALT : size - reserve] if start == 0 else page[: size - reserve]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(out)
