"""The dossier workspace on the demo vault (shared with the dossier tests), plus helpers
for the closure tab, the stores' raw bytes and the main window."""

from __future__ import annotations

from tests.ui.clients.support import demo_workspace, events, runner
from tests.ui.dossier.conftest import dossier_view

__all__ = ["demo_workspace", "dossier_view", "events", "runner"]
