"""Hostile and awkward image files, built in code so the repo carries no binary fixtures."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
from PIL import Image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def encoded(rgb: np.ndarray, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format=fmt, **options)
    return buf.getvalue()


def truncated_png(rgb: np.ndarray) -> bytes:
    data = encoded(rgb, "PNG")
    return data[: len(data) // 2]


def truncated_jpeg(rgb: np.ndarray) -> bytes:
    data = encoded(rgb, "JPEG", quality=90)
    return data[: len(data) // 2]


def random_bytes(n: int = 4096, seed: int = 0) -> bytes:
    return np.random.default_rng(seed).integers(0, 256, n, dtype=np.uint8).tobytes()


def corrupt_png_body(rgb: np.ndarray) -> bytes:
    """A PNG with a valid header whose compressed pixel data is garbage."""
    data = bytearray(encoded(rgb, "PNG"))
    start = data.index(b"IDAT") + 4
    for i in range(start + 2, min(start + 400, len(data) - 16)):
        data[i] ^= 0xA5
    return bytes(data)


def tiff16(height: int = 64, width: int = 80) -> bytes:
    ramp = (np.arange(width, dtype=np.uint32)[None, :] * 65535 // (width - 1)).astype(np.uint16)
    grey = np.repeat(ramp, height, axis=0)
    buf = io.BytesIO()
    img = Image.fromarray(grey)
    assert img.mode.startswith("I;16"), img.mode
    img.save(buf, format="TIFF")
    return buf.getvalue()


def cmyk_jpeg(height: int = 64, width: int = 80) -> bytes:
    cmyk = np.zeros((height, width, 4), dtype=np.uint8)
    cmyk[..., 0] = 255  # pure cyan
    buf = io.BytesIO()
    Image.frombytes("CMYK", (width, height), cmyk.tobytes()).save(buf, format="JPEG", quality=95)
    return buf.getvalue()


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (40, 30), colour) for colour in ((255, 0, 0), (0, 255, 0))]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    return buf.getvalue()


def exif_rotated_jpeg(rgb: np.ndarray) -> bytes:
    img = Image.fromarray(rgb)
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise on display
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=95, exif=exif)
    return buf.getvalue()


#: Inputs every command that reads an image must refuse with exit code 3.
REFUSED = {
    "zero bytes": lambda rgb: b"",
    "random bytes": lambda rgb: random_bytes(),
    "truncated png": truncated_png,
    "truncated jpeg": truncated_jpeg,
    "png bomb": lambda rgb: png_bomb(),
    "corrupt png body": corrupt_png_body,
    "text file": lambda rgb: b"not an image at all\n" * 10,
    "svg": lambda rgb: b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
}
