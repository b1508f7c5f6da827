"""`open_archive`: a platform export (zip or folder) as a socialaudit RecordSource."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from crawler.archives.container import FolderContainer, Limits, ZipContainer, open_container
from crawler.archives.formats import REGISTRY, ExportFiles, ImporterSpec, detect, html_only_platform
from socialaudit.core.errors import InputError
from socialaudit.core.model import RecordError

MAX_LISTED = 20  # unknown files named in the notice; the rest are counted


class ArchiveSource:
    """Records of one export, read in streaming passes (CONTRACT §1 `--input`).

    `platform` is the detected platform, `root` the folder inside the export
    that holds it, `unknown_files` the files no importer reads (reported once per
    full pass as a notice, never fatal) and `skipped_entries` the (name, reason)
    pairs refused as unsafe (symbolic links, encrypted or duplicate entries).
    Media of a zip is copied on demand into a private temporary `media_root`,
    removed by `close()` (or when the source is garbage-collected).
    """

    def __init__(self, path: Path, container: ZipContainer | FolderContainer, spec: ImporterSpec, prefix: str):
        self.name = str(path)
        self.platform = spec.platform
        self.root = prefix
        self.media_root: Path | None = container.media_root
        self._container = container
        files = ExportFiles(container, prefix, path.stem if path.is_file() else path.name)
        outside = [n for n in container.names() if not n.startswith(prefix)]
        self.unknown_files = sorted(outside + [n for n in files.names if not spec.claims(n)])
        self.skipped_entries = list(container.skipped)
        self._importer = spec.build(files)

    @property
    def notices(self) -> list[str]:
        """Human lines about what was not read; they do not fail the run."""
        out = [f"{name}: skipped ({reason})" for name, reason in self.skipped_entries]
        if self.unknown_files:
            shown = ", ".join(self.unknown_files[:MAX_LISTED])
            more = len(self.unknown_files) - MAX_LISTED
            out.append(f"{len(self.unknown_files)} file(s) in the {self.platform} export were not read "
                       f"(no importer for them): {shown}" + (f" and {more} more" if more > 0 else ""))
        return out

    def records(self, accounts_only: bool = False) -> Iterator[tuple[int | None, dict | RecordError]]:
        """Accounts first; on a full pass the notices, then every post."""
        for rec in self._importer.accounts():
            yield None, rec
        if accounts_only:
            return
        for notice in self.notices:
            yield None, RecordError(notice)
        for rec in self._importer.posts():
            yield None, rec

    def close(self) -> None:
        """Remove extracted media now rather than at garbage collection."""
        self._container.close()

    def __enter__(self) -> "ArchiveSource":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


DEFAULT_LIMITS = Limits()


def open_archive(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> ArchiveSource:
    """Open an X, Facebook or Instagram export (zip or folder); the platform is found from its file names.

    Raises InputError, naming the file, when the export as a whole cannot be
    read: not a zip, unsafe entries, a likely zip bomb, or no known export files.
    """
    p = Path(path)
    container = open_container(p, limits)
    names = container.names()
    found = detect(names)
    if found is None:
        container.close()
        html = html_only_platform(names)
        if html:
            raise InputError(f"{p}: this is the HTML version of a {html} export; "
                             "download it again choosing the JSON format")
        expected = "; ".join(f"{s.platform}: {', '.join(s.signatures[:2])}" for s in REGISTRY)
        raise InputError(f"{p}: not a known platform export (looked for {expected})")
    spec, prefix = found
    return ArchiveSource(p, container, spec, prefix)
