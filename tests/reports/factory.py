"""People, enrolled archive accounts and findings for report tests."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from auditors.registry import load_policy
from socialaudit.app.runner import RunOptions, ScheduledRun
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person
from tests.archive_factory import write_x_archive

POLICY = load_policy("twins-trust-fcs")
# A post the auditors mask: two children's names, a street and a town.
SECRET_POST = ("Sat outside my FCS family's house on Elm Road in Harrogate waiting for mum to get back "
               "with the twins Amelia and Oliver")
SECRETS = ("Amelia", "Oliver", "Elm Road", "Harrogate")


def people(store, coordinators: dict[str, list[str]]) -> dict[str, int]:
    """{"cora": ["val", "vic"]} -> person ids by first name; emails are <name>@example.org."""
    ids = {}
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        for coord, volunteers in coordinators.items():
            c = create_person(s, org, f"{coord.title()} Coordinator", f"{coord}@example.org", "coordinator")
            ids[coord] = c.id
            for v in volunteers:
                ids[v] = create_person(s, org, f"{v.title()} Volunteer", f"{v}@example.org", "volunteer",
                                       coordinator=c).id
    return ids


def enrol_archive(store, folder: Path, handle: str, person_id: int | None, n: int = 8, first_id: int = 10**15,
                  extra_texts: list[str] = ()) -> None:
    """An X archive in the real format, enrolled with source "archive" for the person."""
    write_x_archive(folder, handle, n, first_id)
    if extra_texts:
        tweets_js = folder / "data" / "tweets.js"
        prefix, _, body = tweets_js.read_text().partition("= ")
        items = json.loads(body)
        for i, text in enumerate(extra_texts):
            tid = str(first_id + n + i)
            items.append({"tweet": {**items[0]["tweet"], "id": tid, "id_str": tid, "full_text": text}})
            items[-1]["tweet"].pop("coordinates", None)
            items[-1]["tweet"].pop("geo", None)
        tweets_js.write_text(prefix + "= " + json.dumps(items))
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        s.add(db.AccountRow(organisation_id=org.id, external_id=f"x:@{handle}", platform="x", handle=handle,
                         person_id=person_id, source="archive", source_config={"path": str(folder)}))


def run(store, now: datetime | None = None, **options):
    return ScheduledRun(store, POLICY, load_settings(), RunOptions(now=now, crawl_all=True, **options)).execute()


def after_grace(store) -> datetime:
    """A report day on which every finding stored so far is visible to coordinators:
    the 1st of the month after the latest grace window ends."""
    with store.session() as s:
        latest = max(f.visible_to_coordinator_at for f in s.query(db.FindingRow))
    latest = latest if latest.tzinfo else latest.replace(tzinfo=timezone.utc)
    return datetime(latest.year + (latest.month == 12), latest.month % 12 + 1, 1, 6, tzinfo=timezone.utc)


def outbox(store) -> list[db.OutboxMessage]:
    with store.session() as s:
        return list(s.query(db.OutboxMessage).order_by(db.OutboxMessage.id))
