"""`socialaudit check`: a draft is judged by the same rules as an audit, in plain words."""
from __future__ import annotations

import json
import subprocess
import sys

from PIL import Image

from auditors.registry import load_policy
from socialaudit.app.checking import check_draft, explain


def gps_photo(path, with_gps=True):
    exif = Image.Exif()
    if with_gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    Image.new("RGB", (32, 32), "white").save(path, exif=exif)
    return path


def test_photo_with_gps_in_a_volunteering_post_is_a_problem_with_clause_and_advice(tmp_path):
    verdicts = check_draft(load_policy("twins-trust-fcs"), "Lovely visit today #volunteering",
                           [gps_photo(tmp_path / "p.jpg")])
    problem = next(v for v in verdicts if v.rule == "geotag")
    assert not problem.ok and problem.finding.severity == "high"
    text = explain(verdicts)
    assert "Post content 3" in text and "What to do: Turn off location" in text


def test_clean_draft_says_it_looks_fine(tmp_path):
    verdicts = check_draft(load_policy("twins-trust-fcs"), "Great training day", [gps_photo(tmp_path / "p.jpg", False)])
    assert all(v.ok for v in verdicts)
    assert explain(verdicts).startswith("Looks fine to post")


def test_check_command_exits_1_on_a_problem_and_prints_json(tmp_path):
    photo = gps_photo(tmp_path / "p.jpg")
    r = subprocess.run([sys.executable, "-m", "socialaudit", "check", "--text", "visit done #volunteering",
                        "--photo", str(photo), "--format", "json"], capture_output=True, text=True)
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert doc["ok"] is False and any(v["rule"] == "geotag" and not v["ok"] for v in doc["verdicts"])


def test_check_command_with_unreadable_photo_exits_2_with_a_reason(tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg")
    r = subprocess.run([sys.executable, "-m", "socialaudit", "check", "--text", "hello", "--photo", str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "cannot read image metadata" in r.stderr and "Traceback" not in r.stderr
