"""`socialaudit status` as data, then text: `collect()` returns one JSON-ready dict with a key
per section, `render()` turns that dict into lines for people.

A section is a name, a title, a function that gathers its facts and one that words them
(`Section`). They are listed in `SECTIONS`; a new one (say the Celery workers' queues) is one
more `Section` appended there, gathering from whatever it needs through `StatusContext`
(the settings say where a broker lives), and both `--json` and the text pick it up.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable

from socialaudit.app.plain import ago as _ago
from socialaudit.app.plain import count, day
from socialaudit.app.plain import duration as _duration
from socialaudit.app.workers import status as workers_status
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import status as facts
from socialaudit.storage.db import Store
from socialaudit.storage.listing import organisation

FAILURE_DAYS = 30  # how far back failed runs count


@dataclass
class StatusContext:
    """What a section may read: the store, the policy's organisation, the settings and the time."""
    store: Store
    policy: Policy
    settings: Settings
    now: datetime


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    collect: Callable[[StatusContext], dict[str, Any]]
    render: Callable[[dict[str, Any], datetime], list[str]]


def _with_org(ctx: StatusContext, gather: Callable) -> Any:
    with ctx.store.session() as s:
        org = organisation(s, ctx.policy.id)
        return gather(s, org) if org is not None else None


# --- the sections ---------------------------------------------------------------------------

def _enrolled(ctx: StatusContext) -> dict[str, Any]:
    return _with_org(ctx, lambda s, org: facts.enrolment(s, org, ctx.now)) or {
        "people": {"volunteer": 0, "coordinator": 0, "admin": 0}, "accounts": {}, "platforms": {},
        "accounts_without_consent": 0, "accounts_due": 0}


def _render_enrolled(d: dict[str, Any], now: datetime) -> list[str]:
    p = d["people"]
    lines = [f"{count(p['volunteer'], 'volunteer')}, {count(p['coordinator'], 'coordinator')}, "
             f"{count(p['admin'], 'admin')}"]
    if not d["accounts"]:
        return lines + ["no accounts enrolled yet: socialaudit enrol --help"]
    lines.append("accounts: " + ", ".join(f"{n} {status}" for status, n in d["accounts"].items())
                 + " (" + ", ".join(f"{n} {platform}" for platform, n in d["platforms"].items()) + ")")
    if d["accounts_without_consent"]:
        lines.append(f"{count(d['accounts_without_consent'], 'stored account')} without recorded consent")
    lines.append(f"{count(d['accounts_due'], 'account')} due a crawl now")
    return lines


def _runs(ctx: StatusContext) -> dict[str, Any]:
    def gather(s, org) -> dict[str, Any]:
        runs = facts.latest_runs(s, org)
        last = runs["last_scheduled"]
        runs["last_scheduled_failed_accounts"] = facts.failed_in_run(s, last["id"]) if last else []
        return runs
    return _with_org(ctx, gather) or {"last_scheduled": None, "last_any": None, "running": [],
                                      "last_scheduled_failed_accounts": []}


def _run_line(r: dict[str, Any], now: datetime) -> str:
    took = f", took {_duration(r['finished_at'] - r['started_at'])}" if r["finished_at"] else ""
    counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in r["counts"].items() if isinstance(v, int) and v)
    return (f"run {r['id']} ({r['kind']}) {r['status']}, started {_ago(r['started_at'], now)}{took}"
            + (f": {counts}" if counts else "") + (f"; {count(r['errors'], 'problem')}" if r["errors"] else ""))


def _render_runs(d: dict[str, Any], now: datetime) -> list[str]:
    lines = [f"running now: {_run_line(r, now)}" for r in d["running"]]
    if d["last_scheduled"] is None:
        lines.append("no scheduled run yet: socialaudit run")
    else:
        lines.append("last scheduled " + _run_line(d["last_scheduled"], now))
        failed = d["last_scheduled_failed_accounts"]
        if failed:
            more = " …" if len(failed) > 5 else ""
            lines.append(f"  could not crawl {count(len(failed), 'account')}: {', '.join(failed[:5])}{more}")
    last = d["last_any"]
    if last is not None and (d["last_scheduled"] is None or last["id"] != d["last_scheduled"]["id"]):
        lines.append("latest " + _run_line(last, now))
    return lines


def _failures(ctx: StatusContext) -> dict[str, Any]:
    since = ctx.now - timedelta(days=FAILURE_DAYS)
    return _with_org(ctx, lambda s, org: facts.failures(s, org, since)) or {
        "accounts": [], "runs": {}, "mail": {"failed": 0, "queued": 0}}


def _render_failures(d: dict[str, Any], now: datetime) -> list[str]:
    lines = [f"{a['account']}: {a['error']}" + (f" (last read {_ago(a['last_crawled_at'], now)})"
                                                 if a["last_crawled_at"] else " (never read)")
             for a in d["accounts"]]
    if d["runs"]:
        lines.append(f"runs in the last {FAILURE_DAYS} days: "
                     + ", ".join(f"{n} {status}" for status, n in d["runs"].items()))
    if d["mail"]["failed"]:
        lines.append(f"{count(d['mail']['failed'], 'email')} could not be sent")
    if d["mail"]["queued"]:
        lines.append(f"{count(d['mail']['queued'], 'email')} queued, not sent yet")
    return lines or ["none"]


def _backlog(ctx: StatusContext) -> dict[str, Any]:
    rows = _with_org(ctx, lambda s, org: facts.backlog(s, org, ctx.now)) or []
    by_state: dict[str, int] = {}
    for r in rows:
        by_state[r["state"]] = by_state.get(r["state"], 0) + r["count"]
    return {"total": sum(by_state.values()), "by_state": by_state, "by_holder": rows}


HOLDER_WORDS = {("volunteer", "grace"): "with volunteers, in their grace window",
                ("volunteer", "to-fix"): "with volunteers, to fix",
                ("admins", "to-decide"): "with the admins (volunteer has no coordinator)"}


def _render_backlog(d: dict[str, Any], now: datetime) -> list[str]:
    if not d["total"]:
        return ["nothing waiting"]
    lines = [f"{d['total']} waiting: " + ", ".join(f"{n} {state}" for state, n in d["by_state"].items())]
    for r in d["by_holder"]:
        who = HOLDER_WORDS.get((r["holder"], r["why"])) or f"with {r['coordinator']}, to decide"
        if r["grace_ends"] is not None:
            who += f" (the first reaches a coordinator {day(r['grace_ends'])} UTC)"
        lines.append(f"  {r['count']:>5} {r['state']:<9} {who}; oldest {_ago(r['oldest'], now)}")
    return lines


SECTIONS: list[Section] = [
    Section("enrolled", "Enrolled", _enrolled, _render_enrolled),
    Section("runs", "Runs", _runs, _render_runs),
    Section("failures", "Failures", _failures, _render_failures),
    Section("backlog", "Findings waiting", _backlog, _render_backlog),
    Section("workers", "Workers", workers_status.collect, workers_status.render),
]


# --- collect and render ---------------------------------------------------------------------

def collect(ctx: StatusContext, sections: list[Section] | None = None) -> dict[str, Any]:
    """The status as one dict: the organisation, the time, then one key per section."""
    out: dict[str, Any] = {"organisation": ctx.policy.org_name or ctx.policy.id, "policy": ctx.policy.id,
                           "at": ctx.now}
    for section in sections or SECTIONS:
        out[section.key] = section.collect(ctx)
    return out


def render(status: dict[str, Any], sections: list[Section] | None = None) -> str:
    now = status["at"]
    lines = [f"socialaudit status for {status['organisation']} (policy {status['policy']})"]
    for section in sections or SECTIONS:
        if section.key in status:
            lines += ["", f"{section.title}:"] + [f"  {line}" for line in section.render(status[section.key], now)]
    return "\n".join(lines) + "\n"
