"""What ``synthguard fingerprint index`` and ``synthguard fingerprint match`` do.

The CLI only parses arguments, draws the progress bar and prints ``to_json()``; everything else
is here so scripts and the service can call it too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthguard.errors import InvalidInput, NotFound, SynthguardError

from ._registry import FingerprintIndex, FingerprintMatch

__all__ = [
    "IMAGE_SUFFIXES",
    "IndexSummary",
    "MatchReport",
    "MatchRow",
    "image_files",
    "index_directory",
    "match_paths",
]

#: File name endings taken as images when indexing a directory (case-insensitive).
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"})

#: ``progress(done, total, path)`` after each file.
Progress = Callable[[int, int, Path], None]


def image_files(directory: Path) -> list[Path]:
    """Image files under ``directory`` (recursively, hidden ones skipped), in sorted order."""
    if not directory.is_dir():
        raise (NotFound if not directory.exists() else InvalidInput)(
            f"{directory}: not a directory"
        )
    out: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [
            Path(root) / f
            for f in sorted(files)
            if not f.startswith(".") and Path(f).suffix.lower() in IMAGE_SUFFIXES
        ]
    return out


@dataclass(frozen=True)
class IndexSummary:
    """Result of indexing a directory: counts, and one error row per file that failed."""

    index: str
    directory: str
    added: int
    already_indexed: int
    total: int
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "directory": self.directory,
            "images": self.total,
            "added": self.added,
            "already_indexed": self.already_indexed,
            "errors": self.failed,
            "failures": self.errors,
        }


def index_directory(
    directory: str | os.PathLike[str],
    index_path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> IndexSummary:
    """Add every image under ``directory`` to the index at ``index_path`` (created if missing).

    The id of each image is its path relative to ``directory`` (POSIX separators). Images
    already in the index are skipped; a file that cannot be decoded is reported in
    ``errors`` and the batch goes on. The index is compacted (saved) at the end.
    """
    from synthguard import imageio

    root = Path(directory)
    files = image_files(root)
    index = FingerprintIndex.open(index_path)
    added = already = 0
    errors: list[dict[str, Any]] = []
    for n, path in enumerate(files, 1):
        name = path.relative_to(root).as_posix()
        try:
            if name in index:
                already += 1
            else:
                index.add(name, imageio.load(path).rgb)
                added += 1
        except SynthguardError as e:
            errors.append({"path": str(path), **e.to_json()})
        if progress is not None:
            progress(n, len(files), path)
    index.save()
    return IndexSummary(str(index_path), str(root), added, already, len(files), errors)


@dataclass(frozen=True)
class MatchRow:
    """One queried file: its accepted matches, or the error that stopped it."""

    path: str
    matches: tuple[FingerprintMatch, ...] = ()
    error: SynthguardError | None = None

    def to_json(self) -> dict[str, Any]:
        if self.error is not None:
            return {"path": self.path, **self.error.to_json()}
        return {"path": self.path, "matches": [m.to_json() for m in self.matches]}


@dataclass(frozen=True)
class MatchReport:
    rows: list[MatchRow]
    false_match_rate: float

    @property
    def failed(self) -> int:
        return sum(r.error is not None for r in self.rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "results": [r.to_json() for r in self.rows],
            "summary": {
                "images": len(self.rows),
                "matched": sum(bool(r.matches) for r in self.rows),
                "errors": self.failed,
                "false_match_rate": self.false_match_rate,
            },
        }


def match_paths(
    index_path: str | os.PathLike[str],
    paths: Sequence[str | os.PathLike[str]],
    progress: Progress | None = None,
    fmr: float | None = None,
) -> MatchReport:
    """Match every file against the index at ``index_path`` (which must exist).

    Only matches passing the threshold for the false-match rate ``fmr`` (default the index's,
    1e-4 per query) are listed. A bad file gets an error row; the others go on.
    """
    from synthguard import imageio

    index = FingerprintIndex.open(index_path, create=False)
    rows: list[MatchRow] = []
    for n, p in enumerate(paths, 1):
        path = Path(p)
        try:
            rows.append(MatchRow(str(path), tuple(index.match(imageio.load(path).rgb, fmr=fmr))))
        except SynthguardError as e:
            rows.append(MatchRow(str(path), error=e))
        if progress is not None:
            progress(n, len(paths), path)
    return MatchReport(rows, index.false_match_rate if fmr is None else fmr)
