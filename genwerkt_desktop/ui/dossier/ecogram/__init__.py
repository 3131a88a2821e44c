"""The Ecogram tab of the dossier: editor, versions, comparison, exports."""

from .tab import EcogramTab

__all__ = ["EcogramTab"]
