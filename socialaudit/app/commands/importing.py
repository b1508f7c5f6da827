"""`socialaudit import`: a volunteer's platform export into the store, audited.

All or nothing: the import is one transaction, so a hostile or broken archive
leaves nothing half-written. Re-importing the same export changes nothing.
"""
from __future__ import annotations

import sys

import click

from auditors.engine import audit
from auditors.prepared import Prepared
from socialaudit.app.history import org_history
from socialaudit.app.inputs import open_input
from socialaudit.app.learning import org_layer
from socialaudit.app.options import App, Failure, pass_app, policy_option, quiet_option
from socialaudit.core.errors import InputError
from socialaudit.core.model import RecordError
from socialaudit.core.policy import Policy
from socialaudit.storage import repo
from socialaudit.storage.accounts import consent_holder
from socialaudit.storage.db import Store
from socialaudit.storage.recorder import AuditRecorder


class _Renamed:
    """The archive's records, with its account id replaced by the enrolled one."""

    def __init__(self, source, account_id: str | None):
        self.source, self.account_id = source, account_id
        self.name, self.media_root = source.name, source.media_root
        self.original: str | None = None

    def records(self, accounts_only: bool = False):
        for line, rec in self.source.records(accounts_only):
            if self.account_id and isinstance(rec, dict):
                if rec.get("kind") == "account":
                    self.original = self.original or rec.get("id")
                    rec = {**rec, "id": self.account_id}
                elif rec.get("kind") == "post":
                    rec = {**rec, "account_id": self.account_id}
            yield line, rec

    def own_accounts(self) -> set[str]:
        """The account ids the export itself speaks for (before any renaming)."""
        ids: set[str] = set()
        for _, rec in self.source.records():
            if isinstance(rec, dict) and rec.get("kind") in ("account", "post"):
                ext = rec.get("id") if rec["kind"] == "account" else rec.get("account_id")
                if isinstance(ext, str) and ext:
                    ids.add(ext)
        return ids


def check_consent(store: Store, policy: Policy, source: _Renamed) -> str | None:
    """Nothing is stored without recorded consent: every account the import would write must be
    enrolled; with --account, the export's own account must not be someone else's. Returns a
    warning to print (the export is of another handle), or raises Failure."""
    own = source.own_accounts()
    targets = {source.account_id} if source.account_id else own
    if not targets:
        raise Failure(f"{source.name}: no account or post in this export (nothing was imported)")
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        holders = {ext: consent_holder(s, org, ext) for ext in targets | own}
    missing = sorted(ext for ext in targets if holders[ext] is None)
    if missing:
        raise Failure(f"{missing[0]}: not enrolled, so no consent is recorded; nothing was imported "
                      "(enrol the volunteer first: socialaudit enrol ... --account " + missing[0] + ")")
    if not source.account_id or own <= {source.account_id}:
        return None
    person = holders[source.account_id].person_id
    others = sorted(ext for ext in own if holders[ext] is not None and holders[ext].person_id != person)
    if others:
        raise Failure(f"this export is of {others[0]}, which is enrolled for someone else; "
                      f"nothing was imported under {source.account_id}")
    return (f"warning: this export is of {', '.join(sorted(own))}; its posts are stored under "
            f"{source.account_id} as you asked")


@click.command("import")
@click.argument("archive")
@click.option("--account", "account_id", metavar="ACCOUNT_ID",
              help="The enrolled account these posts belong to (e.g. x:@jane_v); default: the archive's own.")
@policy_option()
@quiet_option()
@pass_app
def import_command(app: App, archive, account_id, policy_ref, quiet):
    """Import a volunteer's platform export (zip or folder) into the store and audit it.

    Every account in the export (or --account) must be enrolled with consent first."""
    policy, settings = app.policy(policy_ref), app.settings
    store = app.store()
    try:
        source = _Renamed(open_input(archive), account_id)
        warning = check_consent(store, policy, source)
    except InputError as e:
        raise Failure(str(e)) from None
    if warning:
        click.echo(f"socialaudit: {warning}", err=True)
    recorder = AuditRecorder(store, policy, source_name=str(archive), kind="import", atomic=True,
                             media_root=source.media_root, data_dir=settings.data_dir)
    show = not quiet and sys.stderr.isatty()
    on_progress = (lambda n: click.echo(f"\r  imported {n:,} posts", err=True, nl=False)) if show else None
    run = audit(source, Prepared(policy), learned=org_layer(store, policy), progress=on_progress,
                history=org_history(store, policy))  # the account's earlier stored posts: its own family
    try:
        for item in run:
            recorder.record(item)
    except (InputError, RecordError) as e:
        recorder.abandon()
        raise Failure(f"{e} (nothing was imported)") from None
    if show:
        click.echo("", err=True)
    summary = run.summary
    recorder.finish(summary)
    c = recorder.counts
    click.echo(f"Imported {archive}: {summary.posts} posts ({c['posts_new']} new, {c['posts_changed']} changed, "
               f"{c['posts_same']} unchanged), {summary.findings} findings ({c['findings_new']} new). "
               f"Run {recorder.run_id}.")
    for e in summary.errors[:10]:
        click.echo(f"  problem: {e.file}:{e.line or '-'}: {e.reason}", err=True)
    sys.exit(0)
