"""geotag: the post's geo object and EXIF GPS inside attached photos.

EXIF reading is checked against the real camera photos in
../shared/datasets/exif-gps-photos (manifest.csv is the ground truth) and
against JPEG/PNG/WebP files written here with Pillow's own GPS IFD support.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from auditors.context import PostContext
from auditors.mediainfo import GPS_IFD, load_media, read_gps
from auditors.rules import geotag
from socialaudit.core.model import Media
from tests.conftest import SHARED
from tests.factories import account_dict, audit_records, make_account, make_post, post_dict, prepared

DATASET = SHARED / "datasets" / "exif-gps-photos"
needs_dataset = pytest.mark.skipif(not (DATASET / "manifest.csv").is_file(),
                                   reason="needs ../shared/datasets/exif-gps-photos (manifest.csv)")
TOLERANCE = 1e-5  # the manifest rounds to 6 dp


def _manifest() -> list[dict]:
    if not (DATASET / "manifest.csv").is_file():
        return []
    with (DATASET / "manifest.csv").open(newline="") as f:
        return list(csv.DictReader(f))


# --- the real camera photos ------------------------------------------------------

@needs_dataset
@pytest.mark.parametrize("row", _manifest(), ids=lambda r: r["file"])
def test_exif_gps_matches_the_manifest(row):
    gps = read_gps(DATASET / row["file"])
    assert gps.has_coordinates is (row["has_gps"] == "1")
    assert gps.present is (row["gps_ifd_present"] == "1")
    if gps.has_coordinates:
        assert abs(gps.lat - float(row["latitude"])) < TOLERANCE
        assert abs(gps.lon - float(row["longitude"])) < TOLERANCE


@needs_dataset
def test_gps_block_without_coordinates_is_present_but_not_a_location():
    gps = read_gps(DATASET / "images" / "Canon_40D.jpg")
    assert gps.present and not gps.has_coordinates


@needs_dataset
def test_southern_latitude_is_negative():
    gps = read_gps(DATASET / "images" / "Kodak_CX7530.jpg")
    assert gps.lat < 0 < gps.lon


@needs_dataset
def test_geotag_fires_on_exif_gps_of_a_real_photo_in_a_service_post(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "p.jpg").write_bytes((DATASET / "images" / "DSCN0010.jpg").read_bytes())
    (tmp_path / "media" / "q.jpg").write_bytes((DATASET / "images" / "Canon_40D.jpg").read_bytes())
    acc = account_dict(id="x:@v")
    with_gps = post_dict(account_id="x:@v", text="Lovely visit this morning #volunteering",
                         media=[{"type": "photo", "path": "media/p.jpg", "alt_text": "A cup of tea"}])
    empty_block = post_dict(account_id="x:@v", text="Lovely visit this morning #volunteering",
                            media=[{"type": "photo", "path": "media/q.jpg", "alt_text": "A cup of tea"}])
    found = {f.subject for f in audit_records("twins-trust-fcs", [acc, with_gps, empty_block], tmp_path)
             if f.rule == "geotag"}
    assert found == {with_gps["id"]}


# --- photos written here ------------------------------------------------------------

def _rational(x: float) -> IFDRational:
    return IFDRational(round(x * 10000), 10000)


def _dms(value: float) -> tuple:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = (value - d - m / 60) * 3600
    return (_rational(d), _rational(m), _rational(s))


def write_photo(path: Path, gps: dict | None, fmt: str = "JPEG") -> Path:
    """A small image whose Exif holds the given GPS IFD (Pillow writes nested IFDs itself)."""
    exif = Image.Exif()
    exif[0x010F] = "socialaudit-test"  # Make
    if gps is not None:
        exif[GPS_IFD] = gps
    Image.new("RGB", (48, 32), (90, 140, 200)).save(path, fmt, exif=exif)
    return path


def gps_block(lat: float, lon: float) -> dict:
    return {0: b"\x02\x03\x00\x00", 1: "N" if lat >= 0 else "S", 2: _dms(lat),
            3: "E" if lon >= 0 else "W", 4: _dms(lon)}


PLACES = [(53.99, -1.54), (-33.8568, 151.2153), (51.5007, -0.1246), (64.1466, -21.9426), (-0.3713, 36.0564),
          (0.0001, 0.0001), (89.9, 179.9)]


@pytest.mark.parametrize("lat,lon", PLACES)
@pytest.mark.parametrize("fmt,suffix", [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")])
def test_written_gps_is_read_back_in_every_hemisphere_and_format(tmp_path, lat, lon, fmt, suffix):
    gps = read_gps(write_photo(tmp_path / f"p.{suffix}", gps_block(lat, lon), fmt))
    assert gps.has_coordinates
    assert abs(gps.lat - lat) < 1e-4 and abs(gps.lon - lon) < 1e-4


EDGE_CASES = [
    # (GPS IFD written, expected (lat, lon) or None)
    (None, None),
    ({0: b"\x02\x02\x00\x00"}, None),                                   # version only
    ({1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}, None),   # zeroed placeholder
    ({1: "N", 2: (51.0, 30.0, 0.0)}, None),                             # latitude without longitude
    ({1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (1.0, 0.0, 0.0)}, None),  # out of range
    ({2: (51.0, 30.0, 0.0), 4: (0.0, 7.0, 30.0)}, (51.5, 0.125)),       # refs missing: north and east
    ({1: "s", 2: (10.0, 0.0, 0.0), 3: "w", 4: (20.0, 0.0, 0.0)}, (-10.0, -20.0)),  # lowercase refs
    ({1: "N", 2: (IFDRational(51, 1), IFDRational(0, 0), IFDRational(0, 0)),
      3: "W", 4: (IFDRational(1, 1), IFDRational(30, 1), IFDRational(0, 0))}, (51.0, -1.5)),  # 0/0 parts
    ({1: "N", 2: 51.5, 3: "W", 4: 0.12}, (51.5, -0.12)),                # one decimal-degree value
    ({1: "N", 2: (IFDRational(0, 0), IFDRational(0, 0), IFDRational(0, 0)),
      3: "W", 4: (1.0, 0.0, 0.0)}, None),                               # degrees 0/0: no fix
]


@pytest.mark.parametrize("block,expected", EDGE_CASES)
def test_gps_edge_cases(tmp_path, block, expected):
    gps = read_gps(write_photo(tmp_path / "p.jpg", block))
    if expected is None:
        assert not gps.has_coordinates
    else:
        assert gps.has_coordinates
        assert abs(gps.lat - expected[0]) < 1e-6 and abs(gps.lon - expected[1]) < 1e-6
    assert gps.present is (block is not None)


def test_corrupt_or_missing_photo_is_reported_not_fatal(tmp_path):
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    bad = load_media(Media("photo", "bad.jpg"), 0, tmp_path)
    missing = load_media(Media("photo", "nope.jpg"), 1, tmp_path)
    assert bad.error and not bad.gps.has_coordinates
    assert missing.error == "media file not found" and not missing.exists


# --- the rule -----------------------------------------------------------------------

def run(policy, post, root=None, account=None):
    media = [load_media(m, i, root) for i, m in enumerate(post.media)]
    ctx = PostContext(prepared(policy), policy.rule("geotag"), account or make_account(), media, lambda _a: False, {})
    return list(geotag.check(post, ctx))


def test_exif_gps_in_a_visit_post_fires_and_hides_the_coordinates(twins, tmp_path):
    write_photo(tmp_path / "p.jpg", gps_block(53.99, -1.54))
    post = make_post(text="Lovely visit this morning, home for a brew now",
                     media=[{"type": "photo", "path": "p.jpg", "alt_text": None}])
    (found,) = run(twins, post, tmp_path)
    assert found.confidence >= 0.9
    assert all("53.99" not in e.excerpt and "1.54" not in e.excerpt for e in found.evidence)


def test_geo_object_in_a_visit_post_fires(twins):
    post = make_post(text="On my way to see my FCS family!", geo={"lat": 53.99, "lon": -1.54, "place_name": "X"})
    assert run(twins, post)


def test_exif_gps_on_an_unrelated_post_is_low_severity(twins, tmp_path):
    write_photo(tmp_path / "p.jpg", gps_block(50.1, -5.5))
    post = make_post(text="Beach day!", media=[{"type": "photo", "path": "p.jpg", "alt_text": "Sea"}])
    (found,) = run(twins, post, tmp_path)
    assert found.severity == "low"


def test_photo_without_gps_is_clean(twins, tmp_path):
    write_photo(tmp_path / "p.jpg", None)
    post = make_post(text="Lovely visit this morning", media=[{"type": "photo", "path": "p.jpg"}])
    assert not run(twins, post, tmp_path)


# --- whose place the geotag shows (Post content 3: "the family's location") ---------------

PLACE = {"lat": 53.8, "lon": -1.55, "place_name": "Somewhere"}


@pytest.mark.parametrize("text, fires", [
    ("Brilliant turnout at our Twins Trust stand at the county show today, come and say hi", False),
    ("Volunteers' lunch with the Family Crisis Support team, lovely to see everyone", False),
    ("Lovely visit this morning with one of our FCS families, their twins are thriving", True),
    ("Sat with the family I support at the hospital while the twins have their checks", True),
])
def test_an_official_account_geotag_fires_only_when_the_post_is_about_a_family(twins, text, fires):
    official = make_account(id="x:@TwinsTrust", role="official")
    assert bool(run(twins, make_post(text=text, geo=PLACE), account=official)) is fires


@pytest.mark.parametrize("text, fires", [
    ("Bake sale for Twins Trust smashed it, £400 raised! #volunteering", False),
    ("Volunteer training day done, brain full #familycrisissupport", False),
    ("Fun run done for @TwinsTrust, legs gone", False),
    ("Coffee morning at the church hall for Twins Trust then off to see my FCS family", True),
    ("Lovely visit this morning, home for a brew now #familycrisissupport", True),
])
def test_a_volunteer_at_a_public_event_is_not_sharing_a_familys_location(twins, text, fires):
    assert bool(run(twins, make_post(text=text, geo=PLACE))) is fires


def test_a_public_event_word_does_not_excuse_a_post_about_a_child_in_care(cft):
    post = make_post(text="Fun run with our foster son this morning, so proud", geo=PLACE)
    assert run(cft, post)
