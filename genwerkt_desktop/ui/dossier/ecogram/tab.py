"""The Ecogram tab: draw the client's network with them, keep dated versions, compare two.

Only the newest version can be changed; older ones are shown as they were drawn (the
history stays true), and "Nieuwe versie" starts a new one from the newest.  Every edit is
one undo step and is saved about a second after the last one (and at once before the
lock, an export or another client).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.ecogram_drawing import day
from genwerkt_desktop.domain.ecogram_edits import (
    add_node,
    default_category,
    move_node,
    new_version,
    node_of,
    remove_node,
    remove_tie,
    replace_node,
    set_tie,
)
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Dossier, Ecogram, EcogramNode, Organisation
from genwerkt_desktop.services.ecogram_export import client_label, export_comparison
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.widgets.fields import failure_text, hint_label, make_button
from genwerkt_desktop.ui.widgets.scrolling import column_scroll
from genwerkt_desktop.ui.worker import TaskRunner

from .compare_view import CompareView
from .editor import EcogramEditor
from .legend import LegendWidget
from .org_picker import pick_organisation
from .panel import MemberPanel
from .scene import EcogramScene
from .versions import VersionBar
from .view import EcogramView

SAVE_DELAY_MS = 1000
PICTURE_FILTERS = "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"


class EcogramTab(QWidget):
    parts = frozenset({Part.CLIENT, Part.ECOGRAMS})

    def __init__(
        self,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._workspace = workspace
        self._runner = runner
        self._dialogs = dialogs
        self._clock = clock
        self._client_id = ""
        self._client_label = ""
        self._versions: list[Ecogram] = []
        self._shown_id = ""
        self._dirty = False
        self.pick_organisation = lambda: pick_organisation(self, workspace.directory.search)
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)

        self.editor = EcogramEditor(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        # -- empty state
        self.empty_page = QWidget(self)
        self.empty_hint = hint_label(
            QCoreApplication.translate(
                "EcogramTab",
                "Nog geen ecogram. Teken samen met de cliënt wie er rond hen staat: "
                "gezin, familie, vrienden, buren, werk, diensten.",
            ),
            self.empty_page,
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = make_button(
            QCoreApplication.translate("EcogramTab", "&Teken het netwerk"),
            QCoreApplication.translate("EcogramTab", "Een eerste ecogram tekenen"),
            self,
            primary=True,
        )
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        # -- the drawing
        self.draw_page = QWidget(self)
        self.versions = VersionBar(self.draw_page)
        self.new_version_button = make_button(
            QCoreApplication.translate("EcogramTab", "Nieuwe &versie"),
            QCoreApplication.translate("EcogramTab", "Een nieuwe versie van vandaag maken"),
            self,
        )
        self.compare_button = make_button(
            QCoreApplication.translate("EcogramTab", "Verge&lijken…"),
            QCoreApplication.translate("EcogramTab", "Twee versies vergelijken"),
            self,
        )
        self.export_button = make_button(
            QCoreApplication.translate("EcogramTab", "PDF of &afbeelding…"),
            QCoreApplication.translate("EcogramTab", "Het ecogram als PDF, PNG of SVG bewaren"),
            self,
        )
        self.delete_version_button = make_button(
            QCoreApplication.translate("EcogramTab", "Versie verwij&deren…"),
            QCoreApplication.translate("EcogramTab", "De getoonde versie verwijderen"),
            self,
        )
        self.read_only_note = hint_label("", self.draw_page, muted=True)
        self.add_person_button = make_button(
            QCoreApplication.translate("EcogramTab", "+ &Persoon"),
            QCoreApplication.translate("EcogramTab", "Persoon toevoegen (Insert)"),
            self,
        )
        self.add_org_button = make_button(
            QCoreApplication.translate("EcogramTab", "+ &Organisatie…"),
            QCoreApplication.translate("EcogramTab", "Organisatie uit de sociale kaart toevoegen"),
            self,
        )
        self.delete_button = make_button(
            QCoreApplication.translate("EcogramTab", "Ver&wijderen"),
            QCoreApplication.translate("EcogramTab", "Gekozen lid verwijderen (Delete)"),
            self,
        )
        self.undo_button = make_button(
            QCoreApplication.translate("EcogramTab", "Ongedaan &maken"),
            QCoreApplication.translate("EcogramTab", "Ongedaan maken (Ctrl+Z)"),
            self,
        )
        self.redo_button = make_button(
            QCoreApplication.translate("EcogramTab", "Opn&ieuw"),
            QCoreApplication.translate("EcogramTab", "Opnieuw doen (Ctrl+Shift+Z)"),
            self,
        )
        self.zoom_out_button = make_button(
            "−", QCoreApplication.translate("EcogramTab", "Uitzoomen (min)"), self
        )
        self.zoom_in_button = make_button(
            "+", QCoreApplication.translate("EcogramTab", "Inzoomen (plus)"), self
        )
        self.fit_button = make_button(
            QCoreApplication.translate("EcogramTab", "Pa&ssend"),
            QCoreApplication.translate("EcogramTab", "Hele tekening tonen"),
            self,
        )
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(40)
        self.scene = EcogramScene(self)
        self.view = EcogramView(self.scene, self.draw_page)
        self.panel = MemberPanel(self.draw_page)
        self.legend = LegendWidget(self.draw_page)

        top = QHBoxLayout()
        top.addWidget(self.versions, 1)
        top.addWidget(self.new_version_button)
        top.addWidget(self.compare_button)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_version_button)
        tools = QHBoxLayout()
        for button in (
            self.add_person_button,
            self.add_org_button,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.panel)
        side.addStretch(1)
        side.addWidget(QLabel(QCoreApplication.translate("EcogramTab", "Legende"), self.draw_page))
        side.addWidget(self.legend)
        side_widget = QWidget(self.draw_page)
        side_widget.setLayout(side)
        side_scroll = column_scroll(side_widget, self.draw_page)
        side_scroll.setFixedWidth(330)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(side_scroll)
        page = QVBoxLayout(self.draw_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(self.read_only_note)
        page.addLayout(tools)
        page.addLayout(body, 1)

        self.compare = CompareView(self)
        self.stack = QStackedWidget(self)
        for widget in (self.empty_page, self.draw_page, self.compare):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)

        self._actions()
        self._connect()
        self.clear()

    def _actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot: object) -> QAction:
            made = QAction(text, self)
            made.setShortcut(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        ctrl_shift = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        self.undo_action = action(
            QCoreApplication.translate("EcogramTab", "Ongedaan maken"),
            QKeySequence.StandardKey.Undo,
            self.undo,
        )
        self.redo_action = action(
            QCoreApplication.translate("EcogramTab", "Opnieuw"),
            QKeySequence(ctrl_shift | Qt.Key.Key_Z),
            self.redo,
        )
        self.add_action = action(
            QCoreApplication.translate("EcogramTab", "Persoon toevoegen"),
            QKeySequence(ctrl_shift | Qt.Key.Key_A),
            self.add_person,
        )

    def _connect(self) -> None:
        self.editor.changed.connect(self._on_edited_version)
        self.editor.edited.connect(self._on_edit)
        self.editor.stack.canUndoChanged.connect(lambda _c: self._update_buttons())
        self.editor.stack.canRedoChanged.connect(lambda _c: self._update_buttons())
        self.scene.member_selected.connect(self._on_selected)
        self.scene.member_moved.connect(self._on_dragged)
        self.panel.node_edited.connect(self._on_node_edited)
        self.panel.tie_set.connect(self._on_tie_set)
        self.panel.tie_removed.connect(self._on_tie_removed)
        self.view.move_requested.connect(self.move_selected)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.add_requested.connect(self.add_person)
        self.versions.version_chosen.connect(self.show_version)
        self.start_button.clicked.connect(self.start_drawing)
        self.new_version_button.clicked.connect(self.new_version)
        self.compare_button.clicked.connect(self.open_compare)
        self.export_button.clicked.connect(self.export_picture)
        self.delete_version_button.clicked.connect(self.delete_version)
        self.add_person_button.clicked.connect(self.add_person)
        self.add_org_button.clicked.connect(lambda: self.add_organisation())
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.2))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 1.2))
        self.fit_button.clicked.connect(self.view.fit)
        self.compare.back.connect(self.close_compare)
        self.compare.export_requested.connect(self.export_comparison)

    # ------------------------------------------------------------------ the page protocol

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        same = dossier.client.id == self._client_id
        self._client_id = dossier.client.id
        self._client_label = client_label(dossier.client)
        versions = sorted(dossier.ecograms, key=lambda e: e.drawn_on)
        local = self.editor.current if same else None
        if local is not None:
            # What is on screen is newer than what the store had when this was read.
            if any(v.id == local.id for v in versions):
                versions = [local if v.id == local.id else v for v in versions]
            else:
                versions = sorted([*versions, local], key=lambda e: e.drawn_on)
        self._versions = versions
        if not versions:
            self.editor.load(None)
            self._shown_id = ""
            self.stack.setCurrentWidget(self.empty_page)
            return
        newest = versions[-1]
        if local is None or local.id != newest.id:
            self._shown_id = newest.id
            self.editor.load(newest)
            self.view.fit()
        elif self._shown_id not in {v.id for v in versions}:
            self._shown_id = newest.id
        if self.stack.currentWidget() is self.empty_page:
            self.stack.setCurrentWidget(self.draw_page)
        self._show()

    def clear(self) -> None:
        """Save what is pending, then forget every name and note of this client."""
        self.save_now()
        self._client_id = ""
        self._client_label = ""
        self._versions = []
        self._shown_id = ""
        self.editor.load(None)
        self.scene.forget()
        self.panel.forget()
        self.compare.forget()
        self.versions.set_versions([], "")
        self.read_only_note.clear()
        self.stack.setCurrentWidget(self.empty_page)

    def commit_pending(self) -> None:
        self.save_now()

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
                self,
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
            self,
            QCoreApplication.translate("EcogramTab", "Versie verwijderen"),
            QCoreApplication.translate(
                "EcogramTab",
                "De versie van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ).format(day=day(shown.drawn_on)),
        ):
            return
        if shown.id == (self.editor.current.id if self.editor.current else ""):
            # Nothing pending may save it back, and the re-read must not keep it on screen.
            self._save_timer.stop()
            self._dirty = False
            self.editor.load(None)
        else:
            self.save_now()
        self._versions = [v for v in self._versions if v.id != shown.id]
        self._shown_id = ""
        if self._versions:
            newest = self._versions[-1]
            self._shown_id = newest.id
            if self.editor.current is None or self.editor.current.id != newest.id:
                self.editor.load(newest)
            self._show()
            self.view.fit()
        else:
            self.versions.set_versions([], "")
            self.stack.setCurrentWidget(self.empty_page)
        self._controller.edit(
            lambda edits, cid: edits.delete_ecogram(cid, shown.id),
            failed=lambda text: self._dialogs.warn(
                self, QCoreApplication.translate("EcogramTab", "Ecogram"), text
            ),
        )

    def _begin_version(self, ecogram: Ecogram) -> None:
        if not self._client_id:
            return
        self.save_now()
        self._versions = [*self._versions, ecogram]
        self._shown_id = ecogram.id
        self.stack.setCurrentWidget(self.draw_page)
        self.editor.load(ecogram)
        self._controller.edit(
            lambda edits, cid: edits.save_ecogram(cid, ecogram), failed=self._save_failed
        )
        self.view.fit()

    # ------------------------------------------------------------------ showing

    def _show(self) -> None:
        shown = self.shown()
        editable = self.is_editable()
        self.versions.set_versions(self._versions, self._shown_id)
        if shown is None:
            self.scene.forget()
            return
        self.scene.show_ecogram(shown, self._client_label, editable)
        self.view.editable = editable
        self.panel.show_member(shown, self.scene.selected_id(), editable)
        if editable:
            self.read_only_note.setText(
                QCoreApplication.translate(
                    "EcogramTab",
                    "Versie van {day}. Sleep iemand om te verplaatsen; alles bewaart vanzelf.",
                ).format(day=day(shown.drawn_on))
            )
        else:
            self.read_only_note.setText(
                QCoreApplication.translate(
                    "EcogramTab",
                    "Oudere versie van {day}: alleen om te bekijken. "
                    "Verder tekenen kan in de nieuwste versie.",
                ).format(day=day(shown.drawn_on))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.is_editable()
        selected = bool(self.scene.selected_id())
        stack = self.editor.stack
        for button in (self.add_person_button, self.add_org_button):
            button.setEnabled(editable)
        self.delete_button.setEnabled(editable and selected)
        self.undo_button.setEnabled(editable and stack.canUndo())
        self.redo_button.setEnabled(editable and stack.canRedo())
        self.undo_action.setEnabled(editable)
        self.redo_action.setEnabled(editable)
        self.add_action.setEnabled(editable)
        self.compare_button.setEnabled(len(self._versions) >= 2)
        self.delete_version_button.setEnabled(self.shown() is not None)

    def _on_edited_version(self, ecogram: Ecogram | None) -> None:
        if ecogram is None:
            return
        self._versions = [ecogram if v.id == ecogram.id else v for v in self._versions]
        if ecogram.id == self._shown_id:
            self._show()

    def _on_selected(self, node_id: str) -> None:
        shown = self.shown()
        self.panel.show_member(shown, node_id, self.is_editable())
        self._update_buttons()

    # ------------------------------------------------------------------ edits

    def _apply(self, after: Ecogram, text: str, merge_key: str = "") -> None:
        if self.is_editable():
            self.editor.apply(after, text, merge_key)

    def undo(self) -> None:
        if self.is_editable():
            self.editor.stack.undo()

    def redo(self) -> None:
        if self.is_editable():
            self.editor.stack.redo()

    def add_person(self) -> None:
        current = self.editor.current
        if current is None or not self.is_editable():
            return
        node = EcogramNode(
            id=str(uuid.uuid4()),
            label=QCoreApplication.translate("EcogramTab", "Nieuwe persoon"),
            category=default_category(current, self.scene.selected_id()),
            strength=TieStrength.ORDINARY,
            quality=TieQuality.NEUTRAL,
            flow=SupportFlow.NONE,
        )
        self._apply(
            add_node(current, node), QCoreApplication.translate("EcogramTab", "Persoon toevoegen")
        )
        self.scene.select(node.id)
        self.panel.focus_label()

    def add_organisation(self, organisation: Organisation | None = None) -> None:
        current = self.editor.current
        if current is None or not self.is_editable():
            return
        chosen = organisation if organisation is not None else self.pick_organisation()
        if chosen is None:
            return
        node = EcogramNode(
            id=str(uuid.uuid4()),
            label=chosen.name,
            category=NodeCategory.SERVICES,
            organisation_id=chosen.id,
            strength=TieStrength.ORDINARY,
            quality=TieQuality.NEUTRAL,
            flow=SupportFlow.TO_CLIENT,
        )
        self._apply(
            add_node(current, node),
            QCoreApplication.translate("EcogramTab", "Organisatie toevoegen"),
        )
        self.scene.select(node.id)

    def delete_selected(self) -> None:
        current, node_id = self.editor.current, self.scene.selected_id()
        if current is None or not node_id:
            return
        self._apply(
            remove_node(current, node_id), QCoreApplication.translate("EcogramTab", "Verwijderen")
        )
        self.view.setFocus()

    def move_selected(self, dx: float, dy: float) -> None:
        current, node_id = self.editor.current, self.scene.selected_id()
        node = node_of(current, node_id) if current is not None and node_id else None
        if current is None or node is None:
            return
        x, y = (node.x or 0.0) + dx, (node.y or 0.0) + dy
        self._apply(
            move_node(current, node_id, x, y),
            QCoreApplication.translate("EcogramTab", "Verplaatsen"),
            f"move:{node_id}",
        )
        self.scene.select(node_id)

    def _on_dragged(self, node_id: str, x: float, y: float) -> None:
        current = self.editor.current
        if current is not None:
            self._apply(
                move_node(current, node_id, x, y),
                QCoreApplication.translate("EcogramTab", "Verplaatsen"),
            )

    def _on_node_edited(self, node: EcogramNode, merge_key: str) -> None:
        current = self.editor.current
        if current is not None:
            self._apply(
                replace_node(current, node),
                QCoreApplication.translate("EcogramTab", "Aanpassen"),
                merge_key,
            )

    def _on_tie_set(self, a: str, b: str, strength: object, quality: object) -> None:
        current = self.editor.current
        if current is not None and isinstance(strength, TieStrength):
            chosen = quality if isinstance(quality, TieQuality) else None
            self._apply(
                set_tie(current, a, b, strength, chosen),
                QCoreApplication.translate("EcogramTab", "Band leggen"),
            )

    def _on_tie_removed(self, a: str, b: str) -> None:
        current = self.editor.current
        if current is not None:
            self._apply(
                remove_tie(current, a, b), QCoreApplication.translate("EcogramTab", "Band weghalen")
            )

    # ------------------------------------------------------------------ saving

    def _on_edit(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        ecogram = self.editor.current
        if not self._dirty or ecogram is None or not self._client_id:
            return
        if self._controller.client_id != self._client_id:
            return
        self._dirty = False
        self._controller.edit(
            lambda edits, cid: edits.save_ecogram(cid, ecogram), failed=self._save_failed
        )

    def _save_failed(self, text: str) -> None:
        self._dirty = True
        self._dialogs.warn(self, QCoreApplication.translate("EcogramTab", "Ecogram"), text)

    # ------------------------------------------------------------------ compare and export

    def open_compare(self) -> None:
        if len(self._versions) < 2:
            return
        self.compare.set_versions(self._versions, self._client_label)
        self.stack.setCurrentWidget(self.compare)
        self.compare.older.setFocus()

    def close_compare(self) -> None:
        self.stack.setCurrentWidget(self.draw_page)
        self.view.setFocus()

    def _file_name(self, ecogram: Ecogram, extension: str = "") -> str:
        return f"ecogram-{self._client_label}-{ecogram.drawn_on.isoformat()}{extension}"

    def export_picture(self) -> None:
        shown = self.shown()
        if shown is None:
            return
        self.save_now()
        self.export_flow.save(
            self,
            ExportKind.ECOGRAM,
            self._client_id,
            self._file_name(shown, ".pdf"),
            PICTURE_FILTERS,
            item_id=shown.id,
        )

    def export_comparison(self, older_id: str, newer_id: str) -> None:
        newer = next((v for v in self._versions if v.id == newer_id), None)
        if newer is None or not self._client_id:
            return
        self.save_now()
        suggested = f"ecogram-vergelijking-{self._client_label}-{newer.drawn_on.isoformat()}.pdf"
        target = self._dialogs.save_file(
            self, QCoreApplication.translate("EcogramTab", "Bewaren als"), suggested, "PDF (*.pdf)"
        )
        if target is None:
            return
        target = target if target.suffix else target.with_suffix(".pdf")
        vault, client_id = self._workspace.vault, self._client_id

        def finished(path: Path) -> None:
            self.export_flow.written.emit(path)
            if self._dialogs.ask_yes_no(
                self,
                QCoreApplication.translate("EcogramTab", "Bewaard"),
                QCoreApplication.translate(
                    "EcogramTab", "Het bestand staat klaar in {folder}.\nNu openen?"
                ).format(folder=path.parent),
            ):
                self._dialogs.show_file(path)

        def failed(exc: BaseException) -> None:
            self._dialogs.warn(
                self, QCoreApplication.translate("EcogramTab", "Niet bewaard"), failure_text(exc)
            )

        self._runner.submit(
            lambda: export_comparison(vault, client_id, older_id, newer_id, target),
            finished,
            failed,
        )
