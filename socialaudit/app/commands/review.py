"""`socialaudit review`: triage your open findings in the terminal, one at a time, masked,
as `detect-secrets audit` does for secrets (the loop is socialaudit.app.triage)."""
from __future__ import annotations

import sys

import click

from socialaudit.app.listopts import OneLineErrors, choices
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.app.triage import Triage, run
from socialaudit.core.rules import SEVERITIES
from socialaudit.storage import listing
from socialaudit.storage.listing import Filters


def _scope(app: App, policy_ref, email: str, volunteer: str | None) -> tuple[int, int | None, str]:
    """The reviewer's id, the volunteer filter's, and the policy the organisation was last
    audited with (the one the web masks with); unknown people are one-line errors."""
    policy = app.policy(policy_ref)
    with app.store().session() as s:
        org = listing.organisation(s, policy.id)
        person = listing.reviewer(s, org.id, email) if org is not None else None
        if person is None:
            raise Failure(f"--reviewer {email[:80]}: no active coordinator or admin with this email "
                          "(create one with: socialaudit admin create)")
        volunteer_id = None
        if volunteer is not None:
            found = listing.person_by_email(s, org.id, volunteer)
            if found is None or found.role != "volunteer":
                raise Failure(f"--volunteer {volunteer[:80]}: no volunteer with this email")
            volunteer_id = found.id
        return person.id, volunteer_id, org.policy_ref


@click.command("review", cls=OneLineErrors)
@click.option("--reviewer", required=True, metavar="EMAIL",
              help="Your email (a coordinator or admin): decisions are recorded in your name.")
@click.option("--rule", "rules", multiple=True, metavar="RULE", help="Only this rule's findings (repeatable).")
@click.option("--severity", "severities", multiple=True, type=click.Choice(SEVERITIES),
              help="Only this severity (repeatable).")
@click.option("--volunteer", default=None, metavar="EMAIL", help="Only this volunteer's findings.")
@policy_option()
@pass_app
def review_command(app: App, reviewer, rules, severities, volunteer, policy_ref) -> None:
    """Review your open findings in the terminal, one at a time.

    Shows each finding as the web's finding page does (names and places masked)
    and asks: c confirm (the volunteer gets a notice), d dismiss (asks why; it will
    not come back), s skip (decide later), q quit. A coordinator sees their own
    volunteers' findings once the grace window is over; an admin sees all.

    Each decision is saved at once, in the same trail as the web review. Quit at
    any time (q, Ctrl-C or end of input) and run it again to go on; findings
    skipped or left undecided come back.
    """
    choices(rules, list(app.policy(policy_ref).rules), "--rule")
    reviewer_id, volunteer_id, org_policy = _scope(app, policy_ref, reviewer, volunteer)
    triage = Triage(app.store(), app.policy(org_policy), app.settings, reviewer_id,
                    Filters(rules=rules, severities=severities, person_id=volunteer_id),
                    color=sys.stdout.isatty())
    if not triage.pending():
        click.echo("Nothing waiting for you: no open finding in your queue.")
        return
    tally = run(triage, _ask, click.echo)
    left = len(triage.pending())
    click.echo(f"\n{'Stopped. ' if tally.quit else ''}{tally.confirm} confirmed, {tally.dismiss} dismissed, "
               f"{tally.skip} skipped" + (f", {tally.gone} decided by someone else meanwhile" if tally.gone else "")
               + f". {left} still open for you" + (f": run `socialaudit review --reviewer {reviewer}` to go on."
                                                    if left else "."))


def _ask(prompt: str) -> str | None:
    """One line from the reviewer; None at end of input or Ctrl-C (which mean quit)."""
    try:
        return click.prompt(prompt, default="", show_default=False, prompt_suffix=" > ")
    except click.Abort:
        click.echo("")
        return None
