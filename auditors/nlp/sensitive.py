"""Private details about someone the author supports: topic x referent scoring.

A sensitive detail is a *topic* (a diagnosis, a police call, an eviction, a
court date, a school exclusion) said about a *third party* the author supports
("my FCS mum", "the twins' dad", "our foster son", "a dad I support"). One
linear regex pass finds topics and referents with named groups; then, sentence
by sentence:

    score = topic weight (strong | weak)
          + referent weight (in the same sentence > a pronoun or bare "mum" >
            elsewhere in the post, a supported person's name, or a reply to a
            non-enrolled account)

A topic in a sentence with first-person words and no third-party referent is
the author's own experience ("Ours were in NICU for 5 weeks"); a sentence about
colleagues or carers ("my coordinator's been off sick") is not about a family.
Which vocabularies count as strong or weak topics, which referents count, and
the threshold are pack parameters, so a stricter clause is a different table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditors.nlp.names_vocab import source
from auditors.prepared import Prepared

# Order matters: at one position the first group wins, so "my own mum" is own_family, not own + "mum".
GROUPS = ("topic_self", "topic_strong", "topic_weak", "ref", "own_family", "ref_weak", "own", "colleague")
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n+")
DEFAULTS = {"threshold": 0.6, "strong_weight": 0.45, "weak_weight": 0.25, "local_weight": 0.35,
            "pronoun_weight": 0.2, "post_weight": 0.25, "standalone_weight": 0.15}


@dataclass(frozen=True)
class SensitiveVocab:
    """Which pack vocabularies play which part (the rule's parameters)."""
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    referents: tuple[str, ...]
    weak_referents: tuple[str, ...] = ("sens_weak_referents",)
    own: tuple[str, ...] = ("sens_own",)
    colleagues: tuple[str, ...] = ("sens_colleagues",)
    own_family: tuple[str, ...] = ("sens_own_family",)  # "my own mum": a pronoun after it is theirs
    standalone: tuple[str, ...] = ()  # topics that are always about someone ("new placement")


def _group(prepared: Prepared, name: str, vocabularies: tuple[str, ...]) -> str:
    return f"(?P<{name}>" + source([t for v in vocabularies for t in prepared.words(v)]) + ")"


@dataclass(frozen=True)
class Scanner:
    """Compiled patterns: topics over the whole text; who-words only inside topic sentences."""
    topics: re.Pattern[str]
    parts: re.Pattern[str]
    refs: re.Pattern[str]


def _compile(groups: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w@#])(?:" + groups + r")(?!\w)", re.IGNORECASE)


def scanner(prepared: Prepared, vocab: SensitiveVocab) -> Scanner:
    """The rule's patterns, one named group per part (cached on the policy)."""
    def build() -> Scanner:
        g = {name: _group(prepared, name, v) for name, v in zip(GROUPS, (
            vocab.standalone, vocab.strong, vocab.weak, vocab.referents, vocab.own_family, vocab.weak_referents,
            vocab.own, vocab.colleagues))}
        return Scanner(_compile("|".join(g[n] for n in GROUPS[:3])),
                       _compile("|".join(g[n] for n in GROUPS[3:])), _compile(g["ref"]))
    return prepared.memo(("sensitive-scanner", vocab), build)


@dataclass
class Sentence:
    """What one sentence holds: spans per group, and where it lies in the text."""
    hits: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    lo: int = 0
    hi: int = 0

    def add_referent(self, start: int, end: int, text: str) -> None:
        """A referent found by other means (a family anchor): 'about X in the same sentence'."""
        if self.lo <= start < self.hi and not self.has("ref"):
            self.hits["ref"] = [(start, end, text.lower())]

    def has(self, group: str) -> bool:
        return bool(self.hits.get(group))

    def first(self, group: str) -> tuple[int, int, str]:
        return self.hits[group][0]


def sentences(sc: Scanner, text: str) -> list[Sentence]:
    """The sentences that hold a topic, with the who-words found in each."""
    topics = list(sc.topics.finditer(text))
    if not topics:
        return []
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    out: list[Sentence] = []
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [m for m in topics if lo <= m.start() < hi]
        if not inside:
            continue
        s = Sentence(lo=lo, hi=hi)
        for m in inside + list(sc.parts.finditer(text, lo, hi)):
            s.hits.setdefault(m.lastgroup or "", []).append((m.start(), m.end(), m.group(0).lower()))
        out.append(s)
    return out


@dataclass
class Detail:
    """The best-scoring sensitive detail of a text field."""
    score: float
    start: int
    end: int
    why: list[str]


def _referent(s: Sentence, post_referent: str, outside: list[str], w: dict) -> tuple[float, str]:
    if s.has("ref"):
        return w["local_weight"], f"about '{s.first('ref')[2]}' in the same sentence"
    candidates = [(w["post_weight"], f"post is about '{post_referent}'")] if post_referent else []
    candidates += [(w["post_weight"], reason) for reason in outside]
    if s.has("ref_weak"):  # beside first-person words a pronoun may be the author's own child
        weight = w["pronoun_weight"] / (2 if s.has("own") else 1)
        candidates.append((weight, f"third person '{s.first('ref_weak')[2]}'"))
    if s.has("topic_self"):
        candidates.append((w["standalone_weight"], "the detail is always about someone"))
    return max(candidates, default=(0.0, ""))


def _own_or_colleague(s: Sentence) -> bool:
    """The sentence is about the author, their own family or colleagues (no supported person in it)."""
    return s.has("colleague") or s.has("own_family") or (s.has("own") and not s.has("ref_weak"))


def best_detail(sents: list[Sentence], sc: Scanner, text: str, outside: list[str], w: dict) -> Detail | None:
    """Score each sentence's topic against who it is about; keep the best."""
    m = sc.refs.search(text) if not all(s.has("ref") for s in sents) else None
    post_ref = m.group(0).lower() if m else ""
    best: Detail | None = None
    for s in sents:
        strong = s.has("topic_strong") or s.has("topic_self")
        if not strong and not s.has("topic_weak"):
            continue
        if not s.has("ref") and not s.has("topic_self") and _own_or_colleague(s):
            continue  # the author's own experience, or colleagues: not a family's detail
        start, end, topic = s.first(next(g for g in GROUPS[:3] if s.has(g)))
        t_weight = w["strong_weight" if strong else "weak_weight"]
        r_weight, r_why = _referent(s, post_ref, outside, w)
        score = t_weight + r_weight
        if r_weight and (best is None or score > best.score):
            best = Detail(score, start, end, [f"{'strong' if strong else 'weak'} topic '{topic}' "
                                              f"+{t_weight:.2f}", f"{r_why} +{r_weight:.2f}"])
    return best
