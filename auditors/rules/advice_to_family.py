"""advice-to-family — advice given to a current or past supported family over social media.

Policy: Twins Trust FCS protocol, Post content 11 ("Do not give out any
advice to any current or past FCS families via any social media platforms.
Families need to be referred to Twins Trust."). Off in packs whose policy has
no such clause (CFT).

Two things must meet: a family context and advice content.

Family context, strongest first:
- a reply to an account that is not enrolled (a family member or the public);
- a public post addressed to a supported parent ("To my FCS mum…", "To the
  family I'm supporting:"), from the pack's `advice_addressees`;
- a post relaying advice given on a visit ("here's what I told her",
  "gave my FCS mum a list of…", "I've told Elin to…": `advice_relay` with an
  addressee, a strong family anchor or a name name-leak judges supported);
- the author's own follow-up in such a thread (a self-reply), which needs
  the same content.

Advice content, in clauses that are not a referral: an advice phrase
(`advice_phrases`: "try", "you need to", "don't sign") and a care topic
(`advice_topics`: feeds, reflux, Calpol, landlord…). Clauses that refer to
the organisation or its official contacts, or only offer the author's own
channel ("text me"), are dropped first: a correct referral is what the
policy asks for. Advice about a third party ("your sister's twins",
`advice_third_party`) in a reply is someone else's family, not a supported one.

Example: reply to a non-enrolled mum "try keeping him upright after feeds"
-> fires; "Please ring Twinline on 0800 138 0509" -> clean.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.facts import org_pattern
from auditors.family import family_signals, supported_names
from auditors.nlp.sentiment import SparseTerms, sentence_spans
from auditors.nlp.textfacts import field_text
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import RuleSpec

RULE = RuleSpec(
    id="advice-to-family", subject="post", severity="high",
    label="Advice to a family online",
    summary="advice given to a supported family over social media",
    message="Gives advice to a supported family over social media",
    advice="Refer the family to the official helpline instead of advising them.",
    clauses={"twins-trust-fcs": "Post content 11"},
    params={},
)
_CLAUSE = re.compile(r"[^,;:.!?\n]+")  # one run between punctuation: linear


_ADDRESSING = re.compile(r"(?<!\w)to\s+(?:(?:my|our|the|a)\s+)?$", re.IGNORECASE)


def addressed_to(text: str, words: frozenset[str], ctx: PostContext) -> str:
    """The addressee phrase when the post speaks to a supported family ("To my FCS mum"), else ''."""
    for start, _end, matched in SparseTerms.for_policy(ctx.prepared, "advice_addressees").matches(text, words):
        if _ADDRESSING.search(text[max(0, start - 12):start]):
            return matched
    return ""


def family_context(post: Post, ctx: PostContext) -> tuple[str, float]:
    """(why, strength) of the post's family context; ('', 0) when there is none."""
    reply = post.in_reply_to
    if reply and reply.account:
        if reply.account == post.account_id:
            return "follow-up in the author's own thread", 0.6
        if not ctx.is_enrolled(reply.account):
            return "reply to an account that is not enrolled", 0.9
        return "", 0.0  # a colleague: peer talk, not a family
    text = post.text
    words = field_text(ctx, "text", text).words
    named = SparseTerms.for_policy(ctx.prepared, "advice_addressees").gate.might_match(words)  # type: ignore[arg-type]
    addressed = addressed_to(text, words, ctx) if named and "to" in words else ""  # type: ignore[arg-type]
    if addressed:
        return f"addressed to a supported family ('to ... {addressed.lower()}')", 0.9
    who = ctx.prepared.pattern("advice_addressees")
    if not _relays(ctx, text, words):  # type: ignore[arg-type]
        return "", 0.0
    if named and who and who.search(text) or _names_someone_supported(post, ctx):
        return "relays advice given to a supported family", 0.85
    return "", 0.0


def _relays(ctx: PostContext, text: str, words: frozenset[str]) -> bool:
    """The post relays advice (`advice_relay`; `advice_relay_patterns` only when one of
    `advice_relay_verbs` is there: a pattern cannot be skipped by its words, and most posts
    tell no one anything)."""
    if SparseTerms.for_policy(ctx.prepared, "advice_relay").search(text, words):
        return True
    verbs = SparseTerms.for_policy(ctx.prepared, "advice_relay_verbs")
    patterns = ctx.prepared.pattern("advice_relay_patterns")
    return bool(patterns and verbs.gate.might_match(words) and patterns.search(text))


def _names_someone_supported(post: Post, ctx: PostContext) -> bool:
    """The post's family anchors ("the mum I'm supporting", "me FCS mam") or a name name-leak
    judges a supported person's ("I've told Elin to set some ground rules"): whoever the
    relayed advice was given to is a supported family."""
    if ctx.account.is_official:
        return False
    return family_signals(post, ctx).strong or any(j.cand.field == "text" for j in supported_names(post, ctx))


def _is_referral(clause: str, ctx: PostContext) -> bool:
    org = org_pattern(ctx.prepared)
    who = ctx.prepared.pattern("advice_addressees", "family")
    named = who.sub(" ", clause) if who is not None else clause  # "my FCS mum" is not a referral to FCS
    if org is not None and org.search(named):
        return True
    ref = ctx.prepared.pattern("advice_referral", "contact_personal_channel")
    return bool(ref and ref.search(clause))


def advice_content(text: str, ctx: PostContext) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """(advice phrases, care topics) in the text's clauses that are not referrals."""
    phrases, topics = ctx.prepared.pattern("advice_phrases"), ctx.prepared.pattern("advice_topics")
    found_p, found_t = [], []
    for s, e in sentence_spans(text):
        for c in _CLAUSE.finditer(text, s, e):
            if _is_referral(c.group(0), ctx):
                continue
            if phrases:
                found_p += list(phrases.finditer(text, c.start(), c.end()))
            if topics:
                found_t += list(topics.finditer(text, c.start(), c.end()))
    return found_p, found_t


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    if not post.text:
        return
    why, strength = family_context(post, ctx)
    if not strength:
        return
    third = ctx.prepared.pattern("advice_third_party")
    if post.in_reply_to and third and third.search(post.text):
        return  # "your sister's twins": a friend's family, not a supported one
    phrases, topics = advice_content(post.text, ctx)
    if not topics or not (phrases or "relays" in why):
        return
    hits = [Hit("text", m.start(), m.end(), m.group(0).lower()) for m in (phrases[:2] + topics[:2])]
    reasons = [why] + [f"advice phrase '{m.group(0).lower()}'" for m in phrases[:2]]
    reasons += [f"care topic '{m.group(0).lower()}'" for m in topics[:2]]
    yield ctx.finding(post, strength, hits, reasons)
