"""`socialaudit audit` (CONTRACT §1): audit a bundle or a platform export and print the findings."""
from __future__ import annotations

import sys

import click

from socialaudit.app.auditrun import run_audit_command
from socialaudit.app.listopts import OneLineErrors
from socialaudit.app.options import App, pass_app, policy_option, quiet_option
from socialaudit.core.rules import SEVERITIES


@click.command(cls=OneLineErrors)
@policy_option(required=True)
@click.option("--input", "input_path", required=True, metavar="BUNDLE",
              help="Audit bundle (.jsonl), or a platform export (X, Facebook or Instagram zip/folder).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "sarif"]), default="table",
              show_default=True, help="Output format. json is the findings document of the contract.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Exit 1 when a finding at or above this severity exists.")
@click.option("--rule", "rules", multiple=True, metavar="RULE", help="Run only this rule (repeatable).")
@click.option("--explain", is_flag=True, help="Include why each finding fired and its fingerprint.")
@click.option("--store", is_flag=True,
              help="Also save posts, findings and the run in the database (keeps review decisions).")
@click.option("--baseline", "baseline_path", default=None, metavar="FILE",
              help="Show (and --fail-on) only findings not in this baseline; all are still --store'd.")
@click.option("--write-baseline", default=None, metavar="FILE",
              help="Write every finding of this audit to FILE as a baseline (fingerprints and rules only).")
@quiet_option()
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Worker processes for the post rules (default: all cores for inputs over 4 MB, else 1).")
@click.option("--learned/--no-learned", default=True, show_default=True,
              help="Let the learned text layer add findings the rules miss (when the pack allows it).")
@pass_app
def audit(app: App, policy_ref, input_path, fmt, output_path, fail_on, rules, explain, store, baseline_path,
          write_baseline, quiet, jobs, learned):
    """Audit a bundle or archive against a policy and print the findings.

    To adopt socialaudit on accounts with a history, record today's findings with
    --write-baseline FILE, then audit with --baseline FILE to see only what is new.
    A baseline holds only findings' fingerprints and rule ids: no names, no text.
    """
    code = run_audit_command(policy=app.policy(policy_ref), settings=app.settings, input_path=input_path, fmt=fmt,
                             output_path=output_path, fail_on=fail_on, rules=rules, explain=explain, store=store,
                             progress=not quiet and sys.stderr.isatty(), jobs=jobs, learned=learned,
                             baseline_path=baseline_path, write_baseline=write_baseline)
    sys.exit(code)
