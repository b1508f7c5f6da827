"""`socialaudit demo`: the whole scheduled job on made-up data.

1. Enrol a made-up coordinator and three volunteers whose X archives ship with the
   package (source "archive"), plus one account whose export was never uploaded,
   so the report shows an account that could not be read.
2. Run the job now (`ScheduledRun`): read the archives, audit, queue and "send"
   the volunteers' self-audit emails.
3. Run it again as the run of the 1st of the month after the grace window would
   (a simulated date), which makes the coordinator's monthly report.
4. Make the review app show that simulated day: the demo's grace windows are closed,
   and the demo coordinator gets a fresh random password (printed) to sign in with.

The demo has its own SQLite database and outbox under `<data dir>/demo/`, and mail
is always written as .eml files, so it never touches real data or sends real mail.
Running it twice adds nothing: imports, findings and messages are idempotent.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reports.mailer import eml_name
from socialaudit.app.delivery import monthly_key
from socialaudit.app.runner import RunOptions, RunResult, ScheduledRun
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import repo, reporting
from socialaudit.storage.db import Store, open_store
from socialaudit.storage.followup import ALERT_WINDOW
from socialaudit.storage.lifecycle import create_person, enrol, find_person
from socialaudit.storage.visibility import end_grace_windows

ARCHIVES = Path(__file__).resolve().parent / "archives"
COORDINATOR = ("Dana Reyes (demo coordinator)", "dana.coordinator@demo.example")
# (name, email, [(account, archive file or None: an export never uploaded)])
VOLUNTEERS = [
    ("Pat Okafor (demo)", "pat@demo.example", [("x:@pat_volunteers", "pat_volunteers.zip")]),
    ("Sam Lee (demo)", "sam@demo.example", [("x:@sam_fcs", "sam_fcs.zip")]),
    ("Robin Hale (demo)", "robin@demo.example", [("x:@robin_makes", "robin_makes.zip"),
                                                 ("instagram:@robin.makes", None)]),
]


@dataclass
class DemoResult:
    """What the demo did and where its outputs are."""
    database: str
    runs: list[tuple[str, RunResult]] = field(default_factory=list)
    month: str = ""
    report_path: Path | None = None
    eml_path: Path | None = None
    self_audit_emls: list[Path] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    sign_in: tuple[str, str] | None = None  # (email, password) of the demo coordinator; None without the web extra


def demo_settings(settings: Settings) -> Settings:
    """The user's settings with the demo's own database and outbox, and no SMTP."""
    folder = settings.data_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return replace(settings, database_url=f"sqlite:///{folder / 'demo.db'}", outbox_dir=folder / "outbox",
                   smtp_host=None)


def enrol_demo(store: Store, policy: Policy, drop_dir: Path) -> None:
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        coord = find_person(s, org, COORDINATOR[1]) or create_person(s, org, *COORDINATOR, "coordinator")
        for name, email, accounts in VOLUNTEERS:
            if find_person(s, org, email) is not None:
                continue
            done = enrol(s, policy, name=name, email=email, accounts=[a for a, _ in accounts],
                         entered_by=coord, coordinator=coord)
            for row, (_, archive) in zip(done.accounts, accounts):
                path = ARCHIVES / archive if archive else drop_dir / row.handle
                row.source, row.source_config = "archive", {"path": str(path)}


def report_day(now: datetime, grace_days: int) -> datetime:
    """The 1st of the month after every new finding's grace window has ended."""
    later = now + timedelta(days=grace_days)
    first = datetime(later.year + (later.month == 12), later.month % 12 + 1, 1, 6, tzinfo=timezone.utc)
    return first


def _outputs(store: Store, policy: Policy, settings: Settings, result: DemoResult, month: str) -> None:
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        coord = find_person(s, org, COORDINATOR[1])
        archived = reporting.archived(s, org, "monthly", month, coord.id)
        keys = reporting.message_keys(s, "self-audit")
    result.month = month
    if archived is not None:
        result.report_path = settings.eml_dir.parent / f"report-{month}.html"
        result.report_path.write_text(archived.html, encoding="utf-8")
    eml = settings.eml_dir / eml_name(monthly_key(month, coord.id))
    result.eml_path = eml if eml.exists() else None
    result.self_audit_emls = [settings.eml_dir / eml_name(k) for k in keys if (settings.eml_dir / eml_name(k)).exists()]


def _demo_sign_in(coordinator) -> tuple[str, str] | None:
    """A new random password for the demo coordinator (demo database only)."""
    try:
        from socialaudit.app.web.auth import hash_password  # the web extra is optional
    except ModuleNotFoundError:
        return None
    password = secrets.token_urlsafe(12)
    coordinator.password_hash = hash_password(password)
    coordinator.failed_sign_ins, coordinator.locked_until = 0, None
    return coordinator.email, password


def run_demo(policy: Policy, settings: Settings, now: datetime | None = None) -> DemoResult:
    """Run the demo job twice (now, then the simulated report day); see the module notes."""
    settings = demo_settings(settings)
    store = open_store(settings)
    enrol_demo(store, policy, settings.data_dir / "demo" / "uploads")
    now = now or datetime.now(timezone.utc)
    later = report_day(now, int(policy.section("review").get("grace_days", 0)))
    result = DemoResult(database=store.url_for_humans)
    for label, at in (("now", now), (f"{later:%-d %b %Y}, the monthly report run (simulated date)", later)):
        result.runs.append((label, ScheduledRun(store, policy, settings, RunOptions(now=at)).execute()))
    month = f"{(later - timedelta(days=1)):%Y-%m}"
    _outputs(store, policy, settings, result, month)
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        # closed as the simulated clock passed them, before the alert horizon: the review app shows
        # the report day's queue, and running the demo again sends no 'new high-severity' alert
        end_grace_windows(s, org.id, datetime.now(timezone.utc) - ALERT_WINDOW)
        result.sign_in = _demo_sign_in(find_person(s, org, COORDINATOR[1]))
        result.totals = reporting.totals(s)
    store.engine.dispose()
    return result
