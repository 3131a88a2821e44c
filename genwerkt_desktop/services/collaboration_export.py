"""The ``referral`` and ``meeting`` export kinds: a sheet for the client or a partner.

A partner sheet goes through the consent gatekeeper (``shareable_view``) and the sheet
builder gets only its answer.  It is refused when a receiving organisation holds no valid
consent, and it leaves an audit line ("gedeeld": kind, audience, organisations, consents;
never content).  A client sheet is for the client's own hands.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.consent import SharedView, shareable_categories, shareable_view
from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.model import Dossier, Meeting, Referral
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.exports.meeting_sheet import meeting_client_sheet, meeting_partner_sheet
from genwerkt_desktop.exports.referral_sheet import (
    referral_client_sheet,
    referral_partner_sheet,
)
from genwerkt_desktop.exports.sharing import SheetFacts

from .coach_profile import load_profile
from .dossiers import DossierService
from .exports import Audience, ExportRequest
from .vault import OpenVault


def _facts(vault: OpenVault, dossier_coach: str | None) -> SheetFacts:
    profile = load_profile(vault.paths)
    # Times are shown in Belgian time whatever the computer's zone (sharing.moment_text).
    return SheetFacts(
        on=vault.clock.today(),
        # Until the coach fills in their details (Instellingen), the dossier's coach.
        coach_name=profile.name or dossier_coach or "",
        coach_lines=tuple(profile.contact_lines()),
        now=vault.clock.now(),
    )


def _pdf(request: ExportRequest) -> Path:
    if request.output.suffix.lower() != ".pdf":
        raise InvalidInput(
            str(request.output), "$", "dit blad wordt een PDF: kies een naam op .pdf"
        )
    return request.output


def _item_id(request: ExportRequest, what: str) -> str:
    if not request.item_id:
        raise StateError(f"kies met --item welke {what} u wilt afdrukken")
    return request.item_id


def _refuse_missing(dossier: Dossier, view: SharedView) -> None:
    if view.missing:
        names = {o.id: o.name for o in dossier.organisations}
        listed = ", ".join(names.get(org, "een onbekende organisatie") for org in view.missing)
        raise StateError(
            f"er is geen geldige toestemming van de cliënt voor {listed}; "
            "leg die eerst vast bij Samenwerking"
        )


def _record_share(vault: OpenVault, client_id: str, kind: str, view: SharedView) -> None:
    orgs = ",".join(o.id for o in view.dossier.organisations)
    consents = ",".join(view.consent_ids) or "-"
    vault.record(
        "gedeeld", client_id, f"{kind}:{Audience.PARTNER.value} org={orgs} consent={consents}"
    )


def export_referral(vault: OpenVault, request: ExportRequest) -> Path:
    """The ``referral`` kind (``--item REFERRAL_ID``)."""
    item_id = _item_id(request, "doorverwijzing")
    output = _pdf(request)
    dossier = DossierService(vault).get(request.client_id)
    referral: Referral | None = next((r for r in dossier.referrals if r.id == item_id), None)
    if referral is None:
        raise StateError(f"--item {item_id}: deze doorverwijzing staat niet in dit dossier")
    facts = _facts(vault, dossier.client.coach)
    if request.audience is not Audience.PARTNER:
        referral_client_sheet(dossier, referral, facts).write(output)
        vault.record("geëxporteerd", request.client_id, "referral:client")
        return output
    view = shareable_view(dossier, [referral.organisation_id], facts.on, referral_id=referral.id)
    _refuse_missing(dossier, view)
    referral_partner_sheet(view, facts).write(output)
    _record_share(vault, request.client_id, "referral", view)
    return output


def export_meeting(vault: OpenVault, request: ExportRequest) -> Path:
    """The ``meeting`` kind (``--item MEETING_ID``)."""
    item_id = _item_id(request, "overleg")
    output = _pdf(request)
    dossier = DossierService(vault).get(request.client_id)
    meeting: Meeting | None = next((m for m in dossier.meetings if m.id == item_id), None)
    if meeting is None:
        raise StateError(f"--item {item_id}: dit overleg staat niet in dit dossier")
    facts = _facts(vault, dossier.client.coach)
    organisations = meeting_organisation_ids(meeting)
    if request.audience is not Audience.PARTNER:
        shared = shareable_categories(dossier.consents, organisations, facts.on)
        meeting_client_sheet(dossier, meeting, shared, facts).write(output)
        vault.record("geëxporteerd", request.client_id, "meeting:client")
        return output
    if not organisations:
        raise StateError("aan dit overleg neemt geen organisatie uit de sociale kaart deel")
    view = shareable_view(dossier, organisations, facts.on, meeting_id=meeting.id)
    _refuse_missing(dossier, view)
    meeting_partner_sheet(view, facts).write(output)
    _record_share(vault, request.client_id, "meeting", view)
    return output
