"""The store's side of auditing in chunks (the distributed run): which posts an account's
audit covers, the chunk's posts, and recording one chunk's findings.

A chunk is audited by one rule set (the text rules, or the photo rules), so a finding that
no longer fires is resolved only among that set's rules: the text chunk of a post never
resolves what its photo chunk found, and the other way round.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from socialaudit.core import model
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.mediafiles import link_post_media


@dataclass
class AccountPlan:
    """What an account's audit covers: every live post when anything is due (the account
    rules need all of them), and which of those carry media."""
    due: bool
    posts: list[int]
    with_media: list[int]


def plan_account(s: Session, account_id: int, fingerprint: str) -> AccountPlan:
    acc = s.get(db.AccountRow, account_id)
    if acc is None or acc.status == "withdrawn":
        return AccountPlan(False, [], [])
    live = (db.PostRow.account_id == account_id, db.PostRow.deleted_at.is_(None), db.PostRow.purged_at.is_(None))
    stale = s.scalar(select(db.PostRow.id).where(*live, or_(db.PostRow.audited_key.is_(None),
                                                           ~db.PostRow.audited_key.endswith(fingerprint))).limit(1))
    if stale is None and acc.audited_key == fingerprint:
        return AccountPlan(False, [], [])
    posts = list(s.scalars(select(db.PostRow.id).where(*live).order_by(db.PostRow.id)))
    media = set(s.scalars(select(db.PostMedia.post_id).where(db.PostMedia.post_id.in_(posts),
                                                            db.PostMedia.type.in_(("photo", "image")))))
    return AccountPlan(True, posts, [p for p in posts if p in media])


def account_record(s: Session, account_id: int) -> dict[str, Any]:
    acc = s.get(db.AccountRow, account_id)
    assert acc is not None
    return {"kind": "account", "id": acc.external_id, **{f: getattr(acc, f) for f in repo.ACCOUNT_FIELDS}}


def post_records(s: Session, post_ids: list[int]) -> list[tuple[int, dict[str, Any]]]:
    return [(i, rec) for i, rec in s.execute(select(db.PostRow.id, db.PostRow.record).where(
        db.PostRow.id.in_(post_ids), db.PostRow.deleted_at.is_(None), db.PostRow.purged_at.is_(None))
        .order_by(db.PostRow.id))]


@dataclass
class ChunkWriter:
    """Records one chunk's findings in the caller's session."""
    s: Session
    org_id: int
    account_id: int
    run_id: int
    rules: set[str]
    grace_days: int = 0

    def __post_init__(self) -> None:
        self.org = self.s.get(db.Organisation, self.org_id)
        self.account = self.s.get(db.AccountRow, self.account_id)
        self.run = self.s.get(db.Run, self.run_id)
        self.counts: dict[str, int] = {}
        self._open: dict[int, list[db.FindingRow]] | None = None

    def preload(self, post_ids: list[int]) -> None:
        """The chunk's posts and their open findings of this rule set, in two queries
        instead of two per post (each a round trip to the database)."""
        list(self.s.scalars(select(db.PostRow).where(db.PostRow.id.in_(post_ids))))
        self._open = {i: [] for i in post_ids}
        for row in self.s.scalars(select(db.FindingRow).where(db.FindingRow.post_id.in_(post_ids),
                                                              db.FindingRow.rule.in_(self.rules),
                                                              db.FindingRow.state.in_(repo.OPEN_STATES))):
            self._open.setdefault(row.post_id or 0, []).append(row)

    def _count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def post(self, post_id: int, post: model.Post, findings: Iterable[model.Finding], audited_key: str | None,
             media_root: Path | None = None, data_dir: Path | None = None) -> None:
        """A post's findings from this chunk's rules; `audited_key` marks the post audited."""
        row = self.s.get(db.PostRow, post_id)
        if row is None or self.org is None:
            return
        found = self._findings(findings, row)
        self._resolve(row, found)
        if audited_key is not None:
            row.audited_key = f"{row.content_hash[:32]}:{audited_key}"
        if data_dir is not None and post.media:
            link_post_media(self.s, row, post, media_root, data_dir)

    def account_findings(self, findings: Iterable[model.Finding], fingerprint: str) -> None:
        self._findings(findings, None)
        if self.account is not None:
            self.account.audited_key = fingerprint

    def _findings(self, findings: Iterable[model.Finding], post: db.PostRow | None) -> set[str]:
        seen = set()
        assert self.org is not None
        for f in findings:
            _, status = repo.upsert_finding(self.s, self.org, f, self.account, post, self.run, self.grace_days)
            self._count(f"findings_{status}")
            seen.add(f.fingerprint)
        return seen

    def _resolve(self, post: db.PostRow, current: set[str]) -> None:
        rows = self._open.get(post.id, []) if self._open is not None else self.s.scalars(
            select(db.FindingRow).where(db.FindingRow.post_id == post.id, db.FindingRow.rule.in_(self.rules),
                                        db.FindingRow.state.in_(repo.OPEN_STATES)))
        for row in rows:
            if row.state in repo.OPEN_STATES and row.fingerprint not in current:
                row.state = "resolved"
                self.s.add(db.ReviewEvent(finding_id=row.id, action="resolved", note="no longer found when re-audited"))
                self._count("findings_resolved")


def accounts_to_audit(s: Session, org_id: int, fingerprint: str) -> list[int]:
    """The organisation's live accounts with a post not audited under this policy, or whose
    account rules have not run under it."""
    live = (db.AccountRow.organisation_id == org_id, db.AccountRow.status != "withdrawn")
    unaudited = set(s.scalars(select(db.AccountRow.id).where(*live,
                                                             db.AccountRow.audited_key.is_distinct_from(fingerprint))))
    stale = set(s.scalars(select(db.PostRow.account_id).join(db.AccountRow, db.AccountRow.id == db.PostRow.account_id)
                          .where(*live, db.PostRow.deleted_at.is_(None), db.PostRow.purged_at.is_(None),
                                 or_(db.PostRow.audited_key.is_(None), ~db.PostRow.audited_key.endswith(fingerprint)))))
    return sorted(unaudited | stale)
