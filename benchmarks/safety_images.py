"""Image safety checks on the shared corpus: face verification, NSFW false positives, speed.

    python benchmarks/safety_images.py               # every section, tables on stdout
    python benchmarks/safety_images.py faces         # face verification only (calibration)
    python benchmarks/safety_images.py --docs        # also write the section of docs/benchmarks.md

Faces: every photo in ``corpus/faces`` is embedded once (largest face). ``pairs.csv`` is split
in two by a hash of each pair: the threshold is calibrated on the first half (the smallest
distance that accepts 97 % of its genuine pairs, rounded up to 0.01) and TAR and FAR are
reported on the second half, and on every pair of single-face photos with a labelled identity
(``identities.csv``), which has ten times more impostor pairs. The peer measured in the same run
is ``face_recognition``'s default tolerance, 0.6. A FAR of 0.1 % needs thousands of impostor
pairs to be seen; where none are accepted, the table says so ("0 of N") and gives the Gaussian
estimate of the impostor tail.

NSFW: the share of corpus photos (none of them pornographic) at or above the policy threshold,
and at Yahoo's 0.2 "safe" edge as the peer.

Speed: ``check_image`` for an edit (NSFW, gallery match, consent) on one core, on photos resized
to one megapixel, as ms per megapixel; the NSFW model and the face scan are also timed alone.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # the targets are per core: one thread everywhere

import argparse  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import itertools  # noqa: E402
import math  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from synthguard import imageio  # noqa: E402
from synthguard.config import get_settings  # noqa: E402
from synthguard.safety import (  # noqa: E402
    ConsentStore,
    FaceGallery,
    ImageSafetyEngine,
    default_policy,
)
from synthguard.safety._faces import MATCH_DISTANCE, shared_face_model  # noqa: E402
from synthguard.safety._nsfw import shared_nsfw_model  # noqa: E402
from synthguard.safety._policy import NSFW  # noqa: E402

from _common import DEFAULT_CORPUS, machine_line, markdown_table, write_section  # noqa: E402

TARGET_TAR = 0.97
TARGET_FAR = 0.001
PEER_TOLERANCE = 0.6


def half_of(file_a: str, file_b: str) -> int:
    """0: calibration, 1: report. Fixed by the pair's names, not by its order in the file."""
    return int(hashlib.sha256(f"{file_a},{file_b}".encode()).hexdigest(), 16) % 2


def embed_faces(folder: Path) -> dict[str, tuple[int, np.ndarray]]:
    """Each photo's face count and the embedding of its largest face."""
    model = shared_face_model()
    out: dict[str, tuple[int, np.ndarray]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            continue
        scan = model.scan(imageio.load_rgb(path))
        if not scan.faces:
            continue
        largest = max(scan.faces, key=lambda f: f.size)
        out[path.name] = (scan.total, largest.embedding)
    return out


def rates(genuine: np.ndarray, impostor: np.ndarray, t: float) -> tuple[float, int, int]:
    return float(np.mean(genuine <= t)), int(np.sum(impostor <= t)), len(impostor)


def gaussian_far(impostor: np.ndarray, t: float) -> float:
    mean, sd = float(np.mean(impostor)), float(np.std(impostor, ddof=1))
    return 0.5 * (1.0 + math.erf((t - mean) / (sd * math.sqrt(2.0))))


def tar_at_far(genuine: np.ndarray, impostor: np.ndarray, far: float) -> tuple[float, float]:
    """The best TAR whose empirical FAR is at most ``far``, and its threshold."""
    allowed = math.floor(far * len(impostor))
    ordered = np.sort(impostor)
    t = float(ordered[allowed]) - 1e-6 if allowed < len(ordered) else float("inf")
    return float(np.mean(genuine <= t)), t


def faces_section(corpus: Path) -> tuple[str, dict[str, float]]:
    folder = corpus / "faces"
    started = time.perf_counter()
    embeddings = embed_faces(folder)
    embed_s = time.perf_counter() - started

    def dist(a: str, b: str) -> float:
        return float(np.linalg.norm(embeddings[a][1] - embeddings[b][1]))

    with (folder / "pairs.csv").open() as f:
        pairs = [
            r for r in csv.DictReader(f) if r["file_a"] in embeddings and r["file_b"] in embeddings
        ]
    split: dict[int, dict[str, list[float]]] = {0: {"g": [], "i": []}, 1: {"g": [], "i": []}}
    for r in pairs:
        kind = "g" if r["same_person"] == "1" else "i"
        split[half_of(r["file_a"], r["file_b"])][kind].append(dist(r["file_a"], r["file_b"]))
    cal_g, cal_i = np.array(split[0]["g"]), np.array(split[0]["i"])
    rep_g, rep_i = np.array(split[1]["g"]), np.array(split[1]["i"])
    calibrated = math.ceil(float(np.quantile(cal_g, TARGET_TAR, method="higher")) * 100) / 100

    with (folder / "identities.csv").open() as f:
        identity = {r["file"]: r["identity"] for r in csv.DictReader(f)}
    single = sorted(n for n in identity if n in embeddings and embeddings[n][0] == 1)
    all_g, all_i = [], []
    for a, b in itertools.combinations(single, 2):
        (all_g if identity[a] == identity[b] else all_i).append(dist(a, b))
    every_g, every_i = np.array(all_g), np.array(all_i)

    rows = []
    for label, t in (
        ("calibrated on half 1", calibrated),
        ("shipped MATCH_DISTANCE", MATCH_DISTANCE),
        ("peer: face_recognition tolerance", PEER_TOLERANCE),
    ):
        for name, g, i in (
            ("pairs.csv half 2", rep_g, rep_i),
            ("all labelled pairs", every_g, every_i),
        ):
            tar, fa, n = rates(g, i, t)
            rows.append(
                [
                    label,
                    f"{t:.2f}",
                    name,
                    f"{len(g)}/{n}",
                    f"{100 * tar:.1f} %",
                    f"{fa} of {n} ({100 * fa / n:.2f} %)",
                    f"{gaussian_far(i, t):.1e}",
                ]
            )
    best_tar, best_t = tar_at_far(rep_g, rep_i, TARGET_FAR)
    every_tar, every_t = tar_at_far(every_g, every_i, TARGET_FAR)
    table = markdown_table(
        [
            "threshold",
            "distance",
            "pairs",
            "genuine/impostor",
            "TAR",
            "false accepts",
            "FAR (Gauss)",
        ],
        rows,
    )
    text = (
        f"### Face verification (dlib ResNet, 5-point alignment, HOG detector)\n\n{table}\n\n"
        f"Calibration half: {len(cal_g)} genuine / {len(cal_i)} impostor pairs of pairs.csv. "
        f"Best TAR at empirical FAR ≤ {100 * TARGET_FAR:.1f} %: {100 * best_tar:.1f} % "
        f"(half 2, distance < {best_t:.3f}), {100 * every_tar:.1f} % (all pairs, "
        f"distance < {every_t:.3f}). Smallest impostor distance: {float(np.min(every_i)):.3f}; "
        f"largest genuine: {float(np.max(every_g)):.3f}. "
        f"{len(embeddings)} photos embedded in {embed_s:.1f} s.\n"
    )
    tar, _, _ = rates(rep_g, rep_i, MATCH_DISTANCE)
    return text, {"face_tar": tar, "calibrated": calibrated}


def nsfw_section(corpus: Path) -> tuple[str, dict[str, float]]:
    model = shared_nsfw_model()
    threshold = default_policy().rule(NSFW).threshold
    photos = sorted(p for p in (corpus / "photos").iterdir() if p.suffix in (".png", ".jpg"))
    scores = {p.name: model.score(imageio.load_rgb(p)) for p in photos}
    values = np.array(list(scores.values()))
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
    rows = [
        [
            f"policy threshold {threshold}",
            f"{int(np.sum(values >= threshold))} of {len(values)}",
            f"{100 * float(np.mean(values >= threshold)):.2f} %",
        ],
        [
            "peer: Yahoo's 0.2 safe edge",
            f"{int(np.sum(values >= 0.2))} of {len(values)}",
            f"{100 * float(np.mean(values >= 0.2)):.2f} %",
        ],
    ]
    table = markdown_table(["NSFW at or above", "photos", "false positives"], rows)
    text = (
        f"### NSFW false positives on corpus/photos (Open-NSFW)\n\n{table}\n\n"
        "Highest scores: " + ", ".join(f"{n} {s:.3f}" for n, s in top) + ". Recall is not "
        "measured: the corpus holds no pornographic images.\n"
    )
    return text, {"nsfw_fp": float(np.mean(values >= threshold))}


def to_megapixel(rgb: np.ndarray) -> np.ndarray:
    scale = math.sqrt(1_000_000 / (rgb.shape[0] * rgb.shape[1]))
    size = (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def speed_section(corpus: Path, repeats: int) -> tuple[str, dict[str, float]]:
    home = Path(tempfile.mkdtemp(prefix="synthguard-bench-"))
    os.environ["SYNTHGUARD_HOME"] = str(home)
    get_settings.cache_clear()
    faces = corpus / "faces"
    gallery = FaceGallery(home)
    for name, photo in (("A", "face_recognition_obama.jpg"), ("B", "face_recognition_biden.jpg")):
        gallery.add(name, imageio.load_rgb(faces / photo))
    consent_photo = imageio.load_rgb(faces / "deepface_img1.jpg")
    ConsentStore().add("s1", consent_photo, expires=None, recorded_by="bench")
    engine = ImageSafetyEngine(default_policy())
    cases = {
        "photo, no face (kodim23)": to_megapixel(
            imageio.load_rgb(corpus / "photos" / "kodak24_kodim23.png")
        ),
        "one face (obama-1080p)": to_megapixel(
            imageio.load_rgb(faces / "face_recognition_obama-1080p.jpg")
        ),
        "two faces (two_people)": to_megapixel(
            imageio.load_rgb(faces / "face_recognition_two_people.jpg")
        ),
    }
    nsfw, face_model = shared_nsfw_model(), shared_face_model()
    rows = []
    worst = 0.0
    for label, rgb in cases.items():
        mp = rgb.shape[0] * rgb.shape[1] / 1e6
        engine.evaluate(rgb, "edit")  # warm: models loaded, caches filled

        def median_ms(fn, mp: float = mp) -> tuple[float, float]:
            wall, cpu = [], []
            for _ in range(repeats):
                t, c = time.perf_counter(), time.thread_time()
                fn()
                wall.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)
            return 1000 * statistics.median(wall) / mp, 1000 * statistics.median(cpu) / mp

        whole, whole_cpu = median_ms(lambda rgb=rgb: engine.evaluate(rgb, "edit"))
        alone_nsfw, _ = median_ms(lambda rgb=rgb: nsfw.score(rgb))
        alone_faces, _ = median_ms(lambda rgb=rgb: face_model.scan(rgb))
        worst = max(worst, whole_cpu)
        n_faces = face_model.scan(rgb).total
        rows.append(
            [
                label,
                f"{rgb.shape[1]}×{rgb.shape[0]}",
                n_faces,
                f"{whole:.0f} ({whole_cpu:.0f} CPU)",
                f"{alone_nsfw:.0f}",
                f"{alone_faces:.0f}",
            ]
        )
    table = markdown_table(
        [
            "image (resized to 1 MP)",
            "size",
            "faces",
            "check_image edit, wall (CPU) ms/MP",
            "NSFW alone, wall",
            "face scan alone, wall",
        ],
        rows,
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    text = (
        f"### Image check time, one core\n\n{table}\n\nMedian of {repeats} runs; one thread "
        f"(onnxruntime, dlib, OpenCV); load average {load:.1f} on "
        f"{os.cpu_count()} cores during the run (a shared machine: read ratios, not absolutes). "
        "Each further face adds one landmark + ResNet pass.\n"
    )
    return text, {"ms_per_mp": worst}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "section", nargs="?", default="all", choices=["all", "faces", "nsfw", "speed"]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--docs", action="store_true", help="write docs/benchmarks.md too")
    args = parser.parse_args(argv)
    if not (args.corpus / "faces" / "pairs.csv").is_file():
        sys.exit(f"no corpus at {args.corpus}; set --corpus or SYNTHGUARD_CORPUS")
    parts, figures = [], {}
    sections = {"faces": faces_section, "nsfw": nsfw_section}
    for name in ("faces", "nsfw", "speed"):
        if args.section not in ("all", name):
            continue
        text, found = (
            speed_section(args.corpus, args.repeats)
            if name == "speed"
            else sections[name](args.corpus)
        )
        print(text, flush=True)
        parts.append(text)
        figures.update(found)
    summary = []
    if "face_tar" in figures:
        summary.append(
            f"face TAR at the shipped distance {MATCH_DISTANCE}: "
            f"{100 * figures['face_tar']:.1f} % (target ≥ 97 %)"
        )
    if "nsfw_fp" in figures:
        summary.append(f"NSFW false positives: {100 * figures['nsfw_fp']:.2f} % (target ≤ 1 %)")
    if "ms_per_mp" in figures:
        summary.append(f"slowest image check: {figures['ms_per_mp']:.0f} CPU ms/MP (target ≤ 300)")
    print("\n".join(summary))
    if args.docs:
        body = (
            "## Image safety checks\n\n`python benchmarks/safety_images.py`, "
            f"{machine_line()}\n\n" + "\n".join(parts)
        )
        write_section("safety-images", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
