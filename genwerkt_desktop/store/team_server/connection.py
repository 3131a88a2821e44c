"""Opening a psycopg connection to the team server, and turning psycopg's failures into
ours. The TLS rule is checked before anything is sent over the network.

psycopg (with ssl and asyncio, about 100 ms) is imported when a server is first asked
something, not with this module: a coach without team mode never loads it, and an unlock
never waits for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from genwerkt_desktop.domain.errors import GenwerktError, StateError
from genwerkt_desktop.store.team_server.errors import (
    TeamLoginFailed,
    TeamRefused,
    TeamTlsRefused,
    TeamUnreachable,
)

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[object, ...]]
    Cursor = psycopg.Cursor[tuple[object, ...]]

_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def _is_local(host: str) -> bool:
    # An empty host is libpq's default unix socket (a local TCP port on Windows).
    return host == "" or host.startswith("/") or host.strip("[]") in _LOCAL_HOSTS


def where(url: str) -> str:
    """The server's address for messages: host and port, never a password."""
    params = _parse(url)
    host = str(params.get("host") or params.get("hostaddr") or "lokale socket")
    port = params.get("port")
    return f"{host}:{port}" if port else host


def _parse(url: str) -> dict[str, object]:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return dict(conninfo_to_dict(url))
    except psycopg.ProgrammingError as error:
        raise StateError(
            "het adres van de teamserver is geen geldige PostgreSQL-URL "
            "(postgresql://ROL@HOST:POORT/DATABANK?sslmode=verify-full)"
        ) from error


def check_tls(url: str) -> None:
    """Over the network only verify-full TLS: a password or a sealed dossier must never
    travel in the clear or to a server whose certificate was not checked."""
    params = _parse(url)
    hosts = [
        *str(params.get("host") or os.environ.get("PGHOST", "")).split(","),
        *str(params.get("hostaddr") or os.environ.get("PGHOSTADDR", "")).split(","),
    ]
    if all(_is_local(h.strip()) for h in hosts):
        return
    sslmode = str(params.get("sslmode") or os.environ.get("PGSSLMODE", ""))
    if sslmode != "verify-full":
        raise TeamTlsRefused(
            f"de teamserver {where(url)} staat niet op deze computer: verbind alleen met "
            "sslmode=verify-full (TLS met het certificaat van uw organisatie)"
        )


def open_connection(
    url: str, password: str | None, *, connect_timeout: int, autocommit: bool = False
) -> Connection:
    import psycopg

    check_tls(url)
    extra: dict[str, Any] = {"connect_timeout": max(1, connect_timeout)}
    if password is not None:
        extra["password"] = password
    try:
        return psycopg.connect(url, autocommit=autocommit, application_name="genwerkt", **extra)
    except psycopg.OperationalError as error:
        raise _connect_failure(url, error) from None


def _connect_failure(url: str, error: psycopg.OperationalError) -> GenwerktError:
    # libpq gives no SQLSTATE for a failed connection: its text is all there is, and the
    # server's part of it may be translated. So: stems that survive translation first,
    # and anything unrecognised counts as unreachable (nothing changed, keep working).
    text = str(error).lower()
    if any(sign in text for sign in ("certificate", "certificaat", "ssl error")):
        return TeamTlsRefused(
            f"de teamserver {where(url)} kon zich niet bewijzen met het TLS-certificaat "
            "van uw organisatie; er is niets verstuurd"
        )
    if any(sign in text for sign in ("authenti", "password", "wachtwoord", "pg_hba.conf")):
        return TeamLoginFailed(
            f"de teamserver {where(url)} aanvaardt deze rol en dit wachtwoord niet"
        )
    dbname = str(_parse(url).get("dbname") or "")
    if dbname and f'"{dbname}"' in text and ("does not exist" in text or "bestaat niet" in text):
        return StateError(f"de databank «{dbname}» bestaat niet op de teamserver {where(url)}")
    return TeamUnreachable(
        f"de teamserver {where(url)} is niet bereikbaar; er is niets veranderd, "
        "u kunt gewoon verder werken"
    )


@contextmanager
def server_transaction(conn: Connection, who: str) -> Iterator[Cursor]:
    """One transaction; the server's refusals come out as TeamRefused, a lost connection
    as TeamUnreachable. Everything else of psycopg is a bug and stays itself."""
    import psycopg
    from psycopg import errors as pg_errors

    try:
        with conn.transaction(), conn.cursor() as cursor:
            yield cursor
    except pg_errors.InsufficientPrivilege as error:
        raise TeamRefused(
            f"de teamserver weigert dit voor {who}: daar heeft deze rol geen recht op"
        ) from error
    except pg_errors.RaiseException as error:
        # Our own triggers: their message is already Dutch and names no content.
        raise TeamRefused(f"de teamserver weigert dit: {error.diag.message_primary}") from error
    except pg_errors.NotNullViolation as error:
        raise TeamRefused(
            f"de teamserver weigert dit: {who} is geen actief lid van een team"
        ) from error
    except pg_errors.UniqueViolation as error:
        raise StateError("dat staat al op de teamserver") from error
    except pg_errors.IntegrityError as error:
        raise TeamRefused(
            "de teamserver weigert dit: het past niet bij wat er al staat "
            f"({error.diag.constraint_name or error.sqlstate})"
        ) from error
    except psycopg.OperationalError as error:
        raise TeamUnreachable(
            "de verbinding met de teamserver viel weg; wat niet bevestigd is, "
            "staat niet op de server"
        ) from error
