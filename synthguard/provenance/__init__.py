"""Provenance on every output, and one verdict over all its layers.

* :func:`stamp` / :func:`stamp_file` mark a generated image with every layer (watermark, IPTC
  XMP, signed C2PA Content Credentials), then record it in the registry and the fingerprint
  index; all or nothing (``_stamping``).
* :func:`verify` / :func:`verify_file` read each layer on its own and combine them into a
  :class:`Verdict`: ``generated``, ``generated_elsewhere``, ``tampered`` or ``not_found``, with
  each layer's evidence and the false-positive rate of the label (``_verdict``).
* ``commands`` holds what the CLI prints for ``synthguard stamp`` and ``synthguard verify``.
"""

from synthguard.provenance._stamping import (
    LAYERS,
    OUTPUT_FORMATS,
    StampResult,
    forget,
    stamp,
    stamp_file,
)
from synthguard.provenance._verdict import LABELS, SIGNALS, Label, Verdict, verify, verify_file

__all__ = [
    "LABELS",
    "LAYERS",
    "OUTPUT_FORMATS",
    "SIGNALS",
    "Label",
    "StampResult",
    "Verdict",
    "forget",
    "stamp",
    "stamp_file",
    "verify",
    "verify_file",
]
