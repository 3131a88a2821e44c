"""Samenwerking: consent per organisation, warm referrals and meetings around the client."""

from .tab import CollaborationTab

__all__ = ["CollaborationTab"]
