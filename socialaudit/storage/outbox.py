"""The outbox: queue once, send once (the sending loop is socialaudit.app.delivery's).

Queuing. `queue()` adds a message in the caller's transaction (the delivery phase
of the run that produced it, with the report's archived copy). Its `dedupe_key`
is unique, so the same report is never queued twice, even by two racing runs: the
loser's insert fails and its transaction is rolled back.

Sending, one message at a time:
  1. claim it: `queued -> sending`, attempts + 1, committed (a conditional UPDATE,
     so two senders cannot both claim it);
  2. hand it to the mailer;
  3. `sending -> sent` and commit, straight after the server's "250 OK" and
     before the connection is closed.
A temporary refusal (4xx, server unreachable) puts it back to `queued` with
`last_error`, for the next run; a permanent one (5xx) or the tenth failure marks
it `failed`.

The crash window, and our choice. A process killed between steps 1 and 3 leaves
a message in `sending`. Sending happens only under the run lock, so a `sending`
message seen by the next run belongs to a dead process. It is sent again, with the
same Message-ID it was given when queued. Almost always the dead process had not
finished the SMTP transaction, and the server (which delivers only after replying
"250 OK" to the message data) dropped it: the resend is then the only copy. The one
case that gives two copies is a kill in the instant between the server's reply and
our commit; both copies then carry one Message-ID, which mail clients and Gmail
show as one message. We prefer this to the alternative (never resending an
interrupted message), which would silently lose a report or a notice.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import make_msgid

from sqlalchemy import select, true, update
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage.db import Store, changed
from socialaudit.storage.db import row as must

log = logging.getLogger("socialaudit.mail")
MAX_ATTEMPTS = 10


def queue(s: Session, *, organisation_id: int | None, run_id: int | None, kind: str, dedupe_key: str,
          recipient: str, subject: str, text: str, html: str | None) -> db.OutboxMessage | None:
    """Add a message unless one with this dedupe key exists; returns the new row or None."""
    if s.scalar(select(db.OutboxMessage.id).where(db.OutboxMessage.dedupe_key == dedupe_key)) is not None:
        return None
    row = db.OutboxMessage(organisation_id=organisation_id, run_id=run_id, kind=kind, dedupe_key=dedupe_key,
                           recipient=recipient, subject=subject, body_text=text, body_html=html,
                           message_id=make_msgid(domain="socialaudit.local"), status="queued", attempts=0,
                           created_at=datetime.now(timezone.utc))
    s.add(row)
    s.flush()
    return row


def _of(organisation_id: int | None):
    """Every message, or one organisation's (a worker sends only its organisation's mail)."""
    return true() if organisation_id is None else db.OutboxMessage.organisation_id == organisation_id


def resume_interrupted(store: Store, organisation_id: int | None = None) -> int:
    """Messages a killed run left in `sending` go back to the queue (see the module notes)."""
    with store.session() as s:
        res = s.execute(update(db.OutboxMessage).where(db.OutboxMessage.status == "sending", _of(organisation_id))
                        .values(status="queued", last_error="interrupted while sending; "
                                                            "sent again with the same Message-ID"))
        n = changed(res)
    if n:
        log.warning("%d message(s) were interrupted while sending by an earlier run; sending them again", n)
    return n


def queued(s: Session, organisation_id: int | None = None) -> list[db.OutboxMessage]:
    return list(s.scalars(select(db.OutboxMessage).where(db.OutboxMessage.status == "queued", _of(organisation_id))
                          .order_by(db.OutboxMessage.id)))


def queued_ids(store: Store, organisation_id: int | None = None) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(db.OutboxMessage.id).where(db.OutboxMessage.status == "queued",
                                                                _of(organisation_id))
                              .order_by(db.OutboxMessage.id)))


def claim(store: Store, msg_id: int) -> db.OutboxMessage | None:
    """queued -> sending, attempts + 1, committed; None when another sender claimed it first."""
    with store.session() as s:
        res = s.execute(update(db.OutboxMessage).where(db.OutboxMessage.id == msg_id,
                                                       db.OutboxMessage.status == "queued")
                        .values(status="sending", attempts=db.OutboxMessage.attempts + 1))
        if changed(res) != 1:
            return None
        return s.get(db.OutboxMessage, msg_id)


def finish(store: Store, row: db.OutboxMessage, error: str | None, temporary: bool = False) -> str:
    """sending -> sent; or back to queued (a temporary refusal) or failed; returns the new status."""
    with store.session() as s:
        live = must(s, db.OutboxMessage, row.id)
        if error is None:
            live.status, live.sent_at, live.last_error = "sent", datetime.now(timezone.utc), None
        else:
            live.last_error = error[:1000]
            live.status = "queued" if temporary and live.attempts < MAX_ATTEMPTS else "failed"
        return live.status


