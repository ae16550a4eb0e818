"""The one exception tree of synthguard, and the exit codes the CLI maps it to.

Errors from Pillow, numpy, OpenCV, c2pa or onnxruntime are caught where they arise and
re-raised as one of these with the original attached as ``__cause__``. The CLI turns each into
an :class:`ExitCode`; the HTTP layer into one status code; both print the same JSON body::

    {"error": {"type": "InvalidImage", "message": "...", "code": 3}}
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar


class ExitCode(IntEnum):
    """Process exit codes of the ``synthguard`` CLI. Scripts outside the repo rely on them."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    INVALID_INPUT = 3
    REFUSED = 4
    NOT_AUTHORISED = 5
    UNAVAILABLE = 6


class SynthguardWarning(UserWarning):
    """Warnings raised by synthguard itself (turned into errors in the test suite)."""


class SynthguardError(Exception):
    """Base of every error synthguard raises on purpose."""

    exit_code: ClassVar[ExitCode] = ExitCode.INTERNAL
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": type(self).__name__,
            "message": self.message,
            "code": int(self.exit_code),
        }
        if self.details:
            body["details"] = self.details
        return {"error": body}


class UsageError(SynthguardError):
    """The command line or request was malformed (unknown option, missing argument)."""

    exit_code = ExitCode.USAGE
    http_status = 400


class InvalidInput(SynthguardError):
    """Input that synthguard understood but will not accept."""

    exit_code = ExitCode.INVALID_INPUT
    http_status = 400


class InvalidImage(InvalidInput):
    """Bytes that are not a decodable, safe, supported image."""

    http_status = 415


class InvalidPayload(InvalidInput):
    """A watermark payload that is empty, too long or not hexadecimal."""


class InvalidKey(InvalidInput):
    """A key file or key value of the wrong format."""


class ConfigError(InvalidInput):
    """A malformed settings value, policy file or trust list."""


class ManifestError(InvalidInput):
    """A C2PA manifest that cannot be read or written."""


class IndexFormatError(InvalidInput):
    """An index file that is truncated, corrupt or from another format version."""


class NotFound(InvalidInput):
    """A named record (generation, key, consent) that does not exist."""

    http_status = 404


class PayloadTooLarge(InvalidInput):
    """A request or upload over the configured size limit."""

    http_status = 413


class PolicyViolation(SynthguardError):
    """A request refused by the operator's safety policy."""

    exit_code = ExitCode.REFUSED
    http_status = 400


class NotAuthorized(SynthguardError):
    """A missing or unknown API key."""

    exit_code = ExitCode.NOT_AUTHORISED
    http_status = 401


class Forbidden(NotAuthorized):
    """A known key whose role does not allow the action."""

    http_status = 403


class RateLimited(NotAuthorized):
    """A key over its rate limit or quota."""

    http_status = 429


class ComponentUnavailable(SynthguardError):
    """An optional component (extra, model, server) that is not installed or not loadable."""

    exit_code = ExitCode.UNAVAILABLE
    http_status = 503


class ModelUnavailable(ComponentUnavailable):
    """A model whose weights or runtime are missing."""


def missing_extra(extra: str, module: str) -> ComponentUnavailable:
    """The error to raise when an optional dependency fails to import."""
    return ComponentUnavailable(
        f"{module} is not installed; install it with: pip install 'synthguard[{extra}]'",
        extra=extra,
        module=module,
    )
