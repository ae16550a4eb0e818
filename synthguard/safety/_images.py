"""Image checks behind one protocol, combined by the operator's policy like the prompt checks.

    from synthguard.safety import check_image, default_policy
    check_image(rgb, default_policy(), purpose="edit").action   # Action.REFUSE, say

Three checks (:data:`IMAGE_CHECKS`), each reporting one policy category:

``nsfw``
    Open-NSFW's P(pornographic), on every image (outputs, uploads, edits).
``faces`` → ``public_figure_face``
    Faces that look like a person in the public-figure gallery (``FaceGallery``). The score is
    a likeness, ``1 - distance / (2 × MATCH_DISTANCE)``: 0.5 at the calibrated match distance,
    1 for identical embeddings; the policy threshold moves the match distance. A face covered
    by a valid consent of the right scope (``edit`` for edits, ``likeness`` otherwise) is not
    reported.
``consent`` → ``face_without_consent`` (edits only)
    Every face detected in the upload must match a valid (unexpired, unrevoked) consent of scope
    ``edit``; each face that does not is a reason with score 1.

The purpose and the pixels are all a caller supplies: what is checked and how strictly comes
from the policy only, so an API caller cannot switch a check off. A check whose model is not
installed raises :class:`~synthguard.errors.ModelUnavailable` (fail closed); the face checks
need no model while the gallery is empty (outputs and uploads) and the policy allows faces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np

from synthguard import imageio
from synthguard.config import Settings, get_settings
from synthguard.errors import InvalidInput
from synthguard.safety._consent import Consent, ConsentStore, best_match
from synthguard.safety._decision import Action, Decision, Reason
from synthguard.safety._faces import (
    MATCH_DISTANCE,
    MAX_FACES,
    FaceGallery,
    FaceScan,
    shared_face_model,
)
from synthguard.safety._nsfw import shared_nsfw_model
from synthguard.safety._policy import (
    FACE_WITHOUT_CONSENT,
    NSFW,
    PUBLIC_FIGURE_FACE,
    PolicySet,
    PolicyStore,
    load_policy,
    policy_path,
)

PURPOSES: tuple[str, ...] = ("output", "upload", "edit")


def likeness(distance: float) -> float:
    """The score of a face match: 0.5 at :data:`MATCH_DISTANCE`, 1 at distance 0."""
    return float(np.clip(1.0 - distance / (2.0 * MATCH_DISTANCE), 0.0, 1.0))


def max_distance_for(threshold: float) -> float:
    """The largest embedding distance whose likeness reaches ``threshold``."""
    return 2.0 * MATCH_DISTANCE * (1.0 - threshold)


def _box_text(box: tuple[int, int, int, int]) -> str:
    return f"box {box[0]},{box[1]},{box[2]},{box[3]}"


class ImageRequest:
    """An image to check and what it is for; faces are found once, on first use, and shared."""

    def __init__(self, rgb: np.ndarray, purpose: str, settings: Settings) -> None:
        if purpose not in PURPOSES:
            raise InvalidInput(f"unknown purpose {purpose!r}; use one of {', '.join(PURPOSES)}")
        if (
            not isinstance(rgb, np.ndarray)
            or rgb.ndim != 3
            or rgb.shape[2] != 3
            or rgb.dtype != np.uint8
            or min(rgb.shape[:2]) < 1
        ):
            shape = getattr(rgb, "shape", None)
            raise InvalidInput(f"expected (height, width, 3) uint8 RGB pixels, got {shape}")
        self.rgb = rgb
        self.purpose = purpose
        self.settings = settings
        self._consents: dict[str, list[Consent]] = {}

    @cached_property
    def faces(self) -> FaceScan:
        return shared_face_model().scan(self.rgb)

    def consents(self, scope: str) -> list[Consent]:
        """Valid consents of ``scope``, read once per request (revocations apply at once)."""
        if scope not in self._consents:
            self._consents[scope] = ConsentStore(self.settings).valid(scope)
        return self._consents[scope]


class ImageCheck(Protocol):
    """One kind of image check. Built from the policy in force and the settings."""

    name: ClassVar[str]
    category: ClassVar[str]
    purposes: ClassVar[frozenset[str]]

    def __init__(self, policy: PolicySet, settings: Settings) -> None: ...

    def check(self, request: ImageRequest) -> Decision: ...


class NsfwCheck:
    """Pornographic images, by Open-NSFW's score."""

    name: ClassVar[str] = "nsfw"
    category: ClassVar[str] = NSFW
    purposes: ClassVar[frozenset[str]] = frozenset(PURPOSES)

    def __init__(self, policy: PolicySet, settings: Settings) -> None:
        self.policy = policy
        self.model = shared_nsfw_model()

    def check(self, request: ImageRequest) -> Decision:
        score = self.model.score(request.rgb)
        reasons = []
        if reason := self.policy.reason(self.name, NSFW, score, f"open-nsfw score {score:.4f}"):
            reasons.append(reason)
        return Decision.combine(reasons, self.policy.version, scores={NSFW: score})


class PublicFigureFaces:
    """Faces that match the public-figure gallery, unless the person consented."""

    name: ClassVar[str] = "faces"
    category: ClassVar[str] = PUBLIC_FIGURE_FACE
    purposes: ClassVar[frozenset[str]] = frozenset(PURPOSES)

    def __init__(self, policy: PolicySet, settings: Settings) -> None:
        self.policy = policy
        self.gallery = FaceGallery(settings.home)
        self.max_distance = max_distance_for(policy.rule(PUBLIC_FIGURE_FACE).threshold)

    def check(self, request: ImageRequest) -> Decision:
        if len(self.gallery) == 0:
            return Decision.combine([], self.policy.version)
        scope = "edit" if request.purpose == "edit" else "likeness"
        reasons: list[Reason] = []
        best = 0.0
        for match in self.gallery.match_faces(request.faces.faces, self.max_distance):
            face = next(f for f in request.faces.faces if f.box == match.box)
            if best_match(face.embedding, request.consents(scope)) is not None:
                continue
            score = likeness(match.distance)
            best = max(best, score)
            evidence = f"{match.name} ({_box_text(match.box)}, distance {match.distance:.3f})"
            if reason := self.policy.reason(self.name, PUBLIC_FIGURE_FACE, score, evidence):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version, scores={PUBLIC_FIGURE_FACE: best})


class EditConsent:
    """Edits of uploads showing a face are refused unless that face's owner consented."""

    name: ClassVar[str] = "consent"
    category: ClassVar[str] = FACE_WITHOUT_CONSENT
    purposes: ClassVar[frozenset[str]] = frozenset({"edit"})

    def __init__(self, policy: PolicySet, settings: Settings) -> None:
        self.policy = policy

    def check(self, request: ImageRequest) -> Decision:
        scan = request.faces
        reasons: list[Reason] = []
        consents = request.consents("edit") if scan.faces else []
        for face in scan.faces:
            if best_match(face.embedding, consents) is not None:
                continue
            evidence = f"face without a valid consent ({_box_text(face.box)})"
            if reason := self.policy.reason(self.name, FACE_WITHOUT_CONSENT, 1.0, evidence):
                reasons.append(reason)
        if scan.truncated:
            evidence = f"{scan.total} faces; only the {MAX_FACES} largest can be checked"
            if reason := self.policy.reason(self.name, FACE_WITHOUT_CONSENT, 1.0, evidence):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version)


IMAGE_CHECKS: dict[str, type[ImageCheck]] = {
    c.name: c for c in (NsfwCheck, PublicFigureFaces, EditConsent)
}


class ImageSafetyEngine:
    """Runs the image checks for a purpose and combines them (strictest action wins).

    Checks whose category the policy sets to ``allow`` are not run (nor their model loaded);
    every other check runs, and a missing model raises
    :class:`~synthguard.errors.ModelUnavailable`.
    """

    def __init__(self, policy: PolicySet, settings: Settings | None = None) -> None:
        self.policy = policy
        self.settings = settings or get_settings()
        self.checks = [
            check(policy, self.settings)
            for check in IMAGE_CHECKS.values()
            if policy.rule(check.category).action is not Action.ALLOW
        ]

    @classmethod
    def from_home(
        cls, home: Path | None = None, policy_file: Path | None = None
    ) -> ImageSafetyEngine:
        """The engine for the operator's policy: ``policy_file``, else ``<home>/policy.toml``."""
        settings = settings_for(home)
        path = policy_file or policy_path(settings.home)
        policy = load_policy(path) if path else PolicyStore().current
        return cls(policy, settings)

    def evaluate(self, rgb: np.ndarray, purpose: str = "output") -> Decision:
        request = ImageRequest(rgb, purpose, self.settings)
        reasons: list[Reason] = []
        scores: dict[str, float] = {}
        for check in self.checks:
            if purpose not in check.purposes:
                continue
            decision = check.check(request)
            reasons.extend(decision.reasons)
            scores.update(decision.scores)
        return Decision.combine(reasons, self.policy.version, scores)


def settings_for(home: Path | None) -> Settings:
    """The process settings, with the data directory replaced by ``home`` when given."""
    settings = get_settings()
    return settings if home is None else settings.model_copy(update={"home": Path(home)})


def check_image(
    rgb: np.ndarray,
    policy: PolicySet,
    *,
    purpose: str = "output",
    home: Path | None = None,
) -> Decision:
    """Check one image's pixels against ``policy`` for ``purpose`` (output, upload or edit)."""
    return ImageSafetyEngine(policy, settings_for(home)).evaluate(rgb, purpose)


# What the CLI's image commands do, as plain functions returning JSON-ready dicts.


def check_images(
    paths: Sequence[str | Path],
    *,
    purpose: str = "upload",
    policy_file: Path | None = None,
    home: Path | None = None,
) -> dict[str, Any]:
    """``synthguard safety check-images PATH...``: one result per path, in the given order.

    A file that cannot be decoded is refused (it could not be checked) and carries an
    ``error`` body like the CLI's; a missing model still raises, for the whole command.
    """
    engine = ImageSafetyEngine.from_home(home, policy_file)
    results: list[dict[str, Any]] = []
    for path in paths:
        try:
            decision = engine.evaluate(imageio.load(path).rgb, purpose)
        except InvalidInput as e:  # InvalidImage, PayloadTooLarge: this file, not the run
            results.append(
                {
                    "path": str(path),
                    "action": Action.REFUSE.value,
                    "reasons": [],
                    "error": e.to_json()["error"],
                }
            )
            continue
        body = decision.to_json()
        results.append({"path": str(path), "action": body["action"], "reasons": body["reasons"]})
    return {"results": results, "purpose": purpose, "policy_version": engine.policy.version}


def figures_add_photo(
    name: str, photos: Iterable[str | Path], home: Path | None = None
) -> dict[str, Any]:
    """``synthguard safety figures add-photo NAME PHOTO...``: add faces to the gallery.

    Each photo must show exactly one face; the first one that does not stops the command
    (photos before it stay added) with :class:`~synthguard.errors.InvalidInput`.
    """
    settings = settings_for(home)
    settings.ensure_home()
    gallery = FaceGallery(settings.home)
    added = []
    for photo in photos:
        rgb = imageio.load(photo).rgb
        try:
            face = gallery.add(name, rgb)
        except InvalidInput as e:
            raise type(e)(f"{photo}: {e.message}", **e.details) from e
        added.append({"photo": str(photo), **face.to_json()})
    return {
        "name": " ".join(name.split()),
        "added": added,
        "path": str(gallery.path),
        "photos_of_name": sum(1 for n in gallery.names if n == " ".join(name.split())),
        "people": len(gallery.people()),
    }


def consent_add(
    subject: str,
    photo: str | Path,
    expires: datetime | date | str | None,
    recorded_by: str,
    *,
    scope: Iterable[str] | str = ("edit",),
    home: Path | None = None,
) -> dict[str, Any]:
    """``synthguard safety consent add SUBJECT PHOTO --expires DATE --recorded-by WHO``."""
    rgb = imageio.load(photo).rgb
    try:
        consent = ConsentStore(settings_for(home)).add(
            subject, rgb, expires=expires, recorded_by=recorded_by, scope=scope
        )
    except InvalidInput as e:
        raise type(e)(f"{photo}: {e.message}", **e.details) from e
    return consent.to_json()


def consent_revoke(consent_id: str, revoked_by: str, home: Path | None = None) -> dict[str, Any]:
    """``synthguard safety consent revoke ID --by WHO``."""
    return ConsentStore(settings_for(home)).revoke(consent_id, revoked_by).to_json()


def consent_list(subject: str | None = None, home: Path | None = None) -> dict[str, Any]:
    """``synthguard safety consent list [SUBJECT]``: every consent, with its status."""
    consents = ConsentStore(settings_for(home)).records(subject)
    return {"consents": [c.to_json() for c in consents]}
