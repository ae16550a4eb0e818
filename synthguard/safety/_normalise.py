"""Prompt validation and normalisation against evasion.

A prompt is checked on *views* of itself, each undoing one family of tricks:

* ``text``: NFKC (fullwidth, ligatures, mathematical letters), case folding, zero-width and
  other format characters and stacked combining marks removed, lookalike letters from other
  scripts mapped back to Latin inside Latin words ("nudе" with a Cyrillic е), whole words in
  other scripts transliterated ("Путин" → "putin"), leetspeak undone inside words ("p0rn"),
  letters spelt out one by one joined again ("n u d e", "n.u.d.e", "n-u-d-e");
* ``skeleton``: like ``text`` but every lookalike is mapped, even in words of another script
  (a word made only of Cyrillic lookalikes is read both ways);
* ``squashed``: ``text`` without anything but letters and digits, to catch words split with
  spaces or punctuation in the middle ("nu de"); only long terms are matched on it.

Validation happens first and fails loudly: the engine never judges a prompt it could not read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from synthguard.errors import InvalidInput, PayloadTooLarge

#: Longest prompt accepted, in characters (DALL·E's limit; Stable Diffusion reads far fewer).
MAX_PROMPT_CHARS = 4000

#: Letters of other scripts that look like Latin ones (a curated subset of Unicode's
#: confusables.txt: the ones used to dodge word filters).
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r",
    "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w", "х": "x", "у": "y", "з": "3", "ь": "b",
    "п": "n", "л": "n", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u", "ς": "c", "σ": "o",
    # Latin extensions and IPA that NFKC keeps
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƅ": "b", "ɑ": "a",
    "ɩ": "i", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
}  # fmt: skip

#: Digits and symbols read as letters inside a word ("p0rn", "s3x", "n@ked").
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "+": "t",
}  # fmt: skip

_LEET_CHARS = re.escape("".join(LEET))
# A word that mixes letters with leet characters; numbers with units ("4k", "12yo") are not.
# Tried only where a word starts: from inside a long word the look-ahead would rescan it to its
# end at every letter (quadratic in the word's length).
_LEET_TOKEN = re.compile(
    rf"(?<![\w{_LEET_CHARS}])(?=[\w{_LEET_CHARS}]*[a-z])[\w{_LEET_CHARS}]*[{_LEET_CHARS}]"
    rf"[\w{_LEET_CHARS}]*"
)
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:k|d|p|px|mm|cm|m|s|x|th|st|nd|rd|yo|y|yr|yrs|year|years|fps|hz|mp)?"
)
# Single characters spelt out with separators: "n u d e", "n.u.d.e", "n-u-d-e", "n_u_d_e".
# The same separator throughout, so "a n.u.d.e" keeps its article. A hyphen inside the run is
# one of the spelt characters ("n-e-o---n-a-z-i", "s e l f - h a r m" keep their hyphen).
_SPELT = re.compile(
    r"(?<![\w@$])[\w@$](?P<sep>[ .\-_*·•/+~]{1,3})[\w@$](?:(?P=sep)[\w@$])+"
    r"(?:(?P=sep)-(?P=sep)[\w@$](?:(?P=sep)[\w@$])+)*(?![\w@$])"
)
_WORD_GAP = re.compile(r"(?<=\w)([.\-_*·•/+~]) \1(?=\w)")
_SPACES = re.compile(r"\s+")
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its"}
    | {"our", "their", "some", "any", "no", "every"}
)
_OTHER_SPACES = re.compile(r"[^\S ]+")  # tabs, newlines: runs of spaces are kept a while
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
#: Where Latin letters or digits meet Chinese, Japanese or Korean script with no space between
#: ("greg rutkowski風のイラスト"): transliterated as they stand, the two would run into one word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SCRIPT_EDGE = re.compile(rf"(?<=[a-z0-9])(?=[{_CJK}])|(?<=[{_CJK}])(?=[a-z0-9])")


@dataclass(frozen=True)
class NormalisedPrompt:
    """A validated prompt and its normalised views (see the module docstring)."""

    original: str
    text: str
    skeleton: str
    squashed: str

    @property
    def views(self) -> tuple[str, ...]:
        """The distinct word-level views, ``text`` first."""
        return (self.text,) if self.skeleton == self.text else (self.text, self.skeleton)


def validate_prompt(prompt: object) -> str:
    """The prompt as text, or :class:`InvalidInput` saying exactly what is wrong with it."""
    if isinstance(prompt, bytes | bytearray | memoryview):
        raw = bytes(prompt)
        if len(raw) > MAX_PROMPT_CHARS * 4:
            raise PayloadTooLarge(
                f"prompt is {len(raw)} bytes; the limit is {MAX_PROMPT_CHARS} characters",
                limit=MAX_PROMPT_CHARS,
            )
        try:
            prompt = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InvalidInput(
                f"prompt is not valid UTF-8 (byte {e.start}: {raw[e.start : e.start + 1]!r})",
                position=e.start,
            ) from e
    if not isinstance(prompt, str):
        raise InvalidInput(f"prompt must be text, not {type(prompt).__name__}")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise PayloadTooLarge(
            f"prompt is {len(prompt)} characters; the limit is {MAX_PROMPT_CHARS}",
            limit=MAX_PROMPT_CHARS,
        )
    for position, char in enumerate(prompt):
        code = ord(char)
        if (code < 0x20 and char not in "\t\n\r") or 0x7F <= code <= 0x9F:
            raise InvalidInput(
                f"prompt contains the control character U+{code:04X} at position {position}",
                position=position,
            )
        if 0xD800 <= code <= 0xDFFF:
            raise InvalidInput(
                f"prompt contains a lone surrogate U+{code:04X} at position {position}",
                position=position,
            )
    if not prompt.strip():
        raise InvalidInput("prompt is empty")
    return prompt


def normalise_prompt(prompt: object) -> NormalisedPrompt:
    """Validate ``prompt`` and compute its views."""
    original = validate_prompt(prompt)
    base = _strip_invisible(unicodedata.normalize("NFKC", original).casefold())
    base = _SCRIPT_EDGE.sub(" ", base)
    text = _finish(_transliterate(_map_confusables(base, mixed_only=True)))
    skeleton = _finish(_transliterate(_map_confusables(base, mixed_only=False)))
    if not text.strip(" ,.;:!?"):
        # Only invisible characters, emoji-free symbols or whitespace: nothing to judge.
        raise InvalidInput("prompt has no readable text")
    return NormalisedPrompt(original, text, skeleton, _NOT_ALNUM.sub("", text))


def _strip_invisible(text: str) -> str:
    """Drop format characters (zero-width, bidi, soft hyphen) and stacked combining marks."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category == "Cf" or category == "Mn":
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _map_confusables(text: str, mixed_only: bool) -> str:
    words = []
    for word in text.split(" "):
        has_latin = any("a" <= c <= "z" for c in word)
        if (has_latin or not mixed_only) and any(c in CONFUSABLES for c in word):
            word = "".join(CONFUSABLES.get(c, c) for c in word)
        words.append(word)
    return " ".join(words)


def _transliterate(text: str) -> str:
    if text.isascii():
        return text
    try:
        from anyascii import anyascii
    except ImportError:  # fall back to dropping accents; other scripts are then lost
        decomposed = unicodedata.normalize("NFKD", text)
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return str(anyascii(text)).lower()


def _finish(text: str) -> str:
    text = _OTHER_SPACES.sub(" ", text).strip()
    text = _WORD_GAP.sub(" ", text)  # "t-o-m- -c-r-u-i-s-e": the gap between spelt words
    # Spelt runs are joined before spaces are collapsed: "w h i t e   p o w e r" is two words.
    text = _SPELT.sub(_join_spelt, text)
    text = _SPACES.sub(" ", text)
    return _LEET_TOKEN.sub(_unleet, text)


def _join_spelt(match: re.Match[str]) -> str:
    spelt, width = match.group(0), len(match.group("sep")) + 1
    before = match.string[: match.start()].split()
    if (
        match.group("sep").isspace()
        and spelt[0] in "ai"
        and len(spelt) > 5
        and not (before and before[-1] in _DETERMINERS)
    ):
        # "a n u d e": the article stays; "an a n t i s e m i t i c" has its article already
        return spelt[:width] + _join_spelt_text(spelt[width:], width)
    return _join_spelt_text(spelt, width)


def _join_spelt_text(spelt: str, width: int) -> str:
    joined = spelt[::width]  # every character is followed by the same separator
    # "a b c" may be initials; only join runs that hold at least two letters.
    return joined if sum(c.isalpha() for c in joined) >= 2 else spelt


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    # "wow!" and "c++" end in punctuation, not in a disguised letter.
    core = word.rstrip("!|+")
    tail = word[len(core) :]
    if _NUMBER_WITH_UNIT.fullmatch(core) or not any(c in LEET for c in core):
        return word
    return "".join(LEET.get(c, c) for c in core) + tail
