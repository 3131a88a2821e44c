"""Changes to the factors of the assessment on screen, each one a step on an undo stack
(Ctrl+Z, Ctrl+Shift+Z).  The rules (adding, moving, picking from the dossier) live in
``domain.balance_editing``; what a change looks like afterwards is the presenter's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from genwerkt_desktop.domain.balance_editing import (
    add_factor,
    add_observations,
    clamp_weight,
    move_factor,
    remove_factor,
    replace_factor,
)
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance, BalanceFactor, Observation

from .assessment_change import AssessmentChange
from .tab_view import BalanceTabView, FactorChoice


class FactorEdits(QObject):
    def __init__(
        self,
        view: BalanceTabView,
        current: Callable[[], Balance | None],
        observations: Callable[[], tuple[Observation, ...]],
        show_edit: Callable[[Balance, FactorChoice | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._current = current  # the assessment as it is on screen
        self._observations = observations  # the dossier's strengths and needs
        self._show_edit = show_edit  # shows a version (after or before) and saves it soon
        self.undo_stack = QUndoStack(self)
        view.add_undo_actions(self.undo_stack)
        view.add_requested.connect(self.add_factor)
        view.edit_requested.connect(self.edit_factor)
        view.remove_requested.connect(self.remove_factor)
        view.move_requested.connect(self.move_factor)
        view.pick_requested.connect(self.pick_from_dossier)
        view.date_edited.connect(self.change_date)
        view.weight_requested.connect(self.set_weight)

    def forget(self) -> None:
        """Another assessment: the steps of this one cannot be undone any more."""
        self.undo_stack.clear()

    def add_factor(self, side: BalanceSide) -> None:
        if self._current() is not None:
            dialog = self._view.open_factor_dialog(None, side)
            dialog.submitted.connect(self._added)

    def edit_factor(self) -> None:
        chosen, balance = self._view.chosen_factor(), self._current()
        if chosen is None or balance is None:
            return
        side, position = chosen
        dialog = self._view.open_factor_dialog(balance.factors[position], side)
        dialog.submitted.connect(lambda factor: self._edited(position, factor))

    def remove_factor(self) -> None:
        chosen, balance = self._view.chosen_factor(), self._current()
        if chosen is None or balance is None:
            return
        self._change(
            remove_factor(balance, chosen[1]),
            QCoreApplication.translate("BalanceTab", "factor verwijderen"),
            None,
        )

    def move_factor(self, step: int) -> None:
        chosen, balance = self._view.chosen_factor(), self._current()
        if chosen is None or balance is None:
            return
        moved, position = move_factor(balance, chosen[1], step)
        self._change(
            moved,
            QCoreApplication.translate("BalanceTab", "factor verplaatsen"),
            (chosen[0], position),
        )

    def set_weight(self, weight: int) -> None:
        """The chosen factor's weight, set in place (a number key or the slider): one
        step on the undo stack, saved after the usual short pause."""
        chosen, balance = self._view.chosen_factor(), self._current()
        if chosen is None or balance is None:
            return
        side, position = chosen
        factor = balance.factors[position]
        self._change(
            replace_factor(balance, position, replace(factor, weight=clamp_weight(weight))),
            QCoreApplication.translate("BalanceTab", "gewicht wijzigen"),
            (side, position),
        )

    def pick_from_dossier(self) -> None:
        balance = self._current()
        if balance is not None:
            dialog = self._view.open_pick_dialog(balance, self._observations())
            dialog.submitted.connect(self._picked)

    def change_date(self, day: date) -> None:
        balance = self._current()
        if balance is not None and day != balance.assessed_on:
            self._change(
                replace(balance, assessed_on=day),
                QCoreApplication.translate("BalanceTab", "datum wijzigen"),
                None,
            )

    # -- helpers

    def _added(self, factor: BalanceFactor) -> None:
        balance = self._current()
        if balance is not None:
            self._change(
                add_factor(balance, factor),
                QCoreApplication.translate("BalanceTab", "factor toevoegen"),
                (factor.side, -1),
            )

    def _edited(self, position: int, factor: BalanceFactor) -> None:
        balance = self._current()
        if balance is not None:
            self._change(
                replace_factor(balance, position, factor),
                QCoreApplication.translate("BalanceTab", "factor bewerken"),
                (factor.side, position),
            )

    def _picked(self, picked: list[Observation]) -> None:
        balance = self._current()
        if balance is not None:
            self._change(
                add_observations(balance, picked),
                QCoreApplication.translate("BalanceTab", "uit sterktes en noden kiezen"),
                None,
            )

    def _change(self, after: Balance, text: str, select: FactorChoice | None) -> None:
        before = self._current()
        if before is None or after == before:
            return
        self.undo_stack.push(AssessmentChange(self._show_edit, before, after, text, select))
