"""Overzicht: the tab, its view, its presenter and the phase form."""

from .tab import OverviewTab

__all__ = ["OverviewTab"]
