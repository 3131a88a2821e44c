"""The Balans tab: draagkracht and draaglast weighed together, assessment by assessment."""

from .tab import BalanceTab

__all__ = ["BalanceTab"]
