"""Image fingerprint signals: a global perceptual hash and verifiable local features.

Everything here works on RGB ``uint8`` arrays of shape ``(H, W, 3)`` and depends only on numpy,
OpenCV and (for PDQ) the ``pdqhash`` wheel, so it can be vendored or tested in isolation.

Two signals, one small protocol (:class:`Signal`):

* :class:`PDQSignal` - Meta's PDQ hash (256 bits, 32 bytes). Cheap to store and to search at
  scale, robust to recompression/rescaling/colour changes, but not to crops or overlays. A query
  is hashed in all 8 dihedral orientations so flips and 90-degree rotations still hit.
* :class:`LocalFeatures` - ORB keypoints (32-byte binary descriptors) with geometric verification
  (RANSAC similarity transform). Crop-, overlay-, rescale- and rotation-robust (a photo of a print
  still agrees on a similarity over most of it). The index side keeps a small, spatially spread
  set of keypoints (so any crop still contains some); the query side keeps more and is also
  extracted mirrored, because ORB descriptors are not mirror-invariant.

Decisions are not taken here: :meth:`LocalFeatures.verify` returns the inlier count, and the
matcher in ``_index`` converts counts into a false-match rate from a calibrated null model.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Protocol, runtime_checkable

import cv2
import numpy as np

__all__ = [
    "Keypoints",
    "LocalFeatures",
    "PDQHash",
    "PDQSignal",
    "QueryFeatures",
    "Signal",
    "Verification",
    "check_rgb",
    "hamming",
]


def check_rgb(rgb: Any) -> np.ndarray:
    """Return ``rgb`` as a C-contiguous (H, W, 3) uint8 array, or raise ValueError."""
    if not isinstance(rgb, np.ndarray):
        raise ValueError(f"expected a numpy array, got {type(rgb).__name__}")
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) uint8 RGB array, got {rgb.dtype} {rgb.shape}")
    if rgb.shape[0] < 16 or rgb.shape[1] < 16:
        raise ValueError(f"image too small to fingerprint: {rgb.shape[1]}x{rgb.shape[0]}")
    return np.ascontiguousarray(rgb)


def hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hamming distance between packed uint8 bit vectors; broadcasts over leading axes."""
    x = np.bitwise_xor(np.asarray(a, np.uint8), np.asarray(b, np.uint8))
    return np.bitwise_count(x).sum(axis=-1, dtype=np.int32)


@runtime_checkable
class Signal(Protocol):
    """What every fingerprint signal offers: a name, an extractor and a comparison."""

    name: ClassVar[str]

    def extract(self, rgb: np.ndarray) -> Any:
        """Fingerprint one image (the value stored in an index)."""
        ...

    def distance(self, a: Any, b: Any) -> float:
        """Dissimilarity of two extracted values (smaller is more alike)."""
        ...


# --------------------------------------------------------------------------------------- PDQ


@dataclass(frozen=True)
class PDQHash:
    """A PDQ hash: 32 packed bytes (MSB-first bit order of ``pdqhash``) and its quality 0..100."""

    bits: bytes
    quality: int

    def __post_init__(self) -> None:
        if len(self.bits) != 32:
            raise ValueError(f"a PDQ hash is 32 bytes, got {len(self.bits)}")

    @property
    def array(self) -> np.ndarray:
        return np.frombuffer(self.bits, np.uint8)

    def hex(self) -> str:
        return self.bits.hex()


class PDQSignal:
    """PDQ perceptual hash (via the reference C++ implementation in the ``pdqhash`` wheel).

    By default the image goes to the reference code untouched, so hashes are interoperable with
    other PDQ lists (~19 ms per MP). ``max_side`` (e.g. 512) pre-shrinks first: ~2.5x faster on
    large images, at the price of ~8 bits (max 18 seen) of difference from the reference hash.
    """

    name: ClassVar[str] = "pdq"
    nbytes: ClassVar[int] = 32

    def __init__(self, max_side: int | None = None) -> None:
        try:
            import pdqhash
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ValueError("PDQSignal needs the 'pdqhash' package") from exc
        self._pdq = pdqhash
        self.max_side = None if max_side is None else int(max_side)

    def _prep(self, rgb: np.ndarray) -> np.ndarray:
        rgb = check_rgb(rgb)
        if self.max_side is None:
            return rgb
        h, w = rgb.shape[:2]
        s = self.max_side / max(h, w)
        if s < 1:
            rgb = cv2.resize(
                rgb, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA
            )
        return rgb

    def extract(self, rgb: np.ndarray) -> PDQHash:
        bits, quality = self._pdq.compute(self._prep(rgb))
        return PDQHash(np.packbits(bits.astype(np.uint8)).tobytes(), int(quality))

    def query_variants(self, rgb: np.ndarray) -> list[PDQHash]:
        """The 8 dihedral hashes (identity first); the C++ code gets them from one DCT."""
        hashes, quality = self._pdq.compute_dihedral(self._prep(rgb))
        return [PDQHash(np.packbits(h.astype(np.uint8)).tobytes(), int(quality)) for h in hashes]

    def distance(self, a: PDQHash, b: PDQHash) -> float:
        return float(hamming(a.array, b.array))


# ---------------------------------------------------------------------------- local features

_LF_MAGIC = b"SGLF"
_LF_VERSION = 1
_LF_HEADER = struct.Struct("<4sBxHHH")  # magic, version, pad, n, width, height
_XY_SCALE = 4.0  # coordinates stored as uint16 quarter-pixels: exact enough for RANSAC


@dataclass(frozen=True)
class Keypoints:
    """Keypoints of one image in its working resolution: ``xy`` (N, 2) float32, ``desc`` (N, 32)."""

    xy: np.ndarray
    desc: np.ndarray
    width: int
    height: int

    def __len__(self) -> int:
        return int(self.desc.shape[0])

    @staticmethod
    def record_size(n: int) -> int:
        """Length of :meth:`to_bytes` for ``n`` keypoints."""
        return _LF_HEADER.size + 36 * n

    def to_bytes(self) -> bytes:
        """Compact form: 12-byte header + 36 bytes per keypoint (4 position, 32 descriptor)."""
        n = len(self)
        q = np.clip(np.round(self.xy * _XY_SCALE), 0, 65535).astype("<u2")
        return (
            _LF_HEADER.pack(_LF_MAGIC, _LF_VERSION, n, self.width, self.height)
            + q.tobytes()
            + np.ascontiguousarray(self.desc, np.uint8).tobytes()
        )

    @classmethod
    def from_bytes(cls, data: bytes | memoryview) -> Keypoints:
        data = memoryview(data)
        if len(data) < _LF_HEADER.size:
            raise ValueError("local-feature record truncated (no header)")
        magic, version, n, w, h = _LF_HEADER.unpack_from(data)
        if magic != _LF_MAGIC:
            raise ValueError("not a local-feature record (bad magic)")
        if version != _LF_VERSION:
            raise ValueError(
                f"local-feature record version {version}, this code reads {_LF_VERSION}"
            )
        need = _LF_HEADER.size + 36 * n
        if len(data) < need:
            raise ValueError(f"local-feature record truncated: {len(data)} of {need} bytes")
        off = _LF_HEADER.size
        xy = np.frombuffer(data, "<u2", 2 * n, off).reshape(n, 2).astype(np.float32) / _XY_SCALE
        desc = np.frombuffer(data, np.uint8, 32 * n, off + 4 * n).reshape(n, 32)
        return cls(xy, desc, int(w), int(h))


@dataclass(frozen=True)
class QueryFeatures:
    """Query-side features: the image as given and mirrored (ORB is not mirror-invariant)."""

    direct: Keypoints
    mirrored: Keypoints

    def all_descriptors(self) -> np.ndarray:
        return np.concatenate([self.direct.desc, self.mirrored.desc])

    @cached_property
    def search_index(self) -> Any:
        """FAISS flat binary index over all descriptors (built once per query), or None
        without FAISS. Verifying many candidates against one query then costs one SIMD
        Hamming scan per candidate instead of a generic brute-force matcher call."""
        try:
            import faiss
        except ImportError:  # pragma: no cover - depends on the environment
            return None
        index = faiss.IndexBinaryFlat(256)
        index.add(np.ascontiguousarray(self.all_descriptors()))
        return index


@dataclass(frozen=True)
class Verification:
    """Result of geometric verification of a query against one candidate."""

    inliers: int
    matches: int  # putative descriptor matches that went into RANSAC
    mirrored: bool  # the query matched in its mirrored form
    homography: np.ndarray | None  # 3x3 candidate -> query working coordinates (a similarity)


class LocalFeatures:
    """ORB keypoints + RANSAC verification (similarity transform, see :meth:`_fit`).

    Images are first shrunk so the long side is at most ``max_side`` (never enlarged: a crop keeps
    its scale relative to the original, which ORB's pyramid then only has to bridge for rescales).
    ``n_index`` keypoints are kept for the index, ``n_query`` for queries; both are chosen by
    response within a grid so that every region of the image keeps some (crop robustness).
    """

    name: ClassVar[str] = "orb"
    #: The constructor arguments, all of which change inlier counts (a null model records them).
    SETTINGS: ClassVar[tuple[str, ...]] = (
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

    def __init__(
        self,
        max_side: int = 640,
        n_index: int = 512,
        n_query: int = 1500,
        grid: int = 8,
        ratio: float = 0.85,
        max_hamming: int = 80,
        ransac_px: float = 2.0,
        coarse_octave: int = 4,
        query_upscale_below: int = 0,
        n_detect: int | None = None,
    ) -> None:
        if max_side < 64 or n_index < 8 or n_query < 8 or n_index > 65535 or n_query > 65535:
            raise ValueError("LocalFeatures: max_side >= 64 and 8 <= n_index, n_query <= 65535")
        self.max_side = int(max_side)
        self.n_index = int(n_index)
        self.n_query = int(n_query)
        self.grid = int(grid)
        self.ratio = float(ratio)
        self.max_hamming = int(max_hamming)
        self.ransac_px = float(ransac_px)
        self.coarse_octave = int(coarse_octave)
        self.query_upscale_below = int(query_upscale_below)
        # fastThreshold below the default keeps features on soft, low-contrast images. The
        # detector over-collects (n_detect, default 4x the larger budget) so the grid selection
        # has choice; fewer (2x) measured 3-10 points worse on 25% crops and cutouts.
        self.n_detect = int(n_detect) if n_detect else 4 * max(self.n_index, self.n_query)
        self._orb = cv2.ORB_create(  # type: ignore[attr-defined]
            nfeatures=self.n_detect,
            scaleFactor=1.2,
            nlevels=8,
            edgeThreshold=19,
            patchSize=31,
            fastThreshold=12,
        )
        self._orb_query = self._orb
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    def settings(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.SETTINGS}

    # -- extraction

    def _gray(self, rgb: np.ndarray, query: bool = False) -> np.ndarray:
        rgb = check_rgb(rgb)
        h, w = rgb.shape[:2]
        s = self.max_side / max(h, w)
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        if query and max(h, w) < self.query_upscale_below:
            # Small queries are usually crops or shrunk copies: their content is at a finer
            # scale than the index's stored keypoints, below ORB's (downward-only) pyramid.
            # Doubling them costs little (they are small) and recovers those matches.
            s = 2.0
        if s < 1 or (s == 2.0 and query):
            interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
            gray = cv2.resize(
                gray, (max(1, round(w * s)), max(1, round(h * s))), interpolation=interp
            )
        return gray

    def _detect(self, gray: np.ndarray, n: int, orb: Any, ranked: bool = False) -> Keypoints:
        h, w = gray.shape
        empty = Keypoints(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), w, h)
        # Detect everything, choose, then describe only the chosen keypoints: describing is
        # most of ORB's cost and most detections are not kept.
        kps = orb.detect(gray, None)
        if not kps:
            return empty
        xy = cv2.KeyPoint_convert(kps).reshape(-1, 2)  # type: ignore[attr-defined]
        resp = np.fromiter((k.response for k in kps), np.float32, len(kps))
        octave = np.fromiter((k.octave for k in kps), np.int32, len(kps))
        # Round-robin over (grid cell, scale band) groups by response rank: the strongest
        # keypoint of every group first, then the second... so a crop of any part still finds
        # stored keypoints, and a half-size copy (whose finest features are our coarse ones)
        # does too.
        gx = np.minimum((xy[:, 0] * self.grid / w).astype(np.int32), self.grid - 1)
        gy = np.minimum((xy[:, 1] * self.grid / h).astype(np.int32), self.grid - 1)
        band = (octave >= self.coarse_octave).astype(np.int32)
        group = (gy * self.grid + gx) * 2 + band
        order = np.lexsort((-resp, group))
        sorted_group = group[order]
        starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
        rank = np.empty(len(order), np.int64)
        rank[order] = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        keep = np.lexsort((-resp, rank))[:n]
        picked = [kps[i] for i in keep.tolist()]
        for j, k in enumerate(picked):
            k.class_id = j
        chosen, desc = orb.compute(gray, picked)
        if desc is None or not chosen:
            return empty
        xy = cv2.KeyPoint_convert(chosen).reshape(-1, 2).astype(np.float32)  # type: ignore[attr-defined]
        if ranked:
            # compute() returns the keypoints grouped by pyramid level: put them back in
            # selection order, so that any prefix of the record is the strongest, grid-spread
            # ones (what the word index and the re-rank take)
            back = np.argsort([k.class_id for k in chosen], kind="stable")
            xy, desc = np.ascontiguousarray(xy[back]), desc[back]
        return Keypoints(xy, np.ascontiguousarray(desc), w, h)

    def extract(self, rgb: np.ndarray) -> Keypoints:
        """Index-side features (``n_index`` keypoints)."""
        return self._detect(self._gray(rgb), self.n_index, self._orb, ranked=True)

    def extract_query(self, rgb: np.ndarray) -> QueryFeatures:
        """Query-side features (``n_query`` keypoints), direct and mirrored."""
        gray = self._gray(rgb, query=True)
        return QueryFeatures(
            self._detect(gray, self.n_query, self._orb_query),
            self._detect(np.ascontiguousarray(gray[:, ::-1]), self.n_query, self._orb_query),
        )

    # -- comparison

    def _fit(self, p: np.ndarray, r: np.ndarray, c: Keypoints) -> tuple[int, np.ndarray | None]:
        """RANSAC fit candidate -> query points; returns (inliers, 3x3 transform).

        The model is a similarity (rotation, uniform scale, shift: 4 degrees of freedom) with a
        tight ``ransac_px``: every attack the matcher targets is one up to a few pixels, while
        unrelated pairs, even two photos of one person in one setting, agree on a looser
        geometry only. An affine model with a homography refit and 6 px gave such pairs up to
        21 inliers on the training split (inlier threshold 31 at the shipped rate); this
        model up to 11 (threshold 14), for ~10% fewer inliers on true copies.
        """
        if len(p) < 5:
            return 0, None
        A, mask = cv2.estimateAffinePartial2D(
            p,
            r,
            method=cv2.RANSAC,
            ransacReprojThreshold=self.ransac_px,
            maxIters=500,
            confidence=0.995,
            refineIters=0,
        )
        if A is None or mask is None:
            return 0, None
        T = np.vstack([A, [0.0, 0.0, 1.0]])
        if not _plausible(T, c.width, c.height):
            return 0, None
        return int(mask.sum()), T

    def verify(self, query: QueryFeatures | Keypoints, candidate: Keypoints) -> Verification:
        """Best geometric agreement of the query (direct or mirrored) with a candidate."""
        c = candidate
        if isinstance(query, Keypoints):
            query = QueryFeatures(
                query, Keypoints(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), 1, 1)
            )
        qd, qm = query.direct, query.mirrored
        nd = len(qd)
        train = np.concatenate([qd.desc, qm.desc]) if len(qm) else qd.desc
        if len(c) < 5 or len(train) < 5:
            return Verification(0, 0, False, None)
        # One search for both orientations: stored keypoints (few) look up their two nearest
        # query keypoints; Lowe's ratio test drops ambiguous ones.
        src_a, dst_a = self._knn_pairs(query, c.desc, train)
        best = Verification(0, len(src_a), False, None)
        for mirrored, sel in ((False, dst_a < nd), (True, dst_a >= nd)):
            if sel.sum() < 5:
                continue
            kp = qm if mirrored else qd
            r = kp.xy[dst_a[sel] - (nd if mirrored else 0)]
            n_in, T = self._fit(c.xy[src_a[sel]], r, c)
            if n_in > best.inliers:
                best = Verification(n_in, int(sel.sum()), mirrored, T)
        return best

    def _knn_pairs(
        self, query: QueryFeatures, stored: np.ndarray, train: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(stored index, query index) of putative matches: ratio test, and one query keypoint
        explains at most one stored keypoint (the first in stored order, which is best-first)."""
        index = (
            query.search_index if len(train) == len(query.direct) + len(query.mirrored) else None
        )
        if index is not None:
            dist, nn = index.search(np.ascontiguousarray(stored), 2)
        else:
            knn = self._matcher.knnMatch(stored, train, k=2)
            dist = np.full((len(stored), 2), 1 << 20, np.int64)
            nn = np.full((len(stored), 2), -1, np.int64)
            for i, pair in enumerate(knn):
                for j, m in enumerate(pair[:2]):
                    dist[i, j], nn[i, j] = m.distance, m.trainIdx
        ok = (
            (nn[:, 1] >= 0)
            & (dist[:, 0] <= self.max_hamming)
            & (dist[:, 0] <= self.ratio * dist[:, 1])
        )
        src = np.flatnonzero(ok)
        dst = nn[src, 0].astype(np.int64)
        _, first = np.unique(dst, return_index=True)
        first.sort()
        return src[first].astype(np.int64), dst[first]

    def distance(self, a: QueryFeatures | Keypoints, b: Keypoints) -> float:
        """Protocol adapter: negative inlier count (smaller = more alike)."""
        return -float(self.verify(a, b).inliers)


def _plausible(H: np.ndarray, w: int, h: int) -> bool:
    """Reject degenerate homographies that random matches love: collapses, huge zooms, folds."""
    if not np.all(np.isfinite(H)) or abs(H[2, 2]) < 1e-12:
        return False
    H = H / H[2, 2]
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32).reshape(-1, 1, 2)
    proj = cv2.perspectiveTransform(corners, H).reshape(-1, 2)
    if not np.all(np.isfinite(proj)):
        return False
    # projected quad must stay convex with a consistent orientation (no fold-over)
    d = np.roll(proj, -1, 0) - proj
    cross = d[:, 0] * np.roll(d, -1, 0)[:, 1] - d[:, 1] * np.roll(d, -1, 0)[:, 0]
    # and keep its orientation: mirrors are handled by the mirrored query, so a reflecting
    # fit can only be a coincidence
    if not np.all(cross > 0):
        return False
    area = 0.5 * abs(
        np.sum(proj[:, 0] * np.roll(proj[:, 1], -1) - proj[:, 1] * np.roll(proj[:, 0], -1))
    )
    ratio = area / float(w * h)
    # working resolutions differ by at most ~max_side/16 either way; 1/64..64 is generous
    return 1 / 64 <= ratio <= 64
