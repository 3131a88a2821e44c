"""What the Ecogram tab shows, as frozen records the presenter hands to the view."""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.domain.model import Ecogram


@dataclass(frozen=True)
class ShownVersion:
    ecogram: Ecogram
    client_label: str  # the name in the centre of the drawing
    editable: bool  # only the newest version can be changed
    note: str  # which version this is, and what can be done with it


@dataclass(frozen=True)
class EcogramActions:
    editable: bool
    member_selected: bool
    can_undo: bool
    can_redo: bool
    can_compare: bool  # two versions or more
    has_version: bool  # a version is on screen (to delete)
