from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from synthguard import attacks
from synthguard.fingerprint import (
    BinaryVocabulary,
    ExactIndex,
    FaissIndex,
    FeatureStore,
    IndexFileError,
    Keypoints,
    LocalFeatures,
    NullModel,
    PDQSignal,
    TwoStageMatcher,
    VisualWordIndex,
)

from conftest import natural_image

pytest.importorskip("pdqhash")
pytest.importorskip("faiss")


@pytest.fixture(scope="module")
def photos() -> list[np.ndarray]:
    return [natural_image(360, 480, seed=40 + i) for i in range(6)]


@pytest.fixture(scope="module")
def codes() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    return np.arange(1000, 1500), rng.integers(0, 256, (500, 32), dtype=np.uint8)


def test_faiss_index_agrees_with_the_exact_one(codes) -> None:
    ids, values = codes
    exact, fast = ExactIndex(), FaissIndex()
    exact.add(ids, values)
    fast.add(ids, values)
    rng = np.random.default_rng(1)
    for row in (3, 7, 250, 499):
        query = values[row] ^ (rng.random(32) < 0.05).astype(np.uint8)
        a, b = exact.query(query, 5), fast.query(query, 5)
        assert [m.distance for m in a] == [m.distance for m in b]
        # Ids agree except among ties at the last distance, which either index may order.
        last = a[-1].distance
        assert [m.id for m in a if m.distance < last] == [m.id for m in b if m.distance < last]
        assert a[0].id == ids[row]
    assert exact.remove([1003, 99]) == 1 and fast.remove([1003, 99]) == 1
    query = values[3]
    assert [m.distance for m in exact.query(query, 5)] == [m.distance for m in fast.query(query, 5)]
    assert all(m.id != 1003 for m in fast.query(query, 5))


def test_duplicate_ids_are_refused(codes) -> None:
    ids, values = codes
    index = ExactIndex()
    index.add(ids[:5], values[:5])
    with pytest.raises(ValueError):
        index.add(ids[:1], values[:1])


@pytest.mark.parametrize("cls", [ExactIndex, FaissIndex])
def test_index_files_round_trip_and_refuse_damage(cls, codes, tmp_path: Path) -> None:
    ids, values = codes
    index = cls()
    index.add(ids, values)
    path = tmp_path / "index"
    index.save(path)
    loaded = cls.load(path)
    assert [m.id for m in loaded.query(values[9], 3)] == [m.id for m in index.query(values[9], 3)]
    raw = path.read_bytes()
    (tmp_path / "truncated").write_bytes(raw[:-10])
    with pytest.raises(IndexFileError):
        cls.load(tmp_path / "truncated")
    other = bytearray(raw)
    other[24] = 99  # the format version field
    (tmp_path / "version").write_bytes(bytes(other))
    with pytest.raises(IndexFileError):
        cls.load(tmp_path / "version")


def test_pdq_survives_mild_edits_and_separates_images(photos) -> None:
    pdq = PDQSignal()
    a = pdq.extract(photos[0])
    jpeg = pdq.extract(attacks.apply("jpeg", photos[0], 70))
    other = pdq.extract(photos[1])
    assert pdq.distance(a, jpeg) < 32 < pdq.distance(a, other)
    flipped = pdq.query_variants(attacks.apply("flip", photos[0]))
    assert min(pdq.distance(a, v) for v in flipped) < 32


def test_keypoint_records_round_trip_and_refuse_truncation(photos) -> None:
    features = LocalFeatures()
    kp = features.extract(photos[0])
    again = Keypoints.from_bytes(kp.to_bytes())
    assert np.array_equal(kp.desc, again.desc) and np.abs(kp.xy - again.xy).max() <= 0.125
    with pytest.raises(ValueError):
        Keypoints.from_bytes(kp.to_bytes()[:-1])
    for bad in (np.zeros((10, 10, 3), np.uint8), np.zeros((100, 100), np.uint8)):
        with pytest.raises(ValueError):
            features.extract(bad)


@pytest.fixture(scope="module")
def matcher(photos) -> TwoStageMatcher:
    features = LocalFeatures()
    desc = np.concatenate([features.extract_query(p).direct.desc for p in photos[:4]])
    vocabulary = BinaryVocabulary(64, 2).train(desc)
    m = TwoStageMatcher(vocabulary, features, n_candidates=5)
    for i, rgb in enumerate(photos):
        m.add(i, rgb)
    # A null model in which 6 inliers or more are rare between unrelated images.
    m.null = NullModel(np.r_[np.zeros(900, int), np.full(90, 4), np.full(10, 6)])
    return m


@pytest.mark.parametrize(
    "steps",
    [(("flip", None),), (("crop_random", 0.25),), (("jpeg", 50),), (("rotate_crop", 5),)],
    ids=lambda s: s[0][0],
)
def test_two_stage_matcher_finds_attacked_copies(matcher, photos, steps) -> None:
    found = matcher.query(attacks.run_chain(photos[3], steps, seed=2))
    assert found and found[0].id == 3
    assert found[0].fmr <= matcher.fmr


def test_matcher_rejects_an_unindexed_image(matcher) -> None:
    assert matcher.query(natural_image(360, 480, seed=999)) == []


def test_matcher_save_load_remove(matcher, photos, tmp_path: Path) -> None:
    matcher.save(tmp_path / "m")
    loaded = TwoStageMatcher.load(tmp_path / "m")
    assert [r.id for r in loaded.query(photos[2])] == [2]
    loaded.remove(2)
    assert loaded.query(photos[2]) == []
    assert matcher.words.max_postings == loaded.words.max_postings == 2_000_000
    matcher.max_postings = 1000
    try:
        matcher.save(tmp_path / "capped")
    finally:
        matcher.max_postings = 2_000_000
    assert TwoStageMatcher.load(tmp_path / "capped").words.max_postings == 1000


def test_word_index_and_feature_store_round_trip(matcher, photos, tmp_path: Path) -> None:
    words: VisualWordIndex = matcher.words
    words.save(tmp_path / "w")
    again = VisualWordIndex.load(tmp_path / "w")
    query = matcher.features.extract_query(photos[1])
    assert [m.id for m in again.query(query, 3)] == [m.id for m in words.query(query, 3)]
    store = FeatureStore()
    kp = matcher.features.extract(photos[0])
    store.add([5, 6], [kp, kp], [matcher.vocabulary.assign(kp.desc), np.zeros(len(kp), int)])
    store.add([7], [kp.to_bytes()])  # a record without words
    with pytest.raises(ValueError, match="one word per keypoint"):
        store.add([8], [kp], [np.zeros(3, int)])
    store.save(tmp_path / "fs")
    loaded = FeatureStore.load(tmp_path / "fs")
    assert len(loaded) == 3
    (k5, w5), (_, w6), (k7, w7) = (loaded.get_with_words(i) for i in (5, 6, 7))
    assert np.array_equal(k5.desc, kp.desc) and np.array_equal(k7.desc, kp.desc) and w7 is None
    assert w5 is not None and np.array_equal(w5, matcher.vocabulary.assign(kp.desc))
    assert w6 is not None and not w6.any()
    # the matcher stores every keypoint's word, and the re-rank reads them instead of assigning
    stored, words_3 = matcher.store.get_with_words(3)
    assert words_3 is not None and np.array_equal(words_3, matcher.vocabulary.assign(stored.desc))
    q = matcher.prepare(attacks.apply("crop_random", photos[3], 0.25, seed=1))
    assert matcher._prescreen(q, stored, words_3) == matcher._prescreen(q, stored)


def test_bulk_word_add_matches_per_image_add(matcher, photos) -> None:
    words: VisualWordIndex = matcher.words
    bulk = VisualWordIndex(words.vocab, max_words=words.max_words)
    kps = [matcher.features.extract(p) for p in photos]
    lists = [words.words(k.desc) for k in kps]
    offsets = np.r_[0, np.cumsum([len(w) for w in lists])]
    bulk.add_words(np.arange(len(photos)), offsets, np.concatenate(lists))
    query = matcher.features.extract_query(photos[4])
    assert [m.id for m in bulk.query(query, 3)] == [m.id for m in words.query(query, 3)]
    with pytest.raises(ValueError):
        bulk.add_words([0], np.array([0, 1]), np.array([1]))  # duplicate id


def test_vote_cut_keeps_a_standout_and_drops_the_crowd() -> None:
    rng = np.random.default_rng(3)
    features = LocalFeatures()
    desc = np.concatenate(
        [features.extract(natural_image(300, 400, seed=s)).desc for s in range(3)]
    )
    vocab = BinaryVocabulary(16, 2).train(desc)
    index = VisualWordIndex(vocab, max_words=64)
    n = 12_000  # the cut applies from VisualWordIndex.vote_cut_from images on
    lists = [rng.choice(vocab.size, 40, replace=False) for _ in range(n)]
    query_words = rng.choice(vocab.size, 60, replace=False)
    lists[123] = np.unique(np.r_[query_words[:30], lists[123][:10]])  # shares 30 query words
    offsets = np.r_[0, np.cumsum([len(w) for w in lists])]
    index.add_words(np.arange(n), offsets, np.concatenate(lists))
    desc_q = np.zeros((len(query_words), 32), np.uint8)
    loose = index.query(desc_q, k=20, min_votes=1, words=query_words)
    strict = index.query(desc_q, k=20, min_votes=1, words=query_words, null_expected=1.0)
    assert len(loose) == 20 and loose[0].id == 123
    assert [m.id for m in strict] == [123]


def test_no_vote_cut_in_a_small_index(matcher, photos) -> None:
    words: VisualWordIndex = matcher.words
    assert len(words) < VisualWordIndex.vote_cut_from
    query = matcher.features.extract_query(photos[2])
    assert [m.id for m in words.query(query, 5, 3, null_expected=1e-9)] == [
        m.id for m in words.query(query, 5, 3)
    ]


def test_verification_fits_a_similarity_with_the_right_scale(photos) -> None:
    features = LocalFeatures()
    stored = features.extract(photos[0])
    crop = features.verify(
        features.extract_query(attacks.apply("crop_center", photos[0], 0.5)), stored
    )
    half = features.verify(features.extract_query(attacks.apply("resize", photos[0], 0.5)), stored)
    other = features.verify(features.extract_query(photos[1]), stored)
    assert crop.inliers >= 60 and half.inliers >= 60 and other.inliers <= 6
    assert crop.homography is not None  # the crop box of crop_center: left 70, top 53
    assert crop.homography[:2, 2] == pytest.approx([-70, -53], abs=1.5)
    for v, scale in ((crop, 1.0), (half, 0.5)):
        assert v.homography is not None
        a = v.homography[:2, :2]
        # a similarity: equal singular values (no shear), the attack's scale, no rotation
        s = np.linalg.svd(a, compute_uv=False)
        assert s[0] == pytest.approx(s[1], rel=1e-6)
        assert s[0] == pytest.approx(scale, rel=0.05)
        assert abs(a[0, 1]) < 0.02 * scale


def test_null_tail_never_decays_faster_than_observed() -> None:
    # a steep bulk (0, 2, 3) and a slow tail: 20 pairs reach 6 (the anchor), 10 reach 9, so
    # the tail may decay by no more than (10 / 20) ** (1 / 3) per inlier
    counts = np.repeat([0, 2, 3, 5, 6, 7, 9], [2000, 6000, 1000, 20, 5, 5, 10])
    null = NullModel(counts)
    assert null.t0 == 6
    assert null.ratio == pytest.approx(0.5 ** (1 / 3))
    assert null.sf(9) == pytest.approx(10 / null.n)
    assert null.threshold(1e-4, 20) == 33
    assert 20 * null.sf(33) <= 1e-4 < 20 * null.sf(32)


def test_shortlist_reranks_a_cutout_into_the_candidates(photos) -> None:
    features = LocalFeatures()
    desc = np.concatenate([features.extract_query(p).direct.desc for p in photos[:4]])
    vocabulary = BinaryVocabulary(64, 2).train(desc)
    m = TwoStageMatcher(vocabulary, features, pdq=None, n_candidates=2, shortlist=6, min_votes=1)
    for i, rgb in enumerate(photos):
        m.add(i, rgb)
    assert m.n_tests == m.pdq_candidates + 6
    q = m.prepare(attacks.apply("cutout", photos[3], 0.5, seed=1, background=photos[5]))
    every = [i for i, _, _ in m.candidates(q, rerank=False)]
    chosen = [i for i, _, _ in m.candidates(q)]
    assert sorted(every) == list(range(6)) and len(chosen) == 2
    assert chosen[0] == every[0]  # the best-voted half of the slots keeps the vote order
    # the other slot goes to the best word geometry among the rest: the pasted photo or the
    # background (both are indexed), never an unrelated photo
    assert set(chosen) <= {3, 5} and 3 in chosen


def test_only_the_first_vote_words_vote_but_every_keypoint_reranks(matcher, photos) -> None:
    matcher.vote_words = 40
    try:
        q = matcher.prepare(attacks.apply("crop_random", photos[3], 0.25, seed=1))
        nd = len(q.features.direct)
        assert len(q.words) == nd + len(q.features.mirrored)
        voting = matcher._best_first(q)
        assert sorted(voting) == sorted(np.r_[q.words[:40], q.words[nd : nd + 40]])
        # the re-rank's word geometry uses all 3,000 query keypoints, not the 80 voting ones
        scores = [matcher._prescreen(q, matcher.store.get(i)) for i in range(len(photos))]
        assert scores[3] >= 30 and scores[3] >= 4 * max(scores[:3] + scores[4:])
    finally:
        matcher.vote_words = None


def test_shipped_null_model_matches_this_code(tmp_path: Path) -> None:
    import json

    from synthguard.errors import ModelUnavailable
    from synthguard.fingerprint import _model

    body = json.loads((_model.DATA_DIR / "null_model.json").read_text())
    null = _model.load_null_model(_model.DATA_DIR / "null_model.json")
    m = TwoStageMatcher(_model.shipped_vocabulary(), null=null, **_model.MATCHER_SETTINGS)
    assert m.n_tests == body["provenance"]["n_tests"] == 65
    assert m.threshold(1e-4) == body["provenance"]["threshold_at_fmr_1e-4"] == 17
    body["verification"]["ransac_px"] = 6.0  # a null model fitted for other verification
    (tmp_path / "null.json").write_text(json.dumps(body))
    with pytest.raises(ModelUnavailable, match="verification settings"):
        _model.load_null_model(tmp_path / "null.json")
