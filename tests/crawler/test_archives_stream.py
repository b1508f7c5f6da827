"""The incremental JSON array reader and the export registry."""
from __future__ import annotations

import io
import json
import re

import pytest

from crawler.archives import open_archive
from crawler.archives.common import fix_mojibake
from crawler.archives.formats import REGISTRY, detect
from crawler.archives.jsonstream import JSONStreamError, iter_array, load_object
from socialaudit.core.mediatypes import sniff

ITEMS = [{"n": i, "text": "é ✓ 😂 \"quoted\" \\ end" * (i % 7), "nested": {"list": [1.5, None, True]}}
         for i in range(300)]


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 4096, 1 << 20])
def test_items_split_across_any_chunk_boundary_are_read_whole(chunk):
    raw = ("window.YTD.tweets.part0 = " + json.dumps(ITEMS, indent=2, ensure_ascii=False)).encode()
    assert list(iter_array(io.BytesIO(raw), chunk=chunk)) == ITEMS


@pytest.mark.parametrize("raw, items", [
    (b"window.YTD.deleted_tweets.part0 = [ ]", []),
    (b"[]", []),
    (b'{"status_updates": [{"a": 1}, {"a": 2}]}', [{"a": 1}, {"a": 2}]),
    (b"\xef\xbb\xbf[1, 2]", [1, 2]),
    (b"[\n  1,\n  2\n]\n", [1, 2]),
])
def test_array_shapes_the_exports_use(raw, items):
    assert list(iter_array(io.BytesIO(raw), chunk=2)) == items


@pytest.mark.parametrize("raw, message", [
    (b'{"a": 1}', "does not start with a JSON array"),
    (b"[1, 2", "truncated JSON at line 1, item 3: the array is never closed"),
    (b"[1,]", "invalid JSON at line 1, item 2: Expecting value"),
    (b"[1 2]", "invalid JSON at line 1, item 2: expected ',' or ']' after an item"),
    (b"[\"caf\xe9\"]", "not valid UTF-8 text (byte 5)"),
])
def test_broken_arrays_say_where_and_why(raw, message):
    with pytest.raises(JSONStreamError, match=re.escape(message)):
        list(iter_array(io.BytesIO(raw), chunk=4))


def test_an_item_larger_than_the_cap_is_refused():
    raw = json.dumps([{"big": "x" * 5000}]).encode()
    with pytest.raises(JSONStreamError, match="larger than"):
        list(iter_array(io.BytesIO(raw), chunk=64, max_item_chars=1024))


def test_memory_stays_bounded_by_the_chunk_not_the_file():
    class Counting(io.BytesIO):
        biggest = 0

        def read(self, n=-1):
            Counting.biggest = max(Counting.biggest, n)
            return super().read(n)

    raw = json.dumps([{"i": i, "pad": "p" * 100} for i in range(20_000)]).encode()
    assert sum(1 for _ in iter_array(Counting(raw), chunk=4096)) == 20_000
    assert 0 < Counting.biggest <= 8192


def test_manifest_object_behind_a_javascript_assignment_is_loaded():
    assert load_object(io.BytesIO(b'window.__THAR_CONFIG = {\n  "userInfo" : {"userName": "a"}\n}')) == \
        {"userInfo": {"userName": "a"}}


@pytest.mark.parametrize("raw, fixed", [
    ("tilf\u00c3\u00b8jet", "tilføjet"),
    ("Lmfao\u00f0\u009f\u0098\u0082", "Lmfao😂"),
    ("plain ascii", "plain ascii"),
    ("already fine: ø", "already fine: ø"),   # not a latin-1 round trip: kept
    ("emoji 😂", "emoji 😂"),
])
def test_mojibake_fix_only_changes_mangled_strings(raw, fixed):
    assert fix_mojibake({"a": [raw]}) == {"a": [fixed]}


@pytest.mark.parametrize("head, found", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", ("photo", ".jpg")),
    (b"\x89PNG\r\n\x1a\n", ("photo", ".png")),
    (b"\x00\x00\x00\x18ftypmp42", ("video", ".mp4")),
    (b"\x00\x00\x00\x18ftypheic", ("photo", ".heic")),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ("photo", ".webp")),
    (b"1\n00:00:00,000 --> ", None),
])
def test_media_type_is_sniffed_from_magic_bytes(head, found):
    kind = sniff(head)
    assert ((kind.kind, "." + kind.ext) if kind else None) == found


@pytest.mark.parametrize("names, platform, root", [
    (["data/tweets.js", "data/like.js"], "x", ""),
    (["twitter-2024/data/manifest.js", "twitter-2024/data/tweets.js"], "x", "twitter-2024/"),
    (["posts/your_posts_1.json"], "facebook", ""),
    (["me/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"], "facebook", "me/"),
    (["content/posts_1.json", "media/posts/1.jpg"], "instagram", ""),
    (["your_instagram_activity/content/posts_1.json"], "instagram", ""),
])
def test_platform_and_root_are_found_from_file_names(names, platform, root):
    spec, prefix = detect(names)
    assert (spec.platform, prefix) == (platform, root)


def test_every_platform_has_a_registered_importer():
    assert {s.platform for s in REGISTRY} >= {"x", "facebook", "instagram"}


def test_unknown_files_are_listed_and_reported_without_failing(make_export):
    files = {"data/tweets.js": "window.YTD.tweets.part0 = [ ]", "data/like.js": "[]", "data/new-thing.js": "[]",
             "notes.txt": "x", "__MACOSX/data/._tweets.js": "x", "data/.DS_Store": "x"}
    source = open_archive(make_export(files))
    assert source.unknown_files == ["data/new-thing.js", "notes.txt"]
    notices = [str(rec) for _, rec in source.records() if not isinstance(rec, dict)]
    assert notices == ["2 file(s) in the x export were not read (no importer for them): data/new-thing.js, notes.txt"]
    assert [rec for _, rec in source.records(accounts_only=True)] == []  # the accounts pass stays quiet
