"""`socialaudit org add NAME --policy PACK` and `org list`: organisations sharing one store.

An organisation is known by its policy pack's id (every command's `--policy` finds it that
way), so two organisations on one store each have their own pack file, which holds their
own register and words anyway (`extends = "twins-trust-fcs"` plus their changes)."""
from __future__ import annotations

import click

from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.storage import organisations


@click.group("org")
def org_command() -> None:
    """Add and list the organisations in the store."""


@org_command.command("add")
@click.argument("name")
@policy_option(required=True)
@pass_app
def org_add(app: App, name: str, policy_ref: str) -> None:
    """Add an organisation NAME whose policy is PACK (a built-in pack or a .toml file)."""
    policy = app.policy(policy_ref)
    with app.store().session() as s:
        try:
            org = organisations.add(s, name, policy.ref, policy.fingerprint, slug=policy.id)
        except organisations.OrganisationExists as e:
            raise Failure(f"{e} (policy id '{policy.id}'): give the new organisation its own pack") from None
        slug = org.slug
    click.echo(f"socialaudit: organisation '{name}' added as '{slug}' with policy {policy.ref}")


@org_command.command("list")
@pass_app
def org_list(app: App) -> None:
    """Each organisation: its id (the policy pack's), name, policy, people and accounts."""
    with app.store().session() as s:
        rows = organisations.summary(s)
    if not rows:
        click.echo("no organisations yet: socialaudit org add NAME --policy PACK")
    for org, people, accounts in rows:
        click.echo(f"{org.slug}\t{org.name}\t{org.policy_ref}\t{people} people\t{accounts} accounts")
