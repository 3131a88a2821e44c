"""What the Balans tab shows and does: which assessment is on screen, a new one, removing
one, the exports.  Changes to the factors are :class:`FactorEdits` (undo and redo); every
change saves itself after a short pause (:class:`AutoSave`); the rules of the balance
live in ``domain.balance_editing``.  Every write names the tab as its initiator: the read-back of
its own save keeps the assessment, the chosen factor and the undo history.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing, draw
from genwerkt_desktop.domain.balance_editing import (
    latest,
    next_assessment,
)
from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import LifeDomain
from genwerkt_desktop.domain.model import Balance, Dossier, Observation
from genwerkt_desktop.services.dossier_edits import DossierEdits, new_id
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.export_flow import PDF_FILTER, ExportFlow
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.widgets.labels import domain_labels
from genwerkt_desktop.ui.wording.balance import balance_words

from .autosave import AutoSave, BalanceWrites
from .factor_edits import FactorEdits
from .tab_view import BalanceState, BalanceTabView, FactorChoice

PNG_FILTER = "PNG (*.png)"


class BalancePresenter(QObject):
    def __init__(
        self,
        view: BalanceTabView,
        controller: BalanceWrites,
        dialogs: Dialogs,
        clock: Clock,
        exports: ExportFlow,
        *,
        initiator: object,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._exports = exports
        self._initiator = initiator
        self._dossier: Dossier | None = None
        self._balance: Balance | None = None  # the assessment on screen, as edited
        self.autosave = AutoSave(
            controller, self.current, self._save_failed, initiator=initiator, parent=self
        )
        self.factors = FactorEdits(view, self.current, self._observations, self.show_edit, self)
        self.undo_stack = self.factors.undo_stack
        view.assessment_chosen.connect(self.open_assessment)
        view.note_edited.connect(self._note_edited)
        view.new_requested.connect(self.new_assessment)
        view.delete_requested.connect(self.delete_assessment)
        view.export_requested.connect(self.export)

    # -- the dossier

    def show(self, dossier: Dossier) -> None:
        """Another client, or the balances changed elsewhere: the stored assessment wins,
        unless edits of ours are still on their way."""
        same_client = self._dossier is not None and self._dossier.client.id == dossier.client.id
        self._dossier = dossier
        stored = {b.id: b for b in dossier.balances}
        current = self._balance.id if self._balance is not None and same_client else None
        if current is not None and self.autosave.busy():
            pass  # our own edits are newer than what the store sent back
        elif current is not None and current in stored:
            self._balance = stored[current]
        else:
            self._balance = latest(dossier.balances)
            self.factors.forget()
        self._show(animate=same_client, keep_choice=same_client)

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: what is on screen is at least as new; only the other
        assessments (the trend, the list of dates) are taken from the store."""
        self._dossier = dossier
        if self._balance is None:
            self._balance = latest(dossier.balances)  # ours was deleted
            self.factors.forget()
        self._show(animate=True, keep_choice=True)

    def clear(self) -> None:
        """Forget the client: nothing of theirs stays in a model, label or field."""
        if self._dossier is not None and self._controller.client_id == self._dossier.client.id:
            self.autosave.flush()
        self.autosave.cancel()
        self._dossier = None
        self._balance = None
        self.factors.forget()
        self._show(animate=False)
        self._view.close_large()

    def commit_pending(self) -> None:
        """Hand the assessment being edited to the worker now (the lock drains it)."""
        if self._dossier is not None:
            self.autosave.flush()

    # -- assessments

    def history(self) -> list[Balance]:
        """Every assessment, the one on screen as edited, oldest first."""
        if self._dossier is None:
            return []
        found = {b.id: b for b in self._dossier.balances}
        if self._balance is not None:
            found[self._balance.id] = self._balance
        return sorted(found.values(), key=lambda b: b.assessed_on)

    def current(self) -> Balance | None:
        return self._balance

    def open_assessment(self, balance_id: str) -> None:
        chosen = next((b for b in self.history() if b.id == balance_id), None)
        if chosen is None or (self._balance is not None and chosen.id == self._balance.id):
            return
        self.autosave.flush()
        self._balance = chosen
        self.factors.forget()
        self._show(animate=True)

    def new_assessment(self) -> None:
        """A new assessment dated today, starting from the latest one's factors."""
        if self._dossier is None:
            return
        self.autosave.flush()
        self._balance = next_assessment(self.history(), self._clock.today(), new_id)
        self.factors.forget()
        self._show(animate=True)
        self.autosave.save_now()
        self._view.focus_first_list()

    def delete_assessment(self) -> None:
        balance = self._balance
        if balance is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("BalanceTab", "Inschatting verwijderen"),
            QCoreApplication.translate(
                "BalanceTab",
                "De inschatting van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ).format(day=format_date(balance.assessed_on)),
        ):
            return
        self.autosave.cancel()
        self._balance = None

        def delete(edits: DossierEdits, client_id: str) -> Changes:
            return edits.delete_balance(client_id, balance.id)

        self._controller.edit(delete, failed=self._save_failed, initiator=self._initiator)

    def export(self, kind: str) -> None:
        if self._balance is None or self._dossier is None:
            return
        self.autosave.flush()  # the export reads in the same worker, after the save
        client = self._dossier.client
        name = f"balans-{client.called}-{self._balance.assessed_on}"
        self._exports.save(
            self._view,
            ExportKind.BALANCE,
            client.id,
            f"{name}.{kind}",
            PDF_FILTER if kind == "pdf" else PNG_FILTER,
            item_id=self._balance.id,
        )

    def show_edit(self, balance: Balance, select: FactorChoice | None) -> None:
        """Show an edited version (the undo stack calls this) and save it soon."""
        self._balance = balance
        self._show(animate=True, choose=select)
        self.autosave.soon()

    # -- helpers

    def _note_edited(self, text: str | None) -> None:
        if self._balance is not None and text != self._balance.note:
            self._balance = replace(self._balance, note=text)
            self.autosave.soon()

    def _observations(self) -> tuple[Observation, ...]:
        return self._dossier.observations if self._dossier is not None else ()

    def _save_failed(self, text: str) -> None:
        self._dialogs.warn(self._view, QCoreApplication.translate("BalanceTab", "Balans"), text)

    def _drawing(self) -> BalanceDrawing | None:
        if self._balance is None or self._dossier is None:
            return None
        client = self._dossier.client
        names: dict[LifeDomain | None, str] = dict(domain_labels())
        return draw(
            self._balance,
            self.history(),
            client.called,
            names,
            words=balance_words(),
        )

    def _show(
        self, *, animate: bool, choose: FactorChoice | None = None, keep_choice: bool = False
    ) -> None:
        state = BalanceState(
            dossier_open=self._dossier is not None,
            balance=self._balance,
            assessments=tuple((format_date(b.assessed_on), b.id) for b in reversed(self.history())),
            drawing=self._drawing(),
        )
        self._view.show_state(state, animate=animate, choose=choose, keep_choice=keep_choice)
