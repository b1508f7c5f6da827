"""The Celery tasks: thin wrappers that hand a (run, key) to the steps, with the worker
process's context opened once. Every task is idempotent (see socialaudit.storage.workqueue),
which is what makes late acknowledgement and redelivery safe."""
from __future__ import annotations

import logging

from socialaudit.app.workers import auditstep, crawlstep, learnstep, mailstep
from socialaudit.app.workers.celeryapp import QUEUE_OF, app, queue_name
from socialaudit.app.workers.context import WorkerContext
from socialaudit.core.settings import load_settings
from socialaudit.storage.db import open_store
from socialaudit.storage.ratelimit import Busy

log = logging.getLogger("socialaudit.workers")
_context: WorkerContext | None = None


def publish(kind: str, run_id: int, key: str) -> None:
    """Enqueue a step on its queue."""
    name = queue_name(QUEUE_OF[kind])
    TASKS[kind].apply_async(args=(run_id, key), queue=name, exchange=name, routing_key=name)


def context() -> WorkerContext:
    global _context
    if _context is None:
        settings = load_settings()
        _context = WorkerContext(settings, open_store(settings), publish)
    return _context


@app.task(name="socialaudit.crawl")
def crawl(run_id: int, key: str) -> None:
    crawlstep.crawl(context(), run_id, key)


@app.task(name="socialaudit.audit")
def audit(run_id: int, key: str) -> None:
    auditstep.chunk(context(), "audit", run_id, key)


@app.task(name="socialaudit.photos")
def photos(run_id: int, key: str) -> None:
    auditstep.chunk(context(), "photos", run_id, key)


@app.task(name="socialaudit.account")
def account(run_id: int, key: str) -> None:
    auditstep.account(context(), run_id, key)


@app.task(name="socialaudit.mail", bind=True, max_retries=None)
def mail(self, run_id: int, key: str) -> None:
    try:
        mailstep.mail(context(), run_id, key)
    except Busy as e:  # another live process is sending this organisation's mail
        raise self.retry(countdown=5, exc=e) from None


@app.task(name="socialaudit.learn", bind=True, max_retries=None)
def learn(self, run_id: int, key: str) -> None:
    try:
        learnstep.learn(context(), run_id, key)
    except Busy as e:  # another live process is refitting this organisation
        raise self.retry(countdown=30, exc=e) from None


TASKS = {"crawl": crawl, "audit": audit, "photos": photos, "account": account, "mail": mail, "learn": learn}
