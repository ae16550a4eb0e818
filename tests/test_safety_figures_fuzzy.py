"""Misspelt public-figure names: refused with the listed name and the edits as evidence, while
ordinary words and ordinary people's names one letter from a figure's stay allowed."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from synthguard.safety import Action, FigureRegistry, GenerationRequest, default_policy
from synthguard.safety._figures import FuzzyNames, PublicFigures, builtin_figures, word_budget
from synthguard.safety._names import edit_distance

PROMPTS = Path(__file__).parent / "data" / "safety_prompts.jsonl"


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> PublicFigures:
    return PublicFigures(default_policy(), tmp_path_factory.mktemp("home"))


def evidence(figures: PublicFigures, prompt: str) -> list[str]:
    decision = figures.check(GenerationRequest.from_prompt(prompt))
    return [r.evidence for r in decision.reasons if r.category == "public_figure"]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Barak Obamma eating a burger", "Barack Obama (matched 'barak obamma', 2 edits)"),
        ("Emanuel Makron riding a horse", "Emmanuel Macron (matched 'emanuel makron', 2 edits)"),
        (
            "Volodymir Zelenskky giving a speech",
            "Volodymyr Zelensky (matched 'volodymir zelenskky', 2 edits)",
        ),
        ("tom cruse on a horse", "Tom Cruise (matched 'tom cruse', 1 edit)"),
        ("Mark Zuckerburg surfing", "Mark Zuckerberg (matched 'mark zuckerburg', 1 edit)"),
        ("Taylor Swfit on stage", "Taylor Swift (matched 'taylor swfit', 1 edit)"),
        ("Zelenskyi on stage", "Volodymyr Zelensky (matched 'zelenskyi', 1 edit)"),
        ("Changpeng Hzao at a desk", "Changpeng Zhao (matched 'changpeng hzao', 1 edit)"),
        (
            "Karole Middleton at a garden party",
            "Carole Middleton (matched 'karole middleton', 1 edit)",
        ),
        # words run together or split anew, with one edit
        ("barackobamma at a rally", "Barack Obama (matched 'barackobamma', 1 edit)"),
        ("ba rack obamma shaking hands", "Barack Obama (matched 'ba rack obamma', 1 edit)"),
        # the normaliser's views first: leetspeak and lookalike letters, then the misspelling
        ("B4rak Obamma eating a burger", "Barack Obama (matched 'barak obamma', 2 edits)"),
        (
            "Barak Оbamma's speech",
            'Barack Obama (matched "barak obamma\'s", 2 edits)',
        ),  # Cyrillic О
    ],
)
def test_misspelt_figures_are_refused_with_evidence(
    figures: PublicFigures, prompt: str, expected: str
) -> None:
    decision = figures.check(GenerationRequest.from_prompt(prompt))
    assert decision.action is Action.REFUSE
    assert [r.evidence for r in decision.reasons] == [expected]
    edits = int(expected.rsplit(", ", 1)[1].split()[0])
    assert decision.reasons[0].score == pytest.approx(1.0 - 0.05 * edits)


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        ("a man named Joe Biden", "Joe Biden"),  # written exactly: no fuzzy reading on top
        ("Sarah Ferguson at a desk", "Sarah Ferguson"),
        ("Emanuel Macron riding a horse", "Emmanuel Macron"),  # "macron" is an alias
        ("Paris Hilton on a beach", "Paris Hilton"),
    ],
)
def test_exact_names_keep_their_plain_evidence(
    figures: PublicFigures, prompt: str, name: str
) -> None:
    assert evidence(figures, prompt) == [name]


def test_a_misspelt_name_is_read_whole_around_an_exact_alias(figures: PublicFigures) -> None:
    assert evidence(figures, "doonald trump jr at a rally") == [
        "Donald Trump",  # the alias "trump", written exactly
        "Donald Trump Jr (matched 'doonald trump jr', 1 edit)",
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        "a bill on a gate",
        "a woman called Kate Ross at a farmers market",  # "kate moss" but for the first letter
        "Doris Johnson knitting by the window",  # "boris johnson" likewise
        "the jordan river at dawn",
        "paris hiltn hotel lobby",  # misspelt, and still the hotel
        "widen the road by the bridge",  # "biden": short aliases are never misspelt
        "a pudding on a plate",
        "Barak Obbamma in a field",  # three edits: past the two a name may carry
        "portrait of Maria Gonzales, a baker",
        "a photo of John Miller fishing",
    ],
)
def test_ordinary_words_and_people_are_allowed(figures: PublicFigures, prompt: str) -> None:
    assert evidence(figures, prompt) == []


def test_no_benign_prompt_of_the_prompt_set_names_a_figure(figures: PublicFigures) -> None:
    rows = [json.loads(line) for line in PROMPTS.read_text(encoding="utf-8").splitlines()]
    benign = [r["text"] for r in rows if r["label"] == "benign"]
    assert len(benign) > 2000
    assert [(p, evidence(figures, p)) for p in benign if evidence(figures, p)] == []


def test_operator_figures_are_matched_misspelt(_isolated_home: Path) -> None:
    FigureRegistry(_isolated_home).add("Jane Quimby Mayorova")
    checker = PublicFigures(default_policy(), _isolated_home)
    assert evidence(checker, "jane quimby mayorowa at a picnic") == [
        "Jane Quimby Mayorova (matched 'jane quimby mayorowa', 1 edit)"
    ]


def test_allow_listed_phrases_are_not_read_misspelt(_isolated_home: Path) -> None:
    policy = replace(default_policy(), allow=("barak obamma",))
    assert evidence(PublicFigures(policy, _isolated_home), "barak obamma the cat") == []


def _misspell(word: str, rng: random.Random) -> str:
    """One edit after the first letter: a deletion, a doubled letter, a swap or a new letter."""
    i = rng.randrange(1, len(word) - 1)
    match rng.choice("d2ts"):
        case "d":
            return word[:i] + word[i + 1 :]
        case "2":
            return word[:i] + word[i] + word[i:]
        case "t":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        case _:
            return word[:i] + rng.choice("aeiouxz".replace(word[i], "")) + word[i + 1 :]


def test_one_edit_in_a_long_word_of_any_listed_name_is_found(figures: PublicFigures) -> None:
    rng = random.Random(11)
    names = [e.name for e in builtin_figures() if "(" not in e.name and e.name.isascii()]
    misses = []
    for name in rng.sample(names, 300):
        words = name.lower().split()
        long = [k for k, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if len(words) < 2 or not long:
            continue
        k = rng.choice(long)
        words[k] = _misspell(words[k], rng)
        found = evidence(figures, " ".join(words) + " on a beach")
        if not any(e == name or e.startswith(f"{name} (") for e in found):
            misses.append((" ".join(words), name, found))
    assert misses == []


def test_the_deletion_index_finds_what_comparing_every_word_finds() -> None:
    entries = builtin_figures()
    index = FuzzyNames(entries)
    listed = set().union(*index._words.values())  # every word of every fuzzily matched name
    assert {"obama", "zelensky", "zuckerberg"} <= listed and "mbs" not in listed
    rng = random.Random(5)
    for word in rng.sample(sorted(listed), 150):
        probe = _misspell(word, rng) if len(word) >= 3 else word
        brute = {
            other: d
            for other in listed
            if (d := edit_distance(probe, other, word_budget(other))) <= word_budget(other)
            and (probe[0] == other[0] or probe[:2] == other[1::-1] or len(other) >= 6)
        }
        assert index._near(probe) == brute, probe
    assert word_budget("kim") == 0 and word_budget("obama") == 1 and word_budget("zelensky") == 2


def test_names_joined_or_split_anew_with_one_edit_are_found(figures: PublicFigures) -> None:
    rng = random.Random(3)
    entries = [e for e in builtin_figures() if "(" not in e.name and e.name.isascii()]
    misses = []
    for entry in rng.sample(entries, 200):
        joined = "".join(w.strip(".,'-") for w in entry.name.lower().split())
        if len(entry.name.split()) < 2 or len(joined) < 10 or not joined.isalpha():
            continue
        i = rng.randrange(1, len(joined))
        joined = joined[:i] + rng.choice("xz") + joined[i:]
        j = rng.randrange(1, len(joined))
        for prompt in (f"{joined} at a rally", f"{joined[:j]} {joined[j:]} at a rally"):
            if not any(e.startswith(entry.name) for e in evidence(figures, prompt)):
                misses.append((prompt, entry.name))
    assert misses == []
