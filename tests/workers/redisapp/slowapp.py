"""A one-task Celery app on Redis with the product's transport options, for the redelivery test.

The task appends "start <pid>" and, after $SLOW_SECONDS, "done <pid>" to the file it is given."""
import os
import time

from celery import Celery

from socialaudit.app.workers.celeryapp import transport_options

URL = os.environ["SLOWAPP_BROKER"]
app = Celery("slowapp", broker=URL)
app.conf.update(task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
                broker_transport_options=transport_options(URL), task_default_queue=os.environ["SLOWAPP_QUEUE"],
                worker_hijack_root_logger=False, task_ignore_result=True)


@app.task(name="slowapp.slow")
def slow(marker: str) -> None:
    with open(marker, "a") as f:
        f.write(f"start {os.getpid()}\n")
    time.sleep(float(os.environ.get("SLOW_SECONDS", "60")))
    with open(marker, "a") as f:
        f.write(f"done {os.getpid()}\n")
