from __future__ import annotations

import csv
import io
import json
import stat
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from synthguard._version import __version__
from synthguard.config import Settings, get_settings
from synthguard.credentials import (
    CredentialsReport,
    SigningCredentials,
    init_credentials,
    load_signer,
    load_trust_anchors,
    read_credentials,
    read_iptc,
    renew_signing_key,
    sign,
)
from synthguard.credentials.keys import ROOT_COMMON_NAME
from synthguard.credentials.manifest import SOFT_BINDING_ALG, TRAINING_MINING_ENTRIES
from synthguard.credentials.xmp import embed_xmp, extract_xmp, xmp_packet
from synthguard.errors import (
    ComponentUnavailable,
    ConfigError,
    InvalidImage,
    InvalidKey,
    InvalidPayload,
    SynthguardError,
)
from synthguard.imageio import decode

from conftest import CORPUS, natural_image

c2pa = pytest.importorskip("c2pa")
x509 = pytest.importorskip("cryptography.x509")

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
FORMATS = ["PNG", "JPEG", "WEBP"]
PAYLOAD = "5a17c0ffee"


def encode(rgb: np.ndarray, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format=fmt, **options)
    return buf.getvalue()


@pytest.fixture
def signer() -> SigningCredentials:
    init_credentials(get_settings())
    return load_signer(get_settings())


@pytest.fixture
def anchors(signer: SigningCredentials) -> str:
    pem = load_trust_anchors(get_settings())
    assert pem is not None
    return pem


def stamp(image: bytes, fmt: str, signer: SigningCredentials, **options: object) -> bytes:
    arguments: dict = {
        "generation_id": "gen-42",
        "model": "flux-dev",
        "model_version": "1.1",
        "watermark_payload_hex": PAYLOAD,
        "signer": signer,
    }
    return sign(image, fmt, **(arguments | options))


def c2pa_store(data: bytes, mime: str, anchors: str | None = None) -> dict:
    settings = {"trust": {"trust_anchors": anchors}} if anchors else {}
    with (
        c2pa.Context.from_dict(settings) as context,
        c2pa.Reader(mime, io.BytesIO(data), None, context) as reader,
    ):
        return json.loads(reader.json())


def codes(store: dict) -> list[str]:
    return [status["code"] for status in store.get("validation_status") or []]


def active(store: dict) -> dict:
    return store["manifests"][store["active_manifest"]]


# --- keys ----------------------------------------------------------------------------------


def test_init_credentials_makes_a_development_root_and_an_end_entity_certificate() -> None:
    settings = get_settings()
    paths = init_credentials(settings)
    assert stat.S_IMODE(paths.key.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.root_key.stat().st_mode) == 0o600

    root = x509.load_pem_x509_certificate(paths.root.read_bytes())
    (leaf,) = x509.load_pem_x509_certificates(paths.chain.read_bytes())
    assert root.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == (
        ROOT_COMMON_NAME
    )
    assert "not publicly trusted" in ROOT_COMMON_NAME
    assert leaf.issuer == root.subject
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    assert leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [x509.ExtendedKeyUsageOID.EMAIL_PROTECTION]
    assert leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    leaf_days = (leaf.not_valid_after_utc - leaf.not_valid_before_utc).days
    root_days = (root.not_valid_after_utc - root.not_valid_before_utc).days
    assert (leaf_days, root_days) == (365, 3650)

    signer = load_signer(settings)
    assert signer.alg == "es256"
    assert "key_pem" not in repr(signer)


def test_init_credentials_keeps_existing_files_unless_forced() -> None:
    settings = get_settings()
    first = init_credentials(settings).root.read_bytes()
    assert init_credentials(settings).root.read_bytes() == first
    assert init_credentials(settings, force=True).root.read_bytes() != first


def test_renewed_signing_key_still_chains_to_the_same_root(tmp_path: Path) -> None:
    settings = get_settings()
    paths = init_credentials(settings)
    old_key, root = paths.key.read_bytes(), paths.root.read_bytes()
    renew_signing_key(settings)
    assert paths.key.read_bytes() != old_key
    assert paths.root.read_bytes() == root
    signed = stamp(encode(natural_image(64, 64), "PNG"), "PNG", load_signer(settings))
    report = read_credentials(signed, "png", load_trust_anchors(settings))
    assert (report.validation_state, report.is_ours) == ("Trusted", True)


def test_missing_mismatched_and_malformed_credentials_are_invalid_key(tmp_path: Path) -> None:
    settings = get_settings()
    with pytest.raises(InvalidKey, match="not found"):
        load_signer(settings)
    paths = init_credentials(settings)
    other = init_credentials(Settings(home=tmp_path / "other"))
    with pytest.raises(InvalidKey, match="is not the key"):
        load_signer(settings, chain_path=paths.chain, key_path=other.key)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n")
    with pytest.raises(InvalidKey, match="not a PEM certificate chain"):
        load_signer(settings, chain_path=garbage)
    with pytest.raises(InvalidKey, match="not an unencrypted PEM private key"):
        load_signer(settings, key_path=garbage)
    with pytest.raises(ConfigError, match="not a PEM certificate bundle"):
        load_trust_anchors(settings, extra_path=garbage)
    with pytest.raises(ConfigError, match="not PEM certificates"):
        read_credentials(encode(natural_image(32, 32), "PNG"), "png", "hello")


# --- signing and reading our own files -----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_signed_file_is_trusted_by_c2pa_given_our_root_and_ours(
    fmt: str, signer: SigningCredentials, anchors: str
) -> None:
    rgb = natural_image(96, 128, seed=1)
    original = encode(rgb, fmt)
    signed = stamp(original, fmt, signer, training_mining="notAllowed")
    mime = f"image/{fmt.lower()}"

    store = c2pa_store(signed, mime, anchors)
    assert store["validation_state"] == "Trusted"
    assert codes(store) == []
    manifest = active(store)
    labels = {a["label"]: a["data"] for a in manifest["assertions"]}
    (created,) = labels["c2pa.actions.v2"]["actions"]
    assert created == {
        "action": "c2pa.created",
        "digitalSourceType": TRAINED,
        "softwareAgent": {"name": "flux-dev", "version": "1.1"},
    }
    assert labels["org.synthguard.generation"] == {"generation_id": "gen-42"}
    assert labels["c2pa.soft-binding"] == {
        "alg": SOFT_BINDING_ALG,
        "blocks": [{"scope": {}, "value": "WhfA/+4="}],  # base64 of 5a17c0ffee
    }
    assert labels["cawg.training-mining"]["entries"] == {
        entry: {"use": "notAllowed"} for entry in TRAINING_MINING_ENTRIES
    }
    assert not any("thumbnail" in label for label in labels)
    assert manifest["claim_generator_info"][0]["name"] == "synthguard"

    report = read_credentials(signed, fmt, anchors)
    assert report == CredentialsReport(
        has_manifest=True,
        validation_state="Trusted",
        status_codes=(),
        digital_source_type=TRAINED,
        claim_generator=f"synthguard/{__version__}",
        signed_by="synthguard (local development)",
        declares_ai=True,
        is_ours=True,
        generation_id="gen-42",
        soft_binding_alg=SOFT_BINDING_ALG,
        watermark_payload_hex=PAYLOAD,
    )
    assert json.loads(json.dumps(report.to_json()))["status_codes"] == []

    # The pixels are exactly the ones handed in: XMP and manifest are spliced in, not encoded.
    assert np.array_equal(decode(signed).rgb, decode(original).rgb)
    assert read_iptc(signed) == {
        "digital_source_type": TRAINED,
        "credit": "Made with flux-dev (AI-generated)",
        "ai_system_used": "flux-dev",
        "ai_system_version_used": "1.1",
    }
    assert b"trainedAlgorithmicMedia" in Image.open(io.BytesIO(signed)).info["xmp"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_our_root_it_is_valid_untrusted_and_not_ours(
    fmt: str, signer: SigningCredentials, tmp_path: Path
) -> None:
    signed = stamp(encode(natural_image(64, 80), fmt), fmt, signer)
    store = c2pa_store(signed, f"image/{fmt.lower()}")
    assert (store["validation_state"], codes(store)) == ("Valid", ["signingCredential.untrusted"])

    report = read_credentials(signed, None, None)
    assert (report.validation_state, report.status_codes) == (
        "Valid",
        ("signingCredential.untrusted",),
    )
    assert (report.is_ours, report.generation_id, report.watermark_payload_hex) == (
        False,
        None,
        None,
    )
    assert report.declares_ai is True

    stranger = init_credentials(Settings(home=tmp_path / "stranger"))
    report = read_credentials(signed, None, stranger.root.read_text())
    assert (report.validation_state, report.is_ours) == ("Valid", False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_flipped_pixel_byte_makes_it_invalid(
    fmt: str, signer: SigningCredentials, anchors: str
) -> None:
    signed = stamp(encode(natural_image(64, 64, seed=3), fmt), fmt, signer)
    offset = _pixel_data_offset(signed, fmt)
    tampered = bytearray(signed)
    tampered[offset] ^= 0x01
    report = read_credentials(bytes(tampered), fmt, anchors)
    assert report.validation_state == "Invalid"
    assert "assertion.dataHash.mismatch" in report.status_codes
    assert (report.is_ours, report.declares_ai, report.generation_id) == (False, False, None)
    assert report.digital_source_type == TRAINED  # the raw claim stays visible


@pytest.mark.parametrize("fmt", FORMATS)
def test_pillow_reencode_drops_the_manifest(fmt: str, signer: SigningCredentials) -> None:
    signed = stamp(encode(natural_image(64, 64), fmt), fmt, signer)
    reencoded = encode(np.asarray(Image.open(io.BytesIO(signed)).convert("RGB")), fmt)
    assert read_credentials(reencoded, fmt, None) == CredentialsReport(has_manifest=False)


def test_an_uploaded_image_becomes_the_parent_ingredient(
    signer: SigningCredentials, anchors: str
) -> None:
    upload = stamp(encode(natural_image(64, 64, seed=5), "JPEG"), "JPEG", signer)
    signed = stamp(encode(natural_image(64, 64, seed=6), "PNG"), "PNG", signer, ingredient=upload)
    store = c2pa_store(signed, "image/png", anchors)
    assert (store["validation_state"], codes(store)) == ("Trusted", [])
    manifest = active(store)
    (parent,) = manifest["ingredients"]
    assert parent["relationship"] == "parentOf"
    assert parent["active_manifest"] in store["manifests"]
    actions = next(a for a in manifest["assertions"] if a["label"] == "c2pa.actions.v2")
    assert [a["action"] for a in actions["data"]["actions"]] == ["c2pa.opened", "c2pa.edited"]
    report = read_credentials(signed, "image/png", anchors)
    assert (report.digital_source_type, report.is_ours, report.generation_id) == (
        TRAINED,
        True,
        "gen-42",
    )


def test_an_unreachable_time_stamp_authority_is_component_unavailable(
    signer: SigningCredentials,
) -> None:
    with pytest.raises(ComponentUnavailable, match="time-stamp authority"):
        stamp(encode(natural_image(32, 32), "PNG"), "PNG", signer, tsa_url="http://127.0.0.1:9/")


def test_operator_credentials_are_ours_once_their_root_is_in_the_trust_list(
    tmp_path: Path, signer: SigningCredentials
) -> None:
    settings = get_settings()
    operator = init_credentials(Settings(home=tmp_path / "operator"))
    theirs = load_signer(settings, chain_path=operator.chain, key_path=operator.key)
    signed = stamp(encode(natural_image(48, 48), "JPEG"), "JPEG", theirs)
    assert read_credentials(signed, "jpeg", load_trust_anchors(settings)).is_ours is False
    trust = load_trust_anchors(settings, extra_path=operator.root)
    report = read_credentials(signed, "jpeg", trust)
    assert (report.validation_state, report.is_ours) == ("Trusted", True)


def test_bad_arguments_are_refused_before_signing(signer: SigningCredentials) -> None:
    png = encode(natural_image(32, 32), "PNG")
    with pytest.raises(InvalidImage, match="not JPEG"):
        stamp(png, "jpeg", signer)
    with pytest.raises(InvalidImage, match="cannot sign"):
        stamp(png, "tiff", signer)
    with pytest.raises(InvalidPayload):
        stamp(png, "png", signer, watermark_payload_hex="xyz")
    with pytest.raises(ConfigError, match="training_mining"):
        stamp(png, "png", signer, training_mining="maybe")


# --- hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_damaged_manifests_never_read_as_valid_with_forged_content(
    fmt: str, signer: SigningCredentials, anchors: str
) -> None:
    signed = stamp(encode(natural_image(48, 48), fmt), fmt, signer)
    start = signed.find(b"jumb") - 4
    outcomes: set[str | None] = set()
    for offset in range(start, min(start + 3000, len(signed)), 23):
        damaged = bytearray(signed)
        damaged[offset] ^= 0x01
        try:
            report = read_credentials(bytes(damaged), fmt, anchors)
        except SynthguardError as e:
            outcomes.add(type(e).__name__)
            continue
        outcomes.add(report.validation_state)
        if report.validation_state in ("Valid", "Trusted"):
            # c2pa tolerates flips in box padding and sizes; what it vouches for is intact.
            assert (report.generation_id, report.watermark_payload_hex) == ("gen-42", PAYLOAD)
        else:
            assert not report.is_ours and report.generation_id is None
    assert "Invalid" in outcomes


def test_truncated_random_and_empty_inputs(signer: SigningCredentials) -> None:
    signed = stamp(encode(natural_image(64, 64), "PNG"), "PNG", signer)
    report = read_credentials(signed[: len(signed) // 2], "png", None)
    assert report.validation_state != "Valid" and report.error
    with pytest.raises(InvalidImage):
        read_credentials(b"", None, None)
    with pytest.raises(InvalidImage):
        read_credentials(np.random.default_rng(0).bytes(2000), None, None)
    bmp = encode(natural_image(16, 16), "BMP")
    assert read_credentials(bmp, None, None) == CredentialsReport(has_manifest=False)
    assert read_iptc(signed[:100]) == dict.fromkeys(
        ["digital_source_type", "credit", "ai_system_used", "ai_system_version_used"]
    )


# --- XMP -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "options", "mode"),
    [
        ("PNG", {}, "RGB"),
        ("JPEG", {"quality": 85}, "RGB"),
        ("WEBP", {"quality": 80}, "RGB"),  # simple VP8
        ("WEBP", {"lossless": True}, "RGBA"),  # simple VP8L with alpha
        ("WEBP", {"quality": 80}, "RGBA"),  # extended VP8X + ALPH
    ],
)
def test_xmp_is_spliced_in_without_touching_pixels(fmt: str, options: dict, mode: str) -> None:
    rgb = natural_image(40, 56, seed=9)
    image = Image.fromarray(rgb).convert(mode)
    buf = io.BytesIO()
    image.save(buf, format=fmt, **options)
    original = buf.getvalue()
    packet = xmp_packet(credit='Made with "x" & <y>')
    once = embed_xmp(original, packet)
    twice = embed_xmp(once, packet)
    assert extract_xmp(twice) == packet
    assert twice.count(b"<x:xmpmeta") == 1
    assert len(twice) == len(once)
    reopened = Image.open(io.BytesIO(twice))
    assert reopened.info["xmp"] == packet
    before = np.asarray(Image.open(io.BytesIO(original)).convert("RGBA"))
    after = np.asarray(reopened.convert("RGBA"))
    assert np.array_equal(before, after)
    assert read_iptc(twice)["credit"] == 'Made with "x" & <y>'


def test_read_iptc_accepts_element_form_and_refuses_entities() -> None:
    png = encode(natural_image(16, 16), "PNG")
    element_form = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
        b"<Iptc4xmpExt:DigitalSourceType>" + TRAINED.encode() + b"</Iptc4xmpExt:DigitalSourceType>"
        b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert read_iptc(embed_xmp(png, element_form))["digital_source_type"] == TRAINED
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + element_form.replace(b"Media<", b"&a;<")
    assert read_iptc(embed_xmp(png, bomb))["digital_source_type"] is None


# --- the shared corpus ---------------------------------------------------------------------


def _corpus_rows() -> list[dict[str, str]]:
    table = CORPUS / "c2pa" / "expected.csv"
    if not table.exists():
        return []
    with table.open(newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _corpus_rows(), ids=lambda row: row["file"])
def test_corpus_reads_as_the_reference_reader_says(corpus: Path, row: dict[str, str]) -> None:
    data = (corpus / "c2pa" / row["file"]).read_bytes()
    report = read_credentials(data, None, None)
    assert report.has_manifest == (row["has_manifest"] == "true")
    assert report.validation_state == (row["validation_state"] or None)
    assert list(report.status_codes) == [c for c in row["status_codes"].split(";") if c]
    assert report.digital_source_type == (row["digital_source_type"] or None)
    assert report.claim_generator == (row["claim_generator"] or None)
    assert report.error is None
    assert (report.is_ours, report.generation_id) == (False, None)


@pytest.mark.parametrize(
    ("file", "declares_ai", "vendor"),
    [
        ("firefly_thirdparty_gemini.png", True, TRAINED),
        ("sample1_signed.webp", True, None),
        ("ocsp.jpg", True, None),  # compositeWithTrainedAlgorithmicMedia
        ("C.jpg", False, None),  # algorithmicMedia: a computed gradient, not a trained model
        ("C_with_CAWG_data.jpg", False, None),  # digitalCapture
        ("XCA.jpg", False, None),  # invalid
    ],
)
def test_corpus_ai_declarations(corpus: Path, file: str, declares_ai: bool, vendor: str) -> None:
    report = read_credentials((corpus / "c2pa" / file).read_bytes(), None, None)
    assert (report.declares_ai, report.vendor_digital_source_type) == (declares_ai, vendor)


# --- helpers -------------------------------------------------------------------------------


def _pixel_data_offset(data: bytes, fmt: str) -> int:
    """An offset in the middle of the compressed pixel data, away from any marker byte."""
    if fmt == "PNG":
        start = data.index(b"IDAT") + 4
        (length,) = struct.unpack(">I", data[start - 8 : start - 4])
        return start + length // 2
    if fmt == "JPEG":
        sos = data.index(b"\xff\xda")
        offset = (sos + len(data)) // 2
        while data[offset] in (0xFF, 0xFE, 0x00) or data[offset - 1] == 0xFF:
            offset += 1
        return offset
    start = data.index(b"VP8 ") + 8
    (length,) = struct.unpack("<I", data[start - 4 : start])
    return start + length // 2
