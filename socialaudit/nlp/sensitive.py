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

from ..policy import Policy

GROUPS = ("topic_strong", "topic_weak", "ref", "ref_weak", "own", "colleague")
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n+")
DEFAULTS = {"threshold": 0.6, "strong_weight": 0.45, "weak_weight": 0.25, "local_weight": 0.35,
            "pronoun_weight": 0.2, "post_weight": 0.25}


@dataclass(frozen=True)
class SensitiveVocab:
    """Which pack vocabularies play which part (the rule's parameters)."""
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    referents: tuple[str, ...]
    weak_referents: tuple[str, ...] = ("sens_weak_referents",)
    own: tuple[str, ...] = ("sens_own",)
    colleagues: tuple[str, ...] = ("sens_colleagues",)


def _source(term: str) -> str:
    term = term.strip()
    return f"(?:{term[3:]})" if term.startswith("re:") else r"\s+".join(map(re.escape, term.split()))


def _group(policy: Policy, name: str, vocabularies: tuple[str, ...]) -> str:
    terms = sorted({t for v in vocabularies for t in policy.words(v) if t.strip()}, key=len, reverse=True)
    return f"(?P<{name}>" + ("|".join(_source(t) for t in terms) or r"(?!x)x") + ")"


def scanner(policy: Policy, vocab: SensitiveVocab) -> re.Pattern[str]:
    """One word-bounded alternation with a named group per part (cached on the policy)."""
    def build() -> re.Pattern[str]:
        parts = [_group(policy, g, v) for g, v in zip(GROUPS, (
            vocab.strong, vocab.weak, vocab.referents, vocab.weak_referents, vocab.own, vocab.colleagues))]
        return re.compile(r"(?<![\w@#])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    return policy.cached(("sensitive-scanner", vocab), build)


@dataclass
class Sentence:
    """What one sentence holds: spans per group."""
    hits: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    def has(self, group: str) -> bool:
        return bool(self.hits.get(group))

    def first(self, group: str) -> tuple[int, int, str]:
        return self.hits[group][0]


def sentences(pattern: re.Pattern[str], text: str) -> list[Sentence]:
    """Group the scanner's matches by sentence."""
    bounds = [m.end() for m in SENTENCE_END.finditer(text)]
    out: list[Sentence] = []
    idx, current = 0, Sentence()
    for m in pattern.finditer(text):
        while idx < len(bounds) and m.start() >= bounds[idx]:
            idx += 1
            if current.hits:
                out.append(current)
            current = Sentence()
        current.hits.setdefault(m.lastgroup or "", []).append((m.start(), m.end(), m.group(0).lower()))
    if current.hits:
        out.append(current)
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
    if s.has("ref_weak"):
        candidates.append((w["pronoun_weight"], f"third person '{s.first('ref_weak')[2]}'"))
    return max(candidates, default=(0.0, ""))


def best_detail(sents: list[Sentence], outside: list[str], w: dict) -> Detail | None:
    """Score each sentence's topic against who it is about; keep the best."""
    post_ref = next((s.first("ref")[2] for s in sents if s.has("ref")), "")
    best: Detail | None = None
    for s in sents:
        strong = s.has("topic_strong")
        if not strong and not s.has("topic_weak"):
            continue
        if not s.has("ref") and (s.has("colleague") or s.has("own") and not s.has("ref_weak")):
            continue  # the author's own experience, or colleagues: not a family's detail
        start, end, topic = s.first("topic_strong" if strong else "topic_weak")
        t_weight = w["strong_weight" if strong else "weak_weight"]
        r_weight, r_why = _referent(s, post_ref, outside, w)
        score = t_weight + r_weight
        if r_weight and (best is None or score > best.score):
            best = Detail(score, start, end, [f"{'strong' if strong else 'weak'} topic '{topic}' "
                                              f"+{t_weight:.2f}", f"{r_why} +{r_weight:.2f}"])
    return best
