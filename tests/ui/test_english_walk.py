"""With the interface in English, no Dutch shows anywhere the coach can go.

A real window on the demo vault, in English, visits every area, every tab of every demo
dossier, the ecogram comparison and the balance, and collects every text the window
holds (labels, buttons, tab texts, group titles, placeholders, tooltips, accessible names,
item models, actions).  What the coach or the demo entered (names, notes, step texts,
places) is Dutch by nature: every string of the demo dossiers is cut out of the texts
before they are searched for Dutch words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from genwerkt_desktop.domain.balance_shapes import TextShape, overview, trend_chart
from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.dossier.balance.views import BalanceView, TrendView
from genwerkt_desktop.ui.i18n import install_language, remove_language
from genwerkt_desktop.ui.main_window import MainWindow
from genwerkt_desktop.ui.settings import Language
from genwerkt_desktop.ui.work_area import Area
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID
from tests.ui.conftest import MainWindowFactory, model_texts, wait_idle, widget_texts
from tests.ui.test_shell import _unlock
from tests.ui.test_translations import english_catalogue

__all__ = ["english_catalogue"]  # the fixture, offered to this module

# Words that are Dutch and never English (nor a name in the demo data); matched as whole
# words, case-insensitively.
DUTCH_WORDS = (
    "het", "de", "van", "een", "niet", "nog", "geen", "band", "draagkracht", "draaglast",
    "afspraak", "bewaren", "opslaan", "verwijderen", "annuleren", "sluiten", "terug",
    "wordt", "zijn", "voor", "naar", "tussen", "bij", "hier", "deze", "dit", "wat",
    "ook", "maar", "nieuw", "nieuwe", "cliënt", "cliënten", "gesprek", "huisbezoek",
    "nazorg", "overleg", "doorverwijzing", "stap", "stappen", "doel", "doelen",
    "toestemming", "levensdomein", "levensdomeinen", "wachtzin", "kluis", "datum",
    "vandaag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "januari", "februari", "maart", "mei", "juni", "juli",
    "augustus", "oktober", "inschatting", "verloop", "gewicht", "sterker", "zwakker",
)  # fmt: skip
# Month names English shares with Dutch, told apart by their capital.
DUTCH_LOWER_MONTHS = ("april", "september", "november", "december")
# The words a comparison writes on its tags, in Dutch.
DUTCH_TAG = re.compile(r"(?<!\w)(nieuw|weg|sterker|zwakker|verbroken|steunt)(?!\w)")
DUTCH = re.compile(r"(?<!\w)(" + "|".join(DUTCH_WORDS) + r")(?!\w)", re.IGNORECASE)
DUTCH_MONTH = re.compile(r"(?<!\w)(" + "|".join(DUTCH_LOWER_MONTHS) + r")(?!\w)")

# Widgets whose words are not the interface's own: a client sheet's words, Dutch by design.
ELSEWHERE: tuple[str, ...] = ("SheetWords",)
AGENDA_WEEKS = 8  # from the demo day on, enough to meet every kind of agenda item


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def demo_content() -> list[str]:
    """What the demo dossiers hold as text a person typed (names, notes, places): every
    string with a capital or a space; enum values ("huisbezoek") are words of ours."""
    found = {
        text.strip()
        for path in demo_files()
        for text in _strings(json.loads(path.read_text(encoding="utf-8")))
        if len(text.strip()) >= 2 and (" " in text.strip() or text.strip()[:1].isupper())
    }
    return sorted(found, key=len, reverse=True)  # longest first: "Ayşe Yılmaz" before "Ayşe"


def _out_of_scope(widget: QWidget, skipped: tuple[QWidget, ...]) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if type(parent).__name__ in ELSEWHERE or parent in skipped:
            return True
        parent = parent.parentWidget()
    return False


def _is_content(text: str, content: list[str]) -> bool:
    """A cell that shows the start of something typed, shortened with "…"."""
    if not text.endswith("…"):
        return False
    bare = text.rstrip("…").strip()
    return bool(bare) and any(entered.startswith(bare) for entered in content)


def dutch_in(root: QWidget, content: list[str], skipped: tuple[QWidget, ...] = ()) -> list[str]:
    """The visible texts under ``root`` that still hold a Dutch word once demo content is
    cut out of them."""
    texts = [
        text
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible() and not _out_of_scope(widget, skipped)
        for text in _own_texts(widget)
    ]
    found: list[str] = []
    for text in texts:
        if _is_content(text, content):
            continue
        cut = text.replace("&&", "and").replace("&", "")  # mnemonics: "De&lete"
        for entered in content:
            if entered in cut:
                cut = cut.replace(entered, " ")
        if DUTCH.search(cut) or DUTCH_MONTH.search(cut):
            found.append(text)
    return found


def _painted_texts(widget: QWidget) -> list[str]:
    """The balance and its trend are painted, not widgets: their texts and tooltips come
    from the same shapes the views paint."""
    layouts = []
    if isinstance(widget, BalanceView) and widget.drawing() is not None:
        drawing = widget.drawing()
        assert drawing is not None
        layouts.append(overview(drawing, with_legend=True))
    if isinstance(widget, TrendView) and widget.trend() is not None:
        trend = widget.trend()
        assert trend is not None
        layouts.append(trend_chart(trend, 600, 300))
    texts: list[str] = []
    for layout in layouts:
        texts += [shape.text for shape in layout.shapes if isinstance(shape, TextShape)]
        texts += [hit.tip for hit in layout.hits]
    return texts


def _own_texts(widget: QWidget) -> list[str]:
    """The widget's texts and its own item model's (not its children's: they come on
    their own turn, so a skipped child stays skipped)."""
    texts = widget_texts(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    for action in widget.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts + _painted_texts(widget)


@pytest.fixture
def english_window(
    qtbot: QtBot,
    qapp: QApplication,
    english_catalogue: Path,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> Iterator[MainWindow]:
    installed = install_language(qapp, Language.ENGLISH, folder=english_catalogue)
    try:
        window = make_window(vault_service)
        _unlock(qtbot, window)
        yield window
        window.lock()
        wait_idle(qtbot, window)
    finally:
        remove_language(qapp, installed)


def test_the_english_interface_shows_no_dutch(qtbot: QtBot, english_window: MainWindow) -> None:
    window = english_window
    area = window.work_area
    assert area is not None
    content = demo_content()
    found: dict[str, list[str]] = {}

    skipped: tuple[QWidget, ...] = ()
    compared = 0

    def look(where: str) -> None:
        wait_idle(qtbot, window)
        dutch = dutch_in(window, content, skipped)
        if dutch:
            found[where] = sorted(set(dutch))

    for shown in Area:
        window.show_area(shown)
        look(shown.name)
    window.show_area(Area.AGENDA)
    for week in range(1, AGENDA_WEEKS):  # the demo's appointments, meetings, aftercare
        area.agenda.controller.step(1)
        look(f"AGENDA + {week} weeks")
    area.agenda.controller.show_today()
    look("AGENDA today")

    window.show_area(Area.CLIENTS)
    tabs = area.dossier.tabs
    for client_id in (AYSE_ID, LUKASZ_ID, IOANA_ID):
        area.open_client(client_id)
        qtbot.waitUntil(lambda cid=client_id: area.dossier.current_client_id() == cid)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            look(f"{client_id[:8]} / {tabs.tabText(index)}")
        ecogram = area.dossier.ecogram
        if ecogram.draw.compare_button.isEnabled():
            tabs.setCurrentWidget(ecogram)
            ecogram.presenter.open_compare()
            look(f"{client_id[:8]} / ecogram comparison")
            # The tags on the map are painted, not widgets: read them from the drawing.
            scene = ecogram.compare.scene
            tags = [scene.member_item(m).member.change for m in scene.member_ids()]
            assert any(tags), "the comparison marks what changed"
            dutch_tags = [t for t in tags if DUTCH_TAG.search(t)]
            if dutch_tags:
                found[f"{client_id[:8]} / comparison tags"] = sorted(set(dutch_tags))
            ecogram.presenter.close_compare()
            compared += 1

    assert compared, "no demo dossier has two ecogram versions to compare"
    report = "\n".join(
        f"{where}:\n" + "\n".join(f"    {text!r}" for text in texts)
        for where, texts in found.items()
    )
    assert not found, f"Dutch in the English interface:\n{report}"
