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

from auditors.engine import audit
from auditors.learned.builtin import layer_for
from auditors.prepared import Prepared
from socialaudit.app.history import person_history
from socialaudit.app.inputs import open_input
from socialaudit.app.learning import org_layer
from socialaudit.core import model
from socialaudit.core.errors import InputError
from socialaudit.core.policy import Policy
from socialaudit.storage import pages
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.recorder import AuditRecorder

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


def run_private(policy: Policy, path: Path, store: Store | None = None, person_id: int | None = None
                ) -> PrivateResult:
    """Audit the upload in memory; nothing is written to the store. With the volunteer's
    `store` and `person_id`, their own accounts' stored posts are read for their own family
    (only read: the upload is not kept)."""
    result = PrivateResult()
    history = person_history(store, person_id) if store is not None and person_id is not None else None
    try:
        run = audit(open_input(path), Prepared(policy), learned=layer_for(policy), history=history)
        for item in run:
            result.findings += item.findings
        summary = run.summary
    except InputError:
        result.error = "That file is not a bundle or a platform archive we can read."
        return result
    result.posts, result.accounts, result.problems = summary.posts, summary.accounts, len(summary.errors)
    return result


def upload_account_ids(path: Path) -> set[str]:
    """Every account an upload speaks for: its account records and its posts' accounts."""
    ids: set[str] = set()
    for _, rec in open_input(path).records():
        try:
            obj = model.parse_record(rec) if isinstance(rec, dict) and rec else None
        except model.RecordError:
            continue
        if obj is not None:
            ids.add(obj.id if isinstance(obj, model.Account) else obj.account_id)
    return ids


def keep(store: Store, policy: Policy, person: db.Person, path: Path, data_dir: Path) -> str:
    """Record the upload in the store as the volunteer's own. It may only touch accounts
    that are already theirs or new to the organisation (then enrolled as theirs, with
    their consent); an account of anyone else, or of no one, refuses the whole upload,
    and the recorder refuses any post stored under another account."""
    ids = upload_account_ids(path)
    with store.session() as s:
        foreign = pages.foreign_account(s, person, ids)
    if foreign is not None:
        return "Not kept: this upload holds an account that is not enrolled as yours. Ask your coordinator."
    source = open_input(path)
    with AuditRecorder(store, policy, source_name="self-audit upload", kind="import", owner_id=person.id,
                       media_root=source.media_root, data_dir=data_dir) as rec:
        run = audit(source, Prepared(policy), learned=org_layer(store, policy),
                    history=person_history(store, person.id))
        for item in run:
            rec.record(item)
        summary = run.summary
        rec.finish(summary)
    refused = sum(1 for e in summary.errors if e.file == "store")
    if refused:
        return (f"Kept, except {refused} record(s) that belong to someone else's account. "
                "Your coordinator sees any problem after the grace period.")
    return "Kept. These posts are now part of your record; your coordinator sees any problem after the grace period."
