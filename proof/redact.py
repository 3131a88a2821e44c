"""Keep client text, secrets and run-specific paths out of the report.

A reason quotes the command's first stderr line, which may one day quote a name; the
report must never carry client text, so every reason goes through here first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_RECOVERY_CODE = re.compile(r"\b(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}\b")
MAX_REASON = 220


class Redactor:
    def __init__(self) -> None:
        self._texts: list[str] = []
        self._paths: list[tuple[str, str]] = []

    def add_texts(self, texts: Iterable[str]) -> None:
        """Client strings (and passphrases) to blank out; longest first so parts of a
        longer string do not leave the rest of it behind."""
        merged = {t for t in (*self._texts, *texts) if len(t) >= 3}
        self._texts = sorted(merged, key=len, reverse=True)

    def add_path(self, path: Path, label: str) -> None:
        """Paths of this run (temp folders) become a stable label, so reasons aggregate."""
        self._paths.append((str(path), label))
        self._paths.sort(key=lambda p: len(p[0]), reverse=True)

    def __call__(self, text: str) -> str:
        text = " ".join(text.split())  # one line, no control characters
        for raw, label in self._paths:
            text = text.replace(raw, label)
        for secret in self._texts:
            if secret in text:
                # Whole words only: the name "Werk" must not eat the middle of "genwerkt".
                text = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", "<client text>", text)
        text = _UUID.sub("<id>", text)
        text = _RECOVERY_CODE.sub("<code>", text)
        if len(text) > MAX_REASON:
            text = text[: MAX_REASON - 1] + "…"
        return text
