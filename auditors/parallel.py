"""The post rules on every core, for large inputs.

The parent reads the source (streaming, as always) and sends chunks to worker
processes; each worker runs the post rules and the learned layer (`Evaluator.posts`)
and sends back the results. For a bundle the chunks are the raw lines: the workers
parse them too, so the parent only reads, counts and writes. The parent keeps all
bookkeeping — counts, account activity, what it yields — in input order, so an audit
on many cores gives the same items as on one, and the account rules run in the parent
at the end. Memory stays flat: at most `jobs * 4` chunks are in flight.

The parent audits the first chunk itself when it holds no media file: what the rules
and the learned layer build from the policy on first use (word lists, lexicons, the
hashed register, token caches) is then built once, before the fork, and the workers
share it instead of each building its own. A first chunk with photos is audited here
up to its first photo, on this thread only and with OpenCV's own pool off (threads must
not exist when a process forks): OpenCV's import and what the photo rules build (the
logo features, the colour templates) are then shared too; the rest goes to the workers.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections import deque
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from auditors.evaluate import Evaluator, PostResult, classify
from auditors.learned.layer import LearnedLayer
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Post
from socialaudit.core.sources import AuditError, parse_line

CHUNK = 250
PHOTO_CHUNK = 8  # posts with photos per chunk: one costs about what a thousand text posts do
PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # below this, starting workers costs more than it saves
PARALLEL_MIN_PHOTOS = 4 * PHOTO_CHUNK  # ... unless it holds this many posts with photos
MEDIA_PATH = b'"path"'  # how a media item with a file shows in a raw bundle line

T = TypeVar("T")
Item = PostResult | AuditError | str | None  # what a worker returns for one line (str: an account id)

_evaluator: Evaluator | None = None
_source: tuple[str, Path | None] = ("-", None)


@dataclass
class WorkerSetup:
    """What every worker needs (handed over once, when the pool forks)."""
    prepared: Prepared
    only: Iterable[str] | None
    accounts: dict[str, Account]
    source_name: str
    media_root: Path | None
    jobs: int
    learned: LearnedLayer | None = None
    own_family: dict[str, frozenset[str]] = field(default_factory=dict)
    known_names: dict[str, frozenset[str]] = field(default_factory=dict)


def default_jobs(source_name: str) -> int:
    """All cores (up to four) for a bundle over PARALLEL_MIN_BYTES or with at least
    PARALLEL_MIN_PHOTOS posts with photos, else one."""
    path = Path(source_name)
    try:
        big = path.is_file() and (path.stat().st_size >= PARALLEL_MIN_BYTES
                                  or _photo_lines(path) >= PARALLEL_MIN_PHOTOS)
    except OSError:
        big = False
    return min(os.cpu_count() or 1, 4) if big else 1


def _photo_lines(path: Path) -> int:
    """Lines of a (small) bundle that name a media file."""
    with path.open("rb") as f:
        return sum(1 for line in f if MEDIA_PATH in line)


def _init(setup: WorkerSetup) -> None:
    global _evaluator, _source
    _evaluator = Evaluator(setup.prepared, setup.only, setup.accounts, setup.learned)
    _evaluator.own_family = setup.own_family
    _evaluator.known_names = setup.known_names
    _source = (setup.source_name, setup.media_root)


def _evaluate(chunk: list[tuple[int | None, Post]]) -> list[PostResult]:
    assert _evaluator is not None
    return _evaluator.posts(chunk, _source[0], _source[1])


def _evaluate_lines(chunk: list[tuple[int, bytes]]) -> list[Item]:
    """Parse and audit raw bundle lines; one item per line, in order. An account comes
    back as its id only (the parent counts it; it already holds every account)."""
    assert _evaluator is not None
    items: list[Any] = [classify(line, parse_line(raw), _source[0]) for line, raw in chunk]
    posts = [(line, item) for (line, _), item in zip(chunk, items) if isinstance(item, Post)]
    results = iter(_evaluator.posts(posts, _source[0], _source[1]))
    return [next(results) if isinstance(item, Post) else item.id if isinstance(item, Account) else item
            for item in items]


def _has_media_lines(chunk: list[tuple[int, bytes]]) -> bool:
    """Without parsing the chunk (a wrong guess only decides who audits it, see _in_workers)."""
    return any(_names_media_file(item) for item in chunk)


def _has_media_posts(chunk: list[tuple[int | None, Post]]) -> bool:
    return any(_has_media_post(item) for item in chunk)


def _has_media_post(item: tuple[int | None, Post]) -> bool:
    return any(m.path for m in item[1].media)


def _names_media_file(item: tuple[int, bytes]) -> bool:
    """A cheap guess for chunking (a wrong one moves a chunk boundary, not a finding)."""
    return MEDIA_PATH in item[1]


def _warm(first: list, work: Callable[[list], list[T]], setup: WorkerSetup) -> list[T]:
    """The first chunk audited in the parent, on its own thread only (see the module docstring)."""
    global _evaluator, _source
    _evaluator = Evaluator(setup.prepared, setup.only, setup.accounts, setup.learned, photo_threads=1)
    _evaluator.own_family = setup.own_family
    _evaluator.known_names = setup.known_names
    _source = (setup.source_name, setup.media_root)
    try:
        return work(first)
    finally:
        _evaluator = None


def _opencv_serial() -> None:
    """OpenCV's own thread pool off, for good (the workers inherit it): its threads must not
    exist when the pool forks, and in the workers, whose photo threads already cover the
    cores, they would only contend with them."""
    from auditors.opencv import cv2
    cv2.setNumThreads(1)


def _in_workers(batches: Iterator[list], work: Callable[[list], list[T]], setup: WorkerSetup,
                has_media: Callable[[list], bool]) -> Iterator[T]:
    ctx = mp.get_context("fork")
    in_flight: deque = deque()
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    if has_media(first):
        # the posts up to the first with a photo, audited here: what the photo rules build on
        # first use (OpenCV itself, the logo features, the colour templates) is then built once
        # and shared, not once per worker; the rest of the chunk goes to the workers
        cut = next(i for i, item in enumerate(first) if has_media([item])) + 1
        _opencv_serial()
        yield from _warm(first[:cut], work, setup)
        rest = first[cut:]
    else:
        yield from _warm(first, work, setup)
        rest = []
    following = rest or next(batches, None)
    if following is None:
        return  # one chunk in all: no worker to start
    batches = chain([following], batches)
    gc.freeze()  # the workers' collectors leave what the parent built alone, so its pages stay shared
    try:
        pool = ctx.Pool(setup.jobs, initializer=_init, initargs=(setup,))
    finally:
        gc.unfreeze()
    with pool:
        for batch in batches:
            in_flight.append(pool.apply_async(work, (batch,)))
            if len(in_flight) >= setup.jobs * 4:  # backpressure: never read far ahead of the workers
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def evaluate_in_workers(posts: Iterator[tuple[int | None, Post]], setup: WorkerSetup) -> Iterator[PostResult]:
    """Like evaluating each post in turn, on `setup.jobs` processes, in input order."""
    return _in_workers(chunks(posts, _has_media_post), _evaluate, setup, _has_media_posts)


def evaluate_lines_in_workers(lines: Iterator[tuple[int, bytes]], setup: WorkerSetup) -> Iterator[Item]:
    """Raw bundle lines parsed and audited on `setup.jobs` processes, in input order: a
    PostResult per post, an account id per account record, an AuditError per bad record,
    None for a line to skip."""
    return _in_workers(chunks(lines, _names_media_file), _evaluate_lines, setup, _has_media_lines)


def chunks(items: Iterator[T], heavy: Callable[[T], bool] | None = None) -> Iterator[list[T]]:
    """Chunks of CHUNK items, closed early after PHOTO_CHUNK `heavy` ones (posts with
    photos), so that photo work spreads over the workers instead of filling one chunk."""
    chunk: list[T] = []
    photos = 0
    for item in items:
        chunk.append(item)
        if heavy is not None and heavy(item):
            photos += 1
        if len(chunk) >= CHUNK or photos >= PHOTO_CHUNK:
            yield chunk
            chunk, photos = [], 0
    if chunk:
        yield chunk
