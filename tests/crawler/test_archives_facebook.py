"""The Facebook export importer, on exports built from the real samples (zip and folder)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.archives import open_archive
from socialaudit.core.errors import InputError
from socialaudit.core.model import RecordError, parse_record
from tests.crawler.conftest import jpeg

FB = "facebook-export"
WAULTAR_PHOTO = "posts/media/Mobiloverforsler_uqsXWfBGvQ/28055_498092266878953_310909280_n_498092266878953.jpg"


def sample(real: Path, name: str) -> list:
    return json.loads((real / FB / name).read_text(encoding="utf-8"))


def old_layout(real: Path) -> dict:
    return {
        "posts/your_posts_1.json": real / FB / "hunterhillis-your_posts_1.excerpt.json",
        "posts/your_posts_2.json": real / FB / "waultar-posts-your_posts_1.json",
        "posts/your_posts_3.json": real / FB / "lucasfdz-your_posts_1.excerpt.json",
        WAULTAR_PHOTO: jpeg(),
    }


def read_all(path: Path):
    source = open_archive(path)
    records, errors = [], []
    for _, rec in source.records():
        (errors if isinstance(rec, RecordError) else records).append(rec)
    return records, [str(e) for e in errors], source


def by_text(records: list[dict], start: str) -> dict:
    [post] = [r for r in records if r["text"].startswith(start)]
    return post


def test_every_sample_post_is_read_without_error(real_formats, make_export, export_kind):
    records, errors, source = read_all(make_export(old_layout(real_formats), export_kind))
    assert errors == [] and source.platform == "facebook"
    total = sum(len(sample(real_formats, n)) for n in ("hunterhillis-your_posts_1.excerpt.json",
                                                       "waultar-posts-your_posts_1.json",
                                                       "lucasfdz-your_posts_1.excerpt.json"))
    assert len(records) == total
    for r in records:
        assert parse_record(r).platform == "facebook"


def test_mojibake_is_fixed_in_every_string(real_formats, make_export):
    records, _, _ = read_all(make_export(old_layout(real_formats)))
    assert by_text(records, "Han satte sig")["text"].endswith("kan næsten ikke blive bedre :O)")
    assert by_text(records, "Search this item")["text"].endswith("Lmfao😂😂")
    place = [r["geo"] for r in records if r["geo"] and r["geo"]["place_name"].startswith("Policl")]
    assert place[0]["place_name"] == "Policlínica de Odontología Dra. Laura Mosquera Taboada"
    assert not any("Ã" in r["text"] or "ð\x9f" in r["text"] for r in records)


def test_check_in_place_becomes_geo_with_its_point(real_formats, make_export):
    records, _, _ = read_all(make_export(old_layout(real_formats)))
    assert by_text(records, "Back in the district")["geo"] == {"lat": 38.909444, "lon": -77.065,
                                                               "place_name": "Georgetown"}
    travel = by_text(records, "Off for the day")["geo"]  # "traveling to X from Y": the destination
    assert travel["place_name"] == "Augusta, Georgia" and travel["lat"] == 33.4479


def test_place_without_coordinate_keeps_its_name(real_formats, make_export):
    records, _, _ = read_all(make_export(old_layout(real_formats)))
    assert by_text(records, "Tickets are set")["geo"] == {"lat": None, "lon": None, "place_name": "The Hangout"}


def test_media_path_is_readable_and_missing_files_have_no_path(real_formats, make_export, export_kind):
    files = old_layout(real_formats)
    records, _, source = read_all(make_export(files, export_kind))
    [photo] = by_text(records, "Sne sne!")["media"]
    assert photo["type"] == "photo" and (source.media_root / photo["path"]).read_bytes() == files[WAULTAR_PHOTO]
    two = by_text(records, "Tja hvad skal man sige")["media"]
    assert [m["path"] for m in two] == [None, None]
    assert two[1]["alt_text"] == "Tja hvad skal man sige (2)"  # its own caption, unlike the first


def test_video_attachment_is_typed_video(real_formats, make_export):
    records, _, _ = read_all(make_export(old_layout(real_formats)))
    videos = [m for r in records for m in r["media"] if m["type"] == "video"]
    assert len(videos) == 1


def test_media_exif_latitude_longitude_becomes_geo(real_formats, make_export):
    posts = sample(real_formats, "waultar-posts-your_posts_1.json")
    exif = posts[0]["attachments"][0]["data"][0]["media"]["media_metadata"]["photo_metadata"]["exif_data"][0]
    exif.update(latitude=53.99, longitude=-1.54)
    records, _, _ = read_all(make_export({"posts/your_posts_1.json": json.dumps(posts)}))
    assert by_text(records, "Sne sne!")["geo"] == {"lat": 53.99, "lon": -1.54, "place_name": None}


def test_current_layout_under_your_facebook_activity_is_read(real_formats, make_export, export_kind):
    posts = sample(real_formats, "waultar-posts-your_posts_1.json")
    media = posts[0]["attachments"][0]["data"][0]["media"]
    media["uri"] = "your_facebook_activity/posts/media/album/photo.jpg"
    files = {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
             "your_facebook_activity/posts/media/album/photo.jpg": jpeg()}
    records, errors, source = read_all(make_export(files, export_kind))
    assert errors == [] and source.root == "" and len(records) == len(posts)
    assert (source.media_root / by_text(records, "Sne sne!")["media"][0]["path"]).is_file()


def test_ids_are_stable_hashes_and_distinct(real_formats, make_export):
    path = make_export(old_layout(real_formats))
    first, _, _ = read_all(path)
    second, _, _ = read_all(path)
    assert first == second
    ids = [r["id"] for r in first]
    assert len(set(ids)) == len(ids) and all(i.startswith("facebook:") for i in ids)


def test_identical_posts_get_distinct_ids_in_file_order(make_export):
    post = {"timestamp": 1600000000, "data": [{"post": "same"}]}
    records, _, _ = read_all(make_export({"posts/your_posts_1.json": json.dumps([post, post])}))
    assert records[1]["id"] == records[0]["id"] + "-2"


def test_profile_file_gives_the_account(make_export):
    profile = {"profile_v2": {"name": {"full_name": "Jane V\u00c3\u00a9"}, "username": "jane.v",
                              "websites": [{"address": "https://example.org"}]}}
    files = {"posts/your_posts_1.json": json.dumps([{"timestamp": 1600000000, "data": [{"post": "hi"}]}]),
             "profile_information/profile_information.json": json.dumps(profile)}
    records, _, _ = read_all(make_export(files))
    account, post = records
    assert account["id"] == "facebook:@jane.v" and account["display_name"] == "Jane Vé"
    assert account["website"] == "https://example.org" and post["account_id"] == "facebook:@jane.v"


def test_html_flavour_of_the_export_is_refused_with_advice(make_export):
    with pytest.raises(InputError, match="HTML version of a facebook export.*JSON"):
        open_archive(make_export({"posts/your_posts_1.html": "<html></html>"}))
