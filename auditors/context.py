"""What a rule's `check()` receives: the subject, the prepared policy, the rule's
settings and the facts gathered once per post.

A rule is one small, pure module in auditors/rules (see `auditors/rules/geotag.py`):

    RULE = RuleSpec(id="geotag", subject="post", severity="high", label=..., summary=...,
                    message=..., advice=..., clauses={...}, params={...})
    def check(subject, ctx) -> Iterator[Finding]

`ctx.finding(...)` fills in rule id, severity, clause and message from the rule's
settings (its declaration with the pack's overrides), so a rule only says what it
saw, how sure it is and why. `ctx.prepared` holds what every rule builds from the
policy (compiled word lists, the hashed register), built once per audit.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from auditors.mediainfo import MediaInfo
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Evidence, Finding, Post
from socialaudit.core.policy import RuleSettings
from socialaudit.core.redact import Span


@dataclass
class Hit:
    """A piece of evidence in a text field, before redaction."""
    field: str
    start: int
    end: int
    matched: str
    masks: list[Span] = field(default_factory=list)


@dataclass
class PostContext:
    prepared: Prepared
    rule: RuleSettings
    account: Account
    media: list[MediaInfo]
    is_enrolled: Callable[[str], bool]
    cache: dict = field(default_factory=dict)  # shared by all auditors of one post
    # names the account's other posts show to be the author's own family (auditors.nlp.names_own)
    own_family: frozenset[str] = frozenset()
    # names the account's other posts show to be supported people (AccountFamily.known)
    known_names: frozenset[str] = frozenset()

    def fields(self, post: Post) -> list[tuple[str, str]]:
        """The post's text fields an auditor may quote: the text and each alt text (listed once
        per post; callers only read the list)."""
        known = self.cache.get("fields")
        if known is not None and known[0] is post:
            return known[1]
        out = [("text", post.text)] if post.text else []
        out += [(f"media[{i}].alt_text", m.alt_text) for i, m in enumerate(post.media) if m.alt_text]
        self.cache["fields"] = (post, out)
        return out

    def shared(self, key: str, compute: Callable[[], object]) -> object:
        """Compute a per-post fact once for all auditors (e.g. 'is this about the service?')."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def finding(self, post: Post, confidence: float, hits: Iterable[Hit | Evidence] = (),
                why: Iterable[str] = (), *, severity: str | None = None,
                message: str | None = None) -> Finding:
        return make_finding(self.rule, post.id, "post", post.account_id, confidence, hits, why, severity, message)


@dataclass
class AccountActivity:
    """What the pipeline learned about an account from its posts (for account rules)."""
    posts: int = 0
    rule_hits: Counter = field(default_factory=Counter)
    tags: Counter = field(default_factory=Counter)  # facts auditors noted, e.g. 'service-post'


@dataclass
class AccountContext:
    prepared: Prepared
    rule: RuleSettings
    activity: AccountActivity
    cache: dict = field(default_factory=dict)

    def finding(self, account: Account, confidence: float, hits: Iterable[Hit | Evidence] = (),
                why: Iterable[str] = (), *, severity: str | None = None,
                message: str | None = None) -> Finding:
        return make_finding(self.rule, account.id, "account", account.id, confidence, hits, why, severity, message)


def make_finding(rule: RuleSettings, subject: str, kind: str, account_id: str | None, confidence: float,
          hits: Iterable[Hit | Evidence], why: Iterable[str], severity: str | None,
          message: str | None) -> Finding:
    evidence: list[Evidence] = []
    masks: list[Span] = []
    for h in hits:
        if isinstance(h, Hit):
            evidence.append(Evidence(h.field, h.start, h.end, "", h.matched))
            masks += [(s, e, k, h.field) for s, e, k in h.masks]  # type: ignore[misc]
        else:
            evidence.append(h)
    return Finding(rule=rule.id, severity=severity or rule.severity, subject=subject, subject_kind=kind,
                   account_id=account_id, clause=rule.clause, message=message or rule.message,
                   confidence=max(0.0, min(1.0, confidence)), evidence=evidence, explanation=list(why),
                   masks=masks)
