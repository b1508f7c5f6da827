"""The token bucket in PostgreSQL: workers sharing one key never exceed its rate together
(the times the bucket gives out; a loaded machine may only send later than that)."""
from __future__ import annotations

import threading
import time

import pytest

from socialaudit.storage.ratelimit import Busy, exclusive, reserve

pytestmark = pytest.mark.workers


def test_four_threads_sharing_a_bucket_stay_within_its_rate(pg_store):
    rate, burst, per_thread = 20.0, 5.0, 15
    sent: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(per_thread):
            asked = time.monotonic()
            wait = reserve(pg_store, "mastodon:token:abc", rate, burst, now=time.time())
            with lock:
                sent.append(asked + wait)  # when the bucket lets this request go
            time.sleep(wait)

    threads = [threading.Thread(target=client) for _ in range(4)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = len(sent)
    assert total == 4 * per_thread
    assert max(sent) - start >= (total - burst) / rate - 0.05  # no faster than the bucket allows
    sent.sort()
    for i, t in enumerate(sent):  # in any window, at most burst + rate x window requests
        later = [u for u in sent[i:] if u - t <= 1.0]
        assert len(later) <= burst + rate * 1.0 + 1


def test_buckets_with_different_keys_do_not_share(pg_store):
    assert reserve(pg_store, "x:token:one", 1.0, 1.0) == 0.0
    assert reserve(pg_store, "x:token:two", 1.0, 1.0) == 0.0
    assert reserve(pg_store, "x:token:one", 1.0, 1.0) > 0.5


def test_the_mail_lock_is_exclusive_and_freed_when_its_holder_ends(pg_store):
    with exclusive(pg_store, "mail:1"):
        with pytest.raises(Busy):
            with exclusive(pg_store, "mail:1"):
                pass
    with exclusive(pg_store, "mail:1"):
        pass
