"""Safety policies around generation: prompt and image checks behind one protocol each,
combined by a policy.

    from synthguard.safety import SafetyEngine, default_policy
    engine = SafetyEngine(default_policy())
    engine.evaluate("a shooting star over the desert").action   # Action.ALLOW

Every check (:data:`CHECKS`) takes a :class:`GenerationRequest` and returns a :class:`Decision`
whose reasons name the policy, category, score, threshold and evidence; the engine keeps the
strictest action. Sexual content involving minors is always refused. Images go through
:func:`check_image` (:data:`IMAGE_CHECKS`: NSFW, public-figure faces, consent for edits).
"""

from synthguard.safety._artists import ArtistRegistry, ArtistStyles
from synthguard.safety._consent import Consent, ConsentStore
from synthguard.safety._decision import Action, Decision, GenerationRequest, Reason
from synthguard.safety._engine import CHECKS, SafetyCheck, SafetyEngine
from synthguard.safety._faces import FaceGallery, FaceMatch
from synthguard.safety._figures import FigureRegistry, PublicFigures
from synthguard.safety._images import (
    IMAGE_CHECKS,
    PURPOSES,
    ImageCheck,
    ImageSafetyEngine,
    check_image,
    check_images,
    consent_add,
    consent_list,
    consent_revoke,
    figures_add_photo,
)
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
    "IMAGE_CHECKS",
    "MAX_PROMPT_CHARS",
    "PURPOSES",
    "Action",
    "ArtistRegistry",
    "ArtistStyles",
    "CategoryRule",
    "Consent",
    "ConsentStore",
    "Decision",
    "FaceGallery",
    "FaceMatch",
    "FigureRegistry",
    "GenerationRequest",
    "ImageCheck",
    "ImageSafetyEngine",
    "NormalisedPrompt",
    "PolicySet",
    "PolicyStore",
    "PromptLexicon",
    "PublicFigures",
    "Reason",
    "SafetyCheck",
    "SafetyEngine",
    "SemanticClassifier",
    "check_image",
    "check_images",
    "consent_add",
    "consent_list",
    "consent_revoke",
    "default_policy",
    "figures_add_photo",
    "load_policy",
    "normalise_prompt",
    "parse_policy",
]
