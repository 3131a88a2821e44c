"""``genwerkt search`` takes a one-letter word as a word, two letters as a prefix."""

from __future__ import annotations

from datetime import datetime

from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import NewClient, new_id
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from tests.fakes import BRUSSELS_WINTER


def _note(summary: str) -> Contact:
    return Contact(
        id=new_id(),
        at=datetime(2026, 11, 30, 10, 0, tzinfo=BRUSSELS_WINTER),
        kind=ContactKind.HOME_VISIT,
        summary=summary,
        note_scope=NoteScope.FILE,
        client_may_read=True,
    )


def test_one_letter_finds_the_word_and_two_letters_every_word_they_start(
    vault: OpenVault,
) -> None:
    ws = Workspace.open(vault)
    rita = ws.edits.create_client(NewClient(first_name="Rita", last_name="Claes"))
    omar = ws.edits.create_client(NewClient(first_name="Omar", last_name="Haddad"))
    ws.edits.save_contact(rita, _note("Afspraak bij meester d'Hondt over de schuld."))
    ws.edits.save_contact(omar, _note("Dossier bij de dienst doorgegeven."))

    one_letter = ws.search.search("d")
    assert {hit.client_id for hit in one_letter} == {rita}
    assert all("d'Hondt" in hit.plain_snippet() for hit in one_letter)
    assert {hit.client_id for hit in ws.search.search("do")} == {omar}
    assert {hit.client_id for hit in ws.search.search("de")} == {rita, omar}
