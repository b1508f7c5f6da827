"""`socialaudit import`: a volunteer's platform export into the store, audited.

All or nothing: the import is one transaction, so a hostile or broken archive
leaves nothing half-written. Re-importing the same export changes nothing.
"""
from __future__ import annotations

import sys

import click

from auditors.engine import audit
from auditors.prepared import Prepared
from socialaudit.app.inputs import open_input
from socialaudit.app.learning import org_layer
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.core.errors import InputError
from socialaudit.core.model import RecordError
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


@click.command("import")
@click.argument("archive")
@click.option("--account", "account_id", metavar="ACCOUNT_ID",
              help="The enrolled account these posts belong to (e.g. x:@jane_v); default: the archive's own.")
@policy_option()
@pass_app
def import_command(app: App, archive, account_id, policy_ref):
    """Import a platform export (zip or folder) into the store and audit it."""
    policy, settings = app.policy(policy_ref), app.settings
    try:
        source = _Renamed(open_input(archive), account_id)
    except InputError as e:
        raise Failure(str(e)) from None
    store = app.store()
    recorder = AuditRecorder(store, policy, source_name=str(archive), kind="import", atomic=True,
                             media_root=source.media_root, data_dir=settings.data_dir)
    run = audit(source, Prepared(policy), learned=org_layer(store, policy))
    try:
        for item in run:
            recorder.record(item)
    except (InputError, RecordError) as e:
        recorder.abandon()
        raise Failure(f"{e} (nothing was imported)") from None
    summary = run.summary
    recorder.finish(summary)
    c = recorder.counts
    click.echo(f"Imported {archive}: {summary.posts} posts ({c['posts_new']} new, {c['posts_changed']} changed, "
               f"{c['posts_same']} unchanged), {summary.findings} findings ({c['findings_new']} new). "
               f"Run {recorder.run_id}.")
    for e in summary.errors[:10]:
        click.echo(f"  problem: {e.file}:{e.line or '-'}: {e.reason}", err=True)
    sys.exit(0)
