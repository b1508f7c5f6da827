"""`socialaudit status`: what is enrolled, the last runs, what is failing and the findings
waiting, by state and by who holds them. The facts come from socialaudit.app.status
(`collect`, one dict), the words from its `render`; `--json` prints the dict."""
from __future__ import annotations

from datetime import datetime, timezone

import click

from socialaudit.app.listopts import OneLineErrors
from socialaudit.app.options import App, pass_app, policy_option
from socialaudit.app.plain import to_json


@click.command("status", cls=OneLineErrors)
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object (dates in ISO 8601 UTC).")
@policy_option()
@pass_app
def status_command(app: App, as_json: bool, policy_ref: str | None) -> None:
    """Show what is enrolled, the last run, failures and the backlog of findings.

    The backlog counts findings still waiting (open: to decide; confirmed: for the
    volunteer to fix) by who holds them: a volunteer in their grace window, a
    coordinator, or the admins when a volunteer has no coordinator.
    """
    # The facts come from the database: imported here, so `status --help` does not load SQLAlchemy.
    from socialaudit.app.status import StatusContext, collect, render

    ctx = StatusContext(app.store(), app.policy(policy_ref), app.settings, datetime.now(timezone.utc))
    status = collect(ctx)
    click.echo(to_json(status) if as_json else render(status), nl=as_json)
