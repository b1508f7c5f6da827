"""Limits shared by every worker through the store.

`reserve()` is a token bucket per key (a platform token's hash, never the token): each call
takes one token and returns how long to wait before using it. It is one statement, an
INSERT … ON CONFLICT DO UPDATE … RETURNING that refills and takes in place, so concurrent
workers on any machine queue on the row's lock and ten workers never make more requests
than one token may. Reserving (the count may go negative) rather than refusing keeps
callers in arrival order without polling.

`exclusive()` is a PostgreSQL session advisory lock: held while one organisation's mail is
sent, released by the server the moment the holder's connection dies (a killed worker), so
a message left "sending" is known to belong to a dead process.
"""
from __future__ import annotations

import time
import zlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import func, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from socialaudit.storage import schema as db
from socialaudit.storage.db import Store


class Busy(RuntimeError):
    """Another live process holds the lock."""


def reserve(store: Store, key: str, rate: float, burst: float, now: float | None = None) -> float:
    """Take one token from the bucket `key` (refilled at `rate` per second, up to `burst`);
    the seconds to wait before the request it pays for."""
    now = time.time() if now is None else now
    bucket = db.RateBucket
    with store.session() as s:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        refilled = func.min if s.get_bind().dialect.name == "sqlite" else func.least
        upsert = insert(bucket).values(key=key, tokens=burst - 1, updated=now).on_conflict_do_update(
            index_elements=[bucket.key], set_={
                "tokens": refilled(burst, bucket.tokens + (now - bucket.updated) * rate) - 1, "updated": now})
        tokens = s.execute(upsert.returning(bucket.tokens)).scalar_one()
    return max(0.0, -tokens) / rate


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
