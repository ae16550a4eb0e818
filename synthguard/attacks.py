"""Deterministic, seeded image transforms for robustness tests and benchmarks.

People evaluating a watermark or a fingerprint want the same attacks we measure with, so this
module is public. Every attack maps an RGB uint8 array to a new RGB uint8 array; the same input,
parameter and seed always give the same bytes.

>>> from synthguard import attacks
>>> out = attacks.apply("jpeg", rgb, 50)
>>> out = attacks.run_chain(rgb, attacks.parse_chain("crop_center=0.5,jpeg=75"), seed=3)

:data:`STANDARD_SUITE` is the list of attacks every robustness benchmark reports.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from synthguard.errors import InvalidInput

AttackFn = Callable[[np.ndarray, float, np.random.Generator], np.ndarray]


@dataclass(frozen=True)
class Attack:
    """One named transform with its parameter's meaning and default."""

    name: str
    fn: AttackFn
    default: float
    param: str
    description: str

    def __call__(
        self,
        rgb: np.ndarray,
        param: float | None = None,
        seed: int = 0,
        background: np.ndarray | None = None,
    ) -> np.ndarray:
        value = self.default if param is None else float(param)
        rng = np.random.default_rng(seed)
        if self.fn is cutout:
            out = cutout(_check(rgb), value, rng, background=background)
        else:
            out = self.fn(_check(rgb), value, rng)
        return np.ascontiguousarray(out, dtype=np.uint8)


def _check(rgb: np.ndarray) -> np.ndarray:
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise InvalidInput(f"attacks take (height, width, 3) uint8 RGB arrays, got {rgb.shape}")
    return rgb


def _to_u8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x), 0, 255).astype(np.uint8)


def _codec(rgb: np.ndarray, fmt: str, quality: float) -> np.ndarray:
    q = round(quality)
    if not 1 <= q <= 100:
        raise InvalidInput(f"{fmt} quality must be in 1..100, got {quality}")
    buf = io.BytesIO()
    options: dict[str, object] = {"quality": q}
    if fmt == "WEBP":
        options["method"] = 4
    Image.fromarray(rgb, "RGB").save(buf, format=fmt, **options)
    buf.seek(0)
    with Image.open(buf) as img:
        return np.asarray(img.convert("RGB"), dtype=np.uint8)


def _resize_to(rgb: np.ndarray, width: int, height: int) -> np.ndarray:
    width, height = max(1, width), max(1, height)
    shrinking = width * height < rgb.shape[0] * rgb.shape[1]
    interp = cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC
    return cv2.resize(rgb, (width, height), interpolation=interp)


def jpeg(rgb: np.ndarray, quality: float, rng: np.random.Generator) -> np.ndarray:
    return _codec(rgb, "JPEG", quality)


def webp(rgb: np.ndarray, quality: float, rng: np.random.Generator) -> np.ndarray:
    return _codec(rgb, "WEBP", quality)


def resize(rgb: np.ndarray, factor: float, rng: np.random.Generator) -> np.ndarray:
    if factor <= 0:
        raise InvalidInput(f"resize factor must be positive, got {factor}")
    h, w = rgb.shape[:2]
    return _resize_to(rgb, round(w * factor), round(h * factor))


def resize_back(rgb: np.ndarray, factor: float, rng: np.random.Generator) -> np.ndarray:
    h, w = rgb.shape[:2]
    return _resize_to(resize(rgb, factor, rng), w, h)


def _crop_box(h: int, w: int, area: float) -> tuple[int, int]:
    if not 0 < area <= 1:
        raise InvalidInput(f"kept area must be in (0, 1], got {area}")
    side = math.sqrt(area)
    return max(1, round(h * side)), max(1, round(w * side))


def crop_center(rgb: np.ndarray, area: float, rng: np.random.Generator) -> np.ndarray:
    h, w = rgb.shape[:2]
    ch, cw = _crop_box(h, w, area)
    top, left = (h - ch) // 2, (w - cw) // 2
    return rgb[top : top + ch, left : left + cw].copy()


def crop_random(rgb: np.ndarray, area: float, rng: np.random.Generator) -> np.ndarray:
    h, w = rgb.shape[:2]
    ch, cw = _crop_box(h, w, area)
    top = int(rng.integers(0, h - ch + 1))
    left = int(rng.integers(0, w - cw + 1))
    return rgb[top : top + ch, left : left + cw].copy()


def _rotation(rgb: np.ndarray, degrees: float) -> np.ndarray:
    h, w = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(
        rgb,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )


def rotate(rgb: np.ndarray, degrees: float, rng: np.random.Generator) -> np.ndarray:
    """Rotate about the centre, keeping the size; corners are filled with black."""
    return _rotation(rgb, degrees)


def rotate_crop(rgb: np.ndarray, degrees: float, rng: np.random.Generator) -> np.ndarray:
    """Rotate, then crop to the largest axis-aligned rectangle with no filled corner."""
    h, w = rgb.shape[:2]
    rotated = _rotation(rgb, degrees)
    cw, ch = _largest_rotated_rect(w, h, math.radians(degrees))
    top, left = (h - ch) // 2, (w - cw) // 2
    return rotated[top : top + ch, left : left + cw].copy()


def _largest_rotated_rect(w: int, h: int, angle: float) -> tuple[int, int]:
    """Size of the largest axis-aligned rectangle inside a ``w``×``h`` one rotated by ``angle``."""
    if w <= 0 or h <= 0:
        return 0, 0
    sin_a, cos_a = abs(math.sin(angle)), abs(math.cos(angle))
    long_side, short_side = max(w, h), min(w, h)
    if short_side <= 2.0 * sin_a * cos_a * long_side or abs(sin_a - cos_a) < 1e-10:
        x = 0.5 * short_side
        wr, hr = (x / sin_a, x / cos_a) if w >= h else (x / cos_a, x / sin_a)
    else:
        cos_2a = cos_a * cos_a - sin_a * sin_a
        wr, hr = (w * cos_a - h * sin_a) / cos_2a, (h * cos_a - w * sin_a) / cos_2a
    # One pixel of margin: interpolation blends the black fill into the border row.
    return max(1, int(wr) - 2), max(1, int(hr) - 2)


def flip(rgb: np.ndarray, _: float, rng: np.random.Generator) -> np.ndarray:
    return rgb[:, ::-1].copy()


def brightness(rgb: np.ndarray, delta: float, rng: np.random.Generator) -> np.ndarray:
    """Multiply every channel by ``1 + delta`` (``delta=0.3`` is +30%)."""
    return _to_u8(rgb.astype(np.float32) * (1.0 + delta))


def contrast(rgb: np.ndarray, delta: float, rng: np.random.Generator) -> np.ndarray:
    """Stretch (``delta > 0``) or flatten the spread around the mean grey by ``1 + delta``."""
    x = rgb.astype(np.float32)
    mean = x.mean()
    return _to_u8((x - mean) * (1.0 + delta) + mean)


def saturation(rgb: np.ndarray, delta: float, rng: np.random.Generator) -> np.ndarray:
    x = rgb.astype(np.float32)
    grey = (x @ np.array([0.299, 0.587, 0.114], dtype=np.float32))[..., None]
    return _to_u8((x - grey) * (1.0 + delta) + grey)


def noise(rgb: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Add independent Gaussian noise of standard deviation ``sigma`` (in 0..255 units)."""
    return _to_u8(rgb.astype(np.float32) + rng.normal(0.0, sigma, rgb.shape).astype(np.float32))


def blur(rgb: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    if sigma <= 0:
        return rgb.copy()
    return cv2.GaussianBlur(rgb, (0, 0), sigmaX=sigma, sigmaY=sigma, borderType=cv2.BORDER_REFLECT)


_CAPTIONS = ("BREAKING NEWS", "Photo of the day", "#viral", "Shared from a friend", "LIVE")


def text_band(rgb: np.ndarray, fraction: float, rng: np.random.Generator) -> np.ndarray:
    """Cover a full-width band of ``fraction`` of the height with a caption box and text."""
    if not 0 < fraction <= 1:
        raise InvalidInput(f"band fraction must be in (0, 1], got {fraction}")
    h, w = rgb.shape[:2]
    band = max(1, round(h * fraction))
    top = int(rng.integers(0, h - band + 1))
    img = Image.fromarray(rgb, "RGB")
    draw = ImageDraw.Draw(img)
    shade = tuple(int(v) for v in rng.integers(0, 60, 3))
    draw.rectangle((0, top, w, top + band - 1), fill=shade)
    font = ImageFont.load_default(size=max(8, int(band * 0.6)))
    caption = _CAPTIONS[int(rng.integers(0, len(_CAPTIONS)))]
    draw.text((int(w * 0.04), top + band * 0.15), caption, fill=(255, 255, 255), font=font)
    return np.asarray(img, dtype=np.uint8)


def synthetic_background(height: int, width: int, rng: np.random.Generator) -> np.ndarray:
    """A seeded photo-like background (1/f noise in colour) for cutouts without a photo."""
    spectrum = rng.normal(size=(height, width)) + 1j * rng.normal(size=(height, width))
    fy = np.fft.fftfreq(height)[:, None]
    fx = np.fft.fftfreq(width)[None, :]
    falloff = 1.0 / np.maximum(np.hypot(fy, fx), 1.0 / max(height, width))
    field = np.real(np.fft.ifft2(spectrum * falloff))
    field = (field - field.mean()) / (field.std() + 1e-9)
    tint = rng.uniform(60, 200, 3)
    return _to_u8(tint[None, None, :] + 40.0 * field[..., None])


def cutout(
    rgb: np.ndarray,
    scale: float,
    rng: np.random.Generator,
    background: np.ndarray | None = None,
) -> np.ndarray:
    """Paste the image, scaled by ``scale``, at a seeded place on another picture of its size."""
    if not 0 < scale <= 1:
        raise InvalidInput(f"cutout scale must be in (0, 1], got {scale}")
    h, w = rgb.shape[:2]
    if background is None:
        canvas = synthetic_background(h, w, rng)
    else:
        canvas = _resize_to(_check(background), w, h)
    small = resize(rgb, scale, rng)
    sh, sw = small.shape[:2]
    top = int(rng.integers(0, h - sh + 1))
    left = int(rng.integers(0, w - sw + 1))
    canvas = canvas.copy()
    canvas[top : top + sh, left : left + sw] = small
    return canvas


def screenshot(rgb: np.ndarray, scale: float, rng: np.random.Generator) -> np.ndarray:
    """What a screenshot shared online does: rescale by ``scale``, JPEG 80, saved as PNG."""
    return jpeg(resize(rgb, scale, rng), 80, rng)


def print_photo(rgb: np.ndarray, strength: float, rng: np.random.Generator) -> np.ndarray:
    """A photo of a print: perspective warp, uneven lighting, gamma, blur, sensor noise, JPEG."""
    h, w = rgb.shape[:2]
    jitter = 0.04 * strength
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    offsets = rng.uniform(0, jitter, (4, 2)) * np.array([w, h], dtype=np.float32)
    inward = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float32)
    dst = (src + offsets * inward).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        rgb, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    ).astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (xx / w - 0.5) * math.cos(angle) + (yy / h - 0.5) * math.sin(angle)
    light = 1.0 + 0.25 * strength * ramp
    lit = 255.0 * ((warped * light[..., None]).clip(0, 255) / 255.0) ** (1.0 + 0.1 * strength)
    soft = cv2.GaussianBlur(lit, (0, 0), sigmaX=0.8 + 0.4 * strength)
    noisy = soft + rng.normal(0.0, 2.0 + 1.0 * strength, soft.shape).astype(np.float32)
    return jpeg(_to_u8(noisy), 90, rng)


ATTACKS: dict[str, Attack] = {
    a.name: a
    for a in (
        Attack("jpeg", jpeg, 50, "quality", "JPEG re-encode at quality q"),
        Attack("webp", webp, 50, "quality", "WebP re-encode at quality q"),
        Attack("resize", resize, 0.5, "factor", "rescale by a factor (kept at the new size)"),
        Attack("resize_back", resize_back, 0.5, "factor", "rescale by a factor and back"),
        Attack("crop_center", crop_center, 0.5, "area", "centre crop keeping a fraction of area"),
        Attack("crop_random", crop_random, 0.25, "area", "seeded crop keeping a fraction of area"),
        Attack("rotate", rotate, 5, "degrees", "rotate, same size, black corners"),
        Attack("rotate_crop", rotate_crop, 5, "degrees", "rotate and crop to the valid region"),
        Attack("flip", flip, 0, "unused", "horizontal mirror"),
        Attack("brightness", brightness, 0.3, "delta", "multiply by 1 + delta"),
        Attack("contrast", contrast, 0.3, "delta", "scale the spread around the mean"),
        Attack("saturation", saturation, 0.3, "delta", "scale the distance from grey"),
        Attack("noise", noise, 5, "sigma", "additive Gaussian noise"),
        Attack("blur", blur, 1, "sigma", "Gaussian blur"),
        Attack("text_band", text_band, 0.15, "fraction", "caption band over a fraction of height"),
        Attack("cutout", cutout, 0.5, "scale", "image scaled and pasted on another picture"),
        Attack("screenshot", screenshot, 0.75, "scale", "rescale, JPEG 80, saved losslessly"),
        Attack("print_photo", print_photo, 1.0, "strength", "photo of a print: warp+light+blur"),
    )
}

Step = tuple[str, float | None]


def apply(
    name: str,
    rgb: np.ndarray,
    param: float | None = None,
    seed: int = 0,
    background: np.ndarray | None = None,
) -> np.ndarray:
    """Apply the attack called ``name``; ``param=None`` takes its default.

    ``background`` is the picture a ``cutout`` pastes onto (another photo, in benchmarks);
    without it a seeded synthetic one is used. Other attacks ignore it.
    """
    try:
        attack = ATTACKS[name]
    except KeyError:
        raise InvalidInput(
            f"unknown attack {name!r}; known: {', '.join(sorted(ATTACKS))}"
        ) from None
    return attack(rgb, param, seed, background)


def parse_chain(spec: str) -> list[Step]:
    """Parse ``"crop_center=0.5,jpeg=75"`` (or ``"flip"``) into a list of steps."""
    steps: list[Step] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, value = part.partition("=")
        name = name.strip()
        if name not in ATTACKS:
            raise InvalidInput(f"unknown attack {name!r} in chain {spec!r}")
        try:
            steps.append((name, float(value) if value.strip() else None))
        except ValueError:
            raise InvalidInput(f"attack parameter {value!r} in {spec!r} is not a number") from None
    if not steps:
        raise InvalidInput("empty attack chain")
    return steps


def run_chain(
    rgb: np.ndarray,
    steps: Sequence[Step],
    seed: int = 0,
    background: np.ndarray | None = None,
) -> np.ndarray:
    """Apply steps in order; step ``i`` draws from ``seed + i`` so chains stay reproducible."""
    out = rgb
    for i, (name, param) in enumerate(steps):
        out = apply(name, out, param, seed + i, background)
    return out


@dataclass(frozen=True)
class SuiteEntry:
    """A row of a robustness table: a label and the chain it stands for."""

    label: str
    steps: tuple[Step, ...]
    group: str  # "strict" rows have the tightest targets, "geometric" looser ones


#: The attacks every robustness benchmark reports, with the label used in tables.
STANDARD_SUITE: tuple[SuiteEntry, ...] = (
    SuiteEntry("none", (), "strict"),
    SuiteEntry("jpeg 50", (("jpeg", 50),), "strict"),
    SuiteEntry("webp 50", (("webp", 50),), "strict"),
    SuiteEntry("resize x0.5", (("resize", 0.5),), "strict"),
    SuiteEntry("resize x0.5 and back", (("resize_back", 0.5),), "strict"),
    SuiteEntry("centre crop 50%", (("crop_center", 0.5),), "strict"),
    SuiteEntry("random crop 25%", (("crop_random", 0.25),), "strict"),
    SuiteEntry("text band 15%", (("text_band", 0.15),), "strict"),
    SuiteEntry("cutout x0.5", (("cutout", 0.5),), "strict"),
    SuiteEntry("screenshot", (("screenshot", 0.75),), "strict"),
    SuiteEntry("brightness +30%", (("brightness", 0.3),), "strict"),
    SuiteEntry("brightness -30%", (("brightness", -0.3),), "strict"),
    SuiteEntry("noise 5", (("noise", 5),), "strict"),
    SuiteEntry("blur 1", (("blur", 1),), "strict"),
    SuiteEntry("crop 50% + jpeg 75", (("crop_center", 0.5), ("jpeg", 75)), "strict"),
    SuiteEntry("rotate 5 (cropped)", (("rotate_crop", 5),), "geometric"),
    SuiteEntry("flip", (("flip", None),), "geometric"),
    SuiteEntry("photo of print", (("print_photo", 1.0),), "geometric"),
)
