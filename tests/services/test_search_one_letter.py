"""``genwerkt search`` takes a one-letter word as a word, two letters as a prefix."""

from __future__ import annotations

from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from tests.domain.builders import home_visit_note


def test_one_letter_finds_the_word_and_two_letters_every_word_they_start(
    vault: OpenVault,
) -> None:
    ws = Workspace.open(vault)
    rita = ws.edits.create_client(NewClient(first_name="Rita", last_name="Claes"))
    omar = ws.edits.create_client(NewClient(first_name="Omar", last_name="Haddad"))
    ws.edits.save_contact(rita, home_visit_note("Afspraak bij meester d'Hondt over de schuld."))
    ws.edits.save_contact(omar, home_visit_note("Dossier bij de dienst doorgegeven."))

    one_letter = ws.search.search("d")
    assert {hit.client_id for hit in one_letter} == {rita}
    assert all("d'Hondt" in hit.plain_snippet() for hit in one_letter)
    assert {hit.client_id for hit in ws.search.search("do")} == {omar}
    assert {hit.client_id for hit in ws.search.search("de")} == {rita, omar}
