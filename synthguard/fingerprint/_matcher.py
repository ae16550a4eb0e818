"""The two-stage matcher: candidates (PDQ + visual words), RANSAC verification, FMR decision.

* :class:`FeatureStore` - the verification data (serialised :class:`Keypoints`), one blob that can
  be memory-mapped: it need not live in RAM.
* :class:`NullModel` - distribution of RANSAC inlier counts between unrelated images, fitted on
  distractors; turns a false-match-rate target into an inlier threshold.
* :class:`TwoStageMatcher` - ties it together; its decision is expressed as a false-match rate.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ._index import _HEADER, ExactIndex, FaissIndex, IndexFileError, _ids, _read, _write
from ._signals import Keypoints, LocalFeatures, PDQHash, PDQSignal, QueryFeatures, check_rgb
from ._words import BinaryVocabulary, VisualWordIndex

__all__ = ["FeatureStore", "MatchResult", "NullModel", "PreparedQuery", "TwoStageMatcher"]

#: Reprojection tolerance of the word-correspondence pre-check, looser than verification's: one
#: query keypoint stands for each shared word, so its correspondences are noisier.
_PRESCREEN_PX = 6.0


# ------------------------------------------------------------------------- feature store


class FeatureStore:
    """id -> serialised :class:`Keypoints` (~36 bytes per keypoint), optionally followed by each
    keypoint's visual word (2 bytes each), which the matcher's geometric re-rank would otherwise
    recompute for every candidate of every query. Saved as one blob + offsets;
    ``load(mmap=True)`` leaves the blob on disk, so verification data costs no RAM."""

    kind = "feature-store"
    version = 1

    def __init__(self) -> None:
        self._records: dict[int, bytes | memoryview] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, id_: int) -> bool:
        return id_ in self._records

    def add(
        self,
        ids: Iterable[int],
        values: Sequence[Keypoints | bytes],
        words: Sequence[np.ndarray] | None = None,
    ) -> None:
        """Store keypoint records; ``words`` (one word per keypoint, below 65536) go with them."""
        ids_ = _ids(ids)
        if len(ids_) != len(values) or (words is not None and len(words) != len(values)):
            raise ValueError(f"{len(ids_)} ids for {len(values)} records")
        for j, (id_, v) in enumerate(zip(ids_.tolist(), values, strict=False)):
            if id_ in self._records:
                raise ValueError(f"duplicate id {id_}")
            data = v.to_bytes() if isinstance(v, Keypoints) else bytes(v)
            n = len(Keypoints.from_bytes(data))  # validate now rather than at query time
            if words is not None:
                w = np.asarray(words[j])
                if len(data) != Keypoints.record_size(n) or w.shape != (n,):
                    raise ValueError(f"id {id_}: one word per keypoint, added once")
                if n and (w.min() < 0 or w.max() >= 1 << 16):
                    raise ValueError(f"id {id_}: words must fit in 16 bits")
                data += w.astype("<u2").tobytes()
            self._records[id_] = data

    def remove(self, ids: Iterable[int]) -> int:
        return sum(self._records.pop(i, None) is not None for i in _ids(ids).tolist())

    def get(self, id_: int) -> Keypoints:
        return Keypoints.from_bytes(self._records[id_])

    def get_with_words(self, id_: int) -> tuple[Keypoints, np.ndarray | None]:
        """The keypoints and their stored words (None where the record has none)."""
        data = self._records[id_]
        kp = Keypoints.from_bytes(data)
        n, end = len(kp), Keypoints.record_size(len(kp))
        if len(data) != end + 2 * n:
            return kp, None
        return kp, np.frombuffer(data, "<u2", n, end).astype(np.int64)

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
        # ...but never faster than the observed tail decays from the anchor to the largest
        # count: the fit also weighs the steep bulk below the anchor
        t_max = len(self.hist) - 1
        if t_max > self.t0:
            observed = (sf[t_max] / sf[self.t0]) ** (1.0 / (t_max - self.t0))
            self.ratio = float(min(0.9, max(self.ratio, observed)))
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
    words: np.ndarray  # words of all descriptors: direct, then mirrored (each best first)


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
    shortlist: int | None = None  # best-voted images re-ranked by geometry (None: no re-rank)
    #: Stored keypoints (strongest first) the geometric re-rank looks at (None: all); those
    #: past it only serve verification. Bounds the re-rank's work per candidate; on the training
    #: split, 384 of 512 and all 512 gave the same recall.
    rerank_keypoints: int | None = None
    pdq_query_side: int | None = None  # shrink queries to this long side before PDQ (speed)
    null: NullModel | None = None
    use_faiss: bool = True
    #: Postings one query may gather in the word index, its strongest keypoints' words first.
    #: Only large indexes reach it (about 9M postings per query at 1M images uncapped); on the
    #: scale benchmark a 2M cap kept recall and cut the vote stage about 3x. Calibration does not
    #: depend on it: it only changes which images are proposed.
    max_postings: int | None = 2_000_000

    def __post_init__(self) -> None:
        self.words = VisualWordIndex(self.vocabulary, max_words=self.max_words)
        self.words.max_postings = self.max_postings
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
        small = self.vocabulary.size <= 1 << 16  # stored words are 16-bit
        words = [self.vocabulary.assign(keypoints.desc)] if small else None
        self.store.add([id_], [keypoints], words)

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
        # Every keypoint gets its word: only the first `vote_words` of each orientation vote
        # (:meth:`_best_first`), but the geometric re-rank uses them all (:meth:`_prescreen`).
        return PreparedQuery(
            qf,
            [variants[i] for i in self.pdq_variants] if variants else [],
            self.vocabulary.assign(qf.all_descriptors()),
        )

    @property
    def n_tests(self) -> int:
        """Candidate pairs a query can be verified against: the Bonferroni factor of the
        false-match rate. With a ``shortlist``, any shortlisted image may be chosen for
        verification, so all of them (and the PDQ candidates) count."""
        if self.shortlist is None:
            return self.n_candidates
        return max(self.n_candidates, self.pdq_candidates + self.shortlist)

    def candidates(
        self, query: np.ndarray | PreparedQuery, rerank: bool = True
    ) -> list[tuple[int, int | None, str]]:
        """(id, PDQ distance or None, proposing stage) for at most ``n_candidates`` images:
        PDQ near-duplicates first, then visual-word votes, best first.

        With a ``shortlist``, the ``shortlist`` best-voted images are re-ranked by the cheap
        geometric check of :meth:`_prescreen` before the cut to ``n_candidates``: votes alone
        rank a copy pasted small onto another picture (a cutout) almost at random among
        unrelated images, while its shared words still agree on one geometry. ``rerank=False``
        returns the whole shortlist uncut (calibration verifies all of it).
        """
        q = query if isinstance(query, PreparedQuery) else self.prepare(query)
        pdq_d: dict[int, int] = {}
        if q.pdq and len(self.hashes):
            for m in self.hashes.query(q.pdq, self.pdq_candidates, self.pdq_max_distance):
                pdq_d[m.id] = int(m.distance)
        k = self.n_candidates if self.shortlist is None else self.shortlist
        word_ids = [
            m.id
            for m in self.words.query(
                q.features, k, self.min_votes, self._best_first(q), self.vote_null, ranked=True
            )
        ]
        out: list[tuple[int, int | None, str]] = [
            (i, d, "both" if i in word_ids else "pdq") for i, d in pdq_d.items()
        ]
        rest = [i for i in word_ids if i not in pdq_d]
        if not rerank:
            return out + [(i, None, "words") for i in rest]
        if self.shortlist is not None and len(out) + len(rest) > self.n_candidates:
            # the best-voted half stays (small crops share few words: geometry on words alone
            # misranks them); the other half of the slots goes to the best geometry
            keep = max(0, self.n_candidates // 2 - len(out))
            score = {i: self._prescreen(q, *self.store.get_with_words(i)) for i in rest[keep:]}
            rest = rest[:keep] + sorted(rest[keep:], key=lambda i: -score[i])  # stable
        out += [(i, None, "words") for i in rest]
        return out[: self.n_candidates]

    def _best_first(self, q: PreparedQuery) -> np.ndarray:
        """The voting words: the first ``vote_words`` keypoints of each orientation (they are
        the grid-spread strongest ones, and posting-list traffic grows with every extra word),
        direct and mirrored interleaved, so a capped vote keeps the best of both."""
        nd = len(q.features.direct)
        v = max(nd, len(q.words) - nd) if self.vote_words is None else self.vote_words
        direct, mirrored = q.words[: min(nd, v)], q.words[nd : nd + v]
        rank = np.concatenate([2 * np.arange(len(direct)), 2 * np.arange(len(mirrored)) + 1])
        return np.concatenate([direct, mirrored])[np.argsort(rank, kind="stable")]

    def threshold(self, fmr: float | None = None) -> int:
        """Inlier count needed for the per-query false-match rate ``fmr`` (default ``self.fmr``)."""
        if self.null is None:
            raise ValueError("matcher is not calibrated: call calibrate() with distractor images")
        return self.null.threshold(self.fmr if fmr is None else fmr, self.n_tests)

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
            kp, words = self.store.get_with_words(id_)
            if self.prescreen is not None and self._prescreen(q, kp, words) < self.prescreen:
                continue
            v = self.features.verify(q.features, kp)
            if v.inliers >= t:
                out.append(
                    MatchResult(
                        id_,
                        v.inliers,
                        float(self.n_tests * null.sf(v.inliers)),
                        v.mirrored,
                        pdq_d,
                        src,
                    )
                )
                if self.stop_after and len(out) >= self.stop_after:
                    break
        out.sort(key=lambda r: -r.inliers)
        return out

    def _prescreen(self, q: PreparedQuery, kp: Keypoints, words: np.ndarray | None = None) -> int:
        """Cheap geometric check on word-sharing keypoints (no descriptor matching).

        Shared visual words give putative correspondences for free; a similarity RANSAC on them
        (the model verification fits) separates plausible candidates from the rest at ~1/10 the
        cost of full verification. All query keypoints take part, not only the voting ones: a
        small crop of a large image matches the stored keypoints with its coarse-scale ones,
        which come late in its best-first order; on the training split, voting words alone
        left 26 of 216 random 25% crops out of the candidates, all words 3. Only the first
        ``rerank_keypoints`` stored keypoints take part.
        It can only drop candidates, so the calibrated false-match rate still bounds the result.
        """
        n = len(kp) if self.rerank_keypoints is None else min(len(kp), self.rerank_keypoints)
        if n < 4:
            return 0
        cxy = kp.xy[:n]
        cw = self.vocabulary.assign(kp.desc[:n]) if words is None else words[:n]
        nd = len(q.features.direct)
        best = 0
        for qw, qxy in (
            (q.words[:nd], q.features.direct.xy),
            (q.words[nd:], q.features.mirrored.xy),
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
            A, mask = cv2.estimateAffinePartial2D(
                cxy[src],
                qxy[dst],
                method=cv2.RANSAC,
                ransacReprojThreshold=_PRESCREEN_PX,
                maxIters=200,
                confidence=0.99,
                refineIters=0,
            )
            if A is not None and mask is not None:
                best = max(best, int(mask.sum()))
        return best

    def verify_all(self, query: np.ndarray | PreparedQuery) -> list[tuple[int, int]]:
        """(candidate id, inliers) for every candidate pair the query could be verified
        against (the whole shortlist, not re-ranked) - the raw material of calibration."""
        q = query if isinstance(query, PreparedQuery) else self.prepare(query)
        return [
            (i, self.features.verify(q.features, self.store.get(i)).inliers)
            for i, _, _ in self.candidates(q, rerank=False)
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
            "shortlist": self.shortlist,
            "rerank_keypoints": self.rerank_keypoints,
            "max_postings": self.max_postings,
            "pdq_query_side": self.pdq_query_side,
            "null": self.null.to_dict() if self.null else None,
            "features": self.features.settings(),
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
            shortlist=meta.get("shortlist"),
            rerank_keypoints=meta.get("rerank_keypoints"),
            max_postings=meta.get("max_postings", cls.max_postings),
            pdq_query_side=meta.get("pdq_query_side"),
            null=NullModel.from_dict(meta["null"]) if meta["null"] else None,
            use_faiss=use_faiss,
        )
        self.words = words
        self.words.max_postings = self.max_postings
        self.store = FeatureStore.load(d / "features.idx")
        self.hashes = (FaissIndex if use_faiss else ExactIndex).load(pdq_path)
        return self
