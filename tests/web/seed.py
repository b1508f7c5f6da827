"""A small store for the web tests, filled by running the real pipeline on a bundle.

Two volunteers (Ann with coordinator Cora, Ben with coordinator Carl), an admin,
posts that fire the geotag, criticism and disclaimer rules, a photo, and posts and
bios carrying HTML/script payloads that must render inert."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from auditors.registry import load_policy
from socialaudit.app.web.auth import hash_password
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store, open_store
from socialaudit.storage.lifecycle import create_person, enrol
from tests.factories import store_audit

POLICY_REF = "twins-trust-fcs"
PASSWORD = "correct horse battery"
XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def _png(path: Path) -> None:
    from PIL import Image
    Image.new("RGB", (64, 48), (200, 120, 90)).save(path)


def records() -> list[dict]:
    ann, ben = "x:@ann_volunteer", "x:@ben_volunteer"
    return [
        {"kind": "account", "id": ann, "platform": "x", "handle": "ann_volunteer", "display_name": "Ann",
         "role": "personal", "bio": "Mum of twins. Volunteer with @TwinsTrust. " + XSS, "is_public": True},
        {"kind": "account", "id": ben, "platform": "x", "handle": "ben_volunteer", "display_name": "Ben",
         "role": "personal", "bio": "Proud FCS volunteer with Twins Trust", "is_public": True},
        {"kind": "post", "id": "x:101", "account_id": ann, "platform": "x", "created_at": "2026-10-03T17:45:00Z",
         "text": "Lovely visit this morning with my family, home for a brew now " + XSS,
         "url": "javascript:alert(1)", "geo": {"lat": 53.99, "lon": -1.54, "place_name": "Harrogate"},
         "media": [{"type": "photo", "path": "media/p1.png", "alt_text": None}]},
        {"kind": "post", "id": "x:102", "account_id": ann, "platform": "x", "created_at": "2026-10-05T09:00:00Z",
         "text": "Honestly the expenses process for FCS volunteers is a joke. Sort it out @TwinsTrust 🤬",
         "url": "https://x.com/ann_volunteer/status/102"},
        {"kind": "post", "id": "x:201", "account_id": ben, "platform": "x", "created_at": "2026-11-02T10:00:00Z",
         "text": "Supervised contact visit done, on my way home",
         "geo": {"lat": 51.5, "lon": -0.12, "place_name": "Camden"}},
        {"kind": "post", "id": "x:202", "account_id": ben, "platform": "x", "created_at": "2026-11-03T10:00:00Z",
         "text": "Alfie and Archie are 9 months today, so proud of their mum Kerry"},
    ]


def write_bundle(folder: Path) -> Path:
    (folder / "media").mkdir(parents=True, exist_ok=True)
    _png(folder / "media" / "p1.png")
    path = folder / "bundle.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    return path


def audit_into(store: Store, bundle: Path, data_dir: Path) -> dict:
    """`audit --store` semantics: the real pipeline with the recorder (and its media)."""
    counts, _ = store_audit(store, POLICY_REF, bundle, data_dir=data_dir)
    return counts


@dataclass
class Seeded:
    store: Store
    data_dir: Path
    bundle: Path
    ids: dict[str, int]


def seed(tmp: Path, data_dir: Path, *, grace_over: bool = True, url: str | None = None) -> Seeded:
    store = open_store(url=url or f"sqlite:///{tmp / 'web.db'}")
    bundle = write_bundle(tmp / "bundle")
    policy = load_policy(POLICY_REF)
    pw = hash_password(PASSWORD)
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        admin = create_person(s, org, "Ada Admin", "ada@example.org", "admin", pw)
        cora = create_person(s, org, "Cora Coordinator", "cora@example.org", "coordinator", pw)
        carl = create_person(s, org, "Carl Coordinator", "carl@example.org", "coordinator", pw)
        ann = enrol(s, policy, name="Ann Volunteer", email="ann@example.org", accounts=["x:@ann_volunteer"],
                    entered_by=admin, coordinator=cora).person
        ben = enrol(s, policy, name="Ben Volunteer", email="ben@example.org", accounts=["x:@ben_volunteer"],
                    entered_by=admin, coordinator=carl).person
        ann.password_hash = ben.password_hash = pw
        ids = {"admin": admin.id, "cora": cora.id, "carl": carl.id, "ann": ann.id, "ben": ben.id}
    audit_into(store, bundle, data_dir)
    if grace_over:
        end_grace(store)
    with store.session() as s:
        for name, post_ext in (("ann_post", "x:101"), ("ben_post", "x:201")):
            ids[name] = s.scalar(select(db.PostRow.id).where(db.PostRow.external_id == post_ext))
        ids["ann_finding"] = s.scalar(select(db.FindingRow.id).where(db.FindingRow.subject == "x:101"))
        ids["ben_finding"] = s.scalar(select(db.FindingRow.id).where(db.FindingRow.subject == "x:201"))
        report = db.ArchivedReport(organisation_id=s.scalar(select(db.Organisation.id)), kind="self-audit",
                                   month="2026-10", person_id=ids["ben"], html="<p>Ben's report</p>", text="r")
        s.add(report)
        s.flush()
        ids["ben_report"] = report.id
    return Seeded(store, data_dir, bundle, ids)


def end_grace(store: Store) -> None:
    """Move every finding past its grace window (as if the days had gone by)."""
    with store.session() as s:
        s.execute(update(db.FindingRow).values(visible_to_coordinator_at=repo.now() - timedelta(days=1)))
