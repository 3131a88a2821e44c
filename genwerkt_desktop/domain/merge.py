"""Three-way merge of a record: what the coach changed in a form, laid over what changed
elsewhere meanwhile (the agenda ticked a moment off), so a save never writes back a
stale copy.

``base`` is the record as the form was filled, ``mine`` the form now, ``theirs`` the
record as stored now.  Field by field (and item by item in lists of equal length): a
field only one side changed takes that side's value; a field both changed differently
keeps the coach's value and is reported as a conflict.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Merged(Generic[T]):
    value: T
    taken: tuple[str, ...] = ()  # paths taken from the stored record (changed elsewhere)
    conflicts: tuple[str, ...] = ()  # paths both changed; the coach's value was kept

    @property
    def changed_elsewhere(self) -> bool:
        return bool(self.taken or self.conflicts)


def merge_over(base: T | None, mine: T, stored: T | None) -> Merged[T]:
    """``mine`` laid over what is ``stored`` now; with nothing to compare (no base, nothing
    stored, or nothing changed since ``base``) it is simply ``mine``."""
    if base is None or stored is None or stored == base:
        return Merged(mine)
    return merge(base, mine, stored)


def merge(base: T, mine: T, theirs: T) -> Merged[T]:
    taken: list[str] = []
    conflicts: list[str] = []
    value = _merge(base, mine, theirs, "", taken, conflicts)
    return Merged(value, tuple(taken), tuple(conflicts))


def _merge(
    base: Any, mine: Any, theirs: Any, path: str, taken: list[str], conflicts: list[str]
) -> Any:
    if theirs in (base, mine):
        return mine
    if mine == base:
        taken.append(path or "$")
        return theirs
    if (
        dataclasses.is_dataclass(base)
        and type(base) is type(mine) is type(theirs)
        and not isinstance(base, type)
    ):
        changes = {
            f.name: _merge(
                getattr(base, f.name),
                getattr(mine, f.name),
                getattr(theirs, f.name),
                f"{path}.{f.name}",
                taken,
                conflicts,
            )
            for f in dataclasses.fields(base)
        }
        return dataclasses.replace(mine, **changes)  # type: ignore[type-var]
    if (
        isinstance(base, tuple)
        and isinstance(mine, tuple)
        and isinstance(theirs, tuple)
        and len(base) == len(mine) == len(theirs)
    ):
        return tuple(
            _merge(b, m, t, f"{path}[{i}]", taken, conflicts)
            for i, (b, m, t) in enumerate(zip(base, mine, theirs, strict=True))
        )
    conflicts.append(path or "$")
    return mine
