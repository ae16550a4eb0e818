"""Consents: a person's recorded permission to edit (or generate) images of their face.

One row per consent in the ``consents`` table (migration ``0002``): the subject's id, the
embedding of the face in the consented photo (the photo itself is not kept, only its SHA-256),
the scope, an optional expiry, the revocation, and who recorded and who revoked it. Rows are
never deleted by revocation, so the record of what was allowed when survives. A consent is valid
while it is neither expired nor revoked; only valid consents match faces.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import numpy as np
from sqlalchemy import DateTime, LargeBinary, String, or_, select
from sqlalchemy.orm import Mapped, mapped_column

from synthguard.errors import InvalidInput, NotFound
from synthguard.registry.db import Base, Store
from synthguard.safety._faces import EMBEDDING_DIM, MATCH_DISTANCE, distances, one_face

ID_PREFIX = "cns_"
#: ``edit``: edits of uploads that show the face. ``likeness``: generated or uploaded images
#: that show the face (lifts the public-figure refusal for that person).
SCOPES: tuple[str, ...] = ("edit", "likeness")


class ConsentRow(Base):
    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)
    photo_sha256: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


def _now() -> datetime:
    """The clock consents are judged by (tests replace it)."""
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    # SQLite drops the zone; everything is stored in UTC, and naive input is read as UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_expiry(expires: datetime | date | str | None) -> datetime | None:
    """An expiry from a datetime, a date (00:00 UTC that day) or ISO 8601 text; None: never."""
    if expires is None or isinstance(expires, datetime):
        return _utc(expires)
    if isinstance(expires, date):
        return datetime.combine(expires, time(0, 0), tzinfo=UTC)
    text = str(expires).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(
            f"expiry {expires!r} is not an ISO 8601 date or time (e.g. 2027-01-31)"
        ) from None
    return _utc(parsed)


def _scope(scope: Iterable[str] | str) -> tuple[str, ...]:
    values = [scope] if isinstance(scope, str) else list(scope)
    cleaned = sorted({v.strip().lower() for part in values for v in part.split(",") if v.strip()})
    unknown = [v for v in cleaned if v not in SCOPES]
    if not cleaned or unknown:
        raise InvalidInput(f"consent scope must be one or more of {', '.join(SCOPES)}")
    return tuple(cleaned)


def _text(value: str, what: str) -> str:
    value = " ".join(str(value).split())
    if not 1 <= len(value) <= 200 or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise InvalidInput(f"{what} must be 1 to 200 printable characters")
    return value


@dataclass(frozen=True)
class Consent:
    """One recorded consent."""

    id: str
    subject: str
    scope: tuple[str, ...]
    recorded_by: str
    created_at: datetime
    photo_sha256: str
    embedding: np.ndarray = field(repr=False, compare=False)
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    revoked_by: str | None = None

    def valid_at(self, when: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or when < self.expires_at)

    def status(self, when: datetime | None = None) -> str:
        when = when or _now()
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and when >= self.expires_at:
            return "expired"
        return "valid"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "scope": list(self.scope),
            "recorded_by": self.recorded_by,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "revoked_by": self.revoked_by,
            "photo_sha256": self.photo_sha256,
            "status": self.status(),
        }

    @classmethod
    def _from_row(cls, row: ConsentRow) -> Consent:
        created = _utc(row.created_at)
        assert created is not None
        return cls(
            id=row.id,
            subject=row.subject,
            scope=tuple(row.scope.split(",")),
            recorded_by=row.recorded_by,
            created_at=created,
            photo_sha256=row.photo_sha256,
            embedding=np.frombuffer(row.embedding, dtype="<f4").copy(),
            expires_at=_utc(row.expires_at),
            revoked_at=_utc(row.revoked_at),
            revoked_by=row.revoked_by,
        )


@dataclass(frozen=True)
class ConsentMatch:
    """A face in a query image and the valid consent whose face it matches."""

    consent: Consent
    distance: float


class ConsentStore(Store):
    """Consents in SQLite (default) or PostgreSQL, by the settings' database URL."""

    def add(
        self,
        subject: str,
        photo_rgb: np.ndarray,
        *,
        expires: datetime | date | str | None,
        recorded_by: str,
        scope: Iterable[str] | str = ("edit",),
    ) -> Consent:
        """Record consent for the one face in ``photo_rgb``."""
        subject = _text(subject, "the subject id")
        face = one_face(photo_rgb, f"the consent photo of {subject}")
        digest = hashlib.sha256(np.ascontiguousarray(photo_rgb).tobytes()).hexdigest()
        return self.add_embedding(
            subject,
            face.embedding,
            expires=expires,
            recorded_by=recorded_by,
            scope=scope,
            photo_sha256=digest,
        )

    def add_embedding(
        self,
        subject: str,
        embedding: np.ndarray,
        *,
        expires: datetime | date | str | None,
        recorded_by: str,
        scope: Iterable[str] | str = ("edit",),
        photo_sha256: str = "",
    ) -> Consent:
        """Record consent for a face already embedded (imports, tests)."""
        vector = np.asarray(embedding, dtype="<f4").reshape(-1)
        if vector.shape != (EMBEDDING_DIM,) or not np.all(np.isfinite(vector)):
            raise InvalidInput(f"a face embedding is {EMBEDDING_DIM} finite numbers")
        now = _now()
        expires_at = parse_expiry(expires)
        if expires_at is not None and expires_at <= now:
            raise InvalidInput(f"the expiry {expires_at.isoformat()} is already past")
        row = ConsentRow(
            id=ID_PREFIX + secrets.token_hex(8),
            subject=_text(subject, "the subject id"),
            embedding=vector.tobytes(),
            photo_sha256=photo_sha256,
            scope=",".join(_scope(scope)),
            recorded_by=_text(recorded_by, "recorded_by"),
            created_at=now,
            expires_at=expires_at,
        )
        with self._session() as session, session.begin():
            session.add(row)
        return Consent._from_row(row)

    def get(self, consent_id: str) -> Consent:
        with self._session() as session:
            row = session.get(ConsentRow, consent_id)
            if row is None:
                raise NotFound(f"no consent {consent_id}")
            return Consent._from_row(row)

    def revoke(self, consent_id: str, revoked_by: str) -> Consent:
        """Revoke a consent from now on; revoking twice keeps the first revocation."""
        revoked_by = _text(revoked_by, "revoked_by")
        with self._session() as session, session.begin():
            row = session.get(ConsentRow, consent_id)
            if row is None:
                raise NotFound(f"no consent {consent_id}")
            if row.revoked_at is None:
                row.revoked_at = _now()
                row.revoked_by = revoked_by
        return Consent._from_row(row)

    def records(self, subject: str | None = None) -> list[Consent]:
        """Every consent (of ``subject``), oldest first, revoked and expired ones included."""
        query = select(ConsentRow).order_by(ConsentRow.created_at, ConsentRow.id)
        if subject is not None:
            query = query.where(ConsentRow.subject == subject)
        with self._session() as session:
            return [Consent._from_row(r) for r in session.scalars(query)]

    def valid(self, scope: str, when: datetime | None = None) -> list[Consent]:
        """Consents in force at ``when`` (default now) whose scope includes ``scope``."""
        when = when or _now()
        query = (
            select(ConsentRow)
            .where(ConsentRow.revoked_at.is_(None))
            .where(or_(ConsentRow.expires_at.is_(None), ConsentRow.expires_at > when))
            .order_by(ConsentRow.created_at, ConsentRow.id)
        )
        with self._session() as session:
            consents = [Consent._from_row(r) for r in session.scalars(query)]
        # The database compares the expiry; checked again here against the same clock.
        return [c for c in consents if scope in c.scope and c.valid_at(when)]

    def match(
        self,
        embedding: np.ndarray,
        scope: str,
        max_distance: float = MATCH_DISTANCE,
        when: datetime | None = None,
    ) -> ConsentMatch | None:
        """The nearest valid consent of ``scope`` within ``max_distance`` of a face."""
        return best_match(embedding, self.valid(scope, when), max_distance)


def best_match(
    embedding: np.ndarray, consents: list[Consent], max_distance: float = MATCH_DISTANCE
) -> ConsentMatch | None:
    """The nearest of ``consents`` within ``max_distance`` of ``embedding``, if any."""
    if not consents:
        return None
    found = distances(embedding, np.stack([c.embedding for c in consents]))
    best = int(np.argmin(found))
    if found[best] > max_distance:
        return None
    return ConsentMatch(consents[best], float(found[best]))
