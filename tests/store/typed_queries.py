"""What a coach types into the client list, drawn from the words a store holds."""

from __future__ import annotations

import re
from itertools import pairwise

from sqlalchemy import text

from genwerkt_desktop.services.vault import OpenVault


def typed_queries(vault: OpenVault) -> list[str]:
    """The first one to six letters of words in the store, and some pairs of words."""
    with vault.db.read() as conn:
        bodies = conn.execute(text("SELECT body FROM search_text ORDER BY rowid")).scalars()
        words = sorted({w.lower() for b in bodies for w in re.findall(r"\w+", b)})
    picked = words[:: max(1, len(words) // 40)]
    queries = {w[:n] for w in picked for n in range(1, 7)}
    queries |= {f"{a} {b[:3]}" for a, b in pairwise(picked)}
    return sorted(queries)
