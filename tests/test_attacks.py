from __future__ import annotations

import hashlib

import numpy as np
import pytest

from synthguard import attacks
from synthguard.errors import InvalidInput

from conftest import natural_image


def digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(float) - b.astype(float)) ** 2)
    return float("inf") if mse == 0 else 10 * np.log10(255**2 / mse)


@pytest.mark.parametrize("name", sorted(attacks.ATTACKS))
def test_same_seed_gives_the_same_bytes(name: str, rgb: np.ndarray) -> None:
    first = attacks.apply(name, rgb, seed=11)
    second = attacks.apply(name, rgb.copy(), seed=11)
    assert first.dtype == np.uint8 and first.ndim == 3 and first.shape[2] == 3
    assert digest(first) == digest(second)


@pytest.mark.parametrize("name", ["crop_random", "noise", "text_band", "cutout", "print_photo"])
def test_seeded_attacks_depend_on_the_seed(name: str, rgb: np.ndarray) -> None:
    assert digest(attacks.apply(name, rgb, seed=1)) != digest(attacks.apply(name, rgb, seed=2))


# Pure-numpy attacks pinned to golden digests: a change in them changes every benchmark.
GOLDEN = {
    ("flip", None): "241fce43215786ee",
    ("crop_center", 0.5): "9099b60c7526a501",
    ("crop_random", 0.25): "961d8e1bae1b5d32",
    ("brightness", 0.3): "0d3fc161de567b52",
    ("noise", 5.0): "d9bacfdbdfc1a137",
}


@pytest.mark.parametrize(("name", "param"), sorted(GOLDEN, key=str))
def test_golden_digests(name: str, param: float | None) -> None:
    # Integer input from the PCG64 stream: stable across numpy versions, unlike FFT output.
    source = np.random.default_rng(3).integers(0, 256, (64, 80, 3), dtype=np.uint8)
    out = attacks.apply(name, source, param, seed=5)
    assert digest(out) == GOLDEN[(name, param)]


def test_jpeg_quality_orders_the_damage(rgb: np.ndarray) -> None:
    q90, q50, q20 = (psnr(rgb, attacks.apply("jpeg", rgb, q)) for q in (90, 50, 20))
    assert q90 > q50 > q20 > 20
    assert attacks.apply("jpeg", rgb, 50).shape == rgb.shape


def test_webp_is_lossy_and_keeps_size(rgb: np.ndarray) -> None:
    out = attacks.apply("webp", rgb, 50)
    assert out.shape == rgb.shape and 25 < psnr(rgb, out) < 60


def test_resize_changes_size_by_the_factor(rgb: np.ndarray) -> None:
    assert attacks.apply("resize", rgb, 0.5).shape == (128, 160, 3)
    assert attacks.apply("resize", rgb, 2.0).shape == (512, 640, 3)
    back = attacks.apply("resize_back", rgb, 0.5)
    assert back.shape == rgb.shape and 20 < psnr(rgb, back) < 60


@pytest.mark.parametrize("area", [0.5, 0.25, 0.1])
def test_crops_keep_the_fraction_of_area(area: float, rgb: np.ndarray) -> None:
    for name in ("crop_center", "crop_random"):
        out = attacks.apply(name, rgb, area, seed=4)
        kept = out.shape[0] * out.shape[1] / (rgb.shape[0] * rgb.shape[1])
        assert abs(kept - area) < 0.02
        assert _is_subimage(out, rgb)


def _is_subimage(part: np.ndarray, whole: np.ndarray) -> bool:
    h, w = part.shape[:2]
    for top in range(whole.shape[0] - h + 1):
        for left in range(whole.shape[1] - w + 1):
            if np.array_equal(whole[top : top + h, left : left + w], part):
                return True
    return False


def test_centre_crop_is_centred(rgb: np.ndarray) -> None:
    out = attacks.apply("crop_center", rgb, 0.25)
    h, w = out.shape[:2]
    top, left = (rgb.shape[0] - h) // 2, (rgb.shape[1] - w) // 2
    np.testing.assert_array_equal(out, rgb[top : top + h, left : left + w])


def test_rotate_keeps_size_and_fills_corners_black(rgb: np.ndarray) -> None:
    out = attacks.apply("rotate", rgb, 10)
    assert out.shape == rgb.shape
    assert out[0, 0].tolist() == [0, 0, 0] and out[-1, -1].tolist() == [0, 0, 0]
    assert psnr(rgb, out) < 25


def test_rotate_crop_leaves_no_black_corner(rgb: np.ndarray) -> None:
    out = attacks.apply("rotate_crop", rgb, 10)
    assert out.shape[0] < rgb.shape[0] and out.shape[1] < rgb.shape[1]
    corners = [out[0, 0], out[0, -1], out[-1, 0], out[-1, -1]]
    assert all(int(c.sum()) > 30 for c in corners)


def test_flip_mirrors(rgb: np.ndarray) -> None:
    np.testing.assert_array_equal(attacks.apply("flip", rgb), rgb[:, ::-1])


def test_brightness_contrast_saturation_move_the_right_statistic(rgb: np.ndarray) -> None:
    assert attacks.apply("brightness", rgb, 0.3).mean() > rgb.mean() * 1.2
    assert attacks.apply("brightness", rgb, -0.3).mean() < rgb.mean() * 0.8
    assert attacks.apply("contrast", rgb, 0.3).std() > rgb.std() * 1.15
    assert attacks.apply("contrast", rgb, -0.5).std() < rgb.std() * 0.6

    def chroma(a: np.ndarray) -> float:
        return float(np.abs(a.astype(float) - a.mean(axis=2, keepdims=True)).mean())

    assert chroma(attacks.apply("saturation", rgb, 0.5)) > chroma(rgb) * 1.3
    grey = attacks.apply("saturation", rgb, -1.0)
    assert chroma(grey) < 1.0


def test_noise_has_the_asked_sigma(rgb: np.ndarray) -> None:
    mid = np.full((200, 200, 3), 128, np.uint8)  # no clipping at mid-grey
    diff = attacks.apply("noise", mid, 5, seed=0).astype(float) - 128
    assert abs(diff.std() - 5) < 0.2 and abs(diff.mean()) < 0.1


def test_blur_removes_high_frequencies(rgb: np.ndarray) -> None:
    def detail(a: np.ndarray) -> float:
        return float(np.abs(np.diff(a.astype(float), axis=1)).mean())

    assert detail(attacks.apply("blur", rgb, 1)) < 0.7 * detail(rgb)
    assert detail(attacks.apply("blur", rgb, 3)) < detail(attacks.apply("blur", rgb, 1))


def test_text_band_covers_only_a_band_of_the_asked_height(rgb: np.ndarray) -> None:
    out = attacks.apply("text_band", rgb, 0.15, seed=2)
    changed_rows = np.flatnonzero((out != rgb).any(axis=(1, 2)))
    assert len(changed_rows) == round(rgb.shape[0] * 0.15)
    assert changed_rows[-1] - changed_rows[0] + 1 == len(changed_rows)  # contiguous
    assert (out[changed_rows] == 255).any()  # the caption is drawn in white


def test_cutout_pastes_the_scaled_image_on_the_background(rgb: np.ndarray) -> None:
    background = natural_image(seed=9)
    out = attacks.apply("cutout", rgb, 0.5, seed=3, background=background)
    assert out.shape == rgb.shape
    small = attacks.apply("resize", rgb, 0.5)
    assert _is_subimage(small, out)
    unchanged = (out == background).all(axis=2).mean()
    assert 0.70 < unchanged < 0.80


def test_cutout_without_background_uses_a_synthetic_one(rgb: np.ndarray) -> None:
    out = attacks.apply("cutout", rgb, 0.5, seed=3)
    assert _is_subimage(attacks.apply("resize", rgb, 0.5), out)


def test_screenshot_rescales_and_compresses(rgb: np.ndarray) -> None:
    out = attacks.apply("screenshot", rgb)
    assert out.shape == (192, 240, 3)


def test_print_photo_warps_and_keeps_size(rgb: np.ndarray) -> None:
    out = attacks.apply("print_photo", rgb, 1.0, seed=1)
    assert out.shape == rgb.shape
    assert 12 < psnr(rgb, out) < 30


def test_chains_apply_in_order(rgb: np.ndarray) -> None:
    steps = attacks.parse_chain("crop_center=0.5, jpeg=75")
    assert steps == [("crop_center", 0.5), ("jpeg", 75.0)]
    out = attacks.run_chain(rgb, steps, seed=0)
    manual = attacks.apply("jpeg", attacks.apply("crop_center", rgb, 0.5, seed=0), 75, seed=1)
    np.testing.assert_array_equal(out, manual)
    assert attacks.parse_chain("flip") == [("flip", None)]


@pytest.mark.parametrize("spec", ["", "nope", "jpeg=abc", "jpeg=50,,bogus=1"])
def test_bad_chains_are_invalid_input(spec: str) -> None:
    with pytest.raises(InvalidInput):
        attacks.parse_chain(spec)


@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("jpeg", 0),
        ("jpeg", 101),
        ("crop_center", 0),
        ("crop_random", 1.5),
        ("resize", -1),
        ("cutout", 2),
        ("text_band", 0),
    ],
)
def test_out_of_range_parameters_are_invalid_input(
    name: str, param: float, rgb: np.ndarray
) -> None:
    with pytest.raises(InvalidInput):
        attacks.apply(name, rgb, param)


def test_wrong_array_is_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        attacks.apply("flip", np.zeros((4, 4), np.uint8))
    with pytest.raises(InvalidInput):
        attacks.apply("flip", np.zeros((4, 4, 3), np.float32))


def test_standard_suite_names_only_known_attacks() -> None:
    labels = [e.label for e in attacks.STANDARD_SUITE]
    assert len(labels) == len(set(labels))
    for entry in attacks.STANDARD_SUITE:
        for name, _ in entry.steps:
            assert name in attacks.ATTACKS
