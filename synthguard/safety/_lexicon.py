"""Lexical rules: unambiguous words and phrases per harmful category, on normalised text.

Rules are regular expressions over the views of :mod:`synthguard.safety._normalise`, so they
see "nude" whether the prompt said "NUDE", "n.u.d.e", "nud3" or "ｎｕｄｅ". Each rule names the
benign senses it must not fire on ("nude lipstick", "naked eye", "suicide prevention poster")
as negative look-arounds: a near-miss is cheaper to exclude here than to learn.

Sexual content involving minors is detected by co-occurrence: a minor term (or an age under 18)
in the same prompt as a sexual or suggestive term, or a term that means both ("loli").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEXUAL = "sexual"
MINORS = "minors"
VIOLENCE = "violence"
HATE = "hate"
SELF_HARM = "self_harm"
POLITICAL = "political_deception"

#: The harmful content categories, in report order.
CONTENT_CATEGORIES: tuple[str, ...] = (SEXUAL, MINORS, VIOLENCE, HATE, SELF_HARM, POLITICAL)


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


_PRONOUN = r"(?:his|her|their|my|your|its|own|his own|her own|their own|my own)"

EXPLICIT = _rx(
    r"nud(?:e|es|ity|ist)(?![- ](?:colou?r\w*|shades?|tones?|lipsticks?|lips?|heels|shoes|"
    r"palettes?|make-?up|beige|pink|nails?|nail polish|stockings|tights|pumps|sandals|fabric|"
    r"paint|walls?|leather|eyeshadow|blush|manicure|bra|dress))",
    r"naked(?![- ](?:eye|truth|mole[- ]?rats?|flames?|bulbs?|light ?bulbs?|ambition|aggression))",
    r"topless",
    r"porn\w*",
    r"xxx",
    r"nsfw",
    r"hentai",
    r"erotic\w*",
    r"sexually explicit",
    r"explicit(?! (?:instructions|diagram|labels?|lyrics|directions|warning))",
    r"x[- ]?rated",
    r"genital\w*",
    r"penis\w*",
    r"vagina\w*",
    r"vulva\w*",
    r"nipples?",
    r"areolae?",
    r"sex (?:scene|act|acts|tape|position|positions|toy|toys|worker)",
    r"(?:having|have|has|had) sex",
    r"sexual intercourse",
    r"intercourse",
    r"making love",
    r"lap ?dance",
    r"strip ?tease",
    r"strippers?",
    r"orgasm\w*",
    r"masturbat\w*",
    r"blow ?jobs?",
    r"orgy|orgies",
    r"bdsm",
    r"onlyfans",
    r"playboy",
    r"lewd",
    r"rule ?34",
    r"in the buff",
    r"(?:no|without(?: any)?) (?:clothes|clothing)",
    r"wearing nothing",
    r"nothing on",
    r"unclothed",
    r"undress\w*",
    r"bare[- ]?breasted",
    r"full[- ]frontal",
    r"legs spread|spread legs",
    r"private parts",
    r"exposing (?:himself|herself|themselves)",
    r"uncensored",
)

SUGGESTIVE = _rx(
    r"sexy",
    r"seductive\w*",
    r"suggestive\w*",
    r"provocative\w*",
    r"sensual\w*",
    r"lingerie",
    r"sexual\w*",
    r"sexuali[sz]\w*",
    r"revealing (?:clothes|clothing|outfits?|underwear|lingerie|poses?)",
    r"pin-?up",
    r"boudoir",
    r"panties",
    r"in a bra",
)

_AGE_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
]
_AGE = re.compile(
    r"\b(?:(\d{1,2})|(" + "|".join(_AGE_WORDS) + r"))[- ]?(?:year|yr)s?[- ]?olds?\b"
    r"|\b(\d{1,2}) ?(?:yo|y/o|yrs?)\b"
    r"|\baged? (\d{1,2})\b"
    r"|\b(?:girl|boy|child|kid) of (?:about |around )?(\d{1,2}|" + "|".join(_AGE_WORDS) + r")\b"
)

MINOR = _rx(
    r"child|children|childs|kids?|kiddies?|minors?|underage|under-age|under age|teens?",
    r"teenage|teenagers?|preteens?|pre-teens?|tweens?|schoolgirls?|schoolboys?",
    r"schoolchild\w*|toddlers?|infants?|bab(?:y|ies)|newborns?|prepubescent|pubescent",
    r"little (?:girls?|boys?|ones?)|young (?:girls?|boys?)|youngsters?|juveniles?",
    r"kindergart\w*|(?:elementary|primary|middle|grade|junior high) school\w*",
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders?",
    r"under (?:eighteen|18)",
)

#: Terms that mean sexualised minors on their own.
MINOR_SEXUAL = _rx(r"loli\w*", r"shota\w*", r"jailbait", r"pedo\w*", r"paedo\w*")

_GORE = _rx(
    r"decapitat\w*|behead\w*|dismember\w*|disembowel\w*|mutilat\w*|eviscerat\w*",
    r"gore|gory|gruesome|entrails|guts spilling|exposed organs|insides spilling",
    r"severed (?:heads?|limbs?|arms?|legs?|hands?|fingers?)",
    r"(?:pools?|puddles?|covered|soaked|drenched) (?:of |in )?blood|blood everywhere",
    r"blood (?:spray\w*|splatter\w*|gushing|spurting)|splattered|brains? (?:splattered|blown)",
    r"(?:shot|stabbed|beaten|bludgeoned|hacked|burned|burnt|tortured|strangled) to death",
    r"shot in the (?:head|face)|head (?:cut|chopped) off",
    r"being (?:stabbed|shot|beaten|tortured|executed|murdered|strangled|lynched|mutilated)",
    r"tortur(?:e|ed|ing)(?! museum)",
    r"massacr\w*|slaughter(?:ed|ing) (?:people|civilians|children|villagers)",
    r"(?:mass|school|church|mosque|synagogue|concert) shootings?|shooting spree|killing spree",
    r"public executions?|executions? (?:by|video)|executed by|firing squad",
    r"burn(?:ing|ed|t) alive|set on fire by",
    r"(?:throat|throats) (?:slit|cut)|slit(?:ting)? (?:his|her|their) throat",
    r"torn (?:limbs|apart|to pieces)|(?:chopped|cut) (?:into|to) pieces|gouged",
    r"murder(?:ed|ing)? (?:victims?|scenes?|of a|of an|of the)|murder victims?",
    r"corpses? (?:piled|pile)|piles? of (?:corpses|bodies)|dead bodies|mutilated",
    r"terrorist (?:bombing|attack)|suicide bombing",
)

_HATE = _rx(
    r"nazi\w*|neo-?nazi\w*|swastikas?|third reich propaganda|heil hitler|sieg heil",
    r"(?:glorif\w*|celebrat\w*|honou?r\w*|prais\w*) (?:hitler|the holocaust|the ss|the kkk)",
    r"kkk|ku klux klan|white power|white supremac\w*|master race|aryan (?:race|nation|brotherhood)",
    r"subhumans?|untermensch",
    r"ethnic cleansing|holocaust denial|jews control|zionist conspiracy",
    r"genocide(?! (?:memorial|museum|remembrance|awareness|survivors?|victims? memorial))",
    r"(?:racist|antisemitic|anti-semitic|islamophobic|homophobic|transphobic|hateful|bigoted) "
    r"(?:\w+ )?(?:poster|cartoon|caricature|meme|propaganda|flyer|graffiti|banner|image|"
    r"slogan|drawing|illustration|sign|symbol|joke)s?",
    r"racial slurs?|antisemit\w*",
    r"(?:isis|al-?qaeda|jihadi\w*) (?:propaganda|recruitment|flag|poster)",
)

_SELF_HARM = _rx(
    r"suicid\w*(?! (?:prevention|hotline|helpline|awareness|crisis line|support|squad))",
    r"self[- ]?harm\w*(?! (?:prevention|awareness|support|recovery|helpline))",
    r"self[- ]?injur\w*|self[- ]?inflicted",
    r"(?:cut|cuts|cutting|slit|slits|slitting|slash\w*) " + _PRONOUN + r"? ?wrists?",
    r"(?:kill|killing|killed|hang|hanging|hanged|hurt|hurting|harm|harming) "
    r"(?:himself|herself|themselves|myself|yourself|oneself)",
    r"(?:end|ends|ending|take|takes|taking|took) " + _PRONOUN + r" (?:own )?life",
    r"thinspo\w*|pro-?ana|pro-?mia|anorexi\w*(?! (?:awareness|recovery|treatment))",
    r"overdos\w*|noose",
    r"(?:razor|blade) (?:cuts|marks|scars)|self-harm scars",
    r"gun to (?:his|her|their|my) own head|end it all",
)

_DECEPTION_CUE = r"(?:fake|faked|fabricated|doctored|deepfaked?|deep fake|forged|hoax|staged)"
_POLITICAL_SUBJECT = (
    r"(?:president|presidential|prime minister|senator|candidate|politician|chancellor|"
    r"governor|mayor|minister|head of state|opposition leader|party leader|congressman|"
    r"congresswoman|election|elections|ballots?|votes?|voters?|voting|polling|polls|"
    r"poll workers?|parliament|congress|lawmakers?|campaign)"
)
_INCRIMINATING = (
    r"(?:arrest\w*|handcuff\w*|in cuffs|led away|prison\w*|jail\w*|bribe\w*|cash|cocaine|drunk|"
    r"collaps\w*|faint\w*|stuff\w*|burn\w*|shred\w*|tamper\w*|rigg\w*|hack\w*|dump\w*|"
    r"destroy\w*|throw\w* away|thrown away|turning voters away|blocking voters|"
    r"counted twice|manipulat\w*|surrender\w*|riot\w*)"
)
_REALISTIC = (
    r"(?:realistic|photorealistic|photo-?realistic|convincing|believable|authentic[- ]looking|"
    r"real[- ]looking|news photo|press photo|news image|photojournalism|looks? (?:real|authentic)|"
    r"appears genuine|to look real)"
)
_POLITICAL = re.compile(
    rf"\b{_DECEPTION_CUE}\b.*\b{_POLITICAL_SUBJECT}\b"
    rf"|\b{_POLITICAL_SUBJECT}\b.*\b{_DECEPTION_CUE}\b"
    rf"|\b(?:election fraud|rigged elections?|elections? (?:was|is|were) (?:rigged|stolen|faked)|"
    rf"stolen elections?|ballot[- ]stuffing|voter fraud)\b"
    rf"|\b{_REALISTIC}\b.*\b{_POLITICAL_SUBJECT}\b.*\b{_INCRIMINATING}"
    rf"|\b{_REALISTIC}\b.*\b{_INCRIMINATING}.*\b{_POLITICAL_SUBJECT}\b"
)

#: Single-pattern categories. Sexual and minors are handled by :func:`match_categories`.
RULES: dict[str, re.Pattern[str]] = {
    VIOLENCE: _GORE,
    HATE: _HATE,
    SELF_HARM: _SELF_HARM,
    POLITICAL: _POLITICAL,
}


@dataclass(frozen=True)
class LexicalHit:
    category: str
    evidence: str


def minor_age(text: str) -> str | None:
    """The first mention of an age under 18 ("12 year old", "aged 9", "girl of eleven")."""
    for match in _AGE.finditer(text):
        value = next(g for g in match.groups() if g)
        age = int(value) if value.isdigit() else _AGE_WORDS.index(value) + 1
        if age < 18:
            return match.group(0)
    return None


def match_categories(views: tuple[str, ...], squashed: str = "") -> list[LexicalHit]:
    """Every category whose rules match one of ``views``; one hit per category, first evidence."""
    hits: dict[str, str] = {}
    for text in views:
        explicit = EXPLICIT.search(text)
        if explicit and SEXUAL not in hits:
            hits[SEXUAL] = explicit.group(0)
        if MINORS not in hits:
            both = MINOR_SEXUAL.search(text)
            minor = MINOR.search(text)
            age = minor_age(text)
            sexual = explicit or SUGGESTIVE.search(text)
            if both:
                hits[MINORS] = both.group(0)
            elif (minor or age) and sexual:
                hits[MINORS] = f"{minor.group(0) if minor else age} + {sexual.group(0)}"
        for category, rule in RULES.items():
            if category not in hits and (found := rule.search(text)):
                hits[category] = found.group(0)[:80]
    if squashed and SEXUAL not in hits and (found := _SQUASHED_SEXUAL.search(squashed)):
        hits[SEXUAL] = found.group(0)
    return [LexicalHit(c, hits[c]) for c in CONTENT_CATEGORIES if c in hits]


# Long, unambiguous terms that survive being split anywhere ("porno graphy", "hen tai").
_SQUASHED_SEXUAL = re.compile(r"pornograph|hardcoreporn|sexuallyexplicit|masturbat|fullfrontal")
