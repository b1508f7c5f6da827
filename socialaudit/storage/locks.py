"""A named lock in the database, so two scheduled runs never overlap — even on
two machines sharing one PostgreSQL — and a lock left by a killed run is taken
over instead of blocking every later run.

A holder refreshes its heartbeat while it works. A lock is stale when its
heartbeat is older than `stale_after`, or when its holder is a process on this
host that no longer exists.
"""
from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from socialaudit.storage.db import Store, changed
from socialaudit.storage.schema import Lock, Run

DEFAULT_STALE_AFTER = timedelta(minutes=30)


class LockBusy(RuntimeError):
    """Another live run holds the lock."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_is_dead(holder: str) -> bool:
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    return host == socket.gethostname() and pid.isdigit() and not _pid_alive(int(pid))


def new_holder() -> str:
    """This process, as a lock or run holder: host:pid:token."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def close_interrupted_runs(store: Store, stale_after: timedelta = DEFAULT_STALE_AFTER) -> int:
    """Mark runs left "running" by a killed process as "interrupted": their holder is a dead
    process on this host, or they have shown no sign of life for `stale_after`."""
    now = _now()
    closed = 0
    with store.session() as s:
        for run in s.scalars(select(Run).where(Run.status == "running")):
            alive_at = _aware(run.heartbeat_at or run.started_at)
            if (run.holder and _holder_is_dead(run.holder)) or alive_at < now - stale_after:
                run.status, run.finished_at = "interrupted", now
                run.errors = [*(run.errors or []), {"file": None, "line": None,
                                                     "reason": "the process running it stopped before it finished"}]
                closed += 1
    return closed


class DbLock:
    def __init__(self, store: Store, name: str = "run", stale_after: timedelta = DEFAULT_STALE_AFTER):
        self.store, self.name, self.stale_after = store, name, stale_after
        self.holder = new_holder()
        self.took_over_from: str | None = None

    def acquire(self) -> "DbLock":
        if self._insert():
            return self
        with self.store.session() as s:
            row = s.get(Lock, self.name)
            if row is None:
                return self.acquire()
            stale = _aware(row.heartbeat_at) < _now() - self.stale_after or _holder_is_dead(row.holder)
            if not stale:
                raise LockBusy(f"another run holds the '{self.name}' lock (since {row.acquired_at:%Y-%m-%d %H:%M} UTC)")
            old = row.holder
            # compare-and-swap: only one of several racing takers wins
            res = s.execute(update(Lock).where(Lock.name == self.name, Lock.holder == old)
                            .values(holder=self.holder, acquired_at=_now(), heartbeat_at=_now()))
            if changed(res) != 1:
                raise LockBusy(f"another run took over the stale '{self.name}' lock first")
            self.took_over_from = old
        return self

    def _insert(self) -> bool:
        try:
            with self.store.session() as s:
                s.add(Lock(name=self.name, holder=self.holder, acquired_at=_now(), heartbeat_at=_now()))
            return True
        except IntegrityError:
            return False

    def heartbeat(self) -> None:
        """Still alive: refresh the lock and any run this holder is recording."""
        with self.store.session() as s:
            s.execute(update(Lock).where(Lock.name == self.name, Lock.holder == self.holder)
                      .values(heartbeat_at=_now()))
            s.execute(update(Run).where(Run.holder == self.holder, Run.status == "running")
                      .values(heartbeat_at=_now()))

    def release(self) -> None:
        with self.store.session() as s:
            s.execute(delete(Lock).where(Lock.name == self.name, Lock.holder == self.holder))

    def held(self) -> bool:
        with self.store.session() as s:
            return s.scalar(select(Lock.holder).where(Lock.name == self.name)) == self.holder

    def __enter__(self) -> "DbLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
