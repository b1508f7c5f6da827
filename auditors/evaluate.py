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
from auditors.learned.layer import LearnedLayer
from auditors.mediainfo import MediaInfo, load_media
from auditors.nlp.places import Place
from auditors.photothreads import PhotoThreads
from auditors.prepared import Prepared
from auditors.privacy import places_found
from auditors.registry import Rule
from socialaudit.core.errors import RecordError
from socialaudit.core.model import Account, Finding, Post, default_account_for, parse_record
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


def classify(line: int | None, rec: dict | RecordError, source_name: str) -> Post | Account | AuditError | None:
    """A read record as what the audit does with it: a post to audit, an account to count,
    an error to report (a bad record), or None (a blank line while reading accounts)."""
    if isinstance(rec, dict) and not rec:
        return None
    try:
        if isinstance(rec, RecordError):
            raise rec
        return parse_record(rec)
    except RecordError as e:  # parse_record raises nothing else
        return AuditError(source_name, line, str(e))


def _has_media_files(item: tuple[int | None, Post]) -> bool:
    return any(m.path for m in item[1].media)


class Evaluator:
    """Runs the rules on one subject under a prepared policy, and the learned layer (when
    given) on batches of posts. Holds no audit state, so a worker process can have its own."""

    def __init__(self, prepared: Prepared, only: Iterable[str] | None = None,
                 accounts: dict[str, Account] | None = None, learned: LearnedLayer | None = None,
                 photo_threads: int | None = None):
        self.prepared = prepared
        self.photo_threads = PhotoThreads(photo_threads)  # posts with photos on every core
        self.rules = RuleSet.of(prepared, only)
        self.accounts = accounts if accounts is not None else {}
        self.learned = learned
        self.own_family: dict[str, frozenset[str]] = {}  # per account: see auditors.nlp.names_own
        self.known_names: dict[str, frozenset[str]] = {}  # per account: AccountFamily.known
        self._post_rules = {rule.id for rule, _ in self.rules.post}

    @property
    def post_rule_ids(self) -> frozenset[str]:
        """The ids of the post rules this evaluator runs."""
        return frozenset(self._post_rules)

    def post(self, post: Post, source_name: str = "-", media_root=None, line: int | None = None) -> PostResult:
        return self.posts([(line, post)], source_name, media_root)[0]

    def posts(self, items: list[tuple[int | None, Post]], source_name: str = "-", media_root=None) -> list[PostResult]:
        """A batch of posts: the rules on each, then the learned layer on all at once (its
        encoder is far faster on a batch), then one merge and render per post."""
        staged = self.photo_threads.map(lambda item: self._rules(item[1], source_name, media_root, item[0]),
                                        items, _has_media_files)
        extra: list[list[Finding]] = [[] for _ in staged]
        if self.learned is not None and staged:
            extra = self.learned.findings([(r.post, account) for r, account, _, _ in staged],
                                          [{f.rule for f in found} for _, _, found, _ in staged])
        results = []
        for (result, _, found, places), added in zip(staged, extra):
            added = [f for f in added if f.rule in self._post_rules]
            result.findings = render(merge_per_rule(found + added), result.post, self.prepared, places)
            results.append(result)
        return results

    def _rules(self, post: Post, source_name: str, media_root, line: int | None
               ) -> tuple[PostResult, Account, list[Finding], dict[str, list[Place]]]:
        """The rules on one post: its result, account and findings, and the places the rules
        found in its fields (its excerpts reuse them)."""
        result = PostResult(line, post, [], set())
        account = self.accounts.get(post.account_id) or default_account_for(post)
        media = self._media(post, source_name, media_root, line, result)
        cache: dict = {}
        findings: list[Finding] = []
        enrolled, own_family = self.accounts.__contains__, self.own_family.get(post.account_id, frozenset())
        known = self.known_names.get(post.account_id, frozenset())
        for rule, settings in self.rules.post:
            ctx = PostContext(self.prepared, settings, account, media, enrolled, cache, own_family, known)
            findings += self._guarded(rule, post, ctx, result.errors, source_name, line)
        result.tags = set(cache.get("tags", ()))
        return result, account, findings, places_found(cache)

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
