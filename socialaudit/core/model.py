"""The canonical records every part of socialaudit speaks (CONTRACT §2–3).

Connectors and importers yield plain dicts in the bundle shape; `parse_record`
turns one into an `Account` or a `Post`, or raises `RecordError` with a reason
a coordinator can read. Auditors produce `Finding`s.
"""
from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from socialaudit.core.errors import RecordError

PLATFORMS = frozenset({"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"})
Severity = Literal["low", "medium", "high"]
MAX_TEXT_CHARS = 100_000  # bounds regex work on hostile input


@dataclass(slots=True)
class Geo:
    lat: float | None
    lon: float | None
    place_name: str | None = None


@dataclass(slots=True)
class Media:
    type: str
    path: str | None
    alt_text: str | None = None
    url: str | None = None

    def file_in(self, root: Path | None) -> Path | None:
        """The file this media names, confined to the source's folder `root` (CONTRACT §2:
        paths are relative to the bundle). An absolute path, a `..` or a symbolic link
        that leads out of `root`, or no root at all, gives None: a record can never make
        socialaudit read a file of the server's."""
        if not self.path or root is None:
            return None
        try:
            base = root.resolve()
            target = (base / self.path).resolve()
        except (OSError, RuntimeError, ValueError):
            return None
        return target if target.is_relative_to(base) else None


@dataclass(slots=True)
class Reply:
    account: str | None
    post_id: str | None


@dataclass(slots=True)
class Account:
    id: str
    platform: str
    handle: str | None = None
    display_name: str | None = None
    role: str = "personal"
    bio: str | None = None
    about_text: str | None = None
    website: str | None = None
    is_public: bool | None = None
    location_sharing: bool | None = None

    @property
    def is_official(self) -> bool:
        return self.role == "official"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "account", **{k: getattr(self, k) for k in self.__slots__}}  # type: ignore[attr-defined]


@dataclass(slots=True)
class Post:
    id: str
    account_id: str
    platform: str
    text: str = ""
    created_at: datetime | None = None
    url: str | None = None
    lang: str | None = None
    in_reply_to: Reply | None = None
    geo: Geo | None = None
    media: list[Media] = field(default_factory=list)
    visibility: str | None = None

    def content_hash(self) -> str:
        """Hash of what an auditor sees; a change means the post must be re-audited."""
        h = hashlib.sha256()
        h.update(self.text.encode())
        for m in self.media:
            h.update(f"\x00{m.type}\x00{m.path}\x00{m.alt_text}".encode())
        if self.geo:
            h.update(f"\x00geo{self.geo.lat},{self.geo.lon},{self.geo.place_name}".encode())
        h.update(f"\x00{self.visibility}".encode())
        if self.in_reply_to:
            h.update(f"\x00re{self.in_reply_to.account},{self.in_reply_to.post_id}".encode())
        return h.hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "post", "id": self.id, "account_id": self.account_id,
            "platform": self.platform,
            "created_at": self.created_at.isoformat().replace("+00:00", "Z") if self.created_at else None,
            "text": self.text, "url": self.url, "lang": self.lang,
            "in_reply_to": {"account": self.in_reply_to.account, "post_id": self.in_reply_to.post_id}
            if self.in_reply_to else None,
            "geo": {"lat": self.geo.lat, "lon": self.geo.lon, "place_name": self.geo.place_name}
            if self.geo else None,
            "media": [{"type": m.type, "path": m.path, "alt_text": m.alt_text, **({"url": m.url} if m.url else {})}
                      for m in self.media],
            "visibility": self.visibility,
        }


@dataclass(slots=True)
class Evidence:
    """Where a finding's proof sits. `excerpt` is already redacted."""
    field: str
    start: int | None
    end: int | None
    excerpt: str
    matched: str = ""  # normalised matched text; feeds the fingerprint, never printed

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "excerpt": self.excerpt}


@dataclass(slots=True)
class Finding:
    rule: str
    severity: str
    subject: str
    subject_kind: str
    account_id: str | None
    clause: str
    message: str
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    # (start, end, kind, field) spans to hide in every excerpt of this post; never serialised
    masks: list[tuple[int, int, str, str]] = field(default_factory=list, repr=False)
    model: str | None = None  # the learned model version that judged it; None for a rule's own finding

    @property
    def fingerprint(self) -> str:
        """Identity that survives re-crawls and edits that shift offsets (STYLE: detect-secrets)."""
        keys = sorted({normalise_for_identity(e.matched or e.field) for e in self.evidence})
        raw = "\x1f".join([self.rule, self.subject, *keys])
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule, "severity": self.severity, "subject": self.subject,
            "subject_kind": self.subject_kind, "account_id": self.account_id,
            "clause": self.clause, "message": self.message,
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if explain:
            d["explanation"] = list(self.explanation)
            d["fingerprint"] = self.fingerprint
            if self.model:
                d["model"] = self.model
        return d


def normalise_for_identity(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


# --- parsing bundle dicts -------------------------------------------------
# Every record is validated here, before it reaches an auditor or the store, so one
# bad record is reported and skipped on every database: strings must be valid
# Unicode without NUL (PostgreSQL refuses both), ids and URLs fit their columns,
# numbers are finite and in range, and times are plausible.

MAX_ID_CHARS = 300
MAX_URL_CHARS = 2000
MAX_SHORT_CHARS = {"handle": 200, "display_name": 300, "website": 500, "lang": 20, "visibility": 20,
                   "role": 20, "type": 20, "path": 1000, "place_name": 300}
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=timezone.utc)


def shown(value: Any) -> str:
    """A bad value as an error message may quote it: short, printable, any encoding."""
    if not isinstance(value, str):
        return f"of type {type(value).__name__}"
    return repr(value[:40].encode("utf-8", "replace").decode("utf-8"))


def clean_str(value: Any, key: str, max_chars: int | None = None, *, truncate: bool = False) -> str:
    """A string safe to audit and store, or RecordError naming the key (never the content)."""
    if not isinstance(value, str):
        raise RecordError(f"'{key}' must be a string")
    if "\x00" in value:
        raise RecordError(f"'{key}' contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError(f"'{key}' is not valid Unicode (an unpaired surrogate)") from None
    if max_chars is not None and len(value) > max_chars:
        if not truncate:
            raise RecordError(f"'{key}' is longer than {max_chars:,} characters")
        value = value[:max_chars]
    return value


def _opt_str(d: dict, key: str, max_chars: int | None = None, *, truncate: bool = False,
             label: str | None = None) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    return clean_str(v, label or key, max_chars or MAX_SHORT_CHARS.get(key), truncate=truncate)


def _opt_bool(d: dict, key: str) -> bool | None:
    v = d.get(key)
    if v is None or isinstance(v, bool):
        return v
    raise RecordError(f"'{key}' must be true, false or null")


def _required_id(d: dict, key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise RecordError(f"missing or empty '{key}'")
    return clean_str(v, key, MAX_ID_CHARS)


def _platform(d: dict, fallback: str | None = None) -> str:
    p = d.get("platform") or fallback
    if not isinstance(p, str) or p not in PLATFORMS:
        raise RecordError(f"unknown platform {shown(p)} (expected one of {', '.join(sorted(PLATFORMS))})")
    return p


def parse_datetime(value: Any) -> datetime | None:
    """An ISO-8601 time between 1970 and 2100; a time without a zone is taken as UTC."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordError("'created_at' must be an ISO-8601 string")
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(f"'created_at' is not an ISO-8601 time: {shown(value)}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    if not EARLIEST <= t < LATEST:
        raise RecordError(f"'created_at' is outside {EARLIEST.year}–{LATEST.year - 1}")
    return t


def _coordinate(v: dict, name: str, bound: float) -> float | None:
    x = v.get(name)
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise RecordError(f"'geo.{name}' must be a number")
    try:
        x = float(x)
    except OverflowError:
        raise RecordError(f"'geo.{name}' is out of range") from None
    if not math.isfinite(x) or abs(x) > bound:
        raise RecordError(f"'geo.{name}' must be a finite number between -{bound:g} and {bound:g}")
    return x


def _parse_geo(v: Any) -> Geo | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise RecordError("'geo' must be an object or null")
    lat, lon = _coordinate(v, "lat", 90.0), _coordinate(v, "lon", 180.0)
    place = v.get("place_name")
    place = clean_str(place, "geo.place_name", MAX_SHORT_CHARS["place_name"], truncate=True) \
        if isinstance(place, str) else None
    if lat is None and lon is None and not place:
        return None
    return Geo(lat, lon, place)


def _parse_media(v: Any) -> list[Media]:
    if v is None:
        return []
    if not isinstance(v, list):
        raise RecordError("'media' must be a list")
    out = []
    for i, m in enumerate(v):
        if not isinstance(m, dict):
            raise RecordError(f"'media[{i}]' must be an object")
        kind = m.get("type") or "photo"
        out.append(Media(type=clean_str(kind, f"media[{i}].type", MAX_SHORT_CHARS["type"]),
                         path=_opt_str(m, "path", label=f"media[{i}].path"),
                         alt_text=_opt_str(m, "alt_text", MAX_TEXT_CHARS, truncate=True, label=f"media[{i}].alt_text"),
                         url=_opt_str(m, "url", MAX_URL_CHARS, label=f"media[{i}].url")))
    return out


def _reply_post_id(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        v = str(v)
    return clean_str(v, "in_reply_to.post_id", MAX_ID_CHARS)


def _parse_reply(v: Any) -> Reply | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise RecordError("'in_reply_to' must be an object or null")
    account = v.get("account")
    return Reply(account=clean_str(account, "in_reply_to.account", MAX_ID_CHARS) if account is not None else None,
                 post_id=_reply_post_id(v.get("post_id")))


def parse_account(d: dict) -> Account:
    role = d.get("role") or "personal"
    if role not in ("personal", "official"):
        raise RecordError(f"'role' must be 'personal' or 'official', not {shown(role)}")
    return Account(
        id=_required_id(d, "id"), platform=_platform(d),
        handle=_opt_str(d, "handle"), display_name=_opt_str(d, "display_name"), role=role,
        bio=_opt_str(d, "bio", MAX_TEXT_CHARS, truncate=True) or None,
        about_text=_opt_str(d, "about_text", MAX_TEXT_CHARS, truncate=True) or None,
        website=_opt_str(d, "website"), is_public=_opt_bool(d, "is_public"),
        location_sharing=_opt_bool(d, "location_sharing"),
    )


def parse_post(d: dict) -> Post:
    text = d.get("text")
    text = "" if text is None else clean_str(text, "text", MAX_TEXT_CHARS, truncate=True)
    account_id = _required_id(d, "account_id")
    return Post(
        id=_required_id(d, "id"), account_id=account_id,
        platform=_platform(d, account_id.split(":", 1)[0] if ":" in account_id else None),
        text=text, created_at=parse_datetime(d.get("created_at")),
        url=_opt_str(d, "url", MAX_URL_CHARS), lang=_opt_str(d, "lang"),
        in_reply_to=_parse_reply(d.get("in_reply_to")), geo=_parse_geo(d.get("geo")),
        media=_parse_media(d.get("media")), visibility=_opt_str(d, "visibility"),
    )


def parse_record(d: Any) -> Account | Post:
    """An Account or a Post from a bundle dict, or RecordError saying why not. Never
    raises anything else, whatever the input holds."""
    if not isinstance(d, dict):
        raise RecordError("a record must be a JSON object")
    kind = d.get("kind")
    try:
        if kind == "account":
            return parse_account(d)
        if kind == "post":
            return parse_post(d)
    except RecordError:
        raise
    except (TypeError, ValueError, OverflowError, RecursionError) as e:  # a shape no check foresaw
        raise RecordError(f"unusable record ({type(e).__name__})") from None
    raise RecordError(f"unknown record kind {shown(kind)} (expected 'account' or 'post')")


def default_account_for(post: Post) -> Account:
    """CONTRACT §2: a post without an account record is audited as from a personal account."""
    handle = post.account_id.split(":@", 1)[-1] if ":@" in post.account_id else None
    return Account(id=post.account_id, platform=post.platform, handle=handle, role="personal")
