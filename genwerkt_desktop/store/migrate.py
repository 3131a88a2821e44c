"""Bring a store's schema to the version this program knows (Alembic).

A store already at this program's newest revision (every unlock but the first after an
update) is recognised from its ``alembic_version`` row alone: Alembic, which takes about
0.1 s to import and read its scripts, is then not loaded at all.  That question is plain
SQL (:func:`at_head`), so the lean read path (lean_read.py) asks it without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from genwerkt_desktop.domain.errors import StateError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

    from .connection import SqlConnection

# Alembic reads its scripts as files; importlib.resources finds them in every layout.
_SCRIPTS = Path(str(files("genwerkt_desktop.store") / "migrations"))

# The newest script in migrations/versions; tests/store/test_migrate_head.py holds it to
# what Alembic reads there, so a new migration cannot be forgotten here.
HEAD_REVISION: Final = "0011"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

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


def at_head(conn: SqlConnection) -> bool:
    """Whether the store's one ``alembic_version`` row names this program's head (plain
    SQL: no Alembic needed for the answer)."""
    table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if table is None:
        return False
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return len(rows) == 1 and rows[0][0] == HEAD_REVISION


def _at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        return at_head(conn)


def upgrade(engine: Engine, before: Callable[[], Any] | None = None) -> bool:
    """Upgrade to head; ``before`` runs first (the safety backup) when there is work."""
    if _at_head(engine) or not needs_upgrade(engine):
        return False
    with engine.connect() as conn:
        is_empty = current_revision(conn) is None
    if before is not None and not is_empty:
        before()
    from alembic import command

    from .engine import WRITE_OPTION

    config = _config()
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    return True
