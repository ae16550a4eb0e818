"""Image fingerprints: recognise an image after its metadata and watermark are gone.

The registry API (``_registry``) is what the rest of synthguard uses::

    fp = extract(rgb)                        # Fingerprint: PDQ hash + keypoints
    index = FingerprintIndex.open(path)      # persistent directory, string ids
    index.add("gen-123", fp)                 # durable on return (journal)
    index.match(query_rgb)                   # [FingerprintMatch(id, score, false_match_rate)]
    generation_index(settings)               # <home>/indexes/generations

Signals (``_signals``) turn pixels into values; indexes (``_index``, ``_words``; the matcher in
``_matcher``) store values and answer
"what is near this?" (STYLE.md §3):

* :class:`PDQSignal` — Meta's PDQ hash (via the ``pdqhash`` wheel of the reference C++), queried
  with its eight dihedral variants; :class:`ExactIndex` (numpy reference) and
  :class:`FaissIndex` (FAISS ``IndexBinaryFlat``) search it by Hamming distance.
* :class:`LocalFeatures` — ORB keypoints spread over the image, verified with RANSAC (query
  also mirrored): the crop- and cutout-robust signal.
* :class:`TwoStageMatcher` — candidates from PDQ and visual-word votes
  (:class:`BinaryVocabulary`, :class:`VisualWordIndex`), then geometric verification, with a
  decision threshold from a :class:`NullModel` fitted on distractors and stated as a
  false-match rate.

Every index file carries a versioned header; truncated, corrupt or other-version files raise
:class:`IndexFileError`.
"""

from synthguard.fingerprint._index import ExactIndex, FaissIndex, IndexFileError, Match
from synthguard.fingerprint._matcher import FeatureStore, MatchResult, NullModel, TwoStageMatcher
from synthguard.fingerprint._registry import (
    Fingerprint,
    FingerprintIndex,
    FingerprintMatch,
    extract,
    generation_index,
)
from synthguard.fingerprint._signals import Keypoints, LocalFeatures, PDQHash, PDQSignal
from synthguard.fingerprint._words import BinaryVocabulary, VisualWordIndex

__all__ = [
    "BinaryVocabulary",
    "ExactIndex",
    "FaissIndex",
    "FeatureStore",
    "Fingerprint",
    "FingerprintIndex",
    "FingerprintMatch",
    "IndexFileError",
    "Keypoints",
    "LocalFeatures",
    "Match",
    "MatchResult",
    "NullModel",
    "PDQHash",
    "PDQSignal",
    "TwoStageMatcher",
    "VisualWordIndex",
    "extract",
    "generation_index",
]
