"""Hostile platform exports, in families: paths that climb out, links, bombs, entry-heavy
zips, broken and deep JSON, bad encodings, lone surrogates, NUL and absurd values inside
real-format tweets and Facebook posts. Shared by the attack suite and bench/attack.py.

`hostile_archives(folder)` yields (label, path). An archive is *handled* when the audit
command refuses it with one line (exit 2) or audits it (exit 0), never a traceback."""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Iterator

GOOD_TWEET = {"id_str": "1", "full_text": "Lovely visit, home now", "created_at": "Thu Nov 03 08:50:26 +0000 2022"}


def _tweets(items: list) -> bytes:
    return ("window.YTD.tweets.part0 = " + json.dumps([{"tweet": t} for t in items])).encode()


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _symlink_entry(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    info.create_system = 3
    return info


BAD_TWEETS = {
    "nul": {**GOOD_TWEET, "id_str": "2", "full_text": "a\u0000b"},
    "surrogate": {**GOOD_TWEET, "id_str": "3", "full_text": "\ud800 lone"},
    "id-list": {**GOOD_TWEET, "id_str": ["4"]},
    "id-huge": {**GOOD_TWEET, "id_str": "9" * 400},
    "text-dict": {**GOOD_TWEET, "id_str": "5", "full_text": {"a": 1}},
    "year-0": {**GOOD_TWEET, "id_str": "6", "created_at": "Thu Nov 03 08:50:26 +0000 0000"},
    "year-10000": {**GOOD_TWEET, "id_str": "7", "created_at": "Thu Nov 03 08:50:26 +0000 10000"},
    "coords-nan": {**GOOD_TWEET, "id_str": "8", "coordinates": {"type": "Point", "coordinates": ["NaN", "1"]}},
    "coords-inf": {**GOOD_TWEET, "id_str": "9", "coordinates": {"type": "Point", "coordinates": ["1e999", "1"]}},
    "media-traversal": {**GOOD_TWEET, "id_str": "10", "extended_entities": {"media": [
        {"type": "photo", "media_url": "http://x/../../../../etc/passwd", "id_str": "1"}]}},
    "entities-wrong": {**GOOD_TWEET, "id_str": "11", "entities": "none"},
    "tweet-not-object": "just a string",
    "url-long": {**GOOD_TWEET, "id_str": "12", "entities": {"urls": [{"expanded_url": "http://x/" + "a" * 5000}]}},
}


def hostile_archives(folder: Path) -> Iterator[tuple[str, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    good = _tweets([GOOD_TWEET])
    for i, entry in enumerate(["../evil.txt", "data/../../evil.txt", "/etc/evil.txt", "C:/evil.txt",
                               "..\\..\\evil.txt", "data/./../../x", "data\\..\\..\\y", "data/evil\u0000.js"]):
        yield f"zip-slip:{entry}", _zip(folder / f"slip{i}.zip", [("data/tweets.js", good), (entry, b"x")])
    yield "symlink-entry", _zip(folder / "link.zip", [("data/tweets.js", good),
                                                      (_symlink_entry("data/evil.js", "/etc/passwd"), b"/etc/passwd")])
    linked = folder / "linked-folder"
    (linked / "data").mkdir(parents=True, exist_ok=True)
    (linked / "data" / "tweets.js").write_bytes(good)
    if not (linked / "data" / "account.js").exists():
        os.symlink("/etc/passwd", linked / "data" / "account.js")
    yield "symlink-in-folder", linked
    yield "ratio-bomb", _zip(folder / "bomb.zip", [("data/tweets.js", good), ("data/big.js", b"\x00" * (40 * 2**20))])
    yield "not-a-zip", _write(folder / "fake.zip", b"PK\x03\x04 definitely not a zip")
    yield "truncated-zip", _write(folder / "trunc.zip", (folder / "bomb.zip").read_bytes()[:5000])
    yield "empty-zip", _zip(folder / "empty.zip", [])
    yield "unknown-platform", _zip(folder / "unknown.zip", [("readme.txt", b"hello")])
    yield "invalid-json", _zip(folder / "badjson.zip", [("data/tweets.js", b"window.YTD.tweets.part0 = [{,]")])
    yield "truncated-json", _zip(folder / "truncjson.zip", [("data/tweets.js", good[:-10])])
    yield "deep-json", _zip(folder / "deep.zip", [("data/tweets.js", b"window.YTD.tweets.part0 = " + b"[" * 200_000)])
    yield "utf16", _zip(folder / "utf16.zip", [("data/tweets.js", good.decode().encode("utf-16"))])
    yield "latin1", _zip(folder / "latin1.zip", [("data/tweets.js", good.replace(b"visit", "vis\xeft".encode("latin-1")))])
    yield "invalid-utf8", _zip(folder / "badutf8.zip", [("data/tweets.js", good.replace(b"visit", b"\xff\xfe\xfa"))])
    for name, tweet in BAD_TWEETS.items():
        yield f"tweet:{name}", _zip(folder / f"tweet-{name}.zip", [("data/tweets.js", _tweets([GOOD_TWEET, tweet]))])
    deep = '{"profile_v2": {"name": {"full_name": "Jane"}, ' + '"x": {' * 950 + "}" * 951 + "}"
    posts = json.dumps([{"timestamp": 1700000000, "data": [{"post": "hi"}]}]).encode()
    yield "facebook-deep-profile", _zip(folder / "fbdeep.zip", [("profile_information/profile_information.json",
                                                                  deep.encode()),
                                                                 ("posts/your_posts_1.json", posts)])
    for name, value in (("nul", "a\u0000b"), ("surrogate", "\ud800"), ("timestamp-huge", 10**30),
                        ("timestamp-nan", "NaN"), ("place-inf", None)):
        post = {"timestamp": value if name.startswith("timestamp") else 1700000000,
                "data": [{"post": value if isinstance(value, str) and not name.startswith("timestamp") else "hi"}]}
        if name == "place-inf":
            post["attachments"] = [{"data": [{"place": {"name": "x", "coordinate": {"latitude": 1e999,
                                                                                   "longitude": 1}}}]}]
        raw = json.dumps([post]).replace('"NaN"', "NaN").encode()
        yield f"facebook-post:{name}", _zip(folder / f"fb-{name}.zip", [("posts/your_posts_1.json", raw)])


def entry_heavy_zip(folder: Path, entries: int) -> Path:
    path = folder / f"entries-{entries}.zip"
    if not path.exists():
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
            for i in range(entries):
                z.writestr(zipfile.ZipInfo(f"e{i}"), b"")
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
