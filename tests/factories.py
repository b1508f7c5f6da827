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


def audit_records(policy, records: list[dict], media_root: Path | None = None, only=None) -> list:
    """Run the real pipeline over in-memory records; return (finding, subject) pairs' findings."""
    from auditors.engine import Pipeline
    from socialaudit.core.policy import load_policy

    class _Source:
        name = "<test>"

        def __init__(self):
            self.media_root = media_root

        def records(self, accounts_only: bool = False):
            for i, r in enumerate(records, 1):
                if not accounts_only or r.get("kind") == "account":
                    yield i, r

    pol = load_policy(policy) if isinstance(policy, str) else policy
    found: list = []
    Pipeline(pol, lambda f, subject: found.append(f), only=only).run(_Source())
    return found
