"""Alembic environment: migrations run on the connection synthguard hands over."""

from __future__ import annotations

from alembic import context

from synthguard.registry.db import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through synthguard.registry.db.upgrade
    raise RuntimeError("run migrations through synthguard.registry.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
