"""The shipped fingerprint model: visual vocabulary, null model and matcher settings.

``data/vocabulary.npz`` and ``data/null_model.json`` are produced by
``benchmarks/fingerprint_train.py`` from the corpus's training split (face photos and the photos
at even positions of the sorted listing); the recall benchmark reports on the other photos.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from synthguard.errors import ModelUnavailable

from ._matcher import NullModel
from ._signals import LocalFeatures
from ._words import BinaryVocabulary

DATA_DIR = Path(__file__).resolve().parent / "data"
VOCABULARY_BRANCHING = 32
VOCABULARY_DEPTH = 3

#: Settings of the two-stage matcher the shipped null model was calibrated with. The threshold
#: depends on ``TwoStageMatcher.n_tests`` (Bonferroni over every pair a query can be verified
#: against: the PDQ candidates and the vote shortlist), so a matcher using the shipped null model
#: must keep them. The null model is fitted on the whole shortlist, before the geometric re-rank
#: and without the per-query vote cut (``vote_null``): both only choose which of those pairs get
#: verified, so the bound ``n_tests x P_null(inliers >= t)`` per query still holds.
MATCHER_SETTINGS: dict[str, Any] = {
    "n_candidates": 20,
    "pdq_candidates": 5,
    "pdq_max_distance": 70,
    "pdq_query_side": 512,
    "min_votes": 5,
    "vote_words": 400,
    "vote_null": 5.0,
    "shortlist": 60,
    "rerank_keypoints": 384,
}


def save_vocabulary(vocabulary: BinaryVocabulary, path: Path) -> None:
    np.savez_compressed(
        path,
        branching=np.int64(vocabulary.branching),
        depth=np.int64(vocabulary.depth),
        **vocabulary.arrays(),  # type: ignore[arg-type]
    )


def load_vocabulary(path: Path) -> BinaryVocabulary:
    try:
        with np.load(path, allow_pickle=False) as z:
            b, d = int(z["branching"]), int(z["depth"])
            arrays = {f"vocab{i}": z[f"vocab{i}"] for i in range(d)}
    except (OSError, KeyError, ValueError) as e:
        raise ModelUnavailable(f"{path}: cannot read the fingerprint vocabulary: {e}") from e
    for i, level in arrays.items():
        if level.dtype != np.uint8 or level.ndim != 2 or level.shape[1] != 32:
            raise ModelUnavailable(f"{path}: malformed vocabulary level {i}")
    return BinaryVocabulary.from_arrays(arrays, b, d)


def verification_settings() -> dict[str, Any]:
    """The local-feature settings inlier counts depend on (the defaults every index uses)."""
    return LocalFeatures().settings()


def save_null_model(null: NullModel, path: Path, provenance: dict[str, Any]) -> None:
    body = {
        "null_model": null.to_dict(),
        "matcher": MATCHER_SETTINGS,
        "verification": verification_settings(),
        "provenance": provenance,
    }
    path.write_text(json.dumps(body, indent=1) + "\n")


def load_null_model(path: Path) -> NullModel:
    try:
        body = json.loads(path.read_text())
        null = NullModel.from_dict(body["null_model"])
    except (OSError, KeyError, ValueError, TypeError) as e:
        raise ModelUnavailable(f"{path}: cannot read the fingerprint null model: {e}") from e
    if body.get("matcher") != MATCHER_SETTINGS:
        raise ModelUnavailable(
            f"{path}: calibrated for matcher settings {body.get('matcher')}, "
            f"this code uses {MATCHER_SETTINGS}; run benchmarks/fingerprint_train.py"
        )
    if body.get("verification") != verification_settings():
        raise ModelUnavailable(
            f"{path}: calibrated for verification settings {body.get('verification')}, "
            f"this code uses {verification_settings()}; run benchmarks/fingerprint_train.py"
        )
    return null


@lru_cache(maxsize=1)
def shipped_vocabulary() -> BinaryVocabulary:
    return load_vocabulary(DATA_DIR / "vocabulary.npz")


@lru_cache(maxsize=1)
def shipped_null_model() -> NullModel:
    return load_null_model(DATA_DIR / "null_model.json")
