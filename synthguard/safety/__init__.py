"""Safety policies around generation: prompt checks behind one protocol, combined by a policy.

    from synthguard.safety import SafetyEngine, default_policy
    engine = SafetyEngine(default_policy())
    engine.evaluate("a shooting star over the desert").action   # Action.ALLOW

Every check (:data:`CHECKS`) takes a :class:`GenerationRequest` and returns a :class:`Decision`
whose reasons name the policy, category, score, threshold and evidence; the engine keeps the
strictest action. Sexual content involving minors is always refused.
"""

from synthguard.safety._artists import ArtistRegistry, ArtistStyles
from synthguard.safety._decision import Action, Decision, GenerationRequest, Reason
from synthguard.safety._engine import CHECKS, SafetyCheck, SafetyEngine
from synthguard.safety._figures import FigureRegistry, PublicFigures
from synthguard.safety._lexicon import CONTENT_CATEGORIES
from synthguard.safety._normalise import MAX_PROMPT_CHARS, NormalisedPrompt, normalise_prompt
from synthguard.safety._policy import (
    CATEGORIES,
    CategoryRule,
    PolicySet,
    PolicyStore,
    default_policy,
    load_policy,
    parse_policy,
)
from synthguard.safety._prompt import PromptLexicon
from synthguard.safety._semantic import SemanticClassifier

__all__ = [
    "CATEGORIES",
    "CHECKS",
    "CONTENT_CATEGORIES",
    "MAX_PROMPT_CHARS",
    "Action",
    "ArtistRegistry",
    "ArtistStyles",
    "CategoryRule",
    "Decision",
    "FigureRegistry",
    "GenerationRequest",
    "NormalisedPrompt",
    "PolicySet",
    "PolicyStore",
    "PromptLexicon",
    "PublicFigures",
    "Reason",
    "SafetyCheck",
    "SafetyEngine",
    "SemanticClassifier",
    "default_policy",
    "load_policy",
    "normalise_prompt",
    "parse_policy",
]
