"""What the CSV exports hold, read through the same visibility rules as the pages
(socialaudit.storage.visibility): the queue, a month's findings and the review trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage import visibility
from socialaudit.storage.schema_loop import FindingTicket

MAX_ROWS = 50_000


@dataclass
class TrailLine:
    event: db.ReviewEvent
    finding: db.FindingRow
    actor: db.Person | None


def trail(s: Session, viewer: db.Person, since: datetime | None = None,
          until: datetime | None = None) -> list[TrailLine]:
    """Every review event on findings the viewer may see, oldest first."""
    visible = visibility.findings_query(viewer).with_only_columns(db.FindingRow.id)
    q = (select(db.ReviewEvent, db.FindingRow, db.Person)
         .join(db.FindingRow, db.FindingRow.id == db.ReviewEvent.finding_id)
         .outerjoin(db.Person, db.Person.id == db.ReviewEvent.actor_id)
         .where(db.ReviewEvent.finding_id.in_(visible)))
    if since is not None:
        q = q.where(db.ReviewEvent.at >= since)
    if until is not None:
        q = q.where(db.ReviewEvent.at < until)
    return [TrailLine(e, f, p) for e, f, p in s.execute(q.order_by(db.ReviewEvent.id).limit(MAX_ROWS)).all()]


def tickets(s: Session, finding_ids: list[int]) -> dict[int, FindingTicket]:
    if not finding_ids:
        return {}
    return {t.finding_id: t for t in s.scalars(select(FindingTicket).where(FindingTicket.finding_id.in_(finding_ids)))}


def names(s: Session, org_id: int) -> dict[int, str]:
    return {p.id: p.name for p in s.scalars(select(db.Person).where(db.Person.organisation_id == org_id))}


def accounts_by_id(s: Session, ids: set[int | None]) -> list[db.AccountRow]:
    wanted = [i for i in ids if i is not None]
    return list(s.scalars(select(db.AccountRow).where(db.AccountRow.id.in_(wanted)))) if wanted else []
