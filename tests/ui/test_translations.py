"""Every visible string has an English translation, and English shows when chosen.

The first test runs ``pyside6-lupdate`` over the current sources into a temporary .ts
and compares it with the committed ``resources/translations/genwerkt_en.ts``.  When it
fails, it lists each string by context: run ``make translations`` and translate those in
``pyside6-linguist resources/translations/genwerkt_en.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from genwerkt_desktop.resources import resource
from genwerkt_desktop.ui.i18n import catalogue_path, install_language, remove_language
from genwerkt_desktop.ui.settings import LANGUAGE, AppSettings, Language

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_TS = resource("translations", "genwerkt_en.ts")
SOURCES = [
    *sorted((ROOT / "genwerkt_desktop" / "ui").rglob("*.py")),
    ROOT / "genwerkt_desktop" / "app.py",
]

Message = tuple[str, str]  # (context, Dutch source text)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found is not None, f"{name} ships with PySide6; it should be next to the interpreter"
    return found


def _messages(ts: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _is_translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def _report(title: str, messages: list[Message]) -> str:
    by_context: dict[str, list[str]] = defaultdict(list)
    for context, source in sorted(messages):
        by_context[context].append(source)
    lines = [f"{len(messages)} {title}:"]
    for context, sources in by_context.items():
        lines.append(f"  [{context}] ({len(sources)})")
        lines += [f"      {source!r}" for source in sources]
    return "\n".join(lines)


def test_every_visible_string_has_an_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-source-language",
            "nl_BE",
            "-target-language",
            "en_GB",
            *map(str, SOURCES),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_sources = _messages(fresh)
    committed = _messages(COMMITTED_TS)
    assert in_sources, "lupdate found no strings at all: is the source list right?"

    missing = [key for key in in_sources if key not in committed]
    unfinished = [
        key for key in in_sources if key in committed and not _is_translated(committed[key])
    ]
    problems = []
    if missing:
        problems.append(_report("strings in the sources are missing from genwerkt_en.ts", missing))
    if unfinished:
        problems.append(_report("strings have no finished English translation", unfinished))
    if problems:  # a plain message, no traceback: the list is what matters
        pytest.fail(
            "\n\n".join(problems)
            + "\n\nRun `make translations`, translate them in pyside6-linguist, commit the .ts.",
            pytrace=False,
        )


@pytest.fixture
def english_catalogue(tmp_path: Path) -> Path:
    """The built .qm (``make`` builds it before the tests), or one built here from the .ts."""
    built = catalogue_path(Language.ENGLISH)
    if built.is_file() and built.stat().st_mtime >= COMMITTED_TS.stat().st_mtime:
        return built.parent
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            "-silent",
            str(COMMITTED_TS),
            "-qm",
            str(catalogue_path(Language.ENGLISH, tmp_path)),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return tmp_path


def test_unlock_page_speaks_english_when_the_setting_says_so(
    qapp: QApplication, app_settings: AppSettings, english_catalogue: Path
) -> None:
    from genwerkt_desktop.ui.vault.unlock_page import UnlockPage

    dutch = UnlockPage()
    assert dutch.title.text() == "Kluis openen"
    dutch.deleteLater()

    app_settings.set(LANGUAGE, Language.ENGLISH)
    installed = install_language(qapp, app_settings.language, folder=english_catalogue)
    try:
        assert len(installed) >= 1
        page = UnlockPage()
        assert page.title.text() == "Open the vault"
        assert page.open_button.text() == "&Open"
        assert page.passphrase.accessibleName() == "Passphrase"
        page.deleteLater()
    finally:
        remove_language(qapp, installed)
    back = UnlockPage()
    assert back.title.text() == "Kluis openen"
    back.deleteLater()


def test_the_passphrase_meter_speaks_the_interface_language(
    qapp: QApplication, english_catalogue: Path
) -> None:
    from genwerkt_desktop.ui.vault.passphrase_pair import PassphrasePair

    installed = install_language(qapp, Language.ENGLISH, folder=english_catalogue)
    try:
        pair = PassphrasePair()
        pair.first.setText("kort")
        assert pair.strength_text.text() == ("Strength: too short. Use at least 10 characters.")
        pair.first.setText("rode fiets langs de Leie naar Gent")
        assert pair.strength_text.text().startswith("Strength: strong.")
        pair.deleteLater()
    finally:
        remove_language(qapp, installed)


def test_the_committed_catalogue_is_the_compiled_ts(tmp_path: Path) -> None:
    """The .qm is committed so a wheel built anywhere carries English without Qt's tools;
    it must be exactly what lrelease makes of the committed .ts."""
    fresh = tmp_path / "genwerkt_en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(COMMITTED_TS), "-qm", str(fresh)],
        check=True,
        timeout=120,
    )
    committed = resource("translations", "genwerkt_en.qm")
    assert committed.read_bytes() == fresh.read_bytes(), "run make translations and commit"
