"""`synthguard stamp` and `synthguard verify`: the JSON contract and the exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import natural_image, png_bytes

pytest.importorskip("c2pa")


def test_stamp_then_verify_over_the_cli(cli, tmp_path: Path) -> None:
    (tmp_path / "in.png").write_bytes(png_bytes(natural_image(288, 320)))
    stamped = cli("stamp", tmp_path / "in.png", tmp_path / "out.jpg", "--model", "demo", "--json")
    assert stamped.code == 0, stamped.stdout
    gen_id = stamped.json["generation_id"]
    assert stamped.json["layers"] == ["watermark", "iptc", "c2pa", "registry", "fingerprint"]

    (tmp_path / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    # Another picture: the unstamped source itself is a copy of a generated image, and the
    # fingerprint rightly says so.
    (tmp_path / "other.png").write_bytes(png_bytes(natural_image(288, 320, seed=3)))
    checked = cli(
        "verify", tmp_path / "out.jpg", tmp_path / "other.png", tmp_path / "bad.png", "--json"
    )
    assert checked.code == 3  # one file failed; the others are still reported
    ours, plain, bad = checked.json["results"]
    assert (ours["verdict"], ours["generation_id"]) == ("generated", gen_id)
    assert set(ours) >= {"path", "verdict", "generation_id", "false_positive_rate", "explanation"}
    assert set(ours["signals"]) == {"c2pa", "iptc", "watermark", "fingerprint"}
    assert plain["verdict"] == "not_found" and plain["false_positive_rate"] is None
    assert bad["error"]["type"] == "InvalidImage"
    assert checked.json["summary"]["generated"] == 1


def test_stamp_refuses_an_unknown_output_format(cli, tmp_path: Path) -> None:
    (tmp_path / "in.png").write_bytes(png_bytes(natural_image(288, 320)))
    result = cli("stamp", tmp_path / "in.png", tmp_path / "out.gif", "--json")
    assert result.code == 3
    assert result.json["error"]["type"] == "InvalidImage"
    assert not (tmp_path / "out.gif").exists()
