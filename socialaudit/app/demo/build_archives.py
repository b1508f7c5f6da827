"""Writes the demo's X archives (socialaudit/demo/archives/*.zip) in the real export
format: `data/*.js` files as `window.YTD.<type>.part0 = [...]`, wrapped items, numbers
as strings, [lon, lat] coordinates, media in `data/tweets_media/<tweet id>-<name>`.

Everything is made up. Run `python -m socialaudit.app.demo.build_archives` after
editing VOLUNTEERS; the zips are byte-for-byte reproducible (fixed timestamps).
"""
from __future__ import annotations

import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARCHIVES = HERE / "archives"
ZIP_TIME = (2026, 11, 1, 0, 0, 0)

# handle -> (display name, bio, [(id, ISO time, text, extras)])
VOLUNTEERS: dict[str, tuple[str, str, list[tuple[int, str, str, dict]]]] = {
    "pat_volunteers": ("Pat (demo)", "Dad of twins. Family Crisis Support volunteer with @TwinsTrust", [
        (1860000000000000101, "2026-10-02T10:15:00", "Lovely visit this morning, home for a brew now "
         "#familycrisissupport", {"coordinates": (-1.54, 53.99)}),
        (1860000000000000102, "2026-10-05T16:40:00", "Sat outside my FCS family's house on Elm Road in "
         "Harrogate waiting for mum to get back with the twins Amelia and Oliver", {}),
        (1860000000000000103, "2026-10-09T20:00:00", "Great training day with the other volunteers, and cake! "
         "#volunteering", {"photo": "cake.jpg", "alt": "A chocolate cake on a table at the training day"}),
        (1860000000000000104, "2026-10-12T08:30:00", "RT @TwinsTrust: Volunteers' week: thank you to every "
         "Family Crisis Support volunteer!", {}),
    ]),
    "sam_fcs": ("Sam (demo)", "FCS volunteer @TwinsTrust. Views my own.", [
        (1860000000000000201, "2026-10-11T12:00:00", "Proud to volunteer with @TwinsTrust. If you need support, "
         "call Twinline on 0800 138 0509 #twinstrust", {}),
        (1860000000000000202, "2026-10-14T21:05:00", "Honestly the expenses process for FCS volunteers is a joke. "
         "Sort it out @TwinsTrust", {}),
        (1860000000000000203, "2026-10-19T07:45:00", "Trains cancelled again. Typical Monday.", {}),
        (1860000000000000204, "2026-10-21T09:00:00", "RT @TwinsTrust: Twinline is here for every parent of twins. "
         "Call 0800 138 0509", {}),
    ]),
    "robin_makes": ("Robin (demo)", "Baker, knitter, Twins Trust volunteer. All views my own.", [
        (1860000000000000301, "2026-10-06T18:20:00", "Bake sale for @TwinsTrust on Saturday! Come along "
         "#volunteering", {}),
        (1860000000000000302, "2026-10-16T22:10:00", "Call me on 07700 900123 if your twins won't sleep, "
         "happy to help any time", {}),
        (1860000000000000303, "2026-10-25T15:00:00", "Knitted two tiny hats this weekend. Winter is coming!", {}),
    ]),
}


def _js(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, ensure_ascii=False)


def _x_time(iso: str) -> str:
    return datetime.fromisoformat(iso).replace(tzinfo=timezone.utc).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _tweet(tid: int, iso: str, text: str, extra: dict) -> dict:
    t = {"id": str(tid), "id_str": str(tid), "full_text": text.replace("&", "&amp;"), "created_at": _x_time(iso),
         "favorite_count": "0", "retweet_count": "0", "lang": "en", "display_text_range": ["0", str(len(text))],
         "entities": {"hashtags": [], "urls": [], "user_mentions": []}}
    if "coordinates" in extra:
        lon, lat = extra["coordinates"]
        t["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
        t["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
    if "photo" in extra:
        media = {"type": "photo", "media_url_https": f"https://pbs.twimg.com/media/{extra['photo']}",
                 "ext_alt_text": extra.get("alt")}
        t["entities"]["media"] = [media]
        t["extended_entities"] = {"media": [media]}
    return {"tweet": t}


def _write(z: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def build(handle: str) -> Path:
    display, bio, tweets = VOLUNTEERS[handle]
    ARCHIVES.mkdir(exist_ok=True)
    path = ARCHIVES / f"{handle}.zip"
    with zipfile.ZipFile(path, "w") as z:
        _write(z, "data/account.js", _js("account", [{"account": {
            "username": handle, "accountId": str(tweets[0][0]), "accountDisplayName": display,
            "createdVia": "web", "createdAt": "2020-01-01T00:00:00.000Z", "email": None}}]).encode())
        _write(z, "data/profile.js", _js("profile", [{"profile": {"description": {
            "bio": bio, "website": "", "location": ""}}}]).encode())
        _write(z, "data/tweets.js", _js("tweets", [_tweet(*t) for t in tweets]).encode())
        for tid, _, _, extra in tweets:
            if "photo" in extra:
                _write(z, f"data/tweets_media/{tid}-{extra['photo']}", (HERE / "media" / extra["photo"]).read_bytes())
    return path


if __name__ == "__main__":
    for h in VOLUNTEERS:
        print(build(h))
