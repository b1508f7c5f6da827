"""A small organisation for the command line's tests, made by the real pipeline on a real
store (SQLite, and PostgreSQL when configured): an admin, two coordinators, three
volunteers (Ann with Cora, Ben with Carl, Val with no coordinator), their posts audited
with `audit --store` semantics, and a scheduled run in which one account cannot be read."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner, Result
from sqlalchemy import select, update

from auditors.registry import load_policy
from socialaudit.app.cli import main
from socialaudit.app.runner import ScheduledRun
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.lifecycle import create_person, enrol
from tests.archive_factory import write_x_archive
from tests.factories import store_audit

POLICY = load_policy("twins-trust-fcs")
# names of a supported family and a street: the auditors mask them, no list or page may show them
SECRETS = ("Amelia", "Oliver", "Elm Road")


def records() -> list[dict]:
    ann, ben, val = "x:@ann_volunteer", "x:@ben_volunteer", "x:@val_volunteer"
    post = {"kind": "post", "platform": "x", "media": [], "visibility": "public"}
    return [
        {"kind": "account", "id": ann, "platform": "x", "handle": "ann_volunteer", "role": "personal",
         "bio": "Mum of twins. Volunteer with @TwinsTrust.", "is_public": True},
        {"kind": "account", "id": ben, "platform": "x", "handle": "ben_volunteer", "role": "personal",
         "bio": "Gardener and parent", "is_public": True},
        {"kind": "account", "id": val, "platform": "x", "handle": "val_volunteer", "role": "personal",
         "bio": "Cyclist", "is_public": True},
        {**post, "id": "x:101", "account_id": ann, "created_at": "2026-10-03T17:45:00Z",
         "text": "Lovely visit this morning with my FCS family, home for a brew now",
         "geo": {"lat": 53.99, "lon": -1.54, "place_name": "Harrogate"}},
        {**post, "id": "x:102", "account_id": ann, "created_at": "2026-10-05T09:00:00Z",
         "text": "Honestly the expenses process for FCS volunteers is a joke. Sort it out @TwinsTrust"},
        {**post, "id": "x:201", "account_id": ben, "created_at": "2026-11-02T10:00:00Z",
         "text": "Sat outside my FCS family's house on Elm Road waiting for mum to get back with the twins "
                 "Amelia and Oliver"},
        {**post, "id": "x:301", "account_id": val, "created_at": "2026-11-04T10:00:00Z",
         "text": "Supervised contact visit done, on my way home",
         "geo": {"lat": 51.5, "lon": -0.12, "place_name": "Camden"}},
    ]


@dataclass
class World:
    store: Store
    ids: dict[str, int]
    run_id: int

    def cli(self, *args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    def cli_json(self, *args: str):
        result = self.cli(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def findings(self, **where) -> list[db.FindingRow]:
        with self.store.session() as s:
            q = select(db.FindingRow).order_by(db.FindingRow.id)
            for k, v in where.items():
                q = q.where(getattr(db.FindingRow, k) == v)
            return list(s.scalars(q))


def build(store: Store, tmp: Path) -> World:
    bundle = tmp / "bundle.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        admin = create_person(s, org, "Ada Admin", "ada@example.org", "admin")
        cora = create_person(s, org, "Cora Coordinator", "cora@example.org", "coordinator")
        carl = create_person(s, org, "Carl Coordinator", "carl@example.org", "coordinator")
        people = {"admin": admin, "cora": cora, "carl": carl}
        for name, coordinator in (("ann", cora), ("ben", carl), ("val", None)):
            people[name] = enrol(s, POLICY, name=f"{name.title()} Volunteer", email=f"{name}@example.org",
                                 accounts=[f"x:@{name}_volunteer"], entered_by=admin,
                                 coordinator=coordinator).person
        ids = {k: p.id for k, p in people.items()}
        s.execute(update(db.AccountRow).values(source="bundle"))  # filled by `audit --store`, not crawled
    store_audit(store, POLICY, bundle)
    run_id = _scheduled_run_with_a_broken_account(store, tmp, ids["val"])
    return World(store, ids, run_id)


def _scheduled_run_with_a_broken_account(store: Store, tmp: Path, person_id: int) -> int:
    write_x_archive(tmp / "val-archive", "val_archive", 6, 10**15)
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        for handle, folder in (("val_archive", tmp / "val-archive"), ("val_gone", tmp / "missing")):
            s.add(db.AccountRow(organisation_id=org.id, external_id=f"x:@{handle}", platform="x", handle=handle,
                                person_id=person_id, consent_at=repo.now(), source="archive",
                                source_config={"path": str(folder)}))
    return ScheduledRun(store, POLICY, load_settings()).execute().run_id


def end_grace(store: Store, account: str) -> None:
    """Move an account's findings past their grace window, as if the days had gone by."""
    with store.session() as s:
        acc = s.scalar(select(db.AccountRow.id).where(db.AccountRow.external_id == account))
        s.execute(update(db.FindingRow).where(db.FindingRow.account_id == acc)
                  .values(visible_to_coordinator_at=repo.now() - timedelta(days=1)))
