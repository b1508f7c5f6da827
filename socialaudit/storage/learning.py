"""What the learned layer needs from the store: reviewers' decisions as labels, and the
organisation's refitted heads, kept by version.

A coordinator's confirm is a positive label for the finding's rule on that post; a
dismissal is a negative one. Only post findings count, and only posts still held
(a withdrawn or purged post takes its decisions with it).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage.repo import now

LABEL_OF_STATE = {"confirmed": 1, "dismissed": 0}


@dataclass
class Decision:
    finding_id: int
    rule: str
    label: int
    record: dict[str, Any]        # the post's canonical record
    account_role: str
    person_id: int | None         # whose post: refits are grouped by person when scored


def decisions(s: Session, org: db.Organisation, rules: tuple[str, ...] | list[str]) -> list[Decision]:
    """Every confirmed or dismissed post finding of the organisation for these rules."""
    query = (select(db.FindingRow, db.PostRow, db.AccountRow)
             .join(db.PostRow, db.FindingRow.post_id == db.PostRow.id)
             .join(db.AccountRow, db.PostRow.account_id == db.AccountRow.id)
             .where(db.FindingRow.organisation_id == org.id, db.FindingRow.subject_kind == "post",
                    db.FindingRow.state.in_(tuple(LABEL_OF_STATE)), db.FindingRow.rule.in_(list(rules)),
                    db.PostRow.deleted_at.is_(None), db.PostRow.purged_at.is_(None))
             .order_by(db.FindingRow.id))
    return [Decision(f.id, f.rule, LABEL_OF_STATE[f.state], dict(p.record), a.role, a.person_id)
            for f, p, a in s.execute(query)]


def active_heads(s: Session, org: db.Organisation) -> db.ModelHeads | None:
    return s.scalar(select(db.ModelHeads).where(db.ModelHeads.organisation_id == org.id,
                                                db.ModelHeads.active.is_(True)))


def versions(s: Session, org: db.Organisation) -> list[db.ModelHeads]:
    return list(s.scalars(select(db.ModelHeads).where(db.ModelHeads.organisation_id == org.id)
                          .order_by(db.ModelHeads.id)))


def last_refit_at(s: Session, org: db.Organisation) -> datetime | None:
    newest = versions(s, org)
    return newest[-1].created_at if newest else None


def save_heads(s: Session, org: db.Organisation, *, version: str, based_on: str, decisions: int, heads: bytes,
               info: dict[str, Any], accepted: bool) -> db.ModelHeads:
    """Keep a refit; an accepted one becomes the organisation's active heads."""
    if accepted:
        s.execute(update(db.ModelHeads).where(db.ModelHeads.organisation_id == org.id).values(active=False))
    row = db.ModelHeads(organisation_id=org.id, version=version, based_on=based_on, decisions=decisions,
                        heads=heads, info=info, active=accepted, created_at=now())
    s.add(row)
    s.flush()
    return row


def drop_heads_learned_from(s: Session, org: db.Organisation, person_id: int) -> int:
    """Withdrawal: heads refitted from a person's decisions hold traces of their posts'
    words, so every such version is deleted (the layer falls back to the shipped model)."""
    gone = 0
    for row in versions(s, org):
        if person_id in (row.info or {}).get("people", []):
            s.delete(row)
            gone += 1
    return gone
