"""Importers for the data exports people download from their platforms.

`open_archive(path)` takes an X archive, a Facebook "Download your
information" export or an Instagram export, as a zip or an unpacked folder,
finds the platform from the file names (see `registry`) and returns a
RecordSource yielding CONTRACT §2 records. Importing the same export twice
yields identical records.
"""
from __future__ import annotations

from crawler.archives import facebook, instagram, x  # noqa: F401  (each registers its importer)
from crawler.archives.container import Limits
from crawler.archives.formats import REGISTRY, ImporterSpec, register
from crawler.archives.source import ArchiveSource, open_archive

__all__ = ["open_archive", "ArchiveSource", "Limits", "ImporterSpec", "register", "REGISTRY"]
