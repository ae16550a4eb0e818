"""The fingerprint registry: what the rest of synthguard uses.

* :func:`extract` - an image's :class:`Fingerprint` (PDQ hash + index-side ORB keypoints);
* :class:`FingerprintIndex` - a persistent directory of fingerprints under string ids, matched
  with the two-stage matcher, the shipped vocabulary and the shipped null model; each match
  carries the false-match rate its threshold was set for;
* :func:`generation_index` - the index of every image this service generated.

On disk an index is a directory::

    FINGERPRINT_INDEX     format marker ("synthguard-fingerprint-index <version>")
    CURRENT               number g of the live snapshot (absent: empty snapshot 0)
    snap-<g>/             the matcher's files + the id map, written by save()
    journal-<g>.log       adds and removals since snapshot g, one CRC-checked record each
    .lock                 flock() taken by writers

``add`` and ``remove`` append one record to the journal and fsync it, so they are durable when
they return; ``open`` replays the journal after the snapshot; ``save`` compacts both into a new
snapshot. Before each operation an open index catches up with records another process wrote
(or reloads, if another process saved a new snapshot), so processes that share a directory
one after the other see each other's changes.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import struct
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from synthguard.errors import IndexFormatError, InvalidImage, NotFound, missing_extra

from ._index import IndexFileError, _IdMap, _read, _write
from ._matcher import TwoStageMatcher
from ._model import MATCHER_SETTINGS, shipped_null_model, shipped_vocabulary
from ._signals import Keypoints, LocalFeatures, PDQHash, PDQSignal, check_rgb

if TYPE_CHECKING:
    from synthguard.config import Settings

__all__ = [
    "Fingerprint",
    "FingerprintIndex",
    "FingerprintMatch",
    "extract",
    "generation_index",
]

DEFAULT_FMR = 1e-4

# ------------------------------------------------------------------------------ fingerprint

_FP_MAGIC = b"SGFP"
_FP_VERSION = 1
_FP_HEADER = struct.Struct("<4sBB")  # magic, version, PDQ quality


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """What :func:`extract` returns: the PDQ hash and the index-side keypoints of an image."""

    pdq: PDQHash
    keypoints: Keypoints

    @property
    def pdq_hex(self) -> str:
        """The 256-bit PDQ hash as 64 hexadecimal digits (interoperable with other PDQ lists)."""
        return self.pdq.hex()

    @property
    def features(self) -> bytes:
        """The keypoints (and PDQ quality) serialised; see :meth:`from_parts`."""
        return (
            _FP_HEADER.pack(_FP_MAGIC, _FP_VERSION, max(0, min(255, self.pdq.quality)))
            + self.keypoints.to_bytes()
        )

    @classmethod
    def from_parts(cls, pdq_hex: str, features: bytes) -> Fingerprint:
        """Rebuild a fingerprint from :attr:`pdq_hex` and :attr:`features` (e.g. a database row)."""
        try:
            bits = bytes.fromhex(pdq_hex)
        except (ValueError, TypeError) as e:
            raise IndexFormatError(f"PDQ hash is not hexadecimal: {pdq_hex!r}") from e
        if len(bits) != 32:
            raise IndexFormatError(f"a PDQ hash is 64 hex digits, got {len(pdq_hex)}")
        data = bytes(features)
        if len(data) < _FP_HEADER.size:
            raise IndexFormatError("fingerprint features truncated (no header)")
        magic, version, quality = _FP_HEADER.unpack_from(data)
        if magic != _FP_MAGIC:
            raise IndexFormatError("not fingerprint features (bad magic)")
        if version != _FP_VERSION:
            raise IndexFormatError(
                f"fingerprint features version {version}, this code reads {_FP_VERSION}"
            )
        try:
            keypoints = Keypoints.from_bytes(data[_FP_HEADER.size :])
        except ValueError as e:
            raise IndexFormatError(f"fingerprint features: {e}") from e
        return cls(PDQHash(bits, int(quality)), keypoints)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fingerprint):
            return NotImplemented
        return self.pdq.bits == other.pdq.bits and self.features == other.features

    def __hash__(self) -> int:
        return hash((self.pdq.bits, self.features))


_features: LocalFeatures | None = None
_pdq: PDQSignal | None = None


def _require_extras() -> None:
    for module in ("pdqhash", "faiss"):
        try:
            __import__(module)
        except ImportError as e:
            raise missing_extra("fingerprint", module) from e


def _signals() -> tuple[LocalFeatures, PDQSignal]:
    global _features, _pdq
    if _features is None or _pdq is None:
        _require_extras()
        _features, _pdq = LocalFeatures(), PDQSignal()
    return _features, _pdq


def _rgb(rgb: Any) -> np.ndarray:
    try:
        return check_rgb(rgb)
    except ValueError as e:
        raise InvalidImage(str(e)) from e


def extract(rgb: np.ndarray) -> Fingerprint:
    """Fingerprint an image for an index: PDQ hash + spatially spread ORB keypoints.

    ``rgb`` is an ``(H, W, 3)`` uint8 array of at least 16×16 pixels (else :class:`InvalidImage`).
    The keypoints come back exactly as :attr:`Fingerprint.features` stores them, so
    ``Fingerprint.from_parts(fp.pdq_hex, fp.features) == fp``.
    """
    rgb = _rgb(rgb)
    features, pdq = _signals()
    keypoints = Keypoints.from_bytes(features.extract(rgb).to_bytes())
    return Fingerprint(pdq.extract(rgb), keypoints)


# -------------------------------------------------------------------------------- matches


@dataclass(frozen=True)
class FingerprintMatch:
    """An indexed image the query matched: ``score`` is the number of RANSAC inliers,
    ``false_match_rate`` the chance that an unrelated query scores as high (per query)."""

    id: str
    score: float
    false_match_rate: float

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": self.score,
            "false_match_rate": float(f"{self.false_match_rate:.3g}"),
        }


# ------------------------------------------------------------------------------- journal

_FORMAT_FILE = "FINGERPRINT_INDEX"
_FORMAT_LINE = "synthguard-fingerprint-index 1"
_REC = struct.Struct("<4sBxxxII")  # magic, op, pad, payload length, payload crc32
_REC_MAGIC = b"SGJR"
_ADD, _REMOVE = 1, 2
_NAME = struct.Struct("<H")
_IDMAP_KIND, _IDMAP_VERSION = "id-map", 1


def _pack_add(name: str, fp: Fingerprint) -> bytes:
    raw = name.encode()
    return _NAME.pack(len(raw)) + raw + fp.pdq.bits + fp.features


def _pack_remove(name: str) -> bytes:
    raw = name.encode()
    return _NAME.pack(len(raw)) + raw


def _record(op: int, payload: bytes) -> bytes:
    return _REC.pack(_REC_MAGIC, op, len(payload), zlib.crc32(payload)) + payload


def _check_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError("a fingerprint id is a non-empty string")
    if len(name.encode()) > 65535:
        raise ValueError("a fingerprint id is at most 65535 bytes of UTF-8")
    return name


# ------------------------------------------------------------------------------- id map


def _name_key(raw: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little") >> 1


class _NameMap:
    """String id <-> matcher slot in flat arrays: the names' UTF-8 in one buffer, indexed by
    slot, and a 63-bit hash of each live name in a sorted :class:`_IdMap`. About 30 bytes per id
    plus the name itself, where two dicts of str and int objects take ~250.

    Slots are handed out in order and never reused; a removed slot keeps its bytes until the
    next snapshot.
    """

    def __init__(self) -> None:
        self._blob = bytearray()
        self._ends = array("q")  # slot s's name is _blob[_ends[s - 1]:_ends[s]]
        self._dead = bytearray()  # 1 for removed slots
        self._by_hash = _IdMap(values=True)
        self._clash: dict[str, int] = {}  # live names whose hash another live name holds
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def next_slot(self) -> int:
        return len(self._ends)

    def _stored(self, slot: int) -> str:
        start = self._ends[slot - 1] if slot else 0
        return self._blob[start : self._ends[slot]].decode()

    def name(self, slot: int) -> str | None:
        if not 0 <= slot < len(self._ends) or self._dead[slot]:
            return None
        return self._stored(slot)

    def slot(self, name: str) -> int | None:
        if name in self._clash:
            return self._clash[name]
        slot = self._by_hash.get(_name_key(name.encode()))
        return slot if slot is not None and self._stored(slot) == name else None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.slot(name) is not None

    def add(self, name: str, slot: int | None = None) -> int:
        """Give ``name`` (not present) the next slot, or ``slot`` if given (not below it)."""
        raw = name.encode()
        if slot is not None:
            self.add_gap(slot)
        slot = len(self._ends)
        self._blob += raw
        self._ends.append(len(self._blob))
        self._dead.append(0)
        key = _name_key(raw)
        if key in self._by_hash:
            self._clash[name] = slot
        else:
            self._by_hash.add(np.array([key]), np.array([slot]))
        self._count += 1
        return slot

    def add_gap(self, next_slot: int) -> None:
        """Mark the slots up to ``next_slot`` as used (removed before a snapshot)."""
        while len(self._ends) < next_slot:
            self._ends.append(len(self._blob))
            self._dead.append(1)

    def remove(self, name: str) -> int | None:
        slot = self._clash.pop(name, None)
        if slot is None:
            slot = self.slot(name)
            if slot is None:
                return None
            self._by_hash.remove(np.array([_name_key(name.encode())]))
        self._dead[slot] = 1
        self._count -= 1
        return slot

    def slots(self) -> np.ndarray:
        """Live slots, ascending."""
        return np.flatnonzero(np.frombuffer(bytes(self._dead), np.uint8) == 0)

    def names(self) -> list[str]:
        return [self._stored(s) for s in self.slots().tolist()]


# --------------------------------------------------------------------------------- index


class FingerprintIndex:
    """A persistent fingerprint index under string ids (see the module doc for the layout).

    ``match`` returns only matches whose inlier count passes the threshold set for the
    per-query false-match rate (``false_match_rate``, 1e-4 unless given), best first.
    """

    def __init__(self, path: Path, fmr: float = DEFAULT_FMR) -> None:
        if not 0 < fmr < 1:
            raise ValueError("false_match_rate must be in (0, 1)")
        self.path = path
        self.false_match_rate = float(fmr)
        self._generation = -1
        self._journal_offset = 0
        self._matcher = self._empty_matcher()
        self._names = _NameMap()

    # -- opening

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, fmr: float = DEFAULT_FMR
    ) -> FingerprintIndex:
        """Open the index directory ``path`` (created when missing if ``create``)."""
        p = Path(path)
        marker = p / _FORMAT_FILE
        if p.exists() and not p.is_dir():
            raise IndexFormatError(f"{p}: is a file, not a fingerprint index directory")
        if not marker.exists():
            if p.exists() and any(p.iterdir()):
                raise IndexFormatError(f"{p}: not a fingerprint index (no {_FORMAT_FILE} file)")
            if not create:
                raise NotFound(f"{p}: no fingerprint index there")
            p.mkdir(parents=True, exist_ok=True)
            tmp = marker.with_suffix(".tmp")
            tmp.write_text(_FORMAT_LINE + "\n")
            os.replace(tmp, marker)
        try:
            line = marker.read_text().strip()
        except (OSError, UnicodeDecodeError) as e:
            raise IndexFormatError(f"{marker}: unreadable: {e}") from e
        if line != _FORMAT_LINE:
            raise IndexFormatError(
                f"{p}: fingerprint index format {line!r}, this code reads {_FORMAT_LINE!r}"
            )
        self = cls(p, fmr)
        with self._locked():
            self._refresh()
        return self

    def _empty_matcher(self) -> TwoStageMatcher:
        _require_extras()
        return TwoStageMatcher(
            shipped_vocabulary(), LocalFeatures(), null=shipped_null_model(), **MATCHER_SETTINGS
        )

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.path / ".lock", "a+b") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def _current(self) -> int:
        try:
            text = (self.path / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return 0
        except OSError as e:
            raise IndexFormatError(f"{self.path}/CURRENT: unreadable: {e}") from e
        if not text.isdigit():
            raise IndexFormatError(f"{self.path}/CURRENT: corrupt ({text[:20]!r})")
        return int(text)

    def _journal(self, generation: int) -> Path:
        return self.path / f"journal-{generation}.log"

    def _refresh(self) -> None:
        """Catch up with the directory: reload after a new snapshot, replay new records."""
        g = self._current()
        journal = self._journal(g)
        size = journal.stat().st_size if journal.exists() else 0
        if g != self._generation or size < self._journal_offset:
            self._load_snapshot(g)
        if size > self._journal_offset:
            self._replay(journal)

    def _load_snapshot(self, g: int) -> None:
        snap = self.path / f"snap-{g}"
        self._matcher = self._empty_matcher()
        self._names = _NameMap()
        if g > 0:
            if not snap.is_dir():
                raise IndexFormatError(f"{snap}: snapshot missing")
            try:
                matcher = TwoStageMatcher.load(snap)
                arrays, meta = _read(snap / "ids.idx", _IDMAP_KIND, _IDMAP_VERSION)
            except FileNotFoundError as e:
                raise IndexFormatError(f"{snap}: incomplete snapshot ({e.filename})") from e
            except IndexFileError:
                raise
            except (ValueError, KeyError, OSError) as e:
                raise IndexFormatError(f"{snap}: unreadable snapshot: {e}") from e
            # query-time settings and null model are the shipped ones (calibrated together)
            for name, value in MATCHER_SETTINGS.items():
                setattr(matcher, name, value)
            matcher.null = shipped_null_model()
            self._matcher = matcher
            slots, offsets, blob = arrays["slots"], arrays["offsets"], arrays["names"].tobytes()
            ends = offsets.tolist()
            for j, s in enumerate(slots.tolist()):
                self._names.add(blob[ends[j] : ends[j + 1]].decode(), int(s))
            self._names.add_gap(int(meta["next_slot"]))
            store = self._matcher.store
            live = self._names.slots().tolist()
            if len(store) != len(live) or any(s not in store for s in live):
                raise IndexFormatError(f"{snap}: id map and feature store disagree")
        self._generation = g
        self._journal_offset = 0

    def _replay(self, journal: Path) -> None:
        with open(journal, "rb") as f:
            f.seek(self._journal_offset)
            data = f.read()
        pos = 0
        while pos + _REC.size <= len(data):
            magic, op, n, crc = _REC.unpack_from(data, pos)
            end = pos + _REC.size + n
            if magic != _REC_MAGIC or op not in (_ADD, _REMOVE):
                raise IndexFormatError(
                    f"{journal}: corrupt record at byte {self._journal_offset + pos}"
                )
            if end > len(data):
                break  # torn write at the tail: that add/remove never returned
            payload = data[pos + _REC.size : end]
            if zlib.crc32(payload) != crc:
                if end == len(data):
                    break  # torn tail
                raise IndexFormatError(
                    f"{journal}: checksum mismatch at byte {self._journal_offset + pos}"
                )
            self._apply(op, payload, journal)
            pos = end
        self._journal_offset += pos

    def _apply(self, op: int, payload: bytes, journal: Path) -> None:
        try:
            (k,) = _NAME.unpack_from(payload)
            name = payload[2 : 2 + k].decode()
            if op == _ADD:
                bits = payload[2 + k : 34 + k]
                fp = Fingerprint.from_parts(bits.hex(), payload[34 + k :])
                self._add_memory(name, fp)
            else:
                self._remove_memory(name)
        except (ValueError, struct.error, UnicodeDecodeError) as e:
            raise IndexFormatError(f"{journal}: malformed record: {e}") from e

    # -- in-memory changes

    def _add_memory(self, name: str, fp: Fingerprint) -> None:
        if name in self._names:
            raise ValueError(f"duplicate fingerprint id {name!r} (remove it first)")
        self._matcher.add_extracted(self._names.next_slot, fp.pdq, fp.keypoints)
        self._names.add(name)

    def _remove_memory(self, name: str) -> bool:
        slot = self._names.remove(name)
        if slot is None:
            return False
        self._matcher.remove(slot)
        return True

    def _append(self, record: bytes) -> None:
        journal = self._journal(self._generation)
        with open(journal, "ab") as f:
            f.truncate(self._journal_offset)  # drop a torn tail left by a crashed writer
            f.seek(self._journal_offset)
            f.write(record)
            f.flush()
            os.fsync(f.fileno())
        self._journal_offset += len(record)

    # -- public API

    def add(self, id: str, value: np.ndarray | Fingerprint) -> None:
        """Add an image (pixels or its :func:`extract` result) under ``id``; durable on return.

        Raises ``ValueError`` if ``id`` is already present (remove it first to replace it).
        """
        name = _check_name(id)
        fp = value if isinstance(value, Fingerprint) else extract(value)
        with self._locked():
            self._refresh()
            if name in self._names:
                raise ValueError(f"duplicate fingerprint id {name!r} (remove it first)")
            self._add_memory(name, fp)
            self._append(_record(_ADD, _pack_add(name, fp)))

    def remove(self, id: str) -> bool:
        """Withdraw ``id`` (opt-out, deletion request); False if it was not there."""
        name = _check_name(id)
        with self._locked():
            self._refresh()
            if not self._remove_memory(name):
                return False
            self._append(_record(_REMOVE, _pack_remove(name)))
            return True

    def match(self, rgb: np.ndarray, *, fmr: float | None = None) -> list[FingerprintMatch]:
        """Indexed images that ``rgb`` is a copy of (after crops, edits, flips...), best first.

        Only matches passing the threshold for the per-query false-match rate ``fmr``
        (default :attr:`false_match_rate`) are returned.
        """
        rgb = _rgb(rgb)
        rate = self.false_match_rate if fmr is None else float(fmr)
        if not 0 < rate < 1:
            raise ValueError("fmr must be in (0, 1)")
        with self._locked():
            self._refresh()
        if not len(self._names):
            return []
        return [
            FingerprintMatch(name, float(r.inliers), r.fmr)
            for r in self._matcher.query(rgb, fmr=rate)
            if (name := self._names.name(r.id)) is not None
        ]

    def save(self) -> None:
        """Compact the snapshot and the journal into a new snapshot."""
        with self._locked():
            self._refresh()
            g = self._generation + 1
            snap = self.path / f"snap-{g}"
            if snap.exists():
                shutil.rmtree(snap)
            self._matcher.save(snap)
            raw = [n.encode() for n in self._names.names()]
            _write(
                snap / "ids.idx",
                _IDMAP_KIND,
                _IDMAP_VERSION,
                {
                    "slots": self._names.slots().astype(np.int64),
                    "offsets": np.r_[0, np.cumsum([len(r) for r in raw])].astype(np.int64),
                    "names": np.frombuffer(b"".join(raw), np.uint8),
                },
                {"next_slot": self._names.next_slot},
            )
            tmp = self.path / "CURRENT.tmp"
            with open(tmp, "w") as f:
                f.write(f"{g}\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path / "CURRENT")
            old = self._generation
            self._generation, self._journal_offset = g, 0
            shutil.rmtree(self.path / f"snap-{old}", ignore_errors=True)
            self._journal(old).unlink(missing_ok=True)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, id: object) -> bool:
        return id in self._names

    def ids(self) -> list[str]:
        return sorted(self._names.names())


_generation_indexes: dict[Path, FingerprintIndex] = {}


def generation_index(settings: Settings | None = None) -> FingerprintIndex:
    """The index of every generated image, at ``<settings.home>/indexes/generations``.

    One open index per directory and process; it catches up with other processes' changes
    before each operation.
    """
    from synthguard.config import get_settings

    settings = settings or get_settings()
    path = (settings.home / "indexes" / "generations").resolve()
    index = _generation_indexes.get(path)
    if index is None or not (path / _FORMAT_FILE).exists():
        settings.ensure_home()
        index = FingerprintIndex.open(path)
        _generation_indexes[path] = index
    return index
