"""Signing keys, certificates and the trust list for Content Credentials.

:func:`init_credentials` creates, offline, everything a fresh install needs to sign under
``<home>/keys/``::

    signing.key.pem    ES256 (P-256) private key of the end-entity certificate, mode 0600
    signing.chain.pem  the end-entity certificate (the chain put into every manifest)
    root.pem           the local root CA certificate: the default trust list
    root.key.pem       the root's private key, mode 0600, kept only to renew the signing key

The root is labelled as a development root that nobody else trusts. Production operators load
a certificate from a CA on the C2PA trust list instead (:func:`load_signer` with their paths).

What c2pa-rs 0.91 requires of the end-entity certificate (measured): key usage
digitalSignature, extended key usage emailProtection (document signing alone is refused), not a
CA, an AuthorityKeyIdentifier (without one: "the certificate is invalid"), valid at signing
time. ``signing.chain.pem`` holds the end-entity certificate only: c2pa validates a chain with
or without the root, and a trust anchor has no business inside the manifest (500 bytes saved).

Without a time-stamp authority the certificate is checked against the *current* time when a
file is read, so every file signed offline reads as ``Invalid`` (``signingCredential.expired``)
once the end-entity certificate expires. :func:`renew_signing_key` issues a new one under the
same root; files already signed are not helped by that, only a time stamp helps them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from synthguard.config import Settings
from synthguard.credentials._deps import require_cryptography
from synthguard.errors import ConfigError, InvalidKey

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

ROOT_COMMON_NAME: Final = "synthguard local development root — not publicly trusted"
SIGNER_COMMON_NAME: Final = "synthguard local signer — not publicly trusted"
ORGANIZATION: Final = "synthguard (local development)"

KEYS_DIR: Final = "keys"
KEY_FILE: Final = "signing.key.pem"
CHAIN_FILE: Final = "signing.chain.pem"
ROOT_FILE: Final = "root.pem"
ROOT_KEY_FILE: Final = "root.key.pem"


@dataclass(frozen=True)
class CredentialPaths:
    """Where the locally generated key and certificates live."""

    key: Path
    chain: Path
    root: Path
    root_key: Path

    @classmethod
    def under(cls, settings: Settings) -> CredentialPaths:
        folder = settings.home / KEYS_DIR
        return cls(
            key=folder / KEY_FILE,
            chain=folder / CHAIN_FILE,
            root=folder / ROOT_FILE,
            root_key=folder / ROOT_KEY_FILE,
        )


@dataclass(frozen=True)
class SigningCredentials:
    """A PEM certificate chain (end entity first), its private key and how to sign with it."""

    chain_pem: bytes
    key_pem: bytes = field(repr=False)
    alg: str
    tsa_url: str | None = None
    subject: str = ""


def init_credentials(
    settings: Settings,
    force: bool = False,
    *,
    signer_days: int = 365,
    root_days: int = 3650,
) -> CredentialPaths:
    """Create the local root CA and the signing key under ``<home>/keys/``, offline.

    Existing files are kept unless ``force``; with ``force`` a new root is made too, so files
    signed before verify as "Trusted" only while the old ``root.pem`` stays in the trust list.
    """
    require_cryptography()
    paths = CredentialPaths.under(settings)
    if not force and paths.key.exists() and paths.chain.exists() and paths.root.exists():
        return paths
    settings.ensure_home()
    paths.key.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    root_key = _new_key()
    root = _root_certificate(root_key, days=root_days)
    _write_private(paths.root_key, _key_pem(root_key))
    _write_public(paths.root, _cert_pem(root))
    _issue_signer(paths, root, root_key, days=signer_days)
    return paths


def renew_signing_key(settings: Settings, *, signer_days: int = 365) -> CredentialPaths:
    """A new signing key and certificate under the existing local root (the trust list stays)."""
    require_cryptography()
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    paths = CredentialPaths.under(settings)
    try:
        root = x509.load_pem_x509_certificate(paths.root.read_bytes())
        root_key = load_pem_private_key(paths.root_key.read_bytes(), password=None)
    except FileNotFoundError as e:
        raise ConfigError(
            f"no local root in {paths.root.parent}; run init_credentials first", path=str(e)
        ) from e
    except ValueError as e:
        raise InvalidKey(f"unreadable local root certificate or key: {e}") from e
    _issue_signer(paths, root, root_key, days=signer_days)
    return paths


def load_signer(
    settings: Settings,
    *,
    chain_path: Path | str | None = None,
    key_path: Path | str | None = None,
    tsa_url: str | None = None,
) -> SigningCredentials:
    """The credentials to sign with: the operator's PEM chain and key, or the local ones.

    Without explicit paths the settings ``c2pa_cert_chain`` / ``c2pa_private_key`` are used when
    present, else the files :func:`init_credentials` made. The signing algorithm follows the
    key: P-256 → es256, P-384 → es384, P-521 → es512, Ed25519 → ed25519, RSA → ps256.
    """
    require_cryptography()
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    local = CredentialPaths.under(settings)
    chain_file = Path(chain_path or _setting(settings, "c2pa_cert_chain") or local.chain)
    key_file = Path(key_path or _setting(settings, "c2pa_private_key") or local.key)
    tsa_url = tsa_url or _setting(settings, "c2pa_tsa_url")
    try:
        chain_pem = chain_file.read_bytes()
        key_pem = key_file.read_bytes()
    except FileNotFoundError as e:
        raise InvalidKey(
            f"signing credentials not found: {e.filename}; run `synthguard credentials init` "
            "or set SYNTHGUARD_C2PA_CERT_CHAIN and SYNTHGUARD_C2PA_PRIVATE_KEY",
            path=str(e.filename),
        ) from e
    except OSError as e:
        raise InvalidKey(f"cannot read signing credentials: {e}") from e
    try:
        certs = x509.load_pem_x509_certificates(chain_pem)
    except ValueError as e:
        raise InvalidKey(f"{chain_file}: not a PEM certificate chain: {e}") from e
    try:
        key = load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as e:
        raise InvalidKey(f"{key_file}: not an unencrypted PEM private key: {e}") from e
    if _public_der(certs[0].public_key()) != _public_der(key.public_key()):
        raise InvalidKey(
            f"{key_file} is not the key of the first certificate in {chain_file} "
            "(the chain must start with the end-entity certificate)"
        )
    return SigningCredentials(
        chain_pem=chain_pem,
        key_pem=key_pem,
        alg=_algorithm(key),
        tsa_url=tsa_url,
        subject=certs[0].subject.rfc4514_string(),
    )


def load_trust_anchors(
    settings: Settings, *, extra_path: Path | str | None = None, include_local: bool = True
) -> str | None:
    """The PEM root certificates that make a manifest "ours": the local root and the operator's.

    ``extra_path`` (default: the setting ``c2pa_trust_anchors``) is a PEM bundle of more roots.
    ``None`` when there is nothing to trust. A malformed bundle is a :class:`ConfigError`.
    """
    require_cryptography()
    from cryptography import x509

    files = []
    local_root = CredentialPaths.under(settings).root
    if include_local and local_root.exists():
        files.append(local_root)
    extra = extra_path or _setting(settings, "c2pa_trust_anchors")
    if extra:
        files.append(Path(extra))
    bundle = []
    for path in files:
        try:
            pem = path.read_bytes()
            certs = x509.load_pem_x509_certificates(pem)
        except OSError as e:
            raise ConfigError(f"cannot read trust anchors {path}: {e}", path=str(path)) from e
        except ValueError as e:
            raise ConfigError(f"{path}: not a PEM certificate bundle: {e}", path=str(path)) from e
        bundle += [_cert_pem(cert).decode("ascii") for cert in certs]
    return "".join(bundle) or None


def _setting(settings: Settings, name: str) -> Any:
    # These fields are proposed for config.py; until they land, absent means "not set".
    return getattr(settings, name, None)


def _issue_signer(paths: CredentialPaths, root: x509.Certificate, root_key: Any, days: int) -> None:
    key = _new_key()
    cert = _signer_certificate(key, root, root_key, days=days)
    _write_private(paths.key, _key_pem(key))
    _write_public(paths.chain, _cert_pem(cert))


def _new_key() -> Any:
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
        ]
    )


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _root_certificate(key: Any, days: int) -> x509.Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = dt.datetime.now(dt.UTC)
    name = _name(ROOT_COMMON_NAME)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )


def _signer_certificate(
    key: Any, root: x509.Certificate, root_key: Any, days: int
) -> x509.Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID

    now = dt.datetime.now(dt.UTC)
    # Never outlive the root: a chain that does is rejected as invalid.
    not_after = min(now + dt.timedelta(days=days), root.not_valid_after_utc)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER_COMMON_NAME))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
        .sign(root_key, hashes.SHA256())
    )


def _algorithm(key: PrivateKeyTypes) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if isinstance(key, ec.EllipticCurvePrivateKey):
        curves = {"secp256r1": "es256", "secp384r1": "es384", "secp521r1": "es512"}
        if key.curve.name in curves:
            return curves[key.curve.name]
        raise InvalidKey(f"EC curve {key.curve.name} is not allowed by C2PA; use P-256")
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, rsa.RSAPrivateKey):
        return "ps256"  # C2PA allows RSA only with PSS padding
    raise InvalidKey(f"{type(key).__name__} keys cannot sign C2PA manifests")


def _public_der(public_key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(
        public_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def _key_pem(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _cert_pem(cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM)


def _write_private(path: Path, data: bytes) -> None:
    """Write a secret atomically, owner-only from the first byte."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # O_CREAT's mode is ignored for a file left over from a crash
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def _write_public(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
