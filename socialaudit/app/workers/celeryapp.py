"""The Celery application: four queues, late acknowledgement, one task at a time per process.

Broker: $SOCIALAUDIT_BROKER_URL (default amqp://guest:guest@127.0.0.1:5672//, a local
RabbitMQ; redis://127.0.0.1:6379/0 works too). No result backend: progress lives in the store.

- `task_acks_late` + `task_reject_on_worker_lost`: a message is acknowledged only after its
  task returned, so a worker killed mid-task (SIGKILL, power loss) leaves it unacknowledged
  and the broker hands it to another worker; the tasks make that safe (socialaudit.storage
  .workqueue).
- `worker_prefetch_multiplier = 1`: a worker holds one message beyond the one it runs, so a
  slow crawl does not sit on work another worker could take.
- On Redis, an unacknowledged message comes back only after the transport's visibility
  timeout (Kombu's default is an hour) and its next scan for such messages (every 100 s by
  default); $SOCIALAUDIT_REDIS_VISIBILITY_TIMEOUT (seconds, default 900) shortens the first and
  the scan runs every 5 s. It must stay longer than the longest task, or a running task is handed
  out twice (harmless, since the tasks are idempotent, but wasted work). RabbitMQ needs no
  such setting: it redelivers as soon as the dead worker's connection closes.
"""
from __future__ import annotations

import os

from celery import Celery
from kombu import Exchange, Queue

DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672//"
QUEUES = ("crawl", "audit", "photos", "mail")
# task kind -> queue: the account rules ride with the text audit, the monthly refit with the mail
QUEUE_OF = {"crawl": "crawl", "audit": "audit", "account": "audit", "photos": "photos", "mail": "mail",
            "learn": "mail"}


def queue_name(queue: str) -> str:
    """The broker queue's name: $SOCIALAUDIT_QUEUE_PREFIX lets two installations (or test runs)
    share one broker."""
    return os.environ.get("SOCIALAUDIT_QUEUE_PREFIX", "") + queue


def broker_url() -> str:
    return os.environ.get("SOCIALAUDIT_BROKER_URL") or DEFAULT_BROKER


def _queue(queue: str) -> Queue:
    """A durable queue on its own direct exchange (a shared one would copy every message to all)."""
    name = queue_name(queue)
    return Queue(name, Exchange(name, type="direct", durable=True), routing_key=name, durable=True)


def transport_options(broker: str) -> dict:
    """Broker transport options: publish confirms always, a visibility timeout on Redis."""
    options: dict = {"confirm_publish": True}
    if broker.startswith(("redis://", "rediss://")):
        options["visibility_timeout"] = int(os.environ.get("SOCIALAUDIT_REDIS_VISIBILITY_TIMEOUT", "900"))
        # Kombu scans for messages past that timeout every interval x throttle seconds
        # (10 x 10 by default): scan every 5 s instead, so the timeout is what decides.
        options["unacked_restore_interval"] = 5
        options["unacked_restore_throttle"] = 1
    return options


def make_app(broker: str | None = None) -> Celery:
    broker = broker or broker_url()
    app = Celery("socialaudit", broker=broker, include=["socialaudit.app.workers.tasks"])
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_queues=[_queue(q) for q in QUEUES],
        task_default_queue=queue_name("audit"),
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        # a published task is confirmed by the broker before publish returns: none lost in flight
        broker_transport_options=transport_options(broker),
    )
    return app


app = make_app()
