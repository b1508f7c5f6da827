"""The secret key behind keyed hashes of protected names (HMAC-SHA256).

The protected-names register is never kept in clear: each name is hashed with
a secret key as soon as it is read, and the auditor compares hashes. The key
comes from, in order:

1. `SOCIALAUDIT_SECRET_KEY` in the environment (any string; hex is decoded);
2. the key file named by `SOCIALAUDIT_KEY_FILE`;
3. `<data dir>/secret.key`, where the data dir is `SOCIALAUDIT_DATA_DIR`, else
   `$XDG_DATA_HOME/socialaudit`, else `~/.local/share/socialaudit`.

A missing key file is created on first use with 32 random bytes, mode 0600.
When no key file can be written (a read-only home), a random key for this
process only is used and a warning logged: hashes then still match within the
run, they just are not comparable across runs.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

ENV_KEY = "SOCIALAUDIT_SECRET_KEY"
ENV_KEY_FILE = "SOCIALAUDIT_KEY_FILE"
KEY_BYTES = 32
_process_key: bytes | None = None


class SecretKeyError(RuntimeError):
    """A key file that exists but cannot be used (unreadable, empty, too open)."""


def default_key_file() -> Path:
    """Where the key lives when no environment variable says otherwise."""
    if os.environ.get(ENV_KEY_FILE):
        return Path(os.environ[ENV_KEY_FILE]).expanduser()
    data = os.environ.get("SOCIALAUDIT_DATA_DIR")
    if data:
        return Path(data).expanduser() / "secret.key"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "socialaudit" / "secret.key"


def _decode(text: str) -> bytes:
    text = text.strip()
    try:
        raw = bytes.fromhex(text)
        if len(raw) >= 16:
            return raw
    except ValueError:
        pass
    return text.encode("utf-8")


def _create(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(KEY_BYTES)
    # O_EXCL: two audits starting together must not overwrite each other's key
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
    log.info("created a new secret key file at %s", path)
    return key


def read_key_file(path: Path) -> bytes:
    """The key stored in `path`, creating the file (0600) when it does not exist."""
    try:
        return _create(path)
    except FileExistsError:
        pass
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SecretKeyError(f"{path}: secret key file cannot be read ({e.strerror})") from None
    if not text.strip():
        raise SecretKeyError(f"{path}: secret key file is empty")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        log.warning("secret key file %s is readable by other users; chmod 600 it", path)
    return _decode(text)


def secret_key() -> bytes:
    """The key for keyed name hashes (environment, else key file, else per-process)."""
    global _process_key
    env = os.environ.get(ENV_KEY)
    if env and env.strip():
        return _decode(env)
    path = default_key_file()
    try:
        return read_key_file(path)
    except OSError as e:
        if os.environ.get(ENV_KEY_FILE):  # an explicit location that fails is a setup error
            raise SecretKeyError(f"{path}: secret key file cannot be created ({e.strerror})") from None
        if _process_key is None:
            log.warning("cannot create a key file at %s (%s); using a key for this run only",
                        path, getattr(e, "strerror", e))
            _process_key = secrets.token_bytes(KEY_BYTES)
        return _process_key


def keyed_hash(key: bytes, text: str) -> str:
    """HMAC-SHA256 of `text` under `key`, as hex. Callers normalise the text first."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
