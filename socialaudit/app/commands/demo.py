"""`socialaudit demo`: the whole scheduled job on the embedded default — made-up
volunteers' X archives, the twins-trust-fcs pack, SQLite in the data folder — then
the coordinator's monthly report and the emails, written as files."""
from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path

import click

from socialaudit.app.demo.job import run_demo
from socialaudit.app.options import App, pass_app, policy_option

DEMO_DIR = Path(str(resources.files("socialaudit.app") / "demo"))


def demo_bundle() -> Path:
    """The single-file demo bundle, for `socialaudit audit` examples."""
    return DEMO_DIR / "demo-bundle.jsonl"


def _run_line(label: str, r) -> str:
    if r.skipped_reason:
        return f"  run {label}: skipped ({r.skipped_reason})"
    failed = f", {len(r.accounts_failed)} could not be read" if r.accounts_failed else ""
    return (f"  run {label}:\n    {r.accounts_crawled} accounts read{failed}; {r.posts_new} new posts, "
            f"{r.posts_audited} audited; {r.findings_new} new findings; {r.messages_queued} email(s) queued, "
            f"{r.messages_sent} written as .eml; {r.seconds:.2f} s")


@click.command()
@policy_option()
@pass_app
def demo(app: App, policy_ref: str | None) -> None:
    """Run the scheduled job on made-up volunteers; write the monthly report and emails to files."""
    logging.basicConfig(level=logging.WARNING, format="socialaudit: %(message)s", stream=sys.stderr)
    policy = app.policy(policy_ref or "twins-trust-fcs")
    policy_ref = policy.ref
    result = run_demo(policy, app.settings)
    click.echo(f"socialaudit demo: made-up volunteers, policy {policy_ref}, database {result.database}")
    for label, r in result.runs:
        click.echo(_run_line(label, r))
    t = result.totals
    click.echo(f"  in the store: {t['accounts']} accounts, {t['posts']} posts, {t['findings']} findings, "
               f"{t['messages sent']} emails sent")
    if result.report_path:
        click.echo(f"coordinator report ({result.month}): {result.report_path}")
    if result.eml_path:
        click.echo(f"email to the coordinator (.eml):  {result.eml_path}")
    if result.self_audit_emls:
        click.echo(f"self-audit emails to volunteers: {len(result.self_audit_emls)} .eml files in "
                   f"{result.self_audit_emls[0].parent}")
    click.echo("Re-render a month from the demo database:\n"
               f"  SOCIALAUDIT_DATABASE_URL={result.database} socialaudit report --month {result.month} --format text")
    if result.sign_in is None:
        click.echo("The review app needs the web extra: pip install -e '.[web]', then run the demo again.")
        return
    email, password = result.sign_in
    click.echo("See it in the review app, as on the simulated report day (the grace windows are over):\n"
               f"  SOCIALAUDIT_DATABASE_URL={result.database} socialaudit serve\n"
               f"  then open http://127.0.0.1:8080/ and sign in as {email} with the password {password}\n"
               "  (made for this demo database only; a new one each time you run the demo)")
