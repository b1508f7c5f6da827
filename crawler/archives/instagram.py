"""Instagram data export, JSON format (zip or folder).

Quirks of the format (real samples in ../shared/real-formats/instagram-export):
- Posts are `content/posts_1.json` (2024 layout:
  `your_instagram_activity/content/posts_1.json`), a top-level array of
  `{"media": [...]}`.
- A carousel post has its caption (`title`) and `creation_timestamp` at post
  level; a single-media post has them only on `media[0]`.
- `media[].uri` is `media/posts/YYYYMM/<name>`, sometimes with no extension:
  the type is sniffed from the file's magic bytes.
- Older exports put GPS in `media_metadata.photo_metadata.exif_data[0]
  .latitude/longitude` (videos: `video_metadata`), sometimes as coarse
  integers; 2024 exports carry camera EXIF without a position.
- Strings are mojibake, as on Facebook.
"""
from __future__ import annotations

from typing import Iterator

from crawler.archives.common import IdMinter, exif_point, iso_from_unix
from crawler.archives.formats import ExportFiles, ImporterSpec, register
from crawler.archives.meta import account_record, media_entry, read_profile, stream_posts, text_or_none
from socialaudit.core.model import RecordError

PLATFORM = "instagram"
POST_DIRS = ("content", "your_instagram_activity/content")
POST_FILES = tuple(f"{d}/posts_*.json" for d in POST_DIRS)
# Other published content, each a one-key object holding an array: reels and IGTV items are
# shaped like posts, a story item is a single media entry. (No real sample of these here.)
OTHER_CONTENT = tuple(f"{d}/{f}" for d in POST_DIRS for f in ("reels.json", "igtv_videos.json", "stories.json"))
PROFILE_FILES = (
    "personal_information/personal_information.json",
    "personal_information/personal_information/personal_information.json",
    "account_information/personal_information.json",
)


def _string_map(profile: dict | None) -> dict:
    users = (profile or {}).get("profile_user")
    first = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
    smd = first.get("string_map_data")
    return smd if isinstance(smd, dict) else {}


def _value(smd: dict, key: str) -> str | None:
    v = smd.get(key)
    return text_or_none(v.get("value")) if isinstance(v, dict) else None


def _is_public(smd: dict) -> bool | None:
    private = (_value(smd, "Private Account") or "").lower()
    return {"true": False, "false": True}.get(private)


class InstagramImporter:
    """Posts of the export owner; one account record when the personal information file is present."""

    def __init__(self, files: ExportFiles):
        self.files = files
        profile, self._problems = read_profile(files, PROFILE_FILES)
        smd = _string_map(profile)
        handle = _value(smd, "Username")
        self.account = account_record(
            PLATFORM, handle, files.label, display_name=_value(smd, "Name"), bio=_value(smd, "Bio"),
            website=_value(smd, "Website"), is_public=_is_public(smd)) if handle else None

    def accounts(self) -> Iterator[dict | RecordError]:
        yield from self._problems
        if self.account:
            yield self.account

    def posts(self) -> Iterator[dict | RecordError]:
        self._minter = IdMinter(PLATFORM)  # each pass mints the same ids in the same order
        names = [n for pattern in POST_FILES + OTHER_CONTENT for n in self.files.glob(pattern)]
        yield from stream_posts(self.files, names, self.post)

    def post(self, p: dict) -> dict:
        """One export post (already mojibake-fixed) as a CONTRACT §2 post."""
        items = [m for m in p.get("media") or () if isinstance(m, dict)] if "media" in p else [p] if "uri" in p else []
        if not items:
            raise RecordError("post without media")
        first = items[0]
        text = p["title"] if isinstance(p.get("title"), str) else first.get("title")
        text = text if isinstance(text, str) else ""
        ts = p.get("creation_timestamp") or first.get("creation_timestamp")
        entries = [media_entry(self.files, m.get("uri"), _caption(m, text),
                               "video" if "video_metadata" in (m.get("media_metadata") or {}) else None)
                   for m in items]
        point = next((pt for pt in map(exif_point, items) if pt), None)
        account_id = self.account["id"] if self.account else f"{PLATFORM}:{self.files.label}"
        return {
            "kind": "post", "id": self._minter.mint(ts, text, [m.get("uri") or "" for m in items]),
            "account_id": account_id, "platform": PLATFORM, "created_at": iso_from_unix(ts), "text": text,
            "url": None, "lang": None, "in_reply_to": None,
            "geo": {"lat": point[0], "lon": point[1], "place_name": None} if point else None,
            "media": entries, "visibility": None,
        }


def _caption(media: dict, text: str) -> str | None:
    """A carousel item's own caption, when it differs from the post's."""
    own = text_or_none(media.get("title"))
    return own if own and own.strip() != text.strip() else None


_OTHER_FOLDERS = (
    "account_information", "ads_information", "ads_and_topics", "apps_and_websites", "autofill_information",
    "comments", "connections", "devices", "events", "followers_and_following", "fundraisers",
    "information_about_you", "interactions", "likes", "logged_information", "login_and_account_creation",
    "login_and_profile_creation", "media", "messages", "monetization", "past_instagram_insights",
    "personal_information", "preferences", "recent_searches", "reports", "saved", "security_and_login_information",
    "shopping", "story_sticker_interactions", "your_topics",
    *(f"your_instagram_activity/{f}" for f in ("comments", "likes", "messages", "saved", "shopping", "events",
                                               "monetization", "other_activity", "story_sticker_interactions",
                                               "subscriptions", "threads", "fundraisers", "avatars_store",
                                               "gifts", "reports")),
)

SPEC = register(ImporterSpec(
    platform=PLATFORM,
    signatures=POST_FILES,
    reads=(*POST_FILES, *OTHER_CONTENT, *PROFILE_FILES, "media/*"),
    known=(*(f"{f}/*" for f in _OTHER_FOLDERS), "index.html", "start_here.html"),
    build=InstagramImporter,
    html_only=tuple(f"{d}/posts_1.html" for d in POST_DIRS),
))
