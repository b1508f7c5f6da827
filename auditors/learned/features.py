"""What the learned heads see of a post: one string and four flags.

    [personal] [reply] [photo] <text> [alt] <alt text> [alt] <alt text>

The organisation's own names, handles, websites and official contact details are
replaced by placeholders taken from the pack (ORG, ORG-SITE, ORG-PHONE, ORG-EMAIL,
OLD-ORG for a retired name). So a head learns the policy — "a phone number that is
not ORG-PHONE", "criticism of ORG" — rather than the names of the organisations it was
trained on, and it follows any organisation that writes its own pack.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from auditors.facts import written_any_way
from socialaudit.core.model import Account, Post

ORG, ORG_SITE, ORG_PHONE, ORG_EMAIL, OLD_ORG = "ORG", "ORG-SITE", "ORG-PHONE", "ORG-EMAIL", "OLD-ORG"
_DIGIT = re.compile(r"\d").search


@dataclass(frozen=True)
class OrgFacts:
    """The organisation's own details, from its pack."""
    names: tuple[str, ...]
    handles: tuple[str, ...]
    websites: tuple[str, ...]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    retired: tuple[str, ...]

    @classmethod
    def from_policy(cls, organisation: Mapping[str, Any], contacts: Mapping[str, Any]) -> "OrgFacts":
        names = [organisation.get("name") or ""] + list(organisation.get("aliases") or [])
        websites = set(organisation.get("websites") or []) | set(contacts.get("websites") or [])
        return cls(tuple(n for n in names if n), tuple(organisation.get("handles") or []), tuple(sorted(websites)),
                   tuple(contacts.get("phones") or []), tuple(contacts.get("emails") or []),
                   tuple(contacts.get("retired") or []))


def _alternation(items, escape: Callable[[str], str] = re.escape) -> str:
    return "|".join(escape(x) for x in sorted(set(items), key=len, reverse=True))


def _phone(number: str) -> str:
    """A number with any spacing, dots or dashes between digits, and +44 for a leading 0."""
    digits = re.sub(r"\D", "", number)
    if not digits.startswith("0"):
        return r"[\s.\-]?".join(digits)
    return r"(?:\+44\s?\(?0?\)?\s?|0)" + r"[\s.\-]?".join(digits[1:])


Substitution = tuple[str | None, re.Pattern[str], str]


def compile_masks(org: OrgFacts) -> list[Substitution]:
    """(needle, pattern, placeholder) in order. A pattern runs only when its needle (a
    character every match contains; None: a digit) is in the text — most posts skip most."""
    subs: list[Substitution] = []
    if org.emails:
        subs.append(("@", re.compile(_alternation(org.emails), re.I), ORG_EMAIL))
    if org.phones:
        subs.append((None, re.compile(r"(?<!\d)(?:" + "|".join(map(_phone, org.phones)) + r")(?!\d)"), ORG_PHONE))
    if org.websites:
        subs.append((".", re.compile(r"(?:https?://)?(?:" + _alternation(org.websites) + r")[/\w\-.]*", re.I),
                     ORG_SITE))
    if org.handles:
        subs.append(("@", re.compile(r"(?<![\w.])(?:" + _alternation(org.handles) + r")(?![\w.@]*\w)", re.I), ORG))
    tags = {h.lstrip("@").split(".")[0] for h in org.handles} | {re.sub(r"\W", "", n) for n in org.names}
    if tags:
        subs.append(("#", re.compile(r"#(?:" + _alternation(tags) + r")\b", re.I), "#ORG"))
    if org.names:
        subs.append(("", re.compile(r"(?<![\w@])#?(?:" + _alternation(org.names, written_any_way) + r")(?!\w)", re.I),
                     ORG))
    if org.retired:
        subs.append(("", re.compile(r"\b(?:" + _alternation(org.retired) + r")\b", re.I), OLD_ORG))
    return subs


def mask_org(text: str, subs: list[Substitution]) -> str:
    for needle, pattern, placeholder in subs:
        if (needle in text) if needle is not None else _DIGIT(text):
            text = pattern.sub(placeholder, text)
    return text


_SEP = "\x00"  # no pattern of compile_masks matches it, crosses it, or reads it as a word character


def mask_many(texts: list[str], subs: list[Substitution]) -> list[str]:
    """mask_org of each text, the same strings, with one regex pass per pattern over the
    texts that hold its needle joined by NUL: no pattern matches or spans a NUL, and a
    NUL reads like the start or end of a text to every lookaround and \\b they use."""
    if any(_SEP in t for t in texts):
        return [mask_org(t, subs) for t in texts]
    out = list(texts)
    for needle, pattern, placeholder in subs:
        rows = [i for i, t in enumerate(out) if ((needle in t) if needle is not None else _DIGIT(t))]
        if rows:
            masked = pattern.sub(placeholder, _SEP.join([out[i] for i in rows])).split(_SEP)
            for i, text in zip(rows, masked):
                out[i] = text
    return out


def context_tokens(post: Post, account: Account | None) -> list[str]:
    tokens = ["[official]" if account is not None and account.role == "official" else "[personal]"]
    if post.in_reply_to is not None:
        tokens.append("[reply]")
    tokens += [f"[{kind}]" for kind in sorted({m.type or "photo" for m in post.media})]
    return tokens


def feature_parts(post: Post, account: Account | None) -> list[str]:
    """The pieces of the feature string before masking (joined by spaces)."""
    parts = context_tokens(post, account) + [post.text or ""]
    for m in post.media:
        if m.alt_text:
            parts += ["[alt]", m.alt_text]
    return parts


def feature_string(post: Post, account: Account | None, subs: list[Substitution]) -> str:
    return mask_org(" ".join(feature_parts(post, account)), subs)


def flags(post: Post, account: Account | None) -> list[float]:
    """Official account, a reply, has media, has alt text."""
    return [float(account is not None and account.role == "official"), float(post.in_reply_to is not None),
            float(bool(post.media)), float(any(m.alt_text for m in post.media))]
