"""The tab Afsluiting & nazorg: closing a trajectory, the aftercare plan, the sheets."""

from .tab import ClosureTab

__all__ = ["ClosureTab"]
