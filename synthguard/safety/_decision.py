"""The value objects every safety check speaks: a request in, a :class:`Decision` out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from synthguard.safety._normalise import NormalisedPrompt, normalise_prompt


class Action(str, Enum):  # noqa: UP042  (StrEnum would change str(); JSON uses .value)
    """What the operator wants done with a request, from the mildest to the strictest."""

    ALLOW = "allow"
    REVIEW = "review"
    REFUSE = "refuse"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.REVIEW: 1, Action.REFUSE: 2}


@dataclass(frozen=True)
class GenerationRequest:
    """A generation request as the safety checks see it: the prompt, validated and normalised.

    Build it with :meth:`from_prompt`, which refuses empty, oversized, undecodable or
    control-character prompts with :class:`~synthguard.errors.InvalidInput` before any check
    runs, so a bad prompt can never come out of the engine as "allowed".
    """

    prompt: str
    normalised: NormalisedPrompt = field(repr=False, compare=False)

    @classmethod
    def from_prompt(cls, prompt: str | bytes) -> GenerationRequest:
        normalised = normalise_prompt(prompt)
        return cls(prompt=normalised.original, normalised=normalised)


@dataclass(frozen=True)
class Reason:
    """Why a check asked for an action: which policy, which category, how strongly, and on what."""

    policy: str
    category: str
    action: Action
    score: float
    threshold: float
    evidence: str

    def to_json(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "category": self.category,
            "action": self.action.value,
            "score": round(self.score, 4),
            "threshold": round(self.threshold, 4),
            "evidence": self.evidence,
        }

    def sort_key(self) -> tuple[int, str, str, str]:
        return (-self.action.severity, self.category, self.policy, self.evidence)


@dataclass(frozen=True)
class Decision:
    """The outcome of one or more checks. ``reasons`` is empty exactly when nothing matched."""

    action: Action
    reasons: tuple[Reason, ...]
    policy_version: str
    scores: tuple[tuple[str, float], ...] = ()

    @classmethod
    def combine(
        cls,
        reasons: list[Reason] | tuple[Reason, ...],
        policy_version: str,
        scores: dict[str, float] | None = None,
    ) -> Decision:
        """The strictest action among ``reasons``, reasons in a fixed order (for determinism)."""
        unique = sorted(set(reasons), key=Reason.sort_key)
        action = max((r.action for r in unique), key=lambda a: a.severity, default=Action.ALLOW)
        ordered_scores = tuple(sorted((k, round(v, 4)) for k, v in (scores or {}).items()))
        return cls(action, tuple(unique), policy_version, ordered_scores)

    @property
    def refused(self) -> bool:
        return self.action is Action.REFUSE

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "action": self.action.value,
            "reasons": [r.to_json() for r in self.reasons],
            "policy_version": self.policy_version,
        }
        if self.scores:
            body["scores"] = dict(self.scores)
        return body

    def dumps(self) -> str:
        """Canonical JSON: the same decision always serialises to the same bytes."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))
