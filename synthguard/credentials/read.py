"""Read and judge the Content Credentials of any image, however hostile.

Every c2pa call is wrapped: a store that c2pa cannot parse is reported with ``error`` set and,
when the file does carry a manifest store, ``validation_state="Invalid"``; a broken file is
never reported as valid. Reading is offline: remote manifests and OCSP are never fetched.

**"Ours".** A manifest is synthguard's when all three hold: its claim generator is
``synthguard`` (``claim_generator_info[0].name``, or a v1 ``claim_generator`` starting with
``synthguard/``); c2pa reports it ``Trusted`` with ``trust_anchors_pem`` as the only anchors,
that is, its signing certificate chains to synthguard's trust list (the local root plus the
operator's roots, :func:`~synthguard.credentials.keys.load_trust_anchors`) and every hash and
signature checks out; and trust anchors were given at all. Only then are ``generation_id`` and
the soft-binding payload reported: anyone can write ``synthguard`` as a claim generator.

**"Declares AI".** ``declares_ai`` is true when a manifest that is ``Valid`` or ``Trusted``
has an action in its active manifest with digital source type ``trainedAlgorithmicMedia`` or
``compositeWithTrainedAlgorithmicMedia`` (standard field or Adobe's
``com.adobe.digitalSourceType`` parameter). ``algorithmicMedia`` is not AI in IPTC's sense
(pure computation without training data, such as a gradient or a fractal), and an ``Invalid``
manifest's declarations are not credentials: its raw values stay visible in the report.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import asdict, dataclass
from typing import Any, Final

from synthguard.credentials import _deps
from synthguard.credentials.manifest import (
    CLAIM_GENERATOR,
    FORMATS,
    GENERATION_LABEL,
    MIME_TYPES,
    SOFT_BINDING_ALG,
    SOFT_BINDING_LABEL,
)
from synthguard.errors import ConfigError, InvalidImage
from synthguard.imageio import sniff

IPTC_SOURCE_TYPE_PREFIX: Final = "http://cv.iptc.org/newscodes/digitalsourcetype/"
#: Digital source types (IPTC terms) that say a trained model made some or all of the image.
AI_SOURCE_TYPES: Final = frozenset(
    {"trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia"}
)
VENDOR_SOURCE_TYPE_PARAMETER: Final = "com.adobe.digitalSourceType"

# The JUMBF description box of a C2PA manifest store: "jumd" then the c2pa type UUID.
_MANIFEST_STORE_MARKER: Final = b"jumdc2pa\x00\x11\x00\x10\x80\x00\x00\xaa\x00\x38\x9b\x71"
_EXTRA_MIME_TYPES: Final = {"GIF": "image/gif", "TIFF": "image/tiff"}


@dataclass(frozen=True)
class CredentialsReport:
    """What the Content Credentials of one image say, and whether they hold.

    ``validation_state`` is c2pa's: ``"Trusted"`` (signature, hashes and certificate chain to a
    given anchor all good), ``"Valid"`` (well-formed, signature and hashes good, signer not
    trusted), ``"Invalid"`` (an integrity failure, or a store c2pa could not parse), or
    ``None`` without a manifest. ``status_codes`` are the failure codes c2pa reports for the
    active manifest and its ingredients, in order, without duplicates.
    """

    has_manifest: bool
    validation_state: str | None = None
    status_codes: tuple[str, ...] = ()
    digital_source_type: str | None = None
    vendor_digital_source_type: str | None = None
    claim_generator: str | None = None
    signed_by: str | None = None
    signed_at: str | None = None
    declares_ai: bool = False
    is_ours: bool = False
    generation_id: str | None = None
    soft_binding_alg: str | None = None
    watermark_payload_hex: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        body = asdict(self)
        body["status_codes"] = list(self.status_codes)
        return body


def read_credentials(
    image_bytes: bytes,
    fmt_or_mime: str | None = None,
    trust_anchors_pem: str | None = None,
) -> CredentialsReport:
    """The Content Credentials of ``image_bytes``, judged against ``trust_anchors_pem``.

    ``fmt_or_mime`` ("png", "image/jpeg"...) is a hint; ``None`` sniffs the bytes. Raises
    :class:`InvalidImage` for empty or unrecognisable bytes and :class:`ConfigError` for trust
    anchors that are not PEM certificates; every other failure is a report with ``error``.
    """
    if not image_bytes:
        raise InvalidImage("empty file: zero bytes")
    if trust_anchors_pem:
        _check_anchors(trust_anchors_pem)
    c2pa = _deps.c2pa()
    settings: dict[str, Any] = {
        "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
    }
    if trust_anchors_pem:
        settings["trust"] = {"trust_anchors": trust_anchors_pem}
    mime = _mime(image_bytes, fmt_or_mime)
    try:
        with c2pa.Context.from_dict(settings) as context:
            reader = c2pa.Reader.try_create(mime, io.BytesIO(image_bytes), None, context)
            if reader is None:
                return CredentialsReport(has_manifest=False)
            with reader:
                store = json.loads(reader.json())
    except c2pa.C2paError.NotSupported as e:
        if sniff(image_bytes) is not None:  # BMP: an image, but one that cannot carry C2PA
            return CredentialsReport(has_manifest=False)
        raise InvalidImage(f"not an image format that c2pa can read: {e}") from e
    except (c2pa.C2paError, ValueError, TypeError, RecursionError, MemoryError) as e:
        return _unreadable(image_bytes, e)
    try:
        return _judge(store, trusted_list_given=bool(trust_anchors_pem))
    except (AttributeError, TypeError, ValueError, KeyError, RecursionError) as e:
        return _unreadable(image_bytes, e)


def _judge(store: dict[str, Any], *, trusted_list_given: bool) -> CredentialsReport:
    state = store.get("validation_state")
    state = state if isinstance(state, str) else "Invalid"
    codes = tuple(
        dict.fromkeys(
            status["code"]
            for status in _dicts(store.get("validation_status"))
            if isinstance(status.get("code"), str)
        )
    )
    manifests = store.get("manifests")
    active = manifests.get(store.get("active_manifest")) if isinstance(manifests, dict) else None
    if not isinstance(active, dict):
        return CredentialsReport(
            has_manifest=True,
            validation_state="Invalid",
            status_codes=codes,
            error="the manifest store has no active manifest",
        )
    actions = list(_actions(active))
    source_type = _source_type(actions)
    vendor_type = next(
        (
            value
            for action in actions
            if isinstance(value := _params(action).get(VENDOR_SOURCE_TYPE_PARAMETER), str)
        ),
        None,
    )
    declared = [a.get("digitalSourceType") for a in actions]
    declared += [_params(a).get(VENDOR_SOURCE_TYPE_PARAMETER) for a in actions]
    declares_ai = state in ("Valid", "Trusted") and any(_is_ai(value) for value in declared)
    signature = active.get("signature_info")
    signature = signature if isinstance(signature, dict) else {}
    is_ours = trusted_list_given and state == "Trusted" and _claims_synthguard(active)
    generation_id = alg = payload_hex = None
    if is_ours:
        generation_id, alg, payload_hex = _our_assertions(active)
    return CredentialsReport(
        has_manifest=True,
        validation_state=state,
        status_codes=codes,
        digital_source_type=source_type,
        vendor_digital_source_type=vendor_type,
        claim_generator=_claim_generator(active),
        signed_by=_str(signature.get("issuer")),
        signed_at=_str(signature.get("time")),
        declares_ai=declares_ai,
        is_ours=is_ours,
        generation_id=generation_id,
        soft_binding_alg=alg,
        watermark_payload_hex=payload_hex,
    )


def _unreadable(image_bytes: bytes, error: Exception) -> CredentialsReport:
    has_store = _MANIFEST_STORE_MARKER in image_bytes
    return CredentialsReport(
        has_manifest=has_store,
        validation_state="Invalid" if has_store else None,
        error=f"c2pa could not read the Content Credentials: {error}",
    )


def _actions(manifest: dict[str, Any]) -> Any:
    for assertion in _dicts(manifest.get("assertions")):
        label = assertion.get("label")
        data = assertion.get("data")
        if isinstance(label, str) and label.startswith("c2pa.actions") and isinstance(data, dict):
            yield from _dicts(data.get("actions"))


def _source_type(actions: list[dict[str, Any]]) -> str | None:
    created = [a for a in actions if a.get("action") == "c2pa.created"]
    for action in created + actions:
        if isinstance(value := action.get("digitalSourceType"), str):
            return value
    return None


def _is_ai(value: object) -> bool:
    if not isinstance(value, str):
        return False
    value = value.strip()
    term = value.removeprefix(IPTC_SOURCE_TYPE_PREFIX)
    return (term != value or "/" not in value) and term in AI_SOURCE_TYPES


def _claim_generator(manifest: dict[str, Any]) -> str | None:
    if isinstance(generator := manifest.get("claim_generator"), str):
        return generator
    names = []
    for info in _dicts(manifest.get("claim_generator_info")):
        name, version = _str(info.get("name")), _str(info.get("version"))
        if name:
            names.append(f"{name}/{version}" if version else name)
    return " ".join(names) or None


def _claims_synthguard(manifest: dict[str, Any]) -> bool:
    infos = _dicts(manifest.get("claim_generator_info"))
    if infos:
        return infos[0].get("name") == CLAIM_GENERATOR
    generator = manifest.get("claim_generator")
    return isinstance(generator, str) and generator.startswith(CLAIM_GENERATOR + "/")


def _our_assertions(manifest: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    generation_id = alg = payload_hex = None
    for assertion in _dicts(manifest.get("assertions")):
        label, data = assertion.get("label"), assertion.get("data")
        if not isinstance(data, dict):
            continue
        if label == GENERATION_LABEL:
            generation_id = _str(data.get("generation_id"))
        elif label == SOFT_BINDING_LABEL and data.get("alg") == SOFT_BINDING_ALG:
            alg = SOFT_BINDING_ALG
            blocks = _dicts(data.get("blocks"))
            value = blocks[0].get("value") if blocks else None
            if isinstance(value, str):
                try:
                    payload_hex = base64.b64decode(value, validate=True).hex()
                except (binascii.Error, ValueError):
                    payload_hex = None
    return generation_id, alg, payload_hex


def _check_anchors(pem: str) -> None:
    # c2pa accepts any string here and fails later, on the first read, with a COSE error.
    _deps.require_cryptography()
    from cryptography import x509

    try:
        x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as e:
        raise ConfigError(f"trust anchors are not PEM certificates: {e}") from e


def _mime(image_bytes: bytes, fmt_or_mime: str | None) -> str | None:
    if fmt_or_mime:
        hint = fmt_or_mime.strip().lower()
        return MIME_TYPES[FORMATS[hint]] if hint in FORMATS else hint
    fmt = sniff(image_bytes)
    if fmt is None:
        return None  # let c2pa recognise the many other containers it reads
    return MIME_TYPES.get(fmt) or _EXTRA_MIME_TYPES.get(fmt)


def _params(action: dict[str, Any]) -> dict[str, Any]:
    params = action.get("parameters")
    return params if isinstance(params, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
