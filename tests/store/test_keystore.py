"""The optional device key store, against the real ``keyring`` package with in-test backends."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import ClassVar

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.keystore import (
    SECURE_OS_KEYRINGS,
    KeyStore,
    NoKeyStore,
    SystemKeyStore,
    backend_name,
)
from tests.fakes_keystore import MemoryKeyStore

# Let keyring discover its default backend *before* the test backends below are defined:
# every KeyringBackend subclass registers itself, and must not become the process default.
keyring.get_keyring()

VAULT_ID = "6f1c2f0e-9a53-4d8e-9a0c-2b7a4c1d5e6f"
KEY = bytes(range(32))


class InMemoryBackend(KeyringBackend):
    """A stand-in for a real OS keyring (priority 1)."""

    priority: float = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LowPriorityBackend(InMemoryBackend):
    priority = 0.5


class PretendKeyringsAlt(InMemoryBackend):
    """Looks like a keyrings.alt file backend (module name only), high priority on purpose."""

    priority = 5


PretendKeyringsAlt.__module__ = "keyrings.alt.file"


class BrokenBackend(KeyringBackend):
    """An OS keyring that errors on every call (locked, D-Bus gone, ...)."""

    priority: float = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


class ThirdPartyPlaintext(InMemoryBackend):
    """A plugin that is no OS keyring but ranks itself first (and would write plain JSON)."""

    priority = 5


ThirdPartyPlaintext.__module__ = "keyrings.plaintext_json"


def _store() -> SystemKeyStore:
    """The real key store, told to trust the in-memory stand-ins of an OS keyring."""
    stand_ins = {backend_name(InMemoryBackend()), backend_name(BrokenBackend())}
    return SystemKeyStore(trusted=SECURE_OS_KEYRINGS | stand_ins)


def make_chainer(*children: KeyringBackend) -> ChainerBackend:
    class FixedChainer(ChainerBackend):
        backends: ClassVar[list[KeyringBackend]] = list(children)

    return FixedChainer()


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    original = keyring.get_keyring()
    yield
    keyring.set_keyring(original)


# --------------------------------------------------------------------------- accepted keyring


def test_real_keyring_remembers_loads_and_forgets_the_key() -> None:
    backend = InMemoryBackend()
    keyring.set_keyring(backend)
    store = _store()

    assert store.availability() is None
    assert store.load(VAULT_ID) is None
    store.save(VAULT_ID, KEY)
    assert backend.entries == {("genwerkt", VAULT_ID): KEY.hex()}
    assert store.load(VAULT_ID) == KEY

    store.forget(VAULT_ID)
    assert store.load(VAULT_ID) is None
    store.forget(VAULT_ID)  # forgetting twice is fine


def test_keys_of_different_vaults_are_kept_apart() -> None:
    keyring.set_keyring(InMemoryBackend())
    store = _store()
    other = "0b8e5d9a-1111-4222-8333-444455556666"
    store.save(VAULT_ID, KEY)
    store.save(other, bytes(32))
    assert store.load(VAULT_ID) == KEY
    assert store.load(other) == bytes(32)


def test_garbage_in_the_keyring_entry_is_ignored() -> None:
    backend = InMemoryBackend()
    keyring.set_keyring(backend)
    backend.entries[("genwerkt", VAULT_ID)] = "geen hex"
    assert _store().load(VAULT_ID) is None
    backend.entries[("genwerkt", VAULT_ID)] = "abcd"  # hex, but not 32 bytes
    assert _store().load(VAULT_ID) is None


def test_chainer_with_a_real_keyring_uses_that_keyring() -> None:
    real = InMemoryBackend()
    keyring.set_keyring(make_chainer(real, keyring.backends.fail.Keyring()))
    store = _store()
    assert store.availability() is None
    store.save(VAULT_ID, KEY)
    assert real.entries == {("genwerkt", VAULT_ID): KEY.hex()}
    assert store.load(VAULT_ID) == KEY


def test_chainer_skips_an_unsafe_child_ranked_first() -> None:
    unsafe, real = PretendKeyringsAlt(), InMemoryBackend()
    keyring.set_keyring(make_chainer(unsafe, real))
    _store().save(VAULT_ID, KEY)
    assert unsafe.entries == {}
    assert real.entries == {("genwerkt", VAULT_ID): KEY.hex()}


# --------------------------------------------------------------------------- refused backends


@pytest.mark.parametrize(
    "make_backend",
    [
        keyring.backends.fail.Keyring,
        keyring.backends.null.Keyring,
        PretendKeyringsAlt,
        ThirdPartyPlaintext,
        LowPriorityBackend,
        lambda: make_chainer(),
        lambda: make_chainer(keyring.backends.fail.Keyring(), LowPriorityBackend()),
    ],
    ids=[
        "fail",
        "null",
        "keyrings.alt",
        "third-party-plaintext",
        "low-priority",
        "empty-chainer",
        "chainer-no-real",
    ],
)
def test_backends_that_are_not_a_real_os_keyring_are_refused(make_backend: object) -> None:
    backend = make_backend()  # type: ignore[operator]
    keyring.set_keyring(backend)
    store = _store()

    reason = store.availability()
    assert isinstance(reason, str)
    assert reason and "\n" not in reason
    assert store.load(VAULT_ID) is None
    with pytest.raises(StateError) as info:
        store.save(VAULT_ID, KEY)
    assert KEY.hex() not in str(info.value)
    store.forget(VAULT_ID)  # nothing to forget, no error
    if isinstance(backend, InMemoryBackend):
        assert backend.entries == {}


def test_keyring_errors_load_as_nothing_and_save_as_state_error() -> None:
    keyring.set_keyring(BrokenBackend())
    store = _store()
    assert store.availability() is None
    assert store.load(VAULT_ID) is None
    with pytest.raises(StateError) as info:
        store.save(VAULT_ID, KEY)
    message = str(info.value)
    assert "sleutelhanger" in message
    assert KEY.hex() not in message
    assert info.value.__cause__ is None
    with pytest.raises(StateError):
        store.forget(VAULT_ID)


def test_save_refuses_a_key_of_the_wrong_size() -> None:
    keyring.set_keyring(InMemoryBackend())
    with pytest.raises(ValueError):
        _store().save(VAULT_ID, b"short")


# --------------------------------------------------------------------------- switched off


def test_no_key_store_remembers_nothing() -> None:
    store = NoKeyStore()
    assert store.availability() == "onthouden op dit apparaat staat uit"
    assert store.load(VAULT_ID) is None
    with pytest.raises(StateError):
        store.save(VAULT_ID, KEY)
    store.forget(VAULT_ID)


# --------------------------------------------------------------------------- the test fake


def test_memory_key_store_behaves_like_a_key_store() -> None:
    stores: list[KeyStore] = [MemoryKeyStore(), _store(), NoKeyStore()]
    memory = stores[0]
    assert memory.availability() is None
    memory.save(VAULT_ID, KEY)
    assert memory.load(VAULT_ID) == KEY
    memory.forget(VAULT_ID)
    assert memory.load(VAULT_ID) is None

    off = MemoryKeyStore(unavailable="geen sleutelhanger")
    assert off.availability() == "geen sleutelhanger"
    with pytest.raises(StateError):
        off.save(VAULT_ID, KEY)


def test_memory_key_store_refuses_to_run_outside_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "pytest")
    with pytest.raises(RuntimeError):
        MemoryKeyStore()


def test_only_the_known_os_keyrings_are_trusted_by_default() -> None:
    # A plugin ranked above everything is still refused when it is not on the list.
    keyring.set_keyring(ThirdPartyPlaintext())
    assert SystemKeyStore().availability() is not None
    keyring.set_keyring(InMemoryBackend())
    assert SystemKeyStore().availability() is not None
    # Every trusted name is a real class of the keyring package (no typo hides one).
    import importlib

    for name in SECURE_OS_KEYRINGS:
        module, _, cls = name.rpartition(".")
        assert isinstance(getattr(importlib.import_module(module), cls), type), name
