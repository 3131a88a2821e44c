"""Overzicht: the tab, its view, its presenter and the phase form."""
