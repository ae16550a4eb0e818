"""Index-side scale behaviour: numpy id maps, memory-mapped loads, compaction, vote caps."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from synthguard.fingerprint import (
    BinaryVocabulary,
    ExactIndex,
    FaissIndex,
    IndexFileError,
    VisualWordIndex,
)
from synthguard.fingerprint._index import _HEADER, _MAGIC, _IdMap, _read, _write

pytest.importorskip("faiss")


@pytest.fixture(scope="module")
def vocab() -> BinaryVocabulary:
    rng = np.random.default_rng(5)
    return BinaryVocabulary(16, 2).train(rng.integers(0, 256, (2000, 32), dtype=np.uint8))


def random_words(
    vocab: BinaryVocabulary, n: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """CSR (offsets, words) of ``n`` images with uneven word frequencies, and the lists."""
    p = rng.random(vocab.size) ** 4
    lists = [
        np.unique(rng.choice(vocab.size, int(rng.integers(0, 40)), p=p / p.sum())) for _ in range(n)
    ]
    offsets = np.r_[0, np.cumsum([len(w) for w in lists])].astype(np.int64)
    return offsets, np.concatenate(lists).astype(np.int64), lists


def test_id_map_agrees_with_a_dict_through_single_and_bulk_changes() -> None:
    rng = np.random.default_rng(0)
    ids = _IdMap(values=True)
    ref: dict[int, int] = {}
    for step in range(300):
        if step % 50 == 0:  # bulk add (merged at once)
            new = np.setdiff1d(rng.choice(10**6, 3000, replace=False), list(ref))
        else:  # one by one (waits in the recent dict, merged in batches)
            new = np.setdiff1d(rng.choice(10**6, 3), list(ref))
        ids.check_new(new)
        ids.add(new, new * 7)
        ref.update({int(i): int(i) * 7 for i in new})
        if step % 7 == 0:
            gone = rng.choice(list(ref), 5, replace=False)
            got = ids.remove(np.r_[gone, -1, 10**7])  # absent ids are ignored
            assert sorted(got.tolist()) == sorted(ref.pop(int(i)) for i in gone)
    assert len(ids) == len(ref)
    assert np.array_equal(ids.keys(), np.array(sorted(ref)))
    probe = rng.choice(10**6, 2000)
    assert ids.contains(probe).tolist() == [int(i) in ref for i in probe]
    some = next(iter(ref))
    assert ids.get(some) == ref[some] and ids.get(10**7) is None
    with pytest.raises(ValueError):
        ids.check_new(np.array([some]))
    with pytest.raises(ValueError):
        ids.check_new(np.array([10**7, 10**7]))


def test_exact_and_faiss_agree_after_one_by_one_adds_and_removes() -> None:
    rng = np.random.default_rng(2)
    codes = rng.integers(0, 256, (1500, 32), dtype=np.uint8)
    exact, fast = ExactIndex(), FaissIndex()
    for i, code in enumerate(codes):
        exact.add([i], code[None])
        fast.add([i], code[None])
    gone = rng.choice(len(codes), 200, replace=False)
    assert exact.remove(gone) == fast.remove(gone) == 200
    assert exact.remove(gone) == fast.remove(gone) == 0
    assert len(exact) == len(fast) == 1300
    assert all((int(i) in fast) is (int(i) in exact) is (int(i) not in gone) for i in range(1500))
    for row in rng.choice(len(codes), 20, replace=False):
        a, b = exact.query(codes[row], 4), fast.query(codes[row], 4)
        assert [m.distance for m in a] == [m.distance for m in b]
        assert (a[0].id == int(row)) is (int(row) not in gone)
    for index in (exact, fast):
        with pytest.raises(ValueError):
            index.add([int(np.setdiff1d(np.arange(1500), gone)[0])], codes[:1])


@pytest.mark.parametrize("segment_postings", [1 << 28, 700])
def test_compaction_keeps_every_posting_list_complete_and_in_slot_order(
    vocab, segment_postings: int
) -> None:
    rng = np.random.default_rng(3)
    index = VisualWordIndex(vocab)
    index.segment_postings = segment_postings  # 700: a segment is sealed every few batches
    images: dict[int, np.ndarray] = {}
    next_id = 0
    for batch in range(8):
        offsets, words, lists = random_words(vocab, int(rng.integers(1, 400)), rng)
        ids = list(range(next_id, next_id + len(lists)))
        next_id += len(lists)
        index.add_words(ids, offsets, words)
        images.update(zip(ids, lists, strict=True))
        if batch % 2:
            index._compact()
        if batch in (2, 6):  # from sealed segments, the open one and pending postings
            gone = rng.choice(list(images), 100, replace=False).tolist()
            assert index.remove([*gone, 10**9]) == 100
            for i in gone:
                del images[i]
    assert (len(index._segments) > 3) is (segment_postings == 700)
    for w in range(vocab.size):
        assert index.postings(w).tolist() == [i for i, ws in images.items() if w in ws]
    assert index._df.tolist() == [sum(w in ws for ws in images.values()) for w in range(vocab.size)]
    assert len(index) == len(images)
    assert all((i in index) is (i in images) for i in range(next_id + 5))


def test_segmented_index_answers_like_one_segment_through_saves_and_removes(
    vocab, tmp_path: Path
) -> None:
    rng = np.random.default_rng(8)
    whole, split = VisualWordIndex(vocab), VisualWordIndex(vocab)
    split.segment_postings = 2000
    desc = np.zeros((1, 32), np.uint8)  # unused: the query's words are given
    queries = []
    for batch in range(6):
        offsets, words, lists = random_words(vocab, 300, rng)
        ids = np.arange(300) + 1000 * batch
        for ix in (whole, split):
            ix.add_words(ids, offsets, words)
        queries += [lists[i][:15] for i in (3, 150)]
        if batch == 3:  # through a file, memory-mapped: new adds go to a segment in RAM
            split.save(tmp_path / "s")
            split = VisualWordIndex.load(tmp_path / "s", mmap=True)
            split.segment_postings = 2000
            assert len(split._segments) > 2
    gone = [3, 1003, 5150, 5299]  # first and last segments
    assert whole.remove(gone) == split.remove(gone) == 4
    for q in queries:
        got = split.query(desc, 10, 2, words=q, null_expected=1.0)
        assert got == whole.query(desc, 10, 2, words=q, null_expected=1.0) != []
        assert not {m.id for m in got} & set(gone)
    split.save(tmp_path / "s2")
    again = VisualWordIndex.load(tmp_path / "s2")
    assert [again.query(desc, 5, 2, words=q) for q in queries] == [
        whole.query(desc, 5, 2, words=q) for q in queries
    ]


def test_version_1_word_index_files_still_load(vocab, tmp_path: Path) -> None:
    index = VisualWordIndex(vocab)
    offsets, words, lists = random_words(vocab, 500, np.random.default_rng(9))
    index.add_words(np.arange(500), offsets, words)
    index._compact()
    seg = index._segments[0]
    arrays = {"slot_ids": index._slot_ids, "offsets": seg.offsets, "postings": seg.postings}
    arrays |= {"df": index._df, **vocab.arrays()}
    meta = {"max_words": index.max_words, "branching": vocab.branching, "depth": vocab.depth}
    _write(tmp_path / "v1", VisualWordIndex.kind, 1, arrays, meta)
    old = VisualWordIndex.load(tmp_path / "v1")
    desc = np.zeros((1, 32), np.uint8)
    for q in (lists[7], lists[70]):
        assert old.query(desc, 5, 2, words=q) == index.query(desc, 5, 2, words=q) != []


def test_memory_mapped_load_answers_like_a_copy_and_takes_changes(vocab, tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    index = VisualWordIndex(vocab)
    offsets, words, lists = random_words(vocab, 2000, rng)
    index.add_words(np.arange(2000) + 100, offsets, words)
    index.save(tmp_path / "w")
    copy = VisualWordIndex.load(tmp_path / "w")
    mapped = VisualWordIndex.load(tmp_path / "w", mmap=True)
    postings = mapped._segments[0].postings
    assert isinstance(postings, np.memmap) and not postings.flags.writeable
    assert not isinstance(copy._segments[0].postings, np.memmap)
    desc = np.zeros((1, 32), np.uint8)  # unused: the query's words are given

    def answers(ix: VisualWordIndex, q: np.ndarray) -> list[tuple[float, int]]:
        return [(m.distance, m.id) for m in ix.query(desc, 10, 2, words=q)]

    queries = [lists[i][:20] for i in (5, 50, 500)]
    for q in queries:
        assert answers(mapped, q) == answers(copy, q) != []
    # changes after an mmap load live in RAM and leave the file alone
    for ix in (copy, mapped):
        assert ix.remove([105, 7]) == 1
        ix.add_words([5000], np.array([0, len(lists[50])]), lists[50])
    for q in queries:
        assert answers(mapped, q) == answers(copy, q)
    assert 105 not in mapped and 5000 in mapped
    assert answers(mapped, queries[0])[0][1] != 105
    assert (
        VisualWordIndex.load(tmp_path / "w", mmap=True).query(desc, 1, 2, words=queries[0])[0].id
        == 105
    )


def _old_style_file(path: Path, kind: str, version: int, arrays: dict[str, np.ndarray]) -> None:
    """A file as the previous writer made it (payload assembled in memory)."""
    buf = io.BytesIO()
    np.savez(buf, __meta__=np.frombuffer(json.dumps({"a": 1}).encode(), np.uint8), **arrays)
    payload = buf.getvalue()
    header = _HEADER.pack(
        _MAGIC, kind.encode().ljust(16, b"\0"), version, 0, len(payload), zlib.crc32(payload)
    )
    path.write_bytes(header + payload)


@pytest.mark.parametrize("mmap", [False, True])
def test_files_of_the_previous_writer_still_load(tmp_path: Path, mmap: bool) -> None:
    arrays = {"x": np.arange(1000, dtype=np.uint32), "y": np.eye(3), "empty": np.zeros(0)}
    _old_style_file(tmp_path / "f", "thing", 1, arrays)
    got, meta = _read(tmp_path / "f", "thing", 1, mmap=mmap)
    assert meta == {"a": 1} and sorted(got) == sorted(arrays)
    for name, value in arrays.items():
        assert got[name].dtype == value.dtype and np.array_equal(got[name], value)


def test_memory_mapped_load_refuses_damaged_files(vocab, tmp_path: Path) -> None:
    index = VisualWordIndex(vocab)
    offsets, words, _ = random_words(vocab, 50, np.random.default_rng(6))
    index.add_words(np.arange(50), offsets, words)
    index.save(tmp_path / "w")
    raw = (tmp_path / "w").read_bytes()
    (tmp_path / "cut").write_bytes(raw[:-10])
    other = bytearray(raw)
    struct.pack_into("<I", other, 24, 3)  # the format version field
    (tmp_path / "version").write_bytes(bytes(other))
    scrambled = bytearray(raw)
    scrambled[_HEADER.size : _HEADER.size + 4] = b"XXXX"  # first zip member's local header
    (tmp_path / "scrambled").write_bytes(bytes(scrambled))
    for name in ("cut", "version", "scrambled"):
        with pytest.raises(IndexFileError):
            VisualWordIndex.load(tmp_path / name, mmap=True)


def _query_words(vocab, rng: np.random.Generator) -> tuple[VisualWordIndex, np.ndarray]:
    """A 3,000-image word index and the words of its first three images (a query's words)."""
    index = VisualWordIndex(vocab)
    offsets, words, lists = random_words(vocab, 3000, rng)
    index.add_words(np.arange(3000), offsets, words)
    return index, np.unique(np.concatenate(lists[:3]))


def test_posting_cap_leaves_out_the_most_frequent_query_words(vocab) -> None:
    index, q = _query_words(vocab, np.random.default_rng(7))
    desc = np.zeros((1, 32), np.uint8)
    full = index.query(desc, 10, 2, words=q)  # compacts: the offsets below are final
    lens = index.lengths(q)
    index.max_postings = int(lens.sum())  # a cap that nothing exceeds changes nothing
    assert index.query(desc, 10, 2, words=q) == full
    index.max_postings = int(lens.sum()) // 3
    capped = index.query(desc, 10, 2, words=q)
    order = np.argsort(lens, kind="stable")
    rare = q[order[np.cumsum(lens[order]) <= index.max_postings]]
    assert 0 < len(rare) < len(q)
    index.max_postings = None
    assert capped == index.query(desc, 10, 2, words=rare) != full


def test_ranked_cap_keeps_the_first_words_given(vocab) -> None:
    rng = np.random.default_rng(5)
    index, q = _query_words(vocab, rng)
    desc = np.zeros((1, 32), np.uint8)
    best = rng.permutation(q)  # best first
    given = np.concatenate([best, best[:3]])  # a repeated word must not count twice
    index.query(desc, 10, 2, words=given)  # compacts: the offsets below are final
    lens = index.lengths(best)
    index.max_postings = int(lens[:8].sum())  # room for exactly the first eight words
    capped = index.query(desc, 10, 2, words=given, ranked=True)
    unranked = index.query(desc, 10, 2, words=given)
    index.max_postings = None
    assert capped == index.query(desc, 10, 2, words=best[:8])
    assert capped != unranked  # rarest-first keeps other words
