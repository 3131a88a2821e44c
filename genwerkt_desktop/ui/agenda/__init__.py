"""The agenda across all clients."""

from .view import AgendaView

__all__ = ["AgendaView"]
