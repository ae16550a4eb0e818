"""The README's CLI examples run as written, on corpus images standing in for the file names."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("c2pa")
pytest.importorskip("face_recognition_models")


def readme_commands() -> list[list[str]]:
    """Every ``$sg ...`` line of the README's shell blocks, split like a shell would."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines: list[list[str]] = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$sg "):
                lines.append(shlex.split(line, comments=True)[1:])
    return lines


def test_the_readme_lists_the_main_commands() -> None:
    names = {args[0] for args in readme_commands()}
    assert {"watermark", "stamp", "verify", "fingerprint", "check", "credentials"} <= names


def test_every_readme_example_runs(cli, corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    photos = sorted((corpus / "photos").glob("kodak24_*.png"))
    faces = corpus / "faces"
    # The names the README uses, made real: photos for pictures, faces where a face is needed.
    shutil.copy(photos[0], "photo.png")
    shutil.copy(photos[1], "other.png")
    shutil.copy(photos[2], "upload.jpg")
    shutil.copy(photos[3], "generated.png")
    shutil.copy(faces / "deepface_img1.jpg", "jane.jpg")
    shutil.copy(faces / "deepface_img2.jpg", "consenting-face.jpg")
    Path("works").mkdir()
    for p in photos[4:8]:
        shutil.copy(p, Path("works") / p.name)

    outputs: dict[str, dict] = {}
    for args in readme_commands():
        result = cli(*args)
        assert result.code == 0, (args, result.stdout, result.stderr)
        if "--json" in args:
            outputs[" ".join(args[:2])] = json.loads(result.stdout)

    verdicts = [r["verdict"] for r in outputs["verify published.jpg"]["results"]]
    # The stamped file and its screenshot are ours; the plain photo is not.
    assert verdicts == ["generated", "generated", "not_found"]
    detected = outputs["watermark detect"]["results"]
    assert [r["detected"] for r in detected] == [True, False]
