"""`socialaudit learn`: refit the organisation's learned heads from its reviewers' decisions.

A confirmed finding is a positive example of its rule, a dismissed one a negative. The
refit is kept as a new version in the store, and becomes the one that judges the
organisation's posts only if precision and recall on the gate sets (the frozen test in
eval/frozen, by default) do not fall; otherwise it is kept, refused, for the record."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from socialaudit.app.learning import default_gate, gate_sets, refit_organisation
from socialaudit.app.options import App, pass_app, policy_option


@click.command("learn")
@policy_option()
@click.option("--gate", "gates", multiple=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A labelled folder (bundle.jsonl, labels.jsonl, policy.toml) the refit must not do worse on "
                   "(repeatable). Default: the frozen test sets in eval/frozen.")
@click.option("--min-decisions", type=click.IntRange(1), default=40, show_default=True,
              help="Reviewer decisions needed before a refit.")
@click.option("--strength", type=click.FloatRange(0.001), default=1.0, show_default=True,
              help="How strongly the refit holds to the current weights (higher: smaller changes).")
@click.option("--dry-run", is_flag=True, help="Refit and check, but keep nothing.")
@pass_app
def learn_command(app: App, policy_ref, gates, min_decisions, strength, dry_run) -> None:
    """Refit the learned heads from coordinators' confirm and dismiss decisions."""
    policy = app.policy(policy_ref)
    gate = gate_sets(list(gates) or default_gate())
    result = refit_organisation(app.store(), policy, gate, min_decisions=min_decisions, strength=strength,
                                keep=not dry_run)
    click.echo(f"{result.decisions} reviewer decisions ({result.needed} needed)")
    if result.version is None or result.before is None or result.after is None:
        click.echo(f"nothing refitted: {result.reason}")
        return
    click.echo(f"refitted {result.version} from {result.based_on}: "
               + ", ".join(f"{rule} ({n})" for rule, n in sorted(result.refitted.items())))
    click.echo(f"gate ({len(gate)} sets), rules or heads:  precision {result.before.precision:.3f} -> "
               f"{result.after.precision:.3f}   recall {result.before.recall:.3f} -> {result.after.recall:.3f}")
    click.echo(("(dry run: nothing kept) " if dry_run else "") + result.reason)
    sys.exit(0 if result.accepted else 1)
