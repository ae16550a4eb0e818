"""Crop-robust candidate search: a binary vocabulary tree and an inverted file of visual words.

Each stored ORB descriptor is quantised by :class:`BinaryVocabulary` into a visual word; the
:class:`VisualWordIndex` keeps ``uint32`` image slots per word (CSR) and gives idf-weighted
votes. About 4 bytes per stored word.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import numpy as np

from ._index import Match, _ids, _read, _write
from ._signals import Keypoints, QueryFeatures

__all__ = ["BinaryVocabulary", "VisualWordIndex"]

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
