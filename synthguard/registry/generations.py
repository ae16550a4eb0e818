"""The record of every image the service generated.

A generation's id is derived from its 48-bit watermark payload (``gen_`` + 12 hex digits), so a
watermark found in a stripped copy leads straight back to the record. The prompt is stored as a
SHA-256 digest; the text itself only when the ``store_prompts`` setting says so.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from synthguard.errors import InvalidInput, InvalidPayload, NotFound
from synthguard.registry.db import GenerationRow, Store

PAYLOAD_BYTES = 6
ID_PREFIX = "gen_"


def generation_id(payload: bytes) -> str:
    """The generation id a watermark payload stands for."""
    if len(payload) != PAYLOAD_BYTES:
        raise InvalidPayload(f"a generation payload is {PAYLOAD_BYTES} bytes, got {len(payload)}")
    return ID_PREFIX + payload.hex()


def payload_of(gen_id: str) -> bytes:
    """The watermark payload of a generation id."""
    if not gen_id.startswith(ID_PREFIX):
        raise InvalidInput(f"{gen_id!r} is not a generation id (gen_ + 12 hex digits)")
    try:
        payload = bytes.fromhex(gen_id[len(ID_PREFIX) :])
    except ValueError:
        raise InvalidInput(f"{gen_id!r} is not a generation id (gen_ + 12 hex digits)") from None
    if len(payload) != PAYLOAD_BYTES:
        raise InvalidInput(f"{gen_id!r} is not a generation id (gen_ + 12 hex digits)")
    return payload


def prompt_digest(prompt: str) -> str:
    return hashlib.sha256(prompt.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Generation:
    """One generated image, as recorded."""

    id: str
    created_at: datetime
    model: str
    backend: str
    prompt_sha256: str
    watermark_payload: bytes
    requester_key_id: str | None = None
    prompt: str | None = None
    pdq: str | None = None
    features: bytes | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "model": self.model,
            "backend": self.backend,
            "requester_key_id": self.requester_key_id,
            "prompt_sha256": self.prompt_sha256,
            "prompt": self.prompt,
            "watermark_payload": self.watermark_payload.hex(),
            "pdq": self.pdq,
            "has_features": self.features is not None,
            "extra": self.extra,
        }

    @classmethod
    def _from_row(cls, row: GenerationRow) -> Generation:
        created = row.created_at
        if created.tzinfo is None:  # SQLite drops the zone; everything is stored in UTC
            created = created.replace(tzinfo=UTC)
        return cls(
            id=row.id,
            created_at=created,
            model=row.model,
            backend=row.backend,
            prompt_sha256=row.prompt_sha256,
            watermark_payload=bytes.fromhex(row.watermark_payload),
            requester_key_id=row.requester_key_id,
            prompt=row.prompt,
            pdq=row.pdq,
            features=row.features,
            extra=dict(row.extra or {}),
        )


class GenerationStore(Store):
    """Generations in SQLite (default) or PostgreSQL, by the settings' database URL."""

    def new_payload(self) -> bytes:
        """A random payload not yet used by any generation."""
        while True:
            payload = secrets.token_bytes(PAYLOAD_BYTES)
            if self.by_payload(payload) is None:
                return payload

    def add(
        self,
        *,
        model: str,
        backend: str,
        prompt: str,
        payload: bytes | None = None,
        requester_key_id: str | None = None,
        pdq: str | None = None,
        features: bytes | None = None,
        extra: dict[str, Any] | None = None,
        created_at: datetime | None = None,
    ) -> Generation:
        """Record a generation; a fresh payload is drawn unless one is given."""
        if pdq is not None and (len(pdq) != 64 or any(c not in "0123456789abcdef" for c in pdq)):
            raise InvalidInput("pdq must be 64 lowercase hex digits")
        for _ in range(8):
            chosen = payload if payload is not None else self.new_payload()
            row = GenerationRow(
                id=generation_id(chosen),
                created_at=created_at or datetime.now(UTC),
                model=model,
                backend=backend,
                requester_key_id=requester_key_id,
                prompt_sha256=prompt_digest(prompt),
                prompt=prompt if self.settings.store_prompts else None,
                watermark_payload=chosen.hex(),
                pdq=pdq,
                features=features,
                extra=extra or {},
            )
            try:
                with self._session() as session, session.begin():
                    session.add(row)
            except IntegrityError as e:
                if payload is not None:
                    raise InvalidPayload(f"payload {payload.hex()} is already recorded") from e
                continue  # a concurrent writer drew the same payload: draw again
            return Generation._from_row(row)
        raise InvalidPayload("could not draw an unused payload")  # pragma: no cover

    def get(self, gen_id: str) -> Generation:
        with self._session() as session:
            row = session.get(GenerationRow, gen_id)
            if row is None:
                raise NotFound(f"no generation {gen_id}")
            return Generation._from_row(row)

    def by_payload(self, payload: bytes) -> Generation | None:
        with self._session() as session:
            row = session.scalar(
                select(GenerationRow).where(GenerationRow.watermark_payload == payload.hex())
            )
            return None if row is None else Generation._from_row(row)

    def by_pdq(self, pdq: str) -> list[Generation]:
        """Generations whose PDQ hash is exactly ``pdq`` (near matches go through an index)."""
        with self._session() as session:
            rows = session.scalars(select(GenerationRow).where(GenerationRow.pdq == pdq))
            return [Generation._from_row(r) for r in rows]

    def fingerprints(self, batch: int = 10_000) -> Iterator[tuple[str, str | None, bytes | None]]:
        """``(id, pdq, features)`` of every generation, for building a fingerprint index."""
        with self._session() as session:
            query = select(GenerationRow.id, GenerationRow.pdq, GenerationRow.features)
            for row in session.execute(query.execution_options(yield_per=batch)):
                yield row.id, row.pdq, row.features

    def remove(self, gen_id: str) -> bool:
        """Delete a record (a deletion request); True if it existed."""
        with self._session() as session, session.begin():
            result = session.execute(delete(GenerationRow).where(GenerationRow.id == gen_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def count(self) -> int:
        with self._session() as session:
            return int(session.scalar(select(func.count()).select_from(GenerationRow)) or 0)
