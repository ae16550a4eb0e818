"""The operator's secret watermark keys under ``SYNTHGUARD_HOME/keys``.

One current key marks new images; keys retired by a rotation stay in the ring so that images
marked before the rotation are still found. A key is 32 random bytes in a file only the owner
can read. Keys are never printed: reports show a key id, the first 16 hex digits of the key's
SHA-256, which says nothing about the key.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from synthguard.config import Settings
from synthguard.errors import InvalidKey

KEY_BYTES = 32
_CURRENT = "watermark.key"
_RETIRED = "watermark.retired"


def key_id(key: bytes) -> str:
    """A public name for a key: safe to log, useless to an attacker."""
    return hashlib.sha256(b"synthguard-watermark-key-id" + key).hexdigest()[:16]


def parse_key(data: bytes, source: str = "key") -> bytes:
    """Accept 32 raw bytes or 64 hex digits (with optional whitespace); anything else is refused."""
    if len(data) == KEY_BYTES:
        return data
    text = data.strip()
    if len(text) == 2 * KEY_BYTES:
        try:
            return bytes.fromhex(text.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            pass
    raise InvalidKey(
        f"{source}: a watermark key is {KEY_BYTES} raw bytes or {2 * KEY_BYTES} hex digits, "
        f"got {len(data)} bytes"
    )


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


@dataclass(frozen=True)
class KeyRing:
    """The current key and the retired ones, newest first."""

    current: bytes
    retired: tuple[bytes, ...]

    @property
    def all(self) -> tuple[bytes, ...]:
        return (self.current, *self.retired)

    def describe(self) -> dict[str, object]:
        return {"current": key_id(self.current), "retired": [key_id(k) for k in self.retired]}


class WatermarkKeys:
    """Load, create, rotate, export and import the watermark key ring of a data directory."""

    def __init__(self, settings: Settings) -> None:
        self.directory = settings.home / "keys"

    @property
    def current_path(self) -> Path:
        return self.directory / _CURRENT

    def exists(self) -> bool:
        return self.current_path.is_file()

    def _read(self, path: Path) -> bytes:
        try:
            return parse_key(path.read_bytes(), str(path))
        except OSError as e:
            raise InvalidKey(f"{path}: cannot read the watermark key: {e}") from e

    def ring(self, create: bool = True) -> KeyRing:
        """The key ring; the first call on a new data directory creates the key."""
        if not self.exists():
            if not create:
                raise InvalidKey(f"no watermark key at {self.current_path}")
            _write_private(self.current_path, secrets.token_bytes(KEY_BYTES))
        retired_dir = self.directory / _RETIRED
        retired = sorted(retired_dir.glob("*.key"), reverse=True) if retired_dir.is_dir() else []
        return KeyRing(self._read(self.current_path), tuple(self._read(p) for p in retired))

    def rotate(self) -> KeyRing:
        """Retire the current key (kept for detection) and create a new one."""
        ring = self.ring()
        # A sequence number first: retirements in the same second still sort newest first.
        sequence = len(ring.retired) + 1
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        name = f"{sequence:06d}-{stamp}-{key_id(ring.current)}.key"
        _write_private(self.directory / _RETIRED / name, ring.current)
        _write_private(self.current_path, secrets.token_bytes(KEY_BYTES))
        return self.ring()

    def export(self, destination: Path) -> str:
        """Copy the current key to ``destination`` (owner-only) for another server."""
        key = self.ring().current
        _write_private(destination, key.hex().encode() + b"\n")
        return key_id(key)

    def import_key(self, source: Path) -> KeyRing:
        """Make the key in ``source`` the current one, retiring the present key if different."""
        try:
            key = parse_key(source.read_bytes(), str(source))
        except OSError as e:
            raise InvalidKey(f"{source}: cannot read: {e}") from e
        if self.exists():
            ring = self.ring()
            if ring.current == key:
                return ring
            self.rotate()
        _write_private(self.current_path, key)
        return self.ring()
