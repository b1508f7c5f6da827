"""How the command line words things for people and for programs: JSON with ISO dates
(every `--json`), ages ("3 days ago") and durations."""
from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import datetime, timedelta, timezone
from typing import Any


def to_json(value: Any) -> str:
    """JSON with dates as ISO 8601 UTC and dataclasses as objects (for every `--json`)."""
    return json.dumps(value, default=_plain, ensure_ascii=False, indent=2)


def _plain(o: Any) -> Any:
    if isinstance(o, datetime):
        return utc(o).isoformat().replace("+00:00", "Z")
    if is_dataclass(o) and not isinstance(o, type):
        return asdict(o)
    raise TypeError(f"{type(o).__name__} is not JSON")


def utc(t: datetime) -> datetime:
    return t.astimezone(timezone.utc) if t.tzinfo else t.replace(tzinfo=timezone.utc)


def ago(t: datetime | None, now: datetime) -> str:
    if t is None:
        return "never"
    seconds = (utc(now) - utc(t)).total_seconds()
    return f"{duration(timedelta(seconds=abs(seconds)))} {'ago' if seconds >= 0 else 'from now'}"


def duration(d: timedelta) -> str:
    s = int(d.total_seconds())
    if s < 120:
        return f"{s}s"
    if s < 7200:
        return f"{s // 60} min"
    if s < 172800:
        return f"{s // 3600} h"
    return f"{s // 86400} days"


def day(t: datetime | None) -> str:
    """A stored time as "2026-12-07 14:05" (UTC), or empty."""
    return utc(t).strftime("%Y-%m-%d %H:%M") if t else ""


def count(n: int, thing: str, plural: str | None = None) -> str:
    """ "1 account", "3 accounts"."""
    return f"{n} {thing if n == 1 else plural or thing + 's'}"
