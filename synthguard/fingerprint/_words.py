"""Crop-robust candidate search: a binary vocabulary tree and an inverted file of visual words.

Each stored ORB descriptor is quantised by :class:`BinaryVocabulary` into a visual word; the
:class:`VisualWordIndex` keeps ``uint32`` image slots per word (CSR) and gives idf-weighted
votes. About 4 bytes per stored word.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ._index import IndexFileError, Match, _IdMap, _ids, _read, _write
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

    def assign(self, desc: np.ndarray, block: int = 512) -> np.ndarray:
        """Visual word (int64 in ``[0, size)``) of each descriptor.

        In blocks of ``block`` descriptors: a query's ~3,000 at once cost ~1.5x as much (the
        per-descriptor gathers of centroids fall out of cache).
        """
        if not self.trained:
            raise ValueError("vocabulary is not trained")
        d = _as_u64(desc)
        words = np.zeros(len(d), np.int64)
        b = self.branching
        for s in range(0, len(d), block):
            x = d[s : s + block]
            node = np.zeros(len(x), np.int64)
            for cents in self.levels:
                c = _as_u64(cents).reshape(-1, b, self.nbytes // 8)[node]  # (n, b, words)
                dist = np.bitwise_count(c ^ x[:, None, :]).sum(-1, dtype=np.int32)
                node = node * b + dist.argmin(1)
            words[s : s + block] = node
        return words

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


@dataclass
class _Segment:
    """A block of posting lists in CSR form: word ``w``'s postings (global image slots, in
    increasing order) are ``postings[offsets[w]:offsets[w + 1]]``; its slots are ``>= first``
    and below the next segment's ``first``."""

    offsets: np.ndarray
    postings: np.ndarray
    first: int


class VisualWordIndex:
    """Inverted file of visual words for crop-robust candidate search.

    Each image contributes its (deduplicated) words, capped at ``max_words``; memory is
    ~4 bytes per stored word (a uint32 slot in a posting list) + 24 bytes per image (its slot's
    id and the sorted id -> slot map). ``load(mmap=True)`` leaves the postings in the file.
    A query's words vote for images with idf weights; ``query`` returns the top-k by score.

    The posting lists are kept in segments of up to ``segment_postings`` postings, as in
    search engines' inverted files: adds are merged into the last (open) segment only, and a
    removal rewrites only the segments holding the removed images, so building or editing a
    10M-image index needs its postings plus about two segments of RAM, not twice the index.
    """

    kind = "visual-words"
    version = 2  # 1: one CSR block ("offsets", "postings"), still read
    vote_cut_from = 10_000
    #: Per-query cap on gathered postings. Past it, words are left out: the last ones of a query
    #: whose words come best first (``ranked``), else the most frequent ones. None: every query
    #: word votes. A cap only changes which images are proposed, never how they are verified.
    max_postings: int | None = None
    #: Postings (4 bytes each) after which the open segment is sealed and a new one opened:
    #: 256M postings, 1 GiB, about 1.3M images of 200 words.
    segment_postings: int = 1 << 28

    def __init__(self, vocabulary: BinaryVocabulary, max_words: int = 192) -> None:
        if not vocabulary.trained:
            raise ValueError("VisualWordIndex needs a trained vocabulary")
        self.vocab = vocabulary
        self.max_words = int(max_words)
        self._slot_ids = np.zeros(0, np.int64)  # slot -> external id (-1 once removed)
        self._slot_pending: list[int] = []
        self._id_slot = _IdMap(values=True)  # external id -> slot
        self._segments = [self._empty_segment(0)]  # the last one is open
        self._pending_w: list[np.ndarray] = []  # appended since the last compaction
        self._pending_s: list[np.ndarray] = []
        self._n_pending = 0
        self._word_dtype = np.uint16 if vocabulary.size <= 1 << 16 else np.uint32
        self._df = np.zeros(vocabulary.size, np.int32)
        self._alive = 0

    def _empty_segment(self, first: int) -> _Segment:
        return _Segment(np.zeros(self.vocab.size + 1, np.int64), np.zeros(0, np.uint32), first)

    def __len__(self) -> int:
        return self._alive

    def __contains__(self, id_: int) -> bool:
        return int(id_) in self._id_slot

    def words(self, desc: np.ndarray) -> np.ndarray:
        """The unique words of the first ``max_words`` descriptors (they come best-first)."""
        return np.unique(self.vocab.assign(desc[: self.max_words]))

    def add(self, ids: Iterable[int], values: Sequence[Keypoints | np.ndarray]) -> None:
        ids_ = _ids(ids)
        if len(ids_) != len(values):
            raise ValueError(f"{len(ids_)} ids for {len(values)} feature sets")
        self._id_slot.check_new(ids_)
        first = len(self._slot_ids) + len(self._slot_pending)
        for id_, v in zip(ids_.tolist(), values, strict=False):
            desc = v.desc if isinstance(v, Keypoints) else np.asarray(v, np.uint8)
            w = self.words(desc) if len(desc) else np.zeros(0, np.int64)
            slot = len(self._slot_ids) + len(self._slot_pending)
            self._slot_pending.append(id_)  # np.append per image would be quadratic
            self._pending_w.append(w.astype(self._word_dtype))
            self._pending_s.append(np.full(len(w), slot, np.uint32))
            self._df[w] += 1  # words are unique per image
            self._n_pending += len(w)
        self._id_slot.add(ids_, np.arange(first, first + len(ids_)))
        self._alive += len(ids_)
        self._compact_if_large()

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
        self._id_slot.check_new(ids_)
        self._flush_slots()
        first = len(self._slot_ids)
        slots = np.arange(first, first + len(ids_), dtype=np.int64)
        self._slot_ids = np.concatenate([self._slot_ids, ids_])
        self._id_slot.add(ids_, slots)
        self._pending_w.append(words.astype(self._word_dtype))
        self._pending_s.append(np.repeat(slots, np.diff(offsets)).astype(np.uint32))
        self._df += np.bincount(words, minlength=self.vocab.size).astype(np.int32)
        self._alive += len(ids_)
        self._n_pending += len(words)
        self._compact_if_large()

    def _compact_if_large(self) -> None:
        # pending postings take 6 bytes each: merge them once they reach a quarter segment, so
        # that a long run of adds between queries does not pile them up
        if self._n_pending >= self.segment_postings // 4:
            self._compact()

    def _flush_slots(self) -> None:
        if self._slot_pending:
            self._slot_ids = np.concatenate(
                [self._slot_ids, np.array(self._slot_pending, np.int64)]
            )
            self._slot_pending = []

    def remove(self, ids: Iterable[int]) -> int:
        self._compact()  # pending postings join the open segment, where they are dropped below
        slots = self._id_slot.remove(_ids(ids))
        if len(slots):
            if not self._slot_ids.flags.writeable:  # memory-mapped
                self._slot_ids = self._slot_ids.copy()
            self._slot_ids[slots] = -1
            self._alive -= len(slots)
            firsts = np.array([s.first for s in self._segments])
            for k in np.unique(np.searchsorted(firsts, slots, side="right") - 1).tolist():
                self._drop_dead(self._segments[k])
        return len(slots)

    def _drop_dead(self, seg: _Segment) -> None:
        """Rewrite one segment without the postings of removed slots."""
        counts = np.diff(seg.offsets)
        keep = self._slot_ids[seg.postings] >= 0
        word_of = np.repeat(np.arange(self.vocab.size, dtype=np.int32), counts)
        kept = np.bincount(word_of[keep], minlength=self.vocab.size)
        self._df -= (counts - kept).astype(np.int32)
        seg.postings = seg.postings[keep]
        seg.offsets = np.r_[0, np.cumsum(kept)].astype(np.int64)

    def _compact(self) -> None:
        """Merge pending postings into the open segment; seal it once it is full.

        Peak memory is the open segment's old and new posting arrays plus the pending ones (6
        bytes each) and ~0.3 GB of work arrays: no per-posting word array is built for the
        stored postings, which at 10M images would be 16 GB.
        """
        self._flush_slots()
        if not self._pending_w:
            return
        size = self.vocab.size
        seg = self._segments[-1]
        old, old_off = seg.postings, seg.offsets
        old_counts = np.diff(old_off)
        pw = np.concatenate([np.zeros(0, self._word_dtype), *self._pending_w])
        ps = np.concatenate([np.zeros(0, np.uint32), *self._pending_s])
        self._pending_w, self._pending_s, self._n_pending = [], [], 0
        new_counts = np.bincount(pw, minlength=size)
        offsets = np.zeros(size + 1, np.int64)
        np.cumsum(old_counts + new_counts, out=offsets[1:])
        postings = np.empty(int(offsets[-1]), np.uint32)
        # stored lists first (their slots are older, so each list stays sorted by slot), moved
        # by runs of words holding ~4M postings to bound the index arrays ...
        shift = offsets[:-1] - old_off[:-1]
        bounds = np.unique(np.searchsorted(old_off, np.arange(0, old_off[-1], 1 << 22), "right"))
        starts = np.r_[0, bounds[1:]].tolist()
        for a, b in zip(starts, [*starts[1:], size], strict=True):
            lo, hi = int(old_off[a]), int(old_off[b])
            dest = np.repeat(shift[a:b], old_counts[a:b]) + np.arange(lo, hi)
            postings[dest] = old[lo:hi]
        del old
        # ... then the pending postings after them, in slot order, ~8M at a time (the index
        # arrays of 100M pending postings at once would take GBs)
        cursor = offsets[:-1] + old_counts
        for s in range(0, len(pw), 1 << 23):
            order = np.argsort(pw[s : s + (1 << 23)], kind="stable")
            w = pw[s:][order].astype(np.int64)
            counts = np.bincount(w, minlength=size)
            rank = np.arange(len(w)) - (np.cumsum(counts) - counts)[w]
            postings[cursor[w] + rank] = ps[s:][order]
            cursor += counts
        seg.postings, seg.offsets = postings, offsets
        if len(postings) >= self.segment_postings:
            self._segments.append(self._empty_segment(len(self._slot_ids)))

    def query(
        self,
        desc: np.ndarray | QueryFeatures,
        k: int = 20,
        min_votes: int = 3,
        words: np.ndarray | None = None,
        null_expected: float | None = None,
        ranked: bool = False,
    ) -> list[Match]:
        """Top-k images by idf-weighted word votes (distance = -score); needs min_votes words.

        ``words`` (the descriptors' words, if already assigned) saves re-assigning them;
        ``ranked`` says they come best first (strongest keypoints first), which decides what a
        ``max_postings`` cap keeps: on the training split, keeping the strongest keypoints'
        words lost far less recall than keeping the rarest words.
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
        w, first = np.unique(self.vocab.assign(desc) if words is None else words, return_index=True)
        lens = self.lengths(w)
        if self.max_postings is not None and lens.sum() > self.max_postings:
            order = (
                np.argsort(first, kind="stable")
                if ranked and words is not None
                else np.argsort(lens, kind="stable")
            )
            keep = order[np.cumsum(lens[order]) <= self.max_postings]
            keep.sort()
            w, lens = w[keep], lens[keep]
        total = int(lens.sum())
        if not total:
            return []
        slots = self._gather(w)  # grouped by query word, in the order of w
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

    def lengths(self, words: np.ndarray) -> np.ndarray:
        """Posting-list length of each word (over every segment; removed images excluded)."""
        self._compact()
        total = np.zeros(len(words), np.int64)
        for s in self._segments:
            total += s.offsets[words + 1] - s.offsets[words]
        return total

    def postings(self, word: int) -> np.ndarray:
        """The external ids holding ``word``, oldest first."""
        return self._slot_ids[self._gather(np.array([word]))]

    def _gather(self, words: np.ndarray) -> np.ndarray:
        """The slots of the posting lists of ``words``, word by word, each list in slot order."""
        spans = [
            (s.postings, s.offsets[words].tolist(), s.offsets[words + 1].tolist())
            for s in self._segments
            if len(s.postings)
        ]
        parts = [p[a[i] : b[i]] for i in range(len(words)) for p, a, b in spans]
        return np.concatenate([np.zeros(0, np.uint32), *parts])

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
        """Bytes of the candidate structure (postings, offsets, df, id maps), excl. vocab."""
        return int(
            sum(s.postings.nbytes + s.offsets.nbytes for s in self._segments)
            + 4 * self._n_pending
            + self._df.nbytes
            + self._slot_ids.nbytes
            + self._id_slot.nbytes()
        )

    def save(self, path: str | os.PathLike[str]) -> None:
        self._compact()
        segments = [s for s in self._segments if len(s.postings)]
        arrays: dict[str, np.ndarray] = {
            "slot_ids": self._slot_ids,
            "segment_first": np.array([s.first for s in segments], np.int64),
            "df": self._df,
            **self.vocab.arrays(),
        }
        for k, s in enumerate(segments):
            arrays[f"offsets_{k}"], arrays[f"postings_{k}"] = s.offsets, s.postings
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
    def load(cls, path: str | os.PathLike[str], mmap: bool = False) -> VisualWordIndex:
        """Open a saved index; with ``mmap`` the posting lists stay in the file (page cache)
        instead of RAM, which lets a 10M-image index (~8 GB of postings) be queried on a
        machine that could not hold it twice. The file is read-only: a change rewrites only the
        open segment or the segments it touches, in RAM."""
        arrays, meta = _read(path, cls.kind, (1, cls.version), mmap=mmap)
        vocab = BinaryVocabulary.from_arrays(arrays, meta["branching"], meta["depth"])
        self = cls(vocab, meta["max_words"])
        self._slot_ids = arrays["slot_ids"].astype(np.int64, copy=False)
        alive = np.flatnonzero(self._slot_ids >= 0)
        self._id_slot = _IdMap.of(self._slot_ids[alive], alive)
        self._df = np.array(arrays["df"], np.int32)
        self._alive = len(alive)
        if "segment_first" in arrays:
            firsts = arrays["segment_first"].tolist()
            blocks = [(arrays[f"offsets_{k}"], arrays[f"postings_{k}"]) for k in range(len(firsts))]
        else:  # version 1
            firsts, blocks = [0], [(arrays["offsets"], arrays["postings"])]
        self._segments = []
        for first, (offsets, postings) in zip(firsts, blocks, strict=True):
            seg = _Segment(
                offsets.astype(np.int64, copy=False), postings.astype(np.uint32, copy=False), first
            )
            if len(seg.offsets) != vocab.size + 1 or seg.offsets[-1] != len(seg.postings):
                raise IndexFileError(f"{path}: posting offsets do not match the postings")
            self._segments.append(seg)
        # a segment with room left stays open (a small index saved and loaded again and again
        # keeps one segment); a full one gets an empty successor
        if not self._segments or len(self._segments[-1].postings) >= self.segment_postings:
            self._segments.append(self._empty_segment(len(self._slot_ids)))
        return self
