"""Keyed, blind, tiled spread-spectrum watermark in luminance.

Design in one paragraph: a ``P``×``P`` pixel tile (``P = chip * chips``) of ±1 chips is repeated
over the whole image and added to luminance, scaled by a texture mask so flat areas (sky) get
little of it. A quarter of the chips are a key-derived reference pattern used only to find
the tile's position; the rest carry a rate-1/4 convolutional codeword of the 48-bit payload,
each chip multiplied by a key-derived sign (the payload is followed by a CRC-16 before
encoding; it is a function of the payload, so there are still 2^48 codewords). Because the
mark is periodic, the detector can recover scale, rotation and shear from the
autocorrelation of the whitened image (peaks sit on the tile lattice; the common rescales
x1, x0.5 and x0.75 are tried too; enlargements on the picture at half size, whose residual
keeps the wider chips), undo them, fold the image modulo the tile into one tile,
find the cyclic shift and the mirror/quarter-turn by FFT correlation with the reference,
correct residual warp (perspective, lattice error) from per-block sync, optionally fold only
where the mark is present (cutouts), and read the chips. A photographed print is blurred too
much for the autocorrelation and warped too much for any single lattice: a grid of per-axis
scales near 1 (at three small turns) ranks upright lattices on the centre, and the best ones
that rise above noise are refined into a homography by coordinate search on the whole fold.
Candidates from every stage are ranked by one statistic, the fold's reference peak against
its other shifts, and only the best two are decoded; alignments whose reference correlation
is at noise level are not decoded at all.

Decision statistic. Payload chip ``j`` reads ``x_j = s_j * y_j`` (``s_j`` its key-derived sign,
``y_j`` the folded residual), weighted as ``w_j = sign(x_j) * min(|x_j|, c * rms)``. A list
Viterbi decoder offers the 32 best paths of the trellis (2^64 sequences: payload + CRC) and
the detector keeps the CRC-valid one with the largest score
``z = sum_j w_j e_j / sqrt(sum_j w_j^2)`` (``e``: the codeword, ±1 per chip). Under H0 (no
mark, or another key's mark) the signs ``s_j`` are fair coins independent of the picture, of
the reference chips that chose the alignment and of every ``|w_j|``, so for any codeword fixed
in advance ``z`` is a normalised weighted Rademacher sum and P(z >= a) <= exp(-a^2 / 2)
(Hoeffding). A detection needs a CRC-valid codeword (the CRC is a function of the payload:
2^48 such codewords), however it was picked, and ``H`` alignment candidates are decoded, so

    P(false detection) <= H * 2^48 * exp(-z^2 / 2)        (the reported ``p_value``).

Every search above (lattices, scales, homographies, rectangles, which candidates are
decoded and whether any is) looks at reference chips only, never at payload chips, so the
payload signs stay fair coins whatever it picks; and since at most ``H`` candidates are ever
decoded, skipping some only lowers the false-positive rate.

The search makes ``z`` of the best path large even on noise (median ~8 against a threshold
of ~9.8 at 1e-6): that is the maximum the union bound pays for, not a bias; likewise the
best codeword sits near 290 of 768 chip disagreements, not n/2. Checked empirically in
``tests/test_watermark.py`` (chip signs on unmarked images are fair coins; the statistic on
images matches the same chips with random signs; on a code small enough to sample its tail,
the tail sits below the bound) and on >= 3,000 unmarked, attacked corpus photos in
``benchmarks/watermark_robustness.py``. The list decoder matters more than the weighting:
where marks were missed, the single best path had usually failed its CRC.
"""

from __future__ import annotations

import binascii
import hashlib
import math
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import cv2
import numpy as np
from scipy import fft as sfft
from scipy import ndimage

from synthguard.watermark._ecc import ConvolutionalCode

KEY_BYTES = 32
Box = tuple[int, int, int, int]  # top, bottom, left, right in pixels
CRC_BITS = 16
MIN_EMBED_SIDE = 256
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


@dataclass(frozen=True)
class Detection:
    """Outcome of :meth:`TiledSpreadSpectrum.detect`.

    ``p_value`` bounds the probability that an unmarked image (or a wrong key) gives a codeword
    as close as this one; ``detected`` is ``p_value <= fpr``. The geometry fields describe the
    best alignment found, whether or not it was accepted.
    """

    detected: bool
    payload: bytes | None
    bit_errors: int  # payload chips whose sign disagrees with the decoded codeword
    p_value: float
    n_chips: int = 0
    threshold: float = math.inf  # the score needed at the stated false-positive rate
    score: float = 0.0  # the decision statistic z (see the module docstring)
    sync_score: float = 0.0
    scale: float = 1.0
    rotation: float = 0.0
    flipped: bool = False
    candidate: bytes | None = None  # the decoder's best guess even when not accepted


@dataclass(frozen=True)
class _Params:
    chip: int = 2  # pixels per chip side at native scale
    chips: int = 32  # chips per tile side
    ref_fraction: float = 0.25
    smooth: float = 0.6  # Gaussian sigma (px) softening chip edges: less blocky, JPEG-friendlier
    psnr: float = 38.5  # target per-image PSNR of the embedding (higher where mask_cap binds)
    # Below a tenth of the image's typical texture the mark stays under half a grey level, so
    # rounding leaves flat sky untouched (at 0.2 it moved almost half its pixels by one level).
    mask_lo: float = 0.1
    mask_hi: float = 2.0
    # The mark's amplitude never exceeds this share of the local texture's rms (grey levels):
    # in a picture that is mostly flat the image's typical texture is the flat part, so the
    # relative mask alone would mark the flat part at full strength, and it shows as mottle.
    mask_cap: float = 0.5
    mask_gain_max: float = 2.0  # the most the global gain may rise to make up for the cap
    whiten_sigma: float = 1.2
    n_decode: int = 2  # alignment candidates decoded at most; enters the union bound
    min_sync: float = 4.9  # reference z below which a candidate is not worth decoding
    clip: float = 1.0  # chip weights clipped at this many rms
    list_size: int = 32  # paths the list decoder offers to the CRC
    n_refine: int = 2  # searched lattices re-scored on the whole image, besides the fixed ones
    search_px: int = 160_000  # pixels (centre of the image) used to rank lattice hypotheses
    rot_max: float = 8.0  # degrees searched either side of the axis-aligned lattice
    rot_step: float = 0.3
    sure_sync: float = 10.0  # reference z on a fixed lattice that ends the lattice search
    rect_penalty: float = 3.0  # z a best-rectangle fold must gain over the whole fold
    rect_rank_penalty: float = 1.0  # the same for a rectangle candidate's rank (its own fold)
    notch: int = 0  # remove from the fold what is periodic with this many image px (JPEG grid)
    scale_lo: float = 0.92  # per-axis scales searched near native size (photographed prints)
    scale_hi: float = 1.01
    scale_step: float = 0.01
    scale_px: int = 120_000  # centre pixels that rank them: most of a small photo (faint prints)
    scale_rots: tuple[float, ...] = (0.0, -0.9, 0.9)  # degrees: a print is rarely quite square
    persp_steps: tuple[float, ...] = (0.004, 0.002, 0.001)  # linear-part steps of that search
    n_print: int = 3  # best scales refined into a homography (those above persp_gate)
    persp_gate: float = 5.3  # upright reference z at the best scale that starts the search
    persp_penalty: float = 1.0  # z that search gains on noise by maximising
    persp_px: int = 1_200_000  # pixels that search folds at most (a sparse grid beyond)
    enlarge: tuple[float, ...] = (1.25, 1.5, 2.0, 3.0)  # enlargements searched at half size
    enlarge_lo: float = 1.1  # enlargements between these found by their period
    enlarge_hi: float = 2.9
    n_enlarge: int = 1  # of those, scored on the whole (half-size) image
    enlarge_gate: float = 4.5  # reference z on the centre that it takes (noise: 4 to 5)


def _rng(key: bytes, label: str) -> np.random.Generator:
    digest = hashlib.sha256(b"synthguard/tiled-ss/v1\x00" + key + b"\x00" + label.encode()).digest()
    return np.random.default_rng(int.from_bytes(digest, "little"))


def _log_union_bound(z: float, k: int, hyps: int) -> float:
    """log of ``hyps * 2^k * exp(-z^2 / 2)``: the false-positive bound at score ``z``."""
    return math.log(hyps) + k * math.log(2.0) - 0.5 * max(z, 0.0) ** 2


def _threshold(k: int, hyps: int, fpr: float) -> float:
    """Smallest score ``z`` with ``hyps * 2^k * exp(-z^2 / 2) <= fpr``."""
    return math.sqrt(2.0 * (math.log(hyps) + k * math.log(2.0) - math.log(fpr)))


def _gauss_transfer(p: int, sigma: float) -> np.ndarray:
    f = np.fft.fftfreq(p)
    g = np.exp(-2.0 * (math.pi * sigma * f) ** 2)
    return g[:, None] * g[None, :]


class _Layout:
    """Key-derived chip roles and signs for one key."""

    def __init__(self, key: bytes, prm: _Params, code: ConvolutionalCode) -> None:
        m = prm.chips
        n_chips = m * m
        perm = _rng(key, "layout").permutation(n_chips)
        n_ref = round(prm.ref_fraction * n_chips)
        self.ref_idx = perm[:n_ref]
        self.pay_idx = perm[n_ref:]
        self.ref_sign = _rng(key, "reference").choice([-1.0, 1.0], n_ref)
        self.pay_sign = _rng(key, "chips").choice([-1.0, 1.0], n_chips - n_ref)
        # Chip j carries coded bit j mod n; the permutation above already scatters them.
        self.bit_of_chip = np.arange(n_chips - n_ref) % code.n
        self.prm = prm
        grid = np.zeros(n_chips)
        grid[self.ref_idx] = self.ref_sign
        self.ref_tile = self._render(grid)
        self.ref_fft_conj = np.conj(np.fft.fft2(self.ref_tile))
        # The reference under each symmetry, for ranking lattices without transforming folds.
        self.ref_rfft_conj = np.stack(
            [np.conj(sfft.rfft2(_undihedral(self.ref_tile, d))) for d in range(8)]
        )
        self.ref_rfft_conj64 = self.ref_rfft_conj.astype(np.complex64)
        # Correlating a symmetry of the tile with the reference equals correlating the tile
        # with the inverse symmetry of the reference, at shifts moved by the symmetry's linear
        # part: ``sync_perm[d]`` takes the latter's (flat) shifts to the former's.
        p = prm.chips * prm.chip
        moved = []
        for d in range(8):
            dy, dx = np.divmod(_dihedral(np.arange(p * p).reshape(p, p), d), p)
            moved.append((((dy - dy[0, 0]) % p) * p + (dx - dx[0, 0]) % p).ravel())
        self.sync_perm = np.stack(moved)

    def _render(self, grid: np.ndarray) -> np.ndarray:
        prm = self.prm
        m, c = prm.chips, prm.chip
        tile = np.kron(grid.reshape(m, m), np.ones((c, c)))
        if prm.smooth > 0:
            tile = np.real(np.fft.ifft2(np.fft.fft2(tile) * _gauss_transfer(m * c, prm.smooth)))
        return tile

    def tile(self, codeword: np.ndarray) -> np.ndarray:
        n_chips = self.prm.chips**2
        grid = np.zeros(n_chips)
        grid[self.ref_idx] = self.ref_sign
        grid[self.pay_idx] = self.pay_sign * (1.0 - 2.0 * codeword[self.bit_of_chip])
        t = self._render(grid)
        return t / np.sqrt(np.mean(t * t))


def _luma(rgb: np.ndarray) -> np.ndarray:
    return rgb.astype(np.float32) @ _LUMA


def _check_key(key: bytes) -> None:
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError(
            f"watermark key must be {KEY_BYTES} bytes, got "
            f"{len(key) if isinstance(key, (bytes, bytearray)) else type(key).__name__}"
        )


def _check_rgb(rgb: np.ndarray) -> None:
    if (
        not isinstance(rgb, np.ndarray)
        or rgb.dtype != np.uint8
        or rgb.ndim != 3
        or rgb.shape[2] != 3
    ):
        shape = getattr(rgb, "shape", None)
        raise ValueError(f"expected an (height, width, 3) uint8 RGB array, got {shape}")


def _best_box(
    s_c: np.ndarray, v_c: np.ndarray, g: int, tile_px: float
) -> tuple[float, tuple[int, int, int, int]] | None:
    """The axis-aligned rectangle of ``g``-px cells where the summed correlation ``s_c`` is
    most significant against its null variance ``v_c`` (z), by summed-area tables over every
    rectangle at least 1.5 tiles a side and 6 tiles in area; None when there is none or when
    it is the whole canvas. The span is (top, bottom, left, right) in image px."""
    ny, nx = s_c.shape
    ps = np.zeros((ny + 1, nx + 1))
    pv = np.zeros((ny + 1, nx + 1))
    ps[1:, 1:] = s_c.cumsum(0).cumsum(1)
    pv[1:, 1:] = v_c.cumsum(0).cumsum(1)
    y0, y1 = np.triu_indices(ny + 1, 1)
    x0, x1 = np.triu_indices(nx + 1, 1)
    keep_y = (y1 - y0) * g >= 1.5 * tile_px
    keep_x = (x1 - x0) * g >= 1.5 * tile_px
    y0, y1, x0, x1 = y0[keep_y], y1[keep_y], x0[keep_x], x1[keep_x]
    if len(y0) == 0 or len(x0) == 0:
        return None

    def box(a: np.ndarray) -> np.ndarray:
        return a[y1][:, x1] - a[y0][:, x1] - a[y1][:, x0] + a[y0][:, x0]

    z = box(ps) / np.sqrt(box(pv) + 1e-9)
    area = (y1 - y0)[:, None] * (x1 - x0)[None, :] * g * g
    z[area < 6 * tile_px * tile_px] = -np.inf
    iy, ix = np.unravel_index(int(np.argmax(z)), z.shape)
    if y1[iy] - y0[iy] == ny and x1[ix] - x0[ix] == nx:
        return None
    span = (int(y0[iy] * g), int(y1[iy] * g), int(x0[ix] * g), int(x1[ix] * g))
    return float(z[iy, ix]), span


class TiledSpreadSpectrum:
    """The ``tiled-ss`` codec: 48-bit payload, keyed, blind, geometry-resilient."""

    name: ClassVar[str] = "tiled-ss"
    payload_bits: ClassVar[int] = 48

    def __init__(self, **overrides: float) -> None:
        self.prm = _Params(**overrides)  # type: ignore[arg-type]
        # The CRC is a function of the payload, so the code still has 2^48 codewords and the
        # false-positive bound is unchanged; it catches Viterbi errors that land a wrong
        # payload above the score threshold (a confident wrong id is worse than a miss).
        self.code = ConvolutionalCode(self.payload_bits + CRC_BITS)
        self._layouts: dict[bytes, _Layout] = {}
        prm = self.prm
        self._scale_grid = np.arange(prm.scale_lo, prm.scale_hi + 1e-9, prm.scale_step)

    @property
    def period(self) -> int:
        return self.prm.chip * self.prm.chips

    def _layout(self, key: bytes) -> _Layout:
        lay = self._layouts.get(bytes(key))
        if lay is None:
            lay = _Layout(bytes(key), self.prm, self.code)
            if len(self._layouts) > 16:
                self._layouts.clear()
            self._layouts[bytes(key)] = lay
        return lay

    # ------------------------------------------------------------------ embedding
    @staticmethod
    def _activity(y: np.ndarray) -> np.ndarray:
        """Local texture: rms of the fine high-pass in a few-pixel window (grey levels)."""
        hp = y - cv2.GaussianBlur(y, (0, 0), 1.0)
        return np.sqrt(cv2.GaussianBlur(hp * hp, (0, 0), 3.0))

    def _mask(self, act: np.ndarray) -> np.ndarray:
        """Texture mask: local activity relative to the image's typical texture."""
        ref = float(np.median(act)) + 1e-3
        return np.clip(act / ref, self.prm.mask_lo, self.prm.mask_hi)

    def _amplitude(self, act: np.ndarray, pattern: np.ndarray) -> np.ndarray:
        """Per-pixel amplitude: the texture mask times the gain that gives the target PSNR,
        held under ``mask_cap`` times the local activity. Where the cap binds the gain rises
        (at most ``mask_gain_max`` times) to keep the PSNR, and where even that falls short
        the PSNR ends above target: the mark is weaker, not visible."""
        mask = self._mask(act)
        cap = self.prm.mask_cap * act
        target = 255.0 * 10.0 ** (-self.prm.psnr / 20.0)
        p2 = pattern * pattern
        k0 = target / (float(np.sqrt(np.mean(mask * mask * p2))) + 1e-9)
        # The gain is a one-dimensional root: find it by bisection on a strided sample of
        # pixels (full-image passes would cost more than the rest of embedding).
        sm, sc, sp = mask.ravel()[::7], cap.ravel()[::7], p2.ravel()[::7]

        def rms(k: float) -> float:
            return float(np.sqrt(np.mean(np.minimum(k * sm, sc) ** 2 * sp)))

        lo, hi = k0, k0 * self.prm.mask_gain_max
        if rms(hi) <= target:
            k = hi
        else:
            for _ in range(24):
                mid = 0.5 * (lo + hi)
                lo, hi = (mid, hi) if rms(mid) < target else (lo, mid)
            k = 0.5 * (lo + hi)
        return np.minimum(k * mask, cap)

    def embed(self, rgb: np.ndarray, payload: bytes, key: bytes) -> np.ndarray:
        """Return a marked copy of ``rgb`` carrying ``payload`` (1..6 bytes, zero-padded)."""
        _check_rgb(rgb)
        _check_key(key)
        if not isinstance(payload, (bytes, bytearray)) or len(payload) == 0:
            raise ValueError("payload must be non-empty bytes")
        if len(payload) * 8 > self.payload_bits:
            raise ValueError(
                f"payload is {len(payload)} bytes; at most {self.payload_bits // 8} fit"
            )
        h, w = rgb.shape[:2]
        if min(h, w) < MIN_EMBED_SIDE:
            raise ValueError(
                f"image is {w}x{h}; the watermark needs at least {MIN_EMBED_SIDE}x{MIN_EMBED_SIDE}"
            )
        bits = np.unpackbits(
            np.frombuffer(bytes(payload).ljust(self.payload_bits // 8, b"\0"), dtype=np.uint8)
        )
        tile = self._layout(key).tile(self.code.encode(_with_crc(bits))).astype(np.float32)
        p = self.period
        pattern = np.tile(tile, (h // p + 1, w // p + 1))[:h, :w]
        x = rgb.astype(np.float32)
        delta = self._amplitude(self._activity(_luma(x)), pattern) * pattern
        return np.clip(np.rint(x + delta[..., None]), 0, 255).astype(np.uint8)

    # ------------------------------------------------------------------ detection
    def _whiten(self, y: np.ndarray) -> np.ndarray:
        """High-pass residual scaled by local energy: close to the optimal weighting a/sigma^2
        when the mark's amplitude follows local texture."""
        hp = y - cv2.GaussianBlur(y, (0, 0), self.prm.whiten_sigma)
        local = np.sqrt(cv2.GaussianBlur(hp * hp, (0, 0), 4.0)) + 0.5
        return np.clip(hp / local, -3.0, 3.0)

    def _lattices(self, r: np.ndarray, max_hyp: int = 2) -> list[np.ndarray]:
        """Candidate tile lattices (2x2, columns = image displacement of one tile along each
        tile axis) from peaks of the Welch-averaged autocorrelation."""
        p = self.period
        b = 256
        h, w = r.shape
        if h < b or w < b:
            pad = np.zeros((max(h, b), max(w, b)), np.float32)
            pad[:h, :w] = r
            r, h, w = pad, pad.shape[0], pad.shape[1]
        win = np.outer(np.hanning(b), np.hanning(b)).astype(np.float32)
        spec = np.zeros((b, b))
        ys = np.unique(np.linspace(0, h - b, max(1, math.ceil((h - b) / (b / 2)) + 1)).astype(int))
        xs = np.unique(np.linspace(0, w - b, max(1, math.ceil((w - b) / (b / 2)) + 1)).astype(int))
        # A dozen blocks pin the lattice down; more only cost time on large images.
        ys = ys[np.unique(np.linspace(0, len(ys) - 1, min(len(ys), 4)).astype(int))]
        xs = xs[np.unique(np.linspace(0, len(xs) - 1, min(len(xs), 4)).astype(int))]
        blocks = np.stack([r[y0 : y0 + b, x0 : x0 + b] for y0 in ys for x0 in xs])
        blocks -= blocks.mean(axis=(1, 2), keepdims=True)
        blocks *= win
        f = sfft.rfft2(blocks)  # one batched single-precision FFT: plenty for a power spectrum
        spec[:, : b // 2 + 1] = (f.real**2 + f.imag**2).sum(axis=0, dtype=np.float64)
        # Spectral whitening: divide by the locally smoothed power so the tile's line spectrum
        # stands out over the image's smooth one (turns ACF bumps into sharp lattice peaks).
        spec = np.fft.fftshift(spec)
        spec /= ndimage.gaussian_filter(spec, 3.0, mode="wrap") + 1e-12
        acf = np.fft.fftshift(np.real(np.fft.ifft2(np.fft.ifftshift(spec))))
        c0 = b // 2
        acf /= acf[c0, c0] + 1e-12
        # Edges and lines in the photo give ridges in the ACF; the lattice gives isolated
        # points. Score each point by how far it rises above its ring at distance 2..3.
        ring = np.ones((7, 7), bool)
        ring[2:5, 2:5] = False
        iso = acf - ndimage.maximum_filter(acf, footprint=ring, mode="wrap")
        yy, xx = np.mgrid[-c0 : b - c0, -c0 : b - c0]
        rad = np.hypot(yy, xx)
        ok = (rad >= 0.38 * p) & (rad <= 1.35 * p) & ((yy > 0) | ((yy == 0) & (xx > 0)))
        peaks = (acf == ndimage.maximum_filter(acf, size=3)) & ok & (iso > 0)
        iy, ix = np.nonzero(peaks)
        order = np.argsort(-iso[iy, ix])[:16]
        cands = []
        for i in order:
            y, x = iy[i], ix[i]
            dy = _parabolic(acf[y - 1, x], acf[y, x], acf[y + 1, x])
            dx = _parabolic(acf[y, x - 1], acf[y, x], acf[y, x + 1])
            cands.append((np.array([x - c0 + dx, y - c0 + dy]), float(iso[y, x])))

        def at(v: np.ndarray) -> float:
            x, y = round(v[0]) + c0, round(v[1]) + c0
            if not (1 <= x < b - 1 and 1 <= y < b - 1):
                return 0.0
            return float(max(0.0, iso[y - 1 : y + 2, x - 1 : x + 2].max()))

        hyps: list[tuple[float, np.ndarray]] = []
        for i, (v1, a1) in enumerate(cands):
            for v2, a2 in cands[i + 1 :]:
                for v2s in (v2, -v2):
                    l1, l2 = np.hypot(*v1), np.hypot(*v2s)
                    cosang = float(v1 @ v2s) / (l1 * l2)
                    if not 0.8 < l2 / l1 < 1.25 or abs(cosang) > 0.3:
                        continue
                    cross = v1[0] * v2s[1] - v1[1] * v2s[0]
                    if cross < 0:
                        continue
                    hyps.append((a1 + a2 + at(v1 + v2s) + at(v1 - v2s), np.column_stack([v1, v2s])))
        hyps.sort(key=lambda t: -t[0])
        out: list[np.ndarray] = []
        for _, lat in hyps:
            if all(not _same_lattice(lat, o) for o in out):
                out.append(lat)
            if len(out) >= max_hyp:
                break
        return out

    def _fixed(self) -> list[np.ndarray]:
        """The common axis-aligned rescales, always scored on the whole image."""
        return [np.eye(2) * self.period * s for s in (1.0, 0.5, 0.75)]

    def _searched(self, r: np.ndarray, lay: _Layout, fixed: list[np.ndarray]) -> list[np.ndarray]:
        """The best ``n_refine`` other lattices: autocorrelation peaks and a grid of small
        rotations (the autocorrelation misses those on small images), ranked by reference
        correlation on the centre of the image. Only reference chips decide, so the payload
        chips stay independent of the choice. Rotations: a coarse grid on a smaller centre,
        then its neighbours around the best few."""
        p = self.period
        # An autocorrelation lattice within 1% of a fixed one would only take a second
        # decoding slot for the same alignment.
        found = [
            lat
            for lat in self._lattices(r)
            if all(not _same_lattice(lat, o, tol=0.01) for o in fixed)
        ]
        n_rot = round(self.prm.rot_max / self.prm.rot_step)
        rots = [k * self.prm.rot_step for k in range(-n_rot, n_rot + 1) if k != 0]
        crop = np.ascontiguousarray(_centre(r, self.prm.search_px), np.float32)
        small = np.ascontiguousarray(_centre(r, self.prm.search_px // 2), np.float32)

        def score(lat: np.ndarray, where: np.ndarray) -> float:
            return self._rank(self._quick_fold(where, lat, exact=False), lay)

        def turned(a: float, where: np.ndarray) -> float:
            """``score`` of the lattice turned by ``a`` degrees, computed by turning the
            picture back instead: its fold is then axis-aligned, several times cheaper."""
            hh, ww = where.shape
            turn = cv2.getRotationMatrix2D((ww / 2.0, hh / 2.0), a, 1.0)
            view = cv2.warpAffine(where, turn, (ww, hh), flags=cv2.INTER_LINEAR)
            fh, fw = hh // p * p, ww // p * p
            if fh == 0 or fw == 0:
                return score(np.eye(2) * p, view)
            # Whole tiles only: the fold is then a reshape, no index at all.
            return self._rank(view[:fh, :fw].reshape(fh // p, p, fw // p, p).sum((0, 2)), lay)

        quick = [(score(lat, crop), lat) for lat in found]
        step = self.prm.rot_step
        coarse = sorted(((turned(a, small), a) for a in rots[::2]), reverse=True)
        for _, a in coarse[:2]:
            for b in (a - step, a, a + step):
                quick.append((turned(b, crop), _rotation(b) * p))
        quick.sort(key=lambda q: -q[0])
        out: list[np.ndarray] = []
        for _, lat in quick:
            if len(out) >= self.prm.n_refine:
                break
            if all(not _same_lattice(lat, o, tol=0.002) for o in fixed + out):
                out.append(lat)
        return out

    def _scales(self, r: np.ndarray, lay: _Layout, keep: int = 1) -> list[tuple[float, np.ndarray]]:
        """The ``keep`` best axis-aligned lattices near native size, one scale per axis (a
        photographed print: a little smaller, a little anisotropic, too blurred for the
        autocorrelation to see), ranked by reference correlation on the centre of the image
        in the upright orientation only (a print keeps its handedness; turned and mirrored
        copies are what the fixed lattices cover). The whole grid folds at once, axis by axis
        (:meth:`_grid_folds`)."""
        p = self.period
        crop = np.ascontiguousarray(_centre(r, self.prm.scale_px), np.float32)
        h, w = crop.shape
        grid = self._scale_grid
        ref = lay.ref_rfft_conj64[0]
        ranked: list[tuple[float, np.ndarray]] = []
        for angle in self.prm.scale_rots:
            # Turn the crop instead of the lattice, so the fold stays separable.
            turn = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
            view = (
                crop if angle == 0 else cv2.warpAffine(crop, turn, (w, h), flags=cv2.INTER_LINEAR)
            )
            folds = self._grid_folds(view)  # (y scale, x scale) pairs
            # Single precision: a ranking, and the bulk of this method's time.
            corr = sfft.irfft2(sfft.rfft2(folds) * ref, s=(p, p)).reshape(len(folds), -1)
            z = (corr.max(axis=1) - corr.mean(axis=1)) / (corr.std(axis=1) + 1e-12)
            back = np.linalg.inv(turn[:, :2])  # turned crop px -> image px
            for k in np.argsort(-z)[:keep]:
                sy, sx = grid[k // len(grid)], grid[k % len(grid)]
                ranked.append((float(z[k]), back @ np.diag([sx, sy]) * p))
        ranked.sort(key=lambda t: -t[0])
        return ranked[:keep]

    def _grid_folds(self, view: np.ndarray) -> np.ndarray:
        """Fold sums of ``view`` for every (y scale, x scale) pair of the grid, (pairs, p, p).
        Resampling an axis to native size and folding whole tiles is separable: one resize
        per x scale of the picture, then one per y scale of the narrow (rows, scales * p)
        result, far cheaper than a fold per pair."""
        p, grid = self.period, self._scale_grid

        def fold_cols(a: np.ndarray, s: float) -> np.ndarray:
            a = cv2.resize(a, None, fx=1.0 / s, fy=1.0, interpolation=cv2.INTER_LINEAR)
            out = np.zeros((a.shape[0], p), np.float32)
            for k in range(0, a.shape[1], p):  # slices of whole rows: contiguous sums
                part = a[:, k : k + p]
                out[:, : part.shape[1]] += part
            return out

        def fold_rows(a: np.ndarray, s: float) -> np.ndarray:
            a = cv2.resize(a, None, fx=1.0, fy=1.0 / s, interpolation=cv2.INTER_LINEAR)
            full = a.shape[0] // p * p
            out = a[:full].reshape(-1, p, a.shape[1]).sum(axis=0)
            out[: a.shape[0] - full] += a[full:]
            return out

        by_x = np.hstack([fold_cols(view, s) for s in grid])  # (rows, x scales * p)
        folds = np.stack([fold_rows(by_x, s) for s in grid])  # (y scales, p, x scales * p)
        return folds.reshape(len(grid), p, len(grid), p).transpose(0, 2, 1, 3).reshape(-1, p, p)

    def _projective_fold(self, r: np.ndarray, hn: np.ndarray, stride: int = 1) -> np.ndarray:
        """Fold sums of ``r`` by nearest native position under ``hn`` (3x3, image px ->
        native px), in the phase of native coordinates; every ``stride``-th row and column."""
        p = self.period
        h, w = r.shape
        x = np.arange(0, w, stride, dtype=np.float32)[None, :]
        y = np.arange(0, h, stride, dtype=np.float32)[:, None]
        r = r[::stride, ::stride]
        hn = hn.astype(np.float32)
        den = hn[2, 0] * x + (hn[2, 1] * y + hn[2, 2])
        ux = np.rint((hn[0, 0] * x + (hn[0, 1] * y + hn[0, 2])) / den).astype(np.int32)
        uy = np.rint((hn[1, 0] * x + (hn[1, 1] * y + hn[1, 2])) / den).astype(np.int32)
        idx = (uy % p) * p + ux % p
        return np.bincount(idx.ravel(), weights=r.ravel(), minlength=p * p).reshape(p, p)

    def _perspective(
        self, r: np.ndarray, lat: np.ndarray, lay: _Layout
    ) -> tuple[float, np.ndarray]:
        """Refine an axis-aligned lattice into a homography (image px -> native px) by
        coordinate search on the reference correlation of the whole fold: the linear part
        and the two perspective terms of a photographed print, whose local scale drifts by a
        few percent across the picture (a single lattice is then off by pixels at the edges).
        Only reference chips score, so the payload chips stay independent of the result."""
        h, w = r.shape
        half = max(h, w) / 2.0
        centre = np.array([w / 2.0, h / 2.0])
        a0 = np.linalg.inv(lat / self.period)

        def homography(t: np.ndarray) -> np.ndarray:
            a = a0 + t[:4].reshape(2, 2)
            k = np.eye(3)
            k[:2, :2] = a
            k[2, :2] = t[4:] / half
            k[:2, 2] = -a @ centre
            k[2, 2] = 1.0 - float(t[4:] @ centre) / half
            return k

        ref = lay.ref_rfft_conj[0]
        # Dozens of folds, each over the whole image: beyond ``persp_px`` (a camera photo of
        # many megapixels would take minutes) a sparse grid of rows and columns ranks the
        # steps, and the result is scored on every pixel like every other candidate. Not
        # sooner: on a faint print the sparse search settles on a worse homography.
        sparse = max(1, math.ceil(math.sqrt(h * w / self.prm.persp_px)))

        def score(t: np.ndarray, stride: int = sparse) -> float:
            # The upright orientation only, as ``_scales`` ranked: one correlation, not eight.
            f = sfft.rfft2(self._projective_fold(r, homography(t), stride))
            corr = sfft.irfft2(f * ref, s=(self.period, self.period))
            return float((corr.max() - corr.mean()) / (corr.std() + 1e-12))

        theta = np.zeros(6)
        best = score(theta)
        for step in self.prm.persp_steps:
            steps = np.array([step] * 4 + [4.0 * step] * 2)
            for _ in range(2):
                moved = False
                for k in range(6):
                    for sign in (1.0, -1.0):
                        trial = theta.copy()
                        trial[k] += sign * steps[k]
                        z = score(trial)
                        if z > best:
                            best, theta, moved = z, trial, True
                            break
                if not moved:
                    break
        return (best if sparse == 1 else score(theta, 1)), homography(theta)

    def _print_candidates(self, r: np.ndarray, lay: _Layout) -> list[_Candidate]:
        """Alignments for a photographed print: the best near-native scales, refined into a
        homography when the upright reference already stands out of the noise there."""
        out: list[_Candidate] = []
        for z0, lat in self._scales(r, lay, self.prm.n_print):
            if z0 < self.prm.persp_gate:
                break
            z, hn = self._perspective(r, lat, lay)
            g = np.linalg.inv(hn)  # native px -> image px
            h, w = r.shape
            corners = np.array([[0, w, 0, w], [0, 0, h, h], [1, 1, 1, 1]], float)
            u = hn @ corners
            u = u[:2] / u[2]
            u0 = np.floor(u.min(axis=1))
            size = np.ceil(u.max(axis=1) - u0).astype(int) + 1
            fr = _Frame(g[:2, :2] / g[2, 2], u0, (int(size[1]), int(size[0])), persp=g)
            tile = np.roll(self._projective_fold(r, hn), (-int(u0[1]), -int(u0[0])), (0, 1))
            _, d, shift = self._sync(tile, lay)[0]
            out.append(_Candidate(z - self.prm.persp_penalty, lat, d, shift, fr, None))
        # The searches mostly climb to the same homography: one decoding slot is enough.
        return sorted(out, key=lambda c: -c.z)[:1]

    def _frame(self, shape: tuple[int, int], lat: np.ndarray) -> _Frame:
        """Native-geometry canvas covering the image for a lattice hypothesis."""
        m = lat / self.period  # native px -> image px
        h, w = shape
        corners = np.array([[0, 0], [w, 0], [0, h], [w, h]], float).T
        u = np.linalg.solve(m, corners)
        u0 = np.floor(u.min(axis=1))
        size = np.ceil(u.max(axis=1) - u0).astype(int) + 1
        return _Frame(m, u0, (int(size[1]), int(size[0])))

    def _canvas(
        self,
        r: np.ndarray,
        fr: _Frame,
        warp: np.ndarray | None = None,
        box: tuple[int, int, int, int] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Resample the residual (and its validity) onto the native canvas. ``warp`` holds
        quadratic-polynomial corrections of canvas coordinates (2 x 6) from local sync;
        ``box`` (y0, y1, x0, x1 in image px) limits the valid part."""
        hh, ww = fr.size
        h, w = r.shape
        if (
            warp is None
            and fr.persp is None
            and np.array_equal(fr.m, np.eye(2))
            and not fr.u0.any()
        ):
            # The native lattice: the canvas is the image itself (what the warp would give).
            rw = np.zeros((hh, ww), np.float32)
            vw = np.zeros((hh, ww), np.float32)
            rw[:h, :w] = r
            if box is None:
                vw[:h, :w] = 1.0
            else:
                vw[box[0] : box[1], box[2] : box[3]] = 1.0
            return rw, vw
        ones = np.ones_like(r)
        if box is not None:
            ones = np.zeros_like(r)
            ones[box[0] : box[1], box[2] : box[3]] = 1.0
        both = np.dstack([r, ones])
        flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        if warp is None and fr.persp is not None:
            origin = np.array([[1.0, 0.0, fr.u0[0]], [0.0, 1.0, fr.u0[1]], [0.0, 0.0, 1.0]])
            out = cv2.warpPerspective(both, fr.persp @ origin, (ww, hh), flags=flags)
            return out[..., 0], out[..., 1]
        if warp is None:
            aff = np.hstack([fr.m, (fr.m @ fr.u0)[:, None]])
            out = cv2.warpAffine(both, aff, (ww, hh), flags=flags, borderValue=0)
            return out[..., 0], out[..., 1]
        uy, ux = np.mgrid[0:hh, 0:ww].astype(np.float32)
        basis = _poly_basis(ux, uy, fr.size)
        cx = ux + sum(warp[0, i] * basis[i] for i in range(6)) + fr.u0[0]
        cy = uy + sum(warp[1, i] * basis[i] for i in range(6)) + fr.u0[1]
        if fr.persp is not None:
            g = fr.persp
            den = g[2, 0] * cx + g[2, 1] * cy + g[2, 2]
            mx = ((g[0, 0] * cx + g[0, 1] * cy + g[0, 2]) / den).astype(np.float32)
            my = ((g[1, 0] * cx + g[1, 1] * cy + g[1, 2]) / den).astype(np.float32)
        else:
            mx = (fr.m[0, 0] * cx + fr.m[0, 1] * cy).astype(np.float32)
            my = (fr.m[1, 0] * cx + fr.m[1, 1] * cy).astype(np.float32)
        out = cv2.remap(both, mx, my, cv2.INTER_LINEAR, borderValue=0)
        return out[..., 0], out[..., 1]

    def _fold(self, rw: np.ndarray, vw: np.ndarray) -> np.ndarray:
        """Average the canvas modulo the tile, weighting each pixel by ``vw``."""
        p = self.period
        hh, wd = rw.shape
        nx, full = -(-wd // p), (hh // p) * p
        # Rows of tiles first (whole rows at once, no padded copy), then columns.
        acc = np.zeros((2, p, nx * p))
        for a, out in ((rw * vw, acc[0]), (vw, acc[1])):
            out[:, :wd] = a[:full].reshape(-1, p, wd).sum(axis=0, dtype=np.float64)
            out[: hh - full, :wd] += a[full:]
        t, c = acc.reshape(2, p, nx, p).sum(axis=2)
        return t / np.maximum(c, 1e-6)

    def _quick_fold(self, r: np.ndarray, lat: np.ndarray, exact: bool = True) -> np.ndarray:
        """Fold image pixels straight into the tile by nearest native position (no canvas):
        cheap enough to rank dozens of lattice hypotheses."""
        p = self.period
        idx = self._quick_index(r.shape, lat)
        t = np.bincount(idx, weights=r.ravel().astype(np.float64), minlength=p * p)
        if not exact:  # sums, not means: bins differ in count by a few percent at most
            return t.reshape(p, p)
        c = np.bincount(idx, minlength=p * p)
        return (t / np.maximum(c, 1)).reshape(p, p)

    def _quick_index(
        self,
        shape: tuple[int, int],
        lat: np.ndarray,
        offset: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Flat tile position (nearest native pixel) of every image pixel, plus ``offset``
        (per row, per column) when the caller adds a cell index of its own."""
        p = self.period
        h, w = shape
        mi = np.linalg.inv(lat / p)  # image px -> native px
        one = 1 << 16  # fixed point: int32 sums of per-row and per-column parts, each mod p

        def part(a: float, n: int, off: float = 0.0) -> np.ndarray:
            return np.rint(np.mod(a * np.arange(n) + off, p) * one).astype(np.int32)

        if mi[0, 1] == 0 and mi[1, 0] == 0:
            # Axis-aligned (the fixed rescales): the index is a row part plus a column part,
            # so one broadcast sum replaces the per-pixel shifts and remainders below.
            col = ((part(mi[0, 0], w) + one // 2) >> 16) % p
            row = ((part(mi[1, 1], h, 0.5) >> 16) % p) * p
            if offset is not None:
                row, col = row + offset[0], col + offset[1]
            return (row[:, None] + col[None, :]).ravel()
        ux = part(mi[0, 0], w)[None, :] + part(mi[0, 1], h, 0.5)[:, None]
        uy = part(mi[1, 0], w)[None, :] + part(mi[1, 1], h, 0.5)[:, None]
        if p & (p - 1) == 0:  # a power of two: masks instead of remainders (several x faster)
            shift = p.bit_length() - 1
            ux >>= 16
            ux &= p - 1
            uy >>= 16 - shift
            uy &= (p - 1) << shift
            uy |= ux
        else:
            ux >>= 16
            uy >>= 16
            ux %= p
            uy %= p
            uy *= p
            uy += ux
        if offset is not None:
            uy += offset[0][:, None]
            uy += offset[1][None, :]
        return uy.ravel()

    def _sync(self, tile: np.ndarray, lay: _Layout) -> list[tuple[float, int, tuple[int, int]]]:
        """Best cyclic shift per dihedral orientation, scored as a z value of the
        correlation with the reference pattern."""
        f = sfft.rfft2(tile)
        corr = sfft.irfft2(f[None] * lay.ref_rfft_conj, s=tile.shape, axes=(1, 2))
        corr = np.take_along_axis(corr.reshape(8, -1), lay.sync_perm, axis=1)
        best = corr.argmax(axis=1)
        f0 = corr[0].std() + 1e-12
        zs = (corr[np.arange(8), best] - corr.mean(axis=1)) / f0
        return [(float(zs[d]), d, divmod(int(best[d]), self.period)) for d in range(8)]

    def _sync_at(self, tile: np.ndarray, lay: _Layout, d: int) -> tuple[float, tuple[int, int]]:
        """``_sync``'s z and shift for the one orientation ``d`` (two correlations, not eight:
        the z is scaled by the upright correlation's spread, as there)."""
        f = sfft.rfft2(tile)
        which = [0, d] if d else [0]
        corr = sfft.irfft2(f[None] * lay.ref_rfft_conj[which], s=tile.shape, axes=(1, 2))
        moved = corr[-1].ravel()[lay.sync_perm[d]]
        best = int(moved.argmax())
        z = (moved[best] - moved.mean()) / (corr[0].std() + 1e-12)
        return float(z), divmod(best, self.period)

    def _rank(self, tile: np.ndarray, lay: _Layout) -> float:
        """Best reference correlation z over shifts and symmetries (same values as ``_sync``,
        without moving the tile: correlate with the transformed reference instead)."""
        # Single precision: a ranking, called dozens of times per image.
        f = sfft.rfft2(tile.astype(np.float32))
        corr = sfft.irfft2(f[None] * lay.ref_rfft_conj64, s=tile.shape, axes=(1, 2))
        c0 = corr[0]
        return float((corr.max() - c0.mean()) / (c0.std() + 1e-12))

    def _local(
        self, rw: np.ndarray, vw: np.ndarray, lay: _Layout, d: int, shift: tuple[int, int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per-block sync against the expected reference: sub-pixel offsets and strengths."""
        p = self.period
        ref = _undihedral(np.roll(lay.ref_tile, shift, axis=(0, 1)), d)
        bsz = 3 * p
        hh, wd = rw.shape
        nby, nbx = max(1, hh // bsz), max(1, wd // bsz)
        oy = (hh - nby * bsz) // 2 if hh >= bsz else 0
        ox = (wd - nbx * bsz) // 2 if wd >= bsz else 0
        # The reference is periodic, so a block's circular correlation with it (tiled to the
        # block) is that of the block folded into one tile, repeated: one small FFT per block.
        fref = np.conj(sfft.rfft2(ref.astype(np.float32)))
        cy, cx, folds = [], [], []
        for by in range(nby):
            for bx in range(nbx):
                y0, x0 = oy + by * bsz, ox + bx * bsz
                fill = float(vw[y0 : y0 + bsz, x0 : x0 + bsz].mean())
                if fill < 0.3:
                    continue
                blk = np.zeros((bsz, bsz), np.float32)
                src = rw[y0 : y0 + bsz, x0 : x0 + bsz] * vw[y0 : y0 + bsz, x0 : x0 + bsz]
                blk[: src.shape[0], : src.shape[1]] = src
                folds.append(blk.reshape(3, p, 3, p).sum(axis=(0, 2)))
                cy.append(y0 + bsz / 2)
                cx.append(x0 + bsz / 2)
        zs, offs = [], []
        span = 4
        if folds:
            corrs = sfft.irfft2(sfft.rfft2(np.stack(folds)) * fref, s=(p, p))
            for corr in corrs:
                sd = corr.std() + 1e-12
                win = np.roll(corr, (span, span), axis=(0, 1))[: 2 * span + 1, : 2 * span + 1]
                iy, ix = np.unravel_index(int(np.argmax(win)), win.shape)
                zs.append(float((win[iy, ix] - corr.mean()) / sd))
                dy = dx = 0.0
                if 0 < iy < 2 * span and 0 < ix < 2 * span:
                    dy = _parabolic(win[iy - 1, ix], win[iy, ix], win[iy + 1, ix])
                    dx = _parabolic(win[iy, ix - 1], win[iy, ix], win[iy, ix + 1])
                # The block content appears at +offset relative to the expected pattern.
                offs.append((ix - span + dx, iy - span + dy))
        return np.array(cx), np.array(cy), np.array(zs), np.array(offs).reshape(-1, 2)

    def _presence(
        self, shape: tuple[int, int], cx: np.ndarray, cy: np.ndarray, zs: np.ndarray
    ) -> np.ndarray:
        """Per-pixel fold weights from block sync strength, so a mark pasted into another
        picture is folded without the picture around it."""
        hh, wd = shape
        wts = np.clip(zs - 2.5, 0.0, None)
        if wts.sum() <= 0 or len(zs) < 2:
            return np.ones(shape, np.float32)
        bsz = 3 * self.period
        grid = np.zeros(shape, np.float32)
        # Nearest block centre for every pixel (blocks tile the canvas), cheap via indexing.
        ys = np.clip(((np.arange(hh) - (cy.min() - bsz / 2)) // bsz), 0, None).astype(int)
        xs = np.clip(((np.arange(wd) - (cx.min() - bsz / 2)) // bsz), 0, None).astype(int)
        by = np.rint((cy - cy.min()) / bsz).astype(int)
        bx = np.rint((cx - cx.min()) / bsz).astype(int)
        table = np.zeros((by.max() + 1, bx.max() + 1), np.float32)
        table[by, bx] = wts
        grid = table[np.minimum(ys, by.max())[:, None], np.minimum(xs, bx.max())[None, :]]
        return grid / grid.max()

    def detect(self, rgb: np.ndarray, key: bytes, fpr: float = 1e-6) -> Detection:
        """Look for this key's mark; blind (needs neither the original nor the payload)."""
        _check_rgb(rgb)
        _check_key(key)
        if not 0 < fpr < 1:
            raise ValueError(f"fpr must be in (0, 1), got {fpr}")
        h, w = rgb.shape[:2]
        lay = self._layout(key)
        n_pay = len(lay.pay_idx)
        thr = _threshold(self.payload_bits, self.prm.n_decode, fpr)
        if min(h, w) < 32:
            return Detection(False, None, n_pay, 1.0, n_pay, thr)
        y = _luma(rgb)
        r = self._whiten(y)
        cands, r2 = self._candidates(r, y, lay)
        best: Detection | None = None
        for cand in cands[: self.prm.n_decode]:
            if cand.z < self.prm.min_sync:
                # A reference correlation no better than noise: the payload chips there would
                # be noise too. The bound still counts n_decode candidates (decoding fewer
                # only lowers the false-positive rate), and the skip looks at reference chips
                # only, so the payload chips of what is decoded stay fair coins.
                break
            src = r2 if cand.half and r2 is not None else r
            rw, vw = self._canvas(src, cand.frame, box=cand.box)
            tile = self._refine(src, cand.frame, rw, vw, lay, cand.d, cand.shift, cand.box)
            zz, _, shift2 = self._sync(tile, lay)[cand.d]
            aligned = np.roll(_dihedral(tile, cand.d), (-shift2[0], -shift2[1]), axis=(0, 1))
            lat = cand.lat * 2.0 if cand.half else cand.lat  # in image px, as reported
            det = self._read(aligned, lay, thr, max(cand.z, zz), lat, cand.d)
            if (
                best is None
                or det.p_value < best.p_value
                or (det.p_value == best.p_value and det.score > best.score)
            ):
                best = det
            if det.detected:  # decoding fewer candidates only lowers the false-positive rate
                break
        if best is None:
            top = cands[0]
            lat = top.lat * 2.0 if top.half else top.lat
            scale, rot, flipped = _geometry(lat, top.d, self.period)
            return Detection(False, None, n_pay, 1.0, n_pay, thr, 0.0, top.z, scale, rot, flipped)
        return best

    def _candidates(
        self, r: np.ndarray, y: np.ndarray, lay: _Layout
    ) -> tuple[list[_Candidate], np.ndarray | None]:
        """Distinct alignments (lattice, symmetry, shift, optional rectangle), best reference
        correlation first, and the half-size residual when enlargements were searched (the
        candidates with ``half`` align that one). Only reference chips rank them, so the
        payload chips of whichever are decoded stay independent of the choice."""
        cands: list[_Candidate] = []

        def add(lat: np.ndarray, r: np.ndarray, cells: _Cells, half: bool = False) -> None:
            """Score ``lat`` on the whole residual ``r``: its best shift per symmetry, and the
            best rectangle of cells for the two strongest (a mark pasted into another
            picture)."""
            fr = self._frame(r.shape, lat)
            # Same phase as a fold of the canvas, whose origin sits at native u0.
            roll = (-int(fr.u0[1]), -int(fr.u0[0]))
            sums = self._cell_folds(r, lat, cells)
            # Sums, not means: bins differ in count by a few percent at most.
            tile = np.roll(sums.sum(0).reshape(self.period, self.period), roll, (0, 1))
            syncs = self._sync(tile, lay)
            for z, d, shift in syncs:
                cands.append(_Candidate(float(z), lat, d, shift, fr, None, half))
            for _z, d, shift in sorted(syncs, reverse=True)[:2]:
                ref = _undihedral(np.roll(lay.ref_tile, shift, (0, 1)), d)
                ref = np.roll(ref, (-roll[0], -roll[1]), (0, 1))
                rect = self._best_rect(sums, ref, cells, lat)
                if rect is None:
                    continue
                # Rank the rectangle by the statistic every other candidate has (the fold's
                # peak against its other shifts), not by the z that chose it: that one counts
                # cells as independent, but a strong mark correlates with a wrong alignment
                # the same way in every cell, so it grows with the area there too and would
                # push the right whole-image alignment out of the decoded few.
                box = rect[1]
                fold = (cells.within(box).astype(sums.dtype) @ sums).reshape(self.period, -1)
                zb, shift_b = self._sync_at(np.roll(fold, roll, (0, 1)), lay, d)
                z_rect = zb - self.prm.rect_rank_penalty
                cands.append(_Candidate(z_rect, lat, d, shift_b, fr, box, half))

        cells = _Cells(r, self.period)
        fixed = self._fixed()
        for lat in fixed:
            add(lat, r, cells)
        # A reference this strong on a fixed lattice is the mark itself (noise stays near 4):
        # searching other lattices would only offer the same alignment again. Skipping them
        # changes which alignments are ranked, never how many are decoded, so the bound holds.
        r2 = None
        if max(c.z for c in cands) < self.prm.sure_sync:
            for lat in self._searched(r, lay, fixed):
                add(lat, r, cells)
            cands.extend(self._print_candidates(r, lay))
            enlarged = self._enlarged(y, lay)
            if enlarged:
                r2 = self._whiten(_halve(y))
                cells2 = _Cells(r2, self.period)
                for lat in enlarged:
                    add(lat, r2, cells2, half=True)
        cands.sort(key=lambda c: -c.z)
        chosen, seen = [], set()
        for c in cands:
            tag = (id(c.lat), c.d, c.shift, c.box)
            if tag not in seen:
                seen.add(tag)
                chosen.append(c)
        return chosen, r2

    def _enlarged(self, y: np.ndarray, lay: _Layout) -> list[np.ndarray]:
        """Lattices of an enlarged mark (an upscaler, a zoomed screenshot), in px of the
        picture at half size: the chips are then wider than the whitening filter, so it is
        the residual at half size that shows them (there x2 is native size). Hypotheses: the
        common enlargements ``enlarge`` and the period the autocorrelation finds along each
        axis (any factor from ``enlarge_lo`` to ``enlarge_hi``). The ``n_enlarge`` best on
        the centre, by reference correlation only, and only those above ``enlarge_gate``
        (which saves time: about a third of unmarked pictures pass it): the caller then
        scores them on the whole half-size residual, in the one ranking whose best
        ``n_decode`` are decoded, so the bound is unchanged."""
        p = self.period
        n_px = self.prm.search_px // 2  # ranking area at half size
        if min(y.shape) < 4 * p:
            return []
        crop = self._whiten(_halve(np.ascontiguousarray(_centre(y, 4 * n_px))))
        sizes = [(s / 2.0, s / 2.0) for s in self.prm.enlarge]  # (x, y) scales at half size
        lx, ly = _periods(crop, self.prm.enlarge_lo * p / 2.0, self.prm.enlarge_hi * p / 2.0)
        # Both axes' periods, and each alone (an enlargement is mostly uniform: one axis's
        # peak may be the picture's while the other's is the mark's).
        for pair in ((lx, ly), (lx, lx), (ly, ly)):
            if min(pair) > 0 and (pair[0] / p, pair[1] / p) not in sizes:
                sizes.append((pair[0] / p, pair[1] / p))
        ranked = []
        for fx, fy in sizes:
            view = crop
            if (fx, fy) != (1.0, 1.0):
                view = cv2.resize(
                    crop, None, fx=1.0 / fx, fy=1.0 / fy, interpolation=cv2.INTER_LINEAR
                )
            fh, fw = view.shape[0] // p * p, view.shape[1] // p * p
            if fh == 0 or fw == 0:
                continue
            # Whole tiles only: the fold is then a reshape, no index at all.
            fold = view[:fh, :fw].reshape(fh // p, p, fw // p, p).sum((0, 2))
            ranked.append((self._rank(fold, lay), np.diag([fx, fy]) * p))
        ranked.sort(key=lambda t: -t[0])
        return [lat for z, lat in ranked[: self.prm.n_enlarge] if z >= self.prm.enlarge_gate]

    def _refine(
        self,
        r: np.ndarray,
        fr: _Frame,
        rw: np.ndarray,
        vw: np.ndarray,
        lay: _Layout,
        d: int,
        shift: tuple[int, int],
        box: tuple[int, int, int, int] | None = None,
    ) -> np.ndarray:
        """Correct residual geometry (lattice error, perspective) from per-block sync and
        fold with presence weights."""
        variants = [self._fold(rw, vw)]
        cx, cy, zs, offs = self._local(rw, vw, lay, d, shift)
        good = zs > 4.0
        if good.sum() >= 3:
            wts = (zs[good] - 3.0) ** 2
            n_terms = 6 if good.sum() >= 9 else 3
            basis = np.stack(_poly_basis(cx[good], cy[good], fr.size)[:n_terms], axis=1)
            sw = np.sqrt(wts)[:, None]
            warp = np.zeros((2, 6))
            for k in range(2):
                coef, *_ = np.linalg.lstsq(basis * sw, offs[good, k] * sw[:, 0], rcond=None)
                warp[k, :n_terms] = coef
            if np.abs(warp).max() > 0.05:
                # Block positions move by a pixel or two at most: the presence map still fits.
                rw, vw = self._canvas(r, fr, warp, box)
                variants.append(self._fold(rw, vw))
        penalty = [0.0] * len(variants)
        if len(zs) >= 4 and np.mean(zs > 4.0) < 0.6:
            variants.append(self._fold(rw, vw * self._presence(rw.shape, cx, cy, zs)))
            penalty.append(0.0)
        rect = None
        if box is None:  # else the rectangle was found already, on the image
            rect = self._rect(rw, vw, _undihedral(np.roll(lay.ref_tile, shift, axis=(0, 1)), d))
        if rect is not None:
            variants.append(self._fold(rw, rect))
            # The best of many rectangles always looks a little better than the whole picture.
            penalty.append(self.prm.rect_penalty)
        # Pick by reference correlation only: payload chips stay untouched by the choice.
        scores = [self._sync(t, lay)[d][0] - pen for t, pen in zip(variants, penalty, strict=True)]
        return variants[int(np.argmax(scores))]

    def _cell_folds(self, r: np.ndarray, lat: np.ndarray, cells: _Cells) -> np.ndarray:
        """Per-cell fold sums (cells x p^2) in the phase of :meth:`_quick_fold`."""
        p = self.period
        idx = self._quick_index(r.shape, lat, (cells.row_index, cells.col_index))
        n = cells.n * p * p
        sums = np.bincount(idx, weights=cells.weights, minlength=n).reshape(cells.n, p * p)
        return sums.astype(np.float32)  # only correlated against patterns: float32 is plenty

    def _best_rect(
        self,
        sums: np.ndarray,
        ref: np.ndarray,
        cells: _Cells,
        lat: np.ndarray,
    ) -> tuple[float, tuple[int, int, int, int]] | None:
        """z of the reference correlation in the best axis-aligned rectangle of cells, and
        that rectangle in image px; None when it is the whole image."""
        ny, nx, g = cells.ny, cells.nx, cells.size
        # Zero mean: the residual's own mean must not count as correlation (it grows with area).
        ref = ref - ref.mean()
        u = ref.ravel()
        # One product for the reference and its decoys (the bulk of this method's time).
        proj = sums @ np.vstack([u[None], _decoys(ref)]).T.astype(sums.dtype)
        s_c = proj[:, 0].reshape(ny, nx).astype(np.float64)
        # Null variance per cell: the cell's power times mean(u^2) if residual pixels were
        # independent; they are not (blur, texture), so calibrate the scale on the reference
        # at wrong shifts, where only the picture correlates.
        v_c = cells.power * float(np.mean(u * u))
        decoys = proj[:, 1:].astype(np.float64)
        v_c = v_c * float(np.sum(decoys * decoys)) / (decoys.shape[1] * float(v_c.sum()) + 1e-12)
        return _best_box(s_c, v_c, g, math.sqrt(abs(np.linalg.det(lat))))

    def _rect(self, rw: np.ndarray, vw: np.ndarray, ref: np.ndarray) -> np.ndarray | None:
        """Fold weights for the axis-aligned rectangle where the expected reference pattern
        correlates best (a marked picture pasted into another one), or None."""
        p = self.period
        hh, wd = rw.shape
        g = max(p // 2, math.ceil(max(hh, wd) / 24))
        ny, nx = math.ceil(hh / g), math.ceil(wd / g)
        if ny * nx < 4:
            return None
        reps = (hh // p + 1, wd // p + 1)
        ref = ref - ref.mean()  # see _best_rect
        rv = rw * vw
        q = rv * np.tile(ref.astype(np.float32), reps)[:hh, :wd]
        s_c = _block_sums(q, g)
        v_c = _block_sums(q * q, g)
        # Calibrate the null variance on the reference at a wrong shift (see _best_rect).
        shifted = np.roll(ref, (p // 4, p // 3), (0, 1)).astype(np.float32)
        decoy = _block_sums(rv * np.tile(shifted, reps)[:hh, :wd], g)
        v_c *= float(np.sum(decoy * decoy)) / (float(v_c.sum()) + 1e-12)
        found = _best_box(s_c, v_c, g, p)
        if found is None:
            return None  # no rectangle, or the whole canvas: nothing to add
        top, bottom, left, right = found[1]
        mask = np.zeros_like(vw)
        mask[top:bottom, left:right] = 1.0
        return vw * mask

    def _grid_frequencies(self, lat: np.ndarray) -> np.ndarray | None:
        """Fold frequencies (per axis, cycles per tile) where a pattern periodic with
        ``notch`` image px lands for an axis-aligned lattice: JPEG's 8x8 grid, say. Every
        picture has it in the same place, so it would bias chips the same way for a fixed key."""
        p, q = self.period, self.prm.notch
        if q <= 0:
            return None
        s = lat[0, 0] / p
        if abs(lat[0, 1]) > 1e-6 or abs(lat[1, 0]) > 1e-6 or abs(lat[1, 1] - lat[0, 0]) > 1e-6:
            return None
        base = p * abs(s) / q  # fundamental of the grid, cycles per tile
        ks = base * np.arange(-(q // 2), q // 2 + 1)
        if np.abs(ks - np.rint(ks)).max() > 1e-6:
            return None
        out = np.zeros(p, bool)
        out[np.rint(ks).astype(int) % p] = True
        return out

    def _payload_chips(self, aligned: np.ndarray, lay: _Layout, lat: np.ndarray) -> np.ndarray:
        """``s_j * y_j`` for every payload chip of an aligned tile (matched-filtered)."""
        prm = self.prm
        m, c = prm.chips, prm.chip
        gain = _gauss_transfer(self.period, prm.smooth) if prm.smooth > 0 else 1.0
        grid = self._grid_frequencies(lat)
        if grid is not None:
            gain = gain * np.where(grid[:, None] & grid[None, :], 0.0, 1.0)
        if prm.smooth > 0 or grid is not None:
            aligned = np.real(np.fft.ifft2(np.fft.fft2(aligned) * gain))
        chips = aligned.reshape(m, c, m, c).sum(axis=(1, 3)).reshape(-1)
        return chips[lay.pay_idx] * lay.pay_sign

    def _score(self, zc: np.ndarray, lay: _Layout) -> tuple[np.ndarray, float, int, bool]:
        """Decoded message bits (payload + CRC), score ``z``, hard disagreements, and whether
        the CRC holds: the best-scoring path of the decoder's list that passes its CRC, else
        the single best path. Any choice among CRC-valid codewords keeps the union bound."""
        rms = math.sqrt(float(np.mean(zc * zc))) + 1e-12
        wts = np.clip(zc, -self.prm.clip * rms, self.prm.clip * rms)
        norm = math.sqrt(float(wts @ wts)) + 1e-12
        soft = np.bincount(lay.bit_of_chip, weights=zc, minlength=self.code.n) / rms
        paths = self.code.decode_list(soft, self.prm.list_size)
        best: tuple[float, np.ndarray, np.ndarray] | None = None
        for info in paths:
            if np.array_equal(_with_crc(info[: self.payload_bits]), info):
                expected = 1.0 - 2.0 * self.code.encode(info)[lay.bit_of_chip]
                z = float(wts @ expected) / norm
                if best is None or z > best[0]:
                    best = (z, info, expected)
        crc_ok = best is not None
        if best is None:
            expected = 1.0 - 2.0 * self.code.encode(paths[0])[lay.bit_of_chip]
            best = (float(wts @ expected) / norm, paths[0], expected)
        z, info, expected = best
        return info, z, int(np.sum(np.sign(zc) != expected)), crc_ok

    def _read(
        self,
        aligned: np.ndarray,
        lay: _Layout,
        thr: float,
        sync: float,
        lat: np.ndarray,
        d: int,
    ) -> Detection:
        zc = self._payload_chips(aligned, lay, lat)
        info, z, errors, crc_ok = self._score(zc, lay)
        bits = info[: self.payload_bits]
        # A sequence failing its CRC is no codeword of the 2^48, so there is nothing to score.
        logp = _log_union_bound(z, self.payload_bits, self.prm.n_decode)
        p_value = float(math.exp(min(0.0, logp))) if crc_ok else 1.0
        detected = crc_ok and z >= thr
        scale, rot, flipped = _geometry(lat, d, self.period)
        guess = np.packbits(bits).tobytes()
        return Detection(
            detected=bool(detected),
            payload=guess if detected else None,
            bit_errors=errors,
            p_value=p_value,
            n_chips=len(zc),
            threshold=thr,
            score=z,
            sync_score=sync,
            scale=scale,
            rotation=rot,
            flipped=bool(flipped),
            candidate=guess,
        )


def _geometry(lat: np.ndarray, d: int, period: int) -> tuple[float, float, bool]:
    """Scale, rotation (degrees) and mirroring of a lattice and symmetry, as reported."""
    scale = float(math.sqrt(abs(np.linalg.det(lat)))) / period
    v1 = lat[:, 0]
    rot = math.degrees(math.atan2(v1[1], v1[0]))
    rot = (rot + 45.0) % 90.0 - 45.0
    flipped = (d >= 4) != bool(np.linalg.det(lat) < 0)
    return scale, rot, flipped


def _with_crc(bits: np.ndarray) -> np.ndarray:
    """Payload bits followed by their CRC-16/CCITT."""
    crc = binascii.crc_hqx(np.packbits(bits).tobytes(), 0xFFFF)
    tail = np.unpackbits(np.frombuffer(crc.to_bytes(2, "big"), dtype=np.uint8))
    return np.concatenate([np.asarray(bits, dtype=np.uint8), tail])


def _parabolic(a: float, b: float, c: float) -> float:
    den = a - 2 * b + c
    if den >= 0:
        return 0.0
    return float(np.clip(0.5 * (a - c) / den, -0.5, 0.5))


def _same_lattice(a: np.ndarray, b: np.ndarray, tol: float = 0.15) -> bool:
    """True when ``a`` and ``b`` span the same lattice (integer change of basis, det +-1)."""
    t = np.linalg.solve(a, b)
    return bool(
        np.all(np.abs(t - np.rint(t)) < tol) and abs(abs(np.linalg.det(np.rint(t))) - 1) < 1e-6
    )


def _dihedral(t: np.ndarray, d: int) -> np.ndarray:
    """The eight symmetries of the square: quarter turns, then the same after a transpose."""
    if d >= 4:
        t = t.T
    return np.rot90(t, d % 4)


@dataclass(frozen=True)
class _Frame:
    m: np.ndarray  # native canvas px -> image px (2x2)
    u0: np.ndarray  # canvas origin in native coordinates
    size: tuple[int, int]  # canvas (height, width)
    persp: np.ndarray | None = None  # native px -> image px (3x3 homography), replaces ``m``


class _Candidate(NamedTuple):
    """One alignment hypothesis, scored by reference correlation (z)."""

    z: float
    lat: np.ndarray  # tile lattice in image px (2x2, columns)
    d: int  # dihedral symmetry
    shift: tuple[int, int]  # cyclic shift of the fold
    frame: _Frame
    box: Box | None  # rectangle the fold is limited to (cutouts), else the whole image
    half: bool = False  # aligns the half-size residual (an enlarged image), not the full one


def _poly_basis(x: np.ndarray, y: np.ndarray, size: tuple[int, int]) -> list[np.ndarray]:
    """1, x, y, x^2, xy, y^2 on coordinates scaled to about [-1, 1]."""
    hh, ww = size
    xn = (x - ww / 2) / (ww / 2)
    yn = (y - hh / 2) / (hh / 2)
    return [np.ones_like(xn), xn, yn, xn * xn, xn * yn, yn * yn]


def _undihedral(t: np.ndarray, d: int) -> np.ndarray:
    """Inverse of :func:`_dihedral`."""
    t = np.rot90(t, -(d % 4))
    return t.T if d >= 4 else t


class _Cells:
    """A grid of square image cells (at most ~16 a side) for locating a pasted mark."""

    def __init__(self, r: np.ndarray, p: int) -> None:
        h, w = r.shape
        self.size = g = max(p // 2, math.ceil(max(h, w) / 16))
        self.ny, self.nx = math.ceil(h / g), math.ceil(w / g)
        self.n = self.ny * self.nx
        # Flat bin offset of each pixel's cell (cells x p^2 bins), as a row and a column part.
        self.row_index = ((np.arange(h) // g) * self.nx * p * p).astype(np.int32)
        self.col_index = ((np.arange(w) // g) * p * p).astype(np.int32)
        self.weights = r.ravel().astype(np.float64)  # bincount would convert on every call
        self.power = _block_sums(r * r, g)

    def within(self, box: Box) -> np.ndarray:
        """Which cells (flat, row-major) lie inside ``box``, a span of whole cells."""
        g = self.size
        rows = (np.arange(self.ny) >= box[0] // g) & (np.arange(self.ny) < -(-box[1] // g))
        cols = (np.arange(self.nx) >= box[2] // g) & (np.arange(self.nx) < -(-box[3] // g))
        return (rows[:, None] & cols[None, :]).ravel()


def _block_sums(a: np.ndarray, g: int) -> np.ndarray:
    """Sums over ``g``x``g`` blocks (the last row and column of blocks may be smaller), in
    float64 whatever the input."""
    h, w = a.shape
    ny, nx = -(-h // g), -(-w // g)
    fy, fx = (h // g) * g, (w // g) * g
    rows = np.zeros((ny, w))
    rows[: h // g] = a[:fy].reshape(-1, g, w).sum(axis=1, dtype=np.float64)
    if fy < h:
        rows[-1] = a[fy:].sum(axis=0, dtype=np.float64)
    out = np.zeros((ny, nx))
    out[:, : w // g] = rows[:, :fx].reshape(ny, -1, g).sum(axis=2)
    if fx < w:
        out[:, -1] = rows[:, fx:].sum(axis=1)
    return out


def _decoys(ref: np.ndarray, k: int = 8) -> np.ndarray:
    """``k`` copies of the (flattened) reference at fixed shifts far from its own."""
    p = ref.shape[0]
    return np.stack(
        [np.roll(ref, (p // 4 + 11 * j, p // 3 + 7 * j), (0, 1)).ravel() for j in range(k)]
    )


def _rotation(deg: float) -> np.ndarray:
    a = math.radians(deg)
    return np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])


def _periods(r: np.ndarray, lo: float, hi: float) -> tuple[float, float]:
    """The strongest period in [lo, hi] px of ``r`` along x and along y (0 when none): the
    highest peak of the spectrally whitened autocorrelation along each axis, averaged over
    the other one (one 2-D FFT gives both; circular, which costs the mark little)."""
    h, w = r.shape
    f = sfft.rfft2(r - r.mean())
    pw = f.real**2 + f.imag**2
    twice = np.full(pw.shape[1], 2.0)
    twice[0] = 1.0
    if w % 2 == 0:
        twice[-1] = 1.0
    out = []
    for spec, n in ((pw.sum(axis=0, dtype=np.float64), w), (pw.astype(np.float64) @ twice, h)):
        spec = spec / (ndimage.gaussian_filter1d(spec, 3.0, mode="nearest") + 1e-12)
        acf = sfft.irfft(spec, n=n) if len(spec) < n else np.real(sfft.ifft(spec))
        a, b = max(2, math.floor(lo)), min(n // 2 - 2, math.ceil(hi))
        if b <= a:
            out.append(0.0)
            continue
        seg = acf[a - 1 : b + 2]
        peak = np.nonzero((seg[1:-1] > seg[:-2]) & (seg[1:-1] >= seg[2:]))[0] + a
        if len(peak) == 0:
            out.append(0.0)
            continue
        i = int(peak[np.argmax(acf[peak])])
        out.append(i + _parabolic(acf[i - 1], acf[i], acf[i + 1]))
    return out[0], out[1]


def _halve(y: np.ndarray) -> np.ndarray:
    """``y`` at half size (area averaging)."""
    return cv2.resize(y, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _centre(r: np.ndarray, max_px: int) -> np.ndarray:
    """The central part of ``r`` with at most ``max_px`` pixels (same aspect ratio)."""
    h, w = r.shape
    f = min(1.0, math.sqrt(max_px / (h * w)))
    ch, cw = max(1, int(h * f)), max(1, int(w * f))
    return r[(h - ch) // 2 : (h - ch) // 2 + ch, (w - cw) // 2 : (w - cw) // 2 + cw]
