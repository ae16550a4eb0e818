"""Database plumbing: one engine per URL, the schema, and migrations with Alembic.

SQLite under ``SYNTHGUARD_HOME`` is the default; PostgreSQL is the same code with another URL
(``postgresql+psycopg://...``). Every store opens its engine through :func:`connect`, which
brings the schema to the newest migration first.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    Index,
    LargeBinary,
    String,
    create_engine,
    event,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from synthguard.config import Settings, get_settings
from synthguard.errors import ComponentUnavailable, ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")


class Base(DeclarativeBase):
    pass


class GenerationRow(Base):
    __tablename__ = "generations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    model: Mapped[str] = mapped_column(String(200))
    backend: Mapped[str] = mapped_column(String(100))
    requester_key_id: Mapped[str | None] = mapped_column(String(64), index=True)
    prompt_sha256: Mapped[str] = mapped_column(String(64))
    prompt: Mapped[str | None] = mapped_column(String, nullable=True)
    watermark_payload: Mapped[str] = mapped_column(String(32), unique=True)
    pdq: Mapped[str | None] = mapped_column(String(64), nullable=True)
    features: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    extra: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_generations_pdq", "pdq"),)


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the service read while a batch job writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def connect(settings: Settings) -> Engine:
    """The engine for the settings' database, migrated to the newest schema (cached per URL)."""
    url = settings.resolved_database_url
    with _lock:
        engine = _engines.get(url)
        if engine is not None:
            return engine
        if url.startswith("sqlite"):
            settings.ensure_home()
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except ImportError as e:
            raise ComponentUnavailable(
                f"no database driver for {url.split(':', 1)[0]}: pip install 'synthguard[postgres]'"
            ) from e
        except SQLAlchemyError as e:
            raise ConfigError(f"invalid SYNTHGUARD_DATABASE_URL: {e}") from e
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            upgrade(engine)
        except SQLAlchemyError as e:
            engine.dispose()
            raise ComponentUnavailable(
                f"cannot open the database: {e.__class__.__name__}: {str(e).splitlines()[0]}"
            ) from e
        _engines[url] = engine
        return engine


class Store:
    """Base of the repository classes: the settings' engine and short-lived sessions."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.engine = connect(self.settings)

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations up to ``revision`` on ``engine``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def dispose_all() -> None:
    """Close every cached engine (tests, and processes that fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
