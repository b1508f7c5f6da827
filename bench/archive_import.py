"""Archive import speed and memory: a synthetic X archive of N tweets, read end to end.

    python bench/archive_import.py [--tweets 200000] [--keep DIR]

Writes a zip shaped like a real archive (Jackson-style pretty print, wrapped
items, string numbers, media entities, replies, geotags, note tweets, a few
media files) into a temporary folder, then reads it in a child process the way
the pipeline does (an accounts pass, then a full pass) and prints tweets per
second and the child's peak RSS. Targets: >= 20,000 tweets/s, RSS < 500 MB.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

WORDS = ("lovely morning volunteering with the team today great training session coffee and cake "
         "thanks everyone for coming along see you next week what a day at the park with friends "
         "new photos from the event &amp; more on the blog it was &gt; brilliant").split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def _created(rng: random.Random) -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"{rng.choice(DAYS)} {rng.choice(MONTHS)} {rng.randint(1, 28):02d} {clock} +0000 {rng.randint(2012, 2024)}"


def _media(tid: str, n: int) -> dict:
    key = f"F{int(tid) % 10**9:09d}x{n}"
    return {
        "expanded_url": f"https://twitter.com/bench/status/{tid}/photo/{n + 1}",
        "indices": ["60", "83"], "url": "https://t.co/abcdefghij",
        "media_url": f"http://pbs.twimg.com/media/{key}.jpg", "id_str": str(int(tid) + n), "id": str(int(tid) + n),
        "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
        "sizes": {s: {"w": "1200", "h": "900", "resize": "fit"} for s in ("small", "large", "thumb", "medium")},
        "type": "photo", "display_url": "pic.twitter.com/abcdefghij",
    }


def make_tweet(rng: random.Random, i: int) -> dict:
    tid = str(1_500_000_000_000_000_000 + i * 7919)
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 40)))
    t = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2022-11-03T09:20:26.000Z",
                                  "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
        "entities": {"hashtags": [{"text": "volunteering", "indices": ["0", "13"]}], "symbols": [],
                     "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))], "favorite_count": str(rng.randint(0, 50)),
        "id_str": tid, "truncated": False, "retweet_count": str(rng.randint(0, 5)), "id": tid,
        "created_at": _created(rng), "favorited": False, "full_text": text, "lang": "en",
    }
    if i % 5 == 0:
        t.update(in_reply_to_status_id_str=str(int(tid) - 1), in_reply_to_status_id=str(int(tid) - 1),
                 in_reply_to_user_id="117538605", in_reply_to_user_id_str="117538605",
                 in_reply_to_screen_name="someone")
    if i % 4 == 0:
        media = [_media(tid, n) for n in range(1 + (i % 3 == 0))]
        t["entities"]["media"] = media[:1]
        t["extended_entities"] = {"media": media}
    if i % 50 == 0:
        t["coordinates"] = {"type": "Point", "coordinates": ["-1.54", "53.99"]}
        t["geo"] = {"type": "Point", "coordinates": ["53.99", "-1.54"]}
    return t


def write_archive(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    dumps = lambda o: json.dumps(o, indent=2, separators=(",", " : "), ensure_ascii=False)  # noqa: E731
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("data/account.js", "window.YTD.account.part0 = " + dumps(
            [{"account": {"username": "bench_volunteer", "accountId": "1", "accountDisplayName": "Bench"}}]))
        zf.writestr("data/profile.js", "window.YTD.profile.part0 = " + dumps(
            [{"profile": {"description": {"bio": "Volunteer. Views my own.", "website": "", "location": ""}}}]))
        zf.writestr("data/note-tweet.js", "window.YTD.note_tweet.part0 = [ ]")
        with zf.open("data/tweets.js", "w", force_zip64=True) as f:
            f.write(b"window.YTD.tweets.part0 = [ ")
            for i in range(n):
                if i:
                    f.write(b", ")
                f.write(dumps({"tweet": make_tweet(rng, i)}).encode())
            f.write(b" ]")
        for i in range(0, min(n, 4000), 4):  # a few media files, as an archive holds them
            tid = str(1_500_000_000_000_000_000 + i * 7919)
            zf.writestr(f"data/tweets_media/{tid}-F{int(tid) % 10**9:09d}x0.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 200)


def measure(path: Path) -> None:
    from crawler.archives import open_archive
    start = time.perf_counter()
    posts = errors = 0
    with open_archive(path) as source:
        for _ in source.records(accounts_only=True):
            pass
        for _, rec in source.records():
            if isinstance(rec, dict) and rec.get("kind") == "post":
                posts += 1
            elif not isinstance(rec, dict):
                errors += 1
    elapsed = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"tweets": posts, "errors": errors, "seconds": round(elapsed, 2),
                      "tweets_per_second": round(posts / elapsed), "peak_rss_mb": round(rss_mb, 1)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tweets", type=int, default=200_000)
    ap.add_argument("--keep", type=Path, help="write the archive here and keep it")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = (args.keep or Path(tmp)) / "twitter-bench.zip"
        t0 = time.perf_counter()
        write_archive(path, args.tweets)
        size = path.stat().st_size / 1024 / 1024
        with zipfile.ZipFile(path) as zf:
            raw = zf.getinfo("data/tweets.js").file_size / 1024 / 1024
        print(f"archive: {args.tweets:,} tweets, tweets.js {raw:,.0f} MB, zip {size:,.0f} MB "
              f"(written in {time.perf_counter() - t0:.1f}s)")
        out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr)
        fig = json.loads(out.stdout)
        print(f"import: {fig['tweets']:,} tweets in {fig['seconds']}s = {fig['tweets_per_second']:,} tweets/s; "
              f"peak RSS {fig['peak_rss_mb']} MB; record errors {fig['errors']}")
        ok = fig["tweets_per_second"] >= 20_000 and fig["peak_rss_mb"] < 500
        print("targets (>= 20,000 tweets/s, RSS < 500 MB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
