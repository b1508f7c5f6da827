"""privacy-settings: location sharing on, or a public personal account posting about families."""
from __future__ import annotations

from collections import Counter

import pytest

from auditors.context import AccountActivity, AccountContext
from auditors.registry import load_policy
from auditors.rules import privacy_settings
from tests.factories import account_dict, audit_records, make_account, post_dict, prepared


def run(policy, account, tags=0, hits=None, posts=10):
    activity = AccountActivity(posts=posts, rule_hits=Counter(hits or {}),
                               tags=Counter({privacy_settings.TAG: tags} if tags else {}))
    ctx = AccountContext(prepared(policy), policy.rule("privacy-settings"), activity)
    return list(privacy_settings.check(account, ctx))


SETTINGS = [
    # (account fields, family posts, expected)
    ({"location_sharing": True, "is_public": False}, 0, True),
    ({"location_sharing": True, "is_public": None}, 0, True),
    ({"location_sharing": True, "role": "official"}, 0, True),
    ({"is_public": True}, 1, True),
    ({"is_public": True}, 4, True),
    ({"is_public": True}, 0, False),
    ({"is_public": False}, 5, False),
    ({"is_public": None, "location_sharing": None}, 5, False),
    ({"is_public": True, "role": "official"}, 5, False),
]


@pytest.mark.parametrize("fields,family_posts,expected", SETTINGS)
def test_exposing_settings_table(twins, fields, family_posts, expected):
    found = run(twins, make_account(**fields), tags=family_posts)
    assert bool(found) is expected


def test_family_rule_findings_count_as_family_posts(twins):
    assert run(twins, make_account(is_public=True), hits={"name-leak": 1})
    assert not run(twins, make_account(is_public=True), hits={"criticism": 3, "logo-misuse": 2})


def test_pack_can_require_more_family_posts(tmp_path):
    pack = tmp_path / "p.toml"
    pack.write_text('extends = "twins-trust-fcs"\n[rules.privacy-settings]\nmin_posts = 3\n')
    policy = load_policy(str(pack))
    assert not run(policy, make_account(is_public=True), tags=2)
    assert run(policy, make_account(is_public=True), tags=3)


def test_finding_explains_itself_without_quoting_posts(twins):
    (found,) = run(twins, make_account(is_public=True), tags=2, hits={"family-photo": 1})
    assert found.explanation[0] == "personal account is public"
    assert any("2 of 10 posts" in w for w in found.explanation)
    assert found.evidence[0].excerpt == "public account posting about families"


# --- end to end: the post rules tag what the account rule counts ----------------

FAMILY_POSTS = [
    "Lovely visit this morning, home for a brew now ☕",
    "Sat with a family last week who were at rock bottom, this week they're smiling",
    "A mum I support cried today because she'd finally slept",
    "On my way to see my FCS family! Love Tuesdays",
    "Our foster son's been diagnosed with ADHD after a two-year wait",
    "That moment when the teenager you foster makes you a brew 🥹",
    "New placement arrived today. Two sisters, 3 and 7",
]

PROMOTIONAL_POSTS = [
    "Proud to be a Family Crisis Support volunteer 💛 find out more at twinstrust.org #familycrisissupport",
    "Please share! Twins Trust are looking for FCS volunteers in Surrey & Hampshire",
    "Just finished my FCS training and I'm SO excited to start volunteering 🥹",
    "Reading Half done for Twins Trust! 🏅 Thank you everyone who sponsored me",
    "Bake sale at St Michael's church hall, Saturday, all proceeds to Twins Trust 💛",
    "So moving to read this family's story on the Twins Trust website, please share",
    "Happy Mother's Day to all the twin mums out there 💛",
    "Twinline is free and confidential, 0800 138 0509. Please share 💛",
    "Lunch with my family in town today 🍰",
]


def _audit(posts, **acc):
    account = account_dict(id="x:@v", bio="FCS volunteer @TwinsTrust. Views my own.", **acc)
    records = [account] + [post_dict(account_id="x:@v", text=t) for t in posts]
    return [f for f in audit_records("twins-trust-fcs", records) if f.rule == "privacy-settings"]


@pytest.mark.parametrize("text", FAMILY_POSTS)
def test_public_account_describing_visits_or_families_is_flagged(text):
    assert _audit([text, "Derby 0-3 at home 😩"], is_public=True, location_sharing=False)


def test_public_account_with_only_promotional_posts_is_not_flagged():
    assert not _audit(PROMOTIONAL_POSTS, is_public=True, location_sharing=False)


def test_private_account_describing_families_is_not_flagged():
    assert not _audit(FAMILY_POSTS, is_public=False, location_sharing=False)


def test_location_sharing_is_flagged_whatever_the_posts():
    (found,) = _audit(["Garden's coming back to life 🌷"], is_public=False, location_sharing=True)
    assert found.evidence[0].field == "location_sharing"
