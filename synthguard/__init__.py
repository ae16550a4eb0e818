"""synthguard: trust, safety and provenance around any AI image generator."""

from synthguard._version import __version__
from synthguard.config import Settings, get_settings
from synthguard.errors import (
    ComponentUnavailable,
    ExitCode,
    InvalidImage,
    InvalidInput,
    ModelUnavailable,
    SynthguardError,
)
from synthguard.imageio import DecodedImage

__all__ = [
    "ComponentUnavailable",
    "DecodedImage",
    "ExitCode",
    "InvalidImage",
    "InvalidInput",
    "ModelUnavailable",
    "Settings",
    "SynthguardError",
    "__version__",
    "get_settings",
]
