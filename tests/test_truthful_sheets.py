"""Sheets say what is true today: a referral on time-out is a pause with a date to look
at it again, not an appointment; partners read the client's limits first and are
addressed as "u"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.consent import shareable_view
from genwerkt_desktop.domain.enums import ReferralStatus, ShareCategory
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.exports.meeting_sheet import meeting_partner_sheet
from genwerkt_desktop.exports.referral_sheet import referral_client_sheet, referral_partner_sheet
from genwerkt_desktop.exports.sharing import SheetFacts
from tests.domain.builders import consent, full_dossier
from tests.domain.builders import referral as paused_referral

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
FACTS = SheetFacts(
    on=NOW.date(), coach_name="Sam Peeters", coach_lines=("Sam Peeters", "015 00 00 40"), now=NOW
)
# "je", "jij", "jou", "jouw", "jezelf", "jullie" as whole words: the client's voice.
INFORMAL = re.compile(r"(?i)(?<!\w)(je|jij|jou|jouw|jezelf|jullie)(?!\w)")


def _demo(fragment: str) -> Dossier:
    import json

    from tests.demo_files import demo_path

    return from_document(json.loads(demo_path(fragment).read_text(encoding="utf-8")))


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_referral_on_time_out_tells_the_client_it_pauses_and_when_we_look_again(
    tmp_path: Path,
) -> None:
    dossier = _demo("lukasz")
    paused = next(r for r in dossier.referrals if r.status is ReferralStatus.TIME_OUT)
    text = _text(referral_client_sheet(dossier, paused, FACTS).write(tmp_path / "p.pdf"))
    assert text.startswith("Even pauze: de stap naar Praatpunt Zuid Voor Łukasz")
    assert "We zetten de stap naar Praatpunt Zuid even op pauze." in text
    assert "Er is nu geen afspraak" in text
    assert "Wanneer we er opnieuw naar kijken" in text
    assert "Op maandag 18 januari 2027 bekijken we samen" in text  # revisit_on
    assert "Moet ik vertellen over mijn ex-vrouw?" in text  # his own question
    assert "Bel je coach Sam Peeters 015 00 00 40" in text
    for untrue in ("Je afspraak bij", "Je gaat zelf", "Wie gaat mee", "Wat neem je mee"):
        assert untrue not in text, untrue


def test_a_partner_sheet_of_a_referral_on_time_out_says_it_is_on_hold(tmp_path: Path) -> None:
    base = full_dossier(consents=(consent("cawx", ShareCategory.RIGHTS),))
    dossier = replace(base, referrals=(paused_referral(status=ReferralStatus.TIME_OUT),))
    view = shareable_view(dossier, ["cawx"], FACTS.on, referral_id="r1")
    partner = _text(referral_partner_sheet(view, FACTS).write(tmp_path / "q.pdf"))
    assert "Stand even on hold (time-out): de cliënt neemt een pauze" in partner


def _partner_sheets(tmp_path: Path) -> list[tuple[str, str]]:
    out = []
    for fragment in ("ayse", "lukasz", "ioana"):
        dossier = _demo(fragment)
        for referral in dossier.referrals:
            view = shareable_view(
                dossier, [referral.organisation_id], FACTS.on, referral_id=referral.id
            )
            if not view.missing:
                path = referral_partner_sheet(view, FACTS).write(tmp_path / f"{referral.id}.pdf")
                out.append((f"{fragment} referral", _text(path)))
        for meeting in dossier.meetings:
            view = shareable_view(
                dossier, meeting_organisation_ids(meeting), FACTS.on, meeting_id=meeting.id
            )
            path = meeting_partner_sheet(view, FACTS).write(tmp_path / f"{meeting.id}.pdf")
            out.append((f"{fragment} meeting", _text(path)))
    return out


def test_partner_sheets_address_professionals_as_u(tmp_path: Path) -> None:
    sheets = _partner_sheets(tmp_path)
    assert len(sheets) >= 4
    for name, text in sheets:
        assert not INFORMAL.findall(text), (name, INFORMAL.findall(text))
        assert "Wilt u meer weten, vraag het dan aan de cliënt zelf." in text, name


@pytest.mark.parametrize("fragment", ["ayse", "lukasz"])
def test_partner_sheets_open_with_the_limits_for_their_receivers(
    tmp_path: Path, fragment: str
) -> None:
    dossier = _demo(fragment)
    limits = {c.organisation_id: c.not_to_share for c in dossier.consents if c.not_to_share}
    checked = 0
    for referral in dossier.referrals:
        view = shareable_view(
            dossier, [referral.organisation_id], FACTS.on, referral_id=referral.id
        )
        if view.missing or referral.organisation_id not in limits:
            continue
        path = referral_partner_sheet(view, FACTS).write(tmp_path / "r.pdf")
        first = " ".join(PdfReader(path).pages[0].extract_text().split())
        own = limits[referral.organisation_id] or ""
        assert own in first
        assert first.index("Grenzen die de cliënt stelt") < first.index("Waarop dit blad steunt")
        assert first.index(own) < first.index("De vraag")
        for other, limit in limits.items():
            if other != referral.organisation_id and limit != own:
                assert (limit or "") not in _text(path), limit
        checked += 1
    assert checked


def test_a_referral_whose_first_contact_is_behind_us_is_told_as_past_not_as_an_appointment(
    tmp_path: Path,
) -> None:
    dossier = _demo("ayse")
    succeeded = next(r for r in dossier.referrals if r.status is ReferralStatus.SUCCEEDED)
    text = _text(referral_client_sheet(dossier, succeeded, FACTS).write(tmp_path / "s.pdf"))
    assert text.startswith("Je stap naar")
    assert "Je eerste gesprek bij" in text and "Daar ga je nu verder." in text
    stopped = replace(succeeded, status=ReferralStatus.STOPPED)
    text_stopped = _text(referral_client_sheet(dossier, stopped, FACTS).write(tmp_path / "t.pdf"))
    assert "is gestopt" in text_stopped
    # Still "lopend", but its hour has passed: the coach asks how it went.
    past = replace(succeeded, status=ReferralStatus.ONGOING)
    text_past = _text(referral_client_sheet(dossier, past, FACTS).write(tmp_path / "u.pdf"))
    assert "Vertel hoe het ging." in text_past
    for told in (text, text_stopped, text_past):
        for untrue in ("Je afspraak is op", "Je gaat zelf", "Wat neem je mee", "herinnering"):
            assert untrue not in told, untrue
