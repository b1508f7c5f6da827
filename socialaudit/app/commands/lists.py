"""`socialaudit people`, `accounts`, `findings` and `runs`: what the store holds, newest
first, as a table for people or `--json` for scripts (twitter-to-sqlite and datasette style).

They only read. Findings show their stored, redacted excerpts, never a post's text; the
`WITH` column says who holds a waiting finding (socialaudit.storage.listing.holder).
"""
from __future__ import annotations

from datetime import datetime, timezone

import click

from socialaudit.app.listopts import (
    OneLineErrors,
    choices,
    json_option,
    limit_option,
    more_note,
    parse_since,
    since_option,
)
from socialaudit.app.listopts import table as text_table
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.app.plain import day, to_json
from socialaudit.core.model import PLATFORMS
from socialaudit.core.rules import SEVERITIES
from socialaudit.storage import listing
from socialaudit.storage.listing import Filters, Holder

FINDING_STATES = ("open", "confirmed", "dismissed", "resolved")
ACCOUNT_STATES = ("active", "needs_reauth", "paused", "withdrawn")
RUN_STATES = ("running", "ok", "partial", "failed", "interrupted")
RUN_KINDS = ("run", "audit", "import", "erasure")


def _list(app: App, policy_ref: str | None, query, filters: dict, people: dict[str, str | None]):
    """Run `query(session, org_id, Filters)`; emails in `people` ("--volunteer": email) become
    the filter's person id, and an unknown one is a one-line error."""
    policy = app.policy(policy_ref)
    with app.store().session() as s:
        org = listing.organisation(s, policy.id)
        if org is None:
            return [], 0
        for option, email in people.items():
            if email is not None:
                person = listing.person_by_email(s, org.id, email)
                if person is None:
                    raise Failure(f"{option} {email[:80]}: nobody with this email")
                filters["person_id"] = person.id
        return query(s, org.id, Filters(**filters))


def _since(raw: str | None) -> datetime | None:
    return parse_since(raw, datetime.now(timezone.utc)) if raw else None


def _show(items: list, total: int, as_json: bool, headers: list[str], row) -> None:
    if as_json:
        click.echo(to_json(items))
    elif items:
        click.echo(text_table(headers, [row(i) for i in items]), nl=False)
    else:
        click.echo("Nothing matches.")
    more_note(len(items), total)


@click.command("people", cls=OneLineErrors)
@click.option("--role", "roles", multiple=True, type=click.Choice(("volunteer", "coordinator", "admin")),
              help="Only this role (repeatable).")
@click.option("--state", "states", multiple=True, type=click.Choice(("active", "withdrawn")),
              help="active, or withdrawn (their data erased).")
@click.option("--coordinator", default=None, metavar="EMAIL", help="Only the volunteers of this coordinator.")
@since_option("people added")
@limit_option()
@json_option()
@policy_option()
@pass_app
def people_command(app: App, roles, states, coordinator, since, limit, as_json, policy_ref) -> None:
    """List volunteers, coordinators and admins, with their coordinator and accounts."""
    items, total = _list(app, policy_ref, listing.people,
                         {"roles": roles, "states": states, "since": _since(since), "limit": limit},
                         {"--coordinator": coordinator})
    _show(items, total, as_json, ["ID", "ROLE", "NAME", "EMAIL", "COORDINATOR", "ACCOUNTS", "STATE", "ADDED"],
          lambda p: [p.id, p.role, p.name, p.email, p.coordinator, p.accounts,
                     "active" if p.active else "withdrawn", day(p.created_at)])


@click.command("accounts", cls=OneLineErrors)
@click.option("--state", "states", multiple=True, type=click.Choice(ACCOUNT_STATES),
              help="Account status (repeatable).")
@click.option("--platform", "platforms", multiple=True, type=click.Choice(sorted(PLATFORMS)),
              help="Platform (repeatable).")
@click.option("--volunteer", default=None, metavar="EMAIL", help="Only this volunteer's accounts.")
@since_option("accounts added")
@limit_option()
@json_option()
@policy_option()
@pass_app
def accounts_command(app: App, states, platforms, volunteer, since, limit, as_json, policy_ref) -> None:
    """List stored accounts: whose, consent, source, last crawl and error, findings waiting."""
    items, total = _list(app, policy_ref, listing.accounts,
                         {"states": states, "platforms": platforms, "since": _since(since), "limit": limit},
                         {"--volunteer": volunteer})
    _show(items, total, as_json,
          ["ID", "ACCOUNT", "STATUS", "VOLUNTEER", "CONSENT", "SOURCE", "LAST CRAWL", "WAITING", "LAST ERROR"],
          lambda a: [a.id, a.account, a.status, a.volunteer or "-", day(a.consent_at) or "none", a.source,
                     day(a.last_crawled_at) or "never", a.waiting, a.last_error])


def holder_words(h: Holder | None) -> str:
    if h is None:
        return ""
    if h.kind == "coordinator":
        return h.name or "a coordinator"
    return {"grace": "volunteer (grace window)", "to-fix": "volunteer (to fix)"}.get(h.why, h.kind)


@click.command("findings", cls=OneLineErrors)
@click.option("--state", "states", multiple=True, type=click.Choice(FINDING_STATES), help="Review state (repeatable).")
@click.option("--rule", "rules", multiple=True, metavar="RULE", help="Rule id, e.g. name-leak (repeatable).")
@click.option("--severity", "severities", multiple=True, type=click.Choice(SEVERITIES), help="Severity (repeatable).")
@click.option("--volunteer", default=None, metavar="EMAIL", help="Only this volunteer's findings.")
@click.option("--account", default=None, metavar="PLATFORM:HANDLE", help="Only this account's findings.")
@since_option("findings first found")
@limit_option()
@json_option()
@policy_option()
@pass_app
def findings_command(app: App, states, rules, severities, volunteer, account, since, limit, as_json,
                     policy_ref) -> None:
    """List stored findings with their state, who holds them and a masked excerpt.

    States: open (to decide), confirmed (for the volunteer to fix), dismissed (a
    false positive), resolved (gone from the post). WITH says who holds a waiting
    finding: the volunteer in their grace window, their coordinator, or the admins.
    --json adds each finding's fingerprint (what baselines and suppressions use).
    """
    choices(rules, list(app.policy(policy_ref).rules), "--rule")
    items, total = _list(app, policy_ref, lambda s, org, f: listing.findings(s, org, f, datetime.now(timezone.utc)),
                         {"states": states, "rules": rules, "severities": severities, "account": account,
                          "since": _since(since), "limit": limit}, {"--volunteer": volunteer})
    _show(items, total, as_json,
          ["ID", "STATE", "SEVERITY", "RULE", "SUBJECT", "ACCOUNT", "WITH", "FOUND", "EXCERPT"],
          lambda f: [f.id, f.state, f.severity, f.rule, f.subject, f.account, holder_words(f.holder),
                     day(f.created_at), f.evidence[0]["excerpt"] if f.evidence else f.message])


@click.command("runs", cls=OneLineErrors)
@click.option("--state", "states", multiple=True, type=click.Choice(RUN_STATES), help="Run status (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(RUN_KINDS),
              help="run (scheduled), audit (audit --store), import (also self-audits), erasure (repeatable).")
@since_option("runs started")
@limit_option(20)
@json_option()
@policy_option()
@pass_app
def runs_command(app: App, states, kinds, since, limit, as_json, policy_ref) -> None:
    """List runs: when, what they did, and what failed.

    Status: ok, partial (some accounts or records could not be read), failed,
    interrupted (the process was killed; the next run closed it), running.
    """
    items, total = _list(app, policy_ref, listing.runs,
                         {"states": states, "kinds": kinds, "since": _since(since), "limit": limit}, {})
    _show(items, total, as_json, ["ID", "KIND", "STATUS", "STARTED", "FINISHED", "FAILED ACCOUNTS", "PROBLEMS", "DID"],
          lambda r: [r.id, r.kind, r.status, day(r.started_at), day(r.finished_at), r.accounts_failed,
                     len(r.errors), _did(r.counts)])


def _did(counts: dict) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items() if isinstance(v, int) and v)
