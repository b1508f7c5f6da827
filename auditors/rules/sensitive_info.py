"""sensitive-info — private details about a supported family or a child in care.

Policy: Twins Trust FCS protocol, Post content 1 ("Never disclose sensitive or
private information about any past or present FCS family"); CFT,
Confidentiality ("do not publish any information about a child or young person
on any social media platform").

Fires on a detail (health, diagnosis, crisis, police, housing, bereavement,
benefits and money, unemployment, placement and contact, court, school
exclusion or results, a named school or hospital) said about someone the
author supports, with or without a name: "A dad I support has been signed off
work with stress" fires; anonymity does not excuse it. Who counts: the pack's
referent words, and the family anchors every rule shares (`auditors.family`: "me
FCS mam", "lass I were helpin", "the lad I mentor"), except on official accounts.
See `auditors.nlp.sensitive` for the scoring.

Does not fire on the author's own experience ("Ours were in NICU for 5
weeks"), on general descriptions of the service or aggregate numbers with no
one in particular ("3 reviews, 2 contact sessions..."), on sentences about
colleagues ("my coordinator's been off sick"), on the organisation's own
published case study, or on an official account's post that names no one
name-leak judges supported (campaigns and recruitment speak of people in general:
"Every young person leaving care deserves a fair start").

Example: "My FCS mum in Sparkhill has just found out she's being evicted" ->
fires ("strong topic 'evicted'", "about 'my fcs mum' in the same sentence").

Tune in `[rules.sensitive-info]`: `threshold`, `strong_topics` / `weak_topics`
(names of `[vocabulary]` lists: which details count and how much),
`referent_vocabularies` (who counts as a supported person; CFT adds children
in care), `standalone_topics` (details that are always about someone, such as
a placement arriving: CFT), and the `*_weight` keys.
"""
from __future__ import annotations

from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.facts import post_text
from auditors.family import family_signals, supported_names
from auditors.nlp.names_context import is_authorised_story
from auditors.nlp.names_vocab import trigger_words, word_set
from auditors.nlp.sensitive import DEFAULTS, Detail, SensitiveVocab, Sentence, best_detail, scanner, sentences
from auditors.nlp.textfacts import field_text
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="sensitive-info", subject="post", severity="high",
    label="Private details about a family",
    summary=("private details about a supported family or a child in care (health, crisis, placement, "
             "school, money…), even without a name"),
    message="Shares private details about a supported family or a child in care",
    advice="Remove the details: even without a name they can identify the family.",
    clauses={"twins-trust-fcs": "Post content 1", "childrens-family-trust": "Confidentiality"},
    params={**{k: Param("number", v) for k, v in DEFAULTS.items()}, "strong_topics": Param("strs"),
            "weak_topics": Param("strs"), "referent_vocabularies": Param("strs"), "standalone_topics": Param("strs")},
)
STRONG = ["sens_health", "sens_crisis", "sens_money", "sens_care", "sens_school"]
WEAK = ["sens_health_weak"]
REFERENTS = ["sens_referents"]


def _vocab(ctx: PostContext) -> SensitiveVocab:
    r = ctx.rule
    return SensitiveVocab(tuple(r.param("strong_topics", STRONG)), tuple(r.param("weak_topics", WEAK)),
                          tuple(r.param("referent_vocabularies", REFERENTS)),
                          standalone=tuple(r.param("standalone_topics", ())))


def outside_referents(post: Post, ctx: PostContext) -> list[str]:
    """Signals beyond the words: a supported person named, a reply to a family member."""
    out = []
    if supported_names(post, ctx):
        out.append("names a supported person")
    reply = post.in_reply_to.account if post.in_reply_to else None
    if reply and not ctx.is_enrolled(reply) and not ctx.account.is_official:
        out.append("reply to a non-enrolled account")
    return out


def _prepared(ctx: PostContext) -> tuple[dict, SensitiveVocab, frozenset[str]]:
    """Weights, vocabulary roles and topic trigger words, once per policy."""
    def compute() -> tuple[dict, SensitiveVocab, frozenset[str]]:
        vocab = _vocab(ctx)
        topics = [t for v in vocab.strong + vocab.weak + vocab.standalone for t in ctx.prepared.words(v)]
        stop = word_set(ctx.prepared, "name_stopwords")
        return {k: float(ctx.rule.param(k, v)) for k, v in DEFAULTS.items()}, vocab, trigger_words(topics, stop)
    return ctx.prepared.memo(("sensitive-info", RULE.id), compute)


def _add_family_anchors(post: Post, ctx: PostContext, field: str, sents: list[Sentence]) -> None:
    """The post's strong family anchors ("me FCS mam", "the lad I mentor", "lass I were helpin")
    are referents in their sentence, as the rule's own referent words are. Not on an official
    account, whose "children in care" are children in general."""
    if ctx.account.is_official:
        return
    for a in family_signals(post, ctx).anchors:
        if a.strong and a.field == field:
            for s in sents:
                s.add_referent(a.start, a.end, a.text)


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    w, vocab, triggers = _prepared(ctx)
    found: list[tuple[str, str, Detail]] = []
    outside: list[str] | None = None
    for name, text in ctx.fields(post):
        if triggers.isdisjoint(field_text(ctx, name, text).alnum):
            continue  # no topic word at all: most posts stop here
        sc = scanner(ctx.prepared, vocab)
        sents = sentences(sc, text)
        if not sents:
            continue
        if outside is None:
            if ctx.account.is_official and not supported_names(post, ctx):
                return  # an official post speaks of people in general ("every young person leaving care…")
            if is_authorised_story(post, ctx, post_text(post)):
                return
            outside = outside_referents(post, ctx)
        _add_family_anchors(post, ctx, name, sents)
        detail = best_detail(sents, sc, text, outside, w)
        if detail and detail.score >= w["threshold"]:
            found.append((name, text, detail))
    if not found:
        return
    hits, why = [], []
    for name, text, d in found:
        span = text[d.start:d.end]
        masks = [(d.start, d.end, "place")] if span[:1].isupper() and " " in span else []
        hits.append(Hit(name, d.start, d.end, span.lower(), masks=masks))
        why += d.why
    best = max(d.score for _, _, d in found)
    why.append(f"score {best:.2f} >= threshold {w['threshold']:.2f}")
    yield ctx.finding(post, min(0.99, 0.4 + best / 2), hits, why)
