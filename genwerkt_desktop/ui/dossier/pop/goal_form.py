"""The goal form beside the list, with the SMART panel that asks what is still missing.

The panel guides the conversation; it never stops a save.  The form only edits: the
tab decides when to save (Bewaren, or before a step change, or when the lock comes).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import GoalStatus, LifeDomain
from genwerkt_desktop.domain.model import Goal
from genwerkt_desktop.domain.smart import check_smart
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    hint_label,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import domain_labels
from genwerkt_desktop.ui.widgets.sheet_hint import (
    ClientSheetHint,
    set_client_names,
    with_sheet_hint,
)

from .texts import goal_status_labels, smart_complete_text, smart_questions

NO_DOMAIN = ""


def _clean(text: str) -> str | None:
    text = text.strip()
    return text or None


class SmartPanel(QFrame):
    """Plain questions for what the goal still misses; a calm tick when nothing does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(
            section_title(QCoreApplication.translate("GoalForm", "Is het doel duidelijk?"), self)
        )
        self.questions = QLabel(self)
        self.questions.setWordWrap(True)
        self.questions.setAccessibleName(
            QCoreApplication.translate("GoalForm", "Vragen bij het doel")
        )
        layout.addWidget(self.questions)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "GoalForm", "Deze vragen helpen alleen; bewaren kan altijd."
                ),
                self,
                muted=True,
            )
        )

    def show_goal(self, goal: Goal, today: date) -> None:
        asked = smart_questions(check_smart(goal, today))
        if asked:
            self.questions.setText("\n".join(f"• {q}" for q in asked))
        else:
            self.questions.setText(f"✓ {smart_complete_text()}")

    def clear(self) -> None:
        self.questions.clear()


class GoalForm(QWidget):
    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._base: Goal | None = None
        self._loading = False
        self.dirty = False
        self.title = QLineEdit(self)
        self.title.setAccessibleName(QCoreApplication.translate("GoalForm", "Titel van het doel"))
        self.client_words = plain_text_field(
            QCoreApplication.translate("GoalForm", "Het doel in de woorden van de cliënt"), self, 3
        )
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(QCoreApplication.translate("GoalForm", "Levensdomein"))
        self.domain.addItem(
            QCoreApplication.translate("GoalForm", "Geen bepaald domein"), NO_DOMAIN
        )
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.due_on = DateField(
            QCoreApplication.translate("GoalForm", "Tegen wanneer"), optional=True, parent=self
        )
        self.status = QComboBox(self)
        self.status.setAccessibleName(QCoreApplication.translate("GoalForm", "Status van het doel"))
        for status, label in goal_status_labels().items():
            self.status.addItem(label, status.value)
        self.measure = plain_text_field(
            QCoreApplication.translate("GoalForm", "Waaraan ziet u dat het bereikt is"), self, 2
        )
        self.agreed = QCheckBox(
            QCoreApplication.translate("GoalForm", "De cliënt staat achter dit doel"), self
        )
        self.agreed.setAccessibleName(
            QCoreApplication.translate("GoalForm", "De cliënt staat achter dit doel")
        )
        self.realistic = plain_text_field(
            QCoreApplication.translate("GoalForm", "Waarom het haalbaar is"), self, 2
        )
        self.smart = SmartPanel(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        rows = (
            (QCoreApplication.translate("GoalForm", "&Doel"), self.title),
            (QCoreApplication.translate("GoalForm", "In &eigen woorden"), self.client_words),
            (QCoreApplication.translate("GoalForm", "Levens&domein"), self.domain),
            (QCoreApplication.translate("GoalForm", "&Tegen"), self.due_on),
            (QCoreApplication.translate("GoalForm", "&Status"), self.status),
            (QCoreApplication.translate("GoalForm", "&Bereikt als"), self.measure),
            ("", self.agreed),
            (QCoreApplication.translate("GoalForm", "&Haalbaar omdat"), self.realistic),
        )
        # The goal, its words and how to see it worked out stand on the client's step plan.
        on_sheet = (self.title, self.client_words, self.measure)
        self.sheet_hints: list[ClientSheetHint] = []
        self._names: tuple[str | None, ...] = ()
        for label, field in rows:
            shown: QWidget = field
            if field in on_sheet:
                shown, hint = with_sheet_hint(field, self)  # type: ignore[arg-type]
                self.sheet_hints.append(hint)
            form.addRow(buddy_label(label, field, self) if label else QLabel(self), shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.smart)

        for signal in (
            self.title.textChanged,
            self.client_words.textChanged,
            self.measure.textChanged,
            self.realistic.textChanged,
            self.domain.currentIndexChanged,
            self.status.currentIndexChanged,
            self.due_on.dateChanged,
            self.agreed.toggled,
        ):
            signal.connect(self._changed)

    def set_today(self, today: date) -> None:
        self._today = today

    def set_client_names(self, names: tuple[str | None, ...]) -> None:
        """Whose plan this is: a text that names the client suggests the je-form."""
        self._names = names
        set_client_names(self.sheet_hints, names)

    def client_names(self) -> tuple[str | None, ...]:
        return self._names

    def base(self) -> Goal | None:
        return self._base

    def rebase(self, goal: Goal) -> None:
        """Edit the stored ``goal`` from now on (its steps, its id), keeping what is typed."""
        self._base = goal

    def set_goal(self, goal: Goal | None) -> None:
        """Show ``goal``; None starts a new, empty goal."""
        self._loading = True
        self._base = goal
        self.title.setText(goal.title if goal else "")
        self.client_words.setPlainText(goal.client_words or "" if goal else "")
        select_data(self.domain, goal.domain.value if goal and goal.domain else NO_DOMAIN)
        self.due_on.set_value(goal.due_on if goal else None)
        select_data(self.status, (goal.status if goal else GoalStatus.OPEN).value)
        self.measure.setPlainText(goal.measure or "" if goal else "")
        self.agreed.setChecked(bool(goal and goal.agreed_by_client))
        self.realistic.setPlainText(goal.realistic_note or "" if goal else "")
        self._loading = False
        self.dirty = False
        self.smart.show_goal(self.value(), self._today)

    def set_status(self, status: GoalStatus) -> None:
        """Choose ``status`` as the coach would (it counts as an edit)."""
        select_data(self.status, status.value)

    def clear(self) -> None:
        self._loading = True
        self._base = None
        for field in (self.title,):
            field.clear()
        for text in (self.client_words, self.measure, self.realistic):
            text.clear()
        self.agreed.setChecked(False)
        self.smart.clear()
        self._loading = False
        self.dirty = False

    def has_title(self) -> bool:
        return bool(self.title.text().strip())

    def value(self) -> Goal:
        """The goal as the form holds it, steps and order of the shown goal kept."""
        domain = self.domain.currentData()
        base = self._base or Goal(id=new_id(), title="", status=GoalStatus.OPEN)
        return replace(
            base,
            title=self.title.text().strip(),
            client_words=_clean(self.client_words.toPlainText()),
            domain=LifeDomain(domain) if domain else None,
            due_on=self.due_on.value(),
            status=GoalStatus(self.status.currentData()),
            measure=_clean(self.measure.toPlainText()),
            # Unticked is "not (yet) agreed": the SMART question keeps asking.
            agreed_by_client=True if self.agreed.isChecked() else None,
            realistic_note=_clean(self.realistic.toPlainText()),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.smart.show_goal(self.value(), self._today)
        self.edited.emit()
