"""The lexical prompt check: category rules, sexualised minors, and the operator's block list."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from synthguard.safety._decision import Action, Decision, GenerationRequest, Reason
from synthguard.safety._lexicon import MINORS, match_categories
from synthguard.safety._policy import BLOCKLIST, PolicySet


def minors_reason(policy: str, score: float, threshold: float, evidence: str) -> Reason:
    """Sexualised minors are refused whatever the policy says; the reason is built here only."""
    return Reason(policy, MINORS, Action.REFUSE, score, threshold, evidence)


class PromptLexicon:
    """Unambiguous words and phrases per category, on every normalised view of the prompt."""

    name: ClassVar[str] = "lexicon"

    def __init__(self, policy: PolicySet, home: Path | None = None) -> None:
        self.policy = policy
        self._block = [
            (term, re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])"))
            for term in policy.block
        ]

    def check(self, request: GenerationRequest) -> Decision:
        normalised = request.normalised
        reasons: list[Reason] = []
        # Minors first, on the full text: the allow list cannot hide them.
        for hit in match_categories(normalised.views, normalised.squashed):
            if hit.category == MINORS:
                threshold = self.policy.rule(MINORS).threshold
                reasons.append(minors_reason(self.name, 1.0, threshold, hit.evidence))
        allowed_views = tuple(self.policy.without_allowed(v) for v in normalised.views)
        squashed = self.policy.without_allowed(normalised.text).replace(" ", "")
        for hit in match_categories(allowed_views, re.sub(r"[^a-z0-9]", "", squashed)):
            if hit.category != MINORS and (
                reason := self.policy.reason(self.name, hit.category, 1.0, hit.evidence)
            ):
                reasons.append(reason)
        for term, pattern in self._block:
            squashed_term = re.sub(r"[^a-z0-9]", "", term)
            found = any(pattern.search(v) for v in normalised.views) or (
                len(squashed_term) >= 6 and squashed_term in normalised.squashed
            )
            if not found:
                continue
            if reason := self.policy.reason("blocklist", BLOCKLIST, 1.0, term):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version)
