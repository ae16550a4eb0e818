"""Lazy imports of the ``c2pa`` extra (c2pa-python, which brings cryptography)."""

from __future__ import annotations

from types import ModuleType

from synthguard.errors import missing_extra


def c2pa() -> ModuleType:
    try:
        import c2pa
    except ImportError as e:
        raise missing_extra("c2pa", "c2pa-python") from e
    return c2pa


def require_cryptography() -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError as e:
        raise missing_extra("c2pa", "cryptography") from e
