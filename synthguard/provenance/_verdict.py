"""One verdict over every provenance layer of an image.

Each layer is read on its own and reported in ``signals``:

* ``c2pa``: the Content Credentials as c2pa validates them against our trust list;
* ``iptc``: the IPTC digital source type in the XMP (anyone can write it: a declaration only);
* ``watermark``: our invisible mark under any key of the ring, and whether its payload is a
  recorded generation;
* ``fingerprint``: near-duplicate matches in the generation index, each with its false-match
  rate.

They combine, first rule that applies, into a :class:`Verdict` label:

1. ``tampered``: credentials are present but do not validate (hash mismatch, bad signature,
   an unreadable store). Said even when another layer says "ours": a signed file was changed.
2. ``generated``: ours, through credentials signed under our trust list, or a watermark or a
   fingerprint that leads to a recorded generation. A watermark whose payload is not recorded
   is reported but not believed: an unmarked image would need a false detection *and* a hit
   among the recorded payloads out of 2^48.
3. ``generated_elsewhere``: valid credentials, or IPTC metadata, from another generator
   declaring AI generation (``trainedAlgorithmicMedia`` or its composite).
4. ``not_found``: none of the above.

``false_positive_rate`` belongs to ``generated`` only: the rate at which an image we never made
would get that label by the rule that gave it. A signature chaining to our root is not a
statistical signal, so its rate is 0; otherwise it is the union bound of the statistical layers
that can say "ours" on their own, the watermark's ``watermark_fpr`` plus the fingerprint index's
false-match rate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from synthguard import credentials, imageio, watermark
from synthguard.config import Settings, get_settings
from synthguard.credentials import CredentialsReport
from synthguard.credentials.read import AI_SOURCE_TYPES, IPTC_SOURCE_TYPE_PREFIX
from synthguard.errors import ComponentUnavailable, InvalidImage, SynthguardError
from synthguard.provenance import _fingerprints
from synthguard.registry import GenerationStore, generation_id
from synthguard.watermark import WatermarkKeys

Label = Literal["generated", "generated_elsewhere", "tampered", "not_found"]
LABELS: tuple[Label, ...] = ("generated", "generated_elsewhere", "tampered", "not_found")
SIGNALS = ("c2pa", "iptc", "watermark", "fingerprint")


@dataclass(frozen=True)
class Verdict:
    """What an image is, each layer's evidence, and the rate of a false ``generated``."""

    label: Label
    generation_id: str | None
    false_positive_rate: float | None
    explanation: str
    signals: dict[str, dict[str, Any]] = field(default_factory=dict)
    agreeing_layers: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.label,
            "generation_id": self.generation_id,
            "false_positive_rate": self.false_positive_rate,
            "explanation": self.explanation,
            "agreeing_layers": list(self.agreeing_layers),
            "signals": self.signals,
        }


def verify(data: bytes, *, settings: Settings | None = None) -> Verdict:
    """Read every provenance layer of the image in ``data`` and combine them.

    Raises :class:`InvalidImage` for bytes that are not an image we accept. A file whose
    pixels cannot be decoded but that carries a manifest store is still judged (usually
    ``tampered``), with the pixel layers reporting why they are missing.
    """
    settings = settings or get_settings()
    if not data:
        raise InvalidImage("empty file: zero bytes")
    if imageio.sniff(data) is None:
        raise InvalidImage(
            "unsupported or unrecognised image format; accepted: " + ", ".join(imageio.FORMATS)
        )
    report, c2pa_signal = _read_c2pa(data, settings)
    rgb: np.ndarray | None = None
    undecodable: dict[str, Any] = {}
    try:
        rgb = imageio.decode(data).rgb
    except InvalidImage as e:
        if report is None or not report.has_manifest:
            raise
        undecodable = {"error": f"pixels not decodable: {e.message}"}
    store = GenerationStore(settings)
    signals = {
        "c2pa": c2pa_signal,
        "iptc": _iptc_signal(data),
        "watermark": _watermark_signal(rgb, store, settings) if rgb is not None else undecodable,
        "fingerprint": _fingerprint_signal(rgb, store, settings)
        if rgb is not None
        else undecodable,
    }
    return _combine(report, signals, settings)


def verify_file(path: str | Path, *, settings: Settings | None = None) -> Verdict:
    """:func:`verify` on a file's bytes (size-capped like every upload)."""
    data = imageio.read_bytes(path)
    try:
        return verify(data, settings=settings)
    except InvalidImage as e:
        raise InvalidImage(f"{path}: {e.message}", **e.details) from e


# --- the layers ----------------------------------------------------------------------------


def _read_c2pa(data: bytes, settings: Settings) -> tuple[CredentialsReport | None, dict[str, Any]]:
    try:
        anchors = credentials.load_trust_anchors(settings)
        report = credentials.read_credentials(data, trust_anchors_pem=anchors)
    except ComponentUnavailable as e:
        return None, {"has_manifest": None, "error": e.message}
    return report, report.to_json()


def _iptc_signal(data: bytes) -> dict[str, Any]:
    try:
        found: dict[str, Any] = dict(credentials.read_iptc(data))
    except SynthguardError as e:  # read_iptc does not raise on bad input; belt and braces
        return {"error": e.message, "declares_ai": False}
    found["declares_ai"] = _is_ai_source(found.get("digital_source_type"))
    return found


def _watermark_signal(
    rgb: np.ndarray, store: GenerationStore, settings: Settings
) -> dict[str, Any]:
    keys = WatermarkKeys(settings)
    if not keys.exists():
        return {"detected": False, "error": "no watermark key on this server"}
    if min(rgb.shape[:2]) < 16:
        return {"detected": False, "error": "image too small to carry a watermark"}
    try:
        found = watermark.detect(rgb, keys=keys.ring(create=False).all, settings=settings)
    except SynthguardError as e:  # an unreadable key file: the other layers still speak
        return {"detected": False, "error": e.message}
    signal: dict[str, Any] = watermark.detection_json(found)
    signal["generation_id"] = None
    signal["recorded"] = False
    if found.detected and found.payload is not None and len(found.payload) == 6:
        record = store.by_payload(found.payload)
        signal["generation_id"] = generation_id(found.payload)
        signal["recorded"] = record is not None
    return signal


def _fingerprint_signal(
    rgb: np.ndarray, store: GenerationStore, settings: Settings
) -> dict[str, Any]:
    try:
        index = _fingerprints.generation_index(settings)
        matches = list(index.match(rgb))
    except SynthguardError as e:  # extra missing, index unreadable: reported, not fatal
        return {"matches": [], "generation_id": None, "error": e.message}
    recorded = [m.id for m in matches if _recorded(store, m.id)]
    return {
        "matches": [m.to_json() for m in matches],
        "generation_id": recorded[0] if recorded else None,
        "recorded_ids": recorded,
        "false_match_rate": float(index.false_match_rate),
    }


def _recorded(store: GenerationStore, gen_id: str) -> bool:
    try:
        store.get(gen_id)
    except SynthguardError:
        return False
    return True


# --- the verdict ---------------------------------------------------------------------------


def _combine(
    report: CredentialsReport | None, signals: dict[str, dict[str, Any]], settings: Settings
) -> Verdict:
    wm, fp = signals["watermark"], signals["fingerprint"]
    ids: dict[str, str | None] = {
        "c2pa": report.generation_id if report is not None and report.is_ours else None,
        "watermark": wm.get("generation_id") if wm.get("recorded") else None,
        "fingerprint": fp.get("generation_id"),
    }
    claimed: dict[str, str] = {layer: str(gid) for layer, gid in ids.items() if gid}
    # The same picture stamped twice matches both records: the fingerprint agrees with the
    # other layers when their id is among its matches, whatever the order.
    anchor = claimed.get("c2pa") or claimed.get("watermark")
    if anchor and anchor in (fp.get("recorded_ids") or []):
        claimed["fingerprint"] = anchor

    if _integrity_failed(report):
        assert report is not None
        why = ", ".join(report.status_codes) or report.error or "invalid manifest"
        text = f"Content Credentials are present but do not validate ({why})"
        primary = _primary(claimed)
        if primary is not None:
            layers = _join(layer for layer, gid in claimed.items() if gid == primary)
            text += f"; the {layers} still identif{'y' if ' and ' in layers else 'ies'} {primary}"
        agreeing = tuple(layer for layer, gid in claimed.items() if gid == primary)
        return Verdict("tampered", primary, None, text + ".", signals, agreeing)

    primary = _primary(claimed)
    if primary is not None:
        agreeing = tuple(layer for layer, gid in claimed.items() if gid == primary)
        others = sorted(set(claimed) - set(agreeing))
        if "c2pa" in agreeing:
            rate = 0.0
        else:
            rate = settings.watermark_fpr + float(fp.get("false_match_rate") or 0.0)
        text = f"Generated here as {primary}: the {_join(agreeing)} "
        text += "agree" if len(agreeing) > 1 else "says so"
        if others:
            text += f"; the {_join(others)} point{'' if len(others) > 1 else 's'} elsewhere"
        return Verdict("generated", primary, rate, text + ".", signals, agreeing)

    elsewhere = _declared_elsewhere(report, signals["iptc"])
    if elsewhere is not None:
        return Verdict("generated_elsewhere", None, None, elsewhere, signals)
    return Verdict("not_found", None, None, _not_found_text(report, wm), signals)


# Failure codes about the signer's certificate rather than the content: an expired or revoked
# certificate, or an unverifiable time stamp, says nothing about whether the bytes were edited.
_CREDENTIAL_CODE_PREFIXES = ("signingCredential.", "timeStamp.", "cawg.x509.credential.")


def _integrity_failed(report: CredentialsReport | None) -> bool:
    """Credentials present and broken by something other than the signer's certificate."""
    if report is None or not report.has_manifest or report.validation_state != "Invalid":
        return False
    if report.error is not None or not report.status_codes:
        return True
    return not all(code.startswith(_CREDENTIAL_CODE_PREFIXES) for code in report.status_codes)


def _primary(claimed: dict[str, str]) -> str | None:
    # A signature outranks the statistical layers, and the watermark outranks a near-duplicate.
    for layer in ("c2pa", "watermark", "fingerprint"):
        if claimed.get(layer):
            return claimed[layer]
    return None


def _declared_elsewhere(report: CredentialsReport | None, iptc: dict[str, Any]) -> str | None:
    if report is not None and report.has_manifest and report.declares_ai:
        who = report.claim_generator or "another generator"
        state = "untrusted signer" if report.validation_state == "Valid" else "trusted signer"
        return f"Valid Content Credentials from {who} ({state}) declare the image AI-generated."
    if iptc.get("declares_ai"):
        term = str(iptc.get("digital_source_type")).rsplit("/", 1)[-1]
        system = iptc.get("ai_system_used") or iptc.get("credit")
        by = f" by {system}" if system else ""
        return f"IPTC metadata (unsigned) declares the image AI-generated{by} ({term})."
    return None


def _not_found_text(report: CredentialsReport | None, wm: dict[str, Any]) -> str:
    parts = ["No sign of generation here"]
    if report is not None and report.has_manifest:
        who = report.claim_generator or "an unknown generator"
        if report.validation_state == "Invalid":
            codes = ", ".join(report.status_codes)
            parts.append(f"Content Credentials from {who} have an invalid certificate ({codes})")
        else:
            state = report.validation_state
            parts.append(f"Content Credentials from {who} ({state}) declare no AI")
    if wm.get("detected") and not wm.get("recorded"):
        parts.append(f"a watermark under our key carries {wm.get('payload')}, not a recorded id")
    return "; ".join(parts) + "."


def _is_ai_source(value: object) -> bool:
    if not isinstance(value, str):
        return False
    term = value.strip().removeprefix(IPTC_SOURCE_TYPE_PREFIX)
    return term in AI_SOURCE_TYPES


def _join(items: Iterable[str]) -> str:
    names = list(items)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
