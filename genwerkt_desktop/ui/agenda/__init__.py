"""The agenda across all clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .view import AgendaView

__all__ = ["AgendaView"]


def __getattr__(name: str) -> Any:
    # The view only when asked for: the dossier's models need ``agenda.model`` alone, and
    # the view is built when the Agenda is first opened.
    if name == "AgendaView":
        from .view import AgendaView

        return AgendaView
    raise AttributeError(name)
