"""criticism — public criticism of the organisation, its staff, carers, partners or colleagues.

Policy: Twins Trust FCS protocol, Guidance for personal use ("Ensure you are
respectful towards Twins Trust, other staff members, supporters, other
agencies and partners"); CFT, Personal activity ("Publically criticising CFT,
colleagues, carers, partners and stakeholders online is considered
unacceptable").

How it decides (target-aware, not whole-post sentiment):

1. Find target mentions: the organisation's names, aliases and handles
   (`org_pattern`) and the pack's target words (`criticism_targets`,
   `org_criticism_targets`: "coordinator", "head office", "the council"...).
   A mention right after a shield word ("campaign *against* foster carers",
   "*thanks* to the team") is the target being defended, not attacked.
2. Score the window from the mention's sentence to the next
   `window_sentences` sentences: pack cue phrases (`criticism_strong`,
   `criticism_weak` incl. eye-roll emoji), VADER lexicon negativity, minus
   positive words and constructive cues ("fed back to the team",
   "suggestions").
3. Retractions and peer nudges anywhere in the post ("sorry for my rant",
   "maybe raise it with your coordinator rather than on here") lower every
   window by `mitigation_weight`.
4. A reply in a colleague's thread that opens by agreeing ("Preach 🙌 ours is
   exactly the same…") is scored as joining in with that thread's criticism.

Fires when the best window reaches `threshold`. Example: "Honestly the
expenses process for FCS volunteers is a joke. Sort it out @TwinsTrust 🤬" ->
fires; "Bit of a rant: the trains are a disgrace" -> clean (no target).

Tune in a pack: add target words to `[vocabulary] org_criticism_targets`,
phrases to the cue lists, and adjust `[rules.criticism] threshold`,
`window_sentences` or the weights.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.facts import describes_a_family, org_pattern
from auditors.nlp.sentiment import (
    Cues,
    KeywordGate,
    SparseTerms,
    common_words,
    cue_score,
    lexicon,
    locate,
    polarity,
    sentence_spans,
    tokenize,
    window_after,
)
from auditors.nlp.textfacts import field_text
from auditors.prepared import Prepared, compile_terms
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

DEFAULTS = {"threshold": 1.5, "window_sentences": 2, "window_chars": 240, "strong_weight": 2.0,
            "weak_weight": 1.0, "lexicon_weight": 0.5, "positive_weight": 0.25,
            "constructive_weight": 2.5, "mitigation_weight": 3.0,
            "shouting_weight": 0.5, "complaint_weight": 0.5}
RULE = RuleSpec(
    id="criticism", subject="post", severity="medium",
    label="Public criticism",
    summary="public criticism of the organisation, its staff, carers, partners or colleagues",
    message="Publicly criticises the organisation, its people or partners",
    advice="Raise concerns privately with your coordinator instead.",
    clauses={"twins-trust-fcs": "Guidance for personal use", "childrens-family-trust": "Personal activity"},
    params={**{k: Param(int if isinstance(v, int) and k.startswith("window") else "number", v)
               for k, v in DEFAULTS.items()},
            "target_vocabularies": Param("strs"), "descriptor_vocabularies": Param("strs")},
)
_SHIELD_REACH = 30  # characters before a mention searched for a shield word
_AGREEMENT_REACH = 4  # an agreeing reply says so in its first few tokens
_CLAUSE_BREAK = re.compile(r"[.!?,;:]")
# A shouted word of five or more capitals ("AGAIN", "A RECEIPT"); shorter ones are mostly acronyms.
_SHOUT = re.compile(r"(?<![A-Za-z])[A-Z]{5,}(?![A-Za-z])")


@dataclass
class Window:
    """A scored stretch of text after one target mention."""
    target: tuple[int, int, str] | None  # (start, end, matched) of the mention
    start: int
    end: int
    score: float = 0.0
    why: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int, str]] = field(default_factory=list)


def _p(ctx: PostContext, name: str) -> float:
    # Rule settings come from the policy, so a policy-level cache holds them for every post.
    params = ctx.prepared.memo("criticism_params", lambda: {
        k: float(ctx.rule.param(k, v)) for k, v in DEFAULTS.items()})
    return params[name]


def _targets(prepared: Prepared, vocabularies: tuple[str, ...]) -> SparseTerms:
    return prepared.memo(("criticism_targets", vocabularies), lambda: SparseTerms(
        prepared.org_terms() + [t for v in vocabularies for t in prepared.words(v)], common_words(prepared)))


def _cues(ctx: PostContext) -> tuple[Cues, Cues, Cues]:
    return ctx.prepared.memo("criticism_cue_sets", lambda: _build_cues(ctx))


def _build_cues(ctx: PostContext) -> tuple[Cues, Cues, Cues]:
    window = Cues.for_policy(ctx.prepared, "criticism_window", {
        "criticism_strong": _p(ctx, "strong_weight"), "criticism_weak": _p(ctx, "weak_weight"),
        "criticism_constructive": -_p(ctx, "constructive_weight"),
        "criticism_complaint": _p(ctx, "complaint_weight")})
    mitigation = Cues.for_policy(ctx.prepared, "criticism_mitigation", {
        "criticism_retraction": -_p(ctx, "mitigation_weight"),
        "criticism_nudge": -_p(ctx, "mitigation_weight")})
    agreement = Cues.for_policy(ctx.prepared, "criticism_agreement", {"criticism_agreement": 0.0})
    return window, mitigation, agreement


def is_shielded(text: str, start: int, shield: re.Pattern[str] | None) -> bool:
    """True when the mention is what the post defends or thanks ("against foster carers")."""
    if shield is None:
        return False
    before = text[max(0, start - _SHIELD_REACH):start]
    last = None
    for m in shield.finditer(before):
        last = m
    return last is not None and not _CLAUSE_BREAK.search(before, last.end())


def _neutral(prepared: Prepared) -> frozenset[str]:
    """Words the lexicon must not score: the pack's list plus the organisation's own names."""
    def build() -> frozenset[str]:
        org = prepared.organisation
        names = " ".join([org.get("name", ""), *org.get("aliases", [])])
        return frozenset(t.lower() for t in prepared.words("sentiment_neutral")) | frozenset(tokenize(names))
    return prepared.memo("criticism_neutral", build)


def _score(text: str, w: Window, ctx: PostContext, cues: Cues) -> None:
    chunk = text[w.start:w.end]
    tokens = tokenize(chunk)
    hits = cues.hits(tokens, chunk)
    cue_total, cue_why = cue_score(hits)
    for cue, phrase in hits:
        span = locate(phrase, text, w.start, w.end) if cue.weight > 0 and len(w.evidence) < 2 else None
        if span:
            w.evidence.append((*span, phrase))
    pol = polarity(tokens, _neutral(ctx.prepared))
    lex = _p(ctx, "lexicon_weight") * pol.neg - _p(ctx, "positive_weight") * pol.pos
    shout = _SHOUT.search(chunk)
    if shout:
        cue_total += _p(ctx, "shouting_weight")
        cue_why.append(f"shouting '{shout.group(0).lower()}' {_p(ctx, 'shouting_weight'):+.1f}")
    w.score += cue_total + lex
    w.why += cue_why
    if pol.negative_words or pol.positive_words:
        w.why.append(f"lexicon -{pol.neg:.1f} {pol.negative_words[:3]} +{pol.pos:.1f} "
                     f"{pol.positive_words[:3]} -> {lex:+.2f}")


def _negativity_gate(prepared: Prepared) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Words that can make a window negative (lexicon negatives, cue key words) and the 're:' cues."""
    def build() -> tuple[frozenset[str], re.Pattern[str] | None]:
        lists = ("criticism_strong", "criticism_weak", "criticism_complaint")
        terms = [t for n in lists for t in prepared.words(n)]
        negative = {w for w, v in lexicon().valence.items() if v < 0} - _neutral(prepared)
        keys = KeywordGate(terms, common_words(prepared)).keys
        return frozenset(negative) | keys, compile_terms([t for t in terms if t.startswith("re:")])
    return prepared.memo("criticism_negativity_gate", build)


def may_be_negative(text: str, words: frozenset[str], prepared: Prepared) -> bool:
    """False when no window of this post can score above zero: skip the window scoring."""
    keys, regex = _negativity_gate(prepared)
    return not keys.isdisjoint(words) or bool(_SHOUT.search(text)) or bool(regex and regex.search(text))


def _windows(text: str, ctx: PostContext, agreeing: bool) -> list[Window]:
    vocabularies = tuple(ctx.rule.param("target_vocabularies", ["criticism_targets", "org_criticism_targets"]))
    targets, words = _targets(ctx.prepared, vocabularies), field_text(ctx, "text", text).words
    found = []
    if targets.gate.might_match(words) and may_be_negative(text, words, ctx.prepared):  # type: ignore[arg-type]
        found = targets.matches(text, words)  # type: ignore[arg-type]
    shield = ctx.prepared.pattern("criticism_shield")
    spans = sentence_spans(text) if found or agreeing else []
    seen, windows = set(), []
    described = _descriptor_spans(text, ctx, words) if found else []  # type: ignore[arg-type]
    for m in found:
        if is_shielded(text, m[0], shield) or any(s <= m[0] < e for s, e, _ in described):
            continue
        if _describes_a_family(ctx.prepared, text, m):  # "my fcs mam": a family, not a target
            continue
        s, e = window_after(spans, m[0], int(_p(ctx, "window_sentences")), int(_p(ctx, "window_chars")))
        if (s, e) not in seen:
            seen.add((s, e))
            windows.append(Window(m, s, e, why=[f"target '{m[2]}'"]))
    if agreeing and not windows:
        windows.append(Window(None, 0, len(text), why=["reply agrees with a colleague's thread"]))
    return windows


def _describes_a_family(prepared: Prepared, text: str, m: tuple[int, int, str]) -> bool:
    """An organisation mention that describes a family ("my fcs mam lost her dad"), not a target."""
    org = org_pattern(prepared)
    hit = org.match(text, m[0]) if org is not None else None
    return hit is not None and describes_a_family(prepared, text, hit.start(), hit.end())


def _descriptor_spans(text: str, ctx: PostContext, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """Spans where the organisation's name only describes a family ("my FCS mum"): not a target."""
    names = tuple(ctx.rule.param("descriptor_vocabularies", ["family", "child_in_care"]))
    return SparseTerms.for_policy(ctx.prepared, *names).matches(text, words)


def _agrees_in_thread(post: Post, text: str, ctx: PostContext, agreement: Cues) -> bool:
    reply = post.in_reply_to
    if reply is None or not reply.account or reply.account == post.account_id:
        return False
    if not ctx.is_enrolled(reply.account):
        return False
    return bool(agreement.hits(tokenize(text)[:_AGREEMENT_REACH]))


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    window_cues, mitigation, agreement = _cues(ctx)
    threshold = _p(ctx, "threshold")
    # Post text only: alt texts describe pictures ("T-shirt mock-up"), they do not voice opinions.
    for name, text in ctx.fields(post)[:1] if post.text else ():
        agreeing = _agrees_in_thread(post, text, ctx, agreement)
        windows = _windows(text, ctx, agreeing)
        if not windows:
            continue
        for w in windows:
            _score(text, w, ctx, window_cues)
        best = max(windows, key=lambda w: w.score)
        if best.score >= threshold:  # only then can a retraction or nudge matter
            mit_total, mit_why = cue_score(mitigation.hits(tokenize(text), text), per_list_cap=1)
            best.score += mit_total
            best.why += mit_why
        if best.score >= threshold:
            yield _finding(post, ctx, name, best, threshold)
            return


def _finding(post: Post, ctx: PostContext, field_name: str, w: Window, threshold: float) -> Finding:
    hits = []
    if w.target is not None:
        hits.append(Hit(field_name, *w.target))
    hits += [Hit(field_name, s, e, t) for s, e, t in w.evidence]
    if not hits:
        hits.append(Hit(field_name, w.start, w.end, "thread agreement"))
    why = [*w.why, f"window score {w.score:.2f} >= threshold {threshold:.2f}"]
    confidence = min(0.95, 0.6 + 0.1 * (w.score - threshold))
    return ctx.finding(post, confidence, hits, why)
