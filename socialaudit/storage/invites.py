"""Invitations: an admin names a volunteer (and the accounts they are asked to consent
to) or a coordinator; the person answers through a signed link (the app signs it; the
store keeps the nonce the link names, its expiry and whether it was used).

Nothing of a volunteer's accounts is stored before they consent: the invitation keeps
only the account names proposed, and `accept` enrols the ones the volunteer ticked,
recording consent as given by the volunteer themselves (entered_by = the volunteer)
under the policy version they were shown."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.core.model import PLATFORMS
from socialaudit.core.policy import Policy
from socialaudit.storage import lifecycle
from socialaudit.storage import schema as db
from socialaudit.storage.schema_loop import INVITE_DAYS, Invite

EMAIL_SHAPE = "@"


class InviteError(ValueError):
    """The invitation cannot be made or accepted; the message is for the person."""


def clean_accounts(s: Session, org: db.Organisation, lines: list[str], person: db.Person | None) -> list[str]:
    """The proposed accounts, checked: platform:handle, a known platform, nobody else's."""
    out: list[str] = []
    for raw in lines:
        ext = raw.strip()
        if not ext:
            continue
        platform, _, rest = ext.partition(":")
        if not rest.strip("@ ") or platform not in PLATFORMS:
            raise InviteError(f"{ext[:80]}: write an account as platform:handle, e.g. x:@jane_v "
                              f"(platforms: {', '.join(sorted(PLATFORMS))})")
        owner = s.scalar(select(db.AccountRow.person_id).where(db.AccountRow.organisation_id == org.id,
                                                              db.AccountRow.external_id == ext))
        if owner is not None and (person is None or owner != person.id):
            raise InviteError(f"{ext}: this account is enrolled for someone else")
        if ext not in out:
            out.append(ext)
    return out


def _person_for(s: Session, org: db.Organisation, name: str, email: str, role: str,
                coordinator: db.Person | None) -> db.Person:
    person = lifecycle.find_person(s, org, email)
    if person is None:
        return lifecycle.create_person(s, org, name, email, role, coordinator=coordinator)
    if person.role != role:
        raise InviteError(f"{email}: already here as a {person.role}")
    if role != "volunteer" and person.password_hash is not None:
        raise InviteError(f"{email}: already has a password; they can sign in")
    if coordinator is not None:
        person.coordinator_id = coordinator.id
    return person


def create(s: Session, org: db.Organisation, by: db.Person, *, name: str, email: str, role: str,
           accounts: list[str], coordinator: db.Person | None, now: datetime) -> Invite:
    """A new invitation (earlier open ones to the same person are revoked)."""
    email = (email or "").strip().lower()
    if role not in ("volunteer", "coordinator"):
        raise InviteError("invite a volunteer or a coordinator")
    if not name.strip() or EMAIL_SHAPE not in email or len(email) > 320 or " " in email:
        raise InviteError("give a name and a valid email address")
    if role == "volunteer" and coordinator is None:
        raise InviteError("choose the volunteer's coordinator")
    person = _person_for(s, org, name, email, role, coordinator if role == "volunteer" else None)
    proposed = clean_accounts(s, org, accounts, person) if role == "volunteer" else []
    if role == "volunteer" and not proposed:
        raise InviteError("name at least one account the volunteer is asked to consent to")
    for old in open_for(s, person.id, now):
        old.revoked_at = now
    invite = Invite(organisation_id=org.id, person_id=person.id, role=role, accounts=proposed,
                    nonce=secrets.token_urlsafe(32), created_by_id=by.id, created_at=now,
                    expires_at=now + timedelta(days=INVITE_DAYS))
    s.add(invite)
    s.flush()
    return invite


def open_for(s: Session, person_id: int, now: datetime) -> list[Invite]:
    return [i for i in s.scalars(select(Invite).where(Invite.person_id == person_id, Invite.used_at.is_(None),
                                                      Invite.revoked_at.is_(None)))
            if naive(i.expires_at) > naive(now)]


def naive(dt: datetime) -> datetime:
    """SQLite gives naive UTC datetimes, PostgreSQL aware ones: compare as naive UTC."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt


def live(s: Session, invite_id: int, nonce: str, now: datetime) -> Invite | None:
    """The invitation a link names, if it is still usable (not used, revoked or expired)."""
    inv = s.get(Invite, invite_id)
    if inv is None or not secrets.compare_digest(inv.nonce, nonce or ""):
        return None
    if inv.used_at is not None or inv.revoked_at is not None or naive(inv.expires_at) <= naive(now):
        return None
    person = s.get(db.Person, inv.person_id)
    return inv if person is not None and person.active else None


@dataclass
class Accepted:
    person: db.Person
    accounts: list[str]


def accept(s: Session, invite: Invite, policy: Policy, *, password_hash: str | None, ticked: list[str],
           now: datetime) -> Accepted:
    """The person answers: their password is set; a volunteer's ticked accounts are enrolled
    with consent recorded as theirs, under `policy` (the version the page showed)."""
    person = s.get(db.Person, invite.person_id)
    if person is None:
        raise InviteError("this invitation is no longer valid")
    chosen = [a for a in invite.accounts if a in set(ticked)]
    if invite.role == "volunteer":
        if not chosen:
            raise InviteError("tick at least one account to consent to, or close this page to decline")
        lifecycle.enrol(s, policy, name=person.name, email=person.email or "", accounts=chosen,
                        entered_by=person, coordinator=None)
    if password_hash is None:
        raise InviteError("choose a password")
    person.password_hash, person.failed_sign_ins, person.locked_until = password_hash, 0, None
    invite.used_at = now
    s.add(db.AccessLog(actor_id=person.id, action="invite-accepted", target_kind="person",
                       target_id=str(person.id), volunteer_id=person.id if invite.role == "volunteer" else None,
                       detail=f"consented to {len(chosen)} account(s)" if chosen else None))
    s.flush()
    return Accepted(person, chosen)


def of_organisation(s: Session, org_id: int) -> list[Invite]:
    return list(s.scalars(select(Invite).where(Invite.organisation_id == org_id).order_by(Invite.id.desc())
                          .limit(200)))
