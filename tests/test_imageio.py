from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from synthguard import imageio
from synthguard.errors import ExitCode, InvalidImage, PayloadTooLarge

import hostile


@pytest.mark.parametrize("name", sorted(hostile.REFUSED))
def test_hostile_inputs_are_refused(name: str, rgb: np.ndarray) -> None:
    data = hostile.REFUSED[name](rgb)
    with pytest.raises(InvalidImage) as info:
        imageio.decode(data)
    assert info.value.exit_code == ExitCode.INVALID_INPUT
    assert info.value.message


def test_bomb_is_refused_from_the_header_before_decoding() -> None:
    with pytest.raises(InvalidImage, match=r"100000×100000 = 10000000000 pixels"):
        imageio.decode(hostile.png_bomb())


def test_pixel_cap_is_a_setting(rgb: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> None:
    from synthguard.config import get_settings

    data = hostile.encoded(rgb, "PNG")
    assert imageio.decode(data).rgb.shape == rgb.shape
    monkeypatch.setenv("SYNTHGUARD_MAX_IMAGE_PIXELS", str(rgb.shape[0] * rgb.shape[1] - 1))
    get_settings.cache_clear()
    with pytest.raises(InvalidImage, match="above the limit"):
        imageio.decode(data)


@pytest.mark.parametrize("fmt", ["PNG", "BMP", "TIFF"])
def test_lossless_formats_round_trip_exactly(fmt: str, rgb: np.ndarray) -> None:
    decoded = imageio.decode(imageio.encode(rgb, fmt))
    assert decoded.format == fmt
    np.testing.assert_array_equal(decoded.rgb, rgb)


@pytest.mark.parametrize(("fmt", "tolerance"), [("JPEG", 6.0), ("WEBP", 6.0)])
def test_lossy_formats_decode_close(fmt: str, tolerance: float, rgb: np.ndarray) -> None:
    decoded = imageio.decode(imageio.encode(rgb, fmt, quality=95))
    assert decoded.format == fmt
    assert np.abs(decoded.rgb.astype(int) - rgb).mean() < tolerance


def test_one_pixel_image_decodes() -> None:
    one = np.array([[[10, 20, 30]]], dtype=np.uint8)
    decoded = imageio.decode(hostile.encoded(one, "PNG"))
    assert decoded.rgb.tolist() == [[[10, 20, 30]]]


def test_format_is_sniffed_not_taken_from_the_extension(tmp_path, rgb: np.ndarray) -> None:
    path = tmp_path / "actually_png.jpg"
    path.write_bytes(hostile.encoded(rgb, "PNG"))
    decoded = imageio.load(path)
    assert decoded.format == "PNG"
    np.testing.assert_array_equal(decoded.rgb, rgb)


def test_sixteen_bit_tiff_keeps_the_top_byte() -> None:
    decoded = imageio.decode(hostile.tiff16())
    assert decoded.rgb.dtype == np.uint8 and decoded.rgb.shape == (64, 80, 3)
    row = decoded.rgb[0, :, 0].astype(int)
    assert row[0] == 0 and row[-1] == 255
    assert np.all(np.diff(row) >= 0)  # the ramp stays monotone
    assert np.array_equal(decoded.rgb[..., 0], decoded.rgb[..., 2])


def test_cmyk_jpeg_becomes_rgb_cyan() -> None:
    decoded = imageio.decode(hostile.cmyk_jpeg())
    assert decoded.mode == "CMYK"
    r, g, b = decoded.rgb.reshape(-1, 3).mean(axis=0)
    assert r < 40 and g > 200 and b > 200


def test_animated_gif_gives_the_first_frame() -> None:
    decoded = imageio.decode(hostile.animated_gif())
    assert decoded.rgb.shape == (30, 40, 3)
    assert decoded.rgb[..., 0].min() > 200 and decoded.rgb[..., 1].max() < 50


def test_exif_orientation_is_applied(rgb: np.ndarray) -> None:
    decoded = imageio.decode(hostile.exif_rotated_jpeg(rgb))
    assert decoded.rgb.shape == (rgb.shape[1], rgb.shape[0], 3)
    expected = np.rot90(rgb, k=-1)
    assert np.abs(decoded.rgb.astype(int) - expected).mean() < 6


def test_alpha_is_kept_beside_the_colour(rgb: np.ndarray) -> None:
    alpha = np.full(rgb.shape[:2], 128, dtype=np.uint8)
    alpha[:10] = 0
    decoded = imageio.decode(imageio.encode(rgb, "PNG", alpha=alpha))
    np.testing.assert_array_equal(decoded.rgb, rgb)
    assert decoded.alpha is not None
    np.testing.assert_array_equal(decoded.alpha, alpha)


def test_palette_with_transparency_becomes_rgb_and_alpha() -> None:
    img = Image.new("P", (8, 8), 1)
    img.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    img.info["transparency"] = 0
    img.putpixel((0, 0), 0)
    buf = io.BytesIO()
    img.save(buf, format="PNG", transparency=0)
    data = buf.getvalue()
    decoded = imageio.decode(data)
    assert decoded.alpha is not None
    assert decoded.alpha[0, 0] == 0 and decoded.alpha[1, 1] == 255
    assert decoded.rgb[1, 1].tolist() == [255, 0, 0]


def test_greyscale_becomes_three_equal_channels() -> None:
    grey = np.arange(64, dtype=np.uint8).reshape(8, 8) * 4
    buf = io.BytesIO()
    Image.fromarray(grey).save(buf, format="PNG")
    decoded = imageio.decode(buf.getvalue())
    for c in range(3):
        np.testing.assert_array_equal(decoded.rgb[..., c], grey)


def test_file_over_the_byte_limit_is_refused_without_reading(tmp_path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2000)
    with pytest.raises(PayloadTooLarge):
        imageio.read_bytes(path, max_bytes=1000)


def test_missing_file_is_invalid_input(tmp_path) -> None:
    with pytest.raises(InvalidImage, match="no such file"):
        imageio.load(tmp_path / "nope.png")


def test_save_picks_the_format_from_the_extension(tmp_path, rgb: np.ndarray) -> None:
    for ext, fmt in [(".png", "PNG"), (".jpg", "JPEG"), (".webp", "WEBP")]:
        path = imageio.save(tmp_path / f"out{ext}", rgb)
        assert imageio.load(path).format == fmt
    with pytest.raises(InvalidImage, match="extension"):
        imageio.save(tmp_path / "out.xyz", rgb)
    assert not list(tmp_path.glob(".*.tmp"))
