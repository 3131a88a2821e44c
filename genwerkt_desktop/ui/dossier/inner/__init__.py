"""Binnenkant & levensloop: the tab, its view, its presenter and its forms."""

from .tab import InnerTab

__all__ = ["InnerTab"]
