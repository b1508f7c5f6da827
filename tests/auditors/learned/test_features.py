"""What a learned head sees: the organisation's own details become placeholders, from the pack."""
from __future__ import annotations

from auditors.learned.features import OrgFacts, compile_masks, feature_string, flags
from socialaudit.core.model import Account, Media, Post, Reply

ORG = OrgFacts(names=("Helping Hands Trust", "HHT"), handles=("@HelpingHands",), websites=("helpinghands.org",),
               phones=("0800 123 4567",), emails=("help@helpinghands.org",), retired=("OldName",))
SUBS = compile_masks(ORG)


def post(text: str, **kw) -> Post:
    return Post(id="x:1", account_id="x:@v", platform="x", text=text, **kw)


def test_official_contact_details_become_placeholders_in_any_spacing():
    s = feature_string(post("ring +44 800 123 4567 or email help@helpinghands.org"), None, SUBS)
    assert "ORG-PHONE" in s and "ORG-EMAIL" in s and "4567" not in s


def test_other_numbers_stay_literal_so_a_head_can_learn_a_wrong_number():
    assert "07700 900123" in feature_string(post("text me on 07700 900123"), None, SUBS)


def test_names_handles_hashtags_sites_and_retired_names_are_masked():
    s = feature_string(post("Loving @HelpingHands and #HelpingHandsTrust, see helpinghands.org/give (was OldName)"),
                       None, SUBS)
    assert s == "[personal] Loving ORG and #ORG, see ORG-SITE (was OLD-ORG)"


def test_context_tokens_say_role_reply_and_media_and_alt_text_is_kept():
    official = Account(id="x:@HelpingHands", platform="x", role="official")
    p = post("hello", in_reply_to=Reply(account="x:@a", post_id=None),
             media=[Media(type="photo", path=None, alt_text="two toddlers in a park")])
    assert feature_string(p, official, SUBS) == "[official] [reply] [photo] hello [alt] two toddlers in a park"
    assert flags(p, official) == [1.0, 1.0, 1.0, 1.0]
    assert flags(post("hi"), None) == [0.0, 0.0, 0.0, 0.0]
