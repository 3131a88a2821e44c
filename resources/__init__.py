"""The shipped resources: demo dossiers, fonts, icons, the stylesheet, translations.

This folder sits at the top of the repository and is installed as the package
``genwerkt_desktop.resources`` (pyproject maps it), so a wheel, an editable install and a
frozen build all find it the same way, through ``importlib.resources``.  Nothing looks
for it next to the source tree.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Final

from genwerkt_desktop.domain.errors import StateError

# What the programs cannot do without.  Checked at start-up: a broken installation says
# what is missing instead of failing later in the middle of an export.
REQUIRED: Final = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"),
    ("demo", "01-ayse-yilmaz.json"),
    ("demo", "02-lukasz-wroblewski.json"),
    ("demo", "03-ioana-constantescu.json"),
    ("icons", "genwerkt.svg"),
    ("styles", "app.qss"),
    ("translations", "genwerkt_en.qm"),
)


class MissingResource(StateError):
    """The installation lacks a file it ships with (exit 2: reinstall, nothing is lost)."""


def root() -> Path:
    # Installed, editable and frozen layouts all keep these as plain files on disk.
    return Path(str(files(__name__)))


def resource(*parts: str) -> Path:
    """The path of a shipped file or folder (it may not exist: see :func:`require`)."""
    return root().joinpath(*parts)


def require(*parts: str) -> Path:
    """The path of a shipped file that must be there; ``MissingResource`` when it is not."""
    path = resource(*parts)
    if not path.exists():
        raise MissingResource(
            f"genwerkt is onvolledig geïnstalleerd: {'/'.join(parts)} ontbreekt "
            f"(verwacht in {root()})"
        )
    return path


def check_installation() -> None:
    """Fail loudly, at start-up, when a shipped file is missing."""
    for parts in REQUIRED:
        require(*parts)
