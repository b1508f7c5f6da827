"""Small X archives in the real format (window.YTD prefix, wrapped items,
string numbers, opposite-order coordinates), for tests of import and run."""
from __future__ import annotations

import json
from pathlib import Path

TEXTS = ["Lovely visit this morning, home for a brew now #familycrisissupport",
         "Great training day with the other volunteers, and cake!",
         "Trains cancelled again. Typical Monday.",
         "Proud to volunteer with @TwinsTrust #volunteering"]


def _js(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2)


def write_x_archive(folder: Path, handle: str, n_tweets: int, first_id: int = 10**15, geo_every: int = 7,
                    texts: list[str] | None = None) -> Path:
    """`texts`: the tweets' texts, as they are (default: TEXTS in turn, each numbered)."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    tweets = []
    for i in range(n_tweets):
        tid = str(first_id + i)
        t = {"id": tid, "id_str": tid, "full_text": texts[i] if texts else TEXTS[i % len(TEXTS)] + f" ({i})",
             "created_at": "Thu Oct 03 08:50:26 +0000 2026", "favorite_count": "0", "retweet_count": "0",
             "entities": {"hashtags": [], "urls": [], "user_mentions": []}, "display_text_range": ["0", "80"],
             "lang": "en"}
        if geo_every and i % geo_every == 0:
            t["coordinates"] = {"type": "Point", "coordinates": ["-1.54", "53.99"]}
            t["geo"] = {"type": "Point", "coordinates": ["53.99", "-1.54"]}
        tweets.append({"tweet": t})
    (data / "tweets.js").write_text(_js("tweets", tweets))
    (data / "account.js").write_text(_js("account", [{"account": {
        "username": handle, "accountId": str(first_id), "accountDisplayName": handle.title(),
        "createdVia": "web", "createdAt": "2020-01-01T00:00:00.000Z", "email": None}}]))
    (data / "profile.js").write_text(_js("profile", [{"profile": {"description": {
        "bio": "FCS volunteer with @TwinsTrust", "website": "", "location": ""}}}]))
    return folder
