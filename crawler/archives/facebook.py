"""Facebook "Download your information" export, JSON format (zip or folder).

Quirks of the format (real samples in ../shared/real-formats/facebook-export):
- Posts live in `posts/your_posts_1.json` (older layout) or, since 2022-24, in
  `your_activity_across_facebook/posts/...` / `your_facebook_activity/posts/
  your_posts__check_ins__photos_and_videos_1.json`; all are a top-level array.
- A post: `timestamp`, optional third-person `title`, `data: [{"post": text},
  {"update_timestamp": n}]`, `attachments: [{"data": [{media|place|
  external_context|event|text|note}]}]`, `tags: [{"name"}]`. Posts may have no text.
- `place` check-ins carry `coordinate` (singular) {latitude, longitude}; a
  "traveling to X from Y" post has two places, the destination first.
- Media EXIF is `media_metadata.photo_metadata|video_metadata.exif_data[]`
  (upload_ip, taken_timestamp, sometimes latitude/longitude).
- Every string is mojibake: fixed on the whole post before it is read.
- The HTML flavour of the export (`your_posts_1.html`) holds no JSON to read.
"""
from __future__ import annotations

from typing import Iterator

from crawler.archives.common import IdMinter, exif_point, iso_from_unix, valid_point
from crawler.archives.formats import ExportFiles, ImporterSpec, register
from crawler.archives.meta import account_record, media_entry, read_profile, stream_posts, text_or_none
from socialaudit.core.model import RecordError

PLATFORM = "facebook"
POST_DIRS = ("posts", "your_activity_across_facebook/posts", "your_facebook_activity/posts")
POST_FILES = tuple(f"{d}/your_posts*.json" for d in POST_DIRS)
PROFILE_FILES = (
    "profile_information/profile_information.json",
    "personal_information/profile_information/profile_information.json",
    "your_facebook_activity/personal_information/profile_information/profile_information.json",
)


def _attachment_items(post: dict) -> Iterator[dict]:
    for att in post.get("attachments") or ():
        for item in (att.get("data") or ()) if isinstance(att, dict) else ():
            if isinstance(item, dict):
                yield item


def post_geo(places: list[dict], media: list[dict]) -> dict | None:
    """A check-in's place (with its point when given), else a point from media EXIF."""
    for place in places:
        coord = place.get("coordinate") if isinstance(place.get("coordinate"), dict) else {}
        point = valid_point(coord.get("latitude"), coord.get("longitude")) if coord else None
        name = text_or_none(place.get("name"))
        if point or name:
            return {"lat": point[0] if point else None, "lon": point[1] if point else None, "place_name": name}
    for m in media:
        point = exif_point(m)
        if point:
            return {"lat": point[0], "lon": point[1], "place_name": None}
    return None


class FacebookImporter:
    """Posts of the export owner; one account record when a profile file is present."""

    def __init__(self, files: ExportFiles):
        self.files = files
        profile, self._problems = read_profile(files, PROFILE_FILES)
        self.account = self._account(profile)

    def _account(self, profile: dict | None) -> dict | None:
        p = (profile or {}).get("profile_v2") or (profile or {}).get("profile")
        if not isinstance(p, dict):
            return None
        name = p.get("name")
        full = name.get("full_name") if isinstance(name, dict) else name
        sites = [w.get("address") for w in p.get("websites") or () if isinstance(w, dict)]
        return account_record(PLATFORM, text_or_none(p.get("username")), self.files.label,
                              display_name=text_or_none(full), bio=text_or_none(p.get("intro_bio")),
                              website=text_or_none(sites[0]) if sites else None)

    def accounts(self) -> Iterator[dict | RecordError]:
        yield from self._problems
        if self.account:
            yield self.account

    def posts(self) -> Iterator[dict | RecordError]:
        self._minter = IdMinter(PLATFORM)  # each pass mints the same ids in the same order
        names = [n for pattern in POST_FILES for n in self.files.glob(pattern)]
        yield from stream_posts(self.files, names, self.post)

    def post(self, p: dict) -> dict:
        """One export post (already mojibake-fixed) as a CONTRACT §2 post."""
        ts = p.get("timestamp")
        texts = [d["post"] for d in p.get("data") or () if isinstance(d, dict) and isinstance(d.get("post"), str)]
        media, places, extra = [], [], []
        for item in _attachment_items(p):
            if isinstance(item.get("media"), dict):
                media.append(item["media"])
            if isinstance(item.get("place"), dict):
                places.append(item["place"])
            note = item.get("note")
            if isinstance(note, dict):
                media += [m for m in note.get("media") or () if isinstance(m, dict)]
                extra.append(note.get("text"))
            extra.append(item.get("text"))
        text = "\n\n".join(t for t in texts if t.strip())
        if not text:  # a photo or note without a status line: its caption is what people read
            text = "\n\n".join(dict.fromkeys(t for t in extra + [m.get("description") for m in media]
                                             if text_or_none(t)))
        entries = [media_entry(self.files, m.get("uri"), _caption(m, text), "video" if "video_metadata"
                               in (m.get("media_metadata") or {}) else None) for m in media]
        uris = [m.get("uri") or "" for m in media]
        return {
            "kind": "post", "id": self._minter.mint(ts, text, uris), "account_id": self._account_id(),
            "platform": PLATFORM, "created_at": iso_from_unix(ts) or _media_time(media), "text": text,
            "url": None, "lang": None, "in_reply_to": None, "geo": post_geo(places, media),
            "media": entries, "visibility": None,
        }

    def _account_id(self) -> str:
        return self.account["id"] if self.account else f"{PLATFORM}:{self.files.label}"


def _caption(media: dict, text: str) -> str | None:
    """A photo's own description, when it says more than the post text."""
    desc = text_or_none(media.get("description"))
    return desc if desc and desc.strip() != text.strip() else None


def _media_time(media: list[dict]) -> str | None:
    return next((iso_from_unix(m.get("creation_timestamp")) for m in media if m.get("creation_timestamp")), None)


_OTHER_FOLDERS = (
    "about_you", "activity_messages", "ads_information", "ads_and_businesses", "apps_and_websites",
    "apps_and_websites_off_of_facebook", "comments", "comments_and_reactions", "connections", "events",
    "facebook_gaming", "facebook_marketplace", "facebook_news", "files", "following_and_followers",
    "friends", "friends_and_followers", "fundraisers", "groups", "interactions", "likes_and_reactions",
    "location", "logged_information", "marketplace", "messages", "music_recommendations", "news_feed",
    "notifications", "other_activity", "other_logged_information", "other_personal_information",
    "pages", "payment_history", "personal_information", "photos_and_videos", "polls", "preferences",
    "profile_information", "saved_items_and_collections", "search", "search_history",
    "security_and_login_information", "short_videos", "stories", "your_interactions_on_facebook",
    "your_places", "your_problem_reports", "your_topics", "volunteering",
)

SPEC = register(ImporterSpec(
    platform=PLATFORM,
    signatures=POST_FILES,
    reads=(*POST_FILES, *PROFILE_FILES, *(f"{d}/media/*" for d in POST_DIRS)),
    known=(*(f"{f}/*" for f in _OTHER_FOLDERS), *(f"{d}/*" for d in POST_DIRS),
           "your_activity_across_facebook/*", "your_facebook_activity/*", "index.html", "start_here.html"),
    build=FacebookImporter,
    html_only=tuple(f"{d}/your_posts_1.html" for d in POST_DIRS),
))

