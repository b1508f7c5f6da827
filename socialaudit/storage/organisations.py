"""Organisations sharing one store: each owns its pack, people, accounts, posts, findings
and reports (every other query is scoped by `organisation_id`)."""
from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db


class OrganisationExists(ValueError):
    """An organisation with this name (slug) is already in the store."""


def slug_of(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:100] or "organisation"


def add(s: Session, name: str, policy_ref: str, policy_fingerprint: str, slug: str | None = None) -> db.Organisation:
    slug = slug or slug_of(name)
    if s.scalar(select(db.Organisation.id).where(db.Organisation.slug == slug)) is not None:
        raise OrganisationExists(f"an organisation '{slug}' already exists")
    org = db.Organisation(slug=slug, name=name[:200], policy_ref=policy_ref, policy_fingerprint=policy_fingerprint)
    s.add(org)
    s.flush()
    return org


def by_slug(s: Session, slug: str) -> db.Organisation | None:
    return s.scalar(select(db.Organisation).where(db.Organisation.slug == slug))


def all_organisations(s: Session) -> list[db.Organisation]:
    return list(s.scalars(select(db.Organisation).order_by(db.Organisation.id)))


def summary(s: Session) -> list[tuple[db.Organisation, int, int]]:
    """Each organisation with its number of people and of enrolled accounts."""
    people = dict(s.execute(select(db.Person.organisation_id, func.count()).group_by(db.Person.organisation_id)).all())
    live = db.AccountRow.status != "withdrawn"
    accounts = dict(s.execute(select(db.AccountRow.organisation_id, func.count()).where(live)
                              .group_by(db.AccountRow.organisation_id)).all())
    return [(o, people.get(o.id, 0), accounts.get(o.id, 0)) for o in all_organisations(s)]
