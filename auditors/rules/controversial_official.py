"""controversial-official — political or controversial material from an official account.

Policy: CFT, Official activity ("When material or communications shared by
official accounts may be considered controversial and/or political, staff
will seek the opinion of a colleague or line manager before sharing"); Twins
Trust FCS protocol, Post content 12 ("If in doubt, discuss it with a trusted
colleague") and Guidance for personal use ("avoid Twins Trust entering into
disrepute"). The finding asks for a second pair of eyes; it is not a verdict.

Only official accounts (`role = "official"`) are checked: a volunteer posting
"Vote Green" on a personal account is never this rule.

Scoring, from pack word lists (one token pass over the post):

- `controversial_topics` + `org_controversial_topics` (political actors,
  hot-button topics, the regulator): `topic_weight`, once;
- `controversial_strong` (calls to resign, "shame on", strike slogans,
  endorsing a vote) and `controversial_insults` (sneers and insults:
  "clowns", "greedy profiteers"): `strong_weight` each;
- `controversial_weak` (angry emoji, "RT if you", demands of MPs):
  `weak_weight` each; `controversial_mockery` ("😂", "imagine…"):
  `mockery_weight` each;
- `controversial_measured` (measured campaigning: "calling on", "we
  responded to the consultation"): minus `measured_weight` each.

Fires at `threshold`. Example: "The Health Secretary should resign today" ->
fires; "We're calling on NHS England to implement the NICE guideline" -> clean.
"""
from __future__ import annotations

from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.nlp.sentiment import Cues, cue_score, locate, tokenize
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

DEFAULTS = {"threshold": 3.0, "topic_weight": 1.0, "strong_weight": 2.0, "weak_weight": 1.0,
            "mockery_weight": 1.0, "measured_weight": 1.0}
RULE = RuleSpec(
    id="controversial-official", subject="post", severity="medium",
    label="Controversial post on an official account",
    summary="political or controversial material from an official account",
    message="Political or controversial material from an official account (needs a second pair of eyes)",
    advice="Ask a colleague or line manager to check before sharing.",
    clauses={"twins-trust-fcs": "Post content 12; Guidance for personal use",
           "childrens-family-trust": "Official activity"},
    params={k: Param("number", v) for k, v in DEFAULTS.items()},
)
_TOPIC_LISTS = ("controversial_topics", "org_controversial_topics")


def _p(ctx: PostContext, name: str) -> float:
    return float(ctx.rule.param(name, DEFAULTS[name]))


def _cues(ctx: PostContext) -> Cues:
    weights = {"controversial_strong": _p(ctx, "strong_weight"), "controversial_insults": _p(ctx, "strong_weight"),
               "controversial_weak": _p(ctx, "weak_weight"),
               "controversial_mockery": _p(ctx, "mockery_weight"),
               "controversial_measured": -_p(ctx, "measured_weight")}
    weights.update({name: 0.0 for name in _TOPIC_LISTS})  # topics are counted once, below
    return Cues.for_policy(ctx.prepared, "controversial", weights)


def score_text(text: str, ctx: PostContext) -> tuple[float, list[str], list[str]]:
    """(score, why, matched cue phrases) for one text."""
    hits = _cues(ctx).hits(tokenize(text), text)
    topics = [phrase for cue, phrase in hits if cue.name in _TOPIC_LISTS]
    total, why = cue_score([h for h in hits if h[0].name not in _TOPIC_LISTS])
    if topics:
        total += _p(ctx, "topic_weight")
        why.insert(0, f"political/controversial topic '{topics[0]}' {_p(ctx, 'topic_weight'):+.1f}")
    phrases = [phrase for cue, phrase in hits if cue.weight > 0] + topics[:1]
    return total, why, phrases


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    if not ctx.account.is_official or not post.text:
        return
    threshold = _p(ctx, "threshold")
    total, why, phrases = score_text(post.text, ctx)
    if total < threshold:
        return
    hits = []
    for phrase in phrases[:3]:
        span = locate(phrase, post.text)
        if span:
            hits.append(Hit("text", span[0], span[1], phrase))
    why += ["official account", f"score {total:.1f} >= threshold {threshold:.1f}"]
    yield ctx.finding(post, min(0.95, 0.6 + 0.1 * (total - threshold)), hits, why)
