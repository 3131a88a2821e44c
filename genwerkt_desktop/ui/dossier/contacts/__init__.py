"""Contactmomenten: the tab, its view and its presenter."""

from .tab import ContactsTab

__all__ = ["ContactsTab"]
