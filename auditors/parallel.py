"""The post rules on every core, for large inputs.

The parent reads the source (streaming, as always) and sends posts in chunks to
worker processes; each worker runs the post rules (`Evaluator.post`) and sends back
the results. The parent keeps all bookkeeping — counts, account activity, what it
yields — in input order, so an audit on many cores gives the same items as on one,
and the account rules run in the parent at the end. Memory stays flat: at most
`jobs * 4` chunks are in flight.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from auditors.evaluate import Evaluator, PostResult
from auditors.learned.layer import LearnedLayer
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Post

CHUNK = 250
PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # below this, starting workers costs more than it saves

_evaluator: Evaluator | None = None
_source: tuple[str, Path | None] = ("-", None)


def default_jobs(source_name: str) -> int:
    """All cores (up to four) for a bundle over PARALLEL_MIN_BYTES, else one."""
    path = Path(source_name)
    try:
        big = path.is_file() and path.stat().st_size >= PARALLEL_MIN_BYTES
    except OSError:
        big = False
    return min(os.cpu_count() or 1, 4) if big else 1


def _init(prepared, only, accounts, name, media_root, learned) -> None:
    global _evaluator, _source
    _evaluator = Evaluator(prepared, only, accounts, learned)
    _source = (name, media_root)


def _evaluate(chunk: list[tuple[int | None, Post]]) -> list[PostResult]:
    assert _evaluator is not None
    return _evaluator.posts(chunk, _source[0], _source[1])


def evaluate_in_workers(posts: Iterator[tuple[int | None, Post]], prepared: Prepared, only: Iterable[str] | None,
                        accounts: dict[str, Account], source_name: str, media_root: Path | None,
                        jobs: int, learned: LearnedLayer | None = None) -> Iterator[PostResult]:
    """Like evaluating each post in turn, on `jobs` processes, in input order."""
    ctx = mp.get_context("fork")
    in_flight: deque = deque()
    init = (prepared, only, accounts, source_name, media_root, learned)
    with ctx.Pool(jobs, initializer=_init, initargs=init) as pool:
        for chunk in chunks(posts):
            in_flight.append(pool.apply_async(_evaluate, (chunk,)))
            if len(in_flight) >= jobs * 4:  # backpressure: never read far ahead of the workers
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def chunks(posts: Iterator[tuple[int | None, Post]]) -> Iterator[list[tuple[int | None, Post]]]:
    chunk: list[tuple[int | None, Post]] = []
    for item in posts:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
