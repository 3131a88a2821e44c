"""Optional "remember on this device": keep a vault's database key in the OS keyring.

Only backends known to be the operating system's own secure store are accepted: Windows
Credential Locker, macOS Keychain, Secret Service (GNOME Keyring, KeePassXC) and KWallet.
Anything else, including third-party plugins that rank themselves high and write the key
to a plain file, is refused: an allowlist, not a list of known bad ones. Nothing here ever
logs a key.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Final, Protocol

from genwerkt_desktop.domain.errors import StateError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# ``keyring`` (and every backend it discovers) is imported when the key store is first
# asked, on the worker: the desktop builds its window and unlock page without it.

SERVICE: Final = "genwerkt"
KEY_BYTES: Final = 32

_MSG_NO_KEYRING: Final = "er is geen sleutelhanger van het besturingssysteem beschikbaar"
_MSG_UNSAFE_KEYRING: Final = (
    "de gevonden sleutelhanger is geen veilige sleutelhanger van het besturingssysteem"
)
_MSG_SAVE_FAILED: Final = "de sleutel kon niet in de sleutelhanger van dit apparaat worden bewaard"
_MSG_FORGET_FAILED: Final = (
    "de sleutel kon niet uit de sleutelhanger van dit apparaat worden verwijderd"
)
_MSG_OFF: Final = "onthouden op dit apparaat staat uit"


class KeyStore(Protocol):
    """Where a vault's database key may be remembered on this device."""

    def availability(self) -> str | None:
        """None when usable, otherwise a short Dutch explanation why not."""
        ...

    def load(self, vault_id: str) -> bytes | None:
        """The remembered key, or None (not remembered, unavailable, or unreadable)."""
        ...

    def save(self, vault_id: str, db_key: bytes) -> None:
        """Remember the key; raises ``StateError`` when that is not possible."""
        ...

    def forget(self, vault_id: str) -> None:
        """Remove a remembered key; no error when there was none."""
        ...


# The exact classes (module and name) of the operating systems' secure stores in keyring.
SECURE_OS_KEYRINGS: Final = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)


def backend_name(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _refusal(backend: KeyringBackend, trusted: Collection[str]) -> str | None:
    """Why ``backend`` is not acceptable, or None when it is a trusted OS keyring."""
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return _MSG_NO_KEYRING
    if backend_name(backend) not in trusted:
        return _MSG_UNSAFE_KEYRING
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot even tell its priority is not usable
        return _MSG_NO_KEYRING
    if priority < 1:
        return _MSG_UNSAFE_KEYRING
    return None


def _resolve(
    backend: KeyringBackend, trusted: Collection[str]
) -> tuple[KeyringBackend | None, str | None]:
    """The backend to talk to (a chainer resolves to its best acceptable child)."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        try:
            children: list[KeyringBackend] = list(backend.backends)
        except Exception:
            return None, _MSG_NO_KEYRING
        for child in children:
            if not isinstance(child, chainer.ChainerBackend) and _refusal(child, trusted) is None:
                return child, None
        return None, _MSG_NO_KEYRING
    reason = _refusal(backend, trusted)
    return (None, reason) if reason is not None else (backend, None)


class SystemKeyStore:
    """The OS keyring via the ``keyring`` package: service "genwerkt", user = vault id.

    ``trusted`` names the backend classes accepted; tests add their in-memory stand-in.
    """

    def __init__(self, trusted: Collection[str] = SECURE_OS_KEYRINGS) -> None:
        self._trusted = frozenset(trusted)

    def _backend(self) -> tuple[KeyringBackend | None, str | None]:
        import keyring

        try:
            current = keyring.get_keyring()
        except Exception:
            return None, _MSG_NO_KEYRING
        return _resolve(current, self._trusted)

    def availability(self) -> str | None:
        return self._backend()[1]

    def load(self, vault_id: str) -> bytes | None:
        from keyring.errors import KeyringError

        backend, _reason = self._backend()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, vault_id)
        except KeyringError:
            return None
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def save(self, vault_id: str, db_key: bytes) -> None:
        if len(db_key) != KEY_BYTES:
            raise ValueError("de databasesleutel is precies 32 bytes")
        from keyring.errors import KeyringError

        backend, reason = self._backend()
        if backend is None:
            raise StateError(reason or _MSG_NO_KEYRING)
        try:
            backend.set_password(SERVICE, vault_id, db_key.hex())
        except KeyringError:
            raise StateError(_MSG_SAVE_FAILED) from None

    def forget(self, vault_id: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        backend, _reason = self._backend()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, vault_id)
        except PasswordDeleteError:
            return  # nothing was remembered
        except KeyringError:
            raise StateError(_MSG_FORGET_FAILED) from None


class NoKeyStore:
    """Remembering is switched off: nothing is stored, nothing is found."""

    def availability(self) -> str | None:
        return _MSG_OFF

    def load(self, vault_id: str) -> bytes | None:
        return None

    def save(self, vault_id: str, db_key: bytes) -> None:
        raise StateError(_MSG_OFF)

    def forget(self, vault_id: str) -> None:
        return None
