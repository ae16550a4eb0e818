"""Safety prompt checks on the labelled prompt set: recall, false refusals, determinism, speed.

    python benchmarks/safety_eval.py eval                 # held-out split of the prompt set
    python benchmarks/safety_eval.py eval --split blind4  # the newest blind set (the honest one)
    python benchmarks/safety_eval.py eval --split blind3  # the validation set (margins)
    python benchmarks/safety_eval.py eval --split all     # every prompt, training ones included
    python benchmarks/safety_eval.py train                # refit safety/data/classifier.npz
    python benchmarks/safety_eval.py margins              # choose NETWORK_MARGIN on blind3
    python benchmarks/safety_eval.py cv                   # group 3-fold on the train split

The prompt set is tests/data/safety_prompts.jsonl (see tests/data/make_safety_prompts.py), split
by group so that a prompt's obfuscated and diluted variants fall on the same side. The classifier
head is trained on its "train" split, on every tests/data/safety_train_*.jsonl file (training
rows written by other hands) and on the rows of the retired blind sets (``RETIRED``).

The blind sets (tests/data/safety_prompts_blind*.jsonl) were each written without running or
reading the checker and committed before anything was evaluated on them. Every look at one is
recorded in its history below, since each makes it a little less blind. The first two (blind,
910 prompts; blind2, 1,030) were looked at four and two times and then retired into training.
blind3 (1,020) is the validation set that the network's margins are chosen on. blind4 (1,020),
written after that, is the held-out measure. blind2, blind3 and blind4 have no minors rows
(their writers would not write sexualised prompts about children), so minors recall comes from
the test split.

The peer measured in the same run is the lexical rules alone (no classifier). Latency is one
prompt at a time on one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from synthguard.safety import (  # noqa: E402
    CONTENT_CATEGORIES,
    ArtistRegistry,
    GenerationRequest,
    SafetyEngine,
    default_policy,
)
from synthguard.safety._lexicon import MINORS, SEXUAL  # noqa: E402
from synthguard.safety._semantic import (  # noqa: E402
    HEAD_FILE,
    Head,
    shared_model,
    window_logits,
    window_scores,
)

REPO = Path(__file__).resolve().parents[1]
PROMPTS = REPO / "tests" / "data" / "safety_prompts.jsonl"
BLIND = REPO / "tests" / "data" / "safety_prompts_blind.jsonl"
BLIND2 = REPO / "tests" / "data" / "safety_prompts_blind2.jsonl"
BLIND3 = REPO / "tests" / "data" / "safety_prompts_blind3.jsonl"
BLIND4 = REPO / "tests" / "data" / "safety_prompts_blind4.jsonl"
ARTISTS = REPO / "tests" / "data" / "safety_artists.json"
#: Further training rows, written by other hands than the generator's (see the docstring).
TRAIN_FILES = sorted((REPO / "tests" / "data").glob("safety_train_*.jsonl"))
#: Where ``encode_rows`` keeps the features of prompts it has encoded (not committed).
FEATURE_CACHE = REPO / "benchmarks" / "out" / "safety_features"
#: Every evaluation of the blind set so far, oldest first (each one makes it a little less blind).
BLIND_HISTORY = (
    "Looks at this set so far: (1) after the clause-vector head (commit 7a85344): recall hate "
    "91.0%, violence 80.0%, self-harm 88.3%, political 93.3%, sexual 95.0%, minors 98.3%, public "
    "figures 93.8%, artists 90.6%, false refusals 4.04%; only these aggregates (not the prompts) "
    "were passed on to the next round of training-split work; (2) after that round (commit "
    "65dc62f): hate 85.0%, violence 88.3%, self-harm 83.3%, political 95.0%, sexual 93.3%, minors "
    "96.7%, public figures 93.8%, artists 96.9%, false refusals 1.79%; its aggregates only were "
    "passed on; (3) after the network head and the 2,302-name public-figure list (commit "
    "8befa3f), looked at together with the first look at the third set: minors, political, "
    "public figures and artists 100%, sexual 96.7%, violence 91.7%, hate 91.0%, self-harm 88.3%, "
    "false refusals 2.69%; (4) this table, after the WIDE_* training rows, negation in the "
    "lexicon and one margin per category (commit ea4b768), looked at together with the first "
    "look at the fourth set. Then retired: from commit 118aa3b its prompts are training rows, so "
    "this table is the last measure of the engine on it."
)
#: Every evaluation of the third set so far, oldest first.
BLIND2_HISTORY = (
    "Looks at this set so far: (1) the first, after the network head and the 2,302-name "
    "public-figure list (commit 8befa3f): sexual 98.8%, artists 98.2%, public figures 92.7%, "
    "violence 92.5%, hate 85.0%, political 82.5%, self-harm 81.2%, false refusals 3.20%; its "
    'misses were printed, and one failure mode among them, negations such as "no gore" and '
    '"fully clothed", was handled next (in the lexicon, checked on the train split only); '
    "(2) this table, after the WIDE_* "
    "training rows, negation in the lexicon and one margin per category (commit ea4b768), "
    "looked at together with the first look at the fourth set. Then retired: from commit "
    "118aa3b its prompts are training rows, so this table is the last measure of the engine on it."
)
#: Every evaluation of the fourth set so far, oldest first.
BLIND3_HISTORY = (
    "Looks at this set so far: (1) the first, after the WIDE_* training rows, negation in the "
    "lexicon and one margin per category (commit ea4b768); nothing had been tuned or run on it "
    "before: artists 95.0%, sexual 88.8%, political 85.0%, public figures 83.3%, hate 82.5%, "
    "self-harm 80.0%, violence 80.0%, false refusals 1.20%. Its false refusals were read, its "
    "misses were not; from its form breakdown (every plainly named figure refused) the "
    "public-figure misses were misspelt names, and misspelt-name matching was built next, "
    "checked on the train and test splits only; (2) after that (commit 9cdb1c9): public figures "
    "95.0%, artists 95.0%, sexual 88.8%, political 85.0%, hate 82.5%, self-harm 80.0%, violence "
    "80.0%, false refusals 1.40%. From then on it is the validation set, no longer blind: its "
    "misses and false refusals were read, and the lexical work that followed (plain words of "
    "other languages, misspelt cue words, office holders described rather than named, political "
    "fakes in any word order, innocent senses such as a naked cake) answers failure modes seen "
    "there; the network's margins are chosen on it (``margins``); (3) this table, with those "
    "margins (commit b07cfb9; the same figures with the lexical fixes of commit 88d37c5)."
)
#: Every evaluation of the fifth set so far, oldest first.
BLIND4_HISTORY = (
    "Looks at this set so far: (1) the first (commit b07cfb9), after the lexical work and the "
    "margins chosen on blind3, with blind and blind2 retired into training: hate 100%, sexual "
    "97.5%, political 96.2%, public figures 95.0%, self-harm 93.8%, violence 93.8%, artists "
    "93.3%, false refusals 0.80%. Only its aggregates and false refusals were read, not its "
    "misses; its writer's report (not the prompts) named the kinds of disguise used on names "
    "(misspelt, spaced, leet, accented, surname first, nicknames), and artists' names surname "
    "first, hyphenated or followed by 'vibes' were handled next, on made-up prompts; (2) this "
    "table, after that and lexical fixes found on training rows (commit 88d37c5)."
)
#: The blind sets: file and the record of every look at it.
BLIND_SETS = {
    "blind": (BLIND, BLIND_HISTORY),
    "blind2": (BLIND2, BLIND2_HISTORY),
    "blind3": (BLIND3, BLIND3_HISTORY),
    "blind4": (BLIND4, BLIND4_HISTORY),
}
#: Blind sets that have been looked at so often that they now serve as training rows (see
#: ``load_rows``); their tables in docs/benchmarks.md are of the engine before that.
RETIRED = ("blind", "blind2")
#: The blind set the network's margins are chosen on (``margins``): no longer blind after that.
VALIDATION = "blind3"
#: L2 penalty of the linear head, chosen with ``cv`` (10, 30, 100, 300 compared on the train
#: split). The linear head is no longer shipped; ``cv`` reports it as the peer of the network.
L2 = 100.0
#: Logit taken off every category's bias of the linear head after fitting, chosen with ``cv``
#: (0, 0.5, 1, 1.5, 2 compared on the train split): the trade between recall and false refusals.
MARGIN = 0.5
#: Hidden units of the shipped network head, chosen with ``cv`` against 64 and 512 units, other
#: regularisers, a bag of several seeds and a nearest-neighbour vote (none did better); checked
#: again with ``margins`` against 512 units (lowest validation recall 85.0% against 95.0%).
HIDDEN = 256
#: Passes over the training windows: chosen with ``cv`` against 6, 14 and 20 once the ``WIDE_*``
#: rows had doubled the set (20 passes over it overfit: more false refusals at every recall);
#: checked again with ``margins`` on the larger set: lowest validation recall with 6 passes
#: 93.8%, as with 10, before the last 3,012 rows; with 14 passes 92.5% after them, 10: 95.0%.
NETWORK_EPOCHS = 10
#: The network head's margin per category (logit taken off each output), chosen with
#: ``margins`` once the training rows of other hands and the retired blind sets had joined the
#: train split: the category with the lowest recall on the validation set (blind3) had its
#: margin lowered in steps of 0.1 from 3.0 while the validation set's false refusals stayed at
#: or below 1.5% and those of the train split's everyday prompts, out of fold, at or below 2%
#: (the target). On the validation set alone the margins fell further (sexual -0.6, self-harm
#: -0.5: every category at 95% or more there) while 4.4% of the everyday prompts were refused.
#: Minors keep a margin of their own (no validation rows): they are refused whatever the policy
#: says, and their column is the lower of minors and sexual.
NETWORK_MARGIN = {
    "sexual": 0.6,
    "minors": 1.0,
    "violence": 1.3,
    "hate": 0.3,
    "self_harm": 0.2,
    "political_deception": 1.8,
}


#: Where ``margins`` starts every category, and the false refusals it allows on ``VALIDATION``
#: (the target is 2%: the rest is kept for prompts unlike the validation set's) and on the
#: train split's everyday prompts scored out of fold (the target itself).
START_MARGIN = 3.0
MARGIN_BUDGET = 0.015
#: False refusals ``margins`` allows on the training split's everyday prompts, out of fold.
EVERYDAY_BUDGET = 0.02


def load_rows(split: str) -> list[dict]:
    """Rows of ``split``: train, test, a blind set, all, or fit / validate (a group split of
    train).

    The train split is the ``train`` rows of ``PROMPTS``, every ``TRAIN_FILES`` row and the
    rows of the ``RETIRED`` blind sets (their groups prefixed with the set's name, as blind
    sets reuse group names), less any row that nearly repeats a prompt of a set still held out.
    """
    if split in BLIND_SETS:
        text = BLIND_SETS[split][0].read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines()]
    rows = [json.loads(line) for line in PROMPTS.read_text(encoding="utf-8").splitlines()]
    if split in ("train", "fit", "validate", "all"):
        for path in TRAIN_FILES:
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for name in RETIRED:
            for line in BLIND_SETS[name][0].read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                rows.append({**row, "split": "train", "group": f"{name}:{row['group']}"})
        held_out = _held_out_words()
        rows = [r for r in rows if r["split"] != "train" or not _near(_words(r["text"]), held_out)]
    if split in ("fit", "validate"):
        train_rows = [r for r in rows if r["split"] == "train"]
        held = [r for r in train_rows if _fold(r["group"], 3) == 0]
        return held if split == "validate" else [r for r in train_rows if r not in held]
    return [r for r in rows if split == "all" or r["split"] == split]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def _held_out_words() -> list[frozenset[str]]:
    """The word sets of every prompt of the blind sets not yet retired."""
    return [
        _words(json.loads(line)["text"])
        for name, (path, _) in BLIND_SETS.items()
        if name not in RETIRED and path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def _near(words: frozenset[str], others: list[frozenset[str]]) -> bool:
    """Whether a prompt's words overlap one of ``others`` by 70% or more (Jaccard): a training
    row that nearly repeats a held-out one ("a beekeeper inspecting a honeycomb frame") would
    flatter the held-out figures. Only the texts are compared."""
    return any(words and len(words & o) >= 0.7 * len(words | o) for o in others)


def labels_of(row: dict) -> np.ndarray:
    y = np.zeros(len(CONTENT_CATEGORIES))
    if row["label"] in CONTENT_CATEGORIES:
        y[CONTENT_CATEGORIES.index(row["label"])] = 1
    if row["label"] == MINORS:
        y[CONTENT_CATEGORIES.index(SEXUAL)] = 1
    return y


def normal(text: str) -> str:
    return GenerationRequest.from_prompt(text).normalised.text


def training_windows(
    rows: list[dict], features: dict[str, tuple[list[str], np.ndarray]]
) -> tuple[np.ndarray, np.ndarray]:
    """The windows a head is fitted on and their labels; ``features`` maps normal text."""
    vectors, labels = [], []
    # A diluted prompt's label belongs to the clause it shares with its base prompt.
    base = {r["group"]: normal(r["text"]) for r in rows if r["form"] in ("direct", "paraphrase")}
    for row in rows:
        windows, matrix = features[normal(row["text"])]
        y = labels_of(row)
        if row["form"] == "diluted":
            source = base.get(row["group"], "\0")
            harmful = [w.strip(" ,.") in source or source in w for w in windows[1:]]
            # Which window holds the harm is unknown when none is the base text (the retired
            # blind sets restate it in other words): such a row is left out.
            if any(harmful):
                vectors += list(matrix[1:])
                labels += [y if h else np.zeros_like(y) for h in harmful]
            continue
        vectors.append(matrix[0])
        labels.append(y)
        if not y.any():  # every clause of a benign prompt is benign too
            for vector in matrix[1:]:
                vectors.append(vector)
                labels.append(y)
    return np.stack(vectors), np.stack(labels)


def encode_rows(rows: list[dict]) -> dict[str, tuple[list[str], np.ndarray]]:
    """Windows and features of each row's normal text, cached under ``FEATURE_CACHE`` (keyed by
    the encoder's checksum and the text) so that a re-run encodes only new prompts."""
    from synthguard.safety._semantic import MODEL_SHA256, Encoder

    texts = sorted({normal(r["text"]) for r in rows})
    cache = FEATURE_CACHE / f"{MODEL_SHA256[:16]}.npz"
    known: dict[str, tuple[list[str], np.ndarray]] = {}
    if cache.is_file():
        with np.load(cache, allow_pickle=False) as data:
            matrix, counts = data["matrix"], data["counts"]  # each read loads the whole array
            ends = np.cumsum(counts)
            for text, names, end, count in zip(
                data["texts"], data["windows"], ends, counts, strict=True
            ):
                known[str(text)] = (str(names).split("\x1f"), matrix[end - count : end])
    missing = [t for t in texts if t not in known]
    if missing:
        encoder = Encoder()
        for i, text in enumerate(missing):
            known[text] = encoder.window_features(text)
            if i % 500 == 499:
                print(f"  encoded {i + 1} of {len(missing)} new prompts", file=sys.stderr)
        FEATURE_CACHE.mkdir(parents=True, exist_ok=True)
        order = sorted(known)
        np.savez(
            cache,
            texts=np.array(order),
            windows=np.array(["\x1f".join(known[t][0]) for t in order]),
            counts=np.array([len(known[t][0]) for t in order]),
            matrix=np.concatenate([known[t][1] for t in order]),
        )
    return {text: known[text] for text in texts}


def _fold(group: str, folds: int) -> int:
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % folds


def lexical_refusals(rows: list[dict]) -> dict[int, bool]:
    """Whether the lexical rules alone (with the test artists registered) refuse each row."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        registry = ArtistRegistry(home)
        for artist in json.loads(ARTISTS.read_text())["artists"]:
            registry.add(artist["name"], artist["aliases"])
        lexical = SafetyEngine(replace(default_policy(), classifier_enabled=False), home)
        return {r["id"]: lexical.evaluate(r["text"]).refused for r in rows}


def fit_head(
    x: np.ndarray, y: np.ndarray, linear: bool, l2: float, margin: float | None = None
) -> Head:
    """The network head (shipped), or the linear one with ``linear``; ``margin`` is one margin
    for every category (``None``: the network's ``NETWORK_MARGIN``)."""
    if linear:
        return Head.train(
            x, y, CONTENT_CATEGORIES, l2=l2, margin=MARGIN if margin is None else margin
        )
    margins = np.array(
        [NETWORK_MARGIN[c] if margin is None else margin for c in CONTENT_CATEGORIES]
    )
    return Head.train_network(
        x, y, CONTENT_CATEGORIES, hidden=HIDDEN, epochs=NETWORK_EPOCHS, margin=margins
    )


def train(
    l2: float, split: str = "train", margin: float | None = None, linear: bool = False
) -> None:
    rows = load_rows(split)
    x, y = training_windows(rows, encode_rows(rows))
    head = fit_head(x, y, linear, l2, margin)
    out = REPO / "synthguard" / "safety" / HEAD_FILE
    head.save(out)
    print(
        f"trained on {len(x)} windows ({int(y.any(axis=1).sum())} harmful); wrote {out} "
        f"({out.stat().st_size} bytes)"
    )


def cross_validate(l2: float, margin: float, network_margin: float | None, folds: int = 3) -> dict:
    """Group k-fold on the train split: each prompt scored by heads that never saw its group.

    The development measure for choosing the head and the lexical rules; the test split is not
    read. Reports, per category and for the network head and its linear peer fitted on the same
    folds, the refusal rate of the full engine at the default policy (the lexical rules plus
    out-of-fold classifier scores), on every training prompt, on the original ones only (the
    later ``EXTRA_*``, ``MORE_*``, ``FRESH_*``, ``LATE_*`` and ``WIDE_*`` additions are harder on
    purpose) and on every prompt but the ``WIDE_*`` ones (the last added, whose benign rows are
    mostly plain prompts that would flatter the false-refusal figure).
    """
    rows = load_rows("train")
    features = encode_rows(rows)
    policy = default_policy()
    lexical_refused = lexical_refusals(rows)
    thresholds = np.array([policy.rule(c).threshold for c in CONTENT_CATEGORIES])
    heads = {"linear": (True, margin), "network": (False, network_margin)}
    refused: dict[str, dict[int, bool]] = {name: {} for name in heads}
    for k in range(folds):
        x, y = training_windows([r for r in rows if _fold(r["group"], folds) != k], features)
        for name, (linear, shift) in heads.items():
            head = fit_head(x, y, linear, l2, shift)
            for row in (r for r in rows if _fold(r["group"], folds) == k):
                best = window_scores(head, *features[normal(row["text"])]).max(axis=0)
                refused[name][row["id"]] = lexical_refused[row["id"]] or bool(
                    (best >= thresholds).any()
                )
    report: dict = {"folds": folds}
    for name, (linear, shift) in heads.items():
        settings = (
            {"l2": l2, "margin": shift}
            if linear
            else {
                "hidden": HIDDEN,
                "epochs": NETWORK_EPOCHS,
                "margin": NETWORK_MARGIN if shift is None else shift,
            }
        )
        report[name] = {**settings, **_cv_figures(rows, refused[name])}
    return report


def choose_margins(
    budget: float, epochs: int, everyday_budget: float, split: str = VALIDATION, folds: int = 3
) -> dict:
    """Margins per category for the network head, chosen on a validation set of real prompts.

    The head is fitted on the train split with no margin; each category's margin starts at
    ``START_MARGIN`` and the category with the lowest recall on ``split`` (the full engine:
    lexical rules, then the classifier at the policy's thresholds) has its margin lowered in
    steps of 0.1 while the false refusals of ``split``'s benign prompts stay at or below
    ``budget`` and those of the training split's everyday ("generic") prompts, each scored by a
    head of a group ``folds``-fold that never saw it, at or below ``everyday_budget``; a
    category that cannot be lowered further is left where it is. The second bound keeps a
    category off the everyday scenes that the validation set happens to have few of (on
    validation alone, self-harm's margin fell until "a rock climber on a cliff face" was
    refused). Setting every category at once to the highest margin that reaches a shared
    recall did worse: it cannot use one category's head refusing another's prompts. Minors keep
    ``NETWORK_MARGIN["minors"]``: the validation sets have no minors rows.
    """
    train_rows = load_rows("train")
    train_features = encode_rows(train_rows)
    x, y = training_windows(train_rows, train_features)
    head = Head.train_network(
        x, y, CONTENT_CATEGORIES, hidden=HIDDEN, epochs=epochs, margin=np.zeros(1)
    )
    policy = default_policy()
    thresholds = np.array([policy.rule(c).threshold for c in CONTENT_CATEGORIES])
    edges = np.log(thresholds / (1 - thresholds))

    rows = load_rows(split)
    features = encode_rows(rows)
    lexical_refused = lexical_refusals(rows)
    lexical = np.array([lexical_refused[r["id"]] for r in rows])
    best = np.stack([window_logits(head, *features[normal(r["text"])]).max(axis=0) for r in rows])
    labels = np.array([r["label"] for r in rows])
    benign = labels == "benign"

    everyday = [r for r in train_rows if r["label"] == "benign" and r["form"] == "generic"]
    everyday_lexical = lexical_refusals(everyday)
    everyday_best = np.zeros((len(everyday), len(CONTENT_CATEGORIES)))
    for k in range(folds):
        fitted = [r for r in train_rows if _fold(r["group"], folds) != k]
        fold_head = Head.train_network(
            *training_windows(fitted, train_features),
            CONTENT_CATEGORIES,
            hidden=HIDDEN,
            epochs=epochs,
            margin=np.zeros(1),
        )
        for i, row in enumerate(everyday):
            if _fold(row["group"], folds) == k:
                windows = train_features[normal(row["text"])]
                everyday_best[i] = window_logits(fold_head, *windows).max(axis=0)
    everyday_refused_lexically = np.array([everyday_lexical[r["id"]] for r in everyday])

    def everyday_refused(margins: np.ndarray) -> np.ndarray:
        return everyday_refused_lexically | ((everyday_best - margins) >= edges).any(axis=1)

    def outcome(margins: np.ndarray) -> tuple[dict[str, float], float, float]:
        refused = lexical | ((best - margins) >= edges).any(axis=1)
        recall = {
            c: float(refused[labels == c].mean()) for c in CONTENT_CATEGORIES if (labels == c).any()
        }
        return recall, float(refused[benign].mean()), float(everyday_refused(margins).mean())

    margins = np.full(len(CONTENT_CATEGORIES), START_MARGIN)
    margins[CONTENT_CATEGORIES.index(MINORS)] = NETWORK_MARGIN[MINORS]
    frozen = {MINORS}
    while True:
        recall = outcome(margins)[0]
        open_ = [c for c in recall if c not in frozen]
        if not open_:
            break
        worst = min(open_, key=lambda c: (recall[c], c))
        trial = margins.copy()
        trial[CONTENT_CATEGORIES.index(worst)] -= 0.1
        _, validation_refusals, everyday_refusals = outcome(trial)
        if (
            validation_refusals <= budget
            and everyday_refusals <= everyday_budget
            and trial.min() > -START_MARGIN
        ):
            margins = trial
        else:
            frozen.add(worst)
    recall, false_refusals, everyday_refusals = outcome(margins)
    plain = everyday_refused(margins)
    return {
        "split": split,
        "budget": budget,
        "everyday_budget": everyday_budget,
        "epochs": epochs,
        "training_windows": len(x),
        "margin": {c: round(float(m), 2) for c, m in zip(CONTENT_CATEGORIES, margins, strict=True)},
        "recall": {c: round(v, 4) for c, v in recall.items()},
        "false_refusal_rate": round(false_refusals, 4),
        "everyday_prompts": len(everyday),
        "everyday_false_refusal_rate": round(everyday_refusals, 4),
        "everyday_false_refusals": [r["text"] for r, no in zip(everyday, plain, strict=True) if no],
    }


def _cv_figures(rows: list[dict], refused: dict[int, bool]) -> dict:
    """Recall per category, false refusals, and the prompts behind them, of one head's cv."""
    original = [r for r in rows if not r["group"].split("-")[-1].startswith("x")]
    # The WIDE_* rows were the last added, many of them plain benign prompts: the false
    # refusals of the rows before them cannot be flattered by easy additions.
    before_wide = [r for r in rows if not r["group"].split("-")[-1].startswith("xw")]
    report: dict = {}
    for name, subset in (("all", rows), ("original", original), ("before_wide", before_wide)):
        benign = [r for r in subset if r["label"] == "benign"]
        report[name] = {
            "recall": {
                c: round(float(np.mean([refused[r["id"]] for r in subset if r["label"] == c])), 4)
                for c in CONTENT_CATEGORIES
            },
            "false_refusal_rate": round(sum(refused[r["id"]] for r in benign) / len(benign), 4),
            "false_refusals": [r["text"] for r in benign if refused[r["id"]]],
            "missed": [
                f"[{r['label']}] {r['text']}"
                for r in subset
                if r["label"] in CONTENT_CATEGORIES and not refused[r["id"]]
            ],
            "benign_prompts": len(benign),
        }
    return report


def evaluate(split: str, as_json: bool) -> dict:
    rows = load_rows(split)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        registry = ArtistRegistry(home)
        for artist in json.loads(ARTISTS.read_text())["artists"]:
            registry.add(artist["name"], artist["aliases"])
        policy = default_policy()
        engines = {
            "lexical only": SafetyEngine(replace(policy, classifier_enabled=False), home),
            "lexical + classifier": SafetyEngine(policy, home),
        }
        shared_model()  # load before timing
        report: dict = {"split": split, "prompts": len(rows), "engines": {}}
        for name, engine in engines.items():
            for row in rows[:20]:  # warm caches before timing
                engine.evaluate(row["text"])
            refused: dict[str, list[bool]] = defaultdict(list)
            by_form: dict[str, list[bool]] = defaultdict(list)
            false_refusals, latencies, mismatches = [], [], 0
            for row in rows:
                start = time.perf_counter()
                decision = engine.evaluate(row["text"])
                latencies.append(time.perf_counter() - start)
                if engine.evaluate(row["text"]).dumps() != decision.dumps():
                    mismatches += 1
                if row["label"] == "benign":
                    by_form["benign " + row["form"]].append(decision.refused)
                    if decision.refused:
                        false_refusals.append(row["text"])
                else:
                    refused[row["label"]].append(decision.refused)
                    by_form[row["form"]].append(decision.refused)
                    if not decision.refused and as_json is False and name != "lexical only":
                        print(
                            f"  missed [{row['label']}/{row['form']}] {row['text']!r}",
                            file=sys.stderr,
                        )
            benign = sum(1 for r in rows if r["label"] == "benign")
            report["engines"][name] = {
                "recall": {c: round(sum(v) / len(v), 4) for c, v in sorted(refused.items())},
                "refusal_rate_by_form": {
                    f: round(sum(v) / len(v), 4) for f, v in sorted(by_form.items())
                },
                "false_refusal_rate": round(len(false_refusals) / max(benign, 1), 4),
                "false_refusals": false_refusals,
                "benign_prompts": benign,
                "nondeterministic": mismatches,
                "latency_ms_p50": round(statistics.median(latencies) * 1000, 2),
                "latency_ms_p95": round(float(np.percentile(latencies, 95)) * 1000, 2),
            }
    return report


def print_table(report: dict) -> None:
    engines = report["engines"]
    names = list(engines)
    print(f"\nsplit: {report['split']}  prompts: {report['prompts']}")
    print(f"{'':28}" + "".join(f"{n:>24}" for n in names))
    categories = sorted({c for e in engines.values() for c in e["recall"]})
    for c in categories:
        print(
            f"{'recall ' + c:28}"
            + "".join(f"{engines[n]['recall'].get(c, 0):>24.1%}" for n in names)
        )
    forms = sorted({f for e in engines.values() for f in e["refusal_rate_by_form"]})
    for f in forms:
        label = f"refused: {f}"
        print(
            f"{label:28}"
            + "".join(f"{engines[n]['refusal_rate_by_form'].get(f, 0):>24.1%}" for n in names)
        )
    for key, fmt in (
        ("false_refusal_rate", "{:>24.2%}"),
        ("nondeterministic", "{:>24}"),
        ("latency_ms_p50", "{:>21.2f} ms"),
        ("latency_ms_p95", "{:>21.2f} ms"),
    ):
        print(f"{key:28}" + "".join(fmt.format(engines[n][key]) for n in names))
    for n in names:
        for text in engines[n]["false_refusals"]:
            print(f"  false refusal ({n}): {text!r}")


def docs_section(report: dict) -> str:
    """The markdown of the prompt-safety section of docs/benchmarks.md."""
    from _common import machine_line, markdown_table

    engines = report["engines"]
    names = list(engines)
    categories = sorted({c for e in engines.values() for c in e["recall"]})
    rows: list[list[object]] = [
        [f"refusal recall: {c}", *(f"{engines[n]['recall'].get(c, 0):.1%}" for n in names)]
        for c in categories
    ]
    forms = sorted({f for e in engines.values() for f in e["refusal_rate_by_form"]})
    rows += [
        [f"refused: {f}", *(f"{engines[n]['refusal_rate_by_form'].get(f, 0):.1%}" for n in names)]
        for f in forms
    ]
    rows.append(
        [
            "false refusals on benign prompts",
            *(
                f"{engines[n]['false_refusal_rate']:.2%} of {engines[n]['benign_prompts']}"
                for n in names
            ),
        ]
    )
    rows.append(
        ["same decision twice (differences)", *(str(engines[n]["nondeterministic"]) for n in names)]
    )
    rows.append(
        [
            "latency p50 / p95, one core",
            *(
                f"{engines[n]['latency_ms_p50']:.1f} / {engines[n]['latency_ms_p95']:.1f} ms"
                for n in names
            ),
        ]
    )
    refusals = engines[names[-1]]["false_refusals"]
    blind = report["split"] in BLIND_SETS
    source = (
        f"the blind held-out set `tests/data/{BLIND_SETS[report['split']][0].name}`"
        if blind
        else "held-out prompts of `tests/data/safety_prompts.jsonl`"
    )
    about = (
        [
            "This set was written without running or reading the checker and committed before "
            "anything was evaluated on it; "
            + (
                "it is now the validation set: the network's margins are chosen on it and its "
                "misses have been read (see below), so these figures are optimistic. "
                if report["split"] == VALIDATION
                else "nothing has been tuned on it. "
            )
            + "Harmful prompts: direct, paraphrased, obfuscated and "
            "diluted forms of new ideas; benign ones: everyday prompts and near-misses (history, "
            "museums, sports, medicine, symbols in their own culture, other languages).",
            "",
            *(
                [
                    "It has no minors rows: its writer would not write sexualised prompts about "
                    "children, even for a test set. Minors recall is measured on the test split "
                    "(the first blind set's minors rows are training rows now).",
                    "",
                ]
                if report["split"] in ("blind2", "blind3", "blind4")
                else []
            ),
            BLIND_SETS[report["split"]][1],
        ]
        if blind
        else [
            "The head is retrained with `.venv/bin/python benchmarks/safety_eval.py train` on the "
            "train split, the `tests/data/safety_train_*.jsonl` rows and the retired blind sets; "
            "its form was chosen with `benchmarks/safety_eval.py cv` (a group 3-fold) and its "
            "margins on the validation set (`margins`), never on test failures. The "
            "`EXTRA_*`, `MORE_*`, `FRESH_*`, `LATE_*` and `WIDE_*` prompts of "
            "`tests/data/make_safety_prompts.py` (harder paraphrases, hate in all four forms, "
            "benign prompts that look risky and plain everyday ones) are all on "
            "the train split, appended after the original rows, so this held-out split is the same "
            "one as before they were added. Some `MORE_*` benign themes (war history, jumps in "
            "extreme sports, animals' collective nouns) were chosen after this split's false "
            "refusals had been seen, so its benign figure is no longer fully blind: the newest "
            "blind set is the honest measure.",
            "",
            "The prompt set and the keyword rules were written by the same people, so these "
            "figures are optimistic for real traffic.",
        ]
    )
    return "\n".join(
        [
            {
                "blind": "## Prompt safety, blind held-out set",
                "blind2": "## Prompt safety, third held-out set (blind2)",
                "blind3": "## Prompt safety, fourth set (blind3, now the validation set)",
                "blind4": "## Prompt safety, fifth held-out set (blind4)",
            }.get(report["split"], "## Prompt safety"),
            "",
            "`.venv/bin/python benchmarks/safety_eval.py eval "
            f"--split {report['split']} --docs` on {report['prompts']} prompts of {source} "
            f"({machine_line()}). The split is by group: a prompt and its paraphrased, obfuscated "
            "and diluted variants are never on both sides. The lexical rules alone are the peer "
            "measured in the same run. Targets: recall ≥ 95% per category, false refusals ≤ 2%, "
            "p50 ≤ 20 ms.",
            "",
            markdown_table(["measure", *names], rows),
            "",
            "False refusals of the full engine: "
            + ("; ".join(f"“{t}”" for t in refusals) or "none")
            + ".",
            "",
            *about,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--linear", action="store_true", help="the linear head (cv's peer) instead")
    t.add_argument("--l2", type=float, default=L2, help="the linear head's penalty")
    t.add_argument(
        "--margin",
        type=float,
        help="one margin for every category (default: NETWORK_MARGIN, or MARGIN with --linear)",
    )
    t.add_argument(
        "--split",
        choices=("train", "fit"),
        default="train",
        help="fit: hold a third of the training groups out, to choose --l2",
    )
    v = sub.add_parser("cv", help="group k-fold on the train split: the development figures")
    v.add_argument("--l2", type=float, default=L2, help="the linear head's penalty")
    v.add_argument("--margin", type=float, default=MARGIN, help="the linear head's margin")
    v.add_argument(
        "--network-margin",
        type=float,
        help="one margin for every category of the network (default: NETWORK_MARGIN)",
    )
    m = sub.add_parser("margins", help=f"choose NETWORK_MARGIN on the {VALIDATION} set")
    m.add_argument(
        "--budget", type=float, default=MARGIN_BUDGET, help="false refusals allowed on it"
    )
    m.add_argument(
        "--everyday-budget",
        type=float,
        default=EVERYDAY_BUDGET,
        help="false refusals allowed on the train split's everyday prompts, out of fold",
    )
    m.add_argument("--epochs", type=int, default=NETWORK_EPOCHS)
    e = sub.add_parser("eval")
    e.add_argument(
        "--split", choices=("train", "test", *BLIND_SETS, "all", "validate"), default="test"
    )
    e.add_argument("--json", action="store_true")
    e.add_argument("--docs", action="store_true", help="write the docs/benchmarks.md section")
    args = parser.parse_args()
    if args.command == "train":
        train(args.l2, args.split, args.margin, args.linear)
    elif args.command == "margins":
        report = choose_margins(args.budget, args.epochs, args.everyday_budget)
        print(json.dumps(report, indent=1))
    elif args.command == "cv":
        print(json.dumps(cross_validate(args.l2, args.margin, args.network_margin), indent=1))
    else:
        report = evaluate(args.split, args.json)
        if args.json:
            print(json.dumps(report, indent=1))
        else:
            print_table(report)
        if args.docs:
            from _common import write_section

            name = f"safety-prompts-{args.split}" if args.split in BLIND_SETS else "safety-prompts"
            write_section(name, docs_section(report))


if __name__ == "__main__":
    main()
