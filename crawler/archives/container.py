"""The files of an export, from a zip or an unpacked folder, read defensively.

An export is untrusted input: a zip entry may try to climb out of the archive
(`../../.bashrc`), be a symbolic link, or expand a few kilobytes into
gigabytes. Every name is checked once when the container opens; sizes are
checked against `Limits` from the zip's directory (zipfile never inflates a
member past its declared size, so the declared sizes bound the real ones).
Media is copied out on demand into a private temporary folder that is removed
when the container is garbage-collected or the process exits.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
import weakref
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

from socialaudit.core.errors import InputError

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile archive from exhausting disk or memory."""
    max_total_bytes: int = 64 * GiB      # all members, uncompressed
    max_member_bytes: int = 16 * GiB     # one member, uncompressed
    max_ratio: float = 200.0             # uncompressed / compressed; real JSON stays under ~30
    ratio_floor_bytes: int = 1 * MiB     # a tiny member may compress absurdly well ("[ ]") harmlessly
    max_members: int = 200_000          # entries; a heavy real export has tens of thousands
    max_directory_bytes: int = 64 * MiB  # the central directory, read whole by zipfile


class MemberError(Exception):
    """One member could not be read (corrupt data, CRC mismatch, I/O error)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


class Container(Protocol):
    label: str
    media_root: Path
    skipped: list[tuple[str, str]]

    def names(self) -> list[str]: ...
    def open(self, name: str) -> BinaryIO: ...
    def head(self, name: str, n: int = 32) -> bytes: ...
    def media_path(self, name: str, suffix: str = "") -> str: ...


def _human(n: int) -> str:
    return f"{n / GiB:.1f} GiB" if n >= GiB else f"{n / MiB:.1f} MiB"


def safe_member_name(raw: str) -> str | None:
    """The entry's POSIX path, or None when it would land outside the archive."""
    name = raw.replace("\\", "/")
    if "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    return "/".join(parts)


_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


def _check_directory(path: Path, limits: Limits) -> None:
    """Read the zip's end-of-central-directory record (and its ZIP64 form) and refuse an
    archive whose entry count or directory size is over the limits, before anything
    else of it is read: a 100 MB zip of a million empty entries would otherwise cost
    gigabytes of memory in zipfile's list of entries."""
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - (22 + 65535 + 20)))
            tail = f.read()
            at = tail.rfind(_EOCD)
            if at < 0:
                return  # not found: zipfile reports the archive as unreadable
            entries, dir_size = int.from_bytes(tail[at + 10:at + 12], "little"), \
                int.from_bytes(tail[at + 12:at + 16], "little")
            loc = tail.rfind(_EOCD64_LOCATOR, 0, at)
            if loc >= 0 and at - loc == 20:
                f.seek(int.from_bytes(tail[loc + 8:loc + 16], "little"))
                rec = f.read(56)
                if rec[:4] == _EOCD64:
                    entries = int.from_bytes(rec[32:40], "little")
                    dir_size = int.from_bytes(rec[40:48], "little")
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from None
    if entries > limits.max_members:
        raise InputError(f"{path}: {entries:,} entries is more than the {limits.max_members:,} allowed")
    if dir_size > limits.max_directory_bytes:
        raise InputError(f"{path}: its list of entries is {_human(dir_size)}, more than the "
                         f"{_human(limits.max_directory_bytes)} allowed")


class ZipContainer:
    """A zip export. Raises InputError for a corrupt, traversing or bomb-like archive."""

    def __init__(self, path: Path, limits: Limits = Limits()):
        self.label = str(path)
        self.skipped: list[tuple[str, str]] = []
        _check_directory(path, limits)  # before zipfile builds an object per entry
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
            raise InputError(f"{path}: not a readable zip archive ({e})") from None
        self._infos = self._check(infos, limits)
        self._media_dir = Path(tempfile.mkdtemp(prefix="socialaudit-media-"))
        self._made_dirs: set[Path] = set()
        self.media_root = self._media_dir
        self._cleanup = weakref.finalize(self, _remove_tree, self._media_dir, self._zip)

    def _check(self, infos: list[zipfile.ZipInfo], limits: Limits) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > limits.max_members:
            raise InputError(f"{self.label}: {len(infos):,} entries is more than the {limits.max_members:,} allowed")
        kept: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = safe_member_name(info.filename)
            if name is None:
                raise InputError(f"{self.label}: entry {info.filename[:200]!r} points outside the archive "
                                 "(path traversal); refusing the archive")
            if info.is_dir() or not name:
                continue
            reason = self._member_problem(info, limits)
            if reason:
                raise InputError(f"{self.label}: {name}: {reason}; refusing a possible zip bomb")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise InputError(f"{self.label}: expands to more than {_human(limits.max_total_bytes)}; "
                                 "refusing a possible zip bomb")
            skip = self._skip_reason(info)
            if skip:
                self.skipped.append((name, skip))
            elif name in kept:
                self.skipped.append((name, "duplicate entry; the first one was read"))
            else:
                kept[name] = info
        return kept

    @staticmethod
    def _member_problem(info: zipfile.ZipInfo, limits: Limits) -> str | None:
        size, packed = info.file_size, info.compress_size
        if size > limits.max_member_bytes:
            return f"expands to {_human(size)}, more than the {_human(limits.max_member_bytes)} allowed"
        if size > limits.ratio_floor_bytes and size > packed * limits.max_ratio:
            ratio = size / packed if packed else float("inf")
            return f"compression ratio {ratio:,.0f}:1 is above {limits.max_ratio:,.0f}:1"
        return None

    @staticmethod
    def _skip_reason(info: zipfile.ZipInfo) -> str | None:
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            return "symbolic link, not followed"
        if info.flag_bits & 0x1:
            return "encrypted entry, cannot be read"
        return None

    def names(self) -> list[str]:
        return list(self._infos)

    def open(self, name: str) -> BinaryIO:
        try:
            return _GuardedReader(self._zip.open(self._infos[name]), name)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as e:
            raise MemberError(name, f"cannot be read from the archive ({e})") from None

    def head(self, name: str, n: int = 32) -> bytes:
        with self.open(name) as f:
            return f.read(n)

    def media_path(self, name: str, suffix: str = "") -> str:
        """Copy one member into the private media folder; the path is relative to `media_root`."""
        rel = name + suffix
        target = self._media_dir / rel
        if not target.is_file():
            if target.parent not in self._made_dirs:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._made_dirs.add(target.parent)
            partial = target.with_name(target.name + ".part")
            try:
                with self.open(name) as src, partial.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 * MiB)
            except BaseException:
                partial.unlink(missing_ok=True)  # never leave half a file that looks like media
                raise
            partial.replace(target)
        return rel

    def close(self) -> None:
        self._cleanup()


class _GuardedReader:
    """Turns zlib/CRC failures inside a member into MemberError naming the member."""

    def __init__(self, raw: BinaryIO, name: str):
        self._raw, self._name = raw, name

    def read(self, n: int = -1) -> bytes:
        try:
            return self._raw.read(n)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as e:
            raise MemberError(self._name, f"corrupt data in the archive ({e})") from None

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> "_GuardedReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class FolderContainer:
    """An unpacked export. Symbolic links are listed as skipped and never followed."""

    def __init__(self, path: Path):
        self.label = str(path)
        self.root = path.resolve()
        self.media_root = self.root
        self.skipped: list[tuple[str, str]] = []
        self._names = self._walk()
        self._extra_dir: Path | None = None
        self._cleanup = None

    def _walk(self) -> list[str]:
        names: list[str] = []
        stack = [""]
        while stack:
            rel = stack.pop()
            try:
                entries = list(os.scandir(self.root / rel if rel else self.root))
            except OSError as e:
                self.skipped.append((rel or ".", f"folder cannot be listed ({e.strerror})"))
                continue
            for entry in sorted(entries, key=lambda e: e.name):
                name = f"{rel}/{entry.name}" if rel else entry.name
                if entry.is_symlink():
                    self.skipped.append((name, "symbolic link, not followed"))
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(name)
                elif entry.is_file(follow_symlinks=False):
                    names.append(name)
        return names

    def names(self) -> list[str]:
        return list(self._names)

    def open(self, name: str) -> BinaryIO:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.root / name, flags)
        except OSError as e:
            raise MemberError(name, f"cannot be read ({e.strerror})") from None
        return os.fdopen(fd, "rb")

    def head(self, name: str, n: int = 32) -> bytes:
        with self.open(name) as f:
            return f.read(n)

    def media_path(self, name: str, suffix: str = "") -> str:
        """The file itself; a file that needs an extension gets a private link or copy that has one."""
        if not suffix:
            return name
        if self._extra_dir is None:
            self._extra_dir = Path(tempfile.mkdtemp(prefix="socialaudit-media-"))
            self._cleanup = weakref.finalize(self, _remove_tree, self._extra_dir, None)
        target = self._extra_dir / (name + suffix)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                target.symlink_to(self.root / name)
            except OSError:  # no symlinks on this system: a copy does the same job
                shutil.copyfile(self.root / name, target)
        return str(target)

    def close(self) -> None:
        if self._cleanup is not None:
            self._cleanup()


def _remove_tree(path: Path, zf: zipfile.ZipFile | None) -> None:
    if zf is not None:
        zf.close()
    shutil.rmtree(path, ignore_errors=True)


def open_container(path: Path, limits: Limits = Limits()) -> ZipContainer | FolderContainer:
    """A zip file or a folder; anything else is an InputError naming it."""
    if path.is_dir():
        return FolderContainer(path)
    if path.is_file():
        return ZipContainer(path, limits)
    raise InputError(f"{path}: no such file or folder")
