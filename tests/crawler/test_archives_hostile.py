"""Hostile exports: each gives a clear error naming the file, never a traceback."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from crawler.archives import Limits, open_archive
from socialaudit.core.errors import InputError
from socialaudit.core.model import RecordError

TWEETS = "window.YTD.tweets.part0 = " + json.dumps(
    [{"tweet": {"id_str": str(i), "full_text": f"tweet {i}", "created_at": "Thu Nov 03 08:50:26 +0000 2022"}}
     for i in range(1, 4)], indent=2)


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]],
              method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def records(path: Path, **kw) -> tuple[list[dict], list[str]]:
    ok, bad = [], []
    for _, rec in open_archive(path, **kw).records():
        (bad if isinstance(rec, RecordError) else ok).append(rec if isinstance(rec, dict) else str(rec))
    return ok, bad


@pytest.mark.parametrize("entry", ["../evil.txt", "data/../../evil.txt", "/etc/evil.txt", "C:/evil.txt",
                                   "..\\..\\evil.txt"])
def test_path_traversal_entry_refuses_the_archive(tmp_path, entry):
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode()), (entry, b"owned")])
    with pytest.raises(InputError, match="points outside the archive") as e:
        open_archive(path)
    assert str(path) in str(e.value)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_symlink_entry_is_skipped_and_reported(tmp_path):
    link = zipfile.ZipInfo("data/tweets_media/1-photo.jpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode()), (link, b"/etc/passwd")])
    source = open_archive(path)
    assert source.skipped_entries == [("data/tweets_media/1-photo.jpg", "symbolic link, not followed")]
    ok, bad = records(path)
    assert len(ok) == 3 and bad == ["data/tweets_media/1-photo.jpg: skipped (symbolic link, not followed)"]


def test_symlinks_in_a_folder_are_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    root = tmp_path / "export"
    (root / "data").mkdir(parents=True)
    (root / "data" / "tweets.js").write_text(TWEETS)
    os.symlink(outside, root / "data" / "note-tweet.js")
    os.symlink(tmp_path, root / "data" / "tweets_media")
    source = open_archive(root)
    assert sorted(n for n, _ in source.skipped_entries) == ["data/note-tweet.js", "data/tweets_media"]
    ok, bad = records(root)
    assert len(ok) == 3 and len(bad) == 2 and all("symbolic link" in b for b in bad)


def test_zip_bomb_by_compression_ratio_is_refused(tmp_path):
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode()),
                                          ("data/tweets_media/1-x.jpg", b"\0" * (8 << 20))])
    with pytest.raises(InputError, match=r"1-x\.jpg: compression ratio .* possible zip bomb"):
        open_archive(path)


def test_member_larger_than_the_cap_is_refused(tmp_path):
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode())], zipfile.ZIP_STORED)
    with pytest.raises(InputError, match=r"data/tweets\.js: expands to .* more than"):
        open_archive(path, limits=Limits(max_member_bytes=100))


def test_archive_larger_than_the_total_cap_is_refused(tmp_path):
    entries = [("data/tweets.js", TWEETS.encode())] + [(f"data/f{i}.txt", b"x" * 400) for i in range(5)]
    path = write_zip(tmp_path / "a.zip", entries, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="expands to more than"):
        open_archive(path, limits=Limits(max_total_bytes=1500))


def test_truncated_json_keeps_earlier_items_and_names_the_file(make_export):
    cut = TWEETS[: TWEETS.index('"tweet 3"')]
    ok, bad = records(make_export({"data/tweets.js": cut}))
    assert [r["id"] for r in ok] == ["x:1", "x:2"]
    assert bad == ["data/tweets.js: truncated JSON at line 19, item 3: the file ends mid-item; "
                   "the rest of this file was skipped"]


def test_invalid_json_names_file_and_line(make_export):
    broken = TWEETS.replace('"full_text" : "tweet 2"', '"full_text" "tweet 2"').replace(
        '"full_text": "tweet 2"', '"full_text" "tweet 2"')
    ok, bad = records(make_export({"data/tweets.js": broken}))
    assert [r["id"] for r in ok] == ["x:1"]
    assert bad[0].startswith("data/tweets.js: invalid JSON at line 12, item 2: Expecting ':' delimiter")


def test_wrong_encoding_is_reported_with_the_byte_offset(make_export):
    latin = TWEETS.replace("tweet 1", "café").encode("latin-1")
    ok, bad = records(make_export({"data/tweets.js": latin}))
    assert ok == [] and bad[0].startswith("data/tweets.js: not valid UTF-8 text (byte ")


def test_utf16_with_byte_order_mark_is_read(make_export):
    ok, bad = records(make_export({"data/tweets.js": TWEETS.encode("utf-16")}))
    assert bad == [] and [r["id"] for r in ok] == ["x:1", "x:2", "x:3"]


def test_deeply_nested_json_is_an_error_not_a_crash(make_export):
    ok, bad = records(make_export({"posts/your_posts_1.json": "[" + "[" * 100_000 + "]" * 100_001}))
    assert ok == [] and "nested too deeply" in bad[0] and bad[0].startswith("posts/your_posts_1.json")


def test_corrupt_member_data_is_reported_not_raised(tmp_path):
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode())], zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    at = raw.index(b"tweet 3")
    raw[at] ^= 0x20  # same length, wrong CRC
    path.write_bytes(bytes(raw))
    ok, bad = records(path)
    assert len(bad) == 1 and bad[0].startswith("data/tweets.js: corrupt data in the archive")


def test_corrupt_media_member_leaves_the_post_audited_without_it(tmp_path):
    tweet = {"tweet": {"id_str": "7", "full_text": "photo", "extended_entities": {"media": [
        {"type": "photo", "media_url_https": "https://pbs.twimg.com/media/abc.jpg"}]}}}
    body = b"window.YTD.tweets.part0 = " + json.dumps([tweet]).encode()
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", body), ("data/tweets_media/7-abc.jpg", b"JPEGDATA" * 10)],
                     zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    raw[raw.index(b"JPEGDATA")] ^= 0x20
    path.write_bytes(bytes(raw))
    ok, bad = records(path)
    assert ok[0]["id"] == "x:7" and ok[0]["media"][0]["path"] is None
    assert bad == ["data/tweets.js item 1: data/tweets_media/7-abc.jpg: corrupt data in the archive "
                   "(Bad CRC-32 for file 'data/tweets_media/7-abc.jpg')"]


def test_truncated_zip_file_is_an_input_error(tmp_path):
    path = write_zip(tmp_path / "a.zip", [("data/tweets.js", TWEETS.encode())])
    path.write_bytes(path.read_bytes()[:60])
    with pytest.raises(InputError, match=r"a\.zip: not a readable zip archive"):
        open_archive(path)


def test_export_of_no_known_platform_is_an_input_error(make_export):
    with pytest.raises(InputError, match="not a known platform export"):
        open_archive(make_export({"hello.txt": "hi"}))


def test_media_uri_climbing_out_of_the_export_is_not_resolved(make_export, tmp_path):
    (tmp_path / "secret.jpg").write_bytes(b"\xff\xd8\xff")
    post = {"timestamp": 1600000000, "attachments": [{"data": [{"media": {"uri": "../secret.jpg"}}]}]}
    ok, bad = records(make_export({"posts/your_posts_1.json": json.dumps([post])}, "folder"))
    assert bad == [] and ok[0]["media"][0]["path"] is None


def test_cli_refuses_a_hostile_archive_with_one_line_naming_it(tmp_path):
    path = write_zip(tmp_path / "evil.zip", [("data/tweets.js", TWEETS.encode()), ("../x", b"x")])
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs",
                          "--input", str(path), "--format", "json"], capture_output=True, text=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and str(path) in out.stderr


def test_broken_account_and_manifest_files_are_reported_on_every_pass(make_export):
    files = {"data/tweets.js": TWEETS, "data/account.js": "window.YTD.account.part0 = [ {\"account\": ",
             "data/manifest.js": "window.__THAR_CONFIG = {"}
    source = open_archive(make_export(files))
    for _ in range(2):  # the pipeline reads an accounts pass, then the full pass
        list(source.records(accounts_only=True))
        bad = [str(r) for _, r in source.records() if isinstance(r, RecordError)]
        assert bad == ["data/account.js: truncated JSON at line 1, item 1: the file ends mid-item",
                       "data/manifest.js: truncated JSON at line 1: Expecting property name enclosed in double "
                       "quotes; finding files by name instead"]
