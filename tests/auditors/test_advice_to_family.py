"""advice-to-family: advice given to a supported family over social media (Twins pack)."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.rules import advice_to_family
from tests.factories import audit_records, make_account, make_post, prepared

AUTHOR = "x:@volunteer"
COLLEAGUE = "x:@colleague"


def run(policy, text, reply_to=None):
    post = make_post(text=text, account_id=AUTHOR,
                     in_reply_to={"account": reply_to, "post_id": "x:1"} if reply_to else None)
    ctx = PostContext(prepared(policy), policy.rule("advice-to-family"), make_account(id=AUTHOR), [],
                      lambda a: a in (AUTHOR, COLLEAGUE), {})
    return list(advice_to_family.check(post, ctx))


REPLIES_WITH_ADVICE = [
    "Lou you should try a dream feed at 10pm, it really helped with the night waking",
    "Hun make sure you ask the GP about the reflux, and keep them upright after bottles",
    "Don't let the landlord bully you, ask the council for emergency housing today",
    "Swap to the anti-colic bottles and stagger the feeds, trust me x",
    "If the temperature's still high give them Calpol and ring 111",
]
REPLIES_WITHOUT_ADVICE = [
    "So sorry you're having a rough time. Please call Twinline on 0800 138 0509, they're lovely 💛",
    "Congratulations!! Twins Trust have loads of info on their website x",
    "Text me on 07700 900123 if you need anything tonight x",
    "Gorgeous photo, they're getting so big 😍",
    "Debs I'd give Twinline a call, they'll know who can help your sister",
    "Tell your sister to try white noise, it worked wonders for ours",
]
PUBLIC_ADVICE = [
    "To my FCS mum: stop worrying about the bottles, formula is absolutely fine. Trust me 💛",
    "To the family I'm supporting: please don't sign the tenancy until Shelter have read it",
    "My FCS mama asked me about teething, here's what I told her: cold flannels and Calpol 👇",
    "Told my FCS dad to try the sling for naps, here's what I told him 👇 works every time",
]
PUBLIC_CLEAN = [
    "Tips for new runners: start slow and buy proper trainers 🏃",
    "Reminder to fellow volunteers: don't advise families on feeding, point them to Twinline instead!",
    "Twin sleep: what worked for us was a strict routine and white noise. Every family is different.",
    "My FCS mum asked me to say thank you for all the baby clothes 💛",
    "Gentle nudge: we're not there to give medical advice. Refer to Twinline or the GP.",
]


@pytest.mark.parametrize("text", REPLIES_WITH_ADVICE)
def test_advice_in_replies_to_non_enrolled_accounts_fires(twins, text):
    assert run(twins, text, reply_to="x:@a_mum"), text


@pytest.mark.parametrize("text", REPLIES_WITHOUT_ADVICE)
def test_referrals_contact_offers_small_talk_and_third_parties_are_not_advice(twins, text):
    assert not run(twins, text, reply_to="x:@a_mum"), text


@pytest.mark.parametrize("text", PUBLIC_ADVICE)
def test_public_posts_addressed_to_or_relaying_advice_to_a_family_fire(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", PUBLIC_CLEAN)
def test_general_tips_own_experience_and_peer_reminders_are_clean(twins, text):
    assert not run(twins, text), text


def test_peer_replies_between_enrolled_volunteers_are_not_advice_to_a_family(twins):
    assert not run(twins, "Try the syringe for the Calpol, easier to get the dose in", reply_to=COLLEAGUE)


def test_follow_up_in_own_thread_with_care_advice_fires(twins):
    assert run(twins, "And use the syringe rather than a spoon for the Calpol x", reply_to=AUTHOR)


def test_rule_is_off_in_the_cft_pack():
    records = [{"kind": "account", "id": AUTHOR, "platform": "x", "handle": "volunteer", "role": "personal"},
               {"kind": "post", "id": "x:5", "account_id": AUTHOR, "platform": "x", "text": "try the sling x",
                "in_reply_to": {"account": "x:@a_mum", "post_id": "x:1"}}]
    assert not [f for f in audit_records("childrens-family-trust", records) if f.rule == "advice-to-family"]


def test_finding_explains_context_and_content(twins):
    [f] = run(twins, "Lou you should try a dream feed at 10pm", reply_to="x:@a_mum")
    why = " ".join(f.explanation)
    assert "not enrolled" in why and "advice phrase" in why and "care topic 'feed'" in why


@pytest.mark.parametrize("text", [
    "Elin's mam keeps telling her she's doing it all wrong with the twins. I've told Elin to stick to the routine and ignore her",
    "Telt ma FCS mammy the day: wean aff the dummy at night first. An stop givin them juice in a bottle.",
])
def test_advice_relayed_to_a_supported_parent_named_or_in_dialect_fires(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", ["My sister asked me about weaning, told her to start with veg. Easy.",
                                  "I told him to get on with it, the football was rubbish"])
def test_advice_relayed_to_family_or_friends_is_not_advice_to_a_supported_family(twins, text):
    assert not run(twins, text), text
