"""Lexical rules: unambiguous words and phrases per harmful category, on normalised text.

Rules are regular expressions over the views of :mod:`synthguard.safety._normalise`, so they
see "nude" whether the prompt said "NUDE", "n.u.d.e", "nud3" or "ｎｕｄｅ". Each rule names the
benign senses it must not fire on ("nude lipstick", "naked eye", "suicide prevention poster")
as negative look-arounds: a near-miss is cheaper to exclude here than to learn.

Sexual content involving minors is detected by co-occurrence: a minor term (or an age under 18)
in the same prompt as a sexual or suggestive term, or a term that means both ("loli").

A sexual, violent or self-harm cue that a negation governs names what the image must not show
("no blood", "without gore", "not nude", "nudity-free", anything after "negative prompt:") and
refuses nothing by itself; negations that mean nudity ("no clothes", "nothing on", "not wearing
anything") are cues of their own. Hate, political deception and the minors rule ignore
negations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from synthguard.safety._names import edit_distance

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
    r"nud(?:e|es|ity|ist)(?![- ](?:colou?r\w*|shades?|tones?|lipsticks?|lips?|heels?|shoes|"
    r"palettes?|make-?up|beige|pink|nails?|nail polish|stockings|tights|pumps|sandals|fabric|"
    r"paint|walls?|leather|eyeshadow|blush|manicure|bra|dress|looks?|makeup look|mice|mouse|"
    r"rats?))",
    r"naked(?![- ](?:eye|truth|mole[- ]?rats?|flames?|bulbs?|light ?bulbs?|ambition|aggression|"
    r"lad(?:y|ies) lil(?:y|ies)|cakes?|juice|wines?|bike|bikes|motorcycles?|trees?|branches|"
    r"burgers?))",
    r"topless(?![- ](?:convertibles?|jeeps?|cars?|roadsters?|bus|buses|trucks?|boats?|"
    r"double-deckers?))",
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
    r"copulat\w*",
    r"strip(?:s|ped|ping)? (?:completely|naked|nude|off everything)",
    r"making love",
    r"lap ?dance",
    r"strip ?tease",
    r"(?<!paint )(?<!wire )(?<!varnish )(?<!floor )strippers?",
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
    r"undress\w*(?! (?:salads?|greens|noodles|pasta))",
    r"bare[- ]?breasted",
    r"full[- ]frontal",
    r"legs spread|spread legs",
    r"private parts",
    r"exposing (?:himself|herself|themselves)",
    r"(?:took|take|takes|taking|taken) off all (?:of )?(?:her|his|their|my|your) clothes",
    r"uncensored",
    r"nekk?id|nakk?id|noodz?|noods",
    # Other languages' plain words for nudity and sex (the classifier reads English best).
    r"nackt\w*|entblo\w*|(?<!pastel )desnud\w*|sin ropa|sans vetements|nues?|nuas?|nudez|sem roupa|"
    r"ohne kleidung|nudita|sesso esplicito|sexo explicito",
    # Negations that mean nudity: never read as "not showing" (see ``_negated``).
    r"not (?:wearing|dressed in|in) (?:anything|any clothes|any clothing|clothes|a (?:single )?"
    r"stitch)|without (?:a (?:single )?stitch|anything on)|not a stitch on|not clothed",
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
    r"blood (?:spray\w*|splatter\w*|gushing|spurting)|brains? (?:splattered|blown)",
    r"(?:splattered|spattered) (?:with |in |across )?(?:blood|brains?|guts|gore)",
    r"blood-(?:splattered|spattered|soaked)",
    r"(?:shot|stabbed|beaten|bludgeoned|hacked|burned|burnt|tortured|strangled) to death",
    r"shot in the (?:head|face)|head (?:cut|chopped) off",
    r"being (?:stabbed|shot|beaten|tortured|executed|murdered|strangled|lynched|mutilated)",
    r"tortur(?:e|ed|ing)(?! museum)",
    r"massacr\w*|slaughter(?:ed|ing) (?:people|civilians|children|villagers)",
    r"masacr\w*|massaker\w*|enthaupt\w*|decapitad\w*|bei lebendigem leib|"
    r"(?:quemad|queimad)[oa]s? viv[oa]s?|brule(?:e|s|es)? vif",
    r"(?:mass|school|church|mosque|synagogue|concert) shootings?|shooting spree|killing spree",
    r"public executions?|executions? (?:by|video)|executed by|firing squad",
    r"burn(?:ing|ed|t) alive|set on fire by",
    r"(?:throat|throats) (?:slit|cut)|slit(?:ting)? (?:his|her|their) throat",
    r"torn (?:limbs|apart|to pieces)|(?:chopped|cut) (?:into|to) pieces|gouged",
    r"murder(?:ed|ing)? (?:victims?|scenes?|of a|of an|of the)|murder victims?",
    r"corpses? (?:piled|pile)|piles? of (?:corpses|bodies)|dead bodies|mutilated",
    r"(?<!victims of a )(?<!victims of the )(?:terrorist (?:bombing|attack)|suicide bombing)s?"
    r"(?! (?:memorial|victims|survivors|anniversary|remembrance))",
    r"(?:slic\w*|slit\w*|cut\w*|rip\w*|tear\w*|torn) open (?:[\w']+ ){0,3}"
    r"(?:belly|bellies|stomachs?|chests?|throats?|abdomen|skulls?)",
    r"(?:face|head|skull)s? (?:smashed|bashed|caved|kicked) in",
    r"(?:skinned|flayed|buried|boiled|eaten) alive|(?:shot|executed|killed|beheaded) one by one",
    r"open(?:s|ed|ing)? fire on (?:a |the )?(?:\w+ )?(?:students|people|crowds?|worshippers|"
    r"shoppers|children|civilians|protesters|villagers)",
    r"(?:tear\w*|blow\w*|rip\w*) (?:the )?(?:bodies|people|victims|them) apart",
    r"(?:body|bodies|corpses?) (?:cut|sliced|torn|ripped) open",
    r"(?:being|were|was|got|get|getting) mow(?:n|ed) down|mow(?:n|ed|ing)? down (?:\w+ )?"
    r"(?:with|by) (?:\w+ ){0,2}(?:guns?|gunfire|machine ?guns?|rifles?|bullets)",
    r"(?:fingernails|nails|teeth|eyes) (?:being )?(?:ripped|pulled|torn|gouged) (?:out|off)",
    # Euphemisms that name no weapon or wound: the outcome says what happened.
    r"(?:beat\w*|stomp\w*|stamp\w*|kick\w*|bludgeon\w*|batter\w*|punch\w*) (?:\w+ ){0,4}"
    r"(?:to a pulp|until (?:he|she|they|it) (?:stops?|stopped) moving)",
    r"until (?:he|she|they) (?:stops?|stopped) (?:moving|breathing)|"
    r"until (?:he|she|they) goes? limp",
    r"(?:stoned|hacked|clubbed|kicked|stamped|stomped|bludgeoned|choked) to death",
    r"(?:shot|gunned) dead|gunned down|acid attack|car bomb(?:ing)?s?",
    r"(?:bod(?:y|ies)|corpses?) (?:\w+ ){0,2}(?:wrapped in plastic|in (?:the|a) (?:boot|trunk)|"
    r"in (?:a|the) barrel|dumped in)",
    r"(?:picking|picks|picked) off (?:civilians|people|children|students|shoppers|passers-?by)",
    r"(?:making|make|made) sure (?:he|she|they) never (?:talks?|speaks?|wakes?)",
)

#: Groups protected from hate speech, as a prompt names them.
_GROUP = (
    r"(?:immigrants?|migrants?|refugees?|asylum seekers?|foreigners|jews|jewish (?:people|men|"
    r"women|families)|muslims|christians|hindus|sikhs|arabs|africans|black (?:people|men|women|"
    r"families)|blacks|asians|chinese people|mexicans|latinos|hispanics|roma|gypsies|"
    r"indigenous (?:people|peoples)|gays|gay (?:people|men)|lesbians|homosexuals|trans (?:people|"
    r"women|men)|transgender (?:people|women|men)|disabled people|the disabled|minorities|"
    r"(?:ethnic|religious|racial) (?:groups?|minority|minorities)|disabled (?:children|persons)|"
    # one member of a group: "a gay man as a diseased rat"
    r"(?:an? )?(?:gay|lesbian|jewish|muslim|black|asian|chinese|mexican|arab|sikh|hindu|roma|"
    r"trans|transgender|disabled|immigrant|refugee|migrant|african|indigenous|aboriginal) "
    r"(?:man|woman|person|couple|family|boy|girl|child|kid|worker|students?))"
)
_VERMIN = (
    r"(?:vermin|cockroach(?:es)?|roaches|rats|parasites?|lice|maggots|leeches|locusts|apes|"
    r"subhumans?|savages|a disease|a plague|a cancer|an infestation|filth|predators|groomers|"
    r"rapists|terrorists|monkeys|pigs|snakes|insects|beasts|animals|"
    r"(?:an? )?(?:diseased |filthy |dirty )?(?:rat|cockroach|parasite|ape|monkey|pig|snake))\b"
)

_HATE = _rx(
    r"third reich propaganda|heil hitler|sieg heil",
    r"(?:glorif\w*|celebrat\w*|honou?r\w*|prais\w*) (?:hitler|the holocaust|the ss|the kkk|"
    r"(?:the )?(?:death|concentration) camps|(?:the )?(?:men|guards|commanders|officers|those) "
    r"(?:who ran|of|running) (?:the )?(?:death|concentration) camps)",
    r"(?:glorif\w*|celebrat\w*|honou?r\w*|prais\w*) (?:a |the )?(?:gunman|shooter|bomber|"
    r"mass murderer|terrorist)s?",
    r"white power|white supremac\w*|master race|aryan (?:race|nation|brotherhood)",
    r"subhumans?|untermensch",
    r"ethnic cleansing|holocaust denial|jews control|zionist conspiracy",
    r"(?<!victims of a )(?<!victims of the )(?<!victims of )genocide"
    r"(?! (?:memorial|museum|remembrance|awareness|survivors?|victims? memorial))",
    r"(?:racist|antisemitic|anti-semitic|islamophobic|homophobic|transphobic|hateful|bigoted) "
    r"(?:\w+ )?(?:poster|cartoon|caricature|meme|propaganda|flyer|graffiti|banner|image|"
    r"slogan|drawing|illustration|sign|symbol|joke)s?",
    r"racial slurs?|antisemit\w*",
    r"(?:isis|al-?qaeda|jihadi\w*) (?:propaganda|recruitment|flag|poster)",
    # Dehumanisation: a group likened to vermin or disease ("refugees as cockroaches").
    _GROUP + r"(?: \w+){0,3} (?:as|are|like|into|is|were|being) "
    r"(?!(?:victims|targets|survivors|afraid|scared)\b)(?:\w+ ){0,2}" + _VERMIN,
    r"(?:calling|called|calls|call|labell?ing|branding) (?:\w+ ){0,2}"
    + _GROUP
    + r" (?:\w+ )?"
    + _VERMIN,
    # Calls for expulsion or extermination of a group.
    _GROUP + r"(?: \w+){0,3} (?:should|must|need to|deserve to|will) be (?:\w+ )?"
    r"(?:exterminated|eradicated|wiped out|gassed|killed|purged|eliminated|lynched)",
    _GROUP + r"(?: \w+){0,4} to be (?:exterminated|eradicated|wiped out|gassed|purged|eliminated)",
    r"(?:women|wives|girls)(?: \w+){0,2} as (?:\w+ ){0,2}(?:property|objects to be owned)",
    r"(?:celebrat\w*|glorif\w*|prais\w*|cheer\w*) (?:the )?(?:bombing|burning|"
    r"attack|shooting|massacre)s? (?:of|on|at) (?:a |the )?(?:synagogue|mosque|church|temple)s?",
    r"(?:exterminat\w*|eradicat\w*|wipe out|wiping out|gas|kill all|purge|purging|death to) "
    r"(?:all |the )?" + _GROUP,
    r"go back (?:to )?where (?:they|you) came from",
    r"(?:inferior|superior|master) races?|racially inferior|genetically inferior",
    r"races? (?:is|are) (?:superior|inferior)|(?:keep|keeping) (?:our|the) (?:race|blood) pure|"
    r"racial purity|race war",
    r"(?:greedy|scheming) jews?|hook-?nosed (?:jews?|bankers?|caricatures?)|blood libel|"
    r"(?:jews?|jewish \w+|rabbis?) drinking blood",
    r"totenkopf|(?:ss|sig|sieg) runes|death's head (?:and runes|flags?|banners?|insignia)",
    r"(?:chinese|asians?|asian people)(?: \w+){0,2} eating (?:bats|dogs)",
    r"(?:kitchen )?where (?:she|women) belongs?",
    r"(?:glorif\w*|celebrat\w*|prais\w*|honou?r\w*) (?:the )?gas chambers?",
    r"final solution (?:to|for) the (?:jewish|immigrant|migrant|muslim|refugee|gypsy|roma|black)"
    r" (?:problem|question)",
    r"burning (?:a )?cross(?:es)? (?:in front of|on|outside)|cross burnings?",
    # White-supremacist slogans and codes.
    r"blood and soil|(?:you|jews) will not replace us|(?:fourteen|14) words|1488|sonnenrad",
    r"black sun (?:wheel|symbol|flag|banner)|blackface (?:caricature|minstrel)\w*",
    r"minstrel caricature",
    r"(?:mock\w*|laugh\w* at|joke about) (?:the )?(?:holocaust|genocide|lynching|slavery)",
)

#: Names of hate movements and their symbols, which are also history and, for the swastika, a
#: sacred sign in Asian religions: in a prompt that studies, remembers or worships
#: (``_STUDIED``) they are left to the classifier, unless the same prompt glorifies or displays
#: them as a threat (``_GLORIFYING``).
_HATE_SYMBOLS = _rx(r"nazi\w*|neo-?nazi\w*|swastikas?|kkk|ku klux klan|klans(?:man|men)")
_SQUASHED_HATE_SYMBOLS = re.compile(r"kukluxklan")
_STUDIED = _rx(
    r"museums?|exhibits?|exhibitions?|histor\w*|documentar\w*|memorials?|textbooks?|lessons?|"
    r"lectures?|classrooms?|archives?|encyclopa?edi\w*|hindu\w*|buddhis\w*|jain\w*|temples?|"
    r"diwali|rangoli|sanskrit|ancient|origins?|liberation|survivors?|trials?|civil rights|"
    r"film set|actors?|war films?|war movies?|explain\w*|resist\w*|defeat\w*|fall of"
)
_GLORIFYING = _rx(
    r"heroic\w*|glor\w*|celebrat\w*|prais\w*|honou?r\w*|recruit\w*|salut\w*|proud\w*|"
    r"pride|tattoo\w*|propaganda posters?|graffiti|spray[- ]?paint\w*|painted on|daub\w*|"
    r"vandal\w*|burning|burnt|threat\w*|warning|join us|rise again|sticker\w*|t-shirts?"
)


def hate_symbol(views: tuple[str, ...], squashed: str = "") -> str | None:
    """A hate movement or symbol named outside a setting that studies it, or ``None``."""
    found = next((m.group(0) for v in views if (m := _HATE_SYMBOLS.search(v))), None)
    if found is None and (m := _SQUASHED_HATE_SYMBOLS.search(squashed)):
        found = m.group(0)
    if found is None:
        return None
    studied = any(_STUDIED.search(v) for v in views)
    return found if not studied or any(_GLORIFYING.search(v) for v in views) else None


_SELF_HARM = _rx(
    r"suicid\w*(?! (?:prevention|hotline|helpline|awareness|crisis line|support|squad|wings))",
    r"self[- ]?harm\w*(?! (?:prevention|awareness|support|recovery|helpline))",
    r"self[- ]?injur\w*|self[- ]?inflicted",
    r"(?:selbstmord|suizid)(?!pravention|hilfe)\w*|selbstverletz\w*|autolesi\w*|automutila\w*",
    r"(?:cut|cuts|cutting|slit|slits|slitting|slash\w*) " + _PRONOUN + r"? ?wrists?",
    r"(?:kill|killing|killed|hang|hanging|hanged|hurt|hurting|harm|harming) "
    r"(?:himself|herself|themselves|myself|yourself|oneself)",
    r"(?:end|ends|ending|take|takes|taking|took) " + _PRONOUN + r" (?:own )?life",
    r"thinspo\w*|pro[- ]?ana|pro[- ]?mia|anorexi\w*(?! (?:awareness|recovery|treatment))",
    r"overdos\w*|noose",
    r"(?:razor|blade) (?:cuts|marks|scars)|self-harm scars",
    r"gun to (?:his|her|their|my) own head|end it all",
    r"(?:swallow\w*|overdos\w*|jump\w*|step\w*|lying|lies|hang\w*|drown\w*|starv\w*|cut\w*)"
    r"\b.{0,50}\bto die\b(?! for)",
    r"starv\w* (?:himself|herself|themselves|myself|yourself|oneself)",
    r"(?:go|just|should|telling \w+ to|urging \w+ to) kill (?:yourself|yourselves|themselves)",
    r"thinspiration|(?:skeletal|skinny|bony) body goals|hunger is beautiful",
    r"(?:rope|belt|cord|cable) (?:looped |tied )?around (?:his|her|their|my|your) (?:own )?neck",
    r"(?:man|woman|person|boy|girl|teenager|someone) hanging from (?:a |the )?(?:ceiling|beam|"
    r"rafters?|tree|branch|rope)",
    r"(?:fresh|deep|bleeding) cuts on (?:a |her |his |their |my )?(?:arms?|thighs?|wrists?|legs?|"
    r"forearms?|skin)",
    r"(?:blade|razor|knife|scissors|glass) (?:to|against|on|into) (?:his|her|their|my) (?:own )?"
    r"(?:arms?|wrists?|skin|thighs?)|(?:cutting|carving|slicing) (?:into )?(?:her|his|their|my) "
    r"(?:own )?(?:arms?|thighs?|skin|legs?|wrists?)",
    r"(?:step\w*|jump\w*|lying down|lie down|throw\w* (?:himself|herself|themselves)) "
    r"(?:in front of|under|on) (?:a |an |the )?(?:speeding |moving |oncoming )?(?:train|truck|"
    r"lorry|bus|car|subway|motorway|highway|railway tracks?)",
    r"(?:drink\w*|swallow\w*) (?:a |the )?(?:poison|bleach|antifreeze)",
    r"turn\w* (?:his|her|their|my) (?:rifle|gun|pistol|weapon) on (?:himself|herself|themselves)",
    r"better off without me|bleed(?:s|ing)? out (?:faster|fastest|quickly)|"
    r"(?:painless|easiest|quickest|surest) ways? to (?:die|end it)",
    r"end(?:s|ed|ing)? (?:his|her|their|my|your) (?:own )?(?:pain|suffering) for good",
)

_DECEPTION_CUE = r"(?:fake|faked|fabricated|doctored|deepfaked?|deep fake|forged|hoax|staged)"
_POLITICAL_SUBJECT = (
    r"(?:president|presidential|prime minister|senator|candidate|politician|chancellor|"
    r"governor|mayor|minister|head of state|opposition leader|party leader|congressman|"
    r"rall(?:y|ies)|congresswoman|election|elections|ballots?|votes?|voters?|voting|polling|polls|"
    r"poll workers?|parliament|congress|lawmakers?|campaign|pentagon|white house|capitol|kremlin|"
    r"downing street)"
)
_INCRIMINATING = (
    r"(?:arrest\w*|handcuff\w*|in cuffs|led away|prison\w*|jail\w*|bribe\w*|cash|cocaine|drunk|"
    r"collaps\w*|faint\w*|stuff\w*|burn\w*|shred\w*|tamper\w*|rigg\w*|hack\w*|dump\w*|"
    r"destroy\w*|throw\w* away|thrown away|turning voters away|blocking voters|"
    r"counted twice|manipulat\w*|surrender\w*|riot\w*|life support|hospital bed|deathbed|"
    r"stretcher|asleep|tear\w* up|torn up|hospital gown|run\w* over|terrorists?|cartel|mafia|"
    r"explosions?|exploding|fireball|on fire|in flames|bomb(?:ed|ing)|stormed)"
)
_REALISTIC = (
    r"(?:realistic|photorealistic|photo-?realistic|lifelike|convincing|believable|"
    r"authentic[- ]looking|"
    r"real[- ]looking|news photo|press photo|news image|photojournalism|looks? (?:real|authentic)|"
    r"appears genuine|to look real|breaking news|surveillance (?:still|footage|camera|photo)|"
    r"cctv|leaked (?:photo|image|video|footage)|hidden camera)"
)
_POLITICAL_PHRASES = re.compile(
    r"\b(?:election fraud|rigged elections?|elections? (?:was|is|were) (?:rigged|stolen|faked)|"
    r"stolen elections?|ballot[- ]stuffing|voter fraud)\b"
)
#: Cues that deceive about politics together, in any order: a deception cue and a political
#: subject ("a doctored photo of the mayor"), or a realistic look, a political subject and an
#: incriminating scene ("explosion at the pentagon, breaking news photo"). Each part is searched
#: once: a pattern joining them with ``.*`` would rescan the prompt from every subject word.
_POLITICAL_TOGETHER = (
    (re.compile(rf"\b{_DECEPTION_CUE}\b"), re.compile(rf"\b{_POLITICAL_SUBJECT}\b")),
    (
        re.compile(rf"\b{_REALISTIC}\b"),
        re.compile(rf"\b{_POLITICAL_SUBJECT}\b"),
        re.compile(rf"\b{_INCRIMINATING}"),
    ),
)


def political_deception(text: str) -> str | None:
    """The span of ``text`` that deceives about politics, or ``None``."""
    if found := _POLITICAL_PHRASES.search(text):
        return found.group(0)
    for parts in _POLITICAL_TOGETHER:
        matches = [part.search(text) for part in parts]
        if all(matches):
            spans = [m.span() for m in matches if m]
            return text[min(a for a, _ in spans) : max(b for _, b in spans)]
    return None


#: Remembrance of an atrocity: "a memorial to the armenian genocide", "the nanjing massacre
#: memorial hall".
_MEMORIAL = (
    r"(?:memorials?|museums?|monuments?|remembrance|archiv\w*|documentar\w*|exhibit\w*) "
    r"(?:to |of |for |about |on )?(?:the )?(?:\w+ ){0,3}(?:genocide|massacre)s?|"
    r"(?:genocide|massacre)s? (?:memorials?|museums?|monuments?|remembrance)"
)

#: Phrasings that state a benign sense outright: the classifier discounts a window holding one
#: for that category (see ``synthguard.safety._semantic``). Precision first: each names what
#: the prompt is against or for, never a topic alone.
BENIGN_SENSES: dict[str, re.Pattern[str]] = {
    HATE: _rx(
        r"(?:against|anti-?|stop|end|no to|say no to|fight(?:ing)?|combat(?:ing)?|oppos(?:e|ing)|"
        r"stand(?:ing)? up to|united against|unite against) (?:all )?(?:racism|hate|hatred|"
        r"bigotry|antisemitism|islamophobia|homophobia|transphobia|xenophobia|discrimination|"
        r"prejudice|intolerance)",
        r"hate has no home here",
        r"(?:painting over|removing|cleaning off|scrubbing off|tearing down|taking down|"
        r"ripping down|covering up) (?:the |a |an )?(?:racist |antisemitic |hateful |bigoted )?"
        r"(?:graffiti|slurs?|swastikas?|flyers?|posters?|stickers?|signs?)",
        _MEMORIAL,
        r"(?:refugees|immigrants|migrants|everyone|all) (?:are )?welcome",
        r"pride (?:flags?|parade|march|month)",
    ),
    SEXUAL: _rx(
        r"fully (?:clothed|dressed)|(?:modestly|elegantly|properly) dressed|non-?sexual",
        r"(?:sfw|safe for work|family[- ]friendly)",
    ),
    VIOLENCE: _rx(
        r"(?:no|without(?: any)?) (?:blood|gore|violence|injur(?:y|ies)|wounds?|weapons?|bodies|"
        r"body|victims?|one hurt)",
        r"non-?violent|bloodless|family[- ]friendly|(?:fake|stage|prop|halloween) blood",
        r"(?:toy|water|nerf|cardboard|plastic) (?:guns?|pistols?|swords?|soldiers?)",
        r"(?:fake|prop|rubber|plastic|toy|halloween) severed \w+|severed \w+ props?",
        _MEMORIAL,
    ),
    SELF_HARM: _rx(
        r"(?:suicide|self[- ]?harm|crisis|mental health) (?:prevention|hotline|helpline|"
        r"awareness|support)",
        r"you are not alone",
        r"prevencion del suicidio|prevention du suicide",
    ),
}

#: Single-pattern categories. Sexual, minors and political deception are handled by
#: :func:`match_categories`.
RULES: dict[str, re.Pattern[str]] = {
    VIOLENCE: _GORE,
    HATE: _HATE,
    SELF_HARM: _SELF_HARM,
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


#: A negation and what may stand between it and the cue it governs: a quantifier ("no visible
#: blood", "without any nudity") or the earlier items of a list joined by "or" ("no blood or
#: gore"). Matched against the end of the clause before the cue.
_NEGATION = re.compile(
    r"(?:^|\W)(?:no|not|non|without|nothing|zero|never|nor|free (?:of|from))"
    r"(?: (?:any|a|an|more|visible|graphic|real|actual|explicit|obvious|overt|hint of|signs? of|"
    r"traces? of|kind of|form of|depictions? of))*"
    r"(?: [\w'-]+(?: [\w'-]+)? n?or)*[ -]$"
)
#: A negation after the cue, within two words: "topless sunbathers not included". A garment
#: between them means the opposite ("naked, clothes not included").
_NEGATED_AFTER = re.compile(
    r"(?: (?!cloth|dress|outfit|garment|underwear|shirt|top|bra|pants|trousers)[\w'-]+){0,2}"
    r" (?:not (?:included|shown|pictured|visible|depicted)|excluded)\b"
)
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]{}|]")
#: Everything after "negative prompt" is what the image must not show (the syntax of image
#: generators' user interfaces): "..., negative prompt: nsfw, lowres".
_NEGATIVE_PROMPT = re.compile(r"\bnegative(?: prompts?\b|:)")
#: Garments are what is missing when negated ("no panties"), so their cues are never negated.
_GARMENT = re.compile(r"lingerie|panties|bra\b")
#: Categories whose cues a negation can undo. Hate and political deception cannot: "no fake
#: news, the president in handcuffs" and "not racist, just honest" negate nothing that matters,
#: and the minors rule reads every sexual cue ("non-nude" is a euphemism there, not a guard).
_NEGATABLE = frozenset({SEXUAL, VIOLENCE, SELF_HARM})


def _negated(text: str, match: re.Match[str]) -> bool:
    """Whether a negation in the same clause governs ``match`` ("no gore", "nudity-free",
    "topless sunbathers not included")."""
    if _GARMENT.search(match.group(0)):
        return False
    if text.startswith("-free", match.end()) or _NEGATIVE_PROMPT.search(text, 0, match.start()):
        return True
    if _NEGATED_AFTER.match(text, match.end()):
        return True
    clause = _CLAUSE_END.split(text[: match.start()])[-1]
    return bool(_NEGATION.search(" ".join(clause.split(" ")[-12:])))


def _affirmed(category: str, rule: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``rule`` in ``text`` that no negation governs and that no phrase of
    :data:`BENIGN_SENSES` holds ("signs against antisemitism")."""
    sense = BENIGN_SENSES.get(category)
    benign = [(s.start(), s.end()) for s in sense.finditer(text)] if sense else []
    for match in rule.finditer(text):
        if category in _NEGATABLE and _negated(text, match):
            continue
        if any(start <= match.start() and match.end() <= end for start, end in benign):
            continue
        return match
    return None


def _negated_terms(views: tuple[str, ...]) -> list[str]:
    """The sexual cues negated in ``views``, squashed, so the squashed view does not undo the
    negation ("no pornography" squashes to "nopornography")."""
    return [
        _NOT_ALNUM.sub("", m.group(0))
        for text in views
        for m in EXPLICIT.finditer(text)
        if _negated(text, m)
    ]


def negated_categories(text: str) -> set[str]:
    """The categories whose cues in ``text`` are all negated ("no gore", "not sexy"): the
    classifier discounts such a window as it does a stated benign sense."""
    cues = {
        SEXUAL: (EXPLICIT, SUGGESTIVE),
        VIOLENCE: (_GORE,),
        SELF_HARM: (_SELF_HARM,),
    }
    found = set()
    for category, rules in cues.items():
        matches = [m for rule in rules for m in rule.finditer(text)]
        if matches and all(_negated(text, m) for m in matches):
            found.add(category)
    return found


def match_categories(views: tuple[str, ...], squashed: str = "") -> list[LexicalHit]:
    """Every category whose rules match one of ``views``; one hit per category, first evidence.

    A sexual, violent or self-harm cue that a negation governs ("no blood", "not nude") counts
    for nothing in its own category; see ``_negated``. Each view is also read with misspelt cue
    words respelt (see :func:`respell`).
    """
    hits: dict[str, str] = {}
    views = views + tuple(r for r in map(respell, views) if r not in views)
    for text in views:
        explicit = _affirmed(SEXUAL, EXPLICIT, text)
        if explicit and SEXUAL not in hits:
            hits[SEXUAL] = explicit.group(0)
        if MINORS not in hits:
            both = MINOR_SEXUAL.search(text)
            minor = MINOR.search(text)
            age = minor_age(text)
            sexual = EXPLICIT.search(text) or SUGGESTIVE.search(text)
            if both:
                hits[MINORS] = both.group(0)
            elif (minor or age) and sexual:
                hits[MINORS] = f"{minor.group(0) if minor else age} + {sexual.group(0)}"
        for category, rule in RULES.items():
            if category in hits:
                continue
            if found := _affirmed(category, rule, text):
                hits[category] = found.group(0)[:80]
        # Political deception ignores negations ("no fake news, the president in handcuffs").
        if POLITICAL not in hits and (span := political_deception(text)):
            hits[POLITICAL] = span[:80]
    if squashed and SEXUAL not in hits:
        affirmed = squashed
        for term in _negated_terms(views):
            affirmed = affirmed.replace(term, " ", 1)
        if found := _SQUASHED_SEXUAL.search(affirmed):
            hits[SEXUAL] = found.group(0)
    if squashed and HATE not in hits and (found := _SQUASHED_HATE.search(squashed)):
        hits[HATE] = found.group(0)
    if HATE not in hits and (symbol := hate_symbol(views, squashed)):
        hits[HATE] = symbol
    return [LexicalHit(c, hits[c]) for c in CONTENT_CATEGORIES if c in hits]


# Long, unambiguous terms that survive being split anywhere ("porno graphy", "hen tai").
_SQUASHED_SEXUAL = re.compile(r"pornograph|hardcoreporn|sexuallyexplicit|masturbat|fullfrontal")
_SQUASHED_HATE = re.compile(r"heilhitler|siegheil|holocaustdenial|whitesupremac")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


#: Words that are cues on their own, long enough that a misspelling of one is seldom another
#: word: a word of the prompt that no dictionary knows and that lies within one edit of one of
#: these (two for nine letters or more), first letter kept, is read as that cue ("nipplez",
#: "strippr", "throot", "disembowled", "intestins", "no clothez").
RESPELT_CUES = (
    "nipples", "genitals", "genitalia", "stripper", "striptease", "undressed",
    "uncensored", "topless", "pornographic", "pornography", "erotic", "orgasm", "masturbating",
    "clothes", "clothing", "intercourse", "decapitated", "beheaded", "beheading", "dismembered",
    "disemboweled", "disembowelled", "eviscerated", "mutilated", "mutilation", "entrails",
    "intestines", "corpse", "corpses", "massacre", "slaughtered", "tortured", "torture",
    "throat", "severed", "flayed", "skinned", "alive", "suicide", "suicidal", "anorexia",
    "anorexic", "bulimia", "thinspiration", "overdose", "overdosing", "noose", "purging",
    "swastika", "genocide", "holocaust", "lynching", "lynched", "strangled", "murdered",
    "gruesome", "splattered",
)  # fmt: skip
#: Letter groups that misspellings trade for sounds: "starvashun", "clothez", "nekkid".
_SOUNDS = ((re.compile(r"shun\b"), "tion"), (re.compile(r"z\b"), "s"), (re.compile(r"kk"), "k"))
_WORD = re.compile(r"[a-z]{5,}")
_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers", "ly")


@cache
def known_words() -> frozenset[str]:
    """English words of four letters or more: the whole-word entries of the WordPiece
    vocabulary of the prompt classifier's encoder (``data/english_words.txt``, 20,362 words),
    so that a real word ("corps", "node") is never respelt as a cue near it."""
    path = resources.files("synthguard.safety").joinpath("data/english_words.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


def respell(text: str) -> str:
    """``text`` with each unknown word that misspells a cue (:data:`RESPELT_CUES`) replaced by
    the cue, and each spelt by its sound replaced by the word it sounds like ("clothez")."""
    known = known_words()

    def cue_for(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in known or any(
            word.endswith(end) and word.removesuffix(end) in known for end in _ENDINGS
        ):
            return word  # a word, or a form of one ("corps", "tortures")
        forms = {word}
        for pattern, sound in _SOUNDS:
            forms |= {pattern.sub(sound, form) for form in forms}
        if spelt := sorted(forms & known):
            return spelt[0]  # a word spelt by its sound ("clothez", "motivashun")
        for cue in RESPELT_CUES:
            budget = 2 if len(cue) >= 9 else 1
            if cue[0] != word[0] or abs(len(cue) - len(word)) > budget:
                continue
            if any(edit_distance(form, cue, budget) <= budget for form in forms):
                return cue
        return word

    return _WORD.sub(cue_for, text)
