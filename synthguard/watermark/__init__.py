"""Keyed invisible watermarks: ``embed(pixels, payload)`` and blind ``detect(pixels)``.

Codecs sit behind :class:`WatermarkCodec` and are looked up by name in :data:`CODECS`; the
default, ``tiled-ss``, is a periodic spread-spectrum mark with geometric synchronisation and a
48-bit payload under a convolutional code (see ``_tiled.py`` for the design and its
false-positive analysis). Keys come from the operator's key ring under ``SYNTHGUARD_HOME``
unless passed in.

>>> marked = embed(rgb, bytes.fromhex("0123456789ab"))
>>> detect(marked).payload.hex()
'0123456789ab'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar, Protocol

import numpy as np

from synthguard.config import Settings, get_settings
from synthguard.errors import InvalidImage, InvalidInput, InvalidKey, InvalidPayload
from synthguard.watermark._tiled import MIN_EMBED_SIDE, Detection, TiledSpreadSpectrum
from synthguard.watermark.keys import KEY_BYTES, KeyRing, WatermarkKeys, key_id


class WatermarkCodec(Protocol):
    """A blind, keyed watermark: what every codec in :data:`CODECS` provides."""

    name: ClassVar[str]
    payload_bits: ClassVar[int]

    def embed(self, rgb: np.ndarray, payload: bytes, key: bytes) -> np.ndarray: ...

    def detect(self, rgb: np.ndarray, key: bytes, fpr: float = 1e-6) -> Detection: ...


CODECS: dict[str, type[WatermarkCodec]] = {c.name: c for c in (TiledSpreadSpectrum,)}
DEFAULT_CODEC = TiledSpreadSpectrum.name
MIN_SIDE = MIN_EMBED_SIDE

_instances: dict[str, WatermarkCodec] = {}


def get_codec(name: str = DEFAULT_CODEC) -> WatermarkCodec:
    """The shared instance of a codec (codecs cache key-derived patterns)."""
    if name not in CODECS:
        known = ", ".join(sorted(CODECS))
        raise InvalidInput(f"unknown watermark codec {name!r}; known: {known}")
    if name not in _instances:
        _instances[name] = CODECS[name]()
    return _instances[name]


def _check_pixels(rgb: np.ndarray) -> None:
    if not isinstance(rgb, np.ndarray) or rgb.dtype != np.uint8 or rgb.ndim != 3:
        raise InvalidImage("the watermark works on (height, width, 3) uint8 RGB arrays")
    if rgb.shape[2] != 3:
        raise InvalidImage(f"expected 3 colour channels, got {rgb.shape[2]}")


def _check_key(key: bytes) -> bytes:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise InvalidKey(f"a watermark key is {KEY_BYTES} bytes")
    return bytes(key)


def parse_payload(text: str, bits: int = 48) -> bytes:
    """Parse a hexadecimal payload, as given on the command line."""
    cleaned = text.strip().lower().removeprefix("0x")
    if not cleaned:
        raise InvalidPayload("empty payload: give 1 to 12 hexadecimal digits")
    if len(cleaned) % 2:
        cleaned = "0" + cleaned
    try:
        payload = bytes.fromhex(cleaned)
    except ValueError:
        raise InvalidPayload(f"payload {text!r} is not hexadecimal") from None
    _check_payload(payload, bits)
    return payload


def _check_payload(payload: bytes, bits: int) -> None:
    if not isinstance(payload, bytes | bytearray) or len(payload) == 0:
        raise InvalidPayload("empty payload: the watermark carries 1 to 6 bytes")
    if len(payload) * 8 > bits:
        raise InvalidPayload(
            f"payload of {len(payload)} bytes is longer than the capacity of {bits // 8} bytes "
            f"({bits} bits)"
        )


def key_ring(settings: Settings | None = None) -> KeyRing:
    """The operator's watermark keys, created on first use."""
    return WatermarkKeys(settings or get_settings()).ring()


def embed(
    rgb: np.ndarray,
    payload: bytes,
    *,
    key: bytes | None = None,
    codec: str = DEFAULT_CODEC,
    settings: Settings | None = None,
) -> np.ndarray:
    """A marked copy of ``rgb`` carrying ``payload``, under ``key`` or the current operator key."""
    impl = get_codec(codec)
    _check_pixels(rgb)
    _check_payload(payload, impl.payload_bits)
    h, w = rgb.shape[:2]
    if min(h, w) < MIN_SIDE:
        raise InvalidImage(
            f"image is {w}×{h}; the watermark needs at least {MIN_SIDE}×{MIN_SIDE} pixels",
            minimum=MIN_SIDE,
        )
    secret = _check_key(key) if key is not None else key_ring(settings).current
    return impl.embed(rgb, bytes(payload), secret)


def detect(
    rgb: np.ndarray,
    *,
    keys: Sequence[bytes] | None = None,
    fpr: float | None = None,
    codec: str = DEFAULT_CODEC,
    settings: Settings | None = None,
) -> Detection:
    """Look for a mark under each key of the ring (or ``keys``), blind: pixels and keys only.

    ``fpr`` (default: the ``watermark_fpr`` setting) is the false-positive rate for the whole
    call: it is split evenly across keys, and the reported ``p_value`` is multiplied by the
    number of keys, so rotating keys never raises the rate of false detections.
    """
    settings = settings or get_settings()
    impl = get_codec(codec)
    _check_pixels(rgb)
    if min(rgb.shape[:2]) < 16:
        raise InvalidImage(f"image is {rgb.shape[1]}×{rgb.shape[0]}; too small to carry a mark")
    secrets_ = [_check_key(k) for k in keys] if keys is not None else list(key_ring(settings).all)
    if not secrets_:
        raise InvalidKey("no watermark key to detect with")
    rate = settings.watermark_fpr if fpr is None else fpr
    per_key = rate / len(secrets_)
    best: Detection | None = None
    for secret in secrets_:
        found = impl.detect(rgb, secret, per_key)
        found = replace(found, p_value=min(1.0, found.p_value * len(secrets_)))
        if found.detected:
            return found
        if best is None or found.p_value < best.p_value:
            best = found
    assert best is not None
    return best


def detection_json(found: Detection) -> dict[str, object]:
    """The JSON fields every surface (CLI, HTTP, verify) reports for a detection."""
    return {
        "detected": found.detected,
        "payload": found.payload.hex() if found.detected and found.payload is not None else None,
        "p_value": found.p_value,
        "bit_errors": found.bit_errors,
    }


__all__ = [
    "CODECS",
    "DEFAULT_CODEC",
    "MIN_SIDE",
    "Detection",
    "KeyRing",
    "TiledSpreadSpectrum",
    "WatermarkCodec",
    "WatermarkKeys",
    "detect",
    "detection_json",
    "embed",
    "get_codec",
    "key_id",
    "key_ring",
    "parse_payload",
]
