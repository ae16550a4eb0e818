"""Content Credentials: sign generated images with C2PA + IPTC XMP, and read anyone's.

* :func:`init_credentials` / :func:`load_signer` / :func:`load_trust_anchors` (``keys``): the
  signing key, its certificate chain and the roots that make a manifest "ours".
* :func:`sign` (``manifest``): XMP first, then the signed manifest, as the last write.
* :func:`read_credentials` (``read``) → :class:`CredentialsReport`; :func:`read_iptc`
  (``xmp``) reads the IPTC digital source type independently of C2PA.

c2pa-python and cryptography are the ``c2pa`` extra; they are imported on first use, so
importing this package never fails for lack of them.
"""

from synthguard.credentials.keys import (
    CredentialPaths,
    SigningCredentials,
    init_credentials,
    load_signer,
    load_trust_anchors,
    renew_signing_key,
)
from synthguard.credentials.manifest import sign
from synthguard.credentials.read import CredentialsReport, read_credentials
from synthguard.credentials.xmp import read_iptc

__all__ = [
    "CredentialPaths",
    "CredentialsReport",
    "SigningCredentials",
    "init_credentials",
    "load_signer",
    "load_trust_anchors",
    "read_credentials",
    "read_iptc",
    "renew_signing_key",
    "sign",
]
