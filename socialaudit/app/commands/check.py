"""`socialaudit check`: the volunteer's "am I OK to post this?"."""
from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path

import click

from socialaudit.app.checking import Author, DraftError, check_draft, explain, stored_author
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.core.policy import Policy


@click.command()
@click.option("--text", required=True, help="The draft post's text.")
@click.option("--photo", "photos", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A photo you plan to attach (repeatable).")
@click.option("--alt", "alt_texts", multiple=True, help="Alt text for each photo, in order (repeatable).")
@policy_option()
@click.option("--official", is_flag=True, help="The draft is for an official account of the organisation.")
@click.option("--reply-to", metavar="ACCOUNT", help="The draft replies to this account (e.g. x:@someone).")
@click.option("--account", "author", metavar="ACCOUNT",
              help="Your enrolled account (e.g. x:@jane_v): your stored posts say who your own family are "
                   "(needs the database).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_app
def check(app: App, text, photos, alt_texts, policy_ref, official, reply_to, author, fmt):
    """Check a draft against every rule before posting, and explain each verdict.

    Exits 0 when the draft looks fine, 1 when a rule found a problem.
    """
    policy = app.policy(policy_ref)
    with ExitStack() as stack:
        known = _author(app, stack, policy, author) if author else None
        try:
            verdicts = check_draft(policy, text, [Path(p) for p in photos], role="official" if official else "personal",
                                   reply_to=reply_to, alt_texts=list(alt_texts), author=known)
        except DraftError as e:
            raise Failure(str(e)) from None
    if fmt == "json":
        click.echo(json.dumps({"ok": all(v.ok for v in verdicts), "verdicts": [
            {"rule": v.rule, "ok": v.ok, "clause": v.clause, "advice": v.advice,
             "finding": v.finding.to_dict(explain=True) if v.finding else None} for v in verdicts]},
            ensure_ascii=False, indent=2))
    else:
        click.echo(explain(verdicts, policy.section("review").get("help_text", "")))
    sys.exit(0 if all(v.ok for v in verdicts) else 1)


def _author(app: App, stack: ExitStack, policy: Policy, external_id: str) -> Author:
    """The enrolled account's author, read from the store (its session open while checking)."""
    from socialaudit.storage import accounts  # the database only with --account

    s = stack.enter_context(app.store().session())
    row = accounts.account_in(s, policy.id, external_id)
    if row is None:
        raise Failure(f"account {external_id[:80]} is not enrolled under the policy {policy.id}")
    found = stored_author(s, [row])
    assert found is not None
    return found
