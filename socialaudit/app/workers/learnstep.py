"""The learn task: the organisation's monthly refit of its learned heads, after its mail,
as the in-process `socialaudit run` does at its end (socialaudit.app.learning): at most once
every REFIT_EVERY, only with enough reviewer decisions, and a refit that lowers precision
or recall on the frozen gate sets is kept inactive.

Exactly once under redelivery: the mail task adds one "learn" row per (run, organisation,
month) and publishes it; the refit runs under the organisation's advisory lock, and re-checks
that a refit is due inside it. A task killed after saving the new heads but before marking
its row done is delivered again, finds the refit no longer due, and only marks the row.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from socialaudit.app.learning import default_gate, gate_sets, refit_due, refit_organisation
from socialaudit.app.workers.context import WorkerContext
from socialaudit.storage import ratelimit, workqueue

log = logging.getLogger("socialaudit.learn")


def key_for(org_id: int, now: datetime) -> str:
    return f"{org_id}:{now:%Y-%m}"


def after_mail(ctx: WorkerContext, run_id: int, org_id: int, now: datetime | None = None) -> None:
    """Called by the mail task once its row is done (also when a redelivery finds it done)."""
    if not ctx.learning.enabled:
        return
    key = key_for(org_id, now or datetime.now(timezone.utc))
    if workqueue.follow_up(ctx.store, run_id, org_id, "learn", key):
        ctx.publish("learn", run_id, key)


def learn(ctx: WorkerContext, run_id: int, key: str, now: datetime | None = None) -> None:
    """Raises ratelimit.Busy while another live process refits this organisation."""
    row = workqueue.begin(ctx.store, run_id, "learn", key)
    if row is None or row.done:
        return
    policy = ctx.org(row.organisation_id).policy
    with ratelimit.exclusive(ctx.store, f"learn:{row.organisation_id}"):
        outcome = _refit(ctx, policy, now or datetime.now(timezone.utc))
        with ctx.store.session() as s:
            workqueue.complete(s, row.id, outcome)
    log.info("run %d: learned heads: %s", run_id, outcome["model"])


def _refit(ctx: WorkerContext, policy, now: datetime) -> dict:
    if not refit_due(ctx.store, policy, now):
        return {"refitted": 0, "model": "not due (refitted less than a month ago)"}
    settings = ctx.learning
    gate = gate_sets(default_gate() if settings.gate is None else settings.gate)
    try:
        result = refit_organisation(ctx.store, policy, gate, min_decisions=settings.min_decisions,
                                    strength=settings.strength)
    except ImportError:
        return {"refitted": 0, "model": "not refitted: needs the 'learn' extra (pip install 'socialaudit[learn]')"}
    return {"refitted": int(result.version is not None), "accepted": int(result.accepted),
            "decisions": result.decisions,
            "model": f"{result.version}: {result.reason}" if result.version else result.reason}
