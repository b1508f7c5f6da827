"""`socialaudit worker` and `socialaudit run --dispatch`: the scheduled run as Celery tasks
(the `workers` extra; RabbitMQ or Redis as the broker, PostgreSQL as the store).

    socialaudit run --dispatch                 # cron or celery beat: one crawl task per due account
    socialaudit worker --queues crawl,audit    # as many as you like, on as many machines
    socialaudit worker --depths                # work left per task type, and messages per queue
"""
from __future__ import annotations

import os
import sys

import click

from socialaudit.app.options import App, Failure, pass_app

QUEUES = "crawl,audit,photos,mail"


def _needs_postgres(app: App) -> None:
    if not app.settings.db_url.startswith("postgresql"):
        raise Failure("workers share one store: set SOCIALAUDIT_DATABASE_URL to a PostgreSQL database "
                      "(postgresql://user@host/db); SQLite is for the in-process `socialaudit run`")


def _workers():
    try:
        from socialaudit.app.workers import celeryapp, dispatch, tasks
    except ModuleNotFoundError as e:
        raise Failure(f"workers need {e.name}: pip install 'socialaudit[workers,postgres]'") from None
    return celeryapp, dispatch, tasks


def dispatch_run(app: App, policy_ref: str | None, crawl_all: bool, dry_run: bool = False) -> None:
    """Publish the run's tasks for the policy's organisation, or for every organisation
    (with `dry_run`, print what would be published and publish nothing)."""
    _needs_postgres(app)
    _, dispatch, tasks = _workers()
    store = app.store()
    slugs = [app.policy(policy_ref).id] if policy_ref else None
    if dry_run:
        _print_plan(dispatch.plan(store, slugs, crawl_all=crawl_all), slugs)
        return
    if slugs:
        from socialaudit.storage import repo
        with store.session() as s:
            repo.ensure_organisation(s, app.policy(policy_ref))
    for d in dispatch.dispatch(store, tasks.publish, slugs, crawl_all=crawl_all):
        what = "resumed: published its unfinished work again" if d.resumed else f"{d.crawls} account(s) due"
        click.echo(f"socialaudit: {d.organisation}: run {d.run_id} dispatched ({what}; {d.published} task(s))",
                   err=True)


def _print_plan(planned, slugs: list[str] | None) -> None:
    click.echo("socialaudit: dry run: nothing enqueued, nothing written")
    if not planned:
        click.echo(f"no organisation {'named ' + slugs[0] if slugs else 'in the store'}: nothing would be dispatched")
    for p in planned:
        if p.resumed_run is not None:
            click.echo(f"{p.organisation}: run {p.resumed_run} in progress: would publish its {p.unfinished} "
                       "unfinished task(s) again")
            continue
        click.echo(f"{p.organisation}: would dispatch {len(p.due)} crawl task(s) for the due account(s)"
                   + (f", and {p.audit_only} account(s) to audit again without a crawl" if p.audit_only else ""))
        for ext in p.due:
            click.echo(f"  crawl {ext}")


# One task at a time in this process. Not Celery's `solo` pool: measured here, a solo worker on
# RabbitMQ left a message that arrived while a task ran waiting about 10 s before taking it
# (bench/distributed.py: 40 accounts took 52 s on one solo worker, 21 s on one thread).
ONE_THREAD = ["--pool", "threads", "--concurrency", "1"]


@click.command("worker")
@click.option("--queues", "-Q", default=QUEUES, show_default=True, help="Comma-separated queues to take work from.")
@click.option("--concurrency", "-c", type=int, default=1, show_default=True,
              help="Processes; 1 runs tasks in this process (a SIGKILL then loses only its own task).")
@click.option("--depths", is_flag=True, help="Print the work left per task type and per broker queue, and exit.")
@pass_app
def worker(app: App, queues: str, concurrency: int, depths: bool) -> None:
    """Take crawl, audit, photo and mail tasks from the broker (PostgreSQL store)."""
    _needs_postgres(app)
    celeryapp, _, _ = _workers()
    store = app.store()  # migrations run once here, before any task
    if depths:
        _print_depths(store, celeryapp)
        return
    wanted = [q.strip() for q in queues.split(",") if q.strip()]
    unknown = set(wanted) - set(celeryapp.QUEUES)
    if unknown or not wanted:
        raise Failure(f"unknown queue(s) {', '.join(sorted(unknown)) or '(none)'}: choose from {QUEUES}")
    pool = ["--pool", "prefork", "--concurrency", str(concurrency)] if concurrency > 1 else ONE_THREAD
    names = ",".join(celeryapp.queue_name(q) for q in wanted)
    quiet = ["--without-gossip", "--without-mingle", "--without-heartbeat"]  # no worker-to-worker chatter
    celeryapp.app.worker_main(["worker", "--queues", names, *pool, "--loglevel", "INFO",
                               "--hostname", f"socialaudit-{os.getpid()}@%h", *quiet])
    sys.exit(0)


def _print_depths(store, celeryapp) -> None:
    from socialaudit.storage import workqueue
    left = workqueue.queue_depths(store)
    click.echo("work left: " + (", ".join(f"{k} {n}" for k, n in sorted(left.items())) or "none"))
    try:
        with celeryapp.app.connection_for_write() as conn:
            for q in celeryapp.QUEUES:
                _, messages, consumers = conn.default_channel.queue_declare(celeryapp.queue_name(q), durable=True,
                                                                                 passive=True)
                click.echo(f"queue {q}: {messages} message(s), {consumers} worker(s)")
    except Exception as e:  # the broker is optional for this view
        click.echo(f"broker not reachable ({type(e).__name__})")
