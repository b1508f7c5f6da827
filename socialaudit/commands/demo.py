"""`socialaudit demo`: the whole job on the embedded default — bundled made-up
volunteers, the twins-trust-fcs pack, SQLite in the data folder."""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from ..auditrun import run_audit_command
from ..cli import main

DEMO_DIR = Path(str(resources.files("socialaudit") / "demo"))


def demo_bundle() -> Path:
    return DEMO_DIR / "demo-bundle.jsonl"


@main.command()
@click.option("--policy", "policy_ref", default="twins-trust-fcs", show_default=True,
              help="Policy pack to audit the demo data against.")
def demo(policy_ref: str) -> None:
    """Audit the bundled demo volunteers, print the findings and store the run (SQLite)."""
    click.echo(f"Demo: auditing made-up volunteers from {demo_bundle()}", err=True)
    code = run_audit_command(policy_ref=policy_ref, input_path=str(demo_bundle()), fmt="table",
                             output_path=None, fail_on=None, rules=(), explain=False, store=True,
                             progress=False)
    sys.exit(code)
