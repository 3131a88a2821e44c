"""Alembic migrations of the store schema, run at unlock after a backup copy."""
