"""Media rows for the content-addressed store: a post's photos are copied under the
data folder by socialaudit.core.files.ContentStore (named by sha256, type from magic bytes) and
recorded in the `media` table, so the review page can show thumbnails after the
original bundle or archive is gone (the recorder links each post's media as it saves it)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.core import model
from socialaudit.core.files import ContentStore, MediaRejected
from socialaudit.storage import schema as db

MAX_MEDIA_BYTES = 50 * 1024 * 1024


def store_file(s: Session, path: Path, data_dir: Path) -> db.MediaFile | None:
    """Copy a file into the store once (by content) and return its row; None if unusable."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_MEDIA_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data).hexdigest()
    row = s.scalar(select(db.MediaFile).where(db.MediaFile.sha256 == digest))
    if row is not None and Path(row.path).is_file():
        return row
    try:
        stored = ContentStore(data_dir, max_bytes=MAX_MEDIA_BYTES).store_bytes(data)
    except MediaRejected:
        return None
    if row is None:
        row = db.MediaFile(sha256=digest, path=str(stored.path), mime=stored.mime, size=stored.size)
        s.add(row)
        s.flush()
    return row


def link_post_media(s: Session, post_row: db.PostRow, post: model.Post, media_root: Path | None,
                    data_dir: Path) -> int:
    """Point each of the post's media rows at its stored file; returns how many were stored."""
    return link_media(s, post_row.id, post, media_root, data_dir)


def link_media(s: Session, post_id: int, post: model.Post, media_root: Path | None, data_dir: Path) -> int:
    """`link_post_media` for the post row `post_id` (the set-based batch writer knows ids only)."""
    n = 0
    s.flush()
    # populate_existing: the set-based batch writer replaces media rows behind the ORM's back
    query = select(db.PostMedia).where(db.PostMedia.post_id == post_id).execution_options(populate_existing=True)
    rows = {pm.position: pm for pm in s.scalars(query)}
    for i, m in enumerate(post.media):
        pm = rows.get(i)
        if pm is None or pm.media_id is not None:
            continue
        p = m.file_in(media_root)
        if p is None:
            continue
        stored = store_file(s, p, data_dir)
        if stored is not None:
            pm.media_id = stored.id
            n += 1
    return n


def remove_unreferenced(s: Session, media_ids: set[int]) -> int:
    """Delete stored files no post points at any more; returns how many went."""
    gone = 0
    for mid in media_ids:
        used = s.scalar(select(db.PostMedia.post_id).where(db.PostMedia.media_id == mid).limit(1))
        row = s.get(db.MediaFile, mid)
        if used is None and row is not None:
            Path(row.path).unlink(missing_ok=True)
            s.delete(row)
            gone += 1
    return gone
