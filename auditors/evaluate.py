"""Running the rules on one subject: the policy's enabled rules, each guarded so that one
failing rule is recorded and skipped (STYLE: bandit), and the findings merged per rule
and rendered (masked excerpts). No audit state: a worker process holds its own."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable

from auditors import registry
from auditors.context import AccountActivity, AccountContext, PostContext
from auditors.excerpts import merge_per_rule, render
from auditors.mediainfo import MediaInfo, load_media
from auditors.prepared import Prepared
from auditors.registry import Rule
from socialaudit.core.model import Account, Finding, Post, default_account_for
from socialaudit.core.policy import RuleSettings
from socialaudit.core.sources import AuditError

log = logging.getLogger(__name__)


@dataclass
class RuleSet:
    """The policy's enabled rules (or the ones asked for), with their settings."""
    post: list[tuple[Rule, RuleSettings]]
    account: list[tuple[Rule, RuleSettings]]

    @classmethod
    def of(cls, prepared: Prepared, only: Iterable[str] | None = None) -> "RuleSet":
        wanted = set(only) if only else None
        post, account = [], []
        for rule in registry.all_rules():
            settings = prepared.rule(rule.id)
            if settings.enabled and (wanted is None or rule.id in wanted):
                (post if rule.spec.subject == "post" else account).append((rule, settings))
        return cls(post, account)


@dataclass
class PostResult:
    """What evaluating one post gives, before any bookkeeping (workers return these)."""
    line: int | None
    post: Post
    findings: list[Finding]
    tags: set[str]
    errors: list[AuditError] = field(default_factory=list)
    media: int = 0


class Evaluator:
    """Runs the rules on one subject under a prepared policy. Holds no audit state, so a
    worker process can have its own."""

    def __init__(self, prepared: Prepared, only: Iterable[str] | None = None,
                 accounts: dict[str, Account] | None = None):
        self.prepared = prepared
        self.rules = RuleSet.of(prepared, only)
        self.accounts = accounts if accounts is not None else {}

    def post(self, post: Post, source_name: str = "-", media_root=None, line: int | None = None) -> PostResult:
        result = PostResult(line, post, [], set())
        account = self.accounts.get(post.account_id) or default_account_for(post)
        media = self._media(post, source_name, media_root, line, result)
        cache: dict = {}
        findings: list[Finding] = []
        for rule, settings in self.rules.post:
            ctx = PostContext(self.prepared, settings, account, media, self.accounts.__contains__, cache)
            findings += self._guarded(rule, post, ctx, result.errors, source_name, line)
        result.findings = render(merge_per_rule(findings), post, self.prepared)
        result.tags = set(cache.get("tags", ()))
        return result

    def account(self, account: Account, activity: AccountActivity, errors: list[AuditError],
                source_name: str = "-") -> list[Finding]:
        findings: list[Finding] = []
        for rule, settings in self.rules.account:
            ctx = AccountContext(self.prepared, settings, activity)
            findings += self._guarded(rule, account, ctx, errors, source_name, None)
        return render(merge_per_rule(findings), account, self.prepared)

    @staticmethod
    def _media(post: Post, source_name: str, root, line: int | None, result: PostResult) -> list[MediaInfo]:
        infos = []
        for i, m in enumerate(post.media):
            info = load_media(m, i, root)
            result.media += 1
            if info.error:
                result.errors.append(AuditError(source_name, line, f"{info.error}: {m.path}"))
            infos.append(info)
        return infos

    @staticmethod
    def _guarded(rule: Rule, subject, ctx, errors: list[AuditError], source_name: str,
                 line: int | None) -> list[Finding]:
        try:
            return [f for f in rule.check(subject, ctx) if f.confidence >= ctx.rule.min_confidence]
        except Exception as e:  # one broken rule must not take the run down
            log.warning("rule %s failed on %s: %s", rule.id, subject.id, type(e).__name__)
            reason = f"rule {rule.id} failed on {subject.id}: {type(e).__name__}: {e}"
            errors.append(AuditError(source_name, line, reason))
            return []
