"""Storage behind narrow repository classes: generations (and, later, opt-outs, consents,
keys and the audit log). SQLite by default, PostgreSQL by URL, schema by Alembic."""

from synthguard.registry.generations import (
    Generation,
    GenerationStore,
    generation_id,
    payload_of,
    prompt_digest,
)

__all__ = ["Generation", "GenerationStore", "generation_id", "payload_of", "prompt_digest"]
