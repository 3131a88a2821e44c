"""Closing a goal that still has open steps: per step, what becomes of it (done, no
longer needed, or moved to a goal that still runs).  No step disappears unasked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from genwerkt_desktop.domain.goal_closing import (
    OpenStep,
    StepChoice,
    StepFate,
    default_choice,
)
from genwerkt_desktop.domain.model import Goal
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.widgets.labels import label_of, owner_labels, step_status_labels

from .texts import goal_status_labels, overdue_text

ROWS_IN_SIGHT = 5  # more open steps than this scroll inside the dialog


@dataclass(frozen=True)
class ClosingQuestion:
    """The goal as it is about to be saved (closed), its open steps, and the goals that
    still run in the same dossier (where a step can move to)."""

    goal: Goal
    open_steps: tuple[OpenStep, ...]
    targets: tuple[Goal, ...]


def fate_label(choice: StepChoice, targets: dict[str, Goal]) -> str:
    if choice.fate is StepFate.MOVED and choice.to_goal_id in targets:
        return QCoreApplication.translate("PopClosing", "Verplaatsen naar “{goal}”").format(
            goal=targets[choice.to_goal_id].title
        )
    if choice.fate is StepFate.DONE:
        return QCoreApplication.translate("PopClosing", "Afgerond: de stap is gedaan")
    return QCoreApplication.translate(
        "PopClosing", "Niet meer nodig (wordt bewaard als “niet gelukt”)"
    )


def _detail(shown: OpenStep) -> str:
    step = shown.step
    parts = [
        label_of(owner_labels(), step.owner) + (f" ({step.owner_name})" if step.owner_name else ""),
        label_of(step_status_labels(), step.status),
    ]
    if step.due_on is not None:
        when = format_date(step.due_on)
        parts.append(
            overdue_text(when)
            if shown.overdue
            else QCoreApplication.translate("PopClosing", "tegen {date}").format(date=when)
        )
    return " · ".join(parts)


class ClosingDialog(FormDialog):
    """One row per open step: the step (who, status, by when) and a choice."""

    def __init__(self, question: ClosingQuestion, parent: QWidget | None = None) -> None:
        status = label_of(goal_status_labels(), question.goal.status).lower()
        super().__init__(
            QCoreApplication.translate("PopClosing", "Doel afsluiten"),
            QCoreApplication.translate(
                "PopClosing", "Wat gebeurt er met de stappen die nog open staan?"
            ),
            QCoreApplication.translate(
                "PopClosing",
                "“{goal}” wordt {status}, maar deze stappen zijn nog niet klaar. Kies per "
                "stap wat ermee gebeurt. Annuleren laat het doel zoals het was.",
            ).format(goal=question.goal.title, status=status),
            parent,
        )
        self.setObjectName("popClosingDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        targets = {g.id: g for g in question.targets}
        choices = [StepChoice(StepFate.MOVED, g.id) for g in question.targets]
        choices += [StepChoice(StepFate.DONE), StepChoice(StepFate.DROPPED)]
        default = default_choice(question.targets)

        inner = QWidget(self)
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        self.choices: dict[str, QComboBox] = {}
        for shown in question.open_steps:
            step = shown.step
            text = QLabel(f"<b>{_escaped(step.text)}</b>", inner)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            detail = QLabel(_detail(shown), inner)
            detail.setObjectName("mutedText" if not shown.overdue else "noticeText")
            detail.setWordWrap(True)
            combo = QComboBox(inner)
            # A long goal title never widens the dialog past the screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            combo.setAccessibleName(
                QCoreApplication.translate("PopClosing", "Wat gebeurt er met: {step}").format(
                    step=step.text
                )
            )
            combo.setAccessibleDescription(_detail(shown))
            for choice in choices:
                combo.addItem(fate_label(choice, targets), choice)
            combo.setCurrentIndex(choices.index(default))
            text.setBuddy(combo)
            rows.addWidget(text)
            rows.addWidget(detail)
            rows.addWidget(combo)
            rows.addSpacing(10)
            self.choices[step.id] = combo
        if len(question.open_steps) <= ROWS_IN_SIGHT:
            self.form.addRow(inner)
        else:
            rows.addStretch(1)
            scroll = QScrollArea(self)
            scroll.setObjectName("popClosingSteps")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(inner)
            scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 * ROWS_IN_SIGHT)
            self.form.addRow(scroll)
        first = next(iter(self.choices.values()), None)
        if first is not None:
            first.setFocus()

    def value(self) -> dict[str, StepChoice]:
        return {step_id: combo.currentData() for step_id, combo in self.choices.items()}


def _escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
