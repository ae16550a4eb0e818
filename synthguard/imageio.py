"""The only way untrusted bytes become pixels.

Every upload, file argument and dataset image goes through :func:`decode`. It sniffs the format
from magic bytes (the extension is never trusted), refuses anything but PNG, JPEG, WebP, GIF,
BMP and TIFF, checks the pixel count from the header before a single pixel is allocated,
decodes inside a ``try`` so a truncated or corrupt file is an :class:`InvalidImage`, applies the
EXIF orientation and converts every mode (CMYK, 16-bit, palette, alpha, greyscale) to 8-bit RGB
the same way each time. The alpha channel, if any, is kept beside the colour so that writers can
put it back.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from synthguard.config import get_settings
from synthguard.errors import InvalidImage, PayloadTooLarge

# Pillow's own bomb check is a global; ours uses the setting, so Pillow's is only a backstop.
Image.MAX_IMAGE_PIXELS = None

#: Formats accepted, by the name Pillow gives them.
FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF")

#: Extension → format used when writing.
EXTENSIONS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".webp": "WEBP",
    ".bmp": "BMP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".gif": "GIF",
}


@dataclass(frozen=True)
class DecodedImage:
    """Pixels decoded from untrusted bytes.

    ``rgb`` is ``(height, width, 3)`` uint8; ``alpha`` is ``(height, width)`` uint8 or ``None``.
    ``format`` is the sniffed container format, ``mode`` the Pillow mode before conversion.
    """

    rgb: np.ndarray
    alpha: np.ndarray | None
    format: str
    mode: str

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


def sniff(data: bytes) -> str | None:
    """The image format named by the first bytes, or ``None`` for anything we do not accept."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data.startswith(b"BM"):
        return "BMP"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    return None


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """Read a file, refusing one larger than ``max_bytes`` (default: the upload setting)."""
    limit = max_bytes or get_settings().max_upload_bytes
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise PayloadTooLarge(f"{path}: {size} bytes, above the limit of {limit} bytes")
        return path.read_bytes()
    except FileNotFoundError as e:
        raise InvalidImage(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise InvalidImage(f"{path}: is a directory") from e
    except PermissionError as e:
        raise InvalidImage(f"{path}: permission denied") from e


def decode(data: bytes, *, max_pixels: int | None = None) -> DecodedImage:
    """Decode untrusted bytes into RGB pixels, or raise :class:`InvalidImage`."""
    limit = max_pixels or get_settings().max_image_pixels
    if not data:
        raise InvalidImage("empty file: zero bytes")
    fmt = sniff(data)
    if fmt is None:
        raise InvalidImage(
            "unsupported or unrecognised image format; accepted: " + ", ".join(FORMATS)
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img: Image.Image = Image.open(io.BytesIO(data), formats=[fmt])
            width, height = img.size
            if width <= 0 or height <= 0:
                raise InvalidImage(f"{fmt} header declares an empty image ({width}×{height})")
            if width * height > limit:
                raise InvalidImage(
                    f"{fmt} image of {width}×{height} = {width * height} pixels is above the "
                    f"limit of {limit} pixels (decompression bomb or oversized image)",
                    width=width,
                    height=height,
                )
            # Animated GIF/WebP/TIFF: the first frame only.
            img.seek(0)
            img.load()
            mode = img.mode
            img = ImageOps.exif_transpose(img) or img
            rgb, alpha = _to_rgb(img)
    except InvalidImage:
        raise
    except (
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        MemoryError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        TypeError,
        IndexError,
        KeyError,
        ZeroDivisionError,
    ) as e:
        # Pillow reports truncation, bad chunks and unsupported sub-formats through a mix of
        # exception types; all of them mean the same thing to a caller.
        raise InvalidImage(f"corrupt or truncated {fmt} image: {e}") from e
    return DecodedImage(rgb=rgb, alpha=alpha, format=fmt, mode=mode)


def load(source: str | Path | bytes, *, max_pixels: int | None = None) -> DecodedImage:
    """Decode an image from a path or from bytes."""
    data = source if isinstance(source, bytes) else read_bytes(source)
    try:
        return decode(data, max_pixels=max_pixels)
    except InvalidImage as e:
        if isinstance(source, bytes):
            raise
        raise InvalidImage(f"{source}: {e.message}", **e.details) from e


def load_rgb(source: str | Path | bytes) -> np.ndarray:
    """Shortcut: the ``(height, width, 3)`` uint8 RGB pixels of an image path or bytes."""
    return load(source).rgb


def _to_rgb(img: Image.Image) -> tuple[np.ndarray, np.ndarray | None]:
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16- and 32-bit greyscale: keep the top 8 bits of the 16-bit range.
        grey = np.asarray(img, dtype=np.uint32)
        grey8 = np.clip(grey >> 8 if grey.max(initial=0) > 255 else grey, 0, 255)
        return np.repeat(grey8.astype(np.uint8)[..., None], 3, axis=2), None
    if mode == "F":
        grey = np.nan_to_num(np.asarray(img, dtype=np.float64))
        grey8 = np.clip(np.round(grey), 0, 255).astype(np.uint8)
        return np.repeat(grey8[..., None], 3, axis=2), None
    alpha: np.ndarray | None = None
    if mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    elif mode == "P":
        img = img.convert("RGB")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        img = img.convert("RGBA")
        rgba = np.asarray(img, dtype=np.uint8)
        alpha = np.ascontiguousarray(rgba[..., 3])
        return np.ascontiguousarray(rgba[..., :3]), alpha
    if img.mode != "RGB":
        img = img.convert("RGB")
    return np.ascontiguousarray(np.asarray(img, dtype=np.uint8)), None


def format_for_path(path: str | Path) -> str:
    """The format to write for a file name, from its extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise InvalidImage(
            f"{path}: cannot tell the output format from the extension {suffix!r}; use one of "
            + ", ".join(sorted(EXTENSIONS))
        )
    return EXTENSIONS[suffix]


def encode(
    rgb: np.ndarray,
    fmt: str = "PNG",
    *,
    quality: int = 95,
    alpha: np.ndarray | None = None,
) -> bytes:
    """Encode RGB pixels (and optional alpha) to bytes, losslessly for PNG, BMP and TIFF."""
    fmt = fmt.upper()
    if fmt == "JPG":
        fmt = "JPEG"
    img = Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8), "RGB")
    if alpha is not None and fmt in ("PNG", "WEBP", "TIFF"):
        img.putalpha(Image.fromarray(np.ascontiguousarray(alpha, dtype=np.uint8), "L"))
    buf = io.BytesIO()
    options: dict[str, object] = {}
    if fmt == "JPEG":
        options = {"quality": quality, "subsampling": 2 if quality < 90 else 0}
    elif fmt == "WEBP":
        options = {"quality": quality, "method": 4}
    elif fmt == "PNG":
        options = {"compress_level": 6}
    img.save(buf, format=fmt, **options)
    return buf.getvalue()


def save(
    path: str | Path,
    rgb: np.ndarray,
    *,
    quality: int = 95,
    alpha: np.ndarray | None = None,
) -> Path:
    """Write pixels to ``path`` in the format its extension names; write-then-rename."""
    path = Path(path)
    data = encode(rgb, format_for_path(path), quality=quality, alpha=alpha)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
