"""The `socialaudit` command: one group, the commands of socialaudit.app.commands.
`audit` is fixed by CONTRACT §1; the rest is ours. Settings are read once, here,
and handed to every command (socialaudit.app.options.App)."""
from __future__ import annotations

import click

from socialaudit import __version__
from socialaudit.app.commands import COMMANDS
from socialaudit.app.options import App


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="socialaudit")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Audit volunteers' social media against your organisation's policy.

    Start with `socialaudit demo`, or audit a bundle or archive with
    `socialaudit audit --policy twins-trust-fcs --input posts.jsonl`.
    Day to day: `socialaudit status` for what is waiting, `socialaudit review`
    to triage findings in the terminal, `socialaudit findings --help` for lists.
    """
    ctx.obj = App.load()


for _command in COMMANDS:
    main.add_command(_command)
