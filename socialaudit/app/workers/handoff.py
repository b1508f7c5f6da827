"""Passing work on after a task: the account's pending chunks, its account rules once every
chunk is done, and the organisation's mail once the whole run is. A redelivered task calls
this again; every receiving task checks its own row first, so a second hand-off is harmless."""
from __future__ import annotations

from socialaudit.app.workers.context import WorkerContext
from socialaudit.storage import workqueue


def pass_on(ctx: WorkerContext, run_id: int, org_id: int, account_id: int | None, *, chunks: bool = False) -> None:
    """After a task: (the crawl only) the account's pending chunks, then its account rules
    if they are ready, then the mail if the run is done."""
    if account_id is not None:
        for kind, key in workqueue.children(ctx.store, run_id, account_id) if chunks else ():
            ctx.publish(kind, run_id, key)
        ready = workqueue.account_ready(ctx.store, run_id, account_id)
        if ready is not None:
            ctx.publish("account", run_id, ready)
    mail_if_due(ctx, run_id, org_id)


def mail_if_due(ctx: WorkerContext, run_id: int, org_id: int) -> None:
    key = workqueue.mail_due(ctx.store, run_id, org_id)
    if key is not None:
        ctx.publish("mail", run_id, key)
