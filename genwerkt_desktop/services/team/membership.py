"""Joining the team and letting others in: this laptop's key pair, the team key, admission
after comparing fingerprints, and a new team key when a member leaves."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store import team_local, team_seal
from genwerkt_desktop.store.team_server import ServerMember, TeamServer

from .context import TeamContext
from .failures import NotInTeam


@dataclass(frozen=True)
class LinkInfo:
    """What Instellingen shows of the link to the team."""

    url: str
    role: str
    team: str
    is_lead: bool
    fingerprint: str
    last_sync_at: datetime | None
    remember_password: bool
    admitted: bool = False  # holds the team's current key (as of the last sync)


@dataclass(frozen=True)
class Member:
    role: str
    is_lead: bool
    fingerprint: str | None  # None: never connected, so no key to admit yet
    admitted: bool  # has the team's current key
    left: bool
    holds: int  # dossiers this member holds


@dataclass(frozen=True)
class Connected:
    role: str
    team: str
    is_lead: bool
    fingerprint: str
    created_team_key: bool  # the first lead's first connect
    admitted: bool


class TeamMembership:
    def __init__(self, context: TeamContext) -> None:
        self._ctx = context

    def info(self) -> LinkInfo | None:
        with self._ctx.vault.db.read() as conn:
            link = team_local.read_link(conn)
        if link is None:
            return None
        return LinkInfo(
            url=link.url,
            role=link.role,
            team=link.team,
            is_lead=link.is_lead,
            fingerprint=team_seal.fingerprint(link.public_key),
            last_sync_at=link.last_sync_at,
            remember_password=link.remember_password,
            admitted=link.admitted,
        )

    def connect(self, url: str, password: str | None, *, remember: bool = False) -> Connected:
        """Link this vault to the team's server and register this coach's public key.

        The key pair is made once per vault and role; connecting again keeps it, so a
        colleague's admission stays valid."""
        if remember:
            reason = self._ctx.keystore.availability()
            if reason is not None:
                raise StateError(f"het teamwachtwoord kan niet onthouden worden: {reason}")
        server = self._ctx.connect(url, password)
        try:
            me = server.me()
            if me is None or me.left:
                raise NotInTeam(
                    f"de rol {server.role} hoort bij geen team op deze server; vraag de "
                    "beheerder van de databank om 'genwerkt team server-init'"
                )
            with self._ctx.vault.db.read() as conn:
                old = team_local.read_link(conn)
            if old is not None and old.role == me.role and old.team == me.team:
                public, secret = old.public_key, old.secret_key
            else:
                pair = team_seal.generate_keypair()
                public, secret = pair.public, pair.secret
            if me.public_key != public:
                server.register_public_key(public)
            created = False
            if me.is_lead and server.current_key_version() is None:
                team_key = team_seal.new_team_key()
                wrapped = team_seal.wrap_team_key(
                    team_key, wrapper_secret=secret, member_public=public
                )
                server.add_wrapped_keys(1, {me.role: wrapped})
                created = True
            link = team_local.TeamLink(
                url=url,
                role=me.role,
                team=me.team,
                is_lead=me.is_lead,
                public_key=public,
                secret_key=secret,
                remember_password=remember,
                meta_seq=old.meta_seq if old is not None and old.role == me.role else 0,
                org_seq=old.org_seq if old is not None and old.role == me.role else 0,
                last_sync_at=old.last_sync_at if old is not None else None,
                admitted=False,
            )
            with self._ctx.vault.db.write() as conn:
                team_local.write_link(conn, link)
                self._ctx.vault.record("team: verbonden", detail=me.team, conn=conn)
            admitted = take_keys(self._ctx, server, secret)
        finally:
            server.close()
        if remember and password:
            self._ctx.remember_password(password)
        elif not remember:
            self._ctx.forget_password()
        return Connected(
            role=me.role,
            team=me.team,
            is_lead=me.is_lead,
            fingerprint=team_seal.fingerprint(public),
            created_team_key=created,
            admitted=admitted,
        )

    def members(self, password: str | None) -> list[Member]:
        """The team as the server knows it: who waits for admission, who holds how much."""
        with self._ctx.server(password) as (_link, server):
            members = server.members()
            admitted = server.admitted()
            current = server.current_key_version()
            holds = Counter(m.holder for m in server.dossier_meta(0))
        return [
            Member(
                role=m.role,
                is_lead=m.is_lead,
                fingerprint=team_seal.fingerprint(m.public_key) if m.public_key else None,
                admitted=current is not None and current in admitted.get(m.role, ()),
                left=m.left,
                holds=holds.get(m.role, 0),
            )
            for m in sorted(members, key=lambda m: m.role)
        ]

    def fingerprint_of(self, role: str, password: str | None) -> str:
        with self._ctx.server(password) as (_link, server):
            return team_seal.fingerprint(_registered(server, role).public_key or b"")

    def admit(self, role: str, password: str | None) -> str:
        """Hand every version of the team key to ``role``; returns the fingerprint the lead
        compared (a lead only; the server refuses anyone else)."""
        link = self._ctx.link()
        with self._ctx.vault.db.read() as conn:
            keys = team_local.team_keys(conn)
        if not link.is_lead:
            raise StateError("alleen een teamverantwoordelijke kan iemand toelaten")
        if not keys:
            raise StateError("deze kluis heeft de teamsleutel nog niet; synchroniseer eerst")
        with self._ctx.server(password) as (_link, server):
            member = _registered(server, role)
            assert member.public_key is not None
            for version, key in sorted(keys.items()):
                wrapped = team_seal.wrap_team_key(
                    key, wrapper_secret=link.secret_key, member_public=member.public_key
                )
                server.add_wrapped_keys(version, {role: wrapped})
        self._ctx.vault.record("team: toegelaten", detail=role)
        return team_seal.fingerprint(member.public_key)

    def remove(self, role: str, password: str | None) -> int:
        """A member leaves: mark them so on the server and make a new team key for everyone
        else. Documents are sealed with it from their next push. Returns the new version."""
        link = self._ctx.link()
        if not link.is_lead:
            raise StateError("alleen een teamverantwoordelijke kan iemand uit het team halen")
        if role == link.role:
            raise StateError("u kunt uzelf niet uit het team halen")
        with self._ctx.server(password) as (_link, server):
            _registered(server, role, need_key=False)
            server.mark_left(role)
            version = (server.current_key_version() or 0) + 1
            team_key = team_seal.new_team_key()
            wrapped = {
                m.role: team_seal.wrap_team_key(
                    team_key, wrapper_secret=link.secret_key, member_public=m.public_key
                )
                for m in server.members()
                if not m.left and m.public_key is not None
            }
            server.add_wrapped_keys(version, wrapped)
        with self._ctx.vault.db.write() as conn:
            team_local.add_team_key(conn, version, team_key)
            self._ctx.vault.record("team: sleutel vernieuwd", detail=role, conn=conn)
        return version


def _registered(server: TeamServer, role: str, *, need_key: bool = True) -> ServerMember:
    for member in server.members():
        if member.role == role and not member.left:
            if need_key and member.public_key is None:
                raise StateError(
                    f"{role} heeft nog nooit verbonden: laat {role} eerst "
                    "'genwerkt team connect' doen"
                )
            return member
    raise StateError(f"{role} is geen lid van dit team")


def take_keys(context: TeamContext, server: TeamServer, secret: bytes) -> bool:
    """Unwrap every team key wrapped for this coach that the vault lacks; True when the
    vault holds the team's current key (so this coach is admitted)."""
    with context.vault.db.read() as conn:
        have = team_local.team_keys(conn)
    wrappers = {m.role: m.public_key for m in server.members()}
    fresh: dict[int, bytes] = {}
    for wrapped in server.wrapped_keys():
        if wrapped.key_version in have:
            continue
        wrapper_public = wrappers.get(wrapped.wrapped_by)
        if wrapper_public is None:
            continue  # wrapped by someone no longer in the team: not to be trusted
        fresh[wrapped.key_version] = team_seal.unwrap_team_key(
            wrapped.wrapped, member_secret=secret, wrapper_public=wrapper_public
        )
    if fresh:
        with context.vault.db.write() as conn:
            for version, key in fresh.items():
                team_local.add_team_key(conn, version, key)
    current = server.current_key_version()
    admitted = current is not None and current in {*have, *fresh}
    with context.vault.db.write() as conn:
        team_local.set_sync_marks(conn, admitted=admitted)
    return admitted
