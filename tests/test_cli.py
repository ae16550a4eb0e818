from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from synthguard import imageio
from synthguard.errors import ExitCode

import hostile
from conftest import REPO


def test_version(cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.stdout.startswith("synthguard ")


def test_doctor_json_reports_parts_and_paths(cli, _isolated_home: Path) -> None:
    result = cli("doctor", "--json")
    assert result.code == 0
    report = result.json
    assert report["data_dir"]["path"] == str(_isolated_home.resolve())
    assert report["database_url"].startswith("sqlite:///")
    assert report["keys"] == {"watermark": "absent", "signing": "absent"}
    assert report["components"]["service"]["status"] == "ok"
    for info in report["components"].values():
        assert info["status"] in {"ok", "missing", "broken"}
        if info["status"] == "missing":
            assert info["install"].startswith("pip install 'synthguard[")


def test_doctor_masks_database_passwords(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from synthguard.config import get_settings

    monkeypatch.setenv("SYNTHGUARD_DATABASE_URL", "postgresql+psycopg://sg:s3cret@db/sg")
    get_settings.cache_clear()
    report = cli("doctor", "--json").json
    assert report["database_url"] == "postgresql+psycopg://sg:***@db/sg"
    assert "s3cret" not in json.dumps(report)


def test_doctor_human_output(cli) -> None:
    result = cli("doctor")
    assert result.code == 0 and "component" in result.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["bogus", "--json"], "No such command"),
        (["attack", "--json"], "Missing argument"),
        (["attack", "a.png", "b.png", "--nope", "--json"], "No such option"),
    ],
)
def test_usage_errors_are_json_with_exit_2(cli, args: list[str], fragment: str) -> None:
    result = cli(*args)
    assert result.code == ExitCode.USAGE == 2
    error = result.json["error"]
    assert error["type"] == "UsageError" and error["code"] == 2
    assert fragment in error["message"]


def test_usage_error_without_json_goes_to_stderr(cli) -> None:
    result = cli("bogus")
    assert result.code == 2 and result.stdout == "" and "No such command" in result.stderr


def test_attack_round_trip(cli, tmp_path: Path, rgb: np.ndarray) -> None:
    src = imageio.save(tmp_path / "in.png", rgb)
    result = cli(
        "attack", src, tmp_path / "out.png", "--name", "crop_center", "--param", "0.25", "--json"
    )
    assert result.code == 0, result.stdout
    body = result.json
    assert body["steps"] == [{"name": "crop_center", "param": 0.25}]
    assert (body["height"], body["width"]) == (128, 160)
    assert imageio.load(tmp_path / "out.png").rgb.shape == (128, 160, 3)


def test_attack_chain_and_default_param(cli, tmp_path: Path, rgb: np.ndarray) -> None:
    src = imageio.save(tmp_path / "in.png", rgb)
    body = cli("attack", src, tmp_path / "o.jpg", "--name", "flip,jpeg", "--json").json
    assert body["steps"] == [{"name": "flip", "param": 0}, {"name": "jpeg", "param": 50}]
    bad = cli("attack", src, tmp_path / "o.jpg", "--name", "flip,jpeg", "--param", "3", "--json")
    assert bad.code == 2 and bad.json["error"]["type"] == "UsageError"


@pytest.mark.parametrize("name", sorted(hostile.REFUSED))
def test_hostile_inputs_exit_3_with_json_error(
    cli, tmp_path: Path, name: str, rgb: np.ndarray
) -> None:
    src = tmp_path / "hostile.png"
    src.write_bytes(hostile.REFUSED[name](rgb))
    out = tmp_path / "out.png"
    result = cli("attack", src, out, "--name", "jpeg", "--json")
    assert result.code == ExitCode.INVALID_INPUT == 3
    error = json.loads(result.stdout)["error"]  # exactly one JSON object on stdout
    assert error["type"] == "InvalidImage" and error["code"] == 3
    assert str(src) in error["message"]
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("one pixel", lambda rgb: hostile.encoded(np.zeros((1, 1, 3), np.uint8), "PNG")),
        ("wrong extension", lambda rgb: hostile.encoded(rgb, "JPEG")),
        ("16-bit tiff", lambda rgb: hostile.tiff16()),
        ("cmyk jpeg", lambda rgb: hostile.cmyk_jpeg()),
        ("animated gif", lambda rgb: hostile.animated_gif()),
    ],
)
def test_awkward_but_valid_inputs_are_decoded(
    cli, tmp_path: Path, name: str, data, rgb: np.ndarray
) -> None:
    src = tmp_path / "odd.png"
    src.write_bytes(data(rgb))
    result = cli("attack", src, tmp_path / "out.png", "--name", "flip", "--json")
    assert result.code == 0, result.stdout
    assert result.json["width"] >= 1


def test_unknown_output_extension_is_invalid_input(cli, tmp_path: Path, rgb: np.ndarray) -> None:
    src = imageio.save(tmp_path / "in.png", rgb)
    result = cli("attack", src, tmp_path / "out.xyz", "--json")
    assert result.code == 3 and "extension" in result.json["error"]["message"]


def test_installed_script_keeps_stdout_to_one_json_object(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "synthguard"
    if not script.exists():
        pytest.skip("synthguard script not installed in this environment")
    src = tmp_path / "bad.png"
    src.write_bytes(b"")
    proc = subprocess.run(
        [str(script), "attack", str(src), str(tmp_path / "o.png"), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={"SYNTHGUARD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin"},
    )
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["error"]["code"] == 3
    assert "Traceback" not in proc.stderr
