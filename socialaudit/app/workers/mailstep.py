"""The mail task: once an organisation's crawl and audit are done, queue what is due and send
its outbox, then close the run and hand on the organisation's monthly refit (learnstep).

Queuing is idempotent (each message's dedupe key), sending goes through the outbox's
claim (queued -> sending -> sent), and only one process at a time sends an organisation's
mail: it holds a PostgreSQL advisory lock that the server drops when its connection dies.
So a message a killed worker left "sending" is known to be orphaned and is sent again
under its original Message-ID (socialaudit.storage.outbox explains the one-instant window).
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from reports.mailer import mailer_for
from socialaudit.app.delivery import queue_due, send_pending
from socialaudit.app.workers import learnstep
from socialaudit.app.workers.context import WorkerContext
from socialaudit.storage import ratelimit, workqueue
from socialaudit.storage import schema as db
from socialaudit.storage.db import Conflict

log = logging.getLogger("socialaudit.mail")


def mail(ctx: WorkerContext, run_id: int, key: str) -> None:
    """Raises ratelimit.Busy while another live process sends this organisation's mail."""
    row = workqueue.begin(ctx.store, run_id, "mail", key)
    if row is None:
        return
    if row.done:  # a redelivery: the refit may still be to hand on
        learnstep.after_mail(ctx, run_id, row.organisation_id)
        return
    op = ctx.org(row.organisation_id)
    with ratelimit.exclusive(ctx.store, f"mail:{row.organisation_id}"):
        try:
            with ctx.store.atomic() as s:
                org = s.get(db.Organisation, row.organisation_id)
                counts = queue_due(s, op.policy, ctx.settings, run_id, datetime.now(timezone.utc), org=org)
        except Conflict:  # another process queued the same keys first: theirs stand
            counts = {"queued": 0, "no_email": 0}
        sent = send_pending(ctx.store, mailer_for(ctx.settings), ctx.settings.mail_from, row.organisation_id)
        delivery = {**counts, **sent.as_dict()}
        with ctx.store.session() as s:
            if workqueue.complete(s, row.id, {k: v for k, v in delivery.items() if k != "eml_files"}):
                workqueue.finish_run(s, run_id, delivery)
    log.info("run %d: %d message(s) queued, %d sent", run_id, counts.get("queued", 0), sent.sent)
    learnstep.after_mail(ctx, run_id, row.organisation_id)
