"""The failures a user can meet, each with the exit code CLI.md gives it.

Messages are Dutch, one line, and never carry client content.
"""

from __future__ import annotations


class GenwerktError(Exception):
    """Base of every expected failure; anything else is a bug (exit 1)."""

    exit_code = 1


class StateError(GenwerktError):
    """Usage, or the state does not allow it (store exists, store missing, not found)."""

    exit_code = 2


class InvalidInput(GenwerktError):
    """Input that breaks the exchange format; nothing was written."""

    exit_code = 3

    def __init__(self, source: str, json_path: str, message: str) -> None:
        self.source = source
        self.json_path = json_path
        self.detail = message
        super().__init__(f"{source}: {json_path}: {message}")


class IntegrityFailure(GenwerktError):
    """The store or a backup is damaged or tampered with."""

    exit_code = 4


class WrongPassphrase(GenwerktError):
    """The passphrase (or recovery code) does not open this vault."""

    exit_code = 5

    def __init__(self, message: str = "verkeerde wachtzin") -> None:
        super().__init__(message)


class StoreBusy(StateError):
    """Another program holds the store's write lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__(
            "de kluis is in gebruik door een ander programma of venster; probeer het zo opnieuw"
        )


class StoreClosed(StateError):
    """Work that arrives after the vault was locked: nothing is read or written."""

    def __init__(self) -> None:
        super().__init__("de kluis is vergrendeld; open ze opnieuw")


class DiskFull(StateError):
    """No room left on the disk; the last saved state is intact."""

    def __init__(self, where: str | None = None) -> None:
        place = f" ({where})" if where else ""
        super().__init__(
            f"de schijf is vol{place}; er is niets verloren, maak ruimte en probeer opnieuw"
        )


class OutputNotWritable(StateError):
    """A file the user asked for cannot be written there (folder, rights, a file in the way)."""


class ReadOnlyDossier(StateError):
    """A team dossier that a colleague holds: this laptop keeps a copy to read, and only
    the holder (or a lead's handover) may change it."""

    def __init__(self, holder: str | None) -> None:
        self.holder = holder
        who = holder or "een collega"
        super().__init__(
            f"dit dossier is in handen van {who}; op dit toestel kunt u het alleen lezen"
        )


class SealBroken(StateError):
    """A sealed team document (or a wrapped team key) that does not open: another
    dossier's, another version's, altered, or sealed with a key this coach lacks."""

    def __init__(
        self, message: str = "een verzegeld teamdocument gaat niet open: gewijzigd of verwisseld"
    ) -> None:
        super().__init__(message)


class Interrupted(GenwerktError):
    """A read stopped halfway because a newer one made its answer pointless (the coach
    typed on); nobody is told, the newer answer follows."""

    def __init__(self) -> None:
        super().__init__("de zoekopdracht is onderbroken")
