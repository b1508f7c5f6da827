"""`socialaudit audit`: wire a source, a policy, the pipeline and a writer together."""
from __future__ import annotations

import sys
from contextlib import ExitStack

import click

from socialaudit.core.model import SEVERITIES
from socialaudit.app.output import WRITERS
from auditors.parallel import default_jobs, run_parallel
from auditors.engine import Pipeline
from socialaudit.core.policy import PolicyError, load_policy
from socialaudit.core.sources import InputError, open_input


def _fail(msg: str) -> int:
    click.echo(f"socialaudit: {msg}", err=True)
    return 2


def run_audit_command(*, policy_ref: str, input_path: str, fmt: str, output_path: str | None,
                      fail_on: str | None, rules, explain: bool, store: bool, progress: bool,
                      jobs: int | None = None) -> int:
    try:
        policy = load_policy(policy_ref)
    except PolicyError as e:
        return _fail(str(e))
    unknown = [r for r in rules if r not in [m for m in policy.raw.get("rules", {})]]
    if unknown:
        return _fail(f"unknown rule {unknown[0]!r} for --rule")
    try:
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
        if store:
            from socialaudit.storage.recorder import AuditRecorder
            from socialaudit.storage.db import StorageError
            try:
                recorder = stack.enter_context(AuditRecorder.open(policy, source_name=str(input_path)))
            except StorageError as e:
                return _fail(str(e))

        def sink(finding, subject):
            nonlocal worst
            worst = max(worst, SEVERITIES.index(finding.severity))
            writer.finding(finding, subject)

        on_progress = None
        if progress:
            on_progress = lambda n: click.echo(f"\r  audited {n:,} posts", err=True, nl=False)  # noqa: E731
        pipeline = Pipeline(policy, sink, only=rules or None, progress=on_progress)
        if recorder is not None:
            from socialaudit.core.settings import load_settings
            recorder.attach(pipeline, media_root=source.media_root, data_dir=load_settings().data_dir)
        writer.start()
        try:
            jobs = jobs or default_jobs(source)
            summary = run_parallel(pipeline, source, jobs) if jobs > 1 else pipeline.run(source)
        except InputError as e:
            return _fail(str(e))
        if progress:
            click.echo("", err=True)
        writer.finish(summary)
        if recorder is not None:
            recorder.finish(summary)
            click.echo(f"socialaudit: stored run {recorder.run_id} in {recorder.url_for_humans}", err=True)
    if fail_on is not None and worst >= SEVERITIES.index(fail_on):
        return 1
    return 0
