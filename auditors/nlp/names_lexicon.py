"""The shipped first-name data: how common each name is, and how much it is also a word.

`auditors/data/names/first_names.tsv` (built by `build_lexicon.py` from US Social
Security birth registrations, the 1990 census lists, a nickname table and a UK
supplement; word statistics from wordfreq and Webster's Second) gives, per name,
how many people carry it, how much more often the string occurs in text than that
explains, and whether it is an ordinary dictionary word. From these come three
numbers in 0..1 that the name finder weighs:

- `prior`: a popular name ("chloe") is more surely a name than a rare one ("lake").
- `wordness`: a dictionary word used far more as a word than as a name ("will",
  "hope", "summer") reads as a word unless case or context says otherwise;
  "grace" and "rose" sit in between, "riley" and "chloe" not at all.
- `otherness`: a string that is far more frequent than its use as a name but is
  no dictionary word is mostly some other proper noun ("london", "paris").

Nickname tables (US and British) give each name's short forms for the register.
"""
from __future__ import annotations

import csv
import math
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("auditors") / "data" / "names"))

# Thresholds on the lexicon's `excess` column (Zipf units): below WORD_FLOOR a dictionary
# word is used mostly as a name ("carol", "daisy"); WORD_SPAN above it, mostly as a word.
WORD_FLOOR, WORD_SPAN = 0.4, 1.2
OTHER_FLOOR, OTHER_SPAN = 1.0, 1.5
# prior: log10(people) from PRIOR_LOW (the rarest names kept) to PRIOR_HIGH (common) maps to 0.35..1
PRIOR_LOW, PRIOR_HIGH, PRIOR_MIN = 1.4, 4.6, 0.35


def normalise(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Zoë" -> "zoe", "RILEY" -> "riley")."""
    if name.isascii():  # the common case: no accents to strip
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _clamp(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


class NameInfo:
    """What the lexicon says about one name."""
    __slots__ = ("prior", "wordness", "otherness", "word")

    def __init__(self, count: int, excess: float, word: bool):
        self.prior = PRIOR_MIN + (1 - PRIOR_MIN) * _clamp((math.log10(max(count, 1)) - PRIOR_LOW)
                                                          / (PRIOR_HIGH - PRIOR_LOW))
        self.wordness = _clamp((excess - WORD_FLOOR) / WORD_SPAN) if word else 0.0
        self.otherness = 0.0 if word else _clamp((excess - OTHER_FLOOR) / OTHER_SPAN)
        self.word = word

    @classmethod
    def joined(cls, parts: list["NameInfo"]) -> "NameInfo":
        """A hyphenated name ("Tia-Louise", "niamh-rose"): two names joined by a hyphen are no
        everyday word, so the joined form keeps no wordness and takes its best-known part's prior."""
        best = min(parts, key=lambda i: (i.wordness + i.otherness, -i.prior))
        joined = cls.__new__(cls)
        joined.prior = max(i.prior for i in parts)
        joined.wordness, joined.otherness, joined.word = 0.0, best.otherness, False
        return joined


def _data_lines(filename: str) -> list[str]:
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    return [s for s in text.splitlines() if s.strip() and not s.startswith("#")]


class Lexicon:
    """Name -> NameInfo, read at once but each entry made only when it is first looked up:
    questions about names are asked word by word (`is_first_name`,
    `names.reads_as_lower_case_name`), never of the whole lexicon."""

    def __init__(self, raw: dict[str, tuple[str, str, str]]):
        self._raw, self._made = raw, {}

    def get(self, norm: str) -> NameInfo | None:
        info = self._made.get(norm)
        if info is None:
            row = self._raw.get(norm)
            if row is None:
                return None
            info = self._made[norm] = NameInfo(int(row[0]), int(row[1]) / 100, row[2] == "1")
        return info

    def __contains__(self, norm: str) -> bool:
        return norm in self._raw

    def known(self, words: set[str]) -> set[str]:
        """The words that are lexicon names (one set operation, no entry made)."""
        return words & self._raw.keys()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every first name in the shipped data, normalised, with what is known of it. Short forms
    from the nickname tables that the statistics lack count as names of middling popularity."""
    raw: dict[str, tuple[str, str, str]] = {}
    for line in _data_lines("first_names.tsv")[1:]:
        name, count, excess, word = line.split("\t")
        raw.setdefault(normalise(name), (count, excess, word))
    for full, nicks in nickname_table().items():
        for n in (full, *nicks):
            raw.setdefault(n, ("1000", "0", "0"))
    return Lexicon(raw)


def is_first_name(norm: str) -> bool:
    """Is this normalised word one of the shipped lexicon's names that read as names when
    capitalised (every nickname form too)? Not those far more often everyday words ("Lovely",
    "Council") or places ("London"). Asked word by word: the lexicon then makes only the
    entries looked up, not all 57,000 (a quarter second of start-up)."""
    info = lexicon().get(norm)
    return info is not None and info.wordness < 0.85 and info.otherness < 0.9


@lru_cache(maxsize=1)
def nickname_table() -> dict[str, frozenset[str]]:
    """name -> its short forms, from the shipped tables (US and British)."""
    table: dict[str, set[str]] = {}
    for filename in ("nicknames.csv", "nicknames_uk.csv"):
        rows = csv.reader(_data_lines(filename))
        next(rows, None)
        for row in rows:
            if len(row) >= 2:
                table.setdefault(normalise(row[0]), set()).add(normalise(row[1]))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _full_names_of() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for full, nicks in nickname_table().items():
        for n in nicks:
            out.setdefault(n, []).append(full)
    return {k: tuple(v) for k, v in out.items()}


def name_forms(name: str, extra: dict[str, list[str]] | None = None) -> set[str]:
    """A normalised name with its nicknames (the shipped tables and the pack's own), the parts
    of a hyphenated name ("Lexi-Mae" -> "lexi"), and the full name when it is itself a nickname
    of exactly one name (so "Gem" also finds "Gemma", but "Ronnie" does not spread to every
    name it could shorten)."""
    norm = normalise(name)
    forms = {norm, *nickname_table().get(norm, ())}
    for full, nicks in (extra or {}).items():
        if normalise(full) == norm:
            forms.update(normalise(n) for n in nicks)
    forms.update(p for p in norm.split("-") if len(p) >= 3)
    full_names = _full_names_of().get(norm, ())
    if len(full_names) == 1:
        forms.add(full_names[0])
    return forms
