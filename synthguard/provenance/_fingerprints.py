"""The fingerprint layer as provenance uses it: the generation index and its signal.

Kept in one place so that stamping and verifying name ``synthguard.fingerprint`` once, and so
that tests can replace the index with one that fails on purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from synthguard.config import Settings

if TYPE_CHECKING:
    from synthguard.fingerprint import Fingerprint, FingerprintIndex


def extract(rgb: np.ndarray) -> Fingerprint:
    """The fingerprint stored in the registry and the index (``.pdq_hex``, ``.features``)."""
    from synthguard import fingerprint

    return fingerprint.extract(rgb)


def generation_index(settings: Settings) -> FingerprintIndex:
    """The persistent index of every generation's fingerprint, under ``<home>/indexes``."""
    from synthguard import fingerprint

    return fingerprint.generation_index(settings)
