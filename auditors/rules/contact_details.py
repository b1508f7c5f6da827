"""contact-details — wrong or unofficial contact details given when referring someone for help.

Policy: Twins Trust FCS protocol, Post content 4 ("Please refer any requests
for information and support to Twins Trust's website, Twinline number 0800
138 0509 or asktwinline@twinstrust.org"). The official details are the
pack's `[contacts]` (phones, emails, websites); `contacts.retired` names
predecessor organisations whose old numbers must not be given out.

What fires, when the post refers someone for help (a `contact_referral`
word such as "help", "support", "struggling" is present, or the post
replies to an account that is not enrolled, i.e. a member of the public):

- a phone number that is not official, after normalising its format
  (`phonenumbers`): a near miss ("0800 138 0905"), a personal mobile, or a
  number next to a retired organisation's name ("Tamba's Twinline on …");
- an email or website on a wrong domain ("@twinstrust.co.uk") or not official;
- an offer of a personal channel (`contact_personal_channel`: "DM me",
  "WhatsApp me", "message me on here"), even alongside the right number.

A near miss or a retired name fires even without referral words. Clean: the
official details in any spacing or case; a number in a sale post
(`contact_sale_context`: "selling… ono"); a number negated as the wrong one
("Twinline is 0800 138 0509, NOT 0800 138 0905") or a correction post
(`contact_correction`) that restates the official number. Contacts are masked
in excerpts (kind "contact").

Example: "If you need support with your twins, DM me!" -> fires.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.nlp.contacts import Contact, OfficialContacts, find_contacts, judge, official_contacts
from auditors.nlp.sentiment import KeywordGate, common_words
from auditors.nlp.textfacts import field_text
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="contact-details", subject="post", severity="high",
    label="Wrong contact details",
    summary="wrong or unofficial contact details when referring someone for help",
    message="Refers someone for help with wrong or unofficial contact details",
    advice="Use only the official contact details.",
    clauses={"twins-trust-fcs": "Post content 4"},
    params={"region": Param(str, "GB", "phone numbers without a country code are read as this region's"),
            "retired_reach": Param(int, None, "characters around a retired organisation's name searched "
                                                          "for its old number")},
)
_NEGATED = re.compile(r"(?:\bnot|\bisn't|\bisnt|\binstead\s+of|\bwrong(?:\s+number)?|\bnever)\W{0,3}$", re.IGNORECASE)
_NEGATION_REACH = 16  # characters before a number searched for "NOT"


def _official(ctx: PostContext) -> OfficialContacts:
    c = ctx.prepared.section("contacts")
    return official_contacts(tuple(c.get("phones", [])), tuple(c.get("emails", [])),
                             tuple(c.get("websites", [])), ctx.rule.param("region", "GB"))


def is_referral(post: Post, text: str, ctx: PostContext) -> str:
    """Why this post refers someone for help ('' when it does not)."""
    reply = post.in_reply_to
    if reply and reply.account and reply.account != post.account_id and not ctx.is_enrolled(reply.account):
        return "reply to a member of the public"
    pat = ctx.prepared.pattern("contact_referral")
    m = pat.search(text) if pat else None
    return f"referral word '{m.group(0).lower()}'" if m else ""


def is_sale(text: str, ctx: PostContext) -> bool:
    """A number given to sell something (a pram for sale), not to help."""
    pat = ctx.prepared.pattern("contact_sale_context")
    return bool(pat and pat.search(text))


def _is_negated(text: str, c: Contact) -> bool:
    return bool(_NEGATED.search(text[max(0, c.start - _NEGATION_REACH):c.start]))


def _retired_near(text: str, c: Contact, ctx: PostContext) -> str:
    names = ctx.prepared.section("contacts").get("retired", [])
    pat = ctx.prepared.memo("contact_retired", lambda: re.compile(
        "|".join(re.escape(n) for n in names), re.IGNORECASE) if names else None)
    reach = int(ctx.rule.param("retired_reach", 60))
    m = pat.search(text, max(0, c.start - reach), c.start) if pat else None
    return m.group(0) if m else ""


def _judge_contacts(text: str, ctx: PostContext) -> list[tuple[Contact, str, str]]:
    """(contact, verdict, reason) for each contact that is not plainly official."""
    official, out = _official(ctx), []
    for c in find_contacts(text, ctx.rule.param("region", "GB")):
        verdict, reason = judge(c, official)
        retired = _retired_near(text, c, ctx)
        if retired:
            out.append((c, "retired", f"{c.kind} given under retired name '{retired}'"))
        elif verdict != "official" and not _is_negated(text, c):
            out.append((c, verdict, reason))
    return out


def _flagged(suspects: list[tuple[Contact, str, str]], referral: str, correcting: bool) -> list[tuple[Contact, str]]:
    out = []
    for c, verdict, reason in suspects:
        if verdict == "retired" or (verdict == "near-miss" and not correcting):
            out.append((c, reason))
        elif verdict == "unofficial" and referral and c.kind != "domain":
            out.append((c, reason))
    return out


def _channel_gate(ctx: PostContext) -> KeywordGate:
    return ctx.prepared.memo("contact_channel_gate", lambda: KeywordGate(
        ctx.prepared.words("contact_personal_channel"), common_words(ctx.prepared)))


def _channels(text: str, ctx: PostContext) -> list[re.Match[str]]:
    if ctx.account.is_official:  # "DM us" from the organisation's own account is its official channel
        return []
    words = field_text(ctx, "text", text).words
    gate = _channel_gate(ctx)
    if not gate.might_match(words):  # type: ignore[arg-type]
        return []
    pat = ctx.prepared.pattern("contact_personal_channel")
    return list(pat.finditer(text)) if pat else []


# Anything that could be a contact: three digits in a row, an @, a dotted domain. Each test
# starts with a literal or a character class, so the regex engine scans for it quickly.
_DIGITS = re.compile(r"[0-9]{3}")
_DOTTED = re.compile(r"\.[A-Za-z]{2}")


def _has_candidate(text: str) -> bool:
    return "@" in text or bool(_DIGITS.search(text)) or ("." in text and bool(_DOTTED.search(text)))


def _might_hold_contacts(text: str, ctx: PostContext) -> bool:
    """Cheap pre-test so most posts cost one small regex search and one set test."""
    if _has_candidate(text):
        return True
    words = field_text(ctx, "text", text).words
    gate = _channel_gate(ctx)
    return gate.might_match(words)  # type: ignore[arg-type]


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    text = post.text
    if not text or not _might_hold_contacts(text, ctx):
        return
    suspects = _judge_contacts(text, ctx) if _has_candidate(text) else []
    channels = _channels(text, ctx)
    if not suspects and not channels:
        return  # nothing but official details: no need to read the context
    referral = "" if is_sale(text, ctx) else is_referral(post, text, ctx)
    correction = ctx.prepared.pattern("contact_correction")
    hits, why = [], []
    for c, reason in _flagged(suspects, referral, bool(correction and correction.search(text))):
        hits.append(Hit("text", c.start, c.end, c.normal, masks=[(c.start, c.end, "contact")]))
        why.append(f"{reason} ({c.kind} masked)")
    for m in channels if referral else ():
        hits.append(Hit("text", m.start(), m.end(), m.group(0).lower()))
        why.append(f"offers a personal channel '{m.group(0).lower()}'")
    if hits:
        why.append(f"context: {referral or 'wrong details given out'}")
        yield ctx.finding(post, 0.9 if referral else 0.75, hits, why)
