"""Mailers: SMTP from the settings, or .eml files.

- `SmtpMailer`: host and port from the settings, `starttls` (default), `ssl` or
  `none`, login when a user is set, with the password from the environment only
  (SOCIALAUDIT_SMTP_PASSWORD). One connection is reused for a whole batch.
- `EmlMailer`: writes each message to `<settings.eml_dir>/<key>.eml` instead of
  sending it. Used for `--dry-run`, by the demo, and whenever no SMTP host is set.
  Writing is atomic and idempotent: a file that exists is not written again.

A send either returns (the server accepted the message) or raises `SendError`,
which says whether trying again later may help (4xx, connection trouble) or not
(5xx: the server refused the message or every recipient).
"""
from __future__ import annotations

import os
import re
import smtplib
import socket
import ssl
from datetime import timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from socialaudit.core.settings import Settings

TIMEOUT = 30


class SendError(RuntimeError):
    """A message that was not accepted; `temporary` says whether a retry may work."""

    def __init__(self, message: str, temporary: bool):
        super().__init__(message)
        self.temporary = temporary


def build_message(row, mail_from: str) -> EmailMessage:
    """The outbox row as a multipart/alternative email (text first, then HTML).
    The Message-ID is the row's, fixed when it was queued, so a resend after a crash
    is recognisably the same message."""
    msg = EmailMessage()
    msg["From"] = mail_from
    msg["To"] = row.recipient
    msg["Subject"] = row.subject
    msg["Message-ID"] = row.message_id
    msg["Date"] = format_datetime(row.created_at if row.created_at.tzinfo
                                  else row.created_at.replace(tzinfo=timezone.utc))
    msg["X-Socialaudit-Kind"] = row.kind
    msg.set_content(row.body_text)
    if row.body_html:
        msg.add_alternative(row.body_html, subtype="html")
    return msg


def eml_name(dedupe_key: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", dedupe_key).strip("_") + ".eml"


class EmlMailer:
    """Writes messages as .eml files instead of sending them."""

    def __init__(self, folder: Path, overwrite: bool = False):
        self.folder, self.overwrite = Path(folder), overwrite
        self.written: list[Path] = []

    def __enter__(self) -> "EmlMailer":
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc) -> None:
        return None

    def send(self, msg: EmailMessage, key: str) -> Path:
        path = self.folder / eml_name(key)
        if self.overwrite or not path.exists():
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(bytes(msg))
            os.replace(tmp, path)
        self.written.append(path)
        return path


def rewrite_eml(folder: Path, deleted_keys: list[str], redacted: list, mail_from: str) -> int:
    """After an erasure: delete the .eml copies of deleted messages and rewrite those of
    redacted ones (in the folder and its dry-run copy); returns how many files changed."""
    changed = 0
    for sub in (Path(folder), Path(folder) / "dry-run"):
        for key in deleted_keys:
            path = sub / eml_name(key)
            if path.exists():
                path.unlink()
                changed += 1
        for row in redacted:
            path = sub / eml_name(row.dedupe_key)
            if path.exists():
                EmlMailer(sub, overwrite=True).send(build_message(row, mail_from), row.dedupe_key)
                changed += 1
    return changed


class SmtpMailer:
    """Sends through the configured SMTP server, one connection per batch."""

    def __init__(self, settings: Settings, ssl_context: ssl.SSLContext | None = None):
        self.settings = settings
        self.context = ssl_context or ssl.create_default_context()
        self.conn: smtplib.SMTP | None = None

    def __enter__(self) -> "SmtpMailer":
        return self

    def __exit__(self, *exc) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (smtplib.SMTPException, OSError):
                self.conn.close()
            self.conn = None

    def _connect(self) -> smtplib.SMTP:
        st = self.settings
        if st.smtp_security == "ssl":
            conn = smtplib.SMTP_SSL(st.smtp_host, st.smtp_port, timeout=TIMEOUT, context=self.context)
        else:
            conn = smtplib.SMTP(st.smtp_host, st.smtp_port, timeout=TIMEOUT)
            if st.smtp_security == "starttls":
                conn.starttls(context=self.context)
        if st.smtp_user:
            conn.login(st.smtp_user, st.smtp_password or "")
        return conn

    def send(self, msg: EmailMessage, key: str) -> None:
        try:
            if self.conn is None:
                self.conn = self._connect()
            refused = self.conn.send_message(msg)
        except smtplib.SMTPRecipientsRefused as e:
            codes = [c for c, _ in e.recipients.values()]
            raise SendError(f"recipient refused ({', '.join(str(c) for c in codes)})",
                            temporary=all(400 <= c < 500 for c in codes)) from None
        except smtplib.SMTPResponseException as e:
            self._drop()
            text = e.smtp_error.decode(errors="replace") if isinstance(e.smtp_error, bytes) else str(e.smtp_error)
            raise SendError(f"server said {e.smtp_code} {text}"[:300], temporary=e.smtp_code < 500) from None
        except (smtplib.SMTPException, OSError, socket.timeout) as e:
            self._drop()
            raise SendError(f"cannot reach the mail server {self.settings.smtp_host}:{self.settings.smtp_port} "
                            f"({type(e).__name__}: {e})"[:300], temporary=True) from None
        if refused:
            raise SendError(f"some recipients refused: {sorted(refused)}", temporary=False)

    def _drop(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None


def mailer_for(settings: Settings, dry_run: bool = False) -> EmlMailer | SmtpMailer:
    """.eml files for a dry run or when no SMTP host is configured; SMTP otherwise."""
    if dry_run:
        return EmlMailer(settings.eml_dir / "dry-run", overwrite=True)
    if not settings.smtp_host:
        return EmlMailer(settings.eml_dir)
    return SmtpMailer(settings)
