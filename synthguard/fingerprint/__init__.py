"""Image fingerprints: recognise an image after its metadata and watermark are gone.

Signals (``_signals``) turn pixels into values; indexes (``_index``) store values and answer
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

from synthguard.fingerprint._index import (
    BinaryVocabulary,
    ExactIndex,
    FaissIndex,
    FeatureStore,
    IndexFileError,
    Match,
    MatchResult,
    NullModel,
    TwoStageMatcher,
    VisualWordIndex,
)
from synthguard.fingerprint._signals import Keypoints, LocalFeatures, PDQHash, PDQSignal

__all__ = [
    "BinaryVocabulary",
    "ExactIndex",
    "FaissIndex",
    "FeatureStore",
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
]
