"""Auditing a large input on every core.

The parent reads the source (streaming, as always) and sends posts in chunks
to worker processes; each worker runs the post rules (`Pipeline.evaluate_post`)
and sends back findings. The parent keeps all bookkeeping — counts, account
activity, the sink and the observers (the store) — in input order, so the
output is the same as a single-process run, and account rules run in the
parent at the end. Memory stays flat: at most `jobs * 4` chunks are in flight.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from pathlib import Path
from typing import Iterator

from socialaudit.core.model import Post
from auditors.engine import AuditSummary, Pipeline
from socialaudit.core.sources import RecordSource

CHUNK = 250
PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # below this, starting workers costs more than it saves

_worker: Pipeline | None = None
_worker_source: "_SourceInfo | None" = None


class _SourceInfo:
    """What a worker needs of the source: its name (for errors) and media folder."""

    def __init__(self, name: str, media_root: Path | None):
        self.name, self.media_root = name, media_root

    def records(self, accounts_only: bool = False):  # pragma: no cover - never iterated
        return iter(())


def default_jobs(source: RecordSource) -> int:
    path = Path(source.name)
    try:
        big = path.is_file() and path.stat().st_size >= PARALLEL_MIN_BYTES
    except OSError:
        big = False
    return min(os.cpu_count() or 1, 4) if big else 1


def _init(policy, only, accounts, name, media_root) -> None:
    global _worker, _worker_source
    _worker = Pipeline(policy, lambda f, s: None, only=only)
    _worker.accounts = accounts
    _worker_source = _SourceInfo(name, media_root)


def _audit_chunk(chunk: list[tuple[int | None, Post]]) -> list[tuple]:
    out = []
    for line, post in chunk:
        before = len(_worker.summary.errors)
        media_before = _worker.summary.media
        findings, tags = _worker.evaluate_post(post, _worker_source, line)
        errors = _worker.summary.errors[before:]
        del _worker.summary.errors[before:]
        out.append((line, post, findings, tags, errors, _worker.summary.media - media_before))
    return out


def run_parallel(pipeline: Pipeline, source: RecordSource, jobs: int) -> AuditSummary:
    """Like `pipeline.run(source)`, with the post rules spread over `jobs` processes."""
    pipeline._load_accounts(source)
    summary = pipeline.summary
    ctx = mp.get_context("fork")
    only = [m.RULE_ID for m, _ in pipeline.auditors.post + pipeline.auditors.account]
    in_flight: deque = deque()
    with ctx.Pool(jobs, initializer=_init,
                  initargs=(pipeline.policy, only, pipeline.accounts, source.name, source.media_root)) as pool:
        for chunk in _post_chunks(pipeline, source):
            in_flight.append(pool.apply_async(_audit_chunk, (chunk,)))
            if len(in_flight) >= jobs * 4:  # backpressure: never read far ahead of the workers
                _commit(pipeline, in_flight.popleft().get())
        while in_flight:
            _commit(pipeline, in_flight.popleft().get())
    pipeline._audit_accounts(source)
    return summary


def _commit(pipeline: Pipeline, results: list[tuple]) -> None:
    for line, post, findings, tags, errors, media in results:
        pipeline.summary.posts += 1
        pipeline.summary.media += media
        for e in errors:
            pipeline.summary.add_error(e)
        pipeline.commit_post(post, findings, tags)
        pipeline._tick_progress()


def _post_chunks(pipeline: Pipeline, source: RecordSource) -> Iterator[list[tuple[int | None, Post]]]:
    """Parse in the parent (errors and account counts stay here); ship posts in chunks."""
    chunk: list[tuple[int | None, Post]] = []
    for item in pipeline.posts_of(source):
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
