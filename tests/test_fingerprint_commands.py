"""What `synthguard fingerprint index/match` do: synthguard.fingerprint.commands (and the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from synthguard import attacks
from synthguard.errors import IndexFormatError, NotFound
from synthguard.fingerprint import commands

from conftest import natural_image

pytest.importorskip("pdqhash")
pytest.importorskip("faiss")


def _save(rgb: np.ndarray, path: Path, fmt: str = "PNG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(rgb).save(path, format=fmt)
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "images"
    _save(natural_image(300, 400, seed=1), root / "a.png")
    _save(natural_image(300, 400, seed=2), root / "sub" / "b.jpg", "JPEG")
    _save(natural_image(300, 400, seed=3), root / ".hidden.png")
    (root / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    (root / "notes.txt").write_text("not an image")
    return root


def test_index_directory_adds_images_and_reports_bad_files(tree: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = commands.index_directory(
        tree, tmp_path / "idx", lambda done, total, _: seen.append((done, total))
    )
    assert (summary.added, summary.already_indexed, summary.failed, summary.total) == (2, 0, 1, 3)
    assert seen[-1] == (3, 3)
    body = summary.to_json()
    assert body["failures"][0]["path"].endswith("broken.png")
    assert body["failures"][0]["error"]["type"] == "InvalidImage"
    again = commands.index_directory(tree, tmp_path / "idx")
    assert (again.added, again.already_indexed) == (0, 2)
    json.dumps(body)  # plain JSON


def test_match_paths_lists_passing_matches_and_errors(tree: Path, tmp_path: Path) -> None:
    commands.index_directory(tree, tmp_path / "idx")
    crop = attacks.apply("crop_random", natural_image(300, 400, seed=2), 0.25, seed=4)
    query = _save(crop, tmp_path / "q" / "crop.png")
    other = _save(natural_image(300, 400, seed=50), tmp_path / "q" / "other.png")
    report = commands.match_paths(tmp_path / "idx", [query, other, tmp_path / "q" / "missing.png"])
    body = report.to_json()
    rows = body["results"]
    assert [m["id"] for m in rows[0]["matches"]] == ["sub/b.jpg"]
    assert rows[0]["matches"][0]["false_match_rate"] <= 1e-4
    assert rows[1]["matches"] == []
    assert rows[2]["error"]["type"] == "InvalidImage"
    assert body["summary"] == {
        "images": 3,
        "matched": 1,
        "errors": 1,
        "false_match_rate": 1e-4,
    }
    assert report.failed == 1


def test_match_paths_needs_an_existing_valid_index(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        commands.match_paths(tmp_path / "nope", [])
    (tmp_path / "file").write_text("x")
    with pytest.raises(IndexFormatError):
        commands.match_paths(tmp_path / "file", [])
    with pytest.raises(NotFound):
        commands.index_directory(tmp_path / "absent", tmp_path / "idx")


def test_cli_index_and_match_print_one_json_object(tree: Path, tmp_path: Path, cli) -> None:
    result = cli("fingerprint", "index", tree, "--index", tmp_path / "idx", "--json")
    assert result.code == 3  # broken.png failed; the others were added
    assert result.json["added"] == 2
    copy = _save(attacks.apply("jpeg", natural_image(300, 400, seed=1), 60), tmp_path / "c.jpg")
    found = cli("fingerprint", "match", "--index", tmp_path / "idx", copy, "--json")
    assert found.code == 0
    (row,) = found.json["results"]
    assert row["path"] == str(copy) and [m["id"] for m in row["matches"]] == ["a.png"]
    assert set(row["matches"][0]) == {"id", "score", "false_match_rate"}
