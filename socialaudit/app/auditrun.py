"""`socialaudit audit`: a source, a policy, the audit core and a writer (and the store) wired together."""
from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import replace

import click

from auditors.engine import audit
from auditors.learned.builtin import layer_for
from auditors.parallel import default_jobs
from auditors.prepared import Prepared
from socialaudit.app import baseline
from socialaudit.app.inputs import open_input
from socialaudit.app.output import WRITERS
from socialaudit.core.errors import InputError
from socialaudit.core.policy import Policy
from socialaudit.core.rules import SEVERITIES
from socialaudit.core.settings import Settings


def _baseline_done(tally: baseline.Tally, baseline_path: str | None, write_path: str | None,
                   policy: Policy) -> int:
    """Say what the baseline hid and what it no longer matched; write the new one."""
    if baseline_path:
        click.echo(f"socialaudit: {len(tally.seen) - tally.hidden} new findings; {tally.hidden} already in "
                   f"{baseline_path} not shown; {tally.gone} baseline entries no longer found", err=True)
    if write_path:
        try:
            baseline.write(write_path, tally.seen, policy.id)
        except InputError as e:
            return _fail(str(e))
        click.echo(f"socialaudit: wrote {len(tally.seen)} findings to the baseline {write_path}", err=True)
    return 0


def _fail(msg: str) -> int:
    click.echo(f"socialaudit: {msg}", err=True)
    return 2


def _tally(baseline_path: str | None, write_path: str | None) -> baseline.Tally:
    """The baseline to compare with (raises InputError for a bad one or an unwritable target)."""
    if write_path:
        baseline.check_writable(write_path)
    return baseline.Tally(baseline.load(baseline_path) if baseline_path else frozenset(),
                          tracking=bool(baseline_path or write_path))


def run_audit_command(*, policy: Policy, settings: Settings, input_path: str, fmt: str, output_path: str | None,
                      fail_on: str | None, rules, explain: bool, store: bool, progress: bool,
                      jobs: int | None = None, learned: bool = True, baseline_path: str | None = None,
                      write_baseline: str | None = None) -> int:
    unknown = [r for r in rules if r not in policy.rules]
    if unknown:
        return _fail(f"unknown rule {unknown[0]!r} for --rule (the rules are: {', '.join(sorted(policy.rules))})")
    try:
        tally = _tally(baseline_path, write_baseline)
        source = open_input(input_path)
    except InputError as e:
        return _fail(str(e))

    worst = -1
    with ExitStack() as stack:
        try:
            out = stack.enter_context(open(output_path, "w", encoding="utf-8")) if output_path else sys.stdout
        except OSError as e:
            return _fail(f"{output_path}: cannot write ({e.strerror})")
        writer = WRITERS[fmt](out, policy, explain)
        recorder = None
        history = None
        layer = layer_for(policy) if learned and not store else None  # with --store: the organisation's refit
        if store:
            # The database (SQLAlchemy, Alembic) is imported only for --store: a plain audit needs none.
            from socialaudit.app.history import org_history
            from socialaudit.app.learning import org_layer
            from socialaudit.storage.db import StorageError, open_store
            from socialaudit.storage.recorder import AuditRecorder

            try:
                opened = open_store(settings)
                recorder = stack.enter_context(AuditRecorder(opened, policy, source_name=str(input_path),
                                                             media_root=source.media_root, data_dir=settings.data_dir))
                layer = org_layer(opened, policy) if learned else None
                history = org_history(opened, policy)  # the accounts' earlier stored posts: their own family
            except StorageError as e:
                return _fail(str(e))
        on_progress = None
        if progress:
            on_progress = lambda n: click.echo(f"\r  audited {n:,} posts", err=True, nl=False)  # noqa: E731
        run = audit(source, Prepared(policy), only=rules or None, progress=on_progress,
                    jobs=jobs or default_jobs(source.name), learned=layer, history=history)
        writer.start()
        try:
            for item in run:
                for finding in item.findings:
                    if not tally.is_new(finding):
                        continue  # in the baseline: stored (below) but not shown, and not counted by --fail-on
                    worst = max(worst, SEVERITIES.index(finding.severity))
                    writer.finding(finding, item.subject)
                if recorder is not None:
                    recorder.record(item)
        except InputError as e:
            return _fail(str(e))
        if progress:
            click.echo("", err=True)
        if recorder is not None:
            recorder.finish(run.summary)
        # the writer counts what it listed: findings in the baseline are not
        writer.finish(replace(run.summary, findings=run.summary.findings - tally.hidden))
        if recorder is not None:
            click.echo(f"socialaudit: stored run {recorder.run_id} in {recorder.url_for_humans}", err=True)
    code = _baseline_done(tally, baseline_path, write_baseline, policy)
    if code:
        return code
    if fail_on is not None and worst >= SEVERITIES.index(fail_on):
        return 1
    return 0
