"""criticism: negativity aimed at the organisation, its people or partners (target-aware)."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.nlp.sentiment import Cues, polarity, sentence_spans, tokenize, window_after
from auditors.registry import load_policy
from auditors.rules import criticism
from tests.factories import make_account, make_post, prepared


def run(policy, text, reply_to=None, enrolled=(), official=False):
    post = make_post(text=text, in_reply_to={"account": reply_to, "post_id": "x:1"} if reply_to else None)
    account = make_account(role="official" if official else "personal")
    ctx = PostContext(prepared(policy), policy.rule("criticism"), account, [], lambda a: a in enrolled, {})
    return list(criticism.check(post, ctx))


TWINS_CRITICISM = [
    "The way head office handles volunteer expenses is a shambles. Two months and nothing.",
    "My coordinator hasn't answered a single message in a month. Useless. 🙄",
    "Twins Trust, your volunteer training was a complete waste of time. Utterly pathetic.",
    "Senior management at @TwinsTrust have no idea what volunteers actually do.",
    "Not being funny but the FCS coordinator in our area is so rude to volunteers 😡",
    "The fundraising team still haven't sent my pack. Third time I've asked. Get your act together.",
    "Honestly Twinline staff can be clueless sometimes, gave a mum totally wrong info",
    "Disappointed in Twins Trust. Cutting volunteer support like this is insulting.",
]
TWINS_CLEAN = [
    "Bit of a rant: the buses in this town are a disgrace, 50 minutes late again",
    "Absolutely exhausted today, twins teething all night 😩",
    "My FCS mum just heard she's losing her flat. I'm so angry for her.",
    "Huge thanks to my coordinator for all the support this year, she's brilliant 💛",
    "Small suggestion for Twins Trust: the expenses form could be clearer. I've fed back to the team.",
    "Sorry for my rant about head office yesterday, turns out it was a system glitch. All sorted!",
    "Maybe raise it with your coordinator rather than on here? 💛",
    "Proud to volunteer with Twins Trust 💛 #familycrisissupport",
    "If you're struggling with twins, Twinline is there for you: 0800 138 0509",
    "Some days volunteering is just hard and you cry in the car. That's ok.",
    "Arsenal were shocking today. Useless defending. 😡",
]
CFT_CRITICISM = [
    "Our supervising social worker cancelled AGAIN. Completely unprofessional.",
    "The council have messed up the contact arrangements for the third time. Shambles.",
    "Some of our carers think they know better than the training team. Embarrassing.",
    "CFT head office need to sort themselves out, nobody ever rings back 🙄",
]
CFT_CLEAN = [
    "Some national papers are running a nasty campaign against foster carers. Our carers are heroes.",
    "Great session with our supervising social worker today, so helpful 🙏",
    "GWR cancelled my train again. Absolute shambles 😤",
    "Review of the CFT carer handbook: mostly good, a few suggestions sent to the team.",
    "Thanks to the finance team at CFT who sorted my allowance in minutes. Sorry for the moan yesterday!",
]


@pytest.mark.parametrize("text", TWINS_CRITICISM)
def test_negativity_aimed_at_the_trust_or_its_people_fires(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", TWINS_CLEAN)
def test_praise_constructive_feedback_retractions_and_negativity_elsewhere_are_clean(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", CFT_CRITICISM)
def test_cft_carers_staff_and_partner_authorities_are_targets(cft, text):
    assert run(cft, text), text


@pytest.mark.parametrize("text", CFT_CLEAN)
def test_cft_defended_or_thanked_targets_and_unrelated_complaints_are_clean(cft, text):
    assert not run(cft, text), text


@pytest.mark.parametrize("policy_name, text", [
    ("twins", "The health visitors round here are no fit tae run a bath. Three weeks and not one visit"),
    ("twins", "Some of the newer volunteers on the group chat are proper cliquey, ask a question and get a sarky reply"),
    ("cft", "Our SSW has the people skills of a traffic warden. Third visit, third lecture."),
])
def test_idiom_and_dialect_put_downs_of_partners_and_fellow_volunteers_fire(request, policy_name, text):
    assert run(request.getfixturevalue(policy_name), text), text


@pytest.mark.parametrize("text", ["Both babies finally over 3kg, mum cried, I cried, the health visitor was lovely",
                                  "Bin men missed us again, the council wants sacking"])
def test_a_partner_praised_or_a_council_in_everyday_life_is_not_criticism(twins, text):
    assert not run(twins, text), text


def test_carers_insulted_by_someone_else_are_defended_not_criticised(cft):
    text = "To the councillor who called foster carers 'mercenaries' in a meeting: you are a disgrace."
    assert not run(cft, text, official=True)


@pytest.mark.parametrize("text", [
    "anyone in essex need twin support ring twinline on 0800 138 0509 💜 NOT me, i'm useless at admin 😂",
    "Had a nightmare with the volunteer portal again. Sent feedback via the form, fingers crossed they sort it",
    "Both babies finally over 3kg, mum cried, I cried, health visitor probably cried",
])
def test_self_deprecation_feedback_sent_properly_and_happy_tears_are_not_criticism(twins, text):
    assert not run(twins, text), text


def test_official_account_criticising_a_partner_council_fires(cft):
    assert run(cft, "Another terrible inspection for one of the councils we work with. Enough is enough.",
               official=True)


def test_reply_joining_in_with_a_colleagues_complaint_fires(cft):
    text = "Preach 🙌 ours is exactly the same, never turn up and then wonder why the kids don't trust them"
    assert run(cft, text, reply_to="x:@colleague", enrolled={"x:@colleague"})


def test_agreeing_reply_to_a_member_of_the_public_is_not_a_pile_on(cft):
    text = "Preach 🙌 ours is exactly the same, never turn up and then wonder why the kids don't trust them"
    assert not run(cft, text, reply_to="x:@someone")


def test_finding_explains_target_cues_and_score(twins):
    [f] = run(twins, "My coordinator hasn't answered a single message in a month. Useless. 🙄")
    why = " ".join(f.explanation).lower()
    assert "target 'my coordinator'" in why and "useless" in why and "threshold" in why
    assert f.evidence and f.evidence[0].matched.lower() == "my coordinator"


def test_threshold_is_read_from_the_pack(tmp_path):
    pol = tmp_path / "strict.toml"
    pol.write_text('extends = "twins-trust-fcs"\n[rules.criticism]\nthreshold = 50\n')
    assert not run(load_policy(str(pol)), "Head office is a shambles, useless and clueless 😡")


def test_window_covers_the_mentions_sentence_and_the_next():
    text = "One. The coordinator spoke to us like that. Shocking attitude. Unrelated."
    spans = sentence_spans(text)
    s, e = window_after(spans, text.index("coordinator"), 1, 240)
    assert text[s:e].strip() == "The coordinator spoke to us like that. Shocking attitude."


def test_lexicon_polarity_handles_negation():
    assert polarity(tokenize("this is not good")).neg > 0
    assert polarity(tokenize("this is good")).neg == 0


def test_cues_match_phrases_on_tokens_and_regex_terms(twins):
    cues = Cues.for_policy(prepared(twins), "test", {"criticism_strong": 2.0})
    found = [p for _, p in cues.hits(tokenize("It is an absolute joke, honestly"))]
    assert found == ["an absolute joke"]


@pytest.mark.parametrize("text", ["my fcs mam lost her dad last week and she's got no one else round here. proper gutted",
                                  "my FCS mum's been on the waiting list for her op for 14 months. shocking"])
def test_the_organisations_name_describing_a_family_is_not_a_target(twins, text):
    assert not run(twins, text), text


def test_the_organisation_named_as_such_is_still_a_target(twins):
    assert run(twins, "FCS never rang me back, three weeks now. useless")


@pytest.mark.parametrize("text", [
    "Family Crisis Support is there for bereavement, serious illness and postnatal depression. Talk to Twinline first.",
    "Twins Trust volunteers see families through grief, disability and anxiety every week"])
def test_the_circumstances_a_service_helps_with_are_no_criticism_of_it(twins, text):
    assert not run(twins, text, official=True), text
    assert not run(twins, text), text


@pytest.mark.parametrize("text", ["Honestly the finance team at the Trust couldnae organise a piss-up in a brewery",
                                  "Senior managers at the Trust couldn't organise a raffle. Volunteers in the dark again"])
def test_the_couldnt_organise_idiom_aimed_at_the_organisations_people_is_criticism(cft, text):
    assert run(cft, text), text


def test_thanks_for_what_could_not_be_organised_without_people_is_no_criticism(twins):
    assert not run(twins, "The FCS team couldn't organise the summer picnic without our volunteers. Thank you all!")


@pytest.mark.parametrize("text", [
    "The social work department have lost the paperwork AGAIN. Ye couldnae make it up.",
    "Honestly, the Chair's handling of the pay review has been a masterclass in how not to do it.",
    "honestly see CFT's new mileage rules? pure mince. who thinks this stuff up",
    "the cft rep at our support group today was so condescending. mate i've had 9 teenagers",
])
def test_partners_officers_and_the_organisation_criticised_in_idiom_are_flagged(cft, text):
    assert run(cft, text), text


def test_the_police_named_beside_a_worry_is_no_criticism(cft):
    assert not run(cft, "Lad got picked up by the police tonight. Wrong place, wrong mates. Long chat till 2am.")

