"""The checks behind one protocol, and the engine that runs a policy's checks on a prompt."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Protocol

from synthguard.config import get_settings
from synthguard.errors import PolicyViolation
from synthguard.safety._artists import ArtistStyles
from synthguard.safety._decision import Decision, GenerationRequest, Reason
from synthguard.safety._figures import PublicFigures
from synthguard.safety._policy import PolicySet, PolicyStore, load_policy, policy_path
from synthguard.safety._prompt import PromptLexicon
from synthguard.safety._semantic import SemanticClassifier


class SafetyCheck(Protocol):
    """One kind of safety check. Built from the policy in force and the data directory."""

    name: ClassVar[str]

    def __init__(self, policy: PolicySet, home: Path) -> None: ...

    def check(self, request: GenerationRequest) -> Decision: ...


CHECKS: dict[str, type[SafetyCheck]] = {
    c.name: c for c in (PromptLexicon, SemanticClassifier, PublicFigures, ArtistStyles)
}


class SafetyEngine:
    """Runs every check a policy enables and combines their decisions (strictest action wins).

    Checks are built once; build a new engine after the policy, the figure list or the artist
    list changes. With the classifier enabled and its model missing, construction raises
    :class:`~synthguard.errors.ModelUnavailable`: the engine fails closed, never silently weaker.
    """

    def __init__(self, policy: PolicySet, home: Path | None = None) -> None:
        self.policy = policy
        self.home = home if home is not None else get_settings().home
        names = [n for n in CHECKS if n != SemanticClassifier.name or policy.classifier_enabled]
        self.checks = [CHECKS[n](policy, self.home) for n in names]

    @classmethod
    def from_home(cls, home: Path | None = None, policy_file: Path | None = None) -> SafetyEngine:
        """The engine for the operator's policy: ``policy_file``, else ``<home>/policy.toml``."""
        home = home if home is not None else get_settings().home
        path = policy_file or policy_path(home)
        policy = load_policy(path) if path else PolicyStore().current
        return cls(policy, home)

    def evaluate(self, prompt: str | bytes | GenerationRequest) -> Decision:
        request = (
            prompt
            if isinstance(prompt, GenerationRequest)
            else GenerationRequest.from_prompt(prompt)
        )
        reasons: list[Reason] = []
        scores: dict[str, float] = {}
        for check in self.checks:
            decision = check.check(request)
            reasons.extend(decision.reasons)
            scores.update(decision.scores)
        return Decision.combine(reasons, self.policy.version, scores)

    def enforce(self, prompt: str | bytes | GenerationRequest) -> Decision:
        """Like :meth:`evaluate`, but a refusal is raised as :class:`PolicyViolation`."""
        decision = self.evaluate(prompt)
        if decision.refused:
            first = decision.reasons[0]
            raise PolicyViolation(
                f"refused by policy {decision.policy_version}: {first.category} ({first.evidence})",
                decision=decision.to_json(),
            )
        return decision
