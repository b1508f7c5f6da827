"""Which importer reads an export, decided from the export's file names.

Each importer registers an `ImporterSpec` (STYLE: twitter-to-sqlite's registry
keyed by file names): the files that identify its platform, the files it
reads, and the platform's other files it knows and deliberately leaves alone.
Whatever no spec claims is an *unknown file*: listed, reported, never fatal.
Exports are often re-zipped with a top folder (`twitter-2024-01-01-abc/data/...`),
so a signature may sit under up to two folders; that prefix is the export root.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator, Protocol

from crawler.archives.container import Container, MemberError
from socialaudit.core.model import RecordError

# Files an operating system or an unzip tool leaves behind; never worth a notice.
JUNK = ("__MACOSX/*", "*/.DS_Store", ".DS_Store", "*/Thumbs.db", "Thumbs.db", "*/desktop.ini", "desktop.ini")


class Importer(Protocol):
    """Turns one export into CONTRACT §2 record dicts (or RecordErrors naming the file)."""

    def accounts(self) -> Iterator[dict | RecordError]: ...
    def posts(self) -> Iterator[dict | RecordError]: ...


def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


@dataclass(frozen=True)
class ImporterSpec:
    platform: str
    signatures: tuple[str, ...]          # any of these (glob, relative to the root) marks the platform
    reads: tuple[str, ...]               # files the importer reads
    known: tuple[str, ...]               # the platform's files left alone on purpose
    build: Callable[["ExportFiles"], Importer]
    html_only: tuple[str, ...] = ()      # the HTML flavour of the export, which holds no JSON to read
    _sig: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _claimed: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sig = "|".join(f"(?:{fnmatch.translate(p)[4:-3]})" for p in self.signatures)
        object.__setattr__(self, "_sig", re.compile(rf"(?s:(?P<prefix>(?:[^/]+/){{0,2}}?)(?:{sig}))\Z"))
        object.__setattr__(self, "_claimed", _union(self.reads + self.known + JUNK))

    def root_prefix(self, names: list[str]) -> tuple[str, int] | None:
        """The shortest folder prefix under which a signature file sits, and how many hits."""
        prefixes = [m.group("prefix") for n in names if (m := self._sig.match(n))]
        if not prefixes:
            return None
        return min(prefixes, key=len), len(prefixes)

    def claims(self, rel_name: str) -> bool:
        return self._claimed.match(rel_name) is not None


REGISTRY: list[ImporterSpec] = []


def register(spec: ImporterSpec) -> ImporterSpec:
    """Add an importer; built-in and third-party importers use the same call."""
    REGISTRY.append(spec)
    return spec


def detect(names: list[str]) -> tuple[ImporterSpec, str] | None:
    """The spec with the most signature files, and the export root prefix."""
    best: tuple[int, ImporterSpec, str] | None = None
    for spec in REGISTRY:
        found = spec.root_prefix(names)
        if found and (best is None or found[1] > best[0]):
            best = (found[1], spec, found[0])
    return (best[1], best[2]) if best else None


def html_only_platform(names: list[str]) -> str | None:
    """The platform whose HTML-format export this is, if it is one."""
    for spec in REGISTRY:
        rx = _union(tuple(f"*{p}" for p in spec.html_only))
        if spec.html_only and any(rx.match(n) for n in names):
            return spec.platform
    return None


class ExportFiles:
    """An export's files seen from its root, as an importer uses them."""

    def __init__(self, container: Container, prefix: str, label: str):
        self.container = container
        self.prefix = prefix
        self.label = label
        self.names = {n[len(prefix):] for n in container.names() if n.startswith(prefix)}
        self.problems: list[RecordError] = []

    def exists(self, rel: str) -> bool:
        return rel in self.names

    def glob(self, pattern: str) -> list[str]:
        rx = re.compile(fnmatch.translate(pattern))
        return sorted((n for n in self.names if rx.match(n)), key=natural_key)

    def open(self, rel: str) -> BinaryIO:
        return self.container.open(self.prefix + rel)

    def head(self, rel: str, n: int = 32) -> bytes:
        """The first bytes of a file; empty (and a problem noted) when it cannot be read."""
        try:
            return self.container.head(self.prefix + rel, n)
        except MemberError as e:
            self.problems.append(RecordError(str(e)))
            return b""

    def media_path(self, rel: str, suffix: str = "") -> str | None:
        """A path the pipeline can open (relative to the source's media_root, or absolute).

        A media file that cannot be copied out gives None and a noted problem: the
        post is still audited, its other media and text intact.
        """
        try:
            return self.container.media_path(self.prefix + rel, suffix)
        except (MemberError, OSError) as e:
            reason = str(e) if isinstance(e, MemberError) else f"{rel}: cannot be copied ({e})"
            self.problems.append(RecordError(reason))
            return None

    def drain(self) -> list[RecordError]:
        """Problems noted since the last call (reported after the record that met them)."""
        out, self.problems = self.problems, []
        return out


def natural_key(name: str) -> list:
    """tweets-part2.js before tweets-part10.js."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]
