"""The shipped public-figure list: well-formed data, no name claimed twice, and the senses that
must stay apart (a person versus a place, a product or an ordinary word)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from synthguard.safety import Action, SafetyEngine, default_policy
from synthguard.safety._figures import builtin_figures

KINDS = {
    "activist",
    "actor",
    "athlete",
    "business",
    "celebrity",
    "media",
    "musician",
    "politician",
    "religious",
    "royal",
}


@pytest.fixture(scope="module")
def raw() -> list[dict[str, Any]]:
    path = resources.files("synthguard.safety").joinpath("data/public_figures.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    figures: list[dict[str, Any]] = data["figures"]
    return figures


@pytest.fixture
def lexical(_isolated_home: Path) -> SafetyEngine:
    return SafetyEngine(replace(default_policy(), classifier_enabled=False), _isolated_home)


def figures_named(engine: SafetyEngine, prompt: str) -> list[str]:
    decision = engine.evaluate(prompt)
    return [r.evidence for r in decision.reasons if r.category == "public_figure"]


def test_every_entry_is_well_formed(raw: list[dict[str, Any]]) -> None:
    assert len(raw) > 2000
    for item in raw:
        assert set(item) <= {"name", "aliases", "kind", "not_person_when"}, item
        assert isinstance(item["name"], str) and item["name"].strip() == item["name"], item
        assert all(isinstance(a, str) and a.strip() == a and a for a in item["aliases"]), item
        assert item["kind"] in KINDS, item
        assert all(isinstance(w, str) and w for w in item.get("not_person_when", [])), item
        # a "(qualifier)" name is never matched itself, so it needs an alias to be found at all
        assert "(" not in item["name"] or item["aliases"], item
    kinds = Counter(item["kind"] for item in raw)
    assert min(kinds[k] for k in ("politician", "actor", "athlete", "musician", "royal")) > 90


def test_no_name_or_alias_belongs_to_two_people() -> None:
    entries = builtin_figures()
    assert len({e.name for e in entries}) == len(entries)
    owners: dict[str, str] = {}
    clashes = []
    for entry in entries:
        for form in entry.spellings():
            if owners.setdefault(form, entry.name) != entry.name:
                clashes.append((form, owners[form], entry.name))
    assert clashes == []


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        ("melania trump in a ball gown", "Melania Trump"),
        ("donald trump jr at a rally", "Donald Trump Jr"),
        ("petteri orpo skiing", "Petteri Orpo"),
        ("a cartoon of luis lacalle pou", "Luis Lacalle Pou"),
        ("hun manet at angkor wat", "Hun Manet"),
        ("lula at a barbecue", "Luiz Inacio Lula da Silva"),
        ("droupadi murmu at a parade", "Droupadi Murmu"),
        ("bola tinubu and john mahama shaking hands", "Bola Tinubu"),
        ("prince george at school", "Prince George of Wales"),
        ("patriarch kirill in gold robes", "Patriarch Kirill"),
        ("ranbir kapoor on a motorcycle", "Ranbir Kapoor"),
        ("zhang ziyi in a silk dress", "Zhang Ziyi"),
        ("gong yoo on a train", "Gong Yoo"),
        ("singer sting playing bass", "Sting (musician)"),
        ("jasprit bumrah bowling", "Jasprit Bumrah"),
        ("oleksandr usyk in the ring", "Oleksandr Usyk"),
        ("dario amodei at a conference", "Dario Amodei"),
        ("a photo of actor the rock flexing", "Dwayne Johnson"),
    ],
)
def test_added_figures_are_refused(lexical: SafetyEngine, prompt: str, name: str) -> None:
    assert lexical.evaluate(prompt).action is Action.REFUSE
    assert name in figures_named(lexical, prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "a plate of lula grilled squid",
        "prince george's county courthouse at noon",
        "downtown prince george british columbia in winter",
        "a jar of ginger spice on a kitchen shelf",
        "a meloni fruit stand",
        "clapton pond in hackney on a sunny day",
        "king juan carlos university lecture hall",
        "the duchess of york pub sign in the rain",
        "king harald hardrada at stamford bridge, oil painting",
        "nazarbayev university campus in astana",
        "george bush intercontinental airport terminal",
        "montreal trudeau airport departures hall",
        "the mohammed bin rashid library in dubai at dusk",
        "princess charlotte bay in queensland from the air",
        "a bee sting on a hand",
        "a seal basking on a rock",
        "a glass of brandy by a fireplace",
        "a pitbull puppy in a park",
        "a flea on a dog under a microscope",
        "a future city skyline with flying cars",
        "a logic puzzle on a wooden table",
        "dr. j. smith the dentist in his office",
        "waves crashing on the rock by the lighthouse",
        "a girl named karina reading a book",
        "felix the cat cartoon on a t-shirt",
    ],
)
def test_other_senses_of_added_names_are_allowed(lexical: SafetyEngine, prompt: str) -> None:
    assert figures_named(lexical, prompt) == [], prompt
