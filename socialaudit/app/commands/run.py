"""`socialaudit run`: the scheduled job (crawl what is due, audit what is new,
send what is due). Safe to start from cron at any frequency.

Exit status: 0 everything ran (or another run held the lock, so nothing was
needed); 3 some accounts could not be crawled (recorded in the run, the rest
went on); 2 a configuration error (bad policy, unreachable database).
"""
from __future__ import annotations

import logging
import sys

import click
from rich.progress import Progress

from socialaudit.app.commands.worker import dispatch_run
from socialaudit.app.options import App, pass_app, policy_option
from socialaudit.app.runner import RunOptions, ScheduledRun
from socialaudit.storage import repo
from socialaudit.storage.accounts import enrolled_count


def _progress_printer():
    """Progress bars when a person is watching; nothing (log lines only) under cron."""
    if not sys.stderr.isatty():
        return None, None
    progress = Progress(transient=True)
    tasks: dict[str, int] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = progress.add_task(phase, total=max(total, 1))
        progress.update(tasks[phase], completed=done, total=max(total, 1))
    return progress, update


@click.command("run")
@policy_option()
@click.option("--dry-run", is_flag=True, help="Do everything but send mail and commit to the database; with "
                                              "--dispatch, print what would be enqueued and enqueue nothing.")
@click.option("--all", "crawl_all", is_flag=True, help="Crawl every enrolled account, due or not.")
@click.option("--dispatch", is_flag=True, help="Do not run here: publish the run as tasks for `socialaudit worker` "
                                               "(every organisation, or the --policy one; needs PostgreSQL).")
@pass_app
def run_command(app: App, policy_ref, dry_run, crawl_all, dispatch):
    """Crawl enrolled accounts that are due, audit new posts, send due reports."""
    if dispatch:
        return dispatch_run(app, policy_ref, crawl_all, dry_run)
    logging.basicConfig(level=logging.INFO, format="socialaudit: %(message)s", stream=sys.stderr)
    policy = app.policy(policy_ref)
    settings, store = app.settings, app.store()
    progress, update = _progress_printer()
    options = RunOptions(dry_run=dry_run, crawl_all=crawl_all, on_progress=update)
    if progress:
        with progress:
            result = ScheduledRun(store, policy, settings, options).execute()
    else:
        result = ScheduledRun(store, policy, settings, options).execute()
    if result.skipped_reason:
        click.echo(f"socialaudit: {result.skipped_reason}; nothing done", err=True)
        sys.exit(0)
    click.echo(f"socialaudit: run {result.run_id}{' (dry run)' if dry_run else ''}: "
               f"{result.accounts_crawled} accounts crawled, {len(result.accounts_failed)} failed; "
               f"{result.posts_new} new and {result.posts_changed} changed posts; {result.posts_audited} audited; "
               f"{result.findings_new} new findings, {result.findings_resolved} resolved; "
               f"{result.messages_sent} messages sent; {result.seconds}s", err=True)
    for acc in result.accounts_failed:
        click.echo(f"socialaudit: could not crawl {acc} (see the run's record)", err=True)
    if not result.accounts_crawled and not result.accounts_failed and not _enrolled(store, policy):
        click.echo("socialaudit: nobody is enrolled yet, so there was nothing to read: enrol a volunteer with "
                   "`socialaudit enrol`, then `socialaudit connect` their account", err=True)
    sys.exit(result.exit_code)


def _enrolled(store, policy) -> int:
    with store.session() as s:
        return enrolled_count(s, repo.ensure_organisation(s, policy))
