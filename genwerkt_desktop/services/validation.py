"""Check a dossier document before anything is written: schema, formats, references.

Every failure becomes one ``InvalidInput`` naming the file and the JSON path, in Dutch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from genwerkt_desktop.domain.errors import InvalidInput

# Read through importlib.resources: found the same way in a wheel and a frozen build.
SCHEMA = files("genwerkt_desktop") / "contracts" / "dossier-v1.schema.json"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$", re.IGNORECASE
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

_checker = FormatChecker(formats=())


@_checker.checks(  # type: ignore[untyped-decorator]
    "date", raises=ValueError
)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE.match(value):
        return False
    date.fromisoformat(value)  # 1974-02-30 raises here
    return True


@_checker.checks(  # type: ignore[untyped-decorator]
    "date-time", raises=ValueError
)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATETIME.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


@_checker.checks(  # type: ignore[untyped-decorator]
    "uuid"
)
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=_checker)


def json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


_TYPES = {
    "object": "een object",
    "array": "een lijst",
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
}
_FORMATS = {
    "date": "datum (JJJJ-MM-DD)",
    "date-time": "datum en tijd met tijdzone",
    "uuid": "id (UUID)",
}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _message(error: ValidationError) -> tuple[list[Any], str]:
    """The path and a Dutch one-liner for one schema error."""
    path = list(error.absolute_path)
    v, arg, inst = error.validator, error.validator_value, error.instance
    if v == "required":
        missing = [k for k in arg if isinstance(inst, dict) and k not in inst]
        return [*path, missing[0] if missing else "?"], "verplicht veld ontbreekt"
    if v == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in allowed) if isinstance(inst, dict) else []
        return [*path, extra[0] if extra else "?"], "onbekend veld"
    if v == "const":
        if path == ["version"]:
            return path, f"versie {_short(inst)} wordt niet ondersteund (verwacht: {arg})"
        return path, f"moet {_short(arg)} zijn, niet {_short(inst)}"
    if v == "enum":
        choices = ", ".join(str(a) for a in arg)
        return path, f"ongeldige waarde {_short(inst)}; toegestaan: {choices}"
    if v == "type":
        wanted = _TYPES.get(arg, str(arg)) if isinstance(arg, str) else str(arg)
        return path, f"verwacht {wanted}"
    if v == "format":
        return path, f"ongeldige {_FORMATS.get(arg, arg)}: {_short(inst)}"
    if v == "maxLength":
        return path, f"tekst te lang ({len(inst)} tekens, hoogstens {arg})"
    if v == "minimum":
        return path, f"{_short(inst)} is te klein (minstens {arg})"
    if v == "maximum":
        return path, f"{_short(inst)} is te groot (hoogstens {arg})"
    if v == "maxItems":
        return path, f"te veel elementen ({len(inst)}, hoogstens {arg})"
    if v == "uniqueItems":
        return path, "bevat dubbele waarden"
    return path, f"voldoet niet aan het formaat ({v})"


# Longer numbers are no dossier's business, and Python refuses to read past 4,300 digits.
_MAX_NUMBER_CHARS = 40
# Names a person or service goes by: blank is a mistake, not a name.
_NAME_KEYS = frozenset({"first_name", "last_name", "preferred_name", "name", "label"})


class _Refused:
    """Stands in for a value the parser will not take, so the walk can name its path."""

    def __init__(self, message: str) -> None:
        self.message = message


class _Object(dict[str, Any]):
    """A JSON object that remembers a key given twice (json keeps only the last)."""

    duplicate: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    for key, value in pairs:
        if key in obj and obj.duplicate is None:
            obj.duplicate = key
        obj[key] = value
    return obj


def _number(text: str, convert: Any) -> Any:
    if len(text) > _MAX_NUMBER_CHARS:
        return _Refused(f"getal met {len(text)} tekens; zo lang kan geen waarde zijn")
    return convert(text)


def _constant(name: str) -> _Refused:
    return _Refused(f"{name} is geen geldige JSON-waarde")


def parse_document(source: str, data: bytes) -> dict[str, Any]:
    """Bytes → a JSON object, or InvalidInput for non-UTF-8, broken JSON, a non-object,
    a key given twice, an absurd number, text that cannot be stored, or a blank name."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(source, "$", f"geen geldige UTF-8-tekst (byte {exc.start})") from None
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=lambda t: _number(t, int),
            parse_float=lambda t: _number(t, float),
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            source, "$", f"onvolledige of ongeldige JSON (regel {exc.lineno}, kolom {exc.colno})"
        ) from None
    except RecursionError:
        raise InvalidInput(source, "$", "te diep genest") from None
    if not isinstance(doc, dict):
        raise InvalidInput(source, "$", "een dossier moet een JSON-object zijn")
    _check_values(source, doc, [])
    return doc


def _check_values(source: str, value: Any, path: list[Any]) -> None:
    """Walk the parsed document once; the first value that cannot be taken is refused."""
    if isinstance(value, _Refused):
        raise InvalidInput(source, json_path(path), value.message)
    if isinstance(value, str):
        _check_text(source, value, path)
    elif isinstance(value, dict):
        duplicate = getattr(value, "duplicate", None)
        if duplicate is not None:
            raise InvalidInput(
                source,
                json_path([*path, duplicate]),
                "dit veld staat twee keer in één object",
            )
        for key, item in value.items():
            _check_text(source, key, path)
            if key in _NAME_KEYS and isinstance(item, str) and not item.strip():
                raise InvalidInput(source, json_path([*path, key]), "een naam mag niet leeg zijn")
            _check_values(source, item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_values(source, item, [*path, index])


def _check_text(source: str, text: str, path: list[Any]) -> None:
    if "\x00" in text:
        raise InvalidInput(source, json_path(path), "tekst met een NUL-teken")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            source, json_path(path), "tekst met een ongeldig teken (een losse surrogaat)"
        ) from None


def check_schema(source: str, doc: Mapping[str, Any]) -> None:
    error = best_match(_validator().iter_errors(doc))
    if error is not None:
        path, message = _message(error)
        raise InvalidInput(source, json_path(path), message)


def _ids(doc: Mapping[str, Any]) -> Iterator[tuple[str, list[Any]]]:
    """Every entity id a dossier defines, with its path (nodes are per ecogram version)."""
    for key in (
        "observations",
        "rights",
        "ecograms",
        "balances",
        "goals",
        "contacts",
        "consents",
        "referrals",
        "meetings",
        "inner_notes",
        "life_events",
        "mindmaps",
        "vacancies",
        "decisions",
        "phone_requests",
    ):
        for i, item in enumerate(doc.get(key, [])):
            yield item["id"], [key, i, "id"]
    for gi, goal in enumerate(doc.get("goals", [])):
        for si, step in enumerate(goal.get("steps", [])):
            yield step["id"], ["goals", gi, "steps", si, "id"]


def check_references(
    source: str, doc: Mapping[str, Any], directory: Mapping[str, Sequence[str]]
) -> None:
    """Ids unique, every organisation known, contact persons and ecogram ties resolvable.

    ``directory`` maps each organisation id already in the store to its contact ids.
    """
    seen: dict[str, str] = {}
    for entity_id, path in _ids(doc):
        key = entity_id.lower()
        if key in seen:
            raise InvalidInput(
                source, json_path(path), f"id komt twee keer voor (ook op {seen[key]})"
            )
        seen[key] = json_path(path)

    people: dict[str, set[str]] = {oid: set(cids) for oid, cids in directory.items()}
    for i, org in enumerate(doc.get("organisations", [])):
        people[org["id"]] = {p["id"] for p in org.get("contacts", [])}
        ids = [p["id"] for p in org.get("contacts", [])]
        if len(ids) != len(set(ids)):
            raise InvalidInput(
                source,
                json_path(["organisations", i, "contacts"]),
                "een contactpersoon komt twee keer voor",
            )

    def need_org(org_id: str, path: list[Any]) -> None:
        if org_id not in people:
            raise InvalidInput(
                source,
                json_path(path),
                f"organisatie {org_id} staat niet in het bestand en niet in de sociale kaart",
            )

    for i, consent in enumerate(doc.get("consents", [])):
        need_org(consent["organisation_id"], ["consents", i, "organisation_id"])
        revoked = consent.get("revoked_on")
        if revoked is not None and revoked < consent["granted_on"]:
            raise InvalidInput(
                source,
                json_path(["consents", i, "revoked_on"]),
                "ingetrokken vóór de toestemming gegeven werd",
            )
    for i, referral in enumerate(doc.get("referrals", [])):
        need_org(referral["organisation_id"], ["referrals", i, "organisation_id"])
        person = referral.get("contact_person_id")
        if person is not None and person not in people[referral["organisation_id"]]:
            raise InvalidInput(
                source,
                json_path(["referrals", i, "contact_person_id"]),
                "deze contactpersoon hoort niet bij de organisatie",
            )
        numbers = [s["step"] for s in referral.get("steps", [])]
        if len(numbers) != len(set(numbers)):
            raise InvalidInput(
                source,
                json_path(["referrals", i, "steps"]),
                "een stap van de doorverwijzing komt twee keer voor",
            )
    for i, meeting in enumerate(doc.get("meetings", [])):
        for j, participant in enumerate(meeting.get("participants", [])):
            if "organisation_id" in participant:
                need_org(
                    participant["organisation_id"],
                    ["meetings", i, "participants", j, "organisation_id"],
                )
    for i, call in enumerate(doc.get("phone_requests", [])):
        if "organisation_id" in call:
            need_org(call["organisation_id"], ["phone_requests", i, "organisation_id"])
    for i, eco in enumerate(doc.get("ecograms", [])):
        node_ids: set[str] = set()
        for j, node in enumerate(eco.get("nodes", [])):
            if node["id"] in node_ids:
                raise InvalidInput(
                    source,
                    json_path(["ecograms", i, "nodes", j, "id"]),
                    "dit netwerklid komt twee keer voor in dezelfde versie",
                )
            node_ids.add(node["id"])
            if "organisation_id" in node:
                need_org(node["organisation_id"], ["ecograms", i, "nodes", j, "organisation_id"])
        for j, tie in enumerate(eco.get("ties", [])):
            for end in ("from", "to"):
                if tie[end] not in node_ids:
                    raise InvalidInput(
                        source,
                        json_path(["ecograms", i, "ties", j, end]),
                        "deze band wijst naar een netwerklid dat er niet in staat",
                    )
