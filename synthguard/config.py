"""Every setting of synthguard in one table, read from ``SYNTHGUARD_*`` environment variables.

``docs/settings.md`` is generated from :class:`Settings` by :func:`settings_markdown`
(``make docs``); a test keeps the two in sync.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from synthguard.errors import ConfigError


class Settings(BaseSettings):
    """Runtime settings. Each field is the environment variable ``SYNTHGUARD_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="SYNTHGUARD_", extra="ignore", frozen=True)

    home: Path = Field(
        Path("./var"),
        description="Data directory: keys, the SQLite database, indexes. Created on first use.",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the database. Unset: SQLite at `<home>/synthguard.db`. "
        "PostgreSQL: `postgresql+psycopg://user:pass@host/db`.",
    )
    store_prompts: bool = Field(
        False,
        description="Keep the text of prompts in the generation registry; otherwise only "
        "their SHA-256 digest is stored.",
    )
    max_image_pixels: int = Field(
        50_000_000,
        gt=0,
        description="Largest image (width × height) that will be decoded; larger ones are "
        "refused as decompression bombs before any pixel is allocated.",
    )
    max_upload_bytes: int = Field(
        50 * 1024 * 1024,
        gt=0,
        description="Largest image file, in bytes, that will be read from disk or a request.",
    )
    watermark_fpr: float = Field(
        1e-6,
        gt=0,
        lt=1,
        description="False-positive rate per image that sets the watermark decision threshold.",
    )
    c2pa_cert_chain: Path | None = Field(
        None,
        description="PEM certificate chain for signing Content Credentials, end-entity "
        "certificate first. Unset: `<home>/keys/signing.chain.pem` from "
        "`synthguard credentials init`.",
    )
    c2pa_private_key: Path | None = Field(
        None,
        description="Unencrypted PEM private key matching the chain. Unset: "
        "`<home>/keys/signing.key.pem`.",
    )
    c2pa_trust_anchors: Path | None = Field(
        None,
        description="Extra PEM root certificates, beside the local root, whose Content "
        "Credentials count as ours.",
    )
    c2pa_tsa_url: str | None = Field(
        None,
        description="RFC 3161 time-stamp authority URL. Unset: offline, no time stamp (the "
        "credentials then turn invalid when the signing certificate expires). An unreachable "
        "TSA makes signing fail.",
    )
    c2pa_training_mining: Literal["allowed", "notAllowed", "constrained"] | None = Field(
        None,
        description="Training and data-mining permission written into every manifest "
        "(`cawg.training-mining`). Unset: no assertion.",
    )
    c2pa_thumbnail: bool = Field(
        False,
        description="Embed a thumbnail in each manifest (about 100 ms and 0.3–1.5 MB per image).",
    )
    host: str = Field("127.0.0.1", description="Address the HTTP service binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port the HTTP service listens on.")
    log_level: str = Field("info", description="Log level: debug, info, warning or error.")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.lower()
        if value not in {"debug", "info", "warning", "error"}:
            raise ValueError("must be one of debug, info, warning, error")
        return value

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home.resolve() / 'synthguard.db'}"

    def ensure_home(self) -> Path:
        """Create the data directory (owner-only, since keys live there) and return it."""
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.home


def load_settings() -> Settings:
    """Read the settings from the environment, as a :class:`ConfigError` when one is malformed."""
    try:
        return Settings()  # type: ignore[call-arg]  # every field has a default
    except ValidationError as e:
        problems = "; ".join(
            f"SYNTHGUARD_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in e.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from e


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Tests call ``get_settings.cache_clear()``."""
    return load_settings()


def _type_name(annotation: Any) -> str:
    """A reader's name for a field type: ``path (optional)``, ``"a" or "b"``."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is Literal:
        return " or ".join(f"`{a}`" for a in get_args(annotation))
    if args and len(args) < len(get_args(annotation)):  # X | None
        return f"{' or '.join(_type_name(a) for a in args)} (optional)"
    return getattr(annotation, "__name__", str(annotation)).lower()


def settings_markdown() -> str:
    """The reference page of every setting, generated from :class:`Settings`."""
    lines = [
        "# Settings",
        "",
        "Generated from `synthguard.config.Settings` by `make docs`; do not edit by hand.",
        "Every setting is read from an environment variable; `synthguard doctor --json` shows "
        "the values in effect.",
        "",
        "| variable | type | default | meaning |",
        "|---|---|---|---|",
    ]
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "unset" if default is None else f"`{default}`"
        lines.append(
            f"| `SYNTHGUARD_{name.upper()}` | {_type_name(field.annotation)} | {shown} "
            f"| {field.description} |"
        )
    return "\n".join(lines) + "\n"
