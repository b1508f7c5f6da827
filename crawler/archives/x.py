"""X (Twitter) account archive: the `data/*.js` files of a zip or unpacked folder.

Quirks of the format (real samples in ../shared/real-formats/x-archive):
- Each data file is JavaScript, `window.YTD.<type>.partN = [ ... ]`; manifest.js
  (`window.__THAR_CONFIG = {...}`) lists the parts of every type. Large
  archives split into `tweets-part1.js`...; older ones call it `tweet.js`.
- Items are wrapped (`{"tweet": {...}}`); very old archives are not.
- All numbers are strings; `created_at` is "Thu Nov 03 08:50:26 +0000 2022".
- `full_text` is HTML-escaped (`&gt;`, `&amp;`).
- Posts over 280 characters are cut off with "…" in tweets.js; the whole text is
  in note-tweet.js, whose `noteTweetId` is NOT the tweet id: match on the
  creation time and the text before the "…".
- `coordinates` is [lon, lat] and `geo` is [lat, lon], both as strings.
- Media files are `data/tweets_media/<tweet id>-<basename>`: the photo URL's
  basename, or for video and GIF that of the highest-bitrate mp4 variant.
"""
from __future__ import annotations

import html
from typing import Any, Iterator

from crawler.archives.common import BAD_ITEM, record_error, why
from crawler.archives.container import MemberError
from crawler.archives.formats import ExportFiles, ImporterSpec, register
from crawler.archives.jsonstream import JSONStreamError, iter_array, load_object
from crawler.archives.x_fields import best_variant, media_basename, pick_note, tweet_geo, tweet_reply, x_time
from socialaudit.core.model import RecordError

PLATFORM = "x"
TWEET_FILES = ("data/tweets.js", "data/tweets-part*.js", "data/tweet.js", "data/tweet-part*.js")
NOTE_FILES = ("data/note-tweet.js", "data/note-tweet-part*.js")
MEDIA_DIRS = ("data/tweets_media", "data/tweet_media")  # the older archives say tweet_media
_MEDIA_TYPES = {"photo": "photo", "video": "video", "animated_gif": "video"}  # a GIF is saved as mp4


def _text(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _unwrap(item: Any, key: str) -> dict:
    inner = item.get(key, item) if isinstance(item, dict) else None
    if not isinstance(inner, dict):
        raise RecordError(f"expected an object with '{key}'")
    return inner


class XImporter:
    """Reads account.js/profile.js into one personal account and tweets.js into posts."""

    def __init__(self, files: ExportFiles):
        self.files = files
        self.problems: list[RecordError] = []  # met during the current pass, reported before its posts
        self._manifest_problems: list[RecordError] = []
        self.manifest = self._manifest()
        self._account: dict | None = None
        self._account_problems: list[RecordError] = []
        self._media_by_tweet: dict[str, list[str]] | None = None

    # -- manifest ------------------------------------------------------------
    def _manifest(self) -> dict:
        if not self.files.exists("data/manifest.js"):
            return {}
        try:
            with self.files.open("data/manifest.js") as f:
                data = load_object(f)
        except (JSONStreamError, MemberError) as e:
            reason = f"{why(e)}; finding files by name instead"
            self._manifest_problems.append(record_error("data/manifest.js", None, reason))
            return {}
        types = data.get("dataTypes") if isinstance(data, dict) else None
        return data if isinstance(types, dict) else {}

    def _type_files(self, types: tuple[str, ...], fallback: tuple[str, ...]) -> list[str]:
        """A data type's files from the manifest when it lists them, else by name."""
        listed = []
        for t in types:
            entry = self.manifest.get("dataTypes", {}).get(t)
            for f in entry.get("files", []) if isinstance(entry, dict) else ():
                if isinstance(f, dict) and isinstance(f.get("fileName"), str):
                    listed.append(f["fileName"].lstrip("./"))
        if not listed:
            return [n for pattern in fallback for n in self.files.glob(pattern)]
        missing = [n for n in listed if not self.files.exists(n)]
        for n in missing:
            self.problems.append(record_error(n, None, "listed in manifest.js but missing from the export"))
        return [n for n in listed if n not in missing]

    def _media_dirs(self) -> list[str]:
        dirs = []
        for t in ("tweetsMedia", "tweetMedia", "tweets", "tweet"):
            entry = self.manifest.get("dataTypes", {}).get(t)
            d = entry.get("mediaDirectory") if isinstance(entry, dict) else None
            if isinstance(d, str) and d.strip("./") not in dirs:
                dirs.append(d.strip("./"))
        return dirs + [d for d in MEDIA_DIRS if d not in dirs]

    # -- account -------------------------------------------------------------
    def _first(self, name: str, key: str) -> dict:
        if not self.files.exists(name):
            return {}
        try:
            with self.files.open(name) as f:
                for item in iter_array(f):
                    return _unwrap(item, key)
        except (JSONStreamError, MemberError, RecordError) as e:
            self._account_problems.append(record_error(name, None, why(e)))
        return {}

    def account(self) -> dict:
        """The archive owner's account record (role personal), read once."""
        if self._account is None:
            acc, prof = self._first("data/account.js", "account"), self._first("data/profile.js", "profile")
            user = self.manifest.get("userInfo") if isinstance(self.manifest.get("userInfo"), dict) else {}
            handle = _text(acc.get("username")) or _text(user.get("userName"))
            desc = prof.get("description") if isinstance(prof.get("description"), dict) else {}
            self._account = {
                "kind": "account", "id": f"x:@{handle}" if handle else f"x:{self.files.label}",
                "platform": PLATFORM, "handle": handle,
                "display_name": _text(acc.get("accountDisplayName")) or _text(user.get("displayName")),
                "role": "personal", "bio": _text(desc.get("bio")), "about_text": None,
                "website": _text(desc.get("website")), "is_public": None, "location_sharing": None,
            }
        return self._account

    def accounts(self) -> Iterator[dict | RecordError]:
        acc = self.account()
        yield from self._account_problems  # every pass: the pipeline reports errors from the full pass
        if acc["handle"]:
            yield acc

    # -- posts ---------------------------------------------------------------
    def posts(self) -> Iterator[dict | RecordError]:
        self.account()
        self.problems = list(self._manifest_problems)
        notes = self._notes()
        media_dirs = self._media_dirs()
        names = self._type_files(("tweets", "tweet"), TWEET_FILES)
        yield from self.problems
        for name in names:
            yield from self._tweets(name, notes, media_dirs)

    def _notes(self) -> dict[str, list[str]]:
        """Full texts of long posts keyed by creation time (few: they fit in memory)."""
        notes: dict[str, list[str]] = {}
        for name in self._type_files(("noteTweet",), NOTE_FILES):
            for item, err in _items(self.files, name, "noteTweet"):
                if err is not None:
                    self.problems.append(err)
                    continue
                core = item.get("core")
                text = core.get("text") if isinstance(core, dict) else None
                created = x_time(item.get("createdAt"))
                if isinstance(text, str) and created:
                    notes.setdefault(created, []).append(text)
        return notes

    def _tweets(self, name: str, notes: dict, media_dirs: list[str]) -> Iterator[dict | RecordError]:
        for n, (item, err) in enumerate(_items(self.files, name, "tweet"), 1):
            if err is not None:
                yield err
                continue
            try:
                yield self.post(item, notes, media_dirs)
            except BAD_ITEM as e:
                yield record_error(name, n, f"unusable tweet ({type(e).__name__}: {e})")
            if self.files.problems:
                yield from (record_error(name, n, str(p)) for p in self.files.drain())

    def post(self, t: dict, notes: dict, media_dirs: list[str]) -> dict:
        """One tweet as a CONTRACT §2 post."""
        tid = t.get("id_str") or t.get("id")
        if not isinstance(tid, str) or not tid.isdigit():
            raise RecordError("tweet without a numeric id")
        text = t.get("full_text") or t.get("text") or ""
        if "&" in text:
            text = html.unescape(text)
        created = x_time(t.get("created_at"))
        if created in notes:
            text = pick_note(text, notes[created]) or text
        handle = self._account["handle"]
        lang = t.get("lang")
        return {
            "kind": "post", "id": f"x:{tid}", "account_id": self._account["id"], "platform": PLATFORM,
            "created_at": created, "text": text,
            "url": f"https://x.com/{handle}/status/{tid}" if handle else None,
            "lang": lang if isinstance(lang, str) and lang != "und" else None,
            "in_reply_to": tweet_reply(t), "geo": tweet_geo(t),
            "media": self._media(t, tid, media_dirs), "visibility": None,
        }

    def _media(self, t: dict, tid: str, media_dirs: list[str]) -> list[dict]:
        ents = t.get("extended_entities") or t.get("entities")
        items = ents.get("media") if isinstance(ents, dict) else None
        if not items or not isinstance(items, list):
            return []
        out, used = [], set()
        for m in items:
            if not isinstance(m, dict):
                continue
            kind = _MEDIA_TYPES.get(m.get("type"), "photo")
            url = m.get("media_url_https") or m.get("media_url")
            source = best_variant(m) if kind == "video" else url
            rel = self._local_file(tid, media_basename(source) if isinstance(source, str) else "", media_dirs, used)
            alt = m.get("ext_alt_text")
            out.append({"type": kind, "path": self.files.media_path(rel) if rel else None,
                        "alt_text": alt if isinstance(alt, str) and alt else None,
                        "url": url if isinstance(url, str) else None})
        return out

    def _local_file(self, tid: str, basename: str, media_dirs: list[str], used: set[str]) -> str | None:
        for d in media_dirs:
            rel = f"{d}/{tid}-{basename}"
            if basename and rel in self.files.names and rel not in used:
                used.add(rel)
                return rel
        for rel in self._tweet_media_index(media_dirs).get(tid, ()):
            if rel not in used:  # saved under another variant's name: take the tweet's next file
                used.add(rel)
                return rel
        return None

    def _tweet_media_index(self, media_dirs: list[str]) -> dict[str, list[str]]:
        if self._media_by_tweet is None:
            self._media_by_tweet = {}
            for rel in sorted(self.files.names):
                folder, _, base = rel.rpartition("/")
                if folder in media_dirs and "-" in base:
                    self._media_by_tweet.setdefault(base.split("-", 1)[0], []).append(rel)
        return self._media_by_tweet


def _items(files: ExportFiles, name: str, key: str) -> Iterator[tuple[dict | None, RecordError | None]]:
    """Each unwrapped item of a data file, or the error that stopped the file."""
    try:
        with files.open(name) as f:
            for n, item in enumerate(iter_array(f), 1):
                try:
                    yield _unwrap(item, key), None
                except RecordError as e:
                    yield None, record_error(name, n, str(e))
    except (JSONStreamError, MemberError) as e:
        yield None, record_error(name, None, f"{why(e)}; the rest of this file was skipped")


# X data types that hold no posts of the owner (or only deleted ones); left alone on purpose.
_OTHER_TYPES = (
    "account-creation-ip", "account-label", "account-suspension", "account-timezone", "ad-engagements",
    "ad-free-article-visits", "ad-impressions", "ad-mobile-conversions-attributed",
    "ad-mobile-conversions-unattributed", "ad-online-conversions-attributed",
    "ad-online-conversions-unattributed", "ageinfo", "app", "audio-video-calls-in-dm",
    "audio-video-calls-in-dm-recipient-sessions", "block", "branch-links", "catalog-item",
    "commerce-catalog", "community-note", "community-note-rating", "community-note-tombstone",
    "connected-application", "contact", "deleted-note-tweet", "deleted-tweet-headers", "deleted-tweets",
    "device-token", "direct-message-group-headers", "direct-message-headers", "direct-message-mute",
    "direct-messages", "direct-messages-group", "email-address-change", "follower", "following",
    "ip-audit", "key-registry", "like", "lists-created", "lists-member", "lists-subscribed",
    "moment", "mute", "ni-devices", "periscope-account-information", "periscope-ban-information",
    "periscope-broadcast-metadata", "periscope-comments-made-by-user", "periscope-expired-broadcasts",
    "periscope-followers", "periscope-profile-description", "personalization", "phone-number",
    "product-drop", "product-set", "professional-data", "protected-history", "reply-prompt",
    "saved-search", "screen-name-change", "shop-module", "shopify-account", "smartblock",
    "spaces-metadata", "sso", "tweet-headers", "tweetdeck", "twitter-shop", "user-link-clicks",
    "verified", "verified-organization", "manifest",
)

SPEC = register(ImporterSpec(
    platform=PLATFORM,
    signatures=("data/tweets.js", "data/tweets-part*.js", "data/tweet.js", "data/manifest.js", "data/account.js"),
    reads=("data/manifest.js", *TWEET_FILES, *NOTE_FILES, "data/account.js", "data/profile.js",
           *(f"{d}/*" for d in MEDIA_DIRS)),
    known=(*(f"data/{t}.js" for t in _OTHER_TYPES), *(f"data/{t}-part*.js" for t in _OTHER_TYPES),
           "data/*_media/*", "data/README.txt", "assets/*", "Your archive.html"),
    build=XImporter,
    html_only=(),
))
