"""The team's one sociale kaart: an organisation added on one laptop reaches the others;
two edits on the same base are shown beside each other, never one over the other."""

from __future__ import annotations

import dataclasses
import uuid

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.directory import DirectoryService
from tests.team.conftest import Laptops


def _org(name: str, phone: str) -> Organisation:
    return Organisation(id=str(uuid.uuid4()), name=name, phone=phone, services="Schuldhulp")


def test_an_organisation_travels_to_the_whole_team(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    caw = _org("CAW Oost-Vlaanderen", "09 265 04 04")
    DirectoryService(an.vault).save(caw)
    assert an.sync().organisations_pushed == 1
    assert bo.sync().organisations_pulled == 1
    assert DirectoryService(bo.vault).get(caw.id) == caw
    assert an.sync().organisations_pushed == 0  # nothing changed: nothing sent

    moved = dataclasses.replace(caw, phone="09 265 99 99")
    DirectoryService(bo.vault).save(moved)
    bo.sync()
    an.sync()
    assert DirectoryService(an.vault).get(caw.id).phone == "09 265 99 99"


def test_two_edits_on_one_base_are_kept_beside_each_other(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    caw = _org("CAW Oost-Vlaanderen", "09 265 04 04")
    DirectoryService(an.vault).save(caw)
    an.sync()
    bo.sync()

    DirectoryService(an.vault).save(dataclasses.replace(caw, phone="09 111 11 11"))
    DirectoryService(bo.vault).save(dataclasses.replace(caw, opening_hours="ma-vr 9-12"))
    an.sync()
    report = bo.sync()
    assert report.organisation_conflicts == (caw.id,)

    conflict = bo.conflicts.organisation(caw.id)
    assert conflict.mine.opening_hours == "ma-vr 9-12" and conflict.mine.phone == caw.phone
    assert conflict.theirs.phone == "09 111 11 11" and conflict.theirs.opening_hours is None
    assert DirectoryService(bo.vault).get(caw.id).opening_hours == "ma-vr 9-12"  # not replaced

    bo.conflicts.keep_my_organisation(caw.id)
    assert bo.sync().organisations_pushed == 1
    an.sync()
    assert DirectoryService(an.vault).get(caw.id).opening_hours == "ma-vr 9-12"


def test_taking_the_other_version_ends_the_conflict(laptops: Laptops) -> None:
    an, bo = laptops.an, laptops.bo
    caw = _org("CAW Oost-Vlaanderen", "09 265 04 04")
    DirectoryService(an.vault).save(caw)
    an.sync()
    bo.sync()
    DirectoryService(an.vault).save(dataclasses.replace(caw, phone="09 111 11 11"))
    DirectoryService(bo.vault).save(dataclasses.replace(caw, phone="09 222 22 22"))
    an.sync()
    assert bo.sync().organisation_conflicts == (caw.id,)

    bo.conflicts.take_their_organisation(caw.id)
    assert DirectoryService(bo.vault).get(caw.id).phone == "09 111 11 11"
    assert bo.conflicts.organisation_ids() == []
    again = bo.sync()
    assert again.organisations_pushed == 0 and again.organisation_conflicts == ()
