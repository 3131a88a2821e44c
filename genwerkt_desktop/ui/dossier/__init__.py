"""The dossier workspace: the tabs that show and edit one client's dossier."""

from .workspace import DossierWorkspace

__all__ = ["DossierWorkspace"]
