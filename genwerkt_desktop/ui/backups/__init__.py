"""Back-ups in the app, and the Kluis menu's record keeping (logboek, bewaartermijn)."""

from .tools import VaultTools

__all__ = ["VaultTools"]
