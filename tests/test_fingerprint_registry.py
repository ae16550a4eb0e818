"""The fingerprint registry API: extract(), FingerprintIndex, generation_index()."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from synthguard import attacks
from synthguard.config import Settings
from synthguard.errors import IndexFormatError, InvalidImage, NotFound
from synthguard.fingerprint import (
    Fingerprint,
    FingerprintIndex,
    FingerprintMatch,
    extract,
    generation_index,
)

from conftest import natural_image

pytest.importorskip("pdqhash")
pytest.importorskip("faiss")


@pytest.fixture(scope="module")
def photos() -> list[np.ndarray]:
    return [natural_image(360, 480, seed=70 + i) for i in range(4)]


@pytest.fixture(scope="module")
def prints(photos) -> list[Fingerprint]:
    return [extract(p) for p in photos]


@pytest.fixture
def index(tmp_path: Path, prints) -> FingerprintIndex:
    idx = FingerprintIndex.open(tmp_path / "idx")
    for i, fp in enumerate(prints):
        idx.add(f"img-{i}", fp)
    return idx


def test_fingerprint_round_trips_through_its_parts(prints) -> None:
    fp = prints[0]
    assert len(fp.pdq_hex) == 64 and len(fp.keypoints) > 100
    again = Fingerprint.from_parts(fp.pdq_hex, fp.features)
    assert again == fp and again.pdq.quality == fp.pdq.quality
    assert np.array_equal(again.keypoints.xy, fp.keypoints.xy)
    assert fp != prints[1]


@pytest.mark.parametrize(
    ("pdq_hex", "cut"), [("zz" * 32, 0), ("ab" * 31, 0), (None, 1), (None, 20)]
)
def test_fingerprint_parts_refuse_damage(prints, pdq_hex, cut) -> None:
    fp = prints[0]
    features = fp.features[:-cut] if cut == 1 else fp.features
    if cut == 20:
        features = b"XXXX" + features[4:]
    with pytest.raises(IndexFormatError):
        Fingerprint.from_parts(pdq_hex or fp.pdq_hex, features)


def test_extract_refuses_non_images() -> None:
    for bad in (np.zeros((8, 8, 3), np.uint8), np.zeros((64, 64), np.uint8), "x"):
        with pytest.raises(InvalidImage):
            extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "steps",
    [(), (("crop_random", 0.25),), (("flip", None),), (("jpeg", 50), ("resize", 0.5))],
    ids=["none", "crop25", "flip", "jpeg+resize"],
)
def test_index_matches_attacked_copies(index, photos, steps) -> None:
    query = attacks.run_chain(photos[2], steps, seed=5) if steps else photos[2]
    found = index.match(query)
    assert [m.id for m in found][:1] == ["img-2"]
    assert found[0].score >= 10 and 0 < found[0].false_match_rate <= index.false_match_rate
    body = found[0].to_json()
    assert set(body) == {"id", "score", "false_match_rate"} and body["id"] == "img-2"


def test_index_rejects_unindexed_images(index) -> None:
    for seed in (900, 901, 902):
        assert index.match(natural_image(360, 480, seed=seed)) == []


def test_stricter_rate_needs_more_inliers(index, photos) -> None:
    query = attacks.apply("crop_random", photos[1], 0.25, seed=3)
    loose = index.match(query, fmr=1e-2)
    assert loose and loose[0].id == "img-1"
    strict = index.match(query, fmr=1e-12)
    assert all(m.score >= loose[0].score for m in strict)


def test_adds_are_durable_without_save_and_seen_by_a_second_opener(
    tmp_path: Path, index, photos
) -> None:
    other = FingerprintIndex.open(tmp_path / "idx", create=False)
    assert len(other) == 4 and "img-3" in other
    assert other.remove("img-3") and not other.remove("img-3")
    # the first instance catches up with the other's removal before matching
    assert index.match(photos[3]) == []
    assert "img-3" not in index
    with pytest.raises(ValueError, match="duplicate"):
        index.add("img-0", photos[0])


def test_save_compacts_and_reopens(tmp_path: Path, index, photos) -> None:
    index.remove("img-1")
    index.save()
    assert (tmp_path / "idx" / "CURRENT").read_text().strip() == "1"
    assert not (tmp_path / "idx" / "journal-0.log").exists()
    index.add("late", photos[1])
    again = FingerprintIndex.open(tmp_path / "idx")
    assert sorted(again.ids()) == ["img-0", "img-2", "img-3", "late"]
    assert [m.id for m in again.match(photos[1])] == ["late"]
    assert [m.id for m in again.match(photos[0])] == ["img-0"]


def test_a_torn_journal_tail_is_ignored_and_overwritten(tmp_path: Path, index, photos) -> None:
    journal = tmp_path / "idx" / "journal-0.log"
    good = journal.stat().st_size
    with open(journal, "ab") as f:
        f.write(b"SGJR\x01\x00\x00\x00\xff\xff\x00\x00")  # a header whose payload never came
    again = FingerprintIndex.open(tmp_path / "idx")
    assert len(again) == 4
    again.add("img-9", natural_image(300, 300, seed=77))
    assert journal.stat().st_size > good
    assert len(FingerprintIndex.open(tmp_path / "idx")) == 5


def test_damaged_indexes_give_clear_errors(tmp_path: Path, index) -> None:
    root = tmp_path / "idx"
    journal = root / "journal-0.log"
    raw = bytearray(journal.read_bytes())
    raw[40] ^= 0xFF  # inside the first record, with more records after it
    journal.write_bytes(bytes(raw))
    with pytest.raises(IndexFormatError, match=r"checksum|corrupt|malformed"):
        FingerprintIndex.open(root)

    (root / "FINGERPRINT_INDEX").write_text("synthguard-fingerprint-index 99\n")
    with pytest.raises(IndexFormatError, match="format"):
        FingerprintIndex.open(root)

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("hello")
    with pytest.raises(IndexFormatError):
        FingerprintIndex.open(foreign)
    with pytest.raises(IndexFormatError):
        FingerprintIndex.open(foreign / "notes.txt")
    with pytest.raises(NotFound):
        FingerprintIndex.open(tmp_path / "missing", create=False)


def test_truncated_snapshot_gives_a_clear_error(tmp_path: Path, index) -> None:
    index.save()
    words = tmp_path / "idx" / "snap-1" / "words.idx"
    words.write_bytes(words.read_bytes()[:-100])
    with pytest.raises(IndexFormatError, match="truncated"):
        FingerprintIndex.open(tmp_path / "idx")


def test_generation_index_lives_under_home(tmp_path: Path, photos) -> None:
    settings = Settings(home=tmp_path / "home")
    index = generation_index(settings)
    assert index.path == (tmp_path / "home" / "indexes" / "generations").resolve()
    index.add("gen-1", photos[0])
    assert generation_index(settings) is index
    assert [m.id for m in FingerprintIndex.open(index.path).match(photos[0])] == ["gen-1"]


def test_match_json_is_plain() -> None:
    m = FingerprintMatch("a", 12.0, 3.14159e-7)
    assert m.to_json() == {"id": "a", "score": 12.0, "false_match_rate": 3.14e-7}


@pytest.mark.parametrize("clash", [False, True], ids=["hashes", "all-hashes-clash"])
def test_name_map_agrees_with_dicts(monkeypatch, clash: bool) -> None:
    from synthguard.fingerprint import _registry

    if clash:  # every name gets one of 3 hashes: lookups must still compare the names
        monkeypatch.setattr(_registry, "_name_key", lambda raw: len(raw) % 3)
    names = _registry._NameMap()
    ref: dict[str, int] = {}
    rng = np.random.default_rng(8)
    for step in range(3000):
        name = f"id-{int(rng.integers(0, 1500))}-é"
        if name in ref and step % 3 == 0:
            assert names.remove(name) == ref.pop(name)
        elif name not in ref:
            assert name not in names
            ref[name] = names.add(name)
    assert names.remove("absent") is None
    assert len(names) == len(ref)
    assert all(names.slot(n) == s and names.name(s) == n for n, s in ref.items())
    assert names.slots().tolist() == sorted(ref.values())
    assert sorted(names.names()) == sorted(ref)
    dead = set(range(names.next_slot)) - set(ref.values())
    assert all(names.name(s) is None for s in dead) and names.name(names.next_slot) is None
    # a snapshot reload: live names at their slots, removed slots stay used
    again = _registry._NameMap()
    for n, s in sorted(ref.items(), key=lambda item: item[1]):
        again.add(n, s)
    again.add_gap(names.next_slot)
    assert again.next_slot == names.next_slot
    assert all(again.slot(n) == s for n, s in ref.items()) and len(again) == len(ref)
