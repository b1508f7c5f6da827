"""End to end: `socialaudit audit --input <export>` on exports built in the test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.crawler.conftest import jpeg

ACCOUNT = 'window.YTD.account.part0 = [ {"account": {"username": "jane_v", "accountDisplayName": "Jane V"}} ]'
PROFILE = ('window.YTD.profile.part0 = [ {"profile": {"description": '
           '{"bio": "Mum of twins, volunteer. Views my own.", "website": "", "location": ""}}} ]')


def audit(path: Path) -> tuple[int, dict, str]:
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs",
                          "--input", str(path), "--format", "json"], capture_output=True, text=True, timeout=120)
    return out.returncode, (json.loads(out.stdout) if out.stdout.strip() else {}), out.stderr


def tweet(tid: str, text: str, **extra) -> dict:
    return {"tweet": {"id_str": tid, "id": tid, "full_text": text, "lang": "en",
                      "created_at": "Sat Oct 03 17:45:00 +0000 2026", **extra}}


def test_audit_of_an_x_archive_zip_reports_geotags_from_tweet_and_photo(make_export):
    geo = {"coordinates": {"type": "Point", "coordinates": ["-1.54", "53.99"]},
           "geo": {"type": "Point", "coordinates": ["53.99", "-1.54"]}}
    photo = {"extended_entities": {"media": [
        {"type": "photo", "media_url_https": "https://pbs.twimg.com/media/P1.jpg"}]}}
    tweets = [tweet("101", "Lovely visit with the twins this morning, home for a brew now", **geo),
              tweet("102", "Baking with the twins &amp; their mum today", **photo),
              tweet("103", "Nice weather for a walk")]
    files = {"data/account.js": ACCOUNT, "data/profile.js": PROFILE,
             "data/tweets.js": "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2),
             "data/tweets_media/102-P1.jpg": jpeg(gps=(53.99, -1.54)), "data/mystery.bin": b"?"}
    code, doc, err = audit(make_export(files, "zip"))
    assert code == 0, err
    assert doc["audited"] == {"accounts": 1, "posts": 3, "media": 1}
    geotags = {f["subject"]: f for f in doc["findings"] if f["rule"] == "geotag"}
    assert set(geotags) == {"x:101", "x:102"}
    assert [e["field"] for e in geotags["x:102"]["evidence"]] == ["media[0].exif"]
    assert all(f["account_id"] == "x:@jane_v" for f in doc["findings"] if f["subject_kind"] == "post")
    assert [e["reason"] for e in doc["errors"]] == [
        "1 file(s) in the x export were not read (no importer for them): data/mystery.bin"]


def test_audit_of_an_instagram_folder_reads_gps_from_extensionless_media(make_export):
    posts = [{"media": [{"uri": "media/posts/202610/17900000000000001", "creation_timestamp": 1791049500,
                         "title": "Lovely visit with the twins \u00f0\u009f\u0098\u0082"}]}]
    files = {"content/posts_1.json": json.dumps(posts),
             "media/posts/202610/17900000000000001": jpeg(gps=(53.99, -1.54))}
    code, doc, err = audit(make_export(files, "folder"))
    assert code == 0, err
    assert doc["audited"]["posts"] == 1 and doc["errors"] == []
    [finding] = [f for f in doc["findings"] if f["rule"] == "geotag"]
    assert finding["subject"].startswith("instagram:") and finding["evidence"][0]["field"] == "media[0].exif"


def test_audit_of_a_facebook_zip_reports_check_ins(make_export):
    posts = [{"timestamp": 1791049500, "data": [{"post": "With the twins at the park"}],
              "attachments": [{"data": [{"place": {"name": "Some Park", "coordinate":
                                                   {"latitude": 53.99, "longitude": -1.54}}}]}]}]
    code, doc, err = audit(make_export({"posts/your_posts_1.json": json.dumps(posts)}, "zip"))
    assert code == 0, err
    assert doc["audited"]["posts"] == 1
    assert [f["rule"] for f in doc["findings"] if f["rule"] == "geotag"] == ["geotag"]
    assert "Some Park" not in json.dumps(doc)  # the place stays out of the report
