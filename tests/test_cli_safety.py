from __future__ import annotations

import pytest

pytest.importorskip("anyascii")


def test_allowed_prompt_exits_0_with_the_decision(cli) -> None:
    result = cli("check", "prompt", "a watercolour of a lighthouse at dusk", "--json")
    assert result.code == 0
    assert result.json["action"] == "allow" and result.json["reasons"] == []
    assert result.json["policy_version"]


def test_refused_prompt_exits_4_and_names_the_evidence(cli) -> None:
    result = cli("check", "prompt", "Paris Hilton on a beach", "--json")
    assert result.code == 4
    reasons = result.json["reasons"]
    assert result.json["action"] == "refuse"
    assert any(
        r["category"] == "public_figure" and r["evidence"] == "Paris Hilton" for r in reasons
    )


def test_same_prompt_twice_gives_the_same_bytes(cli) -> None:
    first = cli("check", "prompt", "a crowd at a rally, photorealistic", "--json").stdout
    assert first == cli("check", "prompt", "a crowd at a rally, photorealistic", "--json").stdout


def test_artists_and_figures_added_by_the_operator_are_refused(cli) -> None:
    assert cli("check", "prompt", "a harbour in the style of Jane Doeson", "--json").code == 0
    added = cli("artists", "add", "Jane Doeson", "--alias", "J. Doeson", "--json")
    assert added.code == 0 and added.json["added"]["name"] == "Jane Doeson"
    refused = cli("check", "prompt", "a harbour in the style of jane doesen", "--json")
    assert refused.code == 4 and refused.json["reasons"][0]["category"] == "artist_style"
    assert cli("figures", "add", "Zorblax Quint", "--json").code == 0
    assert cli("check", "prompt", "Zorblax Quint waving", "--json").code == 4


@pytest.mark.parametrize("prompt", ["", "   ", "a\x00b"])
def test_bad_prompts_exit_3(cli, prompt: str) -> None:
    result = cli("check", "prompt", prompt, "--json")
    assert result.code == 3 and result.json["error"]["type"] == "InvalidInput"


def test_malformed_policy_file_exits_3_naming_the_key(cli, tmp_path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "2"\n[categories.sexual]\nthreshold = "high"\n')
    result = cli("check", "prompt", "a lighthouse", "--policy", policy, "--json")
    assert result.code == 3 and result.json["error"]["type"] == "ConfigError"
    assert "threshold" in result.json["error"]["message"]


def test_policy_show(cli) -> None:
    shown = cli("policy", "show", "--json").json
    assert shown["categories"]["minors"]["action"] == "refuse"


def _faces(corpus):
    pytest.importorskip("dlib")
    pytest.importorskip("face_recognition_models")
    return corpus / "faces"


def test_check_image_refuses_a_registered_public_figure(cli, corpus) -> None:
    faces = _faces(corpus)
    added = cli(
        "figures", "add", "Barack Obama", "--photo", faces / "face_recognition_obama.jpg", "--json"
    )
    assert added.code == 0, added.stdout
    result = cli(
        "check",
        "image",
        faces / "face_recognition_obama-720p.jpg",
        corpus / "photos" / "kodak24_kodim05.png",
        "--purpose",
        "output",
        "--json",
    )
    assert result.code == 4
    first, second = result.json["results"]
    assert first["action"] == "refuse"
    assert any("Barack Obama" in str(r["evidence"]) for r in first["reasons"])
    assert second["action"] == "allow"


def test_edit_of_a_face_needs_recorded_consent(cli, corpus) -> None:
    faces = _faces(corpus)
    upload = faces / "face_recognition_biden.jpg"
    refused = cli("check", "image", upload, "--purpose", "edit", "--json")
    assert refused.code == 4
    assert refused.json["results"][0]["reasons"][0]["category"] == "face_without_consent"
    consent = cli(
        "consent",
        "add",
        "--subject",
        "subject-7",
        "--photo",
        faces / "face_recognition_knn-train-biden_biden2.jpg",
        "--expires",
        "2099-01-01",
        "--recorded-by",
        "desk",
        "--json",
    )
    assert consent.code == 0, consent.stdout
    allowed = cli("check", "image", upload, "--purpose", "edit", "--json")
    assert allowed.code == 0 and allowed.json["results"][0]["action"] == "allow"
    consent_id = consent.json["id"]
    assert cli("consent", "revoke", consent_id, "--by", "desk", "--json").code == 0
    assert cli("check", "image", upload, "--purpose", "edit", "--json").code == 4
    listed = cli("consent", "list", "subject-7", "--json").json["consents"]
    assert len(listed) == 1 and listed[0]["revoked_by"] == "desk"


def test_check_image_on_a_corrupt_file_exits_3(cli, tmp_path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    result = cli("check", "image", bad, "--json")
    assert result.code == 3
    assert result.json["results"][0]["error"]["type"] == "InvalidImage"
