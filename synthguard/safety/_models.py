"""Loading the safety models' files: checksums and single-thread onnxruntime sessions.

Every classifier loads a file shipped inside a PyPI package; a file that is missing, or not
the one synthguard was calibrated on, is a :class:`ModelUnavailable` naming the install.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from synthguard.errors import ModelUnavailable


@lru_cache(maxsize=8)
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_model_file(path: Path, sha256: str | None, install: str, what: str) -> None:
    """Refuse a missing model file, or one whose checksum is not ``sha256``."""
    if not path.is_file():
        raise ModelUnavailable(f"no {what} at {path}; pip install '{install}'")
    if sha256 is not None and file_sha256(path) != sha256:
        raise ModelUnavailable(
            f"{path} is not the {what} synthguard was calibrated on; pip install '{install}'"
        )


def onnx_session(path: Path) -> Any:
    """An onnxruntime session on one thread: scores stay reproducible and cores stay free."""
    try:
        import onnxruntime as ort
    except ImportError as e:
        raise ModelUnavailable("onnxruntime is missing; pip install 'synthguard[safety]'") from e
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own exception types
        raise ModelUnavailable(f"cannot load {path}: {e}") from e
