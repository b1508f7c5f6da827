"""The audit pipeline: records in, findings out, streaming.

Pass 1 reads only the account records; pass 2 audits every post as it is read,
noting per-account facts; account rules run last. Memory grows with the number
of accounts, never with the number of posts. One failing auditor is recorded
and skipped (STYLE: bandit); it never aborts the run.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from types import ModuleType
from typing import Callable, Iterable, Iterator

from auditors import registry

from auditors.context import AccountActivity, AccountContext, PostContext
from auditors.media import MediaInfo, load_media
from socialaudit.core.model import Account, Finding, Post, RecordError, default_account_for, parse_record
from auditors import privacy
from socialaudit.core.policy import Policy
from socialaudit.core.redact import excerpt
from socialaudit.core.sources import AuditError, RecordSource

log = logging.getLogger(__name__)
MAX_ERRORS = 10_000

FindingSink = Callable[[Finding, "Post | Account"], None]


@dataclass
class AuditSummary:
    accounts: int = 0
    posts: int = 0
    media: int = 0
    findings: int = 0
    errors: list[AuditError] = field(default_factory=list)
    errors_dropped: int = 0

    def add_error(self, err: AuditError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(err)
        else:
            self.errors_dropped += 1


@dataclass
class Auditors:
    post: list[tuple[ModuleType, object]]
    account: list[tuple[ModuleType, object]]

    @classmethod
    def for_policy(cls, policy: Policy, only: Iterable[str] | None = None) -> "Auditors":
        wanted = set(only) if only else None
        post, account = [], []
        for mod in registry.all_auditors():
            settings = policy.rule(mod.RULE_ID)
            if not settings.enabled or (wanted is not None and mod.RULE_ID not in wanted):
                continue
            (post if mod.SUBJECT == "post" else account).append((mod, settings))
        return cls(post, account)


class Pipeline:
    def __init__(self, policy: Policy, sink: FindingSink, *, only: Iterable[str] | None = None,
                 progress: Callable[[int], None] | None = None):
        self.policy = policy
        self.sink = sink
        self.auditors = Auditors.for_policy(policy, only)
        self.progress = progress
        self.summary = AuditSummary()
        self.accounts: dict[str, Account] = {}
        self.activity: dict[str, AccountActivity] = {}
        # observers (e.g. the store): called with every post or account and its findings
        self.on_post: list[Callable[[Post, Account, list[Finding]], None]] = []
        self.on_account: list[Callable[[Account, list[Finding]], None]] = []

    # -- pass 1 ------------------------------------------------------------
    def _load_accounts(self, source: RecordSource) -> None:
        for _, rec in source.records(accounts_only=True):
            if isinstance(rec, dict) and rec.get("kind") == "account":
                try:
                    acc = parse_record(rec)
                except RecordError:
                    continue  # reported in pass 2 with its line number
                self.accounts.setdefault(acc.id, acc)  # type: ignore[arg-type]

    # -- pass 2 ------------------------------------------------------------
    def run(self, source: RecordSource) -> AuditSummary:
        self._load_accounts(source)
        for line, post in self.posts_of(source):
            self.audit_post(post, source, line)
            self._tick_progress()
        self._audit_accounts(source)
        return self.summary

    def posts_of(self, source: RecordSource) -> Iterator[tuple[int | None, Post]]:
        """The source's posts, parsed; bad records are noted as errors, accounts counted."""
        seen_accounts: set[str] = set()
        for line, rec in source.records():
            if isinstance(rec, dict) and not rec:
                continue
            try:
                if isinstance(rec, RecordError):
                    raise rec
                obj = parse_record(rec)
            except RecordError as e:  # parse_record raises nothing else
                self.summary.add_error(AuditError(source.name, line, str(e)))
                continue
            if isinstance(obj, Account):
                if obj.id not in seen_accounts:
                    seen_accounts.add(obj.id)
                    self.summary.accounts += 1
                continue
            yield line, obj

    def _tick_progress(self) -> None:
        if self.progress and self.summary.posts % 1000 == 0:
            self.progress(self.summary.posts)

    def audit_post(self, post: Post, source: RecordSource | None = None, line: int | None = None) -> list[Finding]:
        self.summary.posts += 1
        findings, tags = self.evaluate_post(post, source, line)
        self.commit_post(post, findings, tags)
        return findings

    def evaluate_post(self, post: Post, source: RecordSource | None, line: int | None) -> tuple[list[Finding], set]:
        """Run every post rule on one post; no bookkeeping (workers call this)."""
        account = self.accounts.get(post.account_id) or default_account_for(post)
        media = self._media(post, source, line)
        cache: dict = {}
        findings = []
        for mod, settings in self.auditors.post:
            ctx = PostContext(self.policy, settings, account, media, self._is_enrolled, cache)
            findings += self._guarded(mod, post, ctx, source, line)
        return _render(_merge_per_rule(findings), post, self.policy), set(cache.get("tags", ()))

    def commit_post(self, post: Post, findings: list[Finding], tags: set) -> None:
        """Count, remember for account rules, and hand the findings on (always in the parent)."""
        account = self.accounts.get(post.account_id) or default_account_for(post)
        activity = self.activity.setdefault(post.account_id, AccountActivity())
        activity.posts += 1
        for key in tags:
            activity.tags[key] += 1
        for f in findings:
            activity.rule_hits[f.rule] += 1
            self.summary.findings += 1
            self.sink(f, post)
        for observe in self.on_post:
            observe(post, account, findings)

    def _media(self, post: Post, source: RecordSource | None, line: int | None) -> list[MediaInfo]:
        infos = []
        root = source.media_root if source else None
        for i, m in enumerate(post.media):
            info = load_media(m, i, root)
            self.summary.media += 1
            if info.error:
                self.summary.add_error(AuditError(source.name if source else "-", line, f"{info.error}: {m.path}"))
            infos.append(info)
        return infos

    def _is_enrolled(self, account_id: str) -> bool:
        return account_id in self.accounts

    def _guarded(self, mod: ModuleType, subject, ctx, source: RecordSource | None, line: int | None) -> list[Finding]:
        try:
            return [f for f in mod.check(subject, ctx) if f.confidence >= ctx.rule.min_confidence]
        except Exception as e:  # one broken rule must not take the run down
            log.warning("auditor %s failed on %s: %s", mod.RULE_ID, subject.id, type(e).__name__)
            self.summary.add_error(AuditError(source.name if source else "-", line,
                                              f"rule {mod.RULE_ID} failed on {subject.id}: {type(e).__name__}: {e}"))
            return []

    # -- account rules -----------------------------------------------------
    def _audit_accounts(self, source: RecordSource) -> None:
        for acc in self.accounts.values():
            activity = self.activity.get(acc.id, AccountActivity())
            findings = []
            for mod, settings in self.auditors.account:
                ctx = AccountContext(self.policy, settings, activity)
                findings += self._guarded(mod, acc, ctx, source, None)
            findings = _render(_merge_per_rule(findings), acc, self.policy)
            for f in findings:
                self.summary.findings += 1
                self.sink(f, acc)
            for observe in self.on_account:
                observe(acc, findings)


def _merge_per_rule(findings: list[Finding]) -> list[Finding]:
    """CONTRACT §4: one finding per rule per subject; evidence is merged."""
    by_rule: dict[str, Finding] = {}
    for f in findings:
        prev = by_rule.get(f.rule)
        if prev is None:
            by_rule[f.rule] = f
            continue
        prev.evidence += f.evidence
        prev.explanation += f.explanation
        prev.masks += f.masks
        if f.confidence > prev.confidence:
            prev.confidence, prev.message = f.confidence, f.message
        if _SEV_RANK[f.severity] > _SEV_RANK[prev.severity]:
            prev.severity = f.severity
    return list(by_rule.values())


_SEV_RANK = {"low": 0, "medium": 1, "high": 2}


def field_text(subject: Post | Account, name: str) -> str | None:
    if name in ("text", "bio", "about_text", "display_name"):
        return getattr(subject, name, None)
    if name.startswith("media[") and name.endswith("].alt_text") and isinstance(subject, Post):
        i = int(name[6:name.index("]")])
        return subject.media[i].alt_text if i < len(subject.media) else None
    return None


def text_fields(subject: Post | Account) -> dict[str, str]:
    """Every free-text field a page may show for the subject, by evidence field name."""
    if isinstance(subject, Post):
        return {"text": subject.text, **{f"media[{i}].alt_text": m.alt_text
                                         for i, m in enumerate(subject.media) if m.alt_text}}
    return {n: getattr(subject, n) for n in ("bio", "about_text") if getattr(subject, n, None)}


def _render(findings: list[Finding], subject: Post | Account, policy: Policy) -> list[Finding]:
    """Hide, in every text field of a subject with findings, every name and place any rule
    found there plus what the privacy safety net recognises (auditors.privacy); fill each
    excerpt from those masks, and give every finding the whole set (it is stored with the
    finding, so a page shows the subject masked without running the rules again)."""
    if not findings:
        return findings
    found: dict[str, list] = {}
    for f in findings:
        for s, e, k, fld in f.masks:
            found.setdefault(fld, []).append((s, e, k))
    safe = {fld: privacy.safe_masks(policy, text, found.get(fld, [])) for fld, text in text_fields(subject).items()}
    all_masks = [(s, e, k, fld) for fld, spans in safe.items() for s, e, k in spans]
    for f in findings:
        f.masks = all_masks
        for ev in f.evidence:
            if ev.excerpt:
                continue
            text = field_text(subject, ev.field)
            if not text:
                ev.excerpt = ev.field
                continue
            spans = safe.get(ev.field)
            if spans is None:
                spans = safe[ev.field] = privacy.safe_masks(policy, text, found.get(ev.field, []))
            ev.excerpt = excerpt(text, ev.start, ev.end, spans)
    return findings
