"""Bring a store's schema to the version this program knows (Alembic)."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from genwerkt_desktop.domain.errors import StateError

from .engine import WRITE_OPTION

# Alembic reads its scripts as files; importlib.resources finds them in every layout.
_SCRIPTS = Path(str(files("genwerkt_desktop.store") / "migrations"))


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is older than this program's; refuses a newer one."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None and current not in known_revisions():
        raise StateError(
            "deze kluis is gemaakt met een nieuwere versie van genwerkt; werk het programma bij"
        )
    return current != head_revision()


def upgrade(engine: Engine, before: Callable[[], Any] | None = None) -> bool:
    """Upgrade to head; ``before`` runs first (the safety backup) when there is work."""
    if not needs_upgrade(engine):
        return False
    with engine.connect() as conn:
        is_empty = current_revision(conn) is None
    if before is not None and not is_empty:
        before()
    config = _config()
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    return True
