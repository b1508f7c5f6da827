"""Enrolled accounts as the scheduled run and `socialaudit connect` need them: how each is
reached (its source, settings and encrypted token) and which are due to be read; and a
draft's author as the pre-publication check needs them (their accounts and posts' texts)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.storage import repo
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


# -- a draft's author (socialaudit.app.checking) -----------------------------------------
def _record(acc: db.AccountRow) -> tuple[int, dict[str, Any]]:
    return acc.id, {"kind": "account", "id": acc.external_id, **{f: getattr(acc, f) for f in repo.ACCOUNT_FIELDS}}


def person_accounts(s: Session, person_id: int) -> list[tuple[int, dict[str, Any]]]:
    """A person's accounts not withdrawn, as (row id, account record)."""
    rows = s.scalars(select(db.AccountRow).where(db.AccountRow.person_id == person_id,
                                              db.AccountRow.status != "withdrawn").order_by(db.AccountRow.id))
    return [_record(a) for a in rows]


def account_in(s: Session, org_slug: str, external_id: str) -> tuple[int, dict[str, Any]] | None:
    """An organisation's account not withdrawn, by its external id, as (row id, account record)."""
    acc = s.scalar(select(db.AccountRow).join(db.Organisation, db.Organisation.id == db.AccountRow.organisation_id)
                   .where(db.Organisation.slug == org_slug, db.AccountRow.external_id == external_id,
                          db.AccountRow.status != "withdrawn"))
    return _record(acc) if acc is not None else None


def post_texts(s: Session, account_ids: list[int]) -> Iterator[str]:
    """The texts of every live post of these accounts, streamed in id order."""
    for text in s.scalars(select(db.PostRow.text).where(
            db.PostRow.account_id.in_(account_ids), db.PostRow.text.is_not(None), db.PostRow.deleted_at.is_(None),
            db.PostRow.purged_at.is_(None)).order_by(db.PostRow.id).execution_options(yield_per=1000)):
        if text:
            yield text
