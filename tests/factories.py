"""Posts, accounts and bundles with sensible defaults, for tests."""
from __future__ import annotations

import json
from itertools import count
from pathlib import Path
from typing import Any

from socialaudit.core.model import Account, Post, parse_account, parse_post

_ids = count(1)


def account_dict(**kw: Any) -> dict:
    d = {"kind": "account", "id": "x:@volunteer", "platform": "x", "handle": "volunteer",
         "display_name": "A Volunteer", "role": "personal", "bio": None, "about_text": None,
         "website": None, "is_public": True, "location_sharing": False}
    d.update(kw)
    return d


def post_dict(**kw: Any) -> dict:
    n = next(_ids)
    d = {"kind": "post", "id": f"x:{1000 + n}", "account_id": "x:@volunteer", "platform": "x",
         "created_at": "2026-10-03T17:45:00Z", "text": "", "url": None, "lang": "en",
         "in_reply_to": None, "geo": None, "media": [], "visibility": "public"}
    d.update(kw)
    return d


def make_account(**kw: Any) -> Account:
    return parse_account(account_dict(**kw))


def make_post(**kw: Any) -> Post:
    return parse_post(post_dict(**kw))


def write_bundle(path: Path, records: list[dict | str]) -> Path:
    """Write records (dicts, or raw strings for malformed lines) as a JSON Lines bundle."""
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


class RecordList:
    """In-memory records as a record source (CONTRACT §2 dicts, numbered like bundle lines)."""
    name = "<test>"

    def __init__(self, records: list[dict], media_root: Path | None = None):
        self._records, self.media_root = records, media_root

    def records(self, accounts_only: bool = False):
        for i, r in enumerate(self._records, 1):
            if not accounts_only or r.get("kind") == "account":
                yield i, r


def _policy(policy):
    from auditors.registry import load_policy
    return load_policy(policy) if isinstance(policy, str) else policy


def audit_records(policy, records: list[dict], media_root: Path | None = None, only=None) -> list:
    """Run the real audit over in-memory records; return every finding."""
    from auditors.engine import audit
    from auditors.prepared import Prepared
    return [f for item in audit(RecordList(records, media_root), Prepared(_policy(policy)), only=only)
            for f in item.findings]


def findings_of(policy, source, only=None) -> list:
    """Every finding of a real audit of a source (a bundle path or a record source)."""
    from auditors.engine import audit
    from auditors.prepared import Prepared
    from socialaudit.app.inputs import open_input
    source = open_input(source) if isinstance(source, (str, Path)) else source
    return [f for item in audit(source, Prepared(_policy(policy)), only=only) for f in item.findings]


def store_audit(store, policy, source, **recorder_options):
    """`audit --store` semantics: the real audit recorded in `store`; returns the recorder's counts
    and the audit's summary."""
    from auditors.engine import audit
    from auditors.prepared import Prepared
    from socialaudit.app.inputs import open_input
    from socialaudit.storage.recorder import AuditRecorder
    source = open_input(source) if isinstance(source, (str, Path)) else source
    policy = _policy(policy)
    recorder_options.setdefault("media_root", source.media_root)
    with AuditRecorder(store, policy, source_name=str(source.name), **recorder_options) as rec:
        run = audit(source, Prepared(policy))
        for item in run:
            rec.record(item)
        rec.finish(run.summary)
        return dict(rec.counts), run.summary


_PREPARED: dict[int, tuple] = {}


def prepared(policy):
    """The policy prepared for the rules once, as an audit does (kept for the test session)."""
    from auditors.prepared import Prepared
    if isinstance(policy, Prepared):
        return policy
    if id(policy) not in _PREPARED:
        _PREPARED[id(policy)] = (policy, Prepared(policy))  # holding the policy keeps its id unique
    return _PREPARED[id(policy)][1]


def store_posts(store, policy, account_id: str, texts: list[str], *, bio: str | None = None, first: int = 0) -> None:
    """An account (not crawled: source "bundle") and posts with these texts, an hour apart,
    stored as an import would (ids `<account's handle>-<first + i>`)."""
    from datetime import datetime, timedelta, timezone

    from socialaudit.storage import repo
    handle = account_id.split("@")[-1]
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with store.session() as s:
        org = repo.ensure_organisation(s, _policy(policy))
        acc = repo.upsert_account(s, org, make_account(id=account_id, handle=handle, bio=bio), source="bundle",
                                  known=False)  # an account already stored keeps its fields
        for i, text in enumerate(texts, start=first):
            created = (start + timedelta(hours=i)).isoformat().replace("+00:00", "Z")
            repo.upsert_post(s, org, acc, parse_post(post_dict(id=f"x:{handle}-{i}", account_id=account_id,
                                                               text=text, created_at=created)))


def stored_name_leaks(store) -> set[str]:
    """The external ids of the stored posts with a name-leak finding."""
    from sqlalchemy import select

    from socialaudit.storage import schema as db
    with store.session() as s:
        return set(s.scalars(select(db.PostRow.external_id).join(db.FindingRow, db.FindingRow.post_id == db.PostRow.id)
                             .where(db.FindingRow.rule == "name-leak")))
