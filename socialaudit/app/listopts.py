"""What the status, list and review commands share: `--since`, `--limit` and `--json`, read
strictly (a bad value is a one-line error, exit 2, as is any usage error: `OneLineErrors`),
and a plain text table for people."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Callable

import click

from socialaudit.app.options import Failure


class OneLineErrors(click.Command):
    """A command whose usage errors (unknown option, bad choice, missing option) are one line
    on stderr and exit 2, like every other error here, instead of click's usage block."""

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as e:
            name = f"{parent.command_path} {info_name}" if parent is not None else (info_name or "socialaudit")
            raise Failure(f"{info_name}: {e.format_message()} (see {name} --help)") from None


_AGE = re.compile(r"^(\d{1,5})\s*([hdw])$")
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime) -> datetime:
    """A date (2026-11-01), a date and time (2026-11-01T09:00, UTC unless it says), or an age
    back from now (24h, 7d, 2w)."""
    raw = text.strip().lower()
    age = _AGE.match(raw)
    if age:
        return now - timedelta(**{_UNITS[age.group(2)]: int(age.group(1))})
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Failure(f"--since {text[:40]!r}: give a date (2026-11-01), a date and time "
                      "(2026-11-01T09:00) or an age (24h, 7d, 2w)") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def since_option(what: str) -> Callable:
    return click.option("--since", default=None, metavar="WHEN",
                        help=f"Only {what} since WHEN: a date (2026-11-01), a date and time, or an age (24h, 7d, 2w).")


def limit_option(default: int = 100) -> Callable:
    return click.option("--limit", type=click.IntRange(1, 1_000_000), default=default, show_default=True,
                        help="Show at most this many (newest first); stderr says when more exist.")


def json_option() -> Callable:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print a JSON array (dates in ISO 8601 UTC) instead of a table.")


def choices(values: tuple[str, ...], allowed: tuple[str, ...] | list[str], option: str) -> tuple[str, ...]:
    """Check repeatable free-text values against what exists (e.g. the policy's rules)."""
    for v in values:
        if v not in allowed:
            raise Failure(f"{option} {v[:60]!r}: not one of {', '.join(sorted(allowed))}")
    return values


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns, each as wide as its widest cell (cells are cut at 60 characters)."""
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


def more_note(shown: int, total: int) -> None:
    """Tell the person (on stderr, so `--json` stays clean) that the list was cut."""
    if total > shown:
        click.echo(f"socialaudit: showing {shown} of {total}; use --limit or filters to see others", err=True)
