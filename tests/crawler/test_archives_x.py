"""The X archive importer, on archives built from the real samples (zip and folder)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.archives import open_archive
from crawler.archives.x_fields import pick_note, x_time
from socialaudit.core.model import RecordError, parse_record
from tests.crawler.conftest import jpeg

ANDRE_PHOTO = "data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg"
ANDRE_VIDEO = "data/tweets_media/802141456697790464-q_Ow4OduUsGhIM1n.mp4"
FAKE_MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64


def andre_files(real: Path) -> dict:
    data = real / "x-archive" / "andreruffert-archive" / "data"
    files = {f"data/{p.name}": p for p in data.glob("*.js")}
    files[ANDRE_PHOTO] = jpeg(gps=(52.52, 13.40))
    files[ANDRE_VIDEO] = FAKE_MP4
    return files


def excerpt_files(real: Path, *, notes: bool = True) -> dict:
    ex = real / "x-archive" / "excerpts"
    tweets = [ex / "smithjd-tweets-geotagged.js", ex / "alrocar-tweets-longform.js"]
    files = {f"data/tweets{'-part' + str(i) if i else ''}.js": p for i, p in enumerate(tweets)}
    files["data/account.js"] = real / "x-archive" / "twitter-to-sqlite-fixtures" / "account.js"
    if notes:
        files["data/note-tweet.js"] = ex / "alrocar-note-tweet.js"
    return files


def read_all(path: Path) -> tuple[list[dict], list[str], object]:
    source = open_archive(path)
    records, errors = [], []
    for line, rec in source.records():
        assert line is None
        if isinstance(rec, RecordError):
            errors.append(str(rec))
        else:
            records.append(rec)
    return records, errors, source


def posts_by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records if r["kind"] == "post"}


def sample_ids(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [t["tweet"]["id_str"] for t in json.loads(text[text.index("["):])]


def test_every_sample_tweet_is_read_without_error(real_formats, make_export, export_kind):
    path = make_export(andre_files(real_formats), export_kind)
    records, errors, source = read_all(path)
    assert errors == []
    assert source.platform == "x" and source.unknown_files == []
    want = sample_ids(real_formats / "x-archive/andreruffert-archive/data/tweets.js")
    assert [r["id"] for r in records if r["kind"] == "post"] == [f"x:{i}" for i in want]
    for r in records:
        parse_record(r)  # every record is valid CONTRACT §2


def test_account_comes_from_account_and_profile_files(real_formats, make_export, export_kind):
    records, _, _ = read_all(make_export(andre_files(real_formats), export_kind))
    [account] = [r for r in records if r["kind"] == "account"]
    assert account["id"] == "x:@andreruffert" and account["handle"] == "andreruffert"
    assert account["role"] == "personal" and account["platform"] == "x"
    assert account["website"] == "https://andreruffert.com"
    assert account["bio"].startswith("👨‍💻 Self-taught Software Engineer")
    assert account["display_name"] == "André Ruffert"
    posts = [r for r in records if r["kind"] == "post"]
    assert {p["account_id"] for p in posts} == {"x:@andreruffert"}


def test_accounts_only_pass_reads_no_tweets(real_formats, make_export):
    source = open_archive(make_export(andre_files(real_formats)))
    kinds = [rec["kind"] for _, rec in source.records(accounts_only=True)]
    assert kinds == ["account"]


def test_created_at_reply_and_url_are_mapped(real_formats, make_export):
    records, _, _ = read_all(make_export(andre_files(real_formats)))
    reply = posts_by_id(records)["x:1587920147083591680"]
    assert reply["created_at"] == "2022-11-02T21:30:39Z"
    assert reply["in_reply_to"] == {"account": "x:@OleMchls", "post_id": "x:1587919612078739456"}
    assert reply["url"] == "https://x.com/andreruffert/status/1587920147083591680"
    assert reply["lang"] == "en"


def test_media_paths_are_readable_by_the_pipeline(real_formats, make_export, export_kind):
    files = andre_files(real_formats)
    records, _, source = read_all(make_export(files, export_kind))
    posts = posts_by_id(records)
    [photo] = posts["x:1588091220244369409"]["media"]
    assert photo["type"] == "photo" and photo["url"] == "https://pbs.twimg.com/media/FgoIitdWAAAL87b.jpg"
    assert (source.media_root / photo["path"]).read_bytes() == files[ANDRE_PHOTO]
    [video] = posts["x:802141456697790464"]["media"]  # highest-bitrate mp4 variant names the file
    assert video["type"] == "video" and (source.media_root / video["path"]).read_bytes() == FAKE_MP4
    two = posts["x:1273642505616199681"]["media"]  # extended_entities has both photos
    assert len(two) == 2 and all(m["path"] is None and m["url"] for m in two)  # files not in this export


def test_zip_media_is_extracted_to_a_private_folder_removed_on_close(real_formats, make_export):
    source = open_archive(make_export(andre_files(real_formats)))
    list(source.records())
    root = source.media_root
    assert (root / ANDRE_PHOTO).is_file() and oct(root.stat().st_mode)[-3:] == "700"
    source.close()
    assert not root.exists()


def test_text_is_html_unescaped(real_formats, make_export):
    records, _, _ = read_all(make_export(excerpt_files(real_formats, notes=False)))
    post = posts_by_id(records)["x:1752243867426926637"]
    assert "terminado >> trabajo WIP" in post["text"] and "&gt;" not in post["text"]


def test_note_tweets_give_long_posts_their_full_text(real_formats, make_export, export_kind):
    records, errors, _ = read_all(make_export(excerpt_files(real_formats), export_kind))
    assert errors == []
    posts = posts_by_id(records)
    assert posts["x:1752243867426926637"]["text"].endswith("- Repetir\n\n¿Cuál es la vuestra?")
    assert posts["x:1712845356000485462"]["text"].endswith("remember to run them ✅\n\nCheck it out 👇")


def test_geotag_coordinates_and_geo_give_the_same_point(real_formats, make_export):
    records, _, _ = read_all(make_export(excerpt_files(real_formats)))
    geo = posts_by_id(records)["x:500745738054541312"]["geo"]
    assert geo == {"lat": 45.52848497, "lon": -122.57943241, "place_name": None}


def test_older_pretty_print_account_file_is_read(real_formats, make_export):
    records, _, _ = read_all(make_export(excerpt_files(real_formats)))
    [account] = [r for r in records if r["kind"] == "account"]
    assert account["id"] == "x:@simonw" and account["display_name"] == "Simon Willison"


def test_reimporting_the_same_archive_gives_identical_records(real_formats, make_export, export_kind):
    path = make_export({**andre_files(real_formats), **excerpt_files(real_formats)}, export_kind)
    first, _, _ = read_all(path)
    second, _, _ = read_all(path)
    assert first == second


def test_manifest_lists_the_tweet_parts_to_read(make_export):
    manifest = {"dataTypes": {"tweets": {"files": [
        {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": "1"},
        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": "1"},
        {"fileName": "data/tweets-part2.js", "globalName": "YTD.tweets.part2", "count": "1"}]}}}
    files = {"data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest),
             "data/tweets.js": _tweets_js(0, ["1"]), "data/tweets-part1.js": _tweets_js(1, ["2"])}
    records, errors, _ = read_all(make_export(files))
    assert [r["id"] for r in records] == ["x:1", "x:2"]
    assert errors == ["data/tweets-part2.js: listed in manifest.js but missing from the export"]


def test_old_singular_tweet_js_with_unwrapped_items_is_read(make_export):
    item = {"id_str": "42", "full_text": "hello &amp; welcome", "created_at": "Sat Aug 16 20:47:42 +0000 2014"}
    files = {"data/tweet.js": "window.YTD.tweet.part0 = [ " + json.dumps(item) + " ]"}
    records, errors, _ = read_all(make_export(files))
    assert errors == [] and records[0]["id"] == "x:42" and records[0]["text"] == "hello & welcome"


def test_archive_zipped_with_its_top_folder_is_found(real_formats, make_export):
    files = {f"twitter-2022-11-14/{k}": v for k, v in andre_files(real_formats).items()}
    records, errors, source = read_all(make_export(files))
    assert errors == [] and source.root == "twitter-2022-11-14/"
    [photo] = posts_by_id(records)["x:1588091220244369409"]["media"]
    assert (source.media_root / photo["path"]).is_file()


def test_a_broken_tweet_is_reported_and_the_others_still_read(make_export):
    body = ('[ {"tweet": {"id_str": "1", "full_text": "ok"}}, {"tweet": "not an object"},'
            ' {"tweet": {"full_text": "x"}},'
            ' {"tweet": {"id_str": "4", "full_text": "ok too", "entities": {"media": "nonsense"}}} ]')
    records, errors, _ = read_all(make_export({"data/tweets.js": "window.YTD.tweets.part0 = " + body}))
    assert [r["id"] for r in records] == ["x:1", "x:4"]
    assert errors[0].startswith("data/tweets.js item 2: expected an object with 'tweet'")
    assert errors[1].startswith("data/tweets.js item 3: unusable tweet")


@pytest.mark.parametrize("raw, iso", [
    ("Thu Nov 03 08:50:26 +0000 2022", "2022-11-03T08:50:26Z"),
    ("Thu Nov 03 08:50:26 +0100 2022", "2022-11-03T07:50:26Z"),
    ("2023-10-13T14:58:50.000Z", "2023-10-13T14:58:50Z"),
    ("yesterday", None),
    (None, None),
])
def test_x_times_become_iso_utc(raw, iso):
    assert x_time(raw) == iso


def test_a_note_is_only_used_when_the_tweet_text_is_its_cut_off_start():
    note = "Long text that goes on and on well past the limit"
    assert pick_note("Long text that goes… https://t.co/abc", [note]) == note
    assert pick_note("Long text that goes on", [note]) is None  # not cut off
    assert pick_note("Something else entirely…", [note]) is None


def _tweets_js(part: int, ids: list[str]) -> str:
    items = [{"tweet": {"id_str": i, "id": i, "full_text": f"tweet {i}",
                        "created_at": "Thu Nov 03 08:50:26 +0000 2022"}} for i in ids]
    return f"window.YTD.tweets.part{part} = " + json.dumps(items, indent=2)
