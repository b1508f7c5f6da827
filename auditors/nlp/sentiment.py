"""Target-aware sentiment: how negative is the clause around a mention?

A whole-post sentiment score cannot tell "the trains are a disgrace" from
"the coordinator is a disgrace". Rules that care about *what* a post is
negative about first find the target mentions, then score only a window
around each: the mention's sentence and the next few (`window_after`).

Scoring a window is cheap on purpose. Rather than running VADER's full
`polarity_scores` (tens of microseconds per call), we tokenise the window
once and look each word up in VADER's own lexicon, with its negation list and
booster words (the parts of VADER that matter for short complaints). Phrase
cues (idioms such as "amateur hour", emoji) come from the policy pack as
weighted word lists (`Cues`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentimentIntensityAnalyzer

from auditors.prepared import Prepared, compile_terms

# Sentence ends: terminal punctuation before a space or the end, line breaks,
# and the " | " a blog importer puts between title and body. One pass, linear.
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n+|\s\|\s")
# A word (an @handle stays one token; a hashtag's '#' is dropped so "#Unacceptable" reads as a
# word), or any single other visible character: punctuation and emoji are tokens too.
_TOKEN = re.compile(r"@?\w+(?:'\w+)*|[^\w\s#]")
_NEGATION_REACH = 3      # VADER looks three words back for a negation
_NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
_BOOST = 1.3


@dataclass(frozen=True)
class Lexicon:
    """VADER's word valences (-4..4), negations and boosters."""
    valence: dict[str, float]
    negations: frozenset[str]
    boosters: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load VADER's lexicon once per process (it ships inside the vaderSentiment package)."""
    return Lexicon(dict(SentimentIntensityAnalyzer().lexicon), frozenset(NEGATE), frozenset(BOOSTER_DICT))


@dataclass
class Polarity:
    """Summed negative and positive valence of a window, with the words that carried it."""
    neg: float = 0.0
    pos: float = 0.0
    negative_words: list[str] = field(default_factory=list)
    positive_words: list[str] = field(default_factory=list)


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens: words (apostrophes kept), hashtag words, @handles, punctuation, emoji."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def polarity(tokens: list[str], neutral: frozenset[str] = frozenset()) -> Polarity:
    """Lexicon polarity of a token list; words in `neutral` (domain words like 'crisis') are skipped."""
    lex = lexicon()
    out = Polarity()
    for i, tok in enumerate(tokens):
        v = lex.valence.get(tok)
        if v is None or tok in neutral:
            continue
        if i and tokens[i - 1] in lex.boosters:
            v *= _BOOST
        if _negated(tokens, i, lex.negations):
            v *= _NEGATION_SCALAR
        if v < 0:
            out.neg -= v
            out.negative_words.append(tok)
        else:
            out.pos += v
            out.positive_words.append(tok)
    return out


def _negated(tokens: list[str], i: int, negations: frozenset[str]) -> bool:
    for t in tokens[max(0, i - _NEGATION_REACH):i]:
        if t in negations or t.endswith("n't"):
            return True
    return False


# ASCII punctuation except the characters that belong inside a word, tag or handle.
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in "!\"$%&()*+,-./:;<=>?[\\]^`{|}~"})


def word_set(text: str) -> frozenset[str]:
    """The post's lower-cased words, for a cheap "could any cue be here?" test (no offsets)."""
    words = text.lower().replace("’", "'").translate(_PUNCT_TO_SPACE).split()
    out = set(words)
    for w in words:
        if "'" in w:  # "Trust's" also counts as "trust"; "'Twinline'" as "twinline"
            out.add(w.strip("'"))
            out.add(w.split("'", 1)[0])
    return frozenset(out)


def key_word(words: list[str], common: frozenset[str] = frozenset()) -> str:
    """The word a term is keyed by: its longest word that is not a common one ("fed up with"
    -> "fed", not "with"; "the council" -> "council"), so a gate opens only on posts that
    could really match."""
    rare = [w for w in words if w.strip("'’") not in common]
    return (max(rare, key=len) if rare else words[-1]).strip("'’")  # all common: the head noun, last


class KeywordGate:
    """A cheap pre-test for a word list: each term is keyed by one of its words (`key_word`).

    `might_match(word_set(text))` is False only when no term can match, so the
    exact (slower) regex runs only on posts that could hold a match. A list
    with a 're:' term always says True."""

    def __init__(self, terms: Iterable[str], common: frozenset[str] = frozenset()):
        self.always = False
        keys = set()
        for t in terms:
            if t.startswith("re:"):
                self.always = True
                continue
            words = t.lower().translate(_PUNCT_TO_SPACE).split()
            if words:
                keys.add(key_word(words, common))
        self.keys = frozenset(keys)

    def might_match(self, words: frozenset[str]) -> bool:
        return self.always or not self.keys.isdisjoint(words)


def _prefix_scannable(terms: list[str]) -> re.Pattern[str]:
    """Lower-case alternation of plain terms with only a trailing word boundary."""
    alts = sorted({r"\s+".join(re.escape(w) for w in t.lower().split()) for t in terms}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(alts) + r")(?!\w)")


class SparseTerms:
    """A word list matched term by term, only for terms whose key word is in the post.

    Same term syntax and boundaries as `policy.compile_terms`, but a post that
    holds none of the key words costs one set test, and one that holds a few
    runs only those few small patterns: much faster than one big alternation
    when most posts match nothing. 're:' terms always run (as one pattern)."""

    def __init__(self, terms: Iterable[str], common: frozenset[str] = frozenset()):
        terms = list(terms)
        self.gate = KeywordGate(terms, common)
        grouped: dict[str, list[str]] = {}
        for t in {t.strip() for t in terms if t.strip() and not t.startswith("re:")}:
            words = t.lower().translate(_PUNCT_TO_SPACE).split()
            if words:
                grouped.setdefault(key_word(words, common), []).append(t)
        # One small alternation per key word, run on lower-cased text with no leading look-behind
        # (a look-behind defeats the regex engine's literal-prefix scan); the word boundary
        # before a match is checked afterwards. `folded` keeps the exact pattern for the rare
        # text whose length changes when lower-cased.
        self.by_key = {k: _prefix_scannable(v) for k, v in grouped.items()}
        self.folded = {k: compile_terms(v) for k, v in grouped.items()}
        self.regex = compile_terms([t for t in terms if t.startswith("re:")])

    @classmethod
    def for_policy(cls, prepared: Prepared, *names: str) -> "SparseTerms":
        """The named [vocabulary] lists of a policy, built once (keyed past its common words)."""
        return prepared.memo(("sparse", names), lambda: cls([t for n in names for t in prepared.words(n)],
                                                            common_words(prepared)))

    def matches(self, text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
        """(start, end, text) of non-overlapping matches, leftmost then longest first."""
        found: list[tuple[int, int, str]] = []
        lower = text.lower()
        exact = len(lower) == len(text)
        for key in words & self.by_key.keys() if self.by_key else ():
            if not exact:
                found += [(m.start(), m.end(), m.group(0)) for m in self.folded[key].finditer(text)]
                continue
            for m in self.by_key[key].finditer(lower):
                before = lower[m.start() - 1] if m.start() else " "
                if not (before.isalnum() or before in "_@#"):
                    found.append((m.start(), m.end(), text[m.start():m.end()]))
        if self.regex is not None:
            found += [(m.start(), m.end(), m.group(0)) for m in self.regex.finditer(text)]
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        out, end = [], -1
        for f in found:
            if f[0] >= end:
                out.append(f)
                end = f[1]
        return out

    def search(self, text: str, words: frozenset[str]) -> tuple[int, int, str] | None:
        """The first match, or None."""
        if not self.gate.might_match(words):
            return None
        found = self.matches(text, words)
        return found[0] if found else None


def common_words(prepared: Prepared) -> frozenset[str]:
    """Function words and other very common words (the pack's `name_stopwords`): never a key."""
    return prepared.memo("common-words", lambda: frozenset(w.lower() for w in prepared.words("name_stopwords")))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line, ends included."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def window_after(spans: list[tuple[int, int]], pos: int, sentences: int, max_chars: int) -> tuple[int, int]:
    """The sentence holding `pos` and up to `sentences` more, capped at `max_chars` past `pos`."""
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            last = spans[min(len(spans) - 1, i + sentences)][1]
            return s, min(last, max(e, pos + max_chars))
    return pos, pos


@dataclass(frozen=True)
class CueList:
    """One named pack word list with the weight its matches add to a score."""
    name: str
    weight: float


class Cues:
    """Weighted phrase cues from the pack's [vocabulary], indexed once per policy.

    Plain phrases are matched on tokens through a first-token index (a dict
    lookup per token, whatever the list sizes); only 're:' terms run as
    regexes. Longest phrase wins at a position; matches do not overlap."""

    def __init__(self, prepared: Prepared, weights: dict[str, float]):
        self.first: dict[str, list[tuple[tuple[str, ...], CueList]]] = {}
        self.regexes: list[tuple[CueList, re.Pattern[str]]] = []
        for name, weight in weights.items():
            cue = CueList(name, weight)
            terms = prepared.words(name)
            for term in terms:
                toks = tuple(tokenize(term)) if not term.startswith("re:") else ()
                if toks:
                    self.first.setdefault(toks[0], []).append((toks, cue))
            pat = compile_terms([t for t in terms if t.startswith("re:")])
            if pat is not None:
                self.regexes.append((cue, pat))
        for cands in self.first.values():
            cands.sort(key=lambda c: len(c[0]), reverse=True)

    @classmethod
    def for_policy(cls, prepared: Prepared, key: str, weights: dict[str, float]) -> "Cues":
        """Cached per policy under `key` (weights come from the pack, so they are part of the key)."""
        return prepared.memo((key, tuple(weights.items())), lambda: cls(prepared, weights))

    def hits(self, tokens: list[str], text: str = "") -> list[tuple[CueList, str]]:
        """(list, matched phrase) for every cue in `tokens`, plus 're:' cues found in `text`."""
        out, i, n = [], 0, len(tokens)
        while i < n:
            step = 1
            for toks, cue in self.first.get(tokens[i], ()):
                if tuple(tokens[i:i + len(toks)]) == toks:
                    out.append((cue, " ".join(toks)))
                    step = len(toks)
                    break
            i += step
        for cue, pat in self.regexes:
            out += [(cue, m.group(0).lower()) for m in pat.finditer(text)]
        return out


def locate(phrase: str, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where a matched cue phrase sits in text[start:end] (for evidence offsets)."""
    words = tokenize(phrase)
    if not words:
        return None
    pat = r"\W*".join(re.escape(w) for w in words)
    m = re.search(pat, text[start:end] if end is not None else text[start:], re.IGNORECASE)
    return (start + m.start(), start + m.end()) if m else None


def cue_score(hits: Iterable[tuple[CueList, str]], per_list_cap: int = 2) -> tuple[float, list[str]]:
    """Sum of cue weights (each list counts at most `per_list_cap` matches) and why-strings."""
    total, why, seen = 0.0, [], {}
    for cue, phrase in hits:
        seen[cue.name] = seen.get(cue.name, 0) + 1
        if seen[cue.name] > per_list_cap:
            continue
        total += cue.weight
        why.append(f"{cue.name} '{phrase}' {cue.weight:+.1f}")
    return total, why
