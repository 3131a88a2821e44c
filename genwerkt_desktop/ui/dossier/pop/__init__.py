"""The POP tab: goals in the client's words, their steps, progress and history."""

from .tab import PopTab

__all__ = ["PopTab"]
