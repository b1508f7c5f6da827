"""Settings, in one place, with documented defaults.

Precedence: defaults < config file < environment < command-line flag.

| setting        | default                                   | config key         | environment                 |
|----------------|-------------------------------------------|--------------------|-----------------------------|
| data_dir       | $XDG_DATA_HOME/socialaudit (~/.local/share/socialaudit) | data_dir | SOCIALAUDIT_DATA_DIR |
| database_url   | sqlite:///<data_dir>/socialaudit.db       | database_url       | SOCIALAUDIT_DATABASE_URL    |
| policy         | twins-trust-fcs                           | policy             | SOCIALAUDIT_POLICY          |
| base_url       | http://127.0.0.1:8080                     | base_url           | SOCIALAUDIT_BASE_URL        |
| template_dir   | (none: package templates only)            | template_dir       | SOCIALAUDIT_TEMPLATE_DIR    |
| smtp_host      | (none: mail is written as .eml files)     | smtp.host          | SOCIALAUDIT_SMTP_HOST       |
| smtp_port      | 587                                       | smtp.port          | SOCIALAUDIT_SMTP_PORT       |
| smtp_security  | starttls (starttls, ssl or none)          | smtp.security      | SOCIALAUDIT_SMTP_SECURITY   |
| smtp_user      | (none)                                    | smtp.user          | SOCIALAUDIT_SMTP_USER       |
| smtp_password  | (env only, never in a file)               | -                  | SOCIALAUDIT_SMTP_PASSWORD   |
| mail_from      | socialaudit@localhost                     | smtp.from          | SOCIALAUDIT_MAIL_FROM       |
| outbox_dir     | <data_dir>/outbox                         | outbox_dir         | SOCIALAUDIT_OUTBOX_DIR      |

The config file is $SOCIALAUDIT_CONFIG, else ~/.config/socialaudit/config.toml.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from socialaudit.core.errors import SettingsError


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "socialaudit"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=_default_data_dir)
    database_url: str = ""
    policy: str = "twins-trust-fcs"
    base_url: str = "http://127.0.0.1:8080"
    template_dir: Path | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    mail_from: str = "socialaudit@localhost"
    outbox_dir: Path | None = None

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'socialaudit.db'}"

    @property
    def eml_dir(self) -> Path:
        return self.outbox_dir or self.data_dir / "outbox"

    def with_overrides(self, **kw: Any) -> "Settings":
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


_ENV = {
    "data_dir": "SOCIALAUDIT_DATA_DIR", "database_url": "SOCIALAUDIT_DATABASE_URL",
    "policy": "SOCIALAUDIT_POLICY", "base_url": "SOCIALAUDIT_BASE_URL",
    "template_dir": "SOCIALAUDIT_TEMPLATE_DIR", "smtp_host": "SOCIALAUDIT_SMTP_HOST",
    "smtp_port": "SOCIALAUDIT_SMTP_PORT", "smtp_security": "SOCIALAUDIT_SMTP_SECURITY",
    "smtp_user": "SOCIALAUDIT_SMTP_USER", "smtp_password": "SOCIALAUDIT_SMTP_PASSWORD",
    "mail_from": "SOCIALAUDIT_MAIL_FROM", "outbox_dir": "SOCIALAUDIT_OUTBOX_DIR",
}
_FILE_KEYS = {"data_dir", "database_url", "policy", "base_url", "template_dir", "outbox_dir"}
_SMTP_KEYS = {"host": "smtp_host", "port": "smtp_port", "security": "smtp_security",
              "user": "smtp_user", "from": "mail_from"}


def _coerce(name: str, value: Any) -> Any:
    typ = {f.name: f.type for f in fields(Settings)}[name]
    if "Path" in str(typ):
        return Path(os.path.expanduser(str(value)))
    if "int" in str(typ):
        try:
            return int(value)
        except ValueError:
            raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
    return value


def _from_file(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"{path}: not valid TOML ({e})") from None
    out: dict[str, Any] = {}
    for k, v in raw.items():
        if k == "smtp" and isinstance(v, dict):
            for sk, sv in v.items():
                if sk not in _SMTP_KEYS:
                    raise SettingsError(f"{path}: unknown key 'smtp.{sk}'")
                out[_SMTP_KEYS[sk]] = _coerce(_SMTP_KEYS[sk], sv)
        elif k in _FILE_KEYS:
            out[k] = _coerce(k, v)
        else:
            raise SettingsError(f"{path}: unknown key '{k}'")
    return out


def load_settings(**flags: Any) -> Settings:
    """Settings from defaults, the config file, the environment and flags, in that order."""
    values: dict[str, Any] = {}
    cfg = os.environ.get("SOCIALAUDIT_CONFIG")
    cfg_path = Path(cfg) if cfg else Path.home() / ".config" / "socialaudit" / "config.toml"
    if cfg_path.is_file():
        values.update(_from_file(cfg_path))
    elif cfg:
        raise SettingsError(f"{cfg_path}: config file not found (SOCIALAUDIT_CONFIG)")
    for name, env in _ENV.items():
        if os.environ.get(env):
            values[name] = _coerce(name, os.environ[env])
    values.update({k: v for k, v in flags.items() if v is not None})
    if values.get("smtp_security", "starttls") not in ("starttls", "ssl", "none"):
        raise SettingsError("smtp security must be starttls, ssl or none")
    return Settings(**values)
