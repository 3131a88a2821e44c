"""Consent: the one place that decides what may leave a dossier.

Everything that goes to another service (a sheet, an export, a meeting summary)
must pass through :func:`shareable_view`. The rules are conservative: what no
category clearly covers stays home.

What each category lets out
---------------------------
* identiteit: last name, preferred name and birth date. Without it the view keeps
  only the first name (last name blank, preferred name and birth date dropped): a
  sheet must be able to address the person it is about, and a first name alone does
  not identify someone outside the cooperation the client agreed to. The preferred
  name is left out because it can itself be revealing.
* contactgegevens: phone, email, address, language and reminder preference (how to
  reach the client and in which language).
* begeleidingsvraag: the support question, the phases (where the trajectory stands
  is needed for any cooperation, so it travels with the question) and the trajectory
  facts on the client record (coach, referred by, status, start and close dates).
* levensdomeinen: observations, except those the coach noticed that the client did
  not voice (``voiced_by_client is False``): not yet talked through with the client,
  so not theirs to have agreed to share. rechten: rights. ecogram: ecograms.
  balans: balances. pop: goals with their steps.
* contactnotities: contact moments, but only notes explicitly marked for the file
  (``note_scope == "dossier"``) that the client may read. Personal notes never
  leave, whatever the consent. A note whose scope was never recorded does not leave
  either: nobody decided it belongs to the file. A note the client may not read does
  not leave: the client cannot agree to share what they cannot see.
* afsluiting: closure and aftercare.

Always dropped: ``client.extra`` and ``dossier.extra`` (unknown content), consents
other than the ones the view rests on, and organisations other than the receiving ones.
The client id stays: it is the store's internal key and says nothing about the person.

Referrals and meetings stay home, except the one a partner sheet is about (named by
``referral_id`` or ``meeting_id``), and only when every receiving organisation holds a
valid consent: then a trimmed copy travels (see :mod:`.shared_items`). An organisation
without a valid consent is listed in ``SharedView.missing``; a partner sheet is refused
for it.

The copies are built field by field rather than with ``dataclasses.replace`` on
purpose: a field added to ``Client`` or ``Dossier`` later is left out of every shared
view until someone decides which category covers it.

The free text ``Consent.not_to_share`` cannot be enforced by a rule: it is the client's
limit, and the partner has to know it to respect it.  The consents in the view carry only
id, organisation, dates, method and categories (no ``not_to_share``, no ``note``); the
limits of the valid consents of the receiving organisations travel apart, in
``SharedView.limits``, and a partner sheet prints them in a box at the top.  Only the
receivers' own limits: a limit toward another service stays home.  Around one table only
the limits the client set toward *every* service there are printed: a limit toward one of
them would tell the others what it is about.  That there are more is said, without their
words (``limits_withheld``); the coach, who knows them, guards them at the table.
The app shows ``not_to_share`` to the coach before a sheet is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from .enums import NoteScope, ShareCategory
from .model import Client, Consent, Contact, Dossier, Meeting, Referral
from .shared_items import shared_meeting, shared_referral

_Item = TypeVar("_Item", Referral, Meeting)


class ConsentState(StrEnum):
    """How things stand with one organisation on a date, for display."""

    VALID = "geldig"
    REVOKED = "ingetrokken"
    MISSING = "geen"


@dataclass(frozen=True)
class SharedView:
    """What may go to the receiving organisations on one date.

    ``dossier`` is a trimmed copy; ``categories`` what it contains; ``left_out`` the
    categories that were not shared (in enum order); ``consent_ids`` the consents
    that allow it; ``missing`` the receiving organisations without any valid consent;
    ``limits`` the client's limits (``not_to_share``) toward every receiver, in the words
    the coach wrote them down, each once; ``limits_withheld`` whether some receivers have
    limits of their own that the others may not read.
    """

    dossier: Dossier
    categories: frozenset[ShareCategory]
    left_out: tuple[ShareCategory, ...]
    consent_ids: tuple[str, ...]
    missing: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()
    limits_withheld: bool = False


def consent_is_valid(consent: Consent, on: date) -> bool:
    """Granted on or before ``on`` and not revoked on or before ``on``.

    A consent revoked on a day no longer counts on that day.
    """
    return consent.granted_on <= on and (consent.revoked_on is None or consent.revoked_on > on)


def consent_state(consents: Iterable[Consent], organisation_id: str, on: date) -> ConsentState:
    """VALID when a consent holds on ``on``; REVOKED when there was one but it was
    revoked; MISSING otherwise (none, or only one that starts later)."""
    own = [c for c in consents if c.organisation_id == organisation_id]
    if any(consent_is_valid(c, on) for c in own):
        return ConsentState.VALID
    if any(c.revoked_on is not None and c.revoked_on <= on for c in own):
        return ConsentState.REVOKED
    return ConsentState.MISSING


def valid_categories(
    consents: Iterable[Consent], organisation_id: str, on: date
) -> frozenset[ShareCategory]:
    """Every category the client allowed for one organisation, valid on ``on``."""
    return frozenset(
        category
        for consent in consents
        if consent.organisation_id == organisation_id and consent_is_valid(consent, on)
        for category in consent.categories
    )


def shareable_categories(
    consents: Iterable[Consent], organisation_ids: Iterable[str], on: date
) -> frozenset[ShareCategory]:
    """The categories every one of the organisations may receive (empty with none).

    With several organisations at one table, information that one of them may not
    see cannot be shared with the group.
    """
    consent_list = tuple(consents)
    result: frozenset[ShareCategory] | None = None
    for organisation_id in dict.fromkeys(organisation_ids):
        allowed = valid_categories(consent_list, organisation_id, on)
        result = allowed if result is None else result & allowed
    return result if result is not None else frozenset()


def contact_may_be_shared(contact: Contact) -> bool:
    """True for a file note the client may read; never for a personal note."""
    return contact.note_scope is NoteScope.FILE and contact.client_may_read is not False


def _shared_client(client: Client, categories: frozenset[ShareCategory]) -> Client:
    identity = ShareCategory.IDENTITY in categories
    contact_details = ShareCategory.CONTACT_DETAILS in categories
    question = ShareCategory.SUPPORT_QUESTION in categories
    return Client(
        id=client.id,
        first_name=client.first_name,
        last_name=client.last_name if identity else "",
        preferred_name=client.preferred_name if identity else None,
        birth_date=client.birth_date if identity else None,
        phone=client.phone if contact_details else None,
        email=client.email if contact_details else None,
        address=client.address if contact_details else None,
        language=client.language if contact_details else None,
        reminder_preference=client.reminder_preference if contact_details else None,
        coach=client.coach if question else None,
        referred_by=client.referred_by if question else None,
        support_question=client.support_question if question else None,
        status=client.status if question else None,
        started_on=client.started_on if question else None,
        closed_on=client.closed_on if question else None,
        extra=None,
    )


def _bare(consent: Consent) -> Consent:
    return Consent(
        id=consent.id,
        organisation_id=consent.organisation_id,
        granted_on=consent.granted_on,
        categories=consent.categories,
        method=consent.method,
        revoked_on=consent.revoked_on,
    )


def shareable_view(
    dossier: Dossier,
    organisation_ids: Iterable[str],
    on: date,
    *,
    referral_id: str | None = None,
    meeting_id: str | None = None,
) -> SharedView:
    """The part of ``dossier`` the client allowed for all of ``organisation_ids`` on ``on``.

    With ``referral_id`` or ``meeting_id`` the trimmed referral or meeting comes along
    when every receiver holds a valid consent. See the module docstring for what each
    category lets out. Raises ``ValueError`` for an id that is not in the dossier.
    """
    receivers = tuple(dict.fromkeys(organisation_ids))
    categories = shareable_categories(dossier.consents, receivers, on)
    missing = tuple(
        org
        for org in receivers
        if not any(c.organisation_id == org and consent_is_valid(c, on) for c in dossier.consents)
    )
    resting_on = tuple(
        _bare(consent)
        for consent in dossier.consents
        if consent.organisation_id in receivers
        and consent_is_valid(consent, on)
        and categories.intersection(consent.categories)
    )
    may_travel = bool(receivers) and not missing
    referrals = tuple(
        shared_referral(r)
        for r in _chosen(dossier.referrals, referral_id, "doorverwijzing")
        if may_travel and r.organisation_id in receivers
    )
    meetings = tuple(
        shared_meeting(m, "" if ShareCategory.IDENTITY in categories else dossier.client.last_name)
        for m in _chosen(dossier.meetings, meeting_id, "overleg")
        if may_travel
    )

    def has(category: ShareCategory) -> bool:
        return category in categories

    shared = Dossier(
        client=_shared_client(dossier.client, categories),
        phases=dossier.phases if has(ShareCategory.SUPPORT_QUESTION) else (),
        observations=(
            tuple(o for o in dossier.observations if o.voiced_by_client is not False)
            if has(ShareCategory.LIFE_DOMAINS)
            else ()
        ),
        rights=dossier.rights if has(ShareCategory.RIGHTS) else (),
        ecograms=dossier.ecograms if has(ShareCategory.ECOGRAM) else (),
        balances=dossier.balances if has(ShareCategory.BALANCE) else (),
        goals=dossier.goals if has(ShareCategory.POP) else (),
        contacts=(
            tuple(contact for contact in dossier.contacts if contact_may_be_shared(contact))
            if has(ShareCategory.CONTACT_NOTES)
            else ()
        ),
        organisations=tuple(org for org in dossier.organisations if org.id in receivers),
        consents=resting_on,
        referrals=referrals,
        meetings=meetings,
        closure=dossier.closure if has(ShareCategory.CLOSURE) else None,
        aftercare=dossier.aftercare if has(ShareCategory.CLOSURE) else None,
        extra=None,
    )
    shared_limits, withheld = _limits(dossier.consents, receivers, on)
    return SharedView(
        dossier=shared,
        categories=categories,
        left_out=tuple(category for category in ShareCategory if category not in categories),
        consent_ids=tuple(consent.id for consent in resting_on),
        missing=missing,
        limits=shared_limits,
        limits_withheld=withheld,
    )


def _limits(
    consents: Iterable[Consent], receivers: tuple[str, ...], on: date
) -> tuple[tuple[str, ...], bool]:
    """The limits every receiver has (in order, each once), and whether any receiver has
    one the others do not."""
    per_receiver: dict[str, list[str]] = {receiver: [] for receiver in receivers}
    for consent in consents:
        limit = (consent.not_to_share or "").strip()
        if limit and consent.organisation_id in per_receiver and consent_is_valid(consent, on):
            per_receiver[consent.organisation_id].append(limit)
    everyone = [set(limits) for limits in per_receiver.values()]
    common = set.intersection(*everyone) if everyone else set()
    ordered = tuple(
        dict.fromkeys(
            limit for limits in per_receiver.values() for limit in limits if limit in common
        )
    )
    withheld = any(set(limits) - common for limits in per_receiver.values())
    return ordered, withheld


def _chosen(items: tuple[_Item, ...], item_id: str | None, what: str) -> tuple[_Item, ...]:
    if item_id is None:
        return ()
    found = tuple(item for item in items if item.id == item_id)
    if not found:
        raise ValueError(f"geen {what} met deze id in dit dossier")
    return found


def client_view(dossier: Dossier, *, with_personal_notes: bool = False) -> Dossier:
    """What the client gets to read when using their right of access.

    The dossier is about the client, so they see all of it except:

    * contact notes marked ``client_may_read=False`` (for example because they hold
      information about someone else); never shown here;
    * personal notes (``note_scope == "persoonlijk"``): they are the coach's own
      working memory, left out unless the coach chooses ``with_personal_notes=True``.

    A note whose ``client_may_read`` was never recorded is shown: by default what is
    written about someone is theirs to read.
    """

    def readable(contact: Contact) -> bool:
        if contact.client_may_read is False:
            return False
        return with_personal_notes or not contact.is_personal

    return replace(
        dossier, contacts=tuple(contact for contact in dossier.contacts if readable(contact))
    )
