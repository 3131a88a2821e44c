"""Samen bekijken: the instruments a coach uses at the table with the client (a vacancy
read together, a choice weighed) and the record of a call from another service."""

from .tab import InstrumentsTab

__all__ = ["InstrumentsTab"]
