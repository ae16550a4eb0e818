from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from synthguard import credentials, imageio, provenance, watermark
from synthguard.config import Settings, get_settings
from synthguard.credentials import init_credentials, load_signer, read_credentials, read_iptc
from synthguard.credentials.xmp import embed_xmp, xmp_packet
from synthguard.errors import InvalidImage, InvalidInput, InvalidKey, SynthguardError
from synthguard.provenance import _fingerprints, _stamping, _verdict
from synthguard.provenance.commands import (
    stamp_command,
    stamp_line,
    verify_command,
    verify_line,
    verify_summary,
)
from synthguard.registry import GenerationStore, payload_of
from synthguard.watermark import WatermarkKeys

from conftest import CORPUS, natural_image

c2pa = pytest.importorskip("c2pa")
pytest.importorskip("faiss")

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


@pytest.fixture(scope="module")
def picture() -> np.ndarray:
    return natural_image(320, 384, seed=5)


def encode(rgb: np.ndarray, fmt: str, **options: Any) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format=fmt, **options)
    return buf.getvalue()


def c2pa_store(data: bytes, mime: str, anchors: str | None) -> dict:
    settings = {"trust": {"trust_anchors": anchors}} if anchors else {}
    with (
        c2pa.Context.from_dict(settings) as context,
        c2pa.Reader(mime, io.BytesIO(data), None, context) as reader,
    ):
        return json.loads(reader.json())


def records() -> int:
    return GenerationStore(get_settings()).count()


def index_ids(rgb: np.ndarray) -> list[str]:
    return [m.id for m in _fingerprints.generation_index(get_settings()).match(rgb)]


# --- stamp ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_stamp_writes_every_layer_and_the_record(fmt: str, picture: np.ndarray) -> None:
    result = provenance.stamp(picture, model="demo-xl", model_version="2", fmt=fmt, prompt="a cat")
    gen = result.generation
    assert result.layers == ("watermark", "iptc", "c2pa", "registry", "fingerprint")
    assert imageio.sniff(result.data) == fmt
    report = read_credentials(result.data, trust_anchors_pem=_anchors())
    assert (report.validation_state, report.is_ours) == ("Trusted", True)
    assert report.generation_id == gen.id
    assert report.watermark_payload_hex == gen.watermark_payload.hex()
    assert report.digital_source_type == TRAINED
    assert read_iptc(result.data)["digital_source_type"] == TRAINED
    pixels = imageio.decode(result.data).rgb
    assert watermark.detect(pixels).payload == gen.watermark_payload == payload_of(gen.id)
    stored = GenerationStore(get_settings()).get(gen.id)
    assert stored.pdq is not None and stored.extra == {"model_version": "2"}
    assert gen.id in index_ids(pixels)
    assert result.to_json()["layers"] == list(result.layers)


def test_stamp_order_is_watermark_then_signature_then_record_then_index(
    picture: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def spy(name: str, fn: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return fn(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(_stamping.watermark, "embed", spy("watermark", watermark.embed))
    monkeypatch.setattr(_stamping.credentials, "sign", spy("c2pa", credentials.sign))
    monkeypatch.setattr(GenerationStore, "add", spy("registry", GenerationStore.add))
    real_index = _fingerprints.generation_index

    def index(settings: Settings) -> Any:
        found = real_index(settings)
        monkeypatch.setattr(found, "add", spy("fingerprint", found.add))
        return found

    monkeypatch.setattr(_fingerprints, "generation_index", index)
    provenance.stamp(picture, model="demo")
    assert calls == ["watermark", "c2pa", "registry", "fingerprint"]


def test_the_signature_is_the_last_write_to_the_bytes(picture: np.ndarray) -> None:
    data = provenance.stamp(picture, model="demo", fmt="PNG").data
    # Writing XMP again after signing would break the hash: the file as stamped validates.
    rewritten = embed_xmp(data, xmp_packet(credit="changed afterwards"))
    assert read_credentials(data, trust_anchors_pem=_anchors()).validation_state == "Trusted"
    assert read_credentials(rewritten, trust_anchors_pem=_anchors()).validation_state == "Invalid"


def _anchors() -> str:
    pem = credentials.load_trust_anchors(get_settings())
    assert pem is not None
    return pem


# --- atomicity -----------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def _fail(*args: Any, **kwargs: Any) -> Any:
    raise Boom("injected failure")


class FailingIndex:
    """The real generation index, except that ``add`` fails after doing its work."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def add(self, id: str, value: Any) -> None:
        self.real.add(id, value)
        raise Boom("injected failure after the journal write")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _failing_index(settings: Settings) -> Any:
    return FailingIndex(_REAL_INDEX(settings))


_REAL_INDEX = _fingerprints.generation_index


FAILURES = {
    "watermark": lambda mp: mp.setattr(_stamping.watermark, "embed", _fail),
    "c2pa": lambda mp: mp.setattr(_stamping.credentials, "sign", _fail),
    "fingerprint extraction": lambda mp: mp.setattr(_fingerprints, "extract", _fail),
    "registry": lambda mp: mp.setattr(GenerationStore, "add", _fail),
    "index add": lambda mp: mp.setattr(_fingerprints, "generation_index", _failing_index),
    "index unavailable": lambda mp: mp.setattr(_fingerprints, "generation_index", _fail),
}


@pytest.mark.parametrize("step", FAILURES)
def test_a_failure_at_any_step_leaves_neither_record_nor_file(
    step: str, tmp_path: Path, picture: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in.png"
    src.write_bytes(encode(picture, "PNG"))
    dst = tmp_path / "out.jpg"
    FAILURES[step](monkeypatch)
    with pytest.raises((Boom, InvalidInput)):
        provenance.stamp_file(src, dst, model="demo")
    monkeypatch.undo()
    assert records() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.png"]
    assert index_ids(imageio.decode(src.read_bytes()).rgb) == []


def test_an_index_failure_takes_the_store_record_back(
    picture: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_fingerprints, "generation_index", _failing_index)
    with pytest.raises(InvalidInput, match="generation index"):
        provenance.stamp(picture, model="demo")
    assert records() == 0


def test_a_file_that_cannot_be_published_takes_the_record_back(
    tmp_path: Path, picture: np.ndarray
) -> None:
    src = tmp_path / "in.png"
    src.write_bytes(encode(picture, "PNG"))
    dst = tmp_path / "taken.png"
    dst.mkdir()  # rename onto a directory fails after the record was written
    with pytest.raises(InvalidInput, match="cannot write"):
        provenance.stamp_file(src, dst, model="demo")
    assert records() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.png", "taken.png"]
    assert index_ids(picture) == []


def test_stamp_file_publishes_file_and_record_together(tmp_path: Path, picture: np.ndarray) -> None:
    src = tmp_path / "in.png"
    src.write_bytes(encode(picture, "PNG"))
    result = provenance.stamp_file(src, tmp_path / "out.webp", model="demo")
    assert (tmp_path / "out.webp").read_bytes() == result.data
    assert records() == 1
    assert provenance.verify_file(tmp_path / "out.webp").generation_id == result.generation.id


def test_stamp_refuses_bad_input_before_recording(tmp_path: Path, picture: np.ndarray) -> None:
    with pytest.raises(InvalidImage, match="256"):
        provenance.stamp(natural_image(64, 64), model="demo")
    with pytest.raises(InvalidImage, match="PNG, JPEG or WebP"):
        provenance.stamp(picture, model="demo", fmt="GIF")
    with pytest.raises(InvalidInput, match="model"):
        provenance.stamp(picture, model=" ")
    (tmp_path / "not.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    with pytest.raises(InvalidImage, match=r"not\.png"):
        provenance.stamp_file(tmp_path / "not.png", tmp_path / "out.png", model="demo")
    assert records() == 0


def test_missing_operator_keys_are_a_clear_error(tmp_path: Path, picture: np.ndarray) -> None:
    settings = Settings(home=tmp_path / "home", c2pa_cert_chain=tmp_path / "absent.pem")
    with pytest.raises(InvalidKey, match=r"absent\.pem"):
        provenance.stamp(picture, model="demo", settings=settings)
    assert GenerationStore(settings).count() == 0


# --- verify: interoperability --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_c2pa_reader_trusts_a_stamped_file_only_with_our_root(
    fmt: str, picture: np.ndarray
) -> None:
    data = provenance.stamp(picture, model="demo", fmt=fmt).data
    trusted = c2pa_store(data, MIME[fmt], _anchors())
    assert trusted["validation_state"] == "Trusted"
    untrusted = c2pa_store(data, MIME[fmt], None)
    assert untrusted["validation_state"] == "Valid"
    codes = [s["code"] for s in untrusted.get("validation_status") or []]
    assert codes == ["signingCredential.untrusted"]


def test_a_stamped_file_is_generated_with_every_layer_agreeing(picture: np.ndarray) -> None:
    result = provenance.stamp(picture, model="demo", fmt="JPEG")
    verdict = provenance.verify(result.data)
    assert verdict.label == "generated"
    assert verdict.generation_id == result.generation.id
    assert verdict.agreeing_layers == ("c2pa", "watermark", "fingerprint")
    assert verdict.false_positive_rate == 0.0
    assert set(verdict.signals) == {"c2pa", "iptc", "watermark", "fingerprint"}
    assert verdict.signals["c2pa"]["validation_state"] == "Trusted"
    assert verdict.signals["iptc"]["declares_ai"] is True
    assert "\n" not in verdict.explanation and result.generation.id in verdict.explanation


def test_one_flipped_byte_is_tampered(picture: np.ndarray) -> None:
    result = provenance.stamp(picture, model="demo", fmt="JPEG")
    data = bytearray(result.data)
    scan = data.rfind(b"\xff\xda")  # inside the entropy-coded data of the last scan
    data[scan + 400] ^= 0x01
    verdict = provenance.verify(bytes(data))
    assert verdict.label == "tampered"
    assert "assertion.dataHash.mismatch" in verdict.signals["c2pa"]["status_codes"]
    assert "do not validate" in verdict.explanation
    assert verdict.generation_id in (None, result.generation.id)


def test_a_flipped_byte_that_breaks_the_pixels_is_still_tampered(picture: np.ndarray) -> None:
    data = bytearray(provenance.stamp(picture, model="demo", fmt="PNG").data)
    idat = data.find(b"IDAT")
    data[idat + 200] ^= 0x01  # PNG checks its CRCs: the pixels no longer decode
    verdict = provenance.verify(bytes(data))
    assert verdict.label == "tampered"
    assert "not decodable" in verdict.signals["watermark"]["error"]


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_pillow_reencode_is_generated_through_the_watermark(
    fmt: str, picture: np.ndarray
) -> None:
    result = provenance.stamp(picture, model="demo", fmt="PNG")
    reencoded = encode(imageio.decode(result.data).rgb, fmt, quality=90)
    assert read_credentials(reencoded).has_manifest is False
    verdict = provenance.verify(reencoded)
    assert (verdict.label, verdict.generation_id) == ("generated", result.generation.id)
    assert "watermark" in verdict.agreeing_layers and "c2pa" not in verdict.agreeing_layers
    assert 0 < (verdict.false_positive_rate or 0) < 1e-3


def test_crop_jpeg_and_metadata_strip_is_generated(corpus: Path) -> None:
    photo = imageio.load(corpus / "photos" / "kodak24_kodim05.png").rgb
    result = provenance.stamp(photo, model="demo", fmt="PNG")
    pixels = imageio.decode(result.data).rgb
    h, w = pixels.shape[:2]
    cropped = pixels[h // 10 : h - h // 10, w // 8 : w - w // 10]
    stripped = encode(cropped, "JPEG", quality=80)  # Pillow writes no XMP and no manifest
    assert read_iptc(stripped)["digital_source_type"] is None
    verdict = provenance.verify(stripped)
    assert (verdict.label, verdict.generation_id) == ("generated", result.generation.id)
    assert {"watermark", "fingerprint"} & set(verdict.agreeing_layers)


def test_the_fingerprint_alone_identifies_when_the_watermark_is_gone(
    picture: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = provenance.stamp(picture, model="demo", fmt="PNG")
    stripped = encode(imageio.decode(result.data).rgb, "PNG")
    monkeypatch.setattr(
        _verdict, "_watermark_signal", lambda *a: {"detected": False, "recorded": False}
    )
    verdict = provenance.verify(stripped)
    assert (verdict.label, verdict.agreeing_layers) == ("generated", ("fingerprint",))
    assert verdict.generation_id == result.generation.id
    rate = verdict.signals["fingerprint"]["false_match_rate"]
    assert verdict.false_positive_rate == pytest.approx(get_settings().watermark_fpr + rate)


def test_a_forgotten_generation_is_no_longer_ours(picture: np.ndarray) -> None:
    result = provenance.stamp(picture, model="demo", fmt="PNG")
    stripped = encode(imageio.decode(result.data).rgb, "PNG")
    assert provenance.forget(result.generation.id) is True
    verdict = provenance.verify(stripped)
    assert verdict.label == "not_found"
    assert verdict.signals["watermark"]["recorded"] is False
    assert "not a recorded id" in verdict.explanation


# --- verify: other generators and hostile input --------------------------------------------


def _corpus_rows() -> list[dict[str, str]]:
    path = CORPUS / "c2pa" / "expected.csv"
    return list(csv.DictReader(path.open())) if path.is_file() else []


@pytest.mark.parametrize("row", _corpus_rows(), ids=lambda r: r["file"])
def test_third_party_credentials_report_their_state_and_are_never_ours(
    corpus: Path, row: dict[str, str]
) -> None:
    provenance.stamp(natural_image(256, 256), model="demo")  # a registry and keys to compare with
    verdict = provenance.verify((corpus / "c2pa" / row["file"]).read_bytes())
    c2pa_signal = verdict.signals["c2pa"]
    assert c2pa_signal["has_manifest"] is (row["has_manifest"] == "true")
    assert c2pa_signal["validation_state"] == (row["validation_state"] or None)
    assert set(row["status_codes"].split(";")) - {""} <= set(c2pa_signal["status_codes"]) | {
        "cawg.x509.credential.untrusted"  # a CAWG identity code c2pa-python does not report
    }
    assert c2pa_signal["is_ours"] is False and verdict.generation_id is None
    if row["validation_state"] == "Invalid":
        assert verdict.label == "tampered"
    elif c2pa_signal["declares_ai"]:
        assert verdict.label == "generated_elsewhere"
    else:
        assert verdict.label == "not_found"


def test_credentials_from_another_root_naming_us_are_not_ours(
    tmp_path: Path, picture: np.ndarray
) -> None:
    real = provenance.stamp(picture, model="demo", fmt="PNG").generation
    other = init_credentials(Settings(home=tmp_path / "forger"))
    forger = load_signer(get_settings(), chain_path=other.chain, key_path=other.key)
    plain = encode(natural_image(320, 320, seed=9), "PNG")
    forged = credentials.sign(
        plain,
        "PNG",
        generation_id=real.id,
        model="demo",
        model_version=None,
        watermark_payload_hex=real.watermark_payload.hex(),
        signer=forger,
    )
    verdict = provenance.verify(forged)
    assert verdict.label == "generated_elsewhere"
    assert verdict.generation_id is None and verdict.signals["c2pa"]["generation_id"] is None


def test_iptc_alone_is_generated_elsewhere(picture: np.ndarray) -> None:
    plain = encode(picture, "PNG")
    tagged = embed_xmp(plain, xmp_packet(ai_system="other-model"))
    verdict = provenance.verify(tagged)
    assert verdict.label == "generated_elsewhere"
    assert "other-model" in verdict.explanation and verdict.false_positive_rate is None
    assert provenance.verify(plain).label == "not_found"


def test_verify_on_a_fresh_server_creates_no_keys(picture: np.ndarray) -> None:
    verdict = provenance.verify(encode(picture, "PNG"))
    assert verdict.label == "not_found"
    assert "no watermark key" in verdict.signals["watermark"]["error"]
    assert not WatermarkKeys(get_settings()).exists()


def test_hostile_and_unsupported_inputs(picture: np.ndarray) -> None:
    with pytest.raises(InvalidImage, match="empty"):
        provenance.verify(b"")
    with pytest.raises(InvalidImage, match="unsupported"):
        provenance.verify(np.random.default_rng(1).bytes(4000))
    with pytest.raises(InvalidImage, match="unsupported"):
        provenance.verify(b"\x00\x00\x00\x20ftypavif" + bytes(100))
    assert provenance.verify(encode(picture, "BMP")).label == "not_found"
    stamped = provenance.stamp(picture, model="demo", fmt="JPEG").data
    for cut in (len(stamped) // 3, len(stamped) // 2, len(stamped) - 10):
        try:
            verdict = provenance.verify(stamped[:cut])
        except SynthguardError:
            continue
        assert verdict.label in ("tampered", "not_found", "generated")
        if verdict.label == "generated":  # only the pixels can say so; never the broken store
            assert "c2pa" not in verdict.agreeing_layers


def test_damaged_manifests_are_never_generated_through_credentials(picture: np.ndarray) -> None:
    stamped = provenance.stamp(picture, model="demo", fmt="PNG").data
    start = stamped.find(b"jumb") - 4
    labels = set()
    for offset in range(start, min(start + 2500, len(stamped)), 97):
        damaged = bytearray(stamped)
        damaged[offset] ^= 0x10
        verdict = provenance.verify(bytes(damaged))
        labels.add(verdict.label)
        if verdict.signals["c2pa"]["validation_state"] != "Trusted":
            assert "c2pa" not in verdict.agreeing_layers
    assert "tampered" in labels


# --- commands ------------------------------------------------------------------------------


def test_commands_give_the_cli_json(tmp_path: Path, picture: np.ndarray) -> None:
    src = tmp_path / "in.png"
    src.write_bytes(encode(picture, "PNG"))
    stamped = stamp_command(src, tmp_path / "out.png", model="demo", model_version="1")
    assert stamped["generation_id"].startswith("gen_")
    assert stamped["layers"] == ["watermark", "iptc", "c2pa", "registry", "fingerprint"]
    assert stamped["generation_id"] in stamp_line(stamped)
    row = {"path": "out.png", **verify_command(tmp_path / "out.png")}
    assert set(row) >= {
        "path",
        "verdict",
        "generation_id",
        "false_positive_rate",
        "explanation",
        "signals",
    }
    assert set(row["signals"]) == {"c2pa", "iptc", "watermark", "fingerprint"}
    json.dumps(row)  # every value is JSON
    assert verify_line(row).startswith("out.png: generated")
    error = {"path": "x.png", **InvalidImage("broken").to_json()}
    assert verify_line(error) == "x.png: error: broken"
    summary = verify_summary([row, error])
    assert summary == {
        "images": 2,
        "errors": 1,
        "generated": 1,
        "generated_elsewhere": 0,
        "tampered": 0,
        "not_found": 0,
    }


def test_a_broken_key_or_index_is_reported_in_its_layer(picture: np.ndarray) -> None:
    result = provenance.stamp(picture, model="demo", fmt="PNG")
    settings = get_settings()
    WatermarkKeys(settings).current_path.write_bytes(b"not a key")
    (journal,) = (settings.home / "indexes" / "generations").glob("journal-*.log")
    with journal.open("ab") as f:
        f.write(b"garbage record!!" * 2)
    verdict = provenance.verify(result.data)
    assert "watermark key" in verdict.signals["watermark"]["error"]
    assert "corrupt record" in verdict.signals["fingerprint"]["error"]
    # The signature alone still says whose it is.
    assert (verdict.label, verdict.agreeing_layers) == ("generated", ("c2pa",))


def test_an_upload_with_credentials_becomes_the_parent_ingredient(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "edited.jpg"
    result = provenance.stamp_file(corpus / "c2pa" / "CA.jpg", out, model="demo")
    store = c2pa_store(out.read_bytes(), "image/jpeg", _anchors())
    manifest = store["manifests"][store["active_manifest"]]
    assert [i["relationship"] for i in manifest["ingredients"]] == ["parentOf"]
    verdict = provenance.verify(out.read_bytes())
    assert (verdict.label, verdict.generation_id) == ("generated", result.generation.id)


@pytest.mark.parametrize("file", ["E-sig-CA.jpg", "XCA.jpg"])
def test_an_upload_with_broken_credentials_can_still_be_stamped(
    corpus: Path, tmp_path: Path, file: str
) -> None:
    out = tmp_path / "edited.png"
    result = provenance.stamp_file(corpus / "c2pa" / file, out, model="demo")
    verdict = provenance.verify(out.read_bytes())
    # Our manifest is valid; the broken upload it records does not make the result tampered.
    assert (verdict.label, verdict.generation_id) == ("generated", result.generation.id)
    assert verdict.signals["c2pa"]["validation_state"] == "Trusted"


def test_stamp_file_keeps_the_alpha_channel(tmp_path: Path, picture: np.ndarray) -> None:
    alpha = np.full(picture.shape[:2], 255, np.uint8)
    alpha[:40, :60] = 0
    rgba = np.dstack([picture, alpha])
    (tmp_path / "in.png").write_bytes(encode(rgba, "PNG"))
    provenance.stamp_file(tmp_path / "in.png", tmp_path / "out.png", model="demo")
    decoded = imageio.decode((tmp_path / "out.png").read_bytes())
    assert decoded.alpha is not None and np.array_equal(decoded.alpha, alpha)


@pytest.mark.parametrize(
    ("state", "codes", "error", "tampered"),
    [
        ("Invalid", ("signingCredential.expired",), None, False),
        ("Invalid", ("signingCredential.untrusted", "timeStamp.mismatch"), None, False),
        ("Invalid", ("signingCredential.expired", "assertion.dataHash.mismatch"), None, True),
        ("Invalid", ("claimSignature.mismatch",), None, True),
        ("Invalid", (), "unreadable manifest store", True),
        ("Valid", ("signingCredential.untrusted",), None, False),
    ],
)
def test_only_content_failures_make_credentials_tampered(
    state: str, codes: tuple[str, ...], error: str | None, tampered: bool
) -> None:
    from synthguard.credentials.read import CredentialsReport
    from synthguard.provenance._verdict import _integrity_failed

    report = CredentialsReport(
        has_manifest=True, validation_state=state, status_codes=codes, error=error
    )
    assert _integrity_failed(report) is tampered
