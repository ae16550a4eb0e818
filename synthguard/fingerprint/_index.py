"""Fingerprint indexes and the two-stage matcher (candidates, then geometric verification).

* :class:`ExactIndex` / :class:`FaissIndex` - PDQ-style packed binary codes, brute-force Hamming
  search (numpy reference / FAISS ``IndexBinaryFlat``), same API.
* :class:`VisualWordIndex` - crop-robust candidate search: each stored ORB descriptor is quantised
  by a binary vocabulary tree (:class:`BinaryVocabulary`) into a visual word; an inverted file of
  ``uint32`` image slots per word gives idf-weighted votes. About 4 bytes per stored word.
* :class:`FeatureStore` - the verification data (serialised :class:`Keypoints`), one blob that can
  be memory-mapped: it need not live in RAM.
* :class:`NullModel` - distribution of RANSAC inlier counts between unrelated images, fitted on
  distractors; turns a false-match-rate target into an inlier threshold.
* :class:`TwoStageMatcher` - ties it together; its decision is expressed as a false-match rate.

Every ``save`` writes a versioned header (magic, kind, version, payload length, CRC32) so a
truncated, corrupted or other-version file raises :class:`IndexFileError` (a ``ValueError``).
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from synthguard.errors import IndexFormatError

from ._signals import (
    Keypoints,
    LocalFeatures,
    PDQHash,
    PDQSignal,
    QueryFeatures,
    check_rgb,
    hamming,
)

__all__ = [
    "BinaryVocabulary",
    "ExactIndex",
    "FaissIndex",
    "FeatureStore",
    "IndexFileError",
    "Match",
    "MatchResult",
    "NullModel",
    "PreparedQuery",
    "TwoStageMatcher",
    "VisualWordIndex",
]

# ------------------------------------------------------------------------------ file format

_MAGIC = b"SGFPIDX\x00"
_HEADER = struct.Struct("<8s16sIIQI")  # magic, kind, version, reserved, payload length, crc32


class IndexFileError(IndexFormatError, ValueError):
    """An index file is truncated, corrupted, of another kind, or of an unsupported version.

    Part of the synthguard error tree (:class:`~synthguard.errors.IndexFormatError`, exit code
    3) and still a ``ValueError`` for callers of the lower-level classes.
    """


def _write(
    path: str | os.PathLike[str],
    kind: str,
    version: int,
    arrays: dict[str, np.ndarray],
    meta: dict[str, Any],
) -> None:
    buf = io.BytesIO()
    np.savez(buf, __meta__=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)  # type: ignore[arg-type]
    payload = buf.getvalue()
    header = _HEADER.pack(
        _MAGIC, kind.encode().ljust(16, b"\0"), version, 0, len(payload), zlib.crc32(payload)
    )
    tmp = f"{os.fspath(path)}.tmp"
    with open(tmp, "wb") as f:  # write-then-rename: a crash never leaves half a file behind
        f.write(header)
        f.write(payload)
    os.replace(tmp, path)


def _read(
    path: str | os.PathLike[str], kind: str, version: int
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    with open(path, "rb") as f:
        raw = f.read()
    if len(raw) < _HEADER.size:
        raise IndexFileError(f"{path}: truncated (no header)")
    magic, k, v, _, n, crc = _HEADER.unpack_from(raw)
    if magic != _MAGIC:
        raise IndexFileError(f"{path}: not a synthguard fingerprint index file")
    k = k.rstrip(b"\0").decode(errors="replace")
    if k != kind:
        raise IndexFileError(f"{path}: holds a {k!r} index, expected {kind!r}")
    if v != version:
        raise IndexFileError(
            f"{path}: {kind} format version {v}, this code reads version {version}"
        )
    payload = raw[_HEADER.size :]
    if len(payload) != n:
        raise IndexFileError(f"{path}: truncated ({len(payload)} of {n} payload bytes)")
    if zlib.crc32(payload) != crc:
        raise IndexFileError(f"{path}: checksum mismatch (corrupted)")
    with np.load(io.BytesIO(payload), allow_pickle=False) as z:
        arrays = {name: z[name] for name in z.files}
    meta = json.loads(arrays.pop("__meta__").tobytes().decode())
    return arrays, meta


# ---------------------------------------------------------------------------- binary indexes


@dataclass(frozen=True, order=True)
class Match:
    """One search hit: smaller ``distance`` is better (Hamming bits, or negative votes)."""

    distance: float
    id: int


def _codes(values: Any, nbytes: int) -> np.ndarray:
    """Accept PDQHash / bytes / (n, nbytes) uint8 and return a (n, nbytes) uint8 array."""
    if isinstance(values, (PDQHash, bytes, bytearray)):
        values = [values]
    if isinstance(values, np.ndarray):
        arr = values
    else:
        rows = [v.bits if isinstance(v, PDQHash) else v for v in values]
        arr = (
            np.array([np.frombuffer(bytes(r), np.uint8) for r in rows])
            if rows
            else np.zeros((0, nbytes), np.uint8)
        )
    arr = np.atleast_2d(np.asarray(arr))
    if arr.dtype != np.uint8 or arr.ndim != 2 or arr.shape[1] != nbytes:
        raise ValueError(
            f"expected codes of {nbytes} bytes as uint8 (n, {nbytes}), got {arr.dtype} {arr.shape}"
        )
    return np.ascontiguousarray(arr)


def _ids(ids: Iterable[int]) -> np.ndarray:
    arr = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids)
    if arr.size and (arr.dtype.kind not in "iu" or arr.min() < 0):
        raise ValueError("ids must be non-negative integers")
    return arr.astype(np.int64).reshape(-1)


def _new_entries(
    ids: Iterable[int], values: Any, nbytes: int, known: set[int]
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Checked ids and codes for an ``add``: as many ids as codes, none already ``known``."""
    ids_ = _ids(ids)
    codes = _codes(values, nbytes)
    if len(ids_) != len(codes):
        raise ValueError(f"{len(ids_)} ids for {len(codes)} codes")
    new = ids_.tolist()
    if len(set(new)) != len(new) or any(i in known for i in new):
        raise ValueError("duplicate id (remove it first to replace its code)")
    return ids_, codes, new


class ExactIndex:
    """Brute-force Hamming search over packed binary codes (the numpy reference).

    ``query`` accepts several codes (e.g. a hash's flipped variants) and ranks ids by their
    smallest distance to any of them.
    """

    kind = "exact-binary"
    version = 1

    def __init__(self, nbytes: int = 32) -> None:
        self.nbytes = int(nbytes)
        self._ids = np.zeros(0, np.int64)
        self._codes = np.zeros((0, self.nbytes), np.uint8)
        self._idset: set[int] = set()
        self._pending: list[tuple[np.ndarray, np.ndarray]] = []  # adds since the last query

    def __len__(self) -> int:
        return len(self._idset)

    def __contains__(self, id_: int) -> bool:
        return int(id_) in self._idset

    def _flush(self) -> None:
        # one concatenate per batch of adds, not per add: adding 1M ids one by one stays linear
        if self._pending:
            self._ids = np.concatenate([self._ids] + [i for i, _ in self._pending])
            self._codes = np.concatenate([self._codes] + [c for _, c in self._pending])
            self._pending = []

    def add(self, ids: Iterable[int], values: Any) -> None:
        ids_, codes, new = _new_entries(ids, values, self.nbytes, self._idset)
        self._pending.append((ids_, codes))
        self._idset.update(new)

    def remove(self, ids: Iterable[int]) -> int:
        self._flush()
        drop = np.isin(self._ids, _ids(ids))
        self._idset.difference_update(self._ids[drop].tolist())
        self._ids, self._codes = self._ids[~drop], self._codes[~drop]
        return int(drop.sum())

    def query(self, value: Any, k: int = 10, max_distance: float | None = None) -> list[Match]:
        q = _codes(value, self.nbytes)
        if not len(self) or k <= 0:
            return []
        self._flush()
        d = hamming(self._codes[None, :, :], q[:, None, :]).min(axis=0)
        k = min(k, d.size)
        top = np.argpartition(d, k - 1)[:k]
        top = top[np.lexsort((self._ids[top], d[top]))]
        return [
            Match(float(d[i]), int(self._ids[i]))
            for i in top
            if max_distance is None or d[i] <= max_distance
        ]

    def save(self, path: str | os.PathLike[str]) -> None:
        self._flush()
        _write(
            path,
            self.kind,
            self.version,
            {"ids": self._ids, "codes": self._codes},
            {"nbytes": self.nbytes},
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ExactIndex:
        arrays, meta = _read(path, cls.kind, cls.version)
        self = cls(meta["nbytes"])
        self._ids, self._codes = arrays["ids"].astype(np.int64), arrays["codes"].astype(np.uint8)
        self._idset = set(self._ids.tolist())
        return self


class FaissIndex:
    """Same API as :class:`ExactIndex`, backed by FAISS ``IndexBinaryFlat`` (SIMD popcount).

    Flat search is exact and ~1 ms per query code per million codes on one core; at much larger
    scale swap in ``IndexBinaryIVF``/``IndexBinaryHash`` behind the same API.
    """

    kind = "faiss-binary"
    version = 1

    def __init__(self, nbytes: int = 32) -> None:
        import faiss  # optional dependency: only this class needs it

        self._faiss = faiss
        self.nbytes = int(nbytes)
        self._index = faiss.IndexBinaryIDMap2(faiss.IndexBinaryFlat(8 * self.nbytes))
        self._idset: set[int] = set()  # duplicate checks without copying FAISS's id map

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def __contains__(self, id_: int) -> bool:
        return int(id_) in self._idset

    def add(self, ids: Iterable[int], values: Any) -> None:
        ids_, codes, new = _new_entries(ids, values, self.nbytes, self._idset)
        self._index.add_with_ids(codes, ids_)
        self._idset.update(new)

    def remove(self, ids: Iterable[int]) -> int:
        ids_ = np.array([i for i in _ids(ids).tolist() if i in self._idset], np.int64)
        if not ids_.size:
            return 0
        self._idset.difference_update(ids_.tolist())
        return int(self._index.remove_ids(self._faiss.IDSelectorBatch(ids_)))

    def query(self, value: Any, k: int = 10, max_distance: float | None = None) -> list[Match]:
        q = _codes(value, self.nbytes)
        if not len(self) or k <= 0:
            return []
        d, ids = self._index.search(q, min(k, len(self)))
        best: dict[int, float] = {}
        for dist, i in zip(d.ravel().tolist(), ids.ravel().tolist(), strict=False):
            if i >= 0 and dist < best.get(i, math.inf):
                best[i] = dist
        out = sorted(
            Match(float(dist), i)
            for i, dist in best.items()
            if max_distance is None or dist <= max_distance
        )
        return out[:k]

    def save(self, path: str | os.PathLike[str]) -> None:
        blob = self._faiss.serialize_index_binary(self._index)
        _write(
            path,
            self.kind,
            self.version,
            {"faiss": np.asarray(blob, np.uint8)},
            {"nbytes": self.nbytes},
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> FaissIndex:
        arrays, meta = _read(path, cls.kind, cls.version)
        self = cls(meta["nbytes"])
        self._index = self._faiss.deserialize_index_binary(arrays["faiss"])
        self._idset = set(self._faiss.vector_to_array(self._index.id_map).tolist())
        return self


# ------------------------------------------------------------------------- visual words


def _as_u64(desc: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(desc, np.uint8).view(np.uint64)


class BinaryVocabulary:
    """Hierarchical binary k-means tree (``branching ** depth`` visual words) over 256-bit ORB.

    Words are leaves; assigning a descriptor costs ``branching * depth`` Hamming distances. The
    vocabulary is generic (trained once on any natural images, not on the indexed ones).
    """

    def __init__(self, branching: int = 64, depth: int = 3, nbytes: int = 32) -> None:
        if branching < 2 or depth < 1 or nbytes % 8:
            raise ValueError("BinaryVocabulary: branching >= 2, depth >= 1, nbytes multiple of 8")
        self.branching, self.depth, self.nbytes = int(branching), int(depth), int(nbytes)
        # level l holds branching**(l+1) centroids, children of node j at rows j*b .. j*b+b-1
        self.levels: list[np.ndarray] = []

    @property
    def size(self) -> int:
        return self.branching**self.depth

    @property
    def trained(self) -> bool:
        return len(self.levels) == self.depth

    def train(self, desc: np.ndarray, seed: int = 0, iters: int = 12) -> BinaryVocabulary:
        desc = np.ascontiguousarray(desc, np.uint8)
        if desc.ndim != 2 or desc.shape[1] != self.nbytes or len(desc) < self.branching:
            raise ValueError("need at least `branching` descriptors of nbytes each to train")
        rng = np.random.default_rng(seed)
        b = self.branching
        groups = [np.arange(len(desc))]
        self.levels = []
        for _ in range(self.depth):
            cents = np.empty((len(groups) * b, self.nbytes), np.uint8)
            new_groups: list[np.ndarray] = []
            for g, members in enumerate(groups):
                c, assign = _binary_kmeans(desc[members], b, rng, iters)
                cents[g * b : (g + 1) * b] = c
                new_groups.extend(members[assign == j] for j in range(b))
            self.levels.append(cents)
            groups = new_groups
        return self

    def assign(self, desc: np.ndarray) -> np.ndarray:
        """Visual word (int64 in ``[0, size)``) of each descriptor."""
        if not self.trained:
            raise ValueError("vocabulary is not trained")
        d = _as_u64(desc)
        node = np.zeros(len(d), np.int64)
        b = self.branching
        for cents in self.levels:
            c = _as_u64(cents).reshape(-1, b, self.nbytes // 8)[node]  # (n, b, words)
            dist = np.bitwise_count(c ^ d[:, None, :]).sum(-1, dtype=np.int32)
            node = node * b + dist.argmin(1)
        return node

    def arrays(self) -> dict[str, np.ndarray]:
        return {f"vocab{i}": c for i, c in enumerate(self.levels)}

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, np.ndarray], branching: int, depth: int
    ) -> BinaryVocabulary:
        self = cls(branching, depth)
        self.levels = [arrays[f"vocab{i}"].astype(np.uint8) for i in range(depth)]
        return self


def _binary_kmeans(
    x: np.ndarray, k: int, rng: np.random.Generator, iters: int
) -> tuple[np.ndarray, np.ndarray]:
    """k-majority (binary k-means): centroids are per-bit majorities of their members."""
    n = len(x)
    if n <= k:  # too few points: every point is its own centroid, pad with repeats
        cents = x[np.arange(k) % max(n, 1)] if n else np.zeros((k, x.shape[1]), np.uint8)
        return np.ascontiguousarray(cents), np.arange(n) % k
    cents = x[rng.choice(n, k, replace=False)].copy()
    xb = np.unpackbits(x, axis=1)
    xu = _as_u64(x)
    assign = np.zeros(n, np.int64)
    for it in range(iters):
        cu = _as_u64(cents)
        # chunked to bound memory: (chunk, k, 4) uint64
        for s in range(0, n, 4096):
            dist = np.bitwise_count(xu[s : s + 4096, None, :] ^ cu[None]).sum(-1, dtype=np.int32)
            assign[s : s + 4096] = dist.argmin(1)
        counts = np.bincount(assign, minlength=k)
        # per-cluster bit sums via one sort + reduceat (np.add.at is ~50x slower)
        order = np.argsort(assign, kind="stable")
        present = np.flatnonzero(counts)
        sums = np.zeros((k, xb.shape[1]), np.int64)
        sums[present] = np.add.reduceat(
            xb[order], np.r_[0, np.cumsum(counts)[:-1]][present], axis=0, dtype=np.int64
        )
        new = np.packbits((2 * sums > counts[:, None]).astype(np.uint8), axis=1)
        empty = counts == 0  # re-seed empty clusters on random points
        if empty.any():
            new[empty] = x[rng.choice(n, int(empty.sum()), replace=False)]
        if it and np.array_equal(new, cents):
            break
        cents = new
    return cents, assign


class VisualWordIndex:
    """Inverted file of visual words for crop-robust candidate search.

    Each image contributes its (deduplicated) words, capped at ``max_words``; memory is
    ~4 bytes per stored word (a uint32 slot in a posting list) + 8 bytes per image.
    A query's words vote for images with idf weights; ``query`` returns the top-k by score.
    """

    kind = "visual-words"
    version = 1
    vote_cut_from = 10_000

    def __init__(self, vocabulary: BinaryVocabulary, max_words: int = 192) -> None:
        if not vocabulary.trained:
            raise ValueError("VisualWordIndex needs a trained vocabulary")
        self.vocab = vocabulary
        self.max_words = int(max_words)
        self._slot_ids = np.zeros(0, np.int64)  # slot -> external id (-1 once removed)
        self._slot_pending: list[int] = []
        self._id_slot: dict[int, int] = {}
        self._offsets = np.zeros(vocabulary.size + 1, np.int64)  # CSR over words
        self._postings = np.zeros(0, np.uint32)
        self._pending_w: list[np.ndarray] = []  # appended since the last compaction
        self._pending_s: list[np.ndarray] = []
        self._df = np.zeros(vocabulary.size, np.int32)
        self._alive = 0

    def __len__(self) -> int:
        return self._alive

    def __contains__(self, id_: int) -> bool:
        return id_ in self._id_slot

    def words(self, desc: np.ndarray) -> np.ndarray:
        """The unique words of the first ``max_words`` descriptors (they come best-first)."""
        return np.unique(self.vocab.assign(desc[: self.max_words]))

    def add(self, ids: Iterable[int], values: Sequence[Keypoints | np.ndarray]) -> None:
        ids_ = _ids(ids)
        if len(ids_) != len(values):
            raise ValueError(f"{len(ids_)} ids for {len(values)} feature sets")
        if np.unique(ids_).size != ids_.size or any(int(i) in self._id_slot for i in ids_):
            raise ValueError("duplicate id (remove it first to replace it)")
        for id_, v in zip(ids_.tolist(), values, strict=False):
            desc = v.desc if isinstance(v, Keypoints) else np.asarray(v, np.uint8)
            w = self.words(desc) if len(desc) else np.zeros(0, np.int64)
            slot = len(self._slot_ids) + len(self._slot_pending)
            self._slot_pending.append(id_)  # np.append per image would be quadratic
            self._id_slot[id_] = slot
            self._pending_w.append(w)
            self._pending_s.append(np.full(len(w), slot, np.uint32))
            np.add.at(self._df, w, 1)
            self._alive += 1

    def add_words(self, ids: Iterable[int], offsets: np.ndarray, words: np.ndarray) -> None:
        """Bulk add of already-assigned words in CSR form: image ``k`` has the unique words
        ``words[offsets[k]:offsets[k + 1]]`` (e.g. an index rebuilt from stored words)."""
        ids_ = _ids(ids)
        offsets = np.asarray(offsets, np.int64)
        words = np.asarray(words, np.int64)
        if len(offsets) != len(ids_) + 1 or offsets[0] != 0 or offsets[-1] != len(words):
            raise ValueError("offsets must have len(ids) + 1 entries from 0 to len(words)")
        if words.size and (words.min() < 0 or words.max() >= self.vocab.size):
            raise ValueError("word outside the vocabulary")
        if np.unique(ids_).size != ids_.size or any(int(i) in self._id_slot for i in ids_):
            raise ValueError("duplicate id (remove it first to replace it)")
        self._flush_slots()
        first = len(self._slot_ids)
        slots = np.arange(first, first + len(ids_), dtype=np.int64)
        self._slot_ids = np.concatenate([self._slot_ids, ids_])
        self._id_slot.update(zip(ids_.tolist(), slots.tolist(), strict=True))
        self._pending_w.append(words)
        self._pending_s.append(np.repeat(slots, np.diff(offsets)).astype(np.uint32))
        self._df += np.bincount(words, minlength=self.vocab.size).astype(np.int32)
        self._alive += len(ids_)

    def _flush_slots(self) -> None:
        if self._slot_pending:
            self._slot_ids = np.concatenate(
                [self._slot_ids, np.array(self._slot_pending, np.int64)]
            )
            self._slot_pending = []

    def remove(self, ids: Iterable[int]) -> int:
        self._flush_slots()
        n = 0
        for id_ in _ids(ids).tolist():
            slot = self._id_slot.pop(id_, None)
            if slot is None:
                continue
            self._slot_ids[slot] = -1  # tombstone; postings dropped at the next compaction
            self._alive -= 1
            n += 1
        if n:
            self._compact(drop_dead=True)
        return n

    def _compact(self, drop_dead: bool = False) -> None:
        self._flush_slots()
        if not self._pending_w and not drop_dead:
            return
        counts = np.diff(self._offsets)
        old_w = np.repeat(np.arange(self.vocab.size), counts)
        w = np.concatenate([old_w, *self._pending_w])
        s = np.concatenate([self._postings, *self._pending_s]).astype(np.uint32)
        if drop_dead:
            keep = self._slot_ids[s] >= 0
            w, s = w[keep], s[keep]
            self._df = np.bincount(w, minlength=self.vocab.size).astype(np.int32)
        order = np.argsort(w, kind="stable")
        self._postings = s[order]
        self._offsets = np.zeros(self.vocab.size + 1, np.int64)
        np.cumsum(np.bincount(w, minlength=self.vocab.size), out=self._offsets[1:])
        self._pending_w, self._pending_s = [], []

    def query(
        self,
        desc: np.ndarray | QueryFeatures,
        k: int = 20,
        min_votes: int = 3,
        words: np.ndarray | None = None,
        null_expected: float | None = None,
    ) -> list[Match]:
        """Top-k images by idf-weighted word votes (distance = -score); needs min_votes words.

        ``words`` (the descriptors' words, if already assigned) saves re-assigning them.
        ``null_expected`` raises ``min_votes`` for this query to the vote count that fewer than
        that many unrelated images are expected to reach (a negative-binomial fit to this
        query's votes over the whole index): candidates that do not stand out from the crowd
        are not worth a verification. Only from ``vote_cut_from`` images on: in a small index
        the true match itself inflates the variance, and verifying k candidates is cheap.
        """
        self._compact()
        if isinstance(desc, QueryFeatures):
            desc = desc.all_descriptors()
        if not self._alive or not len(desc) or k <= 0:
            return []
        w = np.unique(self.vocab.assign(desc) if words is None else words)
        starts, ends = self._offsets[w], self._offsets[w + 1]
        lens = ends - starts
        total = int(lens.sum())
        if not total:
            return []
        # gather the posting lists of all query words in one go
        slots = np.concatenate([self._postings[a:b] for a, b in zip(starts, ends, strict=True)])
        n_slots = len(self._slot_ids)
        votes = np.bincount(slots, minlength=n_slots)
        if self._alive < n_slots:
            votes[self._slot_ids < 0] = 0
        cut = max(1, int(min_votes))
        if null_expected is not None and self._alive >= self.vote_cut_from:
            cut = max(cut, self._vote_cut(votes, total, null_expected))
        cand = np.flatnonzero(votes >= cut)
        if not cand.size:
            return []
        if len(cand) <= k:  # all of them get verified: order by votes
            order = np.argsort(-votes[cand], kind="stable")
            return [Match(-float(votes[c]), int(self._slot_ids[c])) for c in cand[order]]
        # more than k: rank by idf-weighted votes, computed for these candidates only
        mask = np.zeros(n_slots, bool)
        mask[cand] = True
        kept = np.flatnonzero(mask[slots])
        idf = np.log((self._alive + 1) / (self._df[w] + 0.5)).astype(np.float32)
        word_of = np.searchsorted(np.cumsum(lens), kept, side="right")  # posting -> query word
        cand, inverse = np.unique(slots[kept], return_inverse=True)
        score = np.bincount(inverse, weights=idf[word_of], minlength=len(cand))
        top = np.argpartition(-score, k - 1)[:k]
        top = top[np.argsort(-score[top], kind="stable")]
        return [Match(-float(score[t]), int(self._slot_ids[cand[t]])) for t in top]

    def _vote_cut(self, votes: np.ndarray, total: int, null_expected: float) -> int:
        """Smallest vote count that fewer than ``null_expected`` images reach by chance, from a
        negative binomial (an over-dispersed Poisson) with this query's mean and variance."""
        from scipy import stats

        n = self._alive
        mean = total / n
        var = float(np.dot(votes, votes)) / n - mean * mean
        v = np.arange(int(mean), int(mean) + 512)
        if var <= mean * 1.01:
            sf = stats.poisson.sf(v, mean)  # P(X > v)
        else:
            sf = stats.nbinom.sf(v, mean * mean / (var - mean), mean / var)
        above = np.flatnonzero(n * sf < null_expected)
        return int(v[above[0]]) + 1 if above.size else int(v[-1]) + 1

    def nbytes(self) -> int:
        """RAM held by the candidate structure (postings, offsets, df, id maps), excl. vocab."""
        n_pending = sum(len(p) for p in self._pending_s)
        return int(
            self._postings.nbytes
            + 4 * n_pending
            + self._offsets.nbytes
            + self._df.nbytes
            + self._slot_ids.nbytes
        )

    def save(self, path: str | os.PathLike[str]) -> None:
        self._compact()
        arrays: dict[str, np.ndarray] = {
            "slot_ids": self._slot_ids,
            "offsets": self._offsets,
            "postings": self._postings,
            "df": self._df,
            **self.vocab.arrays(),
        }
        _write(
            path,
            self.kind,
            self.version,
            arrays,
            {
                "max_words": self.max_words,
                "branching": self.vocab.branching,
                "depth": self.vocab.depth,
            },
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> VisualWordIndex:
        arrays, meta = _read(path, cls.kind, cls.version)
        vocab = BinaryVocabulary.from_arrays(arrays, meta["branching"], meta["depth"])
        self = cls(vocab, meta["max_words"])
        self._slot_ids = arrays["slot_ids"].astype(np.int64)
        self._id_slot = {int(i): s for s, i in enumerate(self._slot_ids.tolist()) if i >= 0}
        self._offsets = arrays["offsets"].astype(np.int64)
        self._postings = arrays["postings"].astype(np.uint32)
        self._df = arrays["df"].astype(np.int32)
        self._alive = len(self._id_slot)
        return self


# ------------------------------------------------------------------------- feature store


class FeatureStore:
    """id -> serialised :class:`Keypoints` (~36 bytes per keypoint). Saved as one blob + offsets;
    ``load(mmap=True)`` leaves the blob on disk, so verification data costs no RAM."""

    kind = "feature-store"
    version = 1

    def __init__(self) -> None:
        self._records: dict[int, bytes | memoryview] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, id_: int) -> bool:
        return id_ in self._records

    def add(self, ids: Iterable[int], values: Sequence[Keypoints | bytes]) -> None:
        ids_ = _ids(ids)
        if len(ids_) != len(values):
            raise ValueError(f"{len(ids_)} ids for {len(values)} records")
        for id_, v in zip(ids_.tolist(), values, strict=False):
            if id_ in self._records:
                raise ValueError(f"duplicate id {id_}")
            data = v.to_bytes() if isinstance(v, Keypoints) else bytes(v)
            Keypoints.from_bytes(data)  # validate now rather than at query time
            self._records[id_] = data

    def remove(self, ids: Iterable[int]) -> int:
        return sum(self._records.pop(i, None) is not None for i in _ids(ids).tolist())

    def get(self, id_: int) -> Keypoints:
        return Keypoints.from_bytes(self._records[id_])

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write ``path`` (header + ids/offsets) and ``path.blob`` (raw records, mmap-able)."""
        ids = np.array(sorted(self._records), np.int64)
        sizes = np.array([len(self._records[i]) for i in ids.tolist()], np.int64)
        offsets = np.r_[0, np.cumsum(sizes)].astype(np.int64)
        blob = b"".join(bytes(self._records[i]) for i in ids.tolist())
        blob_path = f"{os.fspath(path)}.blob"
        with open(blob_path + ".tmp", "wb") as f:
            f.write(blob)
        os.replace(blob_path + ".tmp", blob_path)
        _write(
            path,
            self.kind,
            self.version,
            {"ids": ids, "offsets": offsets},
            {"blob_bytes": len(blob), "blob_crc32": zlib.crc32(blob)},
        )

    @classmethod
    def load(
        cls, path: str | os.PathLike[str], mmap: bool = True, check_blob: bool = False
    ) -> FeatureStore:
        """Open a saved store; with ``mmap`` the records stay on disk until verified against.

        The blob's length is always checked; its CRC only with ``check_blob`` (reads it all).
        """
        arrays, meta = _read(path, cls.kind, cls.version)
        blob_path = f"{os.fspath(path)}.blob"
        try:
            size = os.path.getsize(blob_path)
        except OSError as exc:
            raise IndexFileError(f"{blob_path}: missing feature blob") from exc
        if size != meta["blob_bytes"]:
            raise IndexFileError(f"{blob_path}: truncated ({size} of {meta['blob_bytes']} bytes)")
        if size == 0:
            blob = memoryview(b"")
        elif mmap:
            blob = memoryview(np.memmap(blob_path, np.uint8, "r"))  # type: ignore[arg-type]
        else:
            with open(blob_path, "rb") as f:
                blob = memoryview(f.read())
        if check_blob and zlib.crc32(blob) != meta["blob_crc32"]:
            raise IndexFileError(f"{blob_path}: checksum mismatch (corrupted)")
        self = cls()
        off = arrays["offsets"]
        for j, i in enumerate(arrays["ids"].tolist()):
            self._records[int(i)] = blob[int(off[j]) : int(off[j + 1])]
        return self


# ---------------------------------------------------------------------------- null model


class NullModel:
    """Tail of the inlier count between a query and an unrelated candidate (per pair).

    Fitted on distractor pairs. Within the data the survival function is empirical; beyond it,
    a geometric tail ``P(X >= t) = P(X >= t0) * r ** (t - t0)`` fitted to the upper counts
    (RANSAC inliers among random matches decay about geometrically) extrapolates, and is only
    allowed to decay as slowly as the data say (the ratio is never below what was observed).
    """

    def __init__(self, counts: np.ndarray | None = None) -> None:
        self.hist = np.zeros(1, np.int64)
        self.n = 0
        self.t0 = 0
        self.p0 = 1.0
        self.ratio = 0.5
        if counts is not None:
            self.fit(counts)

    def fit(self, counts: np.ndarray) -> NullModel:
        c = np.asarray(counts, np.int64).ravel()
        if c.size < 100:
            raise ValueError("need at least 100 distractor pairs to fit a null model")
        self.hist = np.bincount(c)
        self.n = int(c.size)
        sf = np.cumsum(self.hist[::-1])[::-1] / self.n  # P(X >= t)
        # tail anchor: the largest t still backed by >= 20 pairs
        support = np.flatnonzero(sf * self.n >= 20)
        self.t0 = int(support.max()) if support.size else 0
        self.p0 = float(sf[self.t0])
        # geometric decay rate from the occupied t >= 1 part of the tail (log-linear fit)
        t = np.arange(len(sf))
        sel = (t >= 1) & (sf > 0) & (t >= max(1, self.t0 - 3))
        if sel.sum() >= 2:
            slope = np.polyfit(t[sel], np.log(sf[sel]), 1)[0]
            self.ratio = float(min(0.9, max(np.exp(slope), 0.05)))
        # conservative: a one-observation tail would never justify faster decay than this
        return self

    def sf(self, t: int | np.ndarray) -> np.ndarray | float:
        """P(inliers >= t) for one unrelated pair."""
        t = np.asarray(t, np.int64)
        emp_sf = np.cumsum(self.hist[::-1])[::-1] / max(self.n, 1)
        emp = np.where(t < len(emp_sf), emp_sf[np.minimum(t, len(emp_sf) - 1)], 0.0)
        model = self.p0 * self.ratio ** np.maximum(t - self.t0, 0)
        out = np.where(t <= self.t0, emp, np.maximum(model, 0.0))
        return float(out) if out.ndim == 0 else out

    def threshold(self, fmr: float, n_tests: int) -> int:
        """Smallest inlier count with ``n_tests * P(X >= t) <= fmr`` (Bonferroni, candidates)."""
        if not 0 < fmr < 1:
            raise ValueError("fmr must be in (0, 1)")
        for t in range(1, 10_000):
            if n_tests * self.sf(t) <= fmr:
                return t
        raise ValueError("null model too heavy-tailed for this fmr")  # pragma: no cover

    def to_dict(self) -> dict[str, Any]:
        return {
            "hist": self.hist.tolist(),
            "n": self.n,
            "t0": self.t0,
            "p0": self.p0,
            "ratio": self.ratio,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NullModel:
        self = cls()
        self.hist = np.asarray(d["hist"], np.int64)
        self.n, self.t0, self.p0, self.ratio = (
            int(d["n"]),
            int(d["t0"]),
            float(d["p0"]),
            float(d["ratio"]),
        )
        return self


# --------------------------------------------------------------------------- the matcher


@dataclass(frozen=True)
class MatchResult:
    """An accepted match. ``fmr`` bounds the chance that a non-matching query gets this result."""

    id: int
    inliers: int
    fmr: float
    mirrored: bool
    pdq_distance: int | None
    source: str  # "words", "pdq" or "both": which candidate stage proposed it


@dataclass(frozen=True)
class PreparedQuery:
    """A query's extracted signals: local features (direct + mirrored) and PDQ variants."""

    features: QueryFeatures
    pdq: list[PDQHash]
    words: np.ndarray  # words of the voting descriptors: direct[:vote_words], mirrored[:...]


@dataclass
class TwoStageMatcher:
    """Candidates (PDQ Hamming + visual-word votes) -> RANSAC verification -> FMR decision.

    ``n_candidates`` images are verified per query at most, so the per-query false-match rate is
    bounded by ``n_candidates * P_null(inliers >= t)``; :meth:`threshold` picks ``t`` for the
    requested ``fmr``. Call :meth:`calibrate` with distractor images (never the reported ones)
    before trusting the rate.
    """

    vocabulary: BinaryVocabulary
    features: LocalFeatures = field(default_factory=LocalFeatures)
    pdq: PDQSignal | None = field(default_factory=PDQSignal)
    fmr: float = 1e-4
    n_candidates: int = 20
    pdq_candidates: int = 5
    pdq_max_distance: int = 90  # loose: PDQ only proposes, verification decides
    pdq_variants: tuple[int, ...] = (0, 5)  # identity and horizontal mirror of compute_dihedral
    stop_after: int | None = None  # stop verifying after this many accepted matches
    min_votes: int = 5  # candidates sharing fewer visual words are not worth a verification
    vote_null: float | None = None  # verify only votes fewer than this many unrelated reach
    max_words: int = 200  # words per image in the in-RAM inverted file (~4 bytes each)
    prescreen: int | None = None  # min word-correspondence inliers before full verification
    vote_words: int | None = None  # query keypoints per orientation that vote (None: all)
    pdq_query_side: int | None = None  # shrink queries to this long side before PDQ (speed)
    null: NullModel | None = None
    use_faiss: bool = True

    def __post_init__(self) -> None:
        self.words = VisualWordIndex(self.vocabulary, max_words=self.max_words)
        self.store = FeatureStore()
        self.hashes: ExactIndex | FaissIndex = FaissIndex() if self.use_faiss else ExactIndex()

    def __len__(self) -> int:
        return len(self.store)

    # -- building

    def add(self, id_: int, rgb: np.ndarray) -> None:
        rgb = check_rgb(rgb)
        if id_ in self.store:
            raise ValueError(f"duplicate id {id_}")
        kp = self.features.extract(rgb)
        self.add_extracted(id_, self.pdq.extract(rgb) if self.pdq is not None else None, kp)

    def add_extracted(self, id_: int, pdq: PDQHash | None, keypoints: Keypoints) -> None:
        """Add values already extracted (index side) with this matcher's signals."""
        if id_ in self.store:
            raise ValueError(f"duplicate id {id_}")
        if pdq is not None and self.pdq is not None:
            self.hashes.add([id_], pdq)
        self.words.add([id_], [keypoints])
        self.store.add([id_], [keypoints])

    def remove(self, id_: int) -> bool:
        found = self.store.remove([id_]) > 0
        self.words.remove([id_])
        self.hashes.remove([id_])
        return found

    # -- querying

    def prepare(self, rgb: np.ndarray) -> PreparedQuery:
        """Extract everything a query needs (the costly, index-independent part)."""
        rgb = check_rgb(rgb)
        variants: list[PDQHash] = []
        if self.pdq is not None:
            # PDQ only proposes candidates here, so the query may be hashed from a smaller copy
            # (a few bits from the reference hash, well inside pdq_max_distance).
            side = self.pdq_query_side
            pdq = self.pdq if side is None or self.pdq.max_side == side else PDQSignal(side)
            variants = pdq.query_variants(rgb)
        qf = self.features.extract_query(rgb)
        # Only the first `vote_words` keypoints of each orientation vote: they are the
        # grid-spread strongest ones, and posting-list traffic grows with every extra word.
        v = self.vote_words
        desc = (
            qf.all_descriptors()
            if v is None
            else np.concatenate([qf.direct.desc[:v], qf.mirrored.desc[:v]])
        )
        return PreparedQuery(
            qf,
            [variants[i] for i in self.pdq_variants] if variants else [],
            self.vocabulary.assign(desc),
        )

    def candidates(self, query: np.ndarray | PreparedQuery) -> list[tuple[int, int | None, str]]:
        """(id, PDQ distance or None, proposing stage) for at most ``n_candidates`` images:
        PDQ near-duplicates first, then visual-word votes, best first."""
        q = query if isinstance(query, PreparedQuery) else self.prepare(query)
        pdq_d: dict[int, int] = {}
        if q.pdq and len(self.hashes):
            for m in self.hashes.query(q.pdq, self.pdq_candidates, self.pdq_max_distance):
                pdq_d[m.id] = int(m.distance)
        word_ids = [
            m.id
            for m in self.words.query(
                q.features, self.n_candidates, self.min_votes, q.words, self.vote_null
            )
        ]
        out: list[tuple[int, int | None, str]] = [
            (i, d, "both" if i in word_ids else "pdq") for i, d in pdq_d.items()
        ]
        out += [(i, None, "words") for i in word_ids if i not in pdq_d]
        return out[: self.n_candidates]

    def threshold(self, fmr: float | None = None) -> int:
        """Inlier count needed for the per-query false-match rate ``fmr`` (default ``self.fmr``)."""
        if self.null is None:
            raise ValueError("matcher is not calibrated: call calibrate() with distractor images")
        return self.null.threshold(self.fmr if fmr is None else fmr, self.n_candidates)

    def query(
        self, query: np.ndarray | PreparedQuery, fmr: float | None = None
    ) -> list[MatchResult]:
        """Accepted matches, most inliers first. ``fmr`` overrides the matcher's rate."""
        t = self.threshold(fmr)
        null = self.null
        if null is None:
            raise ValueError("the matcher has no null model: call calibrate() first")
        q = query if isinstance(query, PreparedQuery) else self.prepare(query)
        out: list[MatchResult] = []
        for id_, pdq_d, src in self.candidates(q):
            kp = self.store.get(id_)
            if self.prescreen is not None and self._prescreen(q, kp) < self.prescreen:
                continue
            v = self.features.verify(q.features, kp)
            if v.inliers >= t:
                out.append(
                    MatchResult(
                        id_,
                        v.inliers,
                        float(self.n_candidates * null.sf(v.inliers)),
                        v.mirrored,
                        pdq_d,
                        src,
                    )
                )
                if self.stop_after and len(out) >= self.stop_after:
                    break
        out.sort(key=lambda r: -r.inliers)
        return out

    def _prescreen(self, q: PreparedQuery, kp: Keypoints) -> int:
        """Cheap geometric check on word-sharing keypoints (no descriptor matching).

        Shared visual words give putative correspondences for free; an affine RANSAC on them
        separates plausible candidates from the rest at ~1/10 the cost of full verification.
        It can only drop candidates, so the calibrated false-match rate still bounds the result.
        """
        if len(kp) < 4:
            return 0
        cw = self.vocabulary.assign(kp.desc)
        nd = (
            len(q.features.direct)
            if self.vote_words is None
            else min(len(q.features.direct), self.vote_words)
        )
        best = 0
        for qw, qxy in (
            (q.words[:nd], q.features.direct.xy[:nd]),
            (q.words[nd:], q.features.mirrored.xy[: len(q.words) - nd]),
        ):
            if len(qw) < 4:
                continue
            order = np.argsort(qw, kind="stable")
            sw = qw[order]
            lo = np.searchsorted(sw, cw, "left")
            has = (lo < len(sw)) & (sw[np.minimum(lo, len(sw) - 1)] == cw)
            src = np.flatnonzero(has)
            if len(src) < 4:
                continue
            dst = order[lo[has]]
            A, mask = cv2.estimateAffine2D(
                kp.xy[src],
                qxy[dst],
                method=cv2.RANSAC,
                ransacReprojThreshold=self.features.ransac_px,
                maxIters=200,
                confidence=0.99,
                refineIters=0,
            )
            if A is not None and mask is not None:
                best = max(best, int(mask.sum()))
        return best

    def verify_all(self, query: np.ndarray | PreparedQuery) -> list[tuple[int, int]]:
        """(candidate id, inliers) for every candidate - the raw material of calibration."""
        q = query if isinstance(query, PreparedQuery) else self.prepare(query)
        return [
            (i, self.features.verify(q.features, self.store.get(i)).inliers)
            for i, _, _ in self.candidates(q)
        ]

    def calibrate(self, distractors: Iterable[np.ndarray]) -> NullModel:
        """Fit the null model on images known NOT to be in the index (and attacked copies)."""
        counts = [c for rgb in distractors for _, c in self.verify_all(rgb)]
        self.null = NullModel(np.asarray(counts))
        return self.null

    # -- persistence

    def save(self, directory: str | os.PathLike[str]) -> None:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        self.words.save(d / "words.idx")
        self.store.save(d / "features.idx")
        self.hashes.save(d / "pdq.idx")
        meta = {
            "fmr": self.fmr,
            "n_candidates": self.n_candidates,
            "pdq_candidates": self.pdq_candidates,
            "pdq_max_distance": self.pdq_max_distance,
            "min_votes": self.min_votes,
            "vote_null": self.vote_null,
            "stop_after": self.stop_after,
            "max_words": self.max_words,
            "prescreen": self.prescreen,
            "vote_words": self.vote_words,
            "pdq_query_side": self.pdq_query_side,
            "null": self.null.to_dict() if self.null else None,
            "features": {
                k: getattr(self.features, k)
                for k in (
                    "max_side",
                    "n_index",
                    "n_query",
                    "grid",
                    "ratio",
                    "max_hamming",
                    "ransac_px",
                    "coarse_octave",
                    "query_upscale_below",
                    "n_detect",
                )
            },
        }
        _write(d / "matcher.idx", "two-stage", 1, {}, meta)

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> TwoStageMatcher:
        d = Path(directory)
        _, meta = _read(d / "matcher.idx", "two-stage", 1)
        words = VisualWordIndex.load(d / "words.idx")
        pdq_path = d / "pdq.idx"
        with open(pdq_path, "rb") as f:
            kind = f.read(_HEADER.size)[8:24].rstrip(b"\0").decode(errors="replace")
        use_faiss = kind == FaissIndex.kind
        self = cls(
            words.vocab,
            LocalFeatures(**meta["features"]),
            fmr=meta["fmr"],
            n_candidates=meta["n_candidates"],
            pdq_candidates=meta["pdq_candidates"],
            pdq_max_distance=meta["pdq_max_distance"],
            min_votes=meta["min_votes"],
            vote_null=meta.get("vote_null"),
            stop_after=meta["stop_after"],
            max_words=meta["max_words"],
            prescreen=meta["prescreen"],
            vote_words=meta["vote_words"],
            pdq_query_side=meta.get("pdq_query_side"),
            null=NullModel.from_dict(meta["null"]) if meta["null"] else None,
            use_faiss=use_faiss,
        )
        self.words = words
        self.store = FeatureStore.load(d / "features.idx")
        self.hashes = (FaissIndex if use_faiss else ExactIndex).load(pdq_path)
        return self
