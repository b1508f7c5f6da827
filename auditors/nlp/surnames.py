"""A family named by its surname in the plural: "Visited the Nowaks again today", "outside the
Dobbses'", "The Okafors have been told they're being evicted".

Twins Trust FCS Post content 1 forbids "names and surnames" of a supported family. A first-name
lexicon cannot see a surname; this reads the shape people use for a whole household: "the" then
one capitalised word in the plural ("-s", "-es"), written as the family's name:

- possessive ("the Bhatts' kitchen", "Leaving the Bhatts' now"), or
- followed by what a household does or when ("the Ashworths got their eviction notice", "the
  Whitlocks are doing better", "Visited the Nowaks again", "the Lomaxes today"), or ending the
  clause ("Leaving the Haddads.").

Not a surname: a word the encoder's WordPiece vocabulary holds whole (about 22,000 everyday
English words and common names: "the Twins", "the Tories", "the Greens", "the Lakes" — so common
surnames such as Mitchell are missed, never guessed), a gazetteer place ("the Midlands"), a
plural used as a modifier ("the Potteries Museum", "the Renters' Rights Act"), and a plural
after a place preposition without a possessive ("on the Pennines", "in the Gurnos", "up the Gulls").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from auditors.learned import MODEL_DIR
from auditors.nlp.places import Gazetteer

_PLURAL_NAME = re.compile(
    r"(?<![\w#@])(?:[Tt]he)\s+((?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(es|s)(['’])?(?![\w'’])")
_PLACE_PREPOSITION = re.compile(r"\b(?:up|on|down|over|across|in|into|at|from|of)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,!?;:)\n]|$)")
_NEXT_WORD = re.compile(r"\s*([\w'’]+)")
# What a household does, or when, right after its name ("the Okafors have been told", "the Nowaks again")
_HOUSEHOLD_NEXT = frozenset({
    "have", "has", "had", "are", "were", "got", "'ve", "’ve", "'re", "’re", "turned", "lost", "moved",
    "asked", "said", "did", "finally", "both", "all", "came", "went", "been", "need", "needed", "told",
    "now", "today", "again", "this", "last", "yesterday", "tonight", "tomorrow"})


@dataclass(frozen=True)
class Surname:
    start: int
    end: int
    name: str  # the plural as written, without the apostrophe


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Whole lower-case words of the shipped encoder's WordPiece vocabulary (Apache-2.0)."""
    vocab = json.loads((MODEL_DIR / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


def _singulars(plural: str) -> set[str]:
    """The singulars a plural may come from: "Dobbses" -> dobbs, "Tories" -> tory, "Nowaks" -> nowak."""
    w = plural.lower()
    out = {w[:-1]}
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    return out


def family_surnames(text: str, gaz: Gazetteer) -> list[Surname]:
    """Plural surnames naming a household in `text` (see the module docstring)."""
    if "he " not in text:
        return []
    out = []
    common = everyday_words()
    for m in _PLURAL_NAME.finditer(text):
        stem, apostrophe = m.group(1), m.group(3)
        plural = stem + m.group(2)
        if plural.isupper() or gaz.kind(plural) or gaz.kind(stem):
            continue
        if plural.lower() in common or _singulars(plural) & common:
            continue
        if not apostrophe and _PLACE_PREPOSITION.search(text[max(0, m.start() - 12):m.start()]):
            continue
        after = text[m.end():m.end() + 30]
        nxt = _NEXT_WORD.match(after)
        if not apostrophe and not _CLAUSE_END.match(after) and (nxt and nxt.group(1).lower() not in _HOUSEHOLD_NEXT):
            continue
        out.append(Surname(m.start(1), m.start(1) + len(plural), plural))
    return out
