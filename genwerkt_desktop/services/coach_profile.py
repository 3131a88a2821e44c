"""How clients reach their coach: name, service, phone, e-mail, printed on their sheets.

Kept as a small JSON file in the data folder, beside the vault: it describes the coach,
not a client, and the command line needs it as much as the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from genwerkt_desktop.store.files import write_text_atomic

from .paths import VaultPaths

FILE_NAME = "coach.json"


@dataclass(frozen=True)
class CoachProfile:
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    def contact_lines(self) -> list[str]:
        """The filled-in details, one per line, in the order a client reads them."""
        return [
            v for v in (self.name, self.organisation, self.phone, self.email, self.address) if v
        ]


def load_profile(paths: VaultPaths) -> CoachProfile:
    """The saved profile; an empty one when there is none or it cannot be read."""
    try:
        raw = json.loads((paths.data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CoachProfile()
    if not isinstance(raw, dict):
        return CoachProfile()
    known = {f.name for f in fields(CoachProfile)}
    return CoachProfile(**{k: str(v).strip() for k, v in raw.items() if k in known})


def save_profile(paths: VaultPaths, profile: CoachProfile) -> None:
    text = json.dumps(asdict(profile), ensure_ascii=False, indent=2)
    write_text_atomic(paths.data_dir / FILE_NAME, text)
