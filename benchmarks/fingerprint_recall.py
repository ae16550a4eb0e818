"""Fingerprint recall and false matches: synthguard vs PDQ and pHash, in the same run.

    .venv/bin/python benchmarks/fingerprint_recall.py            # quick: 24 indexed, 24 distractors
    .venv/bin/python benchmarks/fingerprint_recall.py --full     # the whole report split

Only the **report split** is used (photos at odd positions of the sorted listing, less copies of
training images; see ``fingerprint_train.py``): the shipped vocabulary and null model were
learned on the other split. Half of the report photos are indexed; every attack of the standard
suite is applied to each and must be found. The other half (and attacked versions of it, two
seeds per attack with ``--full``) are distractor queries that must find nothing.

Each method decides at a per-query false-match rate of 1e-4:

* synthguard: the shipped null model's inlier threshold (``FingerprintIndex.false_match_rate``);
* PDQ (256 bits) and pHash (64 bits, ``imagehash``): a Hamming threshold from a normal fit to the
  distances between unrelated training-split images, at ``1e-4 / (indexed × query variants)``
  per pair; both are queried with the image and its mirror, as synthguard is.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from fingerprint_train import splits
from scipy import stats

from synthguard import attacks, imageio
from synthguard.fingerprint import FingerprintIndex, PDQSignal, extract
from synthguard.fingerprint._model import MATCHER_SETTINGS
from synthguard.fingerprint._registry import _signals

from _common import DEFAULT_CORPUS, machine_line, markdown_table, write_section

FMR = 1e-4

#: How the matcher's ``vote_words`` was chosen: on the training split, by a rule fixed before the
#: run (training-split figures, recorded here: this script never looks at them).
VOTE_WORDS_CHOSEN = 400
VOTE_WORDS_NOTE = """\
How `vote_words` (query keypoints per orientation that vote for candidates) was chosen: on the \
training split only, never on these photos (`python benchmarks/fingerprint_vote_words.py`). \
24 training photos indexed, 24 other training photos \
as distractors, every attack of the suite, in an index of those photos alone ("small") and with \
200,000 synthetic entries added as in `fingerprint_scale.py` ("200k"; the per-query vote cut is \
active there), shipped null model. Rule fixed before the run: among 200, 300, 400, 600 and all \
keypoints, take the smallest value (less posting-list traffic) whose recall on every row at both \
sizes is within 0.01 of the best value's and whose queries with a wrong match are no more than the \
fewest. Rows where the values differ (every other row is the same for all values: 1.000, but \
0.917 for small: random crop 25%; no wrong match for any value; p50 = candidates + verification, \
after extraction, one core):

| training split | 200 | 300 | 400 | 600 | all |
|---|---|---|---|---|---|
| small: cutout x0.5 | 0.542 | 0.667 | 0.750 | 0.750 | 0.750 |
| 200k: random crop 25% | 0.833 | 0.833 | 0.833 | 0.833 | 0.708 |
| 200k: crop 50% + jpeg 75 | 1.000 | 1.000 | 1.000 | 1.000 | 0.958 |
| 200k: cutout x0.5 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 |
| small: p50 ms | 18.7 | 34.2 | 36.8 | 44.4 | 37.9 |
| 200k: p50 ms | 12.3 | 14.2 | 16.0 | 21.3 | 37.8 |

400 and 600 qualify; 400, the smaller, is the shipped value. At 200k entries no value finds the \
cutouts (a gap of the candidate stage, not of this setting)."""
GEOMETRIC = {"random crop 25%", "rotate 5 (cropped)", "photo of print", "cutout x0.5"}


class Peer:
    """A global hash with a Hamming threshold, queried with the image and its mirror."""

    name: str
    bits: int

    def hash(self, rgb: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def variants(self, rgb: np.ndarray) -> list[np.ndarray]:
        return [self.hash(rgb), self.hash(np.ascontiguousarray(rgb[:, ::-1]))]


class PDQ(Peer):
    name, bits = "PDQ", 256

    def __init__(self) -> None:
        self._pdq = PDQSignal()

    def hash(self, rgb: np.ndarray) -> np.ndarray:
        return self._pdq.extract(rgb).array


class PHash(Peer):
    name, bits = "pHash", 64

    def hash(self, rgb: np.ndarray) -> np.ndarray:
        import imagehash
        from PIL import Image

        h = imagehash.phash(Image.fromarray(rgb))
        return np.packbits(h.hash.ravel().astype(np.uint8))


def hamming_min(q: list[np.ndarray], codes: np.ndarray) -> np.ndarray:
    qa = np.array(q)
    return np.bitwise_count(qa[:, None, :] ^ codes[None]).sum(-1).min(0)


def peer_threshold(peer: Peer, train: list[np.ndarray], n_indexed: int) -> int:
    """Largest distance whose normal-fit probability for an unrelated pair is below the budget."""
    codes = np.array([peer.hash(rgb) for rgb in train])
    d = np.bitwise_count(codes[:, None, :] ^ codes[None]).sum(-1)
    pairs = d[np.triu_indices(len(codes), 1)].astype(float)
    mu, sd = float(pairs.mean()), float(pairs.std())
    per_pair = FMR / (n_indexed * 2)
    t = -1
    while stats.norm.cdf((t + 1 + 0.5 - mu) / sd) <= per_pair:
        t += 1
    return min(t, int(pairs.min()) - 1)


@dataclass
class Tally:
    found: dict[str, list[bool]] = field(default_factory=dict)
    false: int = 0
    distractor_queries: int = 0

    def recall(self, label: str) -> float:
        v = self.found[label]
        return sum(v) / len(v)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--full", action="store_true", help="the whole report split")
    parser.add_argument("--limit", type=int, default=24, help="indexed photos (quick run)")
    parser.add_argument("--no-docs", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args()

    if MATCHER_SETTINGS["vote_words"] != VOTE_WORDS_CHOSEN:
        raise SystemExit(
            f"vote_words is {MATCHER_SETTINGS['vote_words']}, the training-split choice recorded "
            f"here is {VOTE_WORDS_CHOSEN}: redo the choice and update VOTE_WORDS_NOTE"
        )
    train_paths, report_paths = splits(args.corpus, verbose=False)
    indexed_paths, distractor_paths = report_paths[0::2], report_paths[1::2]
    seeds = 2 if args.full else 1
    if not args.full:
        indexed_paths, distractor_paths = (
            indexed_paths[: args.limit],
            distractor_paths[: args.limit],
        )
    indexed = [imageio.load_rgb(p) for p in indexed_paths]
    distractors = [imageio.load_rgb(p) for p in distractor_paths]
    backgrounds = distractors  # cutouts paste onto another report photo
    train = [imageio.load_rgb(p) for p in train_paths]
    suite = attacks.STANDARD_SUITE

    peers: list[Peer] = [PDQ(), PHash()]
    thresholds = {p.name: peer_threshold(p, train, len(indexed)) for p in peers}
    codes = {p.name: np.array([p.hash(rgb) for rgb in indexed]) for p in peers}

    tmp = tempfile.TemporaryDirectory()
    index = FingerprintIndex.open(Path(tmp.name) / "idx")
    t0 = time.perf_counter()
    for i, rgb in enumerate(indexed):
        index.add(str(i), extract(rgb))
    build_s = time.perf_counter() - t0

    methods = ["synthguard", *thresholds]
    tallies = {m: Tally() for m in methods}
    query_ms: list[float] = []

    def run(rgb: np.ndarray, truth: str | None, label: str | None) -> None:
        t = time.perf_counter()
        ours = [m.id for m in index.match(rgb)]
        query_ms.append(1000 * (time.perf_counter() - t))
        results = {"synthguard": ours}
        for p in peers:
            d = hamming_min(p.variants(rgb), codes[p.name])
            results[p.name] = [str(i) for i in np.flatnonzero(d <= thresholds[p.name])]
        for m, got in results.items():
            if truth is None:
                tallies[m].distractor_queries += 1
                tallies[m].false += bool(got)
            else:
                assert label is not None
                tallies[m].found.setdefault(label, []).append(bool(got) and got[0] == truth)
                tallies[m].false += any(g != truth for g in got)

    for i, rgb in enumerate(indexed):
        for k, entry in enumerate(suite):
            bg = backgrounds[(i + k) % len(backgrounds)]
            q = attacks.run_chain(rgb, entry.steps, seed=100 * i + k, background=bg)
            run(q, str(i), entry.label)
        print(f"indexed {i + 1}/{len(indexed)}", flush=True)
    for j, rgb in enumerate(distractors):
        for k, entry in enumerate(suite):
            for s in range(seeds):
                bg = indexed[(j + k + s) % len(indexed)]  # pasting onto an indexed photo
                if entry.label.startswith("cutout"):
                    bg = distractors[(j + 1 + k + s) % len(distractors)]
                q = attacks.run_chain(rgb, entry.steps, seed=7919 * j + 31 * k + s, background=bg)
                run(q, None, None)
        print(f"distractor {j + 1}/{len(distractors)}", flush=True)

    # Extraction timing on a 1 MP image (a report photo resized to 1155×866), one core.
    big = imageio.load_rgb(report_paths[0])
    big = cv2.resize(big, (1155, 866), interpolation=cv2.INTER_CUBIC)
    features, pdq = _signals()
    timings = {}
    for name, fn in (
        ("index side: PDQ (reference, full size) + keypoints", lambda: extract(big)),
        (
            "query side: PDQ 8 variants (512 px) + keypoints direct and mirrored + words",
            lambda: index._matcher.prepare(big),
        ),
        ("  of which keypoints, direct and mirrored", lambda: features.extract_query(big)),
        ("PDQ alone, reference, full size (peer)", lambda: pdq.extract(big)),
        ("pHash alone (peer)", lambda: peers[1].hash(big)),
    ):
        fn()
        runs = []
        for _ in range(7):
            t = time.perf_counter()
            fn()
            runs.append(1000 * (time.perf_counter() - t))
        timings[name] = statistics.median(runs)

    rows = []
    for entry in suite:
        target = 0.95 if entry.label in GEOMETRIC else 0.99
        ours = tallies["synthguard"].recall(entry.label)
        rows.append(
            [entry.label]
            + [f"{tallies[m].recall(entry.label):.3f}" for m in methods]
            + [f"≥ {target:.2f}", "ok" if ours >= target else "**gap**"]
        )
    n_queries = len(indexed) * len(suite)
    false_rows = [
        [
            m,
            tallies[m].false,
            tallies[m].distractor_queries + n_queries,
            "inliers" if m == "synthguard" else f"≤ {thresholds[m]} bits",
        ]
        for m in methods
    ]
    cmd = "python benchmarks/fingerprint_recall.py" + (" --full" if args.full else "")
    body = "\n".join(
        [
            "## Fingerprint recall (synthguard vs PDQ and pHash)",
            "",
            f"`{cmd}` — {machine_line()}.",
            "",
            f"Report split only: {len(indexed)} indexed photos, {len(distractors)} distractor "
            f"photos ({tallies['synthguard'].distractor_queries} distractor queries: each "
            f"attack of the standard suite, {seeds} seed(s)). The shipped vocabulary and null "
            f"model were learned on the training split (all face photos and the photos at even "
            f"positions of the sorted listing, copies grouped; `benchmarks/fingerprint_train.py`)."
            f" Every method decides at a per-query false-match rate of {FMR:g}; PDQ and pHash "
            f"thresholds come from a normal fit to unrelated training-split pairs, and both are "
            f"queried with the mirror too. Recall = the indexed photo is the top accepted match.",
            "",
            markdown_table(["attack", *methods, "target", "synthguard"], rows),
            "",
            markdown_table(
                ["method", "queries with a wrong match", "queries", "threshold"], false_rows
            ),
            "",
            f"Query time at this small index ({len(indexed)} entries), extraction included: "
            f"p50 {np.percentile(query_ms, 50):.0f} ms, p99 {np.percentile(query_ms, 99):.0f} ms"
            f" (scale figures: `benchmarks/fingerprint_scale.py`). Build: "
            f"{1000 * build_s / len(indexed):.0f} ms per image.",
            "",
            markdown_table(
                ["extraction, 1 MP (1155×866), one core", "ms (median of 7)"],
                [[k, f"{v:.1f}"] for k, v in timings.items()],
            )
            + "\n\nTarget: ≤ 60 ms per 1 MP image.",
            "",
            VOTE_WORDS_NOTE,
        ]
    )
    print(body)
    if not args.no_docs:
        write_section("fingerprint-recall", body)
    tmp.cleanup()


if __name__ == "__main__":
    main()
