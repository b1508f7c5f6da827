"""The private self-audit: a volunteer uploads their archive or a bundle, the real
pipeline runs on it, and only they see the results. The upload waits in a private
folder (<data_dir>/private-uploads/<person>/<token>/) until they keep it (then it is
recorded in the store like any audit, under their consent) or discard it; uploads
left undecided are deleted after an hour."""
from __future__ import annotations

import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import model
from ..pipeline import Pipeline
from ..policy import Policy
from ..sources import InputError, open_input
from ..storage import schema as db
from ..storage.db import Store
from ..storage.recorder import AuditRecorder
from ..storage.media import attach_media

MAX_AGE_SECONDS = 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


class Uploads:
    """One volunteer's pending uploads."""

    def __init__(self, data_dir: Path, person_id: int):
        self.root = data_dir / "private-uploads" / str(int(person_id))

    def save(self, upload) -> tuple[str, Path]:
        self._sweep()
        token = secrets.token_urlsafe(24)
        folder = self.root / token
        folder.mkdir(parents=True, mode=0o700)
        suffix = Path(upload.filename or "").suffix.lower()
        path = folder / ("upload" + (suffix if suffix in (".zip", ".jsonl", ".ndjson", ".json") else ""))
        upload.save(path)
        return token, path

    def find(self, token: str) -> Path | None:
        if not _TOKEN.match(token or ""):
            return None
        folder = self.root / token
        files = sorted(folder.glob("upload*")) if folder.is_dir() else []
        return files[0] if files else None

    def discard(self, token: str) -> None:
        if _TOKEN.match(token or ""):
            shutil.rmtree(self.root / token, ignore_errors=True)

    def _sweep(self) -> None:
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if time.time() - folder.stat().st_mtime > MAX_AGE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)


@dataclass
class PrivateResult:
    findings: list[model.Finding] = field(default_factory=list)
    posts: int = 0
    accounts: int = 0
    problems: int = 0
    error: str | None = None


def run_private(policy: Policy, path: Path) -> PrivateResult:
    """Audit the upload in memory; nothing is written to the store."""
    result = PrivateResult()
    try:
        source = open_input(path)
        summary = Pipeline(policy, lambda f, subject: result.findings.append(f)).run(source)
    except InputError:
        result.error = "That file is not a bundle or a platform archive we can read."
        return result
    result.posts, result.accounts, result.problems = summary.posts, summary.accounts, len(summary.errors)
    return result


def _account_ids(policy: Policy, path: Path) -> set[str]:
    ids: set[str] = set()
    pipe = Pipeline(policy, lambda f, subject: None, only=["__none__"])
    pipe.on_post.append(lambda post, account, findings: ids.add(account.id))
    pipe.on_account.append(lambda account, findings: ids.add(account.id))
    pipe.run(open_input(path))
    return ids


def keep(s: Session, store: Store, policy: Policy, person: db.Person, path: Path, data_dir: Path) -> str:
    """Record the upload in the store as the volunteer's own; refuse accounts of someone else."""
    ids = _account_ids(policy, path)
    owned = s.scalars(select(db.Account).where(db.Account.organisation_id == person.organisation_id,
                                               db.Account.external_id.in_(ids),
                                               db.Account.person_id.is_not(None),
                                               db.Account.person_id != person.id)).first()
    if owned is not None:
        return "Not kept: this upload holds an account enrolled by someone else. Ask your coordinator."
    source = open_input(path)
    with AuditRecorder(store, policy, source_name="self-audit upload", kind="import") as rec:
        pipeline = Pipeline(policy, lambda f, subject: None)
        rec.attach(pipeline)
        attach_media(rec, source.media_root, data_dir)
        rec.finish(pipeline.run(source))
    with store.session() as w:
        for acc in w.scalars(select(db.Account).where(db.Account.organisation_id == person.organisation_id,
                                                      db.Account.external_id.in_(ids))):
            if acc.person_id is None:
                acc.person_id, acc.consent_at = person.id, db.utcnow()
                w.add(db.Consent(person_id=person.id, account_id=acc.id, scope=f"archive-import:{acc.platform}",
                                 policy_version=policy.fingerprint, entered_by_id=person.id))
    return "Kept. These posts are now part of your record; your coordinator sees any problem after the grace period."
