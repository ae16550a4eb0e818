"""Binary-code indexes and the versioned file format every fingerprint index file uses.

* :class:`ExactIndex` / :class:`FaissIndex` - PDQ-style packed binary codes, brute-force Hamming
  search (numpy reference / FAISS ``IndexBinaryFlat``), same API.

Every ``save`` writes a versioned header (magic, kind, version, payload length, CRC32) so a
truncated, corrupted or other-version file raises :class:`IndexFileError` (a ``ValueError``).
The payload is an uncompressed ``.npz``, streamed to the file, whose arrays can be memory-mapped
in place. Id sets and maps are sorted numpy arrays (:class:`_IdMap`), not Python sets or dicts.
The visual-word index is in ``_words``, the two-stage matcher in ``_matcher``.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from synthguard.errors import IndexFormatError

from ._signals import PDQHash, hamming

__all__ = ["ExactIndex", "FaissIndex", "IndexFileError", "Match"]

# ------------------------------------------------------------------------------ file format

_MAGIC = b"SGFPIDX\x00"
_HEADER = struct.Struct("<8s16sIIQI")  # magic, kind, version, reserved, payload length, crc32


class IndexFileError(IndexFormatError, ValueError):
    """An index file is truncated, corrupted, of another kind, or of an unsupported version.

    Part of the synthguard error tree (:class:`~synthguard.errors.IndexFormatError`, exit code
    3) and still a ``ValueError`` for callers of the lower-level classes.
    """


def _write(
    path: str | os.PathLike[str],
    kind: str,
    version: int,
    arrays: dict[str, np.ndarray],
    meta: dict[str, Any],
) -> None:
    tmp = f"{os.fspath(path)}.tmp"
    with open(tmp, "w+b") as f:  # write-then-rename: a crash never leaves half a file behind
        f.write(b"\0" * _HEADER.size)
        # streamed into the file (a payload in memory would double a large index's peak RAM);
        # the members are stored uncompressed, so _read(mmap=True) can map them in place
        np.savez(f, __meta__=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)  # type: ignore[arg-type]
        n = f.tell() - _HEADER.size
        f.seek(_HEADER.size)
        crc = 0
        while chunk := f.read(1 << 24):
            crc = zlib.crc32(chunk, crc)
        f.seek(0)
        f.write(_HEADER.pack(_MAGIC, kind.encode().ljust(16, b"\0"), version, 0, n, crc))
    os.replace(tmp, path)


def _read(
    path: str | os.PathLike[str], kind: str, version: int | tuple[int, ...], mmap: bool = False
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The arrays and metadata of an index file, after checking its header (``version``: the
    format version, or the versions, this code reads).

    With ``mmap`` the arrays are read-only maps of the file (no copy: an index larger than RAM
    stays in the page cache) and the checksum is not verified, which would read it all; the
    header, the payload length and every member's layout still are.
    """
    with open(path, "rb") as f:
        raw = f.read(_HEADER.size)
        if len(raw) < _HEADER.size:
            raise IndexFileError(f"{path}: truncated (no header)")
        magic, k, v, _, n, crc = _HEADER.unpack_from(raw)
        if magic != _MAGIC:
            raise IndexFileError(f"{path}: not a synthguard fingerprint index file")
        k = k.rstrip(b"\0").decode(errors="replace")
        if k != kind:
            raise IndexFileError(f"{path}: holds a {k!r} index, expected {kind!r}")
        readable = (version,) if isinstance(version, int) else version
        if v not in readable:
            raise IndexFileError(
                f"{path}: {kind} format version {v}, this code reads version "
                + " or ".join(map(str, readable))
            )
        size = os.fstat(f.fileno()).st_size - _HEADER.size
        if size != n:
            raise IndexFileError(f"{path}: truncated ({size} of {n} payload bytes)")
        if mmap:
            try:
                arrays = _map_members(f, path)
            except (ValueError, KeyError, OSError, zipfile.BadZipFile) as e:
                raise IndexFileError(f"{path}: malformed payload: {e}") from e
        else:
            payload = f.read()
            if zlib.crc32(payload) != crc:
                raise IndexFileError(f"{path}: checksum mismatch (corrupted)")
            with np.load(io.BytesIO(payload), allow_pickle=False) as z:
                arrays = {name: z[name] for name in z.files}
    meta = json.loads(arrays.pop("__meta__").tobytes().decode())
    return arrays, meta


def _map_members(f: io.BufferedReader, path: str | os.PathLike[str]) -> dict[str, np.ndarray]:
    """Memory-map every ``.npy`` member of the (uncompressed) zip payload in ``f``."""
    arrays = {}
    with zipfile.ZipFile(f) as z:
        for info in z.infolist():
            if info.compress_type != zipfile.ZIP_STORED or not info.filename.endswith(".npy"):
                raise ValueError(f"member {info.filename!r} is not a stored .npy array")
            f.seek(info.header_offset)
            local = f.read(30)  # local file header: name and extra-field lengths at 26..29
            if local[:4] != b"PK\x03\x04":
                raise ValueError(f"member {info.filename!r}: bad local header")
            name_len, extra_len = struct.unpack("<HH", local[26:30])
            f.seek(info.header_offset + 30 + name_len + extra_len)
            major, _ = np.lib.format.read_magic(f)
            read_header = (
                np.lib.format.read_array_header_1_0
                if major == 1
                else np.lib.format.read_array_header_2_0
            )
            shape, fortran, dtype = read_header(f)
            if dtype.hasobject or fortran:
                raise ValueError(f"member {info.filename!r}: not a plain C-order array")
            start = f.tell()
            nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
            if start + nbytes > os.fstat(f.fileno()).st_size:
                raise ValueError(f"member {info.filename!r} runs past the end of the file")
            name = info.filename[: -len(".npy")]
            arrays[name] = (
                np.memmap(path, dtype, "r", start, shape) if nbytes else np.zeros(shape, dtype)
            )
    return arrays


class _IdMap:
    """A set of non-negative int64 ids, optionally mapped to int64 values, in sorted numpy
    arrays: 8 (or 16) bytes per id where a Python set or dict costs ~60-100.

    Ids added a few at a time wait in a small dict and are merged into the sorted arrays once
    it holds more than 1/16 of them, so adding ids one by one stays amortised O(1) per id.
    """

    def __init__(self, values: bool = False) -> None:
        self._keys = np.zeros(0, np.int64)
        self._values: np.ndarray | None = np.zeros(0, np.int64) if values else None
        self._recent: dict[int, int] = {}

    @classmethod
    def of(cls, keys: np.ndarray, values: np.ndarray | None = None) -> _IdMap:
        self = cls(values is not None)
        self.add(keys, values)
        return self

    def __len__(self) -> int:
        return len(self._keys) + len(self._recent)

    def contains(self, ids: np.ndarray) -> np.ndarray:
        """Membership of each of ``ids`` (vectorised)."""
        ids = np.asarray(ids, np.int64)
        hit = np.zeros(ids.shape, bool)
        if len(self._keys):
            pos = np.minimum(np.searchsorted(self._keys, ids), len(self._keys) - 1)
            hit = self._keys[pos] == ids
        if self._recent and len(ids) <= 64:  # the usual single add: no array of the dict
            hit |= np.array([i in self._recent for i in ids.tolist()], bool).reshape(ids.shape)
        elif self._recent:
            hit |= np.isin(ids, np.fromiter(self._recent, np.int64, len(self._recent)))
        return hit

    def __contains__(self, id_: int) -> bool:
        if id_ in self._recent:
            return True
        pos = int(np.searchsorted(self._keys, id_))
        return pos < len(self._keys) and int(self._keys[pos]) == id_

    def get(self, id_: int) -> int | None:
        if self._values is None:
            raise TypeError("this id map holds no values")
        if id_ in self._recent:
            return self._recent[id_]
        pos = int(np.searchsorted(self._keys, id_))
        if pos < len(self._keys) and self._keys[pos] == id_:
            return int(self._values[pos])
        return None

    def check_new(self, ids: np.ndarray) -> None:
        """Raise ``ValueError`` unless ``ids`` are distinct and none is present yet."""
        if np.unique(ids).size != len(ids) or self.contains(ids).any():
            raise ValueError("duplicate id (remove it first to replace it)")

    def add(self, ids: np.ndarray, values: np.ndarray | None = None) -> None:
        """Add ids that are known to be new (see :meth:`check_new`)."""
        ids = np.asarray(ids, np.int64).reshape(-1)
        vals = np.zeros(len(ids), np.int64) if values is None else np.asarray(values, np.int64)
        if len(ids) <= 64 and len(self._recent) + len(ids) <= max(1024, len(self._keys) >> 4):
            self._recent.update(zip(ids.tolist(), vals.tolist(), strict=True))
            return
        self._merge(ids, vals)

    def _merge(self, ids: np.ndarray, vals: np.ndarray) -> None:
        recent = np.fromiter(self._recent, np.int64, len(self._recent))
        keys = np.concatenate([self._keys, recent, ids])
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        if self._values is not None:
            rv = np.fromiter(self._recent.values(), np.int64, len(self._recent))
            self._values = np.concatenate([self._values, rv, vals])[order]
        self._recent = {}

    def remove(self, ids: np.ndarray) -> np.ndarray:
        """Remove those of ``ids`` present; returns their values (their ids without values)."""
        ids = np.unique(np.asarray(ids, np.int64))
        out = []
        for i in ids.tolist():
            if i in self._recent:
                value = self._recent.pop(i)
                out.append(i if self._values is None else value)
        if len(self._keys) and len(ids):
            pos = np.minimum(np.searchsorted(self._keys, ids), len(self._keys) - 1)
            pos = pos[self._keys[pos] == ids]
            if len(pos):
                found = self._keys if self._values is None else self._values
                out.extend(found[pos].tolist())
                self._keys = np.delete(self._keys, pos)
                if self._values is not None:
                    self._values = np.delete(self._values, pos)
        return np.array(out, np.int64)

    def keys(self) -> np.ndarray:
        """Every id, sorted."""
        if self._recent:
            self._merge(np.zeros(0, np.int64), np.zeros(0, np.int64))
        return self._keys

    def nbytes(self) -> int:
        vals = 0 if self._values is None else self._values.nbytes
        return int(self._keys.nbytes + vals + 100 * len(self._recent))


# ---------------------------------------------------------------------------- binary indexes


@dataclass(frozen=True, order=True)
class Match:
    """One search hit: smaller ``distance`` is better (Hamming bits, or negative votes)."""

    distance: float
    id: int


def _codes(values: Any, nbytes: int) -> np.ndarray:
    """Accept PDQHash / bytes / (n, nbytes) uint8 and return a (n, nbytes) uint8 array."""
    if isinstance(values, (PDQHash, bytes, bytearray)):
        values = [values]
    if isinstance(values, np.ndarray):
        arr = values
    else:
        rows = [v.bits if isinstance(v, PDQHash) else v for v in values]
        arr = (
            np.array([np.frombuffer(bytes(r), np.uint8) for r in rows])
            if rows
            else np.zeros((0, nbytes), np.uint8)
        )
    arr = np.atleast_2d(np.asarray(arr))
    if arr.dtype != np.uint8 or arr.ndim != 2 or arr.shape[1] != nbytes:
        raise ValueError(
            f"expected codes of {nbytes} bytes as uint8 (n, {nbytes}), got {arr.dtype} {arr.shape}"
        )
    return np.ascontiguousarray(arr)


def _ids(ids: Iterable[int]) -> np.ndarray:
    arr = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids)
    if arr.size and (arr.dtype.kind not in "iu" or arr.min() < 0):
        raise ValueError("ids must be non-negative integers")
    return arr.astype(np.int64).reshape(-1)


def _new_entries(
    ids: Iterable[int], values: Any, nbytes: int, known: _IdMap
) -> tuple[np.ndarray, np.ndarray]:
    """Checked ids and codes for an ``add``: as many ids as codes, none already ``known``."""
    ids_ = _ids(ids)
    codes = _codes(values, nbytes)
    if len(ids_) != len(codes):
        raise ValueError(f"{len(ids_)} ids for {len(codes)} codes")
    known.check_new(ids_)
    return ids_, codes


class ExactIndex:
    """Brute-force Hamming search over packed binary codes (the numpy reference).

    ``query`` accepts several codes (e.g. a hash's flipped variants) and ranks ids by their
    smallest distance to any of them.
    """

    kind = "exact-binary"
    version = 1

    def __init__(self, nbytes: int = 32) -> None:
        self.nbytes = int(nbytes)
        self._ids = np.zeros(0, np.int64)
        self._codes = np.zeros((0, self.nbytes), np.uint8)
        self._idset = _IdMap()
        self._pending: list[tuple[np.ndarray, np.ndarray]] = []  # adds since the last query

    def __len__(self) -> int:
        return len(self._idset)

    def __contains__(self, id_: int) -> bool:
        return int(id_) in self._idset

    def _flush(self) -> None:
        # one concatenate per batch of adds, not per add: adding 1M ids one by one stays linear
        if self._pending:
            self._ids = np.concatenate([self._ids] + [i for i, _ in self._pending])
            self._codes = np.concatenate([self._codes] + [c for _, c in self._pending])
            self._pending = []

    def add(self, ids: Iterable[int], values: Any) -> None:
        ids_, codes = _new_entries(ids, values, self.nbytes, self._idset)
        self._pending.append((ids_, codes))
        self._idset.add(ids_)

    def remove(self, ids: Iterable[int]) -> int:
        self._flush()
        drop = np.isin(self._ids, _ids(ids))
        self._idset.remove(self._ids[drop])
        self._ids, self._codes = self._ids[~drop], self._codes[~drop]
        return int(drop.sum())

    def query(self, value: Any, k: int = 10, max_distance: float | None = None) -> list[Match]:
        q = _codes(value, self.nbytes)
        if not len(self) or k <= 0:
            return []
        self._flush()
        d = hamming(self._codes[None, :, :], q[:, None, :]).min(axis=0)
        k = min(k, d.size)
        top = np.argpartition(d, k - 1)[:k]
        top = top[np.lexsort((self._ids[top], d[top]))]
        return [
            Match(float(d[i]), int(self._ids[i]))
            for i in top
            if max_distance is None or d[i] <= max_distance
        ]

    def save(self, path: str | os.PathLike[str]) -> None:
        self._flush()
        _write(
            path,
            self.kind,
            self.version,
            {"ids": self._ids, "codes": self._codes},
            {"nbytes": self.nbytes},
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ExactIndex:
        arrays, meta = _read(path, cls.kind, cls.version)
        self = cls(meta["nbytes"])
        self._ids, self._codes = arrays["ids"].astype(np.int64), arrays["codes"].astype(np.uint8)
        self._idset = _IdMap.of(self._ids)
        return self


class FaissIndex:
    """Same API as :class:`ExactIndex`, backed by FAISS ``IndexBinaryFlat`` (SIMD popcount).

    Flat search is exact and ~1 ms per query code per million codes on one core; at much larger
    scale swap in ``IndexBinaryIVF``/``IndexBinaryHash`` behind the same API.
    """

    kind = "faiss-binary"
    version = 1

    def __init__(self, nbytes: int = 32) -> None:
        import faiss  # optional dependency: only this class needs it

        self._faiss = faiss
        self.nbytes = int(nbytes)
        # IDMap, not IDMap2: its reverse hash map (~50 bytes per id) only serves reconstruct()
        self._index = faiss.IndexBinaryIDMap(faiss.IndexBinaryFlat(8 * self.nbytes))
        self._idset = _IdMap()  # duplicate checks without copying FAISS's id map

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def __contains__(self, id_: int) -> bool:
        return int(id_) in self._idset

    def add(self, ids: Iterable[int], values: Any) -> None:
        ids_, codes = _new_entries(ids, values, self.nbytes, self._idset)
        self._index.add_with_ids(codes, ids_)
        self._idset.add(ids_)

    def remove(self, ids: Iterable[int]) -> int:
        ids_ = self._idset.remove(_ids(ids))
        if not ids_.size:
            return 0
        return int(self._index.remove_ids(self._faiss.IDSelectorBatch(ids_)))

    def query(self, value: Any, k: int = 10, max_distance: float | None = None) -> list[Match]:
        q = _codes(value, self.nbytes)
        if not len(self) or k <= 0:
            return []
        d, ids = self._index.search(q, min(k, len(self)))
        best: dict[int, float] = {}
        for dist, i in zip(d.ravel().tolist(), ids.ravel().tolist(), strict=False):
            if i >= 0 and dist < best.get(i, math.inf):
                best[i] = dist
        out = sorted(
            Match(float(dist), i)
            for i, dist in best.items()
            if max_distance is None or dist <= max_distance
        )
        return out[:k]

    def save(self, path: str | os.PathLike[str]) -> None:
        blob = self._faiss.serialize_index_binary(self._index)
        _write(
            path,
            self.kind,
            self.version,
            {"faiss": np.asarray(blob, np.uint8)},
            {"nbytes": self.nbytes},
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> FaissIndex:
        arrays, meta = _read(path, cls.kind, cls.version)
        self = cls(meta["nbytes"])
        self._index = self._faiss.deserialize_index_binary(arrays["faiss"])
        self._idset = _IdMap.of(self._faiss.vector_to_array(self._index.id_map))
        return self
