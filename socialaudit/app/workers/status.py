"""The "Workers" section of `socialaudit status`: the dispatched run's work left per task
type, from the store, and each broker queue's messages and consumers when a broker is
configured (SOCIALAUDIT_BROKER_URL) and reachable. Needs no Celery: kombu is used only
if installed."""
from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from socialaudit.storage import listing, workqueue

QUEUES = ("crawl", "audit", "photos", "mail")


def collect(ctx: Any) -> dict[str, Any]:
    with ctx.store.session() as s:
        org = listing.organisation(s, ctx.policy.id)
        org_id = org.id if org is not None else None
    left = workqueue.queue_depths(ctx.store, org_id) if org_id is not None else {}
    return {"work_left": left, "queues": _broker_queues()}


def _broker_queues() -> dict[str, dict[str, int]] | None:
    url = os.environ.get("SOCIALAUDIT_BROKER_URL")
    if not url:
        return None
    try:
        from kombu import Connection
        prefix = os.environ.get("SOCIALAUDIT_QUEUE_PREFIX", "")
        out = {}
        with Connection(url, connect_timeout=2) as conn:
            for q in QUEUES:
                _, messages, consumers = conn.default_channel.queue_declare(prefix + q, passive=True)
                out[q] = {"waiting": messages, "workers": consumers}
        return out
    except Exception:  # no kombu, broker down, queue not declared yet: the store's view stands
        return None


def render(data: dict[str, Any], now: datetime) -> list[str]:
    left = data.get("work_left") or {}
    lines = [("work left: " + ", ".join(f"{k} {n}" for k, n in sorted(left.items()))) if left
             else "no dispatched run in progress"]
    for name, q in (data.get("queues") or {}).items():
        lines.append(f"queue {name}: {q['waiting']} waiting, {q['workers']} worker(s)")
    return lines
