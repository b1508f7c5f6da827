"""The store's side of auditing in chunks (the distributed run): which posts an account's
audit covers, the chunk's posts, and recording one chunk's findings.

A chunk is audited by one rule set (the text rules, or the photo rules), so a finding that
no longer fires is resolved only among that set's rules: the text chunk of a post never
resolves what its photo chunk found, and the other way round.

A chunk's findings are written set-based (socialaudit.storage.batch: a few statements per
chunk); a chunk that path refuses (the same finding twice in it) is written record by record.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from socialaudit.core import model
from socialaudit.storage import batch, repo
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
    """Records one chunk's findings in the caller's session: `post` and `account_findings`
    collect, `finish` writes (set-based, in a savepoint; record by record if refused)."""
    s: Session
    org_id: int
    account_id: int
    run_id: int
    rules: set[str]
    grace_days: int = 0

    def __post_init__(self) -> None:
        self.counts: dict[str, int] = {}
        self._posts: list[tuple[int, model.Post, list[model.Finding]]] = []
        self._audited: str | None = None
        self._media: list[tuple[int, model.Post, Path | None, Path]] = []
        self._account: tuple[list[model.Finding], str] | None = None

    def _count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def post(self, post_id: int, post: model.Post, findings: Iterable[model.Finding], audited_key: str | None,
             media_root: Path | None = None, data_dir: Path | None = None) -> None:
        """A post's findings from this chunk's rules; `audited_key` marks the post audited."""
        self._posts.append((post_id, post, list(findings)))
        if audited_key is not None:
            self._audited = audited_key
        if data_dir is not None and post.media:
            self._media.append((post_id, post, media_root, data_dir))

    def account_findings(self, findings: Iterable[model.Finding], fingerprint: str) -> None:
        self._account = (list(findings), fingerprint)

    def finish(self) -> None:
        """Write what was collected."""
        if self.s.get(db.Organisation, self.org_id) is None:
            return
        self.s.flush()
        ctx = batch.Context(self.org_id, self.run_id, self._audited or "", self.grace_days)
        try:
            with self.s.begin_nested():
                written = self._write_set_based(ctx)
            for k, n in written.counts.items():
                self._count(k, n)
        except batch.Refused:
            self._write_record_by_record()
        if self._account is not None:
            account = self.s.get(db.AccountRow, self.account_id)
            if account is not None:
                account.audited_key = self._account[1]
        for post_id, post, media_root, data_dir in self._media:
            row = self.s.get(db.PostRow, post_id)
            if row is not None:
                link_post_media(self.s, row, post, media_root, data_dir)

    def _write_set_based(self, ctx: batch.Context) -> batch.Written:
        if self._account is not None:
            return batch.write_account_findings(self.s, ctx, self.account_id, self._account[0])
        return batch.write_chunk(self.s, ctx, self.account_id, self._posts, self.rules,
                                 audited=self._audited is not None)

    # -- the per-record path, for a chunk the set-based one refuses -------------------
    def _write_record_by_record(self) -> None:
        org, account = self.s.get(db.Organisation, self.org_id), self.s.get(db.AccountRow, self.account_id)
        run = self.s.get(db.Run, self.run_id)
        if self._account is not None:
            self._findings(org, account, run, self._account[0], None)
        for post_id, _post, findings in self._posts:
            row = self.s.get(db.PostRow, post_id)
            if row is None:
                continue
            self._resolve(row, self._findings(org, account, run, findings, row))
            if self._audited is not None:
                row.audited_key = f"{row.content_hash[:32]}:{self._audited}"

    def _findings(self, org, account, run, findings: Iterable[model.Finding], post: db.PostRow | None) -> set[str]:
        seen = set()
        for f in findings:
            _, status = repo.upsert_finding(self.s, org, f, account, post, run, self.grace_days)
            self._count(f"findings_{status}")
            seen.add(f.fingerprint)
        return seen

    def _resolve(self, post: db.PostRow, current: set[str]) -> None:
        for row in self.s.scalars(select(db.FindingRow).where(db.FindingRow.post_id == post.id,
                                                              db.FindingRow.rule.in_(self.rules),
                                                              db.FindingRow.state.in_(repo.OPEN_STATES))):
            if row.fingerprint not in current:
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
