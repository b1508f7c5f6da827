"""Limits shared by every worker through the store.

`reserve()` is a token bucket per key (a platform token's hash, never the token): each call
takes one token and returns how long to wait before using it. The bucket row is read with
SELECT … FOR UPDATE, so concurrent workers on any machine queue on the row and ten workers
never make more requests than one token may. Reserving (the count may go negative) rather
than refusing keeps callers in arrival order without polling.

`exclusive()` is a PostgreSQL session advisory lock: held while one organisation's mail is
sent, released by the server the moment the holder's connection dies (a killed worker), so
a message left "sending" is known to belong to a dead process.
"""
from __future__ import annotations

import time
import zlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import select, text

from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.workqueue import insert_ignoring_duplicates


class Busy(RuntimeError):
    """Another live process holds the lock."""


def reserve(store: Store, key: str, rate: float, burst: float, now: float | None = None) -> float:
    """Take one token from the bucket `key` (refilled at `rate` per second, up to `burst`);
    the seconds to wait before the request it pays for."""
    now = time.time() if now is None else now
    with store.session() as s:
        insert_ignoring_duplicates(s, db.RateBucket.__table__, [{"key": key, "tokens": burst, "updated": now}])
        row = s.scalar(select(db.RateBucket).where(db.RateBucket.key == key).with_for_update())
        assert row is not None
        start = max(now, row.updated)  # a reservation in the future is where refilling resumes
        tokens = min(burst, row.tokens + (start - row.updated) * rate) - 1
        row.tokens, row.updated = tokens, start
        return max(0.0, start - now) + (max(0.0, -tokens) / rate)


@contextmanager
def exclusive(store: Store, name: str) -> Iterator[None]:
    """Hold the named advisory lock (PostgreSQL) for the block, or raise Busy."""
    if store.engine.dialect.name != "postgresql":
        yield  # one machine with SQLite: the caller's run lock already serialises
        return
    key = zlib.crc32(name.encode()) & 0x7FFFFFFF
    with store.engine.connect() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            raise Busy(f"another process holds the '{name}' lock")
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
