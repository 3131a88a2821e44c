"""The sociale kaart: organisations and their contact persons."""

from .view import DirectoryView

__all__ = ["DirectoryView"]
