"""Choose the matcher's `vote_words` on the TRAINING split only, by a rule fixed beforehand.

    .venv/bin/python benchmarks/fingerprint_vote_words.py [--synthetic N]     # ~6 minutes

The rule: for every attack row and index size take the best recall over the candidate values;
a value is eligible when it is within 0.01 of that best on every row at both sizes and has no
more wrong-match queries than the fewest of any value; the smallest eligible value wins (None,
every keypoint votes, counts as the largest), since fewer voting words is a faster query.

Indexed: 24 training-split photos (even positions of the training photos list); distractors: 24
other training-split photos (odd positions). Every STANDARD_SUITE attack of each indexed photo must
be found; every attack of each distractor must find nothing. Two index sizes: the 24 photos alone,
and the same plus N synthetic entries built as benchmarks/fingerprint_scale.py builds them (words
drawn from the training images' word frequencies, training keypoint records, random PDQ codes).
Queries are extracted once; the matcher's vote_words picks the voting words of each.
"""

from __future__ import annotations

# isort: off
import _common

# isort: on
import argparse
import json
import time
from pathlib import Path

import numpy as np
from fingerprint_scale import synthetic_words
from fingerprint_train import splits

from synthguard import attacks, imageio
from synthguard.fingerprint import FeatureStore, TwoStageMatcher, extract
from synthguard.fingerprint._matcher import PreparedQuery
from synthguard.fingerprint._model import (
    MATCHER_SETTINGS,
    shipped_null_model,
    shipped_vocabulary,
)

VALUES: list[int | None] = [200, 300, 400, 600, None]


def make_matcher() -> TwoStageMatcher:
    return TwoStageMatcher(
        shipped_vocabulary(), null=shipped_null_model(), **{**MATCHER_SETTINGS, "vote_words": None}
    )


def add_synthetic(m: TwoStageMatcher, n: int, train: list[np.ndarray]) -> None:
    rng = np.random.default_rng(0)
    desc = np.concatenate([m.features.extract_query(rgb).direct.desc for rgb in train])
    p = np.bincount(m.words.vocab.assign(desc), minlength=m.words.vocab.size) + 0.5
    records = [extract(rgb).keypoints.to_bytes() for rgb in train]
    offsets, flat = synthetic_words(p, n, m.words.max_words, rng)
    ids = np.arange(n, dtype=np.int64) + 1_000_000
    m.words.add_words(ids, offsets, flat)
    m.words._compact()
    m.hashes.add(ids, rng.integers(0, 256, (n, 32), dtype=np.uint8))
    store = FeatureStore()
    store._records = {int(i): records[int(i) % len(records)] for i in ids}
    m.store = store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=_common.DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--synthetic", type=int, default=200_000)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/fingerprint_vote_words.json"))
    args = ap.parse_args()

    train_paths, _ = splits(args.corpus, verbose=False)  # the report split is never loaded
    photos = [p for p in train_paths if p.parent.name == "photos"]
    faces = [p for p in train_paths if p.parent.name == "faces"]
    idx_paths, dis_paths = photos[0::2][: args.n], photos[1::2][: args.n]
    print(
        f"training photos {len(photos)}, faces {len(faces)}; indexed {len(idx_paths)}, "
        f"distractors {len(dis_paths)}",
        flush=True,
    )
    indexed = [imageio.load_rgb(p) for p in idx_paths]
    distractors = [imageio.load_rgb(p) for p in dis_paths]
    suite = attacks.STANDARD_SUITE

    small, big = make_matcher(), make_matcher()
    if args.synthetic:
        t = time.perf_counter()
        add_synthetic(big, args.synthetic, [imageio.load_rgb(p) for p in faces])
        print(f"synthetic {args.synthetic} in {time.perf_counter() - t:.0f} s", flush=True)
    for i, rgb in enumerate(indexed):
        fp = extract(rgb)
        for m in (small, big):
            m.add_extracted(i, fp.pdq, fp.keypoints)
    sizes = {"small": small, "scale": big} if args.synthetic else {"small": small}

    queries: list[tuple[int | None, str, PreparedQuery]] = []  # (truth, label, prepared)
    for i, rgb in enumerate(indexed):
        for k, e in enumerate(suite):
            bg = distractors[(i + k) % len(distractors)]
            q = attacks.run_chain(rgb, e.steps, seed=100 * i + k, background=bg)
            queries.append((i, e.label, small.prepare(q)))
    for j, rgb in enumerate(distractors):
        for k, e in enumerate(suite):
            bg = indexed[(j + k) % len(indexed)]
            if e.label.startswith("cutout"):
                bg = distractors[(j + 1 + k) % len(distractors)]
            q = attacks.run_chain(rgb, e.steps, seed=7919 * j + 31 * k, background=bg)
            queries.append((None, e.label, small.prepare(q)))
    print(f"{len(queries)} queries prepared", flush=True)

    results: dict[str, dict[str, object]] = {}
    for size, m in sizes.items():
        for v in VALUES:
            m.vote_words = v
            found: dict[str, list[bool]] = {}
            wrong, lat, verified = 0, [], []
            for truth, label, pq in queries:
                t = time.perf_counter()
                c = m.candidates(pq)
                got = m.query(pq)
                lat.append(1000 * (time.perf_counter() - t))
                verified.append(len(c))
                ids = [g.id for g in got]
                if truth is None:
                    wrong += bool(ids)
                else:
                    found.setdefault(label, []).append(bool(ids) and ids[0] == truth)
                    wrong += any(g != truth for g in ids)
            r = {
                "recall": {k: sum(x) / len(x) for k, x in found.items()},
                "wrong": wrong,
                "p50_ms": float(np.percentile(lat, 50)),
                "p99_ms": float(np.percentile(lat, 99)),
                "verified_mean": float(np.mean(verified)),
            }
            results[f"{size}/{v}"] = r
            print(size, v, json.dumps(r), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    print_table(results, [e.label for e in suite], list(sizes))


def print_table(results: dict, labels: list[str], sizes: list[str]) -> None:
    cols = [f"{s}/{v}" for s in sizes for v in VALUES]
    print("| attack | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for lab in labels:
        print(f"| {lab} | " + " | ".join(f"{results[c]['recall'][lab]:.3f}" for c in cols) + " |")
    for key in ("wrong", "p50_ms", "p99_ms", "verified_mean"):
        print(f"| {key} | " + " | ".join(f"{results[c][key]:.1f}" for c in cols) + " |")


if __name__ == "__main__":
    main()
