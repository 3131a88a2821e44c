"""Information asked by telephone: what a record must hold, and the contact moment that
marks the call in the dossier's timeline.

The contact moment says only that a call came in, never who called or what was asked:
its scope is left open, so no partner sheet ever carries it (see
:func:`~genwerkt_desktop.domain.consent.contact_may_be_shared`), while the client still
reads it in their right-of-access dossier.
"""

from __future__ import annotations

import uuid

from .enums import ContactKind, PhoneOutcome
from .instruments import PhoneRequest
from .model import Contact

# A fixed namespace: the contact moment of a phone request has an id derived from the
# request's, so saving the request again never adds a second moment.
_NAMESPACE = uuid.UUID("6f1d3a52-8c1e-4f0b-9a57-2b1f4c1e9d30")

CONTACT_SUMMARY = "Telefonische vraag om informatie van een andere dienst."


def contact_id_for(request_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, request_id))


def contact_for(request: PhoneRequest) -> Contact:
    """The contact moment of the call: when it came in, by telephone, a neutral line."""
    return Contact(
        id=contact_id_for(request.id),
        at=request.at,
        kind=ContactKind.PHONE,
        summary=CONTACT_SUMMARY,
    )


def problem(request: PhoneRequest) -> str | None:
    """Why this record cannot be kept as it is, or None.

    Something was shared only when the client knew and agreed; what was shared is
    written down only then."""
    if not request.caller.strip():
        return "wie belde is nodig"
    if not request.what_asked.strip():
        return "wat gevraagd werd is nodig"
    if request.outcome is PhoneOutcome.SHARED_WITH_CONSENT:
        if request.client_informed is not True or request.client_agreed is not True:
            return "er wordt pas iets gedeeld als de cliënt het weet en ermee akkoord is"
    elif request.shared:
        return "wat gedeeld werd, past alleen bij 'gedeeld met toestemming'"
    return None
