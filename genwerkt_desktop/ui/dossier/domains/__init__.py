"""Levensdomeinen & rechten: the tab, its view, its presenter and its forms."""

from .tab import DomainsTab

__all__ = ["DomainsTab"]
