"""The coach's preferences: one typed registry with defaults, stored in an injected QSettings.

Every preference is declared once below (key, default, what is allowed).  Reading never
fails: a missing, garbled or out-of-range value reads as the default or is clamped into
range.  The application passes the platform's QSettings; tests pass an .ini in a temp
folder.  Nothing here is client data.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T")


class Language(StrEnum):
    DUTCH = "nl"
    ENGLISH = "en"


@dataclass(frozen=True)
class Setting(ABC, Generic[T]):
    """One preference: where it lives and what it is when nothing valid is stored."""

    key: str
    default: T

    @abstractmethod
    def parse(self, raw: object) -> T:
        """The stored value as T; the default when what is stored makes no sense."""

    @abstractmethod
    def check(self, value: T) -> T:
        """The value to store, or ValueError when it is not allowed."""


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    minimum: int = 0
    maximum: int = 2**31 - 1

    def parse(self, raw: object) -> int:
        try:
            value = int(str(raw).strip())
        except (TypeError, ValueError):
            return self.default
        return min(max(value, self.minimum), self.maximum)

    def check(self, value: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{self.key}: an integer is needed")
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.key}: {self.minimum}..{self.maximum}")
        return value


@dataclass(frozen=True)
class LanguageSetting(Setting[Language]):
    def parse(self, raw: object) -> Language:
        try:
            return Language(str(raw).strip().lower())
        except ValueError:
            return self.default

    def check(self, value: Language) -> Language:
        return Language(value)


@dataclass(frozen=True)
class TextSetting(Setting[str]):
    max_length: int = 200

    def parse(self, raw: object) -> str:
        return raw.strip()[: self.max_length] if isinstance(raw, str) else self.default

    def check(self, value: str) -> str:
        if not isinstance(value, str):
            raise ValueError(f"{self.key}: text is needed")
        return value.strip()[: self.max_length]


@dataclass(frozen=True)
class BytesSetting(Setting[QByteArray | None]):
    """Opaque window state (geometry, splitter sizes) as Qt saves it."""

    def parse(self, raw: object) -> QByteArray | None:
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else self.default

    def check(self, value: QByteArray | None) -> QByteArray | None:
        return value


IDLE_LOCK_MINUTES = IntSetting("vergrendelen/na_minuten_stilte", 5, minimum=1, maximum=120)
# While the coach is with a client (conversation mode): longer, but never above an hour.
CONVERSATION_LOCK_MINUTES = IntSetting(
    "vergrendelen/na_minuten_stilte_in_gesprek", 30, minimum=1, maximum=60
)
LANGUAGE = LanguageSetting("weergave/taal", Language.DUTCH)
RETENTION_YEARS = IntSetting("bewaren/jaren_na_afsluiten", 5, minimum=1, maximum=30)
COACH_NAME = TextSetting("coach/naam", "", max_length=120)
WINDOW_GEOMETRY = BytesSetting("hoofdvenster/geometrie", None)
CLIENTS_SPLITTER = BytesSetting("hoofdvenster/splitter", None)

PREFERENCES: tuple[Setting[Any], ...] = (  # what the settings dialog edits
    IDLE_LOCK_MINUTES,
    CONVERSATION_LOCK_MINUTES,
    LANGUAGE,
    RETENTION_YEARS,
    COACH_NAME,
)


class AppSettings(QObject):
    """Typed access to the preferences; says which key changed after each write."""

    changed = Signal(str)  # the key of the setting that changed

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def get(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return setting.default
        return setting.parse(self._store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        checked = setting.check(value)
        if self._store.contains(setting.key) and self.get(setting) == checked:
            return
        if checked is None:
            self._store.remove(setting.key)
        else:
            self._store.setValue(setting.key, checked)
        self._store.sync()
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[T]) -> None:
        self._store.remove(setting.key)
        self._store.sync()
        self.changed.emit(setting.key)

    # -- the preferences, typed

    @property
    def idle_lock_minutes(self) -> int:
        return self.get(IDLE_LOCK_MINUTES)

    @property
    def conversation_lock_minutes(self) -> int:
        return self.get(CONVERSATION_LOCK_MINUTES)

    @property
    def language(self) -> Language:
        return self.get(LANGUAGE)

    @property
    def retention_years(self) -> int:
        return self.get(RETENTION_YEARS)

    @property
    def coach_name(self) -> str:
        return self.get(COACH_NAME)

    def sync(self) -> None:
        self._store.sync()
