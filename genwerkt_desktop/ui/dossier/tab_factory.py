"""Builds one tab of the dossier by its name, when it is first shown.

Each tab's module is imported only here, at that moment (the preload thread has usually
done so already): together they take most of half a second to import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import DossierController
from .overview import OverviewTab

if TYPE_CHECKING:
    from .mindmap.tab import MindmapTab


@dataclass(frozen=True)
class DossierTabFactory:
    """What every tab is built with: the dossier's controller and the vault's services."""

    controller: DossierController
    workspace: Workspace
    runner: TaskRunner
    dialogs: Dialogs
    clock: Clock
    warn: Callable[[str], None]  # a write of the mind map that failed, in a sentence

    def build(self, name: str, parent: QWidget) -> QWidget:
        """A new tab ``name`` in ``parent``; ``KeyError`` for a name no tab has."""
        controller, dialogs, clock = self.controller, self.dialogs, self.clock
        workspace, runner = self.workspace, self.runner
        if name == "overview":
            return OverviewTab(controller, clock, parent)
        if name == "domains":
            from .domains import DomainsTab

            return DomainsTab(controller, dialogs, clock, parent)
        if name == "inner":
            from .inner import InnerTab

            return InnerTab(controller, dialogs, clock, parent)
        if name == "contacts":
            from .contacts import ContactsTab

            return ContactsTab(controller, dialogs, clock, parent)
        if name == "ecogram":
            from .ecogram import EcogramTab

            return EcogramTab(controller, workspace, runner, dialogs, clock, parent)
        if name == "balance":
            from .balance import BalanceTab

            return BalanceTab(controller, dialogs, clock, workspace, runner, parent)
        if name == "pop":
            from .pop import PopTab

            return PopTab(controller, workspace, runner, dialogs, clock, parent)
        if name == "collaboration":
            from .collaboration import CollaborationTab

            return CollaborationTab(controller, dialogs, clock, workspace, runner, parent)
        if name == "together":
            from .instruments import InstrumentsTab
            from .together import TogetherTab

            return TogetherTab(
                self._mindmap_tab(),
                InstrumentsTab(controller, dialogs, clock, workspace, runner),
                parent,
            )
        if name == "closure":
            from .closure import ClosureTab

            return ClosureTab(controller, workspace, runner, dialogs, clock, parent)
        raise KeyError(name)

    def _mindmap_tab(self) -> MindmapTab:
        from genwerkt_desktop.ui.export_flow import ExportFlow

        from .mindmap.tab import build_mindmap_tab, flow_export

        controller, workspace = self.controller, self.workspace

        def write(work: Callable[[DossierEdits, str], Changes]) -> None:
            controller.edit(work, failed=self.warn, initiator=tab)

        tab = build_mindmap_tab(
            save=lambda m: write(lambda edits, cid: edits.instruments.save_mindmap(cid, m)),
            remove=lambda mid: write(lambda edits, cid: edits.instruments.remove_mindmap(cid, mid)),
            dialogs=self.dialogs,
            clock=self.clock,
            export=flow_export(
                ExportFlow(workspace, self.runner, self.dialogs),
                lambda: tab,
                lambda: workspace.vault,
                lambda: controller.client_id,
            ),
        )
        return tab
