"""What every team service shares: the open vault, the way to reach the server, and the
team password's optional place in the OS keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store import team_local
from genwerkt_desktop.store.keystore import KeyStore, NoKeyStore
from genwerkt_desktop.store.team_server import TeamServer

Connector = Callable[[str, "str | None"], TeamServer]

NOT_LINKED = "deze kluis is nog niet met een teamserver verbonden ('genwerkt team connect')"


def _connect(url: str, password: str | None) -> TeamServer:
    return TeamServer.connect(url, password)


@dataclass(frozen=True)
class TeamContext:
    vault: OpenVault
    keystore: KeyStore = field(default_factory=NoKeyStore)
    connect: Connector = _connect

    def link(self) -> team_local.TeamLink:
        with self.vault.db.read() as conn:
            link = team_local.read_link(conn)
        if link is None:
            raise StateError(NOT_LINKED)
        return link

    @contextmanager
    def server(self, password: str | None) -> Iterator[tuple[team_local.TeamLink, TeamServer]]:
        """One connection for one unit of work, closed whatever happens."""
        link = self.link()
        server = self.connect(link.url, password or self.remembered_password())
        try:
            yield link, server
        finally:
            server.close()

    # --- the team password (the same rules as the vault key: only the OS's own store) --

    def _key_name(self) -> str:
        return f"{self.vault.vault_id}/team"

    def remembered_password(self) -> str | None:
        if self.keystore.availability() is not None:
            return None
        stored = self.keystore.load(self._key_name())
        return stored.decode("utf-8") if stored else None

    def remember_password(self, password: str) -> None:
        self.keystore.save(self._key_name(), password.encode("utf-8"))

    def forget_password(self) -> None:
        self.keystore.forget(self._key_name())
