from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from synthguard import attacks, imageio, watermark
from synthguard.errors import InvalidImage, InvalidKey, InvalidPayload

from conftest import natural_image

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PAYLOAD = bytes.fromhex("0123456789ab")


@pytest.fixture(scope="module")
def host() -> np.ndarray:
    return natural_image(320, 384, seed=21)


@pytest.fixture(scope="module")
def marked(host: np.ndarray) -> np.ndarray:
    return watermark.embed(host, PAYLOAD, key=KEY)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(float) - b.astype(float)) ** 2)
    return float(10 * np.log10(255**2 / mse))


def test_embed_is_invisible_and_deterministic(host: np.ndarray, marked: np.ndarray) -> None:
    assert marked.shape == host.shape and marked.dtype == np.uint8
    assert 36 < psnr(host, marked) < 45
    np.testing.assert_array_equal(marked, watermark.embed(host, PAYLOAD, key=KEY))


def test_known_detection(marked: np.ndarray) -> None:
    found = watermark.detect(marked, keys=[KEY])
    assert found.detected and found.payload == PAYLOAD
    assert found.p_value < 1e-12
    assert found.bit_errors <= found.threshold


def test_short_payload_is_zero_padded(host: np.ndarray) -> None:
    found = watermark.detect(watermark.embed(host, b"\x07", key=KEY), keys=[KEY])
    assert found.detected and found.payload == b"\x07" + b"\x00" * 5


def test_wrong_key_finds_nothing(marked: np.ndarray) -> None:
    found = watermark.detect(marked, keys=[OTHER_KEY])
    assert not found.detected and found.p_value > 1e-6


def test_unmarked_image_finds_nothing(host: np.ndarray) -> None:
    assert not watermark.detect(host, keys=[KEY]).detected


@pytest.mark.parametrize(
    "steps",
    [
        (("jpeg", 50),),
        (("resize", 0.5),),
        (("crop_center", 0.5),),
        (("flip", None),),
        (("crop_center", 0.5), ("jpeg", 75)),
        (("text_band", 0.15),),
    ],
    ids=lambda s: "+".join(n for n, _ in s),
)
def test_survives_attacks(marked: np.ndarray, steps) -> None:
    found = watermark.detect(attacks.run_chain(marked, steps, seed=1), keys=[KEY])
    assert found.detected and found.payload == PAYLOAD


def test_threshold_follows_the_stated_false_positive_rate(marked: np.ndarray) -> None:
    """The decision threshold is the largest t with 2^k * H * P(Bin(n, 1/2) <= t) <= fpr."""
    found = watermark.detect(marked, keys=[KEY], fpr=1e-6)
    codec = watermark.get_codec()
    n, t = found.n_chips, found.threshold
    hypotheses = codec.prm.n_decode
    bound = lambda d: 2.0**codec.payload_bits * hypotheses * stats.binom.cdf(d, n, 0.5)  # noqa: E731
    assert bound(t) <= 1e-6 < bound(t + 1)
    stricter = watermark.detect(marked, keys=[KEY], fpr=1e-12)
    assert stricter.threshold < t


def test_null_distribution_of_bit_errors_is_binomial() -> None:
    """On unmarked images the distance to the decoded codeword behaves like Bin(n, 1/2)
    truncated by the decoder's choice: never below the threshold, centred near n/2."""
    errors, n = [], 0
    for seed in range(24):
        image = natural_image(256, 288, seed=100 + seed)
        found = watermark.detect(image, keys=[bytes([seed]) * 32])
        assert not found.detected
        errors.append(found.bit_errors)
        n = found.n_chips
    share = np.array(errors) / n
    # The decoder picks the nearest of 2^48 codewords, so d sits a little below n/2.
    assert 0.35 < share.mean() < 0.5
    assert min(errors) > watermark.detect(natural_image(), keys=[KEY]).threshold


def test_key_ring_detection_splits_the_rate(marked: np.ndarray) -> None:
    alone = watermark.detect(marked, keys=[KEY])
    ringed = watermark.detect(marked, keys=[OTHER_KEY, KEY])
    assert ringed.detected and ringed.payload == PAYLOAD
    assert ringed.p_value == pytest.approx(min(1.0, alone.p_value * 2), rel=1e-6)


def test_default_key_comes_from_the_ring(host: np.ndarray) -> None:
    marked = watermark.embed(host, PAYLOAD)
    assert watermark.detect(marked).payload == PAYLOAD
    assert watermark.detect(marked, keys=[watermark.key_ring().current]).detected


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"", "empty"), (b"\x00" * 7, "capacity")],
)
def test_bad_payloads(host: np.ndarray, payload: bytes, message: str) -> None:
    with pytest.raises(InvalidPayload, match=message):
        watermark.embed(host, payload, key=KEY)


@pytest.mark.parametrize("text", ["", "xyz", "0x", "0123456789abcd"])
def test_bad_hex_payloads(text: str) -> None:
    with pytest.raises(InvalidPayload):
        watermark.parse_payload(text)


def test_hex_payload_parsing() -> None:
    assert watermark.parse_payload("0x0123456789AB") == PAYLOAD
    assert watermark.parse_payload("abc") == b"\x0a\xbc"


def test_too_small_image_names_the_minimum() -> None:
    with pytest.raises(InvalidImage, match="256×256"):
        watermark.embed(natural_image(255, 400), PAYLOAD, key=KEY)


def test_wrong_key_format(host: np.ndarray) -> None:
    with pytest.raises(InvalidKey):
        watermark.embed(host, PAYLOAD, key=b"short")
    with pytest.raises(InvalidKey):
        watermark.detect(host, keys=[b"short"])


@pytest.mark.parametrize("ext", [".png", ".jpg", ".webp"])
def test_cli_round_trip_on_each_format(cli, tmp_path: Path, host: np.ndarray, ext: str) -> None:
    src = imageio.save(tmp_path / "in.png", host)
    out = tmp_path / f"marked{ext}"
    embedded = cli("watermark", "embed", src, out, "--payload", "0123456789ab", "--json")
    assert embedded.code == 0, embedded.stdout
    assert embedded.json["payload"] == "0123456789ab" and embedded.json["psnr_db"] > 36
    detected = cli("watermark", "detect", out, src, "--json")
    assert detected.code == 0
    rows = detected.json["results"]
    assert rows[0]["path"] == str(out) and rows[0]["detected"] is True
    assert rows[0]["payload"] == "0123456789ab" and rows[0]["p_value"] < 1e-6
    assert rows[1]["detected"] is False and rows[1]["payload"] is None
    assert detected.json["summary"] == {"images": 2, "detected": 1, "errors": 0}


def test_cli_keeps_alpha_and_greyscale(cli, tmp_path: Path, host: np.ndarray) -> None:
    alpha = np.full(host.shape[:2], 200, np.uint8)
    src = imageio.save(tmp_path / "alpha.png", host, alpha=alpha)
    assert cli("watermark", "embed", src, tmp_path / "o.png", "--payload", "ab").code == 0
    out = imageio.load(tmp_path / "o.png")
    assert out.alpha is not None and (out.alpha == 200).all()
    grey = np.repeat(host.mean(axis=2, keepdims=True).astype(np.uint8), 3, axis=2)
    src = imageio.save(tmp_path / "grey.png", grey)
    assert cli("watermark", "embed", src, tmp_path / "g.png", "--payload", "ab").code == 0
    assert cli("watermark", "detect", tmp_path / "g.png", "--json").json["results"][0]["detected"]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--payload", ""], "InvalidPayload"),
        (["--payload", "zz"], "InvalidPayload"),
        (["--payload", "00" * 7], "InvalidPayload"),
    ],
)
def test_cli_bad_input_writes_nothing(cli, tmp_path: Path, host: np.ndarray, args, error) -> None:
    src = imageio.save(tmp_path / "in.png", host)
    out = tmp_path / "out.png"
    result = cli("watermark", "embed", src, out, *args, "--json")
    assert result.code == 3 and result.json["error"]["type"] == error
    assert not out.exists()


def test_cli_small_and_corrupt_images(cli, tmp_path: Path) -> None:
    small = imageio.save(tmp_path / "small.png", natural_image(100, 100))
    result = cli("watermark", "embed", small, tmp_path / "o.png", "--payload", "ab", "--json")
    assert result.code == 3 and "256×256" in result.json["error"]["message"]
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    result = cli("watermark", "detect", bad, "--json")
    assert result.code == 3
    assert result.json["results"][0]["error"]["type"] == "InvalidImage"
    assert not (tmp_path / "o.png").exists()


def test_cli_credentials_never_print_the_key(cli, tmp_path: Path) -> None:
    status = cli("credentials", "status", "--json").json
    assert status["watermark"] is None and status["signing"]["certificate_chain"] is None
    rotated = cli("credentials", "rotate-watermark-key", "--json").json["watermark"]
    exported = cli("credentials", "export-watermark-key", tmp_path / "k", "--json").json
    assert exported["key_id"] == rotated["current"]
    secret = (tmp_path / "k").read_text().strip()
    everything = str(status) + str(rotated) + str(exported)
    assert secret not in everything and len(secret) == 64
    bad = tmp_path / "bad.key"
    bad.write_text("nope")
    assert cli("credentials", "import-watermark-key", bad, "--json").code == 3
