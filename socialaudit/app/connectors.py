"""From an enrolled account row to something that yields batches of records.

`accounts.source` names the road in; `accounts.source_config` holds its
non-secret settings; the access token, if any, is in `credentials`, encrypted.

| source     | source_config                                  | connector |
|------------|-----------------------------------------------|-----------|
| archive    | {"path": folder or file of the volunteer's export} | the newest export there, via crawler.archives |
| x          | {"base_url"?}                                  | crawler.live.x (tweepy) |
| bluesky    | {"base_url"?}                                  | crawler.live.bluesky |
| mastodon   | {"base_url": instance}                         | crawler.live.mastodon |
| facebook / instagram | {"page_id" or "ig_user_id", "base_url"?} | crawler.live.graph |
| blog       | {"account": site root URL, "feed_urls"?, "about_url"?} | crawler.blogs (Scrapy, in a child process) |
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from crawler.archives import open_archive
from crawler.live import ConnectorError, ConnectorSettings, connector_for
from socialaudit.core.model import Media
from socialaudit.storage import schema as db

BATCH_SIZE = 500


@dataclass
class SourceBatch:
    """Records plus the cursor that covers them (same shape as crawler.live.base.Batch)."""
    records: list[dict[str, Any]]
    cursor: dict[str, Any]
    deleted: list[str] = field(default_factory=list)


class ConfigurationError(ValueError):
    """An account whose source cannot be used as configured."""


def _newest_export(path: Path) -> Path | None:
    if path.is_file():
        return path
    if not path.is_dir():
        return None
    # a folder holding exports (zips or unpacked folders), or an unpacked export itself
    candidates = [p for p in path.iterdir() if p.suffix.lower() == ".zip" or p.is_dir()]
    if not candidates or (path / "data").is_dir() or any(path.glob("*.json")):
        return path
    return max(candidates, key=lambda p: p.stat().st_mtime)


def _fingerprint(path: Path) -> str:
    st = path.stat()
    return hashlib.sha256(f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]


class ArchiveDropConnector:
    """Reads the newest export in a volunteer's drop folder; the cursor remembers which
    export and how far, so an unchanged export is not read again."""

    def __init__(self, path: Path, media_store: Any = None):
        self.path = path
        self.media_store = media_store

    def fetch(self, cursor: dict | None) -> Iterator[SourceBatch]:
        export = _newest_export(self.path)
        if export is None:
            raise ConfigurationError(f"archive folder not found: {self.path}")
        fp = _fingerprint(export)
        done = (cursor or {}).get("export") == fp and (cursor or {}).get("complete")
        if done:
            return
        skip = (cursor or {}).get("offset", 0) if (cursor or {}).get("export") == fp else 0
        source = open_archive(export)
        try:
            yield from self._batches(source, fp, skip)
        finally:
            close = getattr(source, "close", None)
            if close:
                close()

    def _batches(self, source, fp: str, skip: int) -> Iterator[SourceBatch]:
        batch, n = [], 0
        for _, rec in source.records():
            if not isinstance(rec, dict):
                continue
            n += 1
            if n <= skip:
                continue
            batch.append(self._keep_media(rec, source.media_root))
            if len(batch) >= BATCH_SIZE:
                yield SourceBatch(batch, {"export": fp, "offset": n, "complete": False})
                batch = []
        yield SourceBatch(batch, {"export": fp, "offset": n, "complete": True})

    def _keep_media(self, rec: dict, media_root: Path | None) -> dict:
        """Copy a post's media out of the export into the content-addressed store, since
        a zip's extracted files vanish when the export is closed."""
        if self.media_store is None or rec.get("kind") != "post" or not rec.get("media"):
            return rec
        media = []
        for m in rec["media"]:
            m = dict(m)
            path = m.get("path")
            p = Media("photo", path).file_in(media_root) if isinstance(path, str) else None
            if p is not None and p.is_file():
                try:
                    m["path"] = str(self.media_store.store_bytes(p.read_bytes()).path)
                except Exception as e:  # an unusable file stays unreferenced, noted by the audit
                    m["path"] = str(p)
                    m["note"] = type(e).__name__
            media.append(m)
        return {**rec, "media": media}


def build_connector(account: db.AccountRow, credentials: Any = None, media_store: Any = None):
    """The connector for an account, or ConfigurationError naming what is missing."""
    source = account.source or "archive"
    config = dict(account.source_config or {})
    if source == "archive":
        if not config.get("path"):
            raise ConfigurationError(f"account {account.external_id}: archive source needs source_config.path")
        return ArchiveDropConnector(Path(config["path"]).expanduser(), media_store)
    try:
        cls = connector_for(source)
    except (ConnectorError, ImportError) as e:
        raise ConfigurationError(f"account {account.external_id}: connector {source!r} unavailable ({e})") from None
    settings = ConnectorSettings(account=config.get("account") or account.handle or account.external_id,
                                 base_url=config.get("base_url"), role=account.role, media_store=media_store,
                                 extra={k: v for k, v in config.items() if k not in ("account", "base_url")})
    return cls(settings, credentials)
