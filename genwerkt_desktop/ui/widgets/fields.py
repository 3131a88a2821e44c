"""Form building blocks: date fields that allow "no date", buttons, labels, failures.

Dates are shown the Flemish way (dd/mm/jjjj).  Times carry the time zone of the injected
clock, so a note entered at 10:00 is shown at 10:00 again.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from genwerkt_desktop.domain.errors import (
    DiskFull,
    GenwerktError,
    IntegrityFailure,
    OutputNotWritable,
    ReadOnlyDossier,
    StateError,
    StoreBusy,
)
from genwerkt_desktop.ui.style import restyle

log = logging.getLogger(__name__)

DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy  HH:mm"
_NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


def local_moment(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` in the clock's time zone (naive moments are taken as they are)."""
    if moment.tzinfo is None or zone is None:
        return moment
    return moment.astimezone(zone)


def format_moment(moment: datetime | None, zone: tzinfo | None) -> str:
    if moment is None:
        return ""
    return f"{local_moment(moment, zone):%d/%m/%Y %H:%M}"


class DateField(QDateEdit):
    """A date with a calendar; when ``optional`` it can also hold "no date"."""

    def __init__(
        self, accessible_name: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setAccessibleName(accessible_name)
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(QCoreApplication.translate("DateField", "geen datum"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, value: date | None, fallback: date | None = None) -> None:
        if value is None and self._optional:
            self.setDate(_NO_DATE)
            if fallback is not None:
                # The popup opens on the fallback; its selection signal would also set the
                # field's date, so it stays quiet while the field keeps "geen datum".
                calendar = self.calendarWidget()
                was_blocked = calendar.blockSignals(True)
                calendar.setSelectedDate(to_qdate(fallback))
                calendar.blockSignals(was_blocked)
            return
        chosen = value or fallback or date.today()
        self.setDate(to_qdate(chosen))

    def value(self) -> date | None:
        if self._optional and self.date() == _NO_DATE:
            return None
        return from_qdate(self.date())


class DateTimeField(QDateTimeEdit):
    """A date and a time of day, in the clock's time zone."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setCalendarPopup(True)
        self.setAccessibleName(accessible_name)
        self._zone: tzinfo | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # An empty field shows nothing rather than a made-up date.
        self.setMinimumDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
        self.setSpecialValueText(" ")

    def set_empty(self) -> None:
        self.setDateTime(self.minimumDateTime())

    def set_value(self, moment: datetime, zone: tzinfo | None) -> None:
        self._zone = zone
        local = local_moment(moment, zone)
        self.setDateTime(QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute)))

    def value(self) -> datetime:
        chosen = self.dateTime()
        day, time = chosen.date(), chosen.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self._zone
        )


def make_button(
    text: str, accessible_name: str, parent: QWidget, *, primary: bool = False
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    if primary:
        mark_primary(button)
    return button


def mark_primary(button: QPushButton) -> None:
    """The one main action of a form, in the accent colour of the stylesheet."""
    button.setObjectName("primaryButton")
    restyle(button)


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A field label whose mnemonic (``&``) moves the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def hint_label(text: str, parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("mutedText" if muted else "hintText")
    label.setWordWrap(True)
    return label


def section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label


def plain_text_field(
    accessible_name: str, parent: QWidget, lines: int = 4, *, grow: bool = False
) -> QPlainTextEdit:
    """Multi-line text where Tab moves on to the next field instead of typing a tab;
    ``lines`` high, or at least that high when it may ``grow``."""
    field = QPlainTextEdit(parent)
    field.setAccessibleName(accessible_name)
    field.setTabChangesFocus(True)
    height = field.fontMetrics().lineSpacing() * lines + 16
    field.setMinimumHeight(height)
    if not grow:
        field.setMaximumHeight(height)
    return field


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def failure_text(exc: BaseException) -> str:
    """A calm Dutch sentence for a failed read or write; never a traceback or content."""
    # Imported when needed: it brings the database driver, which start-up does without.
    from genwerkt_desktop.services.failures import user_error

    exc = user_error(exc) or exc
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate(
            "Failures", "De schijf is vol; er is niets verloren. Maak ruimte en probeer opnieuw."
        )
    if isinstance(exc, StoreBusy):
        return QCoreApplication.translate(
            "Failures",
            "De kluis is even in gebruik door een ander programma; er is niets verloren. "
            "Probeer het zo opnieuw.",
        )
    if isinstance(exc, OutputNotWritable):
        return QCoreApplication.translate(
            "Failures", "Het bestand kon niet bewaard worden: {detail}. Kies een andere plaats."
        ).format(detail=str(exc).rstrip("."))
    if isinstance(exc, IntegrityFailure):
        return QCoreApplication.translate(
            "Failures",
            "De kluis lijkt beschadigd; er is niets bewaard. Vergrendel, en zet via "
            "Kluis › Back-up terugzetten… een back-up terug in een nieuwe map.",
        )
    if isinstance(exc, ReadOnlyDossier):
        # A colleague holds it (team mode): say who, and that nothing went wrong.
        if exc.holder:
            return QCoreApplication.translate(
                "Failures",
                "Dit dossier is in handen van {holder}. Op dit toestel kunt u het alleen "
                "lezen; er is niets gewijzigd.",
            ).format(holder=exc.holder)
        return QCoreApplication.translate(
            "Failures",
            "Dit dossier is in handen van een collega. Op dit toestel kunt u het alleen "
            "lezen; er is niets gewijzigd.",
        )
    if isinstance(exc, StateError):
        return QCoreApplication.translate(
            "Failures", "Dat lukt nu niet: het dossier is intussen veranderd of verwijderd."
        )
    if isinstance(exc, ValueError | GenwerktError):
        return QCoreApplication.translate(
            "Failures", "Dat lukt niet: controleer wat u invulde en probeer opnieuw."
        )
    log.error("onverwachte fout in een dossierscherm: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "Failures",
        "Er ging iets onverwachts mis; er is niets bewaard. Probeer het opnieuw.",
    )
