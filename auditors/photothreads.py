"""Posts with photos on every core of one process.

A post with photos costs a thousand times a text post, and nearly all of it is spent
in Pillow's decoder and OpenCV (the logo matcher, the face detector), which release
the GIL. So threads use every core for photos without what worker processes cost:
no start-up per worker, nothing pickled, no bundle size to reach first. A batch's
posts with media files go to the threads; the others are audited meanwhile in the
calling thread; the results come back in input order, the same as one by one.

The first post of the first batch runs alone, so the lazily built things every
rule shares (word lists, lexicons, the logo index) are built once, not once per
thread. Rules keep no state between posts (a post's facts live in its own
context), and the OpenCV objects that do keep state are made one per thread
(`auditors.faces`, `logo-misuse`).
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_THREADS = 4


def default_threads() -> int:
    """One thread per core this process may use (at most MAX_THREADS)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_THREADS))


class PhotoThreads:
    """Maps a function over a batch, the items with photos on a pool of threads."""

    def __init__(self, threads: int | None = None):
        self.threads = default_threads() if threads is None else threads
        self._pool: ThreadPoolExecutor | None = None
        self._warm = False

    def map(self, fn: Callable[[T], R], items: Sequence[T], has_photos: Callable[[T], bool]) -> list[R]:
        """[fn(item) for item in items], with the items that have photos run on the threads."""
        photos = [i for i, item in enumerate(items) if has_photos(item)]
        if self.threads < 2 or len(photos) < 2:
            return [fn(item) for item in items]
        out: dict[int, R] = {}
        if not self._warm:
            first = photos.pop(0)
            out[first] = fn(items[first])
            self._warm = True
        futures = {i: self._executor().submit(fn, items[i]) for i in photos}
        for i, item in enumerate(items):
            if i not in futures and i not in out:
                out[i] = fn(item)
        for i, future in futures.items():
            out[i] = future.result()
        return [out[i] for i in range(len(items))]

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="photos")
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None
