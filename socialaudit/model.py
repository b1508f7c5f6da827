"""The canonical records every part of socialaudit speaks (CONTRACT §2–3).

Connectors and importers yield plain dicts in the bundle shape; `parse_record`
turns one into an `Account` or a `Post`, or raises `RecordError` with a reason
a coordinator can read. Auditors produce `Finding`s.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

PLATFORMS = frozenset({"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"})
SEVERITIES = ("low", "medium", "high")
Severity = Literal["low", "medium", "high"]
MAX_TEXT_CHARS = 100_000  # bounds regex work on hostile input


class RecordError(ValueError):
    """A record that cannot be used; the message says why, without its content."""


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
        return d


def normalise_for_identity(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


# --- parsing bundle dicts -------------------------------------------------

def _opt_str(d: dict, key: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise RecordError(f"'{key}' must be a string")
    return v


def _opt_bool(d: dict, key: str) -> bool | None:
    v = d.get(key)
    if v is None or isinstance(v, bool):
        return v
    raise RecordError(f"'{key}' must be true, false or null")


def _required_id(d: dict, key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise RecordError(f"missing or empty '{key}'")
    return v


def _platform(d: dict, fallback: str | None = None) -> str:
    p = d.get("platform") or fallback
    if p not in PLATFORMS:
        raise RecordError(f"unknown platform {p!r} (expected one of {', '.join(sorted(PLATFORMS))})")
    return p


def parse_datetime(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordError("'created_at' must be an ISO-8601 string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(f"'created_at' is not an ISO-8601 time: {value[:40]!r}") from None


def _parse_geo(v: Any) -> Geo | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise RecordError("'geo' must be an object or null")
    lat, lon = v.get("lat"), v.get("lon")
    for name, x in (("lat", lat), ("lon", lon)):
        if x is not None and (isinstance(x, bool) or not isinstance(x, (int, float))):
            raise RecordError(f"'geo.{name}' must be a number")
    place = v.get("place_name")
    if lat is None and lon is None and not place:
        return None
    return Geo(float(lat) if lat is not None else None, float(lon) if lon is not None else None,
               place if isinstance(place, str) else None)


def _parse_media(v: Any) -> list[Media]:
    if v is None:
        return []
    if not isinstance(v, list):
        raise RecordError("'media' must be a list")
    out = []
    for i, m in enumerate(v):
        if not isinstance(m, dict):
            raise RecordError(f"'media[{i}]' must be an object")
        out.append(Media(type=str(m.get("type") or "photo"), path=m.get("path") if isinstance(m.get("path"), str) else None,
                         alt_text=m.get("alt_text") if isinstance(m.get("alt_text"), str) else None,
                         url=m.get("url") if isinstance(m.get("url"), str) else None))
    return out


def _parse_reply(v: Any) -> Reply | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise RecordError("'in_reply_to' must be an object or null")
    return Reply(account=v.get("account") if isinstance(v.get("account"), str) else None,
                 post_id=str(v["post_id"]) if v.get("post_id") is not None else None)


def parse_account(d: dict) -> Account:
    role = d.get("role") or "personal"
    if role not in ("personal", "official"):
        raise RecordError(f"'role' must be 'personal' or 'official', not {role!r}")
    return Account(
        id=_required_id(d, "id"), platform=_platform(d),
        handle=_opt_str(d, "handle"), display_name=_opt_str(d, "display_name"), role=role,
        bio=(_opt_str(d, "bio") or None) and _opt_str(d, "bio")[:MAX_TEXT_CHARS],
        about_text=(_opt_str(d, "about_text") or None) and _opt_str(d, "about_text")[:MAX_TEXT_CHARS],
        website=_opt_str(d, "website"), is_public=_opt_bool(d, "is_public"),
        location_sharing=_opt_bool(d, "location_sharing"),
    )


def parse_post(d: dict) -> Post:
    text = d.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise RecordError("'text' must be a string")
    account_id = _required_id(d, "account_id")
    return Post(
        id=_required_id(d, "id"), account_id=account_id,
        platform=_platform(d, account_id.split(":", 1)[0] if ":" in account_id else None),
        text=text[:MAX_TEXT_CHARS], created_at=parse_datetime(d.get("created_at")),
        url=_opt_str(d, "url"), lang=_opt_str(d, "lang"),
        in_reply_to=_parse_reply(d.get("in_reply_to")), geo=_parse_geo(d.get("geo")),
        media=_parse_media(d.get("media")), visibility=_opt_str(d, "visibility"),
    )


def parse_record(d: Any) -> Account | Post:
    if not isinstance(d, dict):
        raise RecordError("a record must be a JSON object")
    kind = d.get("kind")
    if kind == "account":
        return parse_account(d)
    if kind == "post":
        return parse_post(d)
    raise RecordError(f"unknown record kind {kind!r} (expected 'account' or 'post')")


def default_account_for(post: Post) -> Account:
    """CONTRACT §2: a post without an account record is audited as from a personal account."""
    handle = post.account_id.split(":@", 1)[-1] if ":@" in post.account_id else None
    return Account(id=post.account_id, platform=post.platform, handle=handle, role="personal")
