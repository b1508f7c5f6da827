"""Enrolled accounts as the scheduled run and `socialaudit connect` need them: how each is
reached (its source, settings and encrypted token) and which are due to be read."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db


class NotEnrolled(LookupError):
    """The account is not enrolled in this organisation."""


def enrolled(s: Session, org: db.Organisation, external_id: str) -> db.AccountRow:
    acc = s.scalar(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                            db.AccountRow.external_id == external_id))
    if acc is None:
        raise NotEnrolled(external_id)
    return acc


def set_source(s: Session, org: db.Organisation, external_id: str, source: str, config: dict,
               every_hours: int | None, token_ciphertext: str | None) -> db.AccountRow:
    """Where and how often the run reads the account; a new token also clears 'needs_reauth'."""
    acc = enrolled(s, org, external_id)
    acc.source, acc.source_config = source, config
    if every_hours:
        acc.crawl_every_hours = every_hours
    if token_ciphertext is not None:
        row = s.scalar(select(db.Credential).where(db.Credential.account_id == acc.id))
        if row is None:
            s.add(db.Credential(account_id=acc.id, ciphertext=token_ciphertext))
        else:
            row.ciphertext = token_ciphertext
        if acc.status == "needs_reauth":
            acc.status = "active"
    return acc


def credential_ciphertext(s: Session, account_id: int) -> str | None:
    return s.scalar(select(db.Credential.ciphertext).where(db.Credential.account_id == account_id))


def _aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=timezone.utc)


def due_accounts(s: Session, org: db.Organisation, now: datetime, crawl_all: bool) -> list[db.AccountRow]:
    """Active accounts with a connector whose last read is older than their schedule."""
    rows = s.scalars(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                              db.AccountRow.status == "active",
                                              db.AccountRow.source.is_not(None),
                                              db.AccountRow.source != "bundle")
                     .order_by(db.AccountRow.id)).all()
    return [a for a in rows if crawl_all or _due(a, now)]


def _due(a: db.AccountRow, now: datetime) -> bool:
    last = _aware(a.last_crawled_at)
    return last is None or last + timedelta(hours=a.crawl_every_hours) <= now


def consent_holder(s: Session, org: db.Organisation, external_id: str) -> db.AccountRow | None:
    """The account row if a person enrolled it with recorded consent, else None."""
    acc = s.scalar(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                               db.AccountRow.external_id == external_id))
    if acc is None or acc.person_id is None or acc.consent_at is None or acc.status == "withdrawn":
        return None
    return acc


def enrolled_count(s: Session, org: db.Organisation) -> int:
    """Active accounts a person enrolled (the scheduled run's possible work)."""
    return len(s.scalars(select(db.AccountRow.id).where(db.AccountRow.organisation_id == org.id,
                                                        db.AccountRow.person_id.is_not(None),
                                                        db.AccountRow.status == "active")).all())
