"""A cliëntoverleg or rondetafel: the frame, who takes part, how the client was prepared,
the themes one by one with the client's view and the agreements, privacy and feedback."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import MeetingKind
from genwerkt_desktop.domain.model import ClientPrepared, Meeting
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateTimeField,
    buddy_label,
    hint_label,
    plain_text_field,
)

from .labels import meeting_kind_labels
from .meeting_parts import ParticipantsEditor, ThemesEditor
from .org_choice import OrganisationChoice


def _clean(text: str) -> str | None:
    return text.strip() or None


def _prepared_items() -> list[tuple[str, str]]:
    """(field of ClientPrepared, what was talked through with the client beforehand)."""
    return [
        ("what_it_is", QCoreApplication.translate("MeetingDialog", "Wat een overleg is")),
        (
            "why_and_consequences",
            QCoreApplication.translate(
                "MeetingDialog", "Waarom dit overleg, en wat het kan betekenen"
            ),
        ),
        ("who_attends", QCoreApplication.translate("MeetingDialog", "Wie er komt, en waarom")),
        ("how_it_goes", QCoreApplication.translate("MeetingDialog", "Hoe het verloopt")),
        (
            "what_is_shared",
            QCoreApplication.translate("MeetingDialog", "Wat er gedeeld wordt, en wat niet"),
        ),
        ("themes", QCoreApplication.translate("MeetingDialog", "Welke thema's op tafel komen")),
    ]


def _scrolled(tabs: QTabWidget, inner: QWidget, title: str) -> None:
    area = QScrollArea(tabs)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    tabs.addTab(area, title)


class MeetingDialog(FormDialog):
    def __init__(
        self,
        existing: Meeting | None,
        organisations: OrganisationChoice,
        clock: Clock,
        coach_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MeetingDialog", "Overleg"),
            QCoreApplication.translate("MeetingDialog", "Samen rond de tafel"),
            QCoreApplication.translate(
                "MeetingDialog",
                "De cliënt staat centraal: bereid het overleg samen voor, en noteer bij elk "
                "thema eerst wat de cliënt ervan denkt.",
            ),
            parent,
        )
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 28)
        self._existing = existing
        zone = clock.now().tzinfo
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(
            QCoreApplication.translate("MeetingDialog", "Onderdelen van het overleg")
        )
        # Every part's tab in view: without scroll buttons the form is as wide as its tabs
        # ask, and "Privacy en terugkoppeling" no longer hides behind an arrow (issue 16).
        self.tabs.setUsesScrollButtons(False)
        self.form.addRow(self.tabs)

        # -- the frame
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(page)
        self.kind.setAccessibleName(QCoreApplication.translate("MeetingDialog", "Soort overleg"))
        for kind, label in meeting_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.at = DateTimeField(QCoreApplication.translate("MeetingDialog", "Dag en uur"), page)
        self.place = QLineEdit(page)
        self.place.setAccessibleName(QCoreApplication.translate("MeetingDialog", "Plaats"))
        self.purpose = plain_text_field(
            QCoreApplication.translate("MeetingDialog", "Doel van het overleg"), page, lines=3
        )
        self.coordinator = QLineEdit(page)
        self.coordinator.setAccessibleName(
            QCoreApplication.translate("MeetingDialog", "Gespreksleider")
        )
        self.client_attends = QCheckBox(
            QCoreApplication.translate("MeetingDialog", "De cliënt is erbij"), page
        )
        for label, field in (
            (QCoreApplication.translate("MeetingDialog", "&Soort"), self.kind),
            (QCoreApplication.translate("MeetingDialog", "&Wanneer"), self.at),
            (QCoreApplication.translate("MeetingDialog", "&Plaats"), self.place),
            (QCoreApplication.translate("MeetingDialog", "&Doel"), self.purpose),
            (QCoreApplication.translate("MeetingDialog", "&Gespreksleider"), self.coordinator),
        ):
            form.addRow(buddy_label(label, field, page), field)
        form.addRow("", self.client_attends)
        self.tabs.addTab(page, QCoreApplication.translate("MeetingDialog", "Overleg"))

        # -- participants
        self.participants = ParticipantsEditor(organisations, self.tabs)
        _scrolled(
            self.tabs, self.participants, QCoreApplication.translate("MeetingDialog", "Deelnemers")
        )

        # -- preparation with the client
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        column.addWidget(
            hint_label(
                QCoreApplication.translate("MeetingDialog", "Wat overliep u vooraf met de cliënt?"),
                page,
            )
        )
        self.prepared: dict[str, QCheckBox] = {}
        for name, label in _prepared_items():
            box = QCheckBox(label, page)
            box.setAccessibleName(label)
            self.prepared[name] = box
            column.addWidget(box)
        column.addStretch(1)
        self.tabs.addTab(page, QCoreApplication.translate("MeetingDialog", "Voorbereiding"))

        # -- themes and agreements
        self.themes = ThemesEditor(clock.today(), self.tabs)
        _scrolled(
            self.tabs,
            self.themes,
            QCoreApplication.translate("MeetingDialog", "Thema's en afspraken"),
        )

        # -- privacy and feedback
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.privacy = plain_text_field(
            QCoreApplication.translate("MeetingDialog", "Afspraken over privacy"), page, lines=3
        )
        self.feedback = plain_text_field(
            QCoreApplication.translate("MeetingDialog", "Afspraken over terugkoppeling"),
            page,
            lines=3,
        )
        form.addRow(
            buddy_label(
                QCoreApplication.translate("MeetingDialog", "P&rivacy"), self.privacy, page
            ),
            self.privacy,
        )
        form.addRow(
            buddy_label(
                QCoreApplication.translate("MeetingDialog", "&Terugkoppeling"), self.feedback, page
            ),
            self.feedback,
        )
        self.tabs.addTab(
            page, QCoreApplication.translate("MeetingDialog", "Privacy en terugkoppeling")
        )

        if existing is None:
            start = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
            self.at.set_value(start, zone)
            select_data(self.kind, MeetingKind.ROUND_TABLE.value)
            self.coordinator.setText(coach_name)
            self.client_attends.setChecked(True)
        else:
            self._fill(existing, zone)
        self.place.setFocus()

    def _fill(self, meeting: Meeting, zone: tzinfo | None) -> None:
        select_data(self.kind, (meeting.kind or MeetingKind.CLIENT_MEETING).value)
        self.at.set_value(meeting.at, zone)
        self.place.setText(meeting.place or "")
        self.purpose.setPlainText(meeting.purpose or "")
        self.coordinator.setText(meeting.coordinator or "")
        self.client_attends.setChecked(bool(meeting.client_attends))
        self.participants.set_participants(meeting.participants)
        prepared = meeting.client_prepared or ClientPrepared()
        for name, box in self.prepared.items():
            box.setChecked(bool(getattr(prepared, name)))
        self.themes.set_themes(meeting.themes)
        self.privacy.setPlainText(meeting.privacy_agreements or "")
        self.feedback.setPlainText(meeting.feedback_agreements or "")

    def value(self) -> Meeting:
        return Meeting(
            id=self._existing.id if self._existing is not None else new_id(),
            at=self.at.value(),
            kind=MeetingKind(self.kind.currentData()),
            place=_clean(self.place.text()),
            purpose=_clean(self.purpose.toPlainText()),
            coordinator=_clean(self.coordinator.text()),
            client_attends=self.client_attends.isChecked(),
            participants=self.participants.participants(),
            client_prepared=ClientPrepared(
                **{name: box.isChecked() for name, box in self.prepared.items()}
            ),
            themes=self.themes.themes(),
            privacy_agreements=_clean(self.privacy.toPlainText()),
            feedback_agreements=_clean(self.feedback.toPlainText()),
        )
