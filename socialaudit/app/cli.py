"""The `socialaudit` command. `audit` is fixed by CONTRACT §1; the rest is ours.

Exit status everywhere: 0 ran; 1 `--fail-on` threshold met (audit) or some
accounts failed (run); 2 bad usage, bad policy, or unreadable input — always
with a one-line reason on stderr, never a traceback.
"""
from __future__ import annotations

import sys

import click

from socialaudit import __version__
from socialaudit.core.model import SEVERITIES


class Failure(click.ClickException):
    """A one-line error that exits 2 (bad usage or input)."""
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"socialaudit: {self.format_message()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="socialaudit")
def main() -> None:
    """Audit volunteers' social media against your organisation's policy.

    Start with `socialaudit demo`, or audit a bundle or archive with
    `socialaudit audit --policy twins-trust-fcs --input posts.jsonl`.
    """


def load_policy_or_fail(ref: str):
    from socialaudit.core.policy import PolicyError, load_policy
    try:
        return load_policy(ref)
    except PolicyError as e:
        raise Failure(str(e)) from None


@main.command()
@click.option("--policy", "policy_ref", required=True, metavar="POLICY",
              help="Built-in pack (twins-trust-fcs, childrens-family-trust) or a policy .toml file.")
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
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Worker processes for the post rules (default: all cores for inputs over 4 MB, else 1).")
def audit(policy_ref, input_path, fmt, output_path, fail_on, rules, explain, store, quiet, jobs):
    """Audit a bundle or archive against a policy and print the findings."""
    from socialaudit.app.auditrun import run_audit_command
    code = run_audit_command(policy_ref=policy_ref, input_path=input_path, fmt=fmt, output_path=output_path,
                             fail_on=fail_on, rules=rules, explain=explain, store=store,
                             progress=not quiet and sys.stderr.isatty(), jobs=jobs)
    sys.exit(code)


# Commands that live in their own modules register themselves on `main`.
from socialaudit.app import commands
