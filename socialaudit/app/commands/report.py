"""`socialaudit report`: render a month's compliance report again from the store,
for one coordinator's volunteers or (without --coordinator) the whole organisation."""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from reports.browser import html_to_pdf
from reports.items import ReportError, parse_month
from reports.render import render
from socialaudit.app.delivery import monthly_report
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.storage import pages, repo
from socialaudit.storage.lifecycle import find_person


def _coordinator(s, org, ref: str | None):
    if ref is None:
        return None
    person = pages.person(s, int(ref)) if ref.isdigit() and len(ref) < 10 else find_person(s, org, ref)
    if person is None or person.organisation_id != org.id:
        raise Failure(f"--coordinator {ref}: nobody with this email or id")
    if person.role not in ("coordinator", "admin"):
        raise Failure(f"--coordinator {ref}: is a {person.role}, not a coordinator")
    return None if person.role == "admin" else person


def _render(app: App, policy_ref: str | None, month: str, coordinator: str | None, fmt: str) -> str:
    try:
        month = parse_month(month)
    except ReportError as e:
        raise Failure(str(e)) from None
    policy, settings, store = app.policy(policy_ref), app.settings, app.store()
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        report = monthly_report(s, org, policy, settings, _coordinator(s, org, coordinator), month,
                                datetime.now(timezone.utc))
    return render(report, "text" if fmt == "text" else "html", settings.template_dir)


@click.command("report")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to report on, e.g. 2026-10.")
@click.option("--coordinator", default=None, metavar="EMAIL_OR_ID",
              help="Only this coordinator's volunteers (default: every volunteer).")
@click.option("--format", "fmt", type=click.Choice(["html", "text", "pdf"]), default="html", show_default=True,
              help="pdf needs the Chromium browser (Debian: apt-get install chromium).")
@click.option("--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (default: standard output; report-YYYY-MM.pdf for pdf).")
@policy_option()
@pass_app
def report_command(app: App, month, coordinator, fmt, output, policy_ref):
    """Render the monthly compliance report for a past month from the store."""
    body = _render(app, policy_ref, month, coordinator, fmt)
    if fmt == "pdf":
        target = output or Path(f"report-{month}.pdf")
        try:
            html_to_pdf(body, target)
        except ReportError as e:
            raise Failure(str(e)) from None
        click.echo(f"socialaudit: report written to {target}", err=True)
        return
    if output is None:
        sys.stdout.write(body)
        return
    output.write_text(body, encoding="utf-8")
    click.echo(f"socialaudit: report written to {output}", err=True)
