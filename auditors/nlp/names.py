"""First names in social text, and the hashed register of protected names.

`find_first_names(text)` finds the words of a post that are first names, written
any way people write them: "Riley", "riley", "RILEY", "Riley's", "riley’s",
"James'", "Mary-Jane", "lexi-mae", and inside handles ("@jess_k92",
"@riley_and_ruby_mum", "@jaydenboss09"). Each span has a confidence in 0..1 from
the shipped lexicon (`names_lexicon`: how common the name is, how much it is also
an everyday word or another proper noun) and from how it is written: a
capitalised word in mid-sentence is surely a name, the same word starting a
sentence less so, and a lower-case "will" or "hope" almost never, while a
lower-case "riley's" is. Whether a name belongs to a supported family is decided
in `names_context`; the benchmark scores this function on its own.

The register is read once per policy; each entry is normalised (case, accents,
possessive) and hashed at once with HMAC-SHA256 under the secret key
(`socialaudit.core.keys`) together with its short forms ("Shannon" -> "Shan",
"Alexander" -> "Alex", "Lexi-Mae" -> "Lexi"), and only the hashes are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from auditors.nlp.names_lexicon import NameInfo, is_first_name, lexicon, name_forms, nickname_table, normalise
from auditors.prepared import Prepared
from socialaudit.core.keys import keyed_hash, secret_key
from socialaudit.core.policy import read_register

__all__ = ["Candidate", "HashedRegister", "NameSpan", "build_register", "candidates", "find_first_names",
           "is_first_name", "masked", "name_forms", "nickname_table", "normalise", "own_names", "register_for",
           "sentence_initial", "surnames"]

HASH_CACHE_LIMIT = 200_000
WORD_CACHE_LIMIT = 20_000  # words whose lexicon facts are kept (see _word_facts): some 6 MB at most
LOWER_CASE_FLOOR = 0.3  # below this a lower-case lexicon word is read as an everyday word

# A word (letters with accents, hyphenated parts) with an optional possessive ('s, ’s, or the
# bare apostrophe after an s). One linear pass; the lookbehinds keep handles, hashtags, URLs
# and the inside of words ("O'Sullivan") out but not a quoted word ('Rocco'), the last
# lookahead contractions ("don't", "won't").
WORD = re.compile(r"(?<![\w@#/.\-])(?<!\w['’])([^\W\d_]+(?:-[^\W\d_]+)*)(?:(['’]s)|(?<=s)(['’]))?(?![\w@]|['’]\w)")
CAPITALISED = re.compile(r"(?<![\w@#/.\-])(?<!\w['’])([A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿÀ-ÖØ-Þ]*(?:-[A-Za-zß-öø-ÿÀ-ÖØ-Þ]+)*)"
                         r"(?:(['’]s)|(?<=s)(['’]))?(?![\w@]|['’]\w)")
# Runs of lower-case letters (with inner hyphens): a cheap gate; the word pass checks real words
_LOWER_RUN = re.compile(r"[a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)*")
HANDLE = re.compile(r"(?<![\w@/])@([A-Za-z0-9_][\w.\-]*\w)")
_HANDLE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Capital letters mid-word ("McDonald", "DeShawn") or after a hyphen still make a title-case name
_TITLE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*")


@dataclass(slots=True)
class NameSpan:
    """A first name found in a text: where, how it is written, and how sure we are."""
    start: int
    end: int             # end of the name itself, before any possessive
    word: str
    norm: str
    confidence: float    # that the word is a person's first name here
    case: str            # "title", "upper", "acronym" (4 capitals or fewer), "lower", "mixed", "handle", "surname"
    possessive: bool = False
    initial: bool = False  # first word of a sentence
    handle: bool = False   # part of an @handle


def masked(name: str) -> str:
    """How a name may appear in a `why` string or log: first letter only."""
    return (name[:1] + "**") if name else "**"


def _case(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if len(word) > 4 else "acronym"
    return "title" if _TITLE.fullmatch(word) else "mixed"


def sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():  # walk back over blanks without copying the text
        i -= 1
    if i < 0:
        return True
    last = text[i]
    return not (last.isalnum() or last in ",&-/")


def name_info(norm: str) -> NameInfo | None:
    """The lexicon's entry for a normalised word; a hyphenated word is a name when each of
    its parts is ("lexi-mae", "ellie-rose")."""
    lex = lexicon()
    info = lex.get(norm)
    if info is None and "-" in norm:
        parts = [lex.get(p) for p in norm.split("-")]
        if all(parts) and len(parts) > 1:
            info = NameInfo.joined(parts)  # type: ignore[arg-type]
    return info


def word_confidence(info: NameInfo, case: str, initial: bool, possessive: bool, lower_style: bool) -> float:
    """How surely a lexicon name is a person's name, given how it is written. A capital in
    mid-sentence is the strongest sign; a sentence start or capitals throughout prove
    little; lower case is normal in a text written all in lower case, odd otherwise, and
    leaves an everyday word ("will", "hope") an everyday word."""
    w, base = info.wordness, info.prior * (1 - 0.5 * info.otherness)
    if case == "title" and not initial:
        conf = base * (1 - 0.45 * w)
    elif case in ("title", "mixed", "upper", "acronym"):  # a short word in capitals is mostly an acronym ("PIP")
        conf = base * (1 - 0.9 * w) * {"title": 0.85, "acronym": 0.3}.get(case, 0.7)
    else:  # a rare name, or a dictionary word ("mat", "kit"), in lower case is mostly a word or a typo
        conf = base * info.prior * (1 - w) * (0.85 if lower_style else 0.6) * (0.5 if info.word else 1.0)
    if possessive:  # "riley's": a possessive is a person's more often than a word's
        conf += (1 - conf) * 0.4 * (1 - w) * info.prior
    return round(conf, 3)


_SENTENCE_CAPITAL = re.compile(r"(?:^|[.!?]\s+)[A-Z]")


def written_in_lower_case(text: str) -> bool:
    """Does the author write in lower case (no capital starting any sentence)?"""
    return not _SENTENCE_CAPITAL.search(text)


def find_first_names(text: str, stopwords: frozenset[str] = frozenset(),
                     min_confidence: float = 0.0) -> list[NameSpan]:
    """Every first name in a text, in order, with its confidence (see the module docstring).
    `stopwords` (normalised) are words never taken for names (the pack's `name_stopwords`)."""
    lower_style = written_in_lower_case(text)
    out = [s for s in _word_names(text, stopwords, lower_style) if s.confidence > min_confidence]
    out += [s for s in handle_names(text, stopwords) if s.confidence > min_confidence]
    return sorted(out, key=lambda s: s.start)


_SURNAME = re.compile(r"[ \t]+((?:(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?))(?![\w@])")


def surnames(text: str, names: list[NameSpan], stopwords: frozenset[str] = frozenset()) -> list[NameSpan]:
    """The capitalised word right after each capitalised first name ("Isla Thompson", "Harry
    Kane"), as a span of its own with the name's confidence, a little lower; a stopword or
    another first name that starts a new sentence is not taken."""
    out = []
    for n in names:
        if n.case != "title" or n.possessive or n.handle:
            continue
        m = _SURNAME.match(text, n.end)
        if m and normalise(m.group(1)) not in stopwords:
            out.append(NameSpan(m.start(1), m.end(1), m.group(1), normalise(m.group(1)),
                                round(0.9 * n.confidence, 3), "surname"))
    return out


def _word_names(text: str, stopwords: frozenset[str], lower_style: bool) -> Iterator[NameSpan]:
    for m in WORD.finditer(text):
        word = m.group(1)
        possessive = bool(m.group(2) or m.group(3))
        norm = normalise(word)
        if len(norm) < 2 or norm in stopwords:
            continue
        info = name_info(norm)
        if info is None:
            continue
        case, initial = _case(word), sentence_initial(text, m.start(1))
        yield NameSpan(m.start(1), m.end(1), word, norm, word_confidence(info, case, initial, possessive, lower_style),
                       case, possessive, initial)


def handle_names(text: str, stopwords: frozenset[str]) -> Iterator[NameSpan]:
    """First names inside @handles: each part split at '_', '.', '-', digits and capitals
    ("@riley_and_ruby_mum", "@JessKing"), else a name the handle starts with ("@jaydenboss09")."""
    for m in HANDLE.finditer(text):
        yield from handle_parts(m.group(1), m.start(1), stopwords)


def handle_parts(handle: str, offset: int, stopwords: frozenset[str]) -> Iterator[NameSpan]:
    """The names in one handle (without its '@'), with offsets shifted by `offset`."""
    parts = [(p.start(), p.group(0)) for p in _HANDLE_PARTS.finditer(handle.split(".bsky.")[0].split("@")[0])]
    found = False
    for i, (start, part) in enumerate(parts):
        norm = part.lower()
        info = lexicon().get(norm) if len(norm) >= 3 and norm not in stopwords else None
        if info:
            found = True
            conf = info.prior * (1 - 0.7 * info.wordness) * (1 - 0.5 * info.otherness) * (0.85 if i == 0 else 0.6)
            yield NameSpan(offset + start, offset + start + len(part), part, norm, round(conf, 3), "handle",
                           handle=True)
    if not found and parts:
        yield from _name_prefix(parts[0][1], offset + parts[0][0], stopwords)


def _name_prefix(part: str, offset: int, stopwords: frozenset[str]) -> Iterator[NameSpan]:
    """The longest name of four letters or more that a run-together handle starts with."""
    low = part.lower()
    for k in range(len(low) - 2, 3, -1):
        info = lexicon().get(low[:k])
        if info and low[:k] not in stopwords:
            conf = info.prior * (1 - info.wordness) * (1 - 0.5 * info.otherness) * 0.5
            yield NameSpan(offset, offset + k, part[:k], low[:k], round(conf, 3), "handle", handle=True)
            return


# --- the hashed register -----------------------------------------------------

REGISTER_PART = "register part"  # a hyphenated name one of whose parts the register holds

@dataclass
class HashedRegister:
    """Keyed hashes of the protected names and their short forms; no clear names."""
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

    def lookup_name(self, norm: str) -> str | None:
        """As `lookup`, and a hyphenated name by its parts too: the register holds "Lexi", the
        post says "Lexi-Lou" ('register part'). Only a word whose parts are all names: the
        register's "Summer" is not in "end-of-summer"."""
        found = self.lookup(norm)
        if found is None and "-" in norm and name_info(norm) is not None:
            if any(self.lookup(p) for p in norm.split("-") if len(p) >= 3):
                return REGISTER_PART
        return found


def build_register(path: Path, nicknames: dict[str, list[str]] | None = None,
                   key: bytes | None = None) -> HashedRegister:
    """Read a register file, keeping only keyed hashes of each name part, normalised (case,
    accents, a possessive), and of its short forms."""
    key = key if key is not None else secret_key()
    hashes: dict[str, str] = {}

    def add(entry: str) -> None:
        for part in re.sub(r"['’]s?\b", " ", entry.replace(",", " ")).split():
            norm = normalise(part)
            for form in name_forms(part, nicknames):
                h = keyed_hash(key, form)
                if form == norm or hashes.get(h) != "register":
                    hashes[h] = "register" if form == norm else "nickname"

    size = read_register(path, add)
    return HashedRegister(key, hashes, size)


def register_for(prepared: Prepared) -> HashedRegister | None:
    """The policy's hashed register (built once per policy), or None without one."""
    def build() -> HashedRegister | None:
        paths = prepared.register_paths()
        nicknames = prepared.section("names").get("nicknames") or {}
        return build_register(paths[0], nicknames) if paths else None
    return prepared.memo("names-register", build)


# --- candidates for name-leak -------------------------------------------------

@dataclass(slots=True)
class Candidate:
    """A word that may be a name (in the lexicon, in the register, or capitalised), with where it sits."""
    field: str
    text: str            # the whole field
    start: int
    end: int             # end of the name itself, before any possessive
    word: str
    norm: str
    possessive: bool
    initial: bool        # first word of a sentence
    case: str = "title"
    person: float = 0.0  # find_first_names' confidence that it is a first name (0: not in the lexicon)
    handle: bool = False
    register: str | None = None
    wordness: float = 0.0  # how much the lexicon reads it as an everyday word

    @property
    def wholly_registered(self) -> bool:
        """The register holds this very name or a short form of it, not just a part of a
        hyphenated name (see `REGISTER_PART`)."""
        return self.register not in (None, REGISTER_PART)

    @property
    def lexicon(self) -> bool:
        return self.person > 0

    @property
    def left(self) -> str:
        return self.text[max(0, self.start - 60):self.start]

    @property
    def right(self) -> str:
        after = self.end + (2 if self.possessive else 0)
        return self.text[after:after + 60]


def candidates(field: str, text: str, stopwords: frozenset[str],
               register: HashedRegister | None = None) -> Iterator[Candidate]:
    """Words of one field that may be names: lexicon names however written, handle parts, and
    (for the register and for cues such as "the Bradshaw twins") any other capitalised word;
    with a register, lower-case words too, so a lower-case surname is still compared.

    Most words of most posts are lower-case words that are no name: one set intersection finds
    whether any lower-case word needs a look, and only then are lower-case matches visited."""
    lower = _lower_words_to_visit(text, stopwords, register)
    pattern = WORD if lower else CAPITALISED
    lower_style = bool(lower) and written_in_lower_case(text)  # only lower-case names are read differently
    for m in pattern.finditer(text):
        word = m.group(1)
        if word.islower() and word not in lower:
            continue
        norm, case, info = _word_facts(word)
        if len(norm) < 2 or norm in stopwords:
            continue
        possessive = bool(m.group(2) or m.group(3))
        initial = sentence_initial(text, m.start(1))
        reg = register.lookup_name(norm) if register is not None and len(norm) >= 3 else None
        person = word_confidence(info, case, initial, possessive, lower_style) if info else 0.0
        if reg is None and case not in ("title", "upper") and person < LOWER_CASE_FLOOR:
            continue  # a name only as an everyday word here ("will")
        yield Candidate(field, text, m.start(1), m.end(1), word, norm, possessive, initial, case, person,
                        register=reg, wordness=info.wordness if info else 0.0)
    if "@" in text:
        yield from handle_candidates(field, text, handle_names(text, stopwords), register)


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def _word_facts(word: str) -> tuple[str, str, NameInfo | None]:
    """(normalised form, case, lexicon entry) of a word, which depend on the word alone: a
    post's capitalised words recur across posts far more than they vary."""
    norm = normalise(word)
    return norm, _case(word), name_info(norm)


def _lower_words_to_visit(text: str, stopwords: frozenset[str], register: HashedRegister | None) -> set[str]:
    """The lower-case words of a text that may be names: lexicon names that can read as names in
    lower case ("riley", not "will"), and with a register any word it holds."""
    words = set(_LOWER_RUN.findall(text))  # one C-level pass; the word pass runs only if needed
    found = {w for w in lexicon().known(words) if reads_as_lower_case_name(w)}
    if "-" in text:
        found.update(w for w in words if "-" in w and name_info(w))
    if register is not None:
        found.update(w for w in words - found if len(w) >= 3 and w.islower() and w not in stopwords
                     and register.lookup_name(normalise(w)))
    return found


@lru_cache(maxsize=None)  # asked only of lexicon names: at most the lexicon's size
def reads_as_lower_case_name(word: str) -> bool:
    """Is this lexicon name one that can pass for a name in lower case (written as a possessive,
    in a text written all in lower case)? The rest are read as everyday words unless the register
    lists them. Asked word by word, not for the whole lexicon at once: the lexicon makes an entry
    only when it is looked up, and judging all 57,000 of them cost a quarter second of start-up."""
    info = lexicon().get(word)
    return info is not None and word_confidence(info, "lower", False, True, True) >= LOWER_CASE_FLOOR


def handle_candidates(field: str, text: str, spans: Iterator[NameSpan],
                      register: HashedRegister | None) -> Iterator[Candidate]:
    """Candidates for the names found inside handles."""
    for s in spans:
        reg = register.lookup(s.norm) if register is not None else None
        info = lexicon().get(s.norm)
        yield Candidate(field, text, s.start, s.end, s.word, s.norm, False, False, "handle", s.confidence, True, reg,
                        info.wordness if info else 0.0)


HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")


def hashtag_candidates(field: str, text: str, prefixes: tuple[str, ...], stopwords: frozenset[str],
                       register: HashedRegister | None, suffixes: tuple[str, ...] = ()) -> Iterator[Candidate]:
    """Names in hashtags that put a person after a fixed prefix ("#teamfreddie", "#PrayForAmira";
    the pack's `name_hashtag_prefixes`) or before a fixed suffix ("#skyesjourney", "#jadenturns7";
    `name_hashtag_suffixes`): read like a handle's parts, one name per tag."""
    for m in HASHTAG.finditer(text):
        tag = m.group(1).lower()
        prefix = next((x for x in prefixes if tag.startswith(x) and len(tag) - len(x) >= 3), None)
        if prefix is not None:
            start = m.start(1) + len(prefix)
            spans = handle_parts(m.group(1)[len(prefix):], start, stopwords)
            yield from handle_candidates(field, text, (s for s in spans if s.end == m.end(1)), register)
            continue
        named = _name_before_suffix(tag, suffixes, stopwords)
        if named:
            start = m.start(1)
            span = NameSpan(start, start + len(named), m.group(1)[:len(named)], named, 0.6, "handle", handle=True)
            yield from handle_candidates(field, text, iter([span]), register)
            continue
        yield from _registered_tag_words(field, text, m, stopwords, register)


def _name_before_suffix(tag: str, suffixes: tuple[str, ...], stopwords: frozenset[str]) -> str:
    """The first name a hashtag opens with when the rest is one of `suffixes` (after an optional
    possessive s, before optional digits): "skyesjourney" -> "skye", "jadenturns7" -> "jaden"."""
    body = tag.rstrip("0123456789")
    for suffix in suffixes:
        if not body.endswith(suffix) or len(body) - len(suffix) < 3:
            continue
        head = body[:-len(suffix)]
        for name in (head, head[:-1] if head.endswith("s") else ""):
            info = lexicon().get(name) if len(name) >= 3 and name not in stopwords else None
            if info is not None and info.wordness < 0.5:
                return name
    return ""


_TAG_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _registered_tag_words(field: str, text: str, tag: re.Match, stopwords: frozenset[str],
                          register: HashedRegister | None) -> Iterator[Candidate]:
    """Register names written as a word of a camel-case hashtag with no name prefix ("#GoTayoGo",
    "#FreyaStrong"): only the register's, and only a name that is not mostly an everyday word
    ("#HopeForTheBest")."""
    if register is None:
        return
    for w in _TAG_WORD.finditer(tag.group(1)):
        norm = w.group(0).lower()
        found = None if norm in stopwords else register.lookup(norm)
        info = lexicon().get(norm) if found else None
        if found is None or info is not None and info.wordness >= 0.5:
            continue
        start = tag.start(1) + w.start()
        yield Candidate(field, text, start, start + len(norm), w.group(0), norm, False, False, "handle",
                        info.prior if info else 0.0, True, found, info.wordness if info else 0.0)


def own_names(bio_texts: tuple[str | None, ...], handles: tuple[str | None, ...]) -> frozenset[str]:
    """Normalised names the account gives for itself: the names of its bio and About text (the
    author and the family they name there, "Mum to Olivia & Grace", "mam of twin lads (Lewis &
    Cian)"), and every word of its handle and display name ("jess.runs.for.twins")."""
    out: set[str] = set()
    for t in bio_texts:
        if t:
            out.update(normalise(m.group(1)) for m in WORD.finditer(t) if m.group(1)[:1].isupper())
            out.update(s.norm for s in _word_names(t, frozenset(), True) if s.confidence >= 0.5)
    for t in handles:
        if t:
            out.update(normalise(w) for w in re.split(r"[\W_\d]+", t) if len(w) > 1)
    return frozenset(out)
