"""Platform access tokens: encrypted at rest, never shown.

Tokens are encrypted with Fernet (AES-128-CBC + HMAC) before they are stored.
The key comes from the environment (`SOCIALAUDIT_CREDENTIALS_KEY`) or a key
file (`SOCIALAUDIT_CREDENTIALS_KEY_FILE`, default `<data dir>/credentials.key`,
created with mode 0600 on first use when asked to). Several comma-separated
keys in the variable allow rotation: the first encrypts, any decrypts, and
`CredentialCipher.rotate` re-encrypts a blob under the first.

In memory a token is a `Secret`: its repr and str are masked, so a token cannot
reach a log line, an exception message or a report by accident; code that
sends it calls `.reveal()`. `SecretFilter` scrubs revealed tokens from log
records of third-party libraries that log request headers (tweepy at DEBUG).
"""
from __future__ import annotations

import hmac
import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

KEY_ENV = "SOCIALAUDIT_CREDENTIALS_KEY"
KEY_FILE_ENV = "SOCIALAUDIT_CREDENTIALS_KEY_FILE"
log = logging.getLogger("socialaudit.crawler.credentials")


class CredentialError(Exception):
    """A key or an encrypted credential that cannot be used. Never includes either."""


class Secret:
    """A string that does not print itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise CredentialError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that sends it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> Any:
        raise TypeError("a Secret cannot be pickled; encrypt it with CredentialCipher")


@dataclass(slots=True)
class Credentials:
    """What a connector needs to authenticate. Only `platform` and `extra` print in clear."""
    platform: str
    access_token: Secret
    refresh_token: Secret | None = None
    expires_at: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def to_plain(self) -> dict[str, Any]:
        return {"platform": self.platform, "access_token": self.access_token.reveal(),
                "refresh_token": self.refresh_token.reveal() if self.refresh_token else None,
                "expires_at": self.expires_at, "extra": dict(self.extra)}

    @classmethod
    def from_plain(cls, d: dict[str, Any]) -> "Credentials":
        return cls(platform=d["platform"], access_token=Secret(d["access_token"]),
                   refresh_token=Secret(d["refresh_token"]) if d.get("refresh_token") else None,
                   expires_at=d.get("expires_at"), extra=dict(d.get("extra") or {}))


def default_key_file() -> Path:
    base = os.environ.get("SOCIALAUDIT_DATA_DIR") or Path.home() / ".local" / "share" / "socialaudit"
    return Path(os.environ.get(KEY_FILE_ENV) or Path(base) / "credentials.key")


def _write_new_key(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key + b"\n")
    log.info("created a new credentials key file at %s", path)
    return key


def load_keys(key_file: Path | None = None, *, create: bool = False) -> list[bytes]:
    """The Fernet keys from the environment, else from the key file (created if asked)."""
    raw = os.environ.get(KEY_ENV)
    if raw:
        keys = [k.strip().encode() for k in raw.split(",") if k.strip()]
        source = KEY_ENV
    else:
        path = key_file or default_key_file()
        if not path.exists():
            if not create:
                raise CredentialError(f"no credentials key: set {KEY_ENV} or create the key file {path}")
            return [_write_new_key(path)]
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("credentials key file %s is readable by other users; chmod 600 it", path)
        keys = [k.strip() for k in path.read_bytes().splitlines() if k.strip()]
        source = str(path)
    try:
        for key in keys:
            Fernet(key)
    except ValueError:
        raise CredentialError(f"the credentials key in {source} is not a valid Fernet key") from None
    if not keys:
        raise CredentialError(f"the credentials key in {source} is empty")
    return keys


class CredentialCipher:
    """Encrypts and decrypts tokens and whole `Credentials` for storage."""

    def __init__(self, keys: list[bytes]) -> None:
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    def __repr__(self) -> str:
        return "CredentialCipher(keys=********)"

    @classmethod
    def from_environment(cls, key_file: Path | None = None, *, create: bool = False) -> "CredentialCipher":
        return cls(load_keys(key_file, create=create))

    def encrypt(self, token: Secret | str) -> str:
        value = token.reveal() if isinstance(token, Secret) else token
        return self._fernet.encrypt(value.encode()).decode("ascii")

    def decrypt(self, blob: str) -> Secret:
        return Secret(self._open(blob).decode())

    def encrypt_credentials(self, creds: Credentials) -> str:
        return self._fernet.encrypt(json.dumps(creds.to_plain()).encode()).decode("ascii")

    def decrypt_credentials(self, blob: str) -> Credentials:
        try:
            return Credentials.from_plain(json.loads(self._open(blob)))
        except (ValueError, KeyError, TypeError):
            raise CredentialError("the stored credentials are not in the expected form") from None

    def rotate(self, blob: str) -> str:
        """Re-encrypt a blob under the first (newest) key."""
        try:
            return self._fernet.rotate(blob.encode()).decode("ascii")
        except InvalidToken:
            raise CredentialError("stored credentials do not decrypt with any configured key") from None

    def _open(self, blob: str) -> bytes:
        try:
            return self._fernet.decrypt(blob.encode())
        except (InvalidToken, ValueError, TypeError):
            raise CredentialError("stored credentials do not decrypt with any configured key"
                                  " (wrong key or tampered data)") from None


class SecretFilter(logging.Filter):
    """Replaces known secrets in log records (for libraries that log their request headers)."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, secret: Secret) -> None:
        self._secrets.add(secret.reveal())

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        scrubbed = message
        for value in self._secrets:
            scrubbed = scrubbed.replace(value, "********")
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return True


_FILTERS: dict[str, SecretFilter] = {}


def scrub_logger(name: str, secret: Secret) -> None:
    """Make sure `secret` never leaves logger `name` (and its records) in clear."""
    flt = _FILTERS.get(name)
    if flt is None:
        flt = _FILTERS[name] = SecretFilter()
        logging.getLogger(name).addFilter(flt)
    flt.add(secret)
