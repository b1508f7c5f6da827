"""Person names in post text: the lexicon, the hashed register and name candidates.

A *candidate* is a capitalised word ("Kerry", "Kerry's", "LACEY") that could be a
first name or surname. It is a name when it is in the protected-names register
(compared by keyed hash, never in clear) or in the shipped first-name lexicon
(`socialaudit/data/names/`, derived from public name statistics). Whether a name
belongs to a supported family is decided in `names_context`.

The register is read once per policy, each entry hashed at once with HMAC-SHA256
under the secret key (`socialaudit.keys`) together with its nickname forms
("Shannon" -> "Shan"), and only the hashes are kept.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from auditors.prepared import Prepared
from socialaudit.core.keys import keyed_hash, secret_key
from socialaudit.core.policy import read_register

DATA_DIR = Path(str(resources.files("auditors") / "data" / "names"))
HASH_CACHE_LIMIT = 50_000

# A capitalised word (Latin letters with accents), or a word in capitals, with an
# optional possessive. One linear pass; the lookbehind keeps handles, hashtags,
# URLs and the inside of words out, the lookahead contractions ("Don't", "Won't").
CANDIDATE = re.compile(
    r"(?<![\w@#/.'’\-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?|[A-Z]{3,})(['’]s)?(?![\w@]|['’]\w)")


def normalise(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Zoë" -> "zoe")."""
    if name.isascii():  # the common case: no accents to strip
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def masked(name: str) -> str:
    """How a name may appear in a `why` string or log: first letter only."""
    return (name[:1] + "**") if name else "**"


# --- shipped lexicon ---------------------------------------------------------

def _data_lines(filename: str) -> list[str]:
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    return [s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#")]


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every first name in the shipped lexicon, normalised (plus every nickname form)."""
    names = {normalise(n) for n in _data_lines("first_names.txt")}
    forms = nickname_table()
    names.update(forms)
    for variants in forms.values():
        names.update(variants)
    return frozenset(names)


@lru_cache(maxsize=1)
def nickname_table() -> dict[str, frozenset[str]]:
    """name -> its short forms, from the shipped tables (US and British)."""
    table: dict[str, set[str]] = {}
    for filename in ("nicknames.csv", "nicknames_uk.csv"):
        rows = csv.reader(line for line in _data_lines(filename))
        next(rows, None)
        for row in rows:
            if len(row) >= 2:
                table.setdefault(normalise(row[0]), set()).add(normalise(row[1]))
    return {k: frozenset(v) for k, v in table.items()}


def name_forms(name: str, extra: dict[str, list[str]] | None = None) -> set[str]:
    """A normalised name with its nicknames, and the full name when it is itself a
    nickname of exactly one name (so "Gem" also finds "Gemma", but "Ronnie" does
    not spread to every name it could shorten)."""
    norm = normalise(name)
    table = nickname_table()
    forms = {norm, *table.get(norm, ())}
    for full, nicks in (extra or {}).items():
        if normalise(full) == norm:
            forms.update(normalise(n) for n in nicks)
    full_names = [full for full, nicks in table.items() if norm in nicks]
    if len(full_names) == 1:
        forms.add(full_names[0])
    return forms


# --- the hashed register -----------------------------------------------------

@dataclass
class HashedRegister:
    """Keyed hashes of the protected names and their nickname forms; no clear names."""
    key: bytes
    hashes: dict[str, str]  # hash -> "register" | "nickname"
    size: int = 0

    def __post_init__(self) -> None:
        self._memo: dict[str, str | None] = {}

    def lookup(self, norm: str) -> str | None:
        """'register', 'nickname' or None for a normalised word."""
        if norm in self._memo:
            return self._memo[norm]
        found = self.hashes.get(keyed_hash(self.key, norm))
        if len(self._memo) < HASH_CACHE_LIMIT:
            self._memo[norm] = found
        return found


def build_register(path: Path, nicknames: dict[str, list[str]] | None = None,
                   key: bytes | None = None) -> HashedRegister:
    """Read a register file, keeping only keyed hashes of each name part and its nicknames."""
    key = key if key is not None else secret_key()
    hashes: dict[str, str] = {}

    def add(entry: str) -> None:
        for part in entry.replace(",", " ").split():
            for form in name_forms(part, nicknames):
                kind = "register" if form == normalise(part) else "nickname"
                if hashes.get(keyed_hash(key, form)) != "register":
                    hashes[keyed_hash(key, form)] = kind

    size = read_register(path, add)
    return HashedRegister(key, hashes, size)


def register_for(prepared: Prepared) -> HashedRegister | None:
    """The policy's hashed register (built once per policy), or None without one."""
    def build() -> HashedRegister | None:
        paths = prepared.register_paths()
        nicknames = prepared.section("names").get("nicknames") or {}
        return build_register(paths[0], nicknames) if paths else None
    return prepared.memo("names-register", build)


# --- candidates --------------------------------------------------------------

@dataclass(slots=True)
class Candidate:
    """A capitalised word that may be a name, with where it sits."""
    field: str
    text: str            # the whole field
    start: int
    end: int             # end of the name itself, before any possessive
    word: str
    norm: str
    possessive: bool
    initial: bool        # first word of a sentence
    register: str | None = None
    lexicon: bool = False

    @property
    def left(self) -> str:
        return self.text[max(0, self.start - 60):self.start]

    @property
    def right(self) -> str:
        after = self.end + (2 if self.possessive else 0)
        return self.text[after:after + 60]


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():  # walk back over blanks without copying the text
        i -= 1
    if i < 0:
        return True
    last = text[i]
    return not (last.isalnum() or last in ",&-/")


def candidates(field: str, text: str, stopwords: frozenset[str]) -> Iterator[Candidate]:
    """Capitalised words of one field that are not function words."""
    for m in CANDIDATE.finditer(text):
        word = m.group(1)
        norm = normalise(word)
        if norm in stopwords:
            continue
        yield Candidate(field, text, m.start(1), m.end(1), word, norm, bool(m.group(2)),
                        _sentence_initial(text, m.start(1)))


def own_names(bio_texts: tuple[str | None, ...], handles: tuple[str | None, ...]) -> frozenset[str]:
    """Normalised names the account gives for itself: capitalised words of its bio and
    About text (the author and the family they name there, "Mum to Olivia & Grace"),
    and every word of its handle and display name ("jess.runs.for.twins")."""
    out: set[str] = set()
    for t in bio_texts:
        if t:
            out.update(normalise(m.group(1)) for m in CANDIDATE.finditer(t))
    for t in handles:
        if t:
            out.update(normalise(w) for w in re.split(r"[\W_\d]+", t) if len(w) > 1)
    return frozenset(out)
