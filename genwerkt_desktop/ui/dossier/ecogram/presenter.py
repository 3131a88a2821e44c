"""What the Ecogram tab asks and shows: the dated versions of the client's network, the
one on screen, and saving the newest as it is drawn.

Only the newest version can be changed; older ones are shown as they were drawn (the
history stays true).  Every edit is saved about a second after the last one, and at once
before the lock, an export or another client (:class:`Autosave`); every write goes
through ``controller.edit`` with the tab as initiator, so its own saves come back
through :meth:`EcogramPresenter.keep` and the drawing is not drawn again.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.ecogram_drawing import day
from genwerkt_desktop.domain.ecogram_edits import new_version
from genwerkt_desktop.domain.model import Dossier, Ecogram, Organisation
from genwerkt_desktop.services.ecogram_export import client_label, export_comparison
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.worker import TaskRunner

from .autosave import Autosave
from .compare_view import CompareView
from .editor import EcogramEditor
from .member_edits import MemberEdits
from .pages import DrawingPage, EmptyPage
from .state import EcogramActions, ShownVersion

PICTURE_FILTERS = "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"


class EcogramScreen(Protocol):
    """The view the presenter drives: an empty page, the drawing, the comparison."""

    empty_page: EmptyPage
    draw: DrawingPage
    compare: CompareView

    def widget(self) -> QWidget: ...

    def pick_organisation(self) -> Organisation | None: ...

    def show_empty(self) -> None: ...

    def leave_empty(self) -> None: ...

    def show_compare(self) -> None: ...

    def show_drawing(self) -> None: ...

    def set_drawing_keys(self, on: bool) -> None: ...


class EcogramPresenter(QObject):
    def __init__(
        self,
        view: EcogramScreen,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._vault = workspace.vault
        self._dialogs = dialogs
        self._clock = clock
        self._client_id = ""
        self._client_label = ""
        self._versions: list[Ecogram] = []
        self._shown_id = ""
        self._reloaded = False  # the last dossier taken put another version in the editor
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)
        self.editor = EcogramEditor(self)
        self.edits = MemberEdits(view, self.editor, self.is_editable, self)
        self.autosave = Autosave(
            controller, self.editor, lambda: self._client_id, view, self._warn, self
        )
        self.editor.changed.connect(self._edited_version)
        self.editor.stack.canUndoChanged.connect(lambda _c: self._show_actions())
        self.editor.stack.canRedoChanged.connect(lambda _c: self._show_actions())
        draw = view.draw
        draw.scene.member_selected.connect(self._member_selected)
        draw.versions.version_chosen.connect(self.show_version)
        draw.new_version_requested.connect(self.new_version)
        draw.compare_requested.connect(self.open_compare)
        draw.export_requested.connect(self.export_picture)
        draw.delete_version_requested.connect(self.delete_version)
        view.empty_page.start_requested.connect(self.start_drawing)
        view.compare.back.connect(self.close_compare)
        view.compare.export_requested.connect(self.export_comparison)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        if self._take(dossier):
            self._show()

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: the drawing on screen is what was saved (or newer), so
        it is not drawn again; the versions and buttons take the fresh record."""
        before = self.shown()
        if self._take(dossier) and (self._reloaded or self.shown() != before):
            self._show()
        else:
            self._view.draw.show_versions(self._versions, self._shown_id)
            self._show_actions()

    def clear(self) -> None:
        """Save what is pending, then forget every name and note of this client."""
        self.autosave.save_now()
        self._client_id = ""
        self._client_label = ""
        self._versions = []
        self._shown_id = ""
        self.editor.load(None)
        self._view.draw.forget()
        self._view.compare.forget()
        self._view.show_empty()

    def commit_pending(self) -> None:
        """Hand the drawing to the controller now (the lock flushes the worker)."""
        self.autosave.save_now()

    # ------------------------------------------------------------------ versions

    def newest(self) -> Ecogram | None:
        return self._versions[-1] if self._versions else None

    def shown(self) -> Ecogram | None:
        return next((v for v in self._versions if v.id == self._shown_id), None)

    def is_editable(self) -> bool:
        newest = self.newest()
        return newest is not None and newest.id == self._shown_id

    def show_version(self, ecogram_id: str) -> None:
        if any(v.id == ecogram_id for v in self._versions):
            self._shown_id = ecogram_id
            self._show()

    def start_drawing(self) -> None:
        """The first version: just the client in the centre."""
        self._begin_version(new_version(None, str(uuid.uuid4()), self._clock.today()))

    def new_version(self) -> None:
        newest = self.newest()
        today = self._clock.today()
        if newest is not None and newest.drawn_on >= today:
            self._dialogs.inform(
                self._view.widget(),
                QCoreApplication.translate("EcogramTab", "Nieuwe versie"),
                QCoreApplication.translate(
                    "EcogramTab", "Er is al een versie van vandaag. Teken daarin verder."
                ),
            )
            return
        self._begin_version(new_version(newest, str(uuid.uuid4()), today))

    def delete_version(self) -> None:
        """Remove the version on screen for good, after the coach confirms; the newest
        remaining version is shown next (or the empty page)."""
        shown = self.shown()
        if shown is None or not self._client_id:
            return
        if not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("EcogramTab", "Versie verwijderen"),
            QCoreApplication.translate(
                "EcogramTab",
                "De versie van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ).format(day=day(shown.drawn_on)),
        ):
            return
        if shown.id == (self.editor.current.id if self.editor.current else ""):
            # Nothing pending may save it back, and the re-read must not keep it on screen.
            self.autosave.drop()
            self.editor.load(None)
        else:
            self.autosave.save_now()
        self._versions = [v for v in self._versions if v.id != shown.id]
        self._shown_id = ""
        if self._versions:
            newest = self._versions[-1]
            self._shown_id = newest.id
            if self.editor.current is None or self.editor.current.id != newest.id:
                self.editor.load(newest)
            self._show()
            self._view.draw.view.fit()
        else:
            self._view.draw.show_versions([], "")
            self._view.show_empty()
        shown_id = shown.id
        self._controller.edit(
            lambda edits, cid: edits.delete_ecogram(cid, shown_id),
            failed=self._warn,
            initiator=self._view,
        )

    def _begin_version(self, ecogram: Ecogram) -> None:
        if not self._client_id:
            return
        self.autosave.save_now()
        self._versions = [*self._versions, ecogram]
        self._shown_id = ecogram.id
        self._view.leave_empty()
        self.editor.load(ecogram)
        self.autosave.save(ecogram)
        self._view.draw.view.fit()

    # ------------------------------------------------------------------ showing

    def _take(self, dossier: Dossier) -> bool:
        """Take the dossier's versions, with the one being drawn as it is on screen
        (newer than what the store had when this was read).  False: none left, the
        empty page shows."""
        same = dossier.client.id == self._client_id
        self._client_id = dossier.client.id
        self._client_label = client_label(dossier.client)
        versions = sorted(dossier.ecograms, key=lambda e: e.drawn_on)
        local = self.editor.current if same else None
        if local is not None:
            if any(v.id == local.id for v in versions):
                versions = [local if v.id == local.id else v for v in versions]
            else:
                versions = sorted([*versions, local], key=lambda e: e.drawn_on)
        self._versions = versions
        self._reloaded = False
        if not versions:
            self.editor.load(None)
            self._shown_id = ""
            self._view.show_empty()
            return False
        newest = versions[-1]
        if local is None or local.id != newest.id:
            self._shown_id = newest.id
            self.editor.load(newest)
            self._reloaded = True
            self._view.draw.view.fit()
        elif self._shown_id not in {v.id for v in versions}:
            self._shown_id = newest.id
        self._view.leave_empty()
        return True

    def _show(self) -> None:
        shown = self.shown()
        draw = self._view.draw
        draw.show_versions(self._versions, self._shown_id)
        if shown is None:
            draw.scene.forget()
            return
        editable = self.is_editable()
        if editable:
            note = QCoreApplication.translate(
                "EcogramTab",
                "Versie van {day}. Sleep iemand om te verplaatsen; alles bewaart vanzelf.",
            ).format(day=day(shown.drawn_on))
        else:
            note = QCoreApplication.translate(
                "EcogramTab",
                "Oudere versie van {day}: alleen om te bekijken. "
                "Verder tekenen kan in de nieuwste versie.",
            ).format(day=day(shown.drawn_on))
        draw.show_version(ShownVersion(shown, self._client_label, editable, note))
        self._show_actions()

    def _show_actions(self) -> None:
        editable = self.is_editable()
        stack = self.editor.stack
        self._view.draw.show_actions(
            EcogramActions(
                editable=editable,
                member_selected=bool(self._view.draw.scene.selected_id()),
                can_undo=stack.canUndo(),
                can_redo=stack.canRedo(),
                can_compare=len(self._versions) >= 2,
                has_version=self.shown() is not None,
            )
        )
        self._view.set_drawing_keys(editable)

    def _edited_version(self, ecogram: Ecogram | None) -> None:
        if ecogram is None:
            return
        self._versions = [ecogram if v.id == ecogram.id else v for v in self._versions]
        if ecogram.id == self._shown_id:
            self._show()

    def _member_selected(self, node_id: str) -> None:
        self._view.draw.panel.show_member(self.shown(), node_id, self.is_editable())
        self._show_actions()

    def _warn(self, text: str) -> None:
        self._dialogs.warn(
            self._view.widget(), QCoreApplication.translate("EcogramTab", "Ecogram"), text
        )

    # ------------------------------------------------------------------ compare and export

    def open_compare(self) -> None:
        if len(self._versions) < 2:
            return
        self._view.compare.set_versions(self._versions, self._client_label)
        self._view.show_compare()

    def close_compare(self) -> None:
        self._view.show_drawing()

    def export_picture(self) -> None:
        shown = self.shown()
        if shown is None:
            return
        self.autosave.save_now()
        self.export_flow.save(
            self._view.widget(),
            ExportKind.ECOGRAM,
            self._client_id,
            f"ecogram-{self._client_label}-{shown.drawn_on.isoformat()}.pdf",
            PICTURE_FILTERS,
            item_id=shown.id,
        )

    def export_comparison(self, older_id: str, newer_id: str) -> None:
        newer = next((v for v in self._versions if v.id == newer_id), None)
        if newer is None or not self._client_id:
            return
        self.autosave.save_now()
        vault, client_id = self._vault, self._client_id

        def write(target: Path) -> Path:
            return export_comparison(vault, client_id, older_id, newer_id, target)

        self.export_flow.save_with(
            self._view.widget(),
            f"ecogram-vergelijking-{self._client_label}-{newer.drawn_on.isoformat()}.pdf",
            write,
        )
