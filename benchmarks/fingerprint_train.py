"""Regenerate the fingerprint model shipped in ``synthguard/fingerprint/data/``.

Two files come out of it, both learned on the **training split** only:

* ``vocabulary.npz`` - the binary vocabulary tree that turns ORB descriptors into visual words;
* ``null_model.json`` - inlier counts between unrelated images (the null model that turns a
  false-match-rate target into an inlier threshold).

Training split: every face photo under ``faces/`` and the photos at even positions of the sorted
``photos/`` listing, one image per group of copies (:func:`copy_groups`).
``benchmarks/fingerprint_recall.py`` reports only on the other photos (less copies of training
images); this script reads them only to find copies, never to learn from them.

    python benchmarks/fingerprint_train.py [--corpus DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from synthguard import attacks, imageio
from synthguard.fingerprint import (
    BinaryVocabulary,
    LocalFeatures,
    NullModel,
    TwoStageMatcher,
)
from synthguard.fingerprint._model import (
    DATA_DIR,
    MATCHER_SETTINGS,
    VOCABULARY_BRANCHING,
    VOCABULARY_DEPTH,
    save_null_model,
    save_vocabulary,
)

import _common  # one thread per library (its import sets that)

#: Attacks applied to the distractor images when calibrating (a spread of the benchmark's).
CALIBRATION_CHAINS: tuple[tuple[attacks.Step, ...], ...] = (
    (),
    (("jpeg", 50),),
    (("crop_random", 0.25),),
    (("crop_center", 0.5), ("jpeg", 75)),
    (("rotate_crop", 5),),
    (("flip", None),),
    (("cutout", 0.5),),
    (("text_band", 0.15),),
    (("print_photo", 1.0),),
)


def photo_paths(corpus: Path) -> list[Path]:
    photos = sorted((corpus / "photos").glob("*.png")) + sorted((corpus / "photos").glob("*.jpg"))
    return sorted(photos, key=lambda p: p.name)


def face_paths(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "faces").iterdir() if p.suffix.lower() in {".jpg", ".png"})


def copy_groups(paths: list[Path], features: LocalFeatures) -> list[list[int]]:
    """Groups of images that are copies of each other (the corpus has some: the same face photo
    in several resolutions and crops, BSD images under two set names...).

    Two images are copies when their PDQ hashes (any flip/rotation) are within 40 bits or their
    keypoints agree on at least 40 RANSAC inliers. Candidates for verification (60 per image) come
    from PDQ and from visual words of a vocabulary trained on the face photos only.
    """
    from synthguard.fingerprint import PDQSignal

    images = [imageio.load_rgb(p) for p in paths]
    pdq = PDQSignal()
    hashes = np.array([pdq.extract(rgb).array for rgb in images])
    faces = [i for i, p in enumerate(paths) if p.parent.name == "faces"]
    desc = np.concatenate([features.extract(images[i]).desc for i in faces])
    vocabulary = BinaryVocabulary(32, 3).train(desc, seed=0)
    matcher = TwoStageMatcher(vocabulary, features, n_candidates=60, pdq_candidates=10)
    for i, rgb in enumerate(images):
        matcher.add(i, rgb)
    parent = list(range(len(images)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, rgb in enumerate(images):
        variants = np.array([v.array for v in pdq.query_variants(rgb)])
        d = np.bitwise_count(variants[:, None, :] ^ hashes[None]).sum(-1).min(0)
        close = set(np.flatnonzero(d <= 40).tolist())
        close |= {j for j, n in matcher.verify_all(rgb) if n >= 40}
        for j in close:
            parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(images)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def splits(corpus: Path, verbose: bool = True) -> tuple[list[Path], list[Path]]:
    """(training split, report split), with copies of one image always on the same side.

    Training: every face photo, and the photos at even positions of the sorted listing.
    Report: the other photos, less any that is a copy of a training image.
    """
    photos, faces = photo_paths(corpus), face_paths(corpus)
    paths = faces + photos
    groups = copy_groups(paths, LocalFeatures())
    train_side = set(range(len(faces))) | {len(faces) + i for i in range(0, len(photos), 2)}
    train: list[Path] = []
    report: list[Path] = []
    for g in groups:
        if verbose and len(g) > 1:
            print("copies:", ", ".join(paths[i].name for i in g))
        # a group touching the training side goes there entirely; one of its images is kept
        members = [paths[i] for i in g]
        (train if any(i in train_side for i in g) else report).append(members[0])
    return sorted(train, key=lambda p: (p.parent.name, p.name)), sorted(report)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=_common.DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args()

    paths, report = splits(args.corpus)
    images = [imageio.load_rgb(p) for p in paths]
    n_faces = sum(p.parent.name == "faces" for p in paths)
    print(
        f"training split: {len(images)} distinct images ({n_faces} faces); report split: "
        f"{len(report)} photos"
    )
    features = LocalFeatures()

    t0 = time.perf_counter()
    desc = np.concatenate([features.extract_query(rgb).direct.desc for rgb in images])
    vocabulary = BinaryVocabulary(VOCABULARY_BRANCHING, VOCABULARY_DEPTH).train(desc, seed=0)
    print(
        f"vocabulary: {vocabulary.size} words from {len(desc)} descriptors "
        f"({time.perf_counter() - t0:.1f} s)"
    )

    # Null model: index half of the training images, query the other half and attacked
    # copies of it; every candidate pair is an unrelated pair. All pairs a query could be
    # verified against are counted (verify_all: the PDQ candidates and the whole vote shortlist,
    # before the geometric re-rank), without the per-query vote cut: re-rank and cut only choose
    # among those pairs, so n_tests x (rate per pair) still bounds the false-match rate per
    # query, and the uncut shortlist gives more pairs to fit.
    matcher = TwoStageMatcher(vocabulary, features, **{**MATCHER_SETTINGS, "vote_null": None})
    for i, rgb in enumerate(images[0::2]):
        matcher.add(i, rgb)
    t0 = time.perf_counter()
    counts: list[int] = []
    queries = 0
    for j, rgb in enumerate(images[1::2]):
        for k, chain in enumerate(CALIBRATION_CHAINS):
            query = attacks.run_chain(rgb, chain, seed=1000 * j + k) if chain else rgb
            counts += [c for _, c in matcher.verify_all(query)]
            queries += 1
    null = NullModel(np.asarray(counts))
    matcher.null = null
    print(
        f"null model: {len(counts)} unrelated pairs from {queries} distractor queries "
        f"({time.perf_counter() - t0:.1f} s); max inliers {max(counts)}; "
        f"threshold at FMR 1e-4 over {matcher.n_tests} tests: {matcher.threshold(1e-4)}"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    save_vocabulary(vocabulary, args.out / "vocabulary.npz")
    save_null_model(
        null,
        args.out / "null_model.json",
        {
            "training_split": "faces/ and photos/ at even positions of the sorted listing, "
            "one image per group of copies",
            "indexed": len(images[0::2]),
            "distractor_queries": queries,
            "pairs": len(counts),
            "chains": [attacks_label(c) for c in CALIBRATION_CHAINS],
            "n_tests": matcher.n_tests,
            "threshold_at_fmr_1e-4": matcher.threshold(1e-4),
        },
    )
    print(f"wrote {args.out / 'vocabulary.npz'} and {args.out / 'null_model.json'}")


def attacks_label(chain: tuple[attacks.Step, ...]) -> str:
    return ",".join(f"{n}={p}" if p is not None else n for n, p in chain) or "none"


if __name__ == "__main__":
    main()
