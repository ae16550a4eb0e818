from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from scipy import stats

from synthguard import attacks, imageio, watermark
from synthguard.errors import InvalidImage, InvalidKey, InvalidPayload

from conftest import natural_image

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PAYLOAD = bytes.fromhex("0123456789ab")


@pytest.fixture(scope="module")
def host() -> np.ndarray:
    return natural_image(320, 384, seed=21)


@pytest.fixture(scope="module")
def marked(host: np.ndarray) -> np.ndarray:
    return watermark.embed(host, PAYLOAD, key=KEY)


def _codec() -> watermark.TiledSpreadSpectrum:
    codec = watermark.get_codec()
    assert isinstance(codec, watermark.TiledSpreadSpectrum)
    return codec


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(float) - b.astype(float)) ** 2)
    return float(10 * np.log10(255**2 / mse))


def test_embed_is_invisible_and_deterministic(host: np.ndarray, marked: np.ndarray) -> None:
    assert marked.shape == host.shape and marked.dtype == np.uint8
    assert 36 < psnr(host, marked) < 45
    np.testing.assert_array_equal(marked, watermark.embed(host, PAYLOAD, key=KEY))


def test_known_detection(marked: np.ndarray) -> None:
    found = watermark.detect(marked, keys=[KEY])
    assert found.detected and found.payload == PAYLOAD
    assert found.p_value < 1e-12
    assert found.score >= found.threshold


def test_short_payload_is_zero_padded(host: np.ndarray) -> None:
    found = watermark.detect(watermark.embed(host, b"\x07", key=KEY), keys=[KEY])
    assert found.detected and found.payload == b"\x07" + b"\x00" * 5


def test_wrong_key_finds_nothing(marked: np.ndarray) -> None:
    found = watermark.detect(marked, keys=[OTHER_KEY])
    assert not found.detected and found.p_value > 1e-6


def test_unmarked_image_finds_nothing(host: np.ndarray) -> None:
    assert not watermark.detect(host, keys=[KEY]).detected


@pytest.mark.parametrize(
    "steps",
    [
        (("jpeg", 50),),
        (("resize", 0.5),),
        (("crop_center", 0.5),),
        (("flip", None),),
        (("crop_center", 0.5), ("jpeg", 75)),
        (("text_band", 0.15),),
        (("rotate_crop", 3),),
    ],
    ids=lambda s: "+".join(n for n, _ in s),
)
def test_survives_attacks(marked: np.ndarray, steps) -> None:
    found = watermark.detect(attacks.run_chain(marked, steps, seed=1), keys=[KEY])
    assert found.detected and found.payload == PAYLOAD


def test_threshold_follows_the_stated_false_positive_rate(marked: np.ndarray) -> None:
    """The decision threshold is the score z with H * 2^k * exp(-z^2 / 2) = fpr."""
    found = watermark.detect(marked, keys=[KEY], fpr=1e-6)
    codec = _codec()
    bound = codec.prm.n_decode * 2.0**codec.payload_bits * np.exp(-(found.threshold**2) / 2)
    assert bound == pytest.approx(1e-6, rel=1e-9)
    assert found.p_value == pytest.approx(
        codec.prm.n_decode * 2.0**codec.payload_bits * np.exp(-(found.score**2) / 2), rel=1e-9
    )
    stricter = watermark.detect(marked, keys=[KEY], fpr=1e-12)
    assert stricter.threshold > found.threshold


def test_union_bound_holds_where_a_sample_can_check_it() -> None:
    """The statistic's tail bound, on a code small enough (2^12 messages, no CRC) for the 1%
    point of the bound to be reached by a sample: iid chips with fair random signs, the
    decoder's best codeword, P(z >= a) <= 2^12 * exp(-a^2 / 2)."""
    from synthguard.watermark._ecc import ConvolutionalCode

    code = ConvolutionalCode(12)
    rng = np.random.default_rng(5)
    n = 768
    bit_of_chip = np.arange(n) % code.n
    scores = []
    for _ in range(1500):
        zc = rng.standard_t(3, n)  # heavy-tailed magnitudes, as textured pictures give
        w = np.clip(zc, -np.sqrt(np.mean(zc * zc)), np.sqrt(np.mean(zc * zc)))
        info = code.decode(np.bincount(bit_of_chip, weights=zc, minlength=code.n))
        e = 1.0 - 2.0 * code.encode(info)[bit_of_chip]
        scores.append(float(w @ e / np.sqrt(w @ w)))
    scores_arr = np.array(scores)
    for a in (4.0, 4.5, 5.0):
        bound = 2.0**12 * np.exp(-(a**2) / 2)
        assert np.mean(scores_arr >= a) <= bound
    # Not vacuous: the maximum over 2^12 codewords sits far above a single codeword's N(0, 1).
    assert 2.5 < np.median(scores_arr) < 4.5


def _captured_chips(monkeypatch: pytest.MonkeyPatch) -> list[np.ndarray]:
    """Record the payload chips (s_j * y_j) of every candidate the detector reads."""
    from synthguard.watermark._tiled import TiledSpreadSpectrum

    seen: list[np.ndarray] = []
    original = TiledSpreadSpectrum._payload_chips

    def spy(self, aligned, lay, lat):
        zc = original(self, aligned, lay, lat)
        seen.append(zc)
        return zc

    monkeypatch.setattr(TiledSpreadSpectrum, "_payload_chips", spy)
    return seen


def test_null_distribution_on_unmarked_images(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the false-positive bound assumes, checked on unmarked pictures and random keys:
    (1) chip signs are fair coins, so the distance to a codeword fixed in advance is
    Bin(n, 1/2); (2) the decoder's score on the real chips has the same distribution as on
    the same magnitudes with random signs (the decoder's search, not a bias, is why the best
    codeword sits well below n/2 disagreements); (3) nothing is detected."""
    # Every alignment decoded, however weak its reference correlation: the chips are what
    # is under test here, not the shortcut that skips noise-level alignments.
    codec = watermark.TiledSpreadSpectrum(min_sync=0.0)
    seen = _captured_chips(monkeypatch)
    rng = np.random.default_rng(11)
    steps_cycle = [(), (("jpeg", 60),), (("resize", 0.7),), (("blur", 1),)]
    keys: list[bytes] = []
    reported: list[float] = []
    for seed in range(28):
        image = natural_image(256 + 8 * (seed % 5), 288, seed=300 + seed)
        image = attacks.run_chain(image, steps_cycle[seed % 4], seed=seed)
        key = rng.bytes(32)
        found = codec.detect(image, key)
        assert not found.detected and found.score < found.threshold
        reported.append(found.score)
        keys.extend([key] * (len(seen) - len(keys)))
    assert len(seen) >= 28
    fixed = 1.0 - 2.0 * codec.code.encode(rng.integers(0, 2, codec.code.k))
    agreements, real, shuffled = [], [], []
    for zc, key in zip(seen, keys, strict=True):
        lay = codec._layout(key)
        agreements.append(int(np.sum(np.sign(zc) == fixed[lay.bit_of_chip])))
        real.append(codec._score(zc, lay)[1])
        shuffled.append(codec._score(np.abs(zc) * rng.choice([-1.0, 1.0], len(zc)), lay)[1])
    n = len(seen[0])
    share = np.array(agreements)
    # (1) Bin(n, 1/2): mean n/2 and sd sqrt(n)/2, within sampling error of ~60 draws.
    assert abs(share.mean() - n / 2) < 4 * (np.sqrt(n) / 2) / np.sqrt(len(share))
    assert 0.6 < share.std() / (np.sqrt(n) / 2) < 1.4
    # (2) Same distribution with random signs.
    assert stats.ks_2samp(real, shuffled).pvalue > 0.001
    assert abs(np.mean(real) - np.mean(shuffled)) < 0.5
    # (3) Well below the threshold, which is where the union bound puts it.
    assert max(reported) < found.threshold - 0.5


def test_key_ring_detection_splits_the_rate(marked: np.ndarray) -> None:
    alone = watermark.detect(marked, keys=[KEY])
    ringed = watermark.detect(marked, keys=[OTHER_KEY, KEY])
    assert ringed.detected and ringed.payload == PAYLOAD
    assert ringed.p_value == pytest.approx(min(1.0, alone.p_value * 2), rel=1e-6)


def test_default_key_comes_from_the_ring(host: np.ndarray) -> None:
    marked = watermark.embed(host, PAYLOAD)
    assert watermark.detect(marked).payload == PAYLOAD
    assert watermark.detect(marked, keys=[watermark.key_ring().current]).detected


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"", "empty"), (b"\x00" * 7, "capacity")],
)
def test_bad_payloads(host: np.ndarray, payload: bytes, message: str) -> None:
    with pytest.raises(InvalidPayload, match=message):
        watermark.embed(host, payload, key=KEY)


@pytest.mark.parametrize("text", ["", "xyz", "0x", "0123456789abcd"])
def test_bad_hex_payloads(text: str) -> None:
    with pytest.raises(InvalidPayload):
        watermark.parse_payload(text)


def test_hex_payload_parsing() -> None:
    assert watermark.parse_payload("0x0123456789AB") == PAYLOAD
    assert watermark.parse_payload("abc") == b"\x0a\xbc"


def test_too_small_image_names_the_minimum() -> None:
    with pytest.raises(InvalidImage, match="256×256"):
        watermark.embed(natural_image(255, 400), PAYLOAD, key=KEY)


def test_wrong_key_format(host: np.ndarray) -> None:
    with pytest.raises(InvalidKey):
        watermark.embed(host, PAYLOAD, key=b"short")
    with pytest.raises(InvalidKey):
        watermark.detect(host, keys=[b"short"])


@pytest.mark.parametrize("ext", [".png", ".jpg", ".webp"])
def test_cli_round_trip_on_each_format(cli, tmp_path: Path, host: np.ndarray, ext: str) -> None:
    src = imageio.save(tmp_path / "in.png", host)
    out = tmp_path / f"marked{ext}"
    embedded = cli("watermark", "embed", src, out, "--payload", "0123456789ab", "--json")
    assert embedded.code == 0, embedded.stdout
    assert embedded.json["payload"] == "0123456789ab" and embedded.json["psnr_db"] > 36
    detected = cli("watermark", "detect", out, src, "--json")
    assert detected.code == 0
    rows = detected.json["results"]
    assert rows[0]["path"] == str(out) and rows[0]["detected"] is True
    assert rows[0]["payload"] == "0123456789ab" and rows[0]["p_value"] < 1e-6
    assert rows[1]["detected"] is False and rows[1]["payload"] is None
    assert detected.json["summary"] == {"images": 2, "detected": 1, "errors": 0}


def test_cli_keeps_alpha_and_greyscale(cli, tmp_path: Path, host: np.ndarray) -> None:
    alpha = np.full(host.shape[:2], 200, np.uint8)
    src = imageio.save(tmp_path / "alpha.png", host, alpha=alpha)
    assert cli("watermark", "embed", src, tmp_path / "o.png", "--payload", "ab").code == 0
    out = imageio.load(tmp_path / "o.png")
    assert out.alpha is not None and (out.alpha == 200).all()
    grey = np.repeat(host.mean(axis=2, keepdims=True).astype(np.uint8), 3, axis=2)
    src = imageio.save(tmp_path / "grey.png", grey)
    assert cli("watermark", "embed", src, tmp_path / "g.png", "--payload", "ab").code == 0
    assert cli("watermark", "detect", tmp_path / "g.png", "--json").json["results"][0]["detected"]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--payload", ""], "InvalidPayload"),
        (["--payload", "zz"], "InvalidPayload"),
        (["--payload", "00" * 7], "InvalidPayload"),
    ],
)
def test_cli_bad_input_writes_nothing(cli, tmp_path: Path, host: np.ndarray, args, error) -> None:
    src = imageio.save(tmp_path / "in.png", host)
    out = tmp_path / "out.png"
    result = cli("watermark", "embed", src, out, *args, "--json")
    assert result.code == 3 and result.json["error"]["type"] == error
    assert not out.exists()


def test_cli_small_and_corrupt_images(cli, tmp_path: Path) -> None:
    small = imageio.save(tmp_path / "small.png", natural_image(100, 100))
    result = cli("watermark", "embed", small, tmp_path / "o.png", "--payload", "ab", "--json")
    assert result.code == 3 and "256×256" in result.json["error"]["message"]
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    result = cli("watermark", "detect", bad, "--json")
    assert result.code == 3
    assert result.json["results"][0]["error"]["type"] == "InvalidImage"
    assert not (tmp_path / "o.png").exists()


def test_cli_credentials_never_print_the_key(cli, tmp_path: Path) -> None:
    status = cli("credentials", "status", "--json").json
    assert status["watermark"] is None and status["signing"]["certificate_chain"] is None
    rotated = cli("credentials", "rotate-watermark-key", "--json").json["watermark"]
    exported = cli("credentials", "export-watermark-key", tmp_path / "k", "--json").json
    assert exported["key_id"] == rotated["current"]
    secret = (tmp_path / "k").read_text().strip()
    everything = str(status) + str(rotated) + str(exported)
    assert secret not in everything and len(secret) == 64
    bad = tmp_path / "bad.key"
    bad.write_text("nope")
    assert cli("credentials", "import-watermark-key", bad, "--json").code == 3


def test_list_decoder_ranks_distinct_paths_and_rescues_crc_failures() -> None:
    """The list decoder's first path is the Viterbi one, the paths are distinct and ordered
    by metric, and at a noise level where the single best path is often wrong the list holds
    the sent message more often."""
    from synthguard.watermark._ecc import ConvolutionalCode

    code = ConvolutionalCode(64)
    rng = np.random.default_rng(2)
    single = listed = 0
    for _ in range(40):
        message = rng.integers(0, 2, 64)
        soft = (1.0 - 2.0 * code.encode(message)) + rng.normal(0, 1.6, code.n)
        paths = code.decode_list(soft, 16)
        assert len({p.tobytes() for p in paths}) == len(paths) == 16
        np.testing.assert_array_equal(paths[0], code.decode(soft))
        metrics = [float((1.0 - 2.0 * code.encode(p)) @ soft) for p in paths]
        assert np.all(np.diff(metrics) <= 1e-9)
        single += int(np.array_equal(paths[0], message))
        listed += int(any(np.array_equal(p, message) for p in paths))
    assert listed >= single + 5  # measured: 22 against 12 of 40
    with pytest.raises(ValueError):
        code.decode_list(np.zeros(code.n), 0)


def test_fast_paths_match_the_direct_computations() -> None:
    """The shortcuts detection takes (separable fold index, symmetry by shift permutation,
    block sync on a folded block) give what the direct computations give."""
    from scipy import fft as sfft

    from synthguard.watermark import _tiled

    codec = _codec()
    p = codec.period
    lay = codec._layout(KEY)
    rng = np.random.default_rng(4)
    h, w = 200, 333
    for lat in (np.eye(2) * p * 0.75, _tiled._rotation(2.1) * p):
        mi = np.linalg.inv(lat / p)
        yy, xx = np.mgrid[0:h, 0:w]
        ux = np.floor(np.mod(mi[0, 0] * xx + mi[0, 1] * yy + 0.5, p) + 1e-9).astype(int) % p
        uy = np.floor(np.mod(mi[1, 0] * xx + mi[1, 1] * yy + 0.5, p) + 1e-9).astype(int) % p
        fast = codec._quick_index((h, w), lat)
        assert np.mean(fast == (uy * p + ux).ravel()) > 0.999  # fixed-point rounding aside
    d, shift = 5, (7, 11)
    tile = rng.standard_normal((p, p)) + 0.4 * _tiled._undihedral(
        np.roll(lay.ref_tile, shift, (0, 1)), d
    )
    sd0 = np.real(np.fft.ifft2(np.fft.fft2(tile) * lay.ref_fft_conj)).std()
    for z, dd, s in codec._sync(tile, lay):
        corr = np.real(np.fft.ifft2(np.fft.fft2(_tiled._dihedral(tile, dd)) * lay.ref_fft_conj))
        assert divmod(int(np.argmax(corr)), p) == s
        assert z == pytest.approx((corr.max() - corr.mean()) / sd0, abs=1e-6)
    assert max(codec._sync(tile, lay))[1:] == (d, shift)
    for z, dd, s in codec._sync(tile, lay):
        z1, s1 = codec._sync_at(tile, lay, dd)
        assert s1 == s and z1 == pytest.approx(z, abs=1e-9)
    rw = rng.standard_normal((3 * p, 3 * p)).astype(np.float32)
    vw = np.ones_like(rw)
    _, _, zs, offs = codec._local(rw, vw, lay, 0, (0, 0))
    corr = sfft.irfft2(sfft.rfft2(rw) * np.conj(sfft.rfft2(np.tile(lay.ref_tile, (3, 3)))))
    window = np.roll(corr, (4, 4), axis=(0, 1))[:9, :9]  # shifts -4..4, as _local searches
    assert zs[0] == pytest.approx((window.max() - corr.mean()) / corr.std(), abs=1e-3)
    iy, ix = np.unravel_index(int(np.argmax(window)), window.shape)
    assert np.abs(offs[0] - [ix - 4, iy - 4]).max() <= 0.5  # whole shift + sub-pixel part


def _print_warp(rgb: np.ndarray) -> np.ndarray:
    """A fixed perspective warp, as a photo of a slightly tilted print gives (no blur)."""
    import cv2

    h, w = rgb.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[12, 8], [w - 3, 14], [w - 16, h - 5], [6, h - 12]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(rgb, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)


@pytest.fixture(scope="module")
def wide_marked() -> np.ndarray:
    return watermark.embed(natural_image(384, 512, seed=21), PAYLOAD, key=KEY)


def test_near_native_scale_search_finds_each_axis(wide_marked: np.ndarray) -> None:
    """The scale grid of a photographed print finds a different scale per axis."""
    import cv2

    from synthguard.watermark import _tiled

    codec = _codec()
    h, w = wide_marked.shape[:2]
    shrunk = cv2.resize(
        wide_marked, (round(w * 0.95), round(h * 0.97)), interpolation=cv2.INTER_AREA
    )
    (z, lat), *_ = codec._scales(codec._whiten(_tiled._luma(shrunk)), codec._layout(KEY))
    assert z > codec.prm.persp_gate + 2
    np.testing.assert_allclose(lat, np.diag([0.95, 0.97]) * codec.period, atol=0.7)


def test_scale_grid_folds_match_direct_folds() -> None:
    """The scale grid's separable folds (resample each axis, fold whole tiles) agree with a
    direct fold at the same per-axis scales, and not with one 5% off."""
    codec = _codec()
    p, grid = codec.period, codec._scale_grid
    r = np.random.default_rng(0).normal(size=(300, 420)).astype(np.float32)
    folds = codec._grid_folds(r)
    assert folds.shape == (len(grid) ** 2, p, p)
    for i, j in ((0, 0), (3, 7), (len(grid) - 1, 2)):
        fold = folds[i * len(grid) + j].ravel()
        direct = codec._quick_fold(r, np.diag([grid[j], grid[i]]) * p, exact=False).ravel()
        off = codec._quick_fold(r, np.diag([grid[j] + 0.05, grid[i]]) * p, exact=False).ravel()
        # Linear interpolation against nearest-pixel binning: not identical, but close.
        assert np.corrcoef(fold, direct)[0, 1] > 0.7
        assert abs(np.corrcoef(fold, off)[0, 1]) < 0.2


def test_perspective_of_a_print_is_found(wide_marked: np.ndarray) -> None:
    """A tilted print defeats every single lattice; the homography search recovers it, and
    without that search the same picture goes undetected."""
    warped = _print_warp(wide_marked)
    found = watermark.detect(warped, keys=[KEY])
    assert found.detected and found.payload == PAYLOAD
    assert 0.94 < found.scale < 0.98
    without = watermark.TiledSpreadSpectrum(persp_gate=float("inf")).detect(warped, KEY)
    assert not without.detected
    host = natural_image(384, 512, seed=21)
    assert not watermark.detect(_print_warp(host), keys=[KEY]).detected


def test_perspective_search_on_a_sparse_grid(wide_marked: np.ndarray) -> None:
    """On a large image the homography search folds every other row and column; it finds
    the same print, and the candidate is still scored on every pixel."""
    warped = _print_warp(wide_marked)
    sparse = watermark.TiledSpreadSpectrum(persp_px=50_000)  # 196,608 px: a stride of 2
    found = sparse.detect(warped, KEY)
    assert found.detected and found.payload == PAYLOAD
    assert 0.94 < found.scale < 0.98
    dense = watermark.TiledSpreadSpectrum().detect(warped, KEY)
    assert found.sync_score == pytest.approx(dense.sync_score, abs=1.5)


def test_noise_level_alignments_are_not_decoded(
    marked: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below ``min_sync`` nothing is read (p = 1), and the threshold still counts n_decode
    candidates: skipping only lowers the false-positive rate."""
    seen = _captured_chips(monkeypatch)
    strict = watermark.TiledSpreadSpectrum(min_sync=1e9)
    found = strict.detect(marked, KEY)
    assert seen == [] and not found.detected and found.p_value == 1.0
    assert found.sync_score > 8  # the alignment was found, only not decoded
    default = watermark.TiledSpreadSpectrum().detect(marked, KEY)
    assert default.detected and len(seen) == 1
    assert found.threshold == default.threshold


def test_projective_fold_of_the_identity_is_the_plain_fold() -> None:
    codec = _codec()
    p = codec.period
    r = np.random.default_rng(8).standard_normal((2 * p, 3 * p))
    plain = r.reshape(2, p, 3, p).sum(axis=(0, 2))
    np.testing.assert_allclose(codec._projective_fold(r, np.eye(3)), plain, rtol=1e-9)


def _sky_over_texture() -> np.ndarray:
    """A flat sky over a textured ground: the texture mask leaves the mark faint in the sky,
    so a rectangle of cells around the ground stands out at every alignment."""
    host = natural_image(320, 384, seed=21).copy()
    host[:200] = np.linspace(150, 200, 200).astype(np.uint8)[:, None, None]
    return host


@pytest.mark.parametrize("key_byte", [3, 12])
def test_no_wrong_alignment_outranks_the_right_one(key_byte: int) -> None:
    """A rectangle's own z counts its cells as independent; a strong mark correlates with a
    wrong alignment alike in every cell, so that z grows with the area and once put two wrong
    alignments above the right whole-image one (the only two decoded: a missed mark). Ranked
    by the fold statistic every candidate shares, wrong alignments stay at noise level."""
    from synthguard.watermark import _tiled

    # Embedded as marks were when this was found (the sky at full strength, no texture cap):
    # a strong mark is the case that misranked.
    codec = watermark.TiledSpreadSpectrum(mask_lo=0.2, psnr=39.0, mask_cap=1e9)
    key = bytes([key_byte]) * 32
    marked = codec.embed(_sky_over_texture(), PAYLOAD, key)
    luma = _tiled._luma(marked)
    cands, _ = codec._candidates(codec._whiten(luma), luma, codec._layout(key))

    def right(c: _tiled._Candidate) -> bool:
        return c.d == 0 and abs(abs(np.linalg.det(c.lat)) ** 0.5 - codec.period) < 3

    whole = max(c.z for c in cands if right(c) and c.box is None)
    wrong = max(c.z for c in cands if not right(c))
    assert whole > 12 and wrong < whole - 6
    assert right(cands[0])
    found = codec.detect(marked, key)
    assert found.detected and found.payload == PAYLOAD


@pytest.mark.parametrize("factor", [1.25, 1.5, 1.75, 2.0, 3.0])
def test_enlarged_copies_are_found_at_half_size(marked: np.ndarray, factor: float) -> None:
    """An enlarged mark (upscaler, zoomed screenshot) has chips wider than the whitening
    filter; the half-size search finds it (x1.75 by its period: it is none of the common
    enlargements), reports the enlargement, and without that search the same picture goes
    undetected."""
    enlarged = attacks.apply("resize", marked, factor, seed=1)
    found = watermark.detect(enlarged, keys=[KEY])
    assert found.detected and found.payload == PAYLOAD
    assert found.scale == pytest.approx(factor, rel=0.02)
    without = watermark.TiledSpreadSpectrum(enlarge_gate=float("inf")).detect(enlarged, KEY)
    assert not without.detected


def test_enlarged_candidates_share_the_decoded_slots(
    marked: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The half-size candidates join the one ranking: at most ``n_decode`` alignments are
    read, so the threshold (and the bound) are those of every other image; an enlarged
    unmarked picture, every alignment decoded, stays below it."""
    seen = _captured_chips(monkeypatch)
    codec = watermark.TiledSpreadSpectrum(min_sync=0.0)
    host = natural_image(320, 384, seed=21)
    for factor in (1.5, 2.0):
        del seen[:]
        found = codec.detect(attacks.apply("resize", host, factor, seed=2), KEY)
        assert not found.detected and found.score < found.threshold
        assert len(seen) == codec.prm.n_decode
    found = codec.detect(attacks.apply("resize", marked, 2.0, seed=2), KEY)
    plain = codec.detect(marked, KEY)
    assert found.detected and found.threshold == plain.threshold


def test_periods_of_a_tiled_pattern() -> None:
    """The autocorrelation's period along each axis: that of a tiled noise pattern (here
    stretched differently per axis) over noise, and only periods in the range asked for."""
    from synthguard.watermark import _tiled

    rng = np.random.default_rng(5)
    tile = rng.standard_normal((40, 40)).astype(np.float32)
    pattern = np.tile(tile, (8, 8))
    stretched = cv2.resize(pattern, None, fx=1.5, fy=1.25, interpolation=cv2.INTER_LINEAR)
    field = stretched[:300, :360] + 2.0 * rng.standard_normal((300, 360)).astype(np.float32)
    lx, ly = _tiled._periods(field, 35.0, 93.0)
    assert lx == pytest.approx(60.0, abs=0.5) and ly == pytest.approx(50.0, abs=0.5)
    # Outside the range nothing is returned, not even the true period's neighbourhood.
    far = _tiled._periods(field, 70.0, 93.0)
    assert all(v == 0.0 or 70.0 <= v <= 93.5 for v in far)


def test_flat_areas_stay_untouched() -> None:
    # Mostly a smooth ramp with one textured corner: the ramp is the picture's typical texture,
    # so a mask relative to that alone would mark the ramp at full strength (visible mottle).
    rng = np.random.default_rng(5)
    ramp = np.linspace(120.0, 200.0, 384)[None, :, None].repeat(384, 0).repeat(3, 2)
    ramp[:128, :128] += rng.normal(0.0, 25.0, (128, 128, 1))
    host = np.clip(ramp, 0, 255).astype(np.uint8)
    marked = watermark.embed(host, PAYLOAD, key=KEY)
    changed = np.any(marked != host, axis=2)
    assert changed[192:, 192:].mean() < 0.02  # flat: rounding leaves it as it was
    assert changed[:112, :112].mean() > 0.5  # textured: it carries the mark
    found = watermark.detect(marked, keys=[KEY])
    assert found.detected and found.payload == PAYLOAD
