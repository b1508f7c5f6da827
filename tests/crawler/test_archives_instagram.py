"""The Instagram export importer, on exports built from the real samples (zip and folder)."""
from __future__ import annotations

import json
from pathlib import Path

from crawler.archives import open_archive
from socialaudit.core.model import RecordError, parse_record
from tests.crawler.conftest import jpeg

IG = "instagram-export"
NO_EXT_VIDEO = "media/posts/201806/G0NqSARUCKAJDMywXQAlwo9cKPXEYFGRhc2hfYmFzZWxpbmVfNjQwX3YxEQB17gcA_17949994489068497"
NO_EXT_PHOTO = "media/posts/201806/ARUCKAJDMywXQAlwo9cKPXEYFGRhc2hfYmFzZWxpbmVfNjQwX3YxEQB17gcA_17883999907227667"
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64


def waultar(real: Path) -> dict:
    return {"content/posts_1.json": real / IG / "waultar-content-posts_1.json",
            NO_EXT_VIDEO: MP4, NO_EXT_PHOTO: jpeg()}


def read_all(path: Path):
    source = open_archive(path)
    records, errors = [], []
    for _, rec in source.records():
        (errors if isinstance(rec, RecordError) else records).append(rec)
    return records, [str(e) for e in errors], source


def test_older_export_is_read_without_error(real_formats, make_export, export_kind):
    records, errors, source = read_all(make_export(waultar(real_formats), export_kind))
    sample = json.loads((real_formats / IG / "waultar-content-posts_1.json").read_text())
    assert errors == [] and source.platform == "instagram" and len(records) == len(sample)
    for r in records:
        assert parse_record(r).platform == "instagram"


def test_2024_layout_is_read_without_error(real_formats, make_export, export_kind):
    files = {"your_instagram_activity/content/posts_1.json": real_formats / IG / "yummyhopper-content-posts_1.json"}
    records, errors, source = read_all(make_export(files, export_kind))
    sample = json.loads((real_formats / IG / "yummyhopper-content-posts_1.json").read_text())
    assert errors == [] and source.root == "" and len(records) == len(sample)
    assert records[0]["text"] == "Great sem"
    assert all(r["geo"] is None for r in records)  # camera EXIF, no position


def test_exif_latitude_longitude_becomes_geo_for_photos_and_videos(real_formats, make_export):
    records, _, _ = read_all(make_export(waultar(real_formats)))
    video = next(r for r in records if r["text"].startswith("You know if I don't drop"))
    photo = next(r for r in records if r["text"].startswith("Anyone else feel spring"))
    assert video["geo"] == {"lat": 55.71835, "lon": 11.72495, "place_name": None}
    assert photo["geo"] == {"lat": 36.0, "lon": 128.0, "place_name": None}


def test_files_without_extension_are_sniffed_and_readable(real_formats, make_export, export_kind):
    files = waultar(real_formats)
    records, _, source = read_all(make_export(files, export_kind))
    carousel = next(r for r in records if r["text"].startswith("And finally"))
    video, photo = carousel["media"]
    assert video["type"] == "video" and video["path"].endswith(".mp4")
    assert photo["type"] == "photo" and photo["path"].endswith(".jpg")
    assert (source.media_root / video["path"]).read_bytes() == MP4
    assert (source.media_root / photo["path"]).read_bytes() == files[NO_EXT_PHOTO]


def test_carousel_takes_caption_and_time_from_the_post_level(real_formats, make_export):
    records, _, _ = read_all(make_export(waultar(real_formats)))
    carousel = next(r for r in records if r["text"].startswith("And finally"))
    assert carousel["created_at"] == "2018-06-30T14:50:26Z" and len(carousel["media"]) == 2
    assert "(f… my foot)" in carousel["text"]  # mojibake fixed


def test_single_media_post_takes_caption_from_its_media(real_formats, make_export):
    records, _, _ = read_all(make_export(waultar(real_formats)))
    post = next(r for r in records if r["text"].startswith("You know if I don't drop"))
    assert post["text"].endswith("almost there 😂\n#martialarts #tricking #hapkido")
    assert post["created_at"] == "2019-12-03T16:02:06Z"


def test_reimport_gives_identical_records(real_formats, make_export):
    path = make_export(waultar(real_formats))
    assert read_all(path)[0] == read_all(path)[0]


def test_personal_information_gives_the_account(make_export):
    info = {"profile_user": [{"string_map_data": {
        "Username": {"value": "jane_v"}, "Name": {"value": "Jane V"}, "Bio": {"value": "Mum of twins"},
        "Private Account": {"value": "False"}}}]}
    files = {"content/posts_1.json": json.dumps([{"media": [{"uri": "media/posts/x.jpg", "title": "hi",
                                                              "creation_timestamp": 1600000000}]}]),
             "personal_information/personal_information.json": json.dumps(info)}
    records, _, _ = read_all(make_export(files))
    account, post = records
    assert account["id"] == "instagram:@jane_v" and account["bio"] == "Mum of twins"
    assert account["is_public"] is True and post["account_id"] == "instagram:@jane_v"


def test_stories_and_reels_are_read_as_posts(make_export):
    story = {"uri": "media/stories/202610/s1.jpg", "creation_timestamp": 1791049500, "title": "story time",
             "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 53.99, "longitude": -1.54}]}}}
    reel = {"media": [{"uri": "media/reels/202610/r1.mp4", "creation_timestamp": 1791049600, "title": "reel"}]}
    files = {"content/posts_1.json": "[]", "content/stories.json": json.dumps({"ig_stories": [story]}),
             "content/reels.json": json.dumps({"ig_reels_media": [reel]}), "content/profile_photos.json": "{}"}
    records, errors, source = read_all(make_export(files))
    assert errors == ["1 file(s) in the instagram export were not read (no importer for them): "
                      "content/profile_photos.json"]
    texts = {r["text"]: r for r in records}
    assert texts["story time"]["geo"] == {"lat": 53.99, "lon": -1.54, "place_name": None}
    assert texts["reel"]["media"][0]["type"] == "video"
