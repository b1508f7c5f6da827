"""The `socialaudit` command: one group, the commands of socialaudit.app.commands.
`audit` is fixed by CONTRACT §1; the rest is ours. Settings are read once, here,
and handed to every command (socialaudit.app.options.App).

The group imports a command's module only when that command is chosen: each run pays
for what its command needs, not for every command's libraries (see
socialaudit.app.commands for the table of names and one-line help)."""
from __future__ import annotations

import importlib

import click

from socialaudit import __version__
from socialaudit.app.commands import COMMANDS
from socialaudit.app.options import App


class LazyGroup(click.Group):
    """A group whose commands are named in socialaudit.app.commands.COMMANDS and imported on first use."""

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            entry = COMMANDS[cmd_name]
            module = importlib.import_module(f"socialaudit.app.commands.{entry.module}")
            self.add_command(getattr(module, entry.attr), cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their one-line help from the table, without importing a command."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, click.utils.make_default_short_help(COMMANDS[name].help, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
