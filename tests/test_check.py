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


# --- a known author: their stored posts say who their own family are ----------------------

ALFIE = "Alfie's first day at school today"
RILEY = "Riley found a stick and won't let go"
VOLUNTEER_BIO = "FCS volunteer with @TwinsTrust. Views my own."


def _name_leak(verdicts) -> bool:
    return not next(v for v in verdicts if v.rule == "name-leak").ok


def _author(texts, bio=VOLUNTEER_BIO):
    from socialaudit.app.checking import Author
    from tests.factories import make_account
    return Author([make_account(id="x:@vol", bio=bio)], texts)


def test_a_draft_naming_the_child_the_author_called_their_son_is_not_a_leak(registered_policy):
    history = ["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"]
    assert not _name_leak(check_draft(registered_policy, ALFIE, author=_author(history)))
    assert _name_leak(check_draft(registered_policy, RILEY, author=_author(history)))  # a register name
    assert _name_leak(check_draft(registered_policy, ALFIE))  # no author known: nothing learnt
    assert _name_leak(check_draft(registered_policy, ALFIE, author=_author(["Coffee morning at the hall"])))


def test_a_foster_carers_our_boys_are_not_learnt_for_a_draft():
    cft = load_policy("childrens-family-trust")
    carer = _author(["our boys Kai and Leon at the footy 💙"], bio="Foster carer with Children's Family Trust.")
    assert _name_leak(check_draft(cft, "Kai and Leon's first day at the new school", author=carer))


def test_check_command_reads_the_enrolled_accounts_stored_posts(registered_policy):
    from socialaudit.core.settings import load_settings
    from socialaudit.storage.db import open_store
    from tests.factories import store_posts
    store = open_store(load_settings())
    store_posts(store, registered_policy, "x:@vol", ["My son Alfie lost his first tooth last night!"],
                bio=VOLUNTEER_BIO)
    store.engine.dispose()

    def check(text, *more):
        r = subprocess.run([sys.executable, "-m", "socialaudit", "check", "--text", text, "--policy",
                            registered_policy.ref, "--format", "json", *more], capture_output=True, text=True)
        verdicts = {v["rule"]: v["ok"] for v in json.loads(r.stdout)["verdicts"]} if r.stdout else {}
        return r.returncode, verdicts.get("name-leak"), r.stderr

    assert check(ALFIE, "--account", "x:@vol")[1] is True
    assert check(RILEY, "--account", "x:@vol")[1] is False
    assert check(ALFIE)[1] is False
    code, _, err = check(ALFIE, "--account", "x:@nobody")
    assert code == 2 and "x:@nobody is not enrolled" in err
