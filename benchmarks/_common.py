"""Shared plumbing of the benchmark scripts: corpus, one-core timing, tables, docs sections.

Import this module before numpy/OpenCV so that every library runs on one thread: the targets
are stated per core, and the machines are shared and noisy, so each script also measures the
peer it compares with in the same run and reports ratios.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import platform  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

cv2.setNumThreads(1)

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
BENCHMARKS_MD = DOCS / "benchmarks.md"
DEFAULT_CORPUS = Path(os.environ.get("SYNTHGUARD_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_photos(corpus: Path, limit: int | None = None) -> list[Path]:
    """Corpus photos in a fixed order spread over the sub-sets (not the first N of one set)."""
    photos = sorted((corpus / "photos").glob("*.png")) + sorted((corpus / "photos").glob("*.jpg"))
    if not photos:
        sys.exit(f"no photos under {corpus / 'photos'}; set --corpus or SYNTHGUARD_CORPUS")
    if limit is None or limit >= len(photos):
        return photos
    rng = np.random.default_rng(20261123)
    picked = sorted(rng.choice(len(photos), size=limit, replace=False))
    return [photos[i] for i in picked]


class Timer:
    """Accumulates wall time and megapixels of one operation."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.megapixels = 0.0
        self.calls = 0

    def time(self, megapixels: float):
        timer = self

        class _Span:
            def __enter__(self) -> None:
                self.start = time.perf_counter()

            def __exit__(self, *exc: object) -> None:
                timer.seconds += time.perf_counter() - self.start
                timer.megapixels += megapixels
                timer.calls += 1

        return _Span()

    @property
    def ms_per_mp(self) -> float:
        return 1000.0 * self.seconds / self.megapixels if self.megapixels else float("nan")


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0**2 / mse)


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    from skimage.metrics import structural_similarity

    return float(structural_similarity(a, b, channel_axis=2, data_range=255))


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def machine_line() -> str:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        rev = "?"
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"commit {rev or '?'}, {time.strftime('%Y-%m-%d', time.gmtime())}"
    )


def write_section(name: str, body: str) -> None:
    """Replace the section between ``<!-- name:begin -->`` and ``<!-- name:end -->``."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = BENCHMARKS_MD.read_text() if BENCHMARKS_MD.exists() else "# Benchmarks\n"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    text = (
        pattern.sub(lambda _: block, text)
        if pattern.search(text)
        else f"{text.rstrip()}\n\n{block}\n"
    )
    BENCHMARKS_MD.write_text(text)
