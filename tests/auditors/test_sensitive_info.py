"""sensitive-info: private details about a supported family or a child in care."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.rules import sensitive_info
from tests.factories import make_account, make_post, prepared

VOLUNTEER = {"bio": "FCS volunteer with @TwinsTrust. Views my own."}
CARER = {"bio": "Foster carer with Children's Family Trust. Views my own."}


@pytest.fixture(scope="module", autouse=True)
def secret_key():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOCIALAUDIT_SECRET_KEY", "test-key-for-sensitive-info")
        yield


def run(policy, text, bio=VOLUNTEER, reply_to=None, official=False):
    post = make_post(text=text, in_reply_to={"account": reply_to, "post_id": "x:1"} if reply_to else None)
    account = make_account(role="official" if official else "personal", **bio)
    ctx = PostContext(prepared(policy), policy.rule("sensitive-info"), account, [], lambda _a: False, {})
    return list(sensitive_info.check(post, ctx))


FAMILY_DETAILS = [
    "The mum I'm supporting has just been diagnosed with postnatal depression 💔",
    "My FCS family have been served an eviction notice and the twins are 5 months old",
    "A dad I visit has been made redundant and is terrified about the rent",
    "The twins' mum is in hospital with sepsis, dad is coping alone",
    "Police were called to my FCS mum's house again last night",
    "Their dad passed away in March and now the triplets' mum is on her own",
    "Without giving anything away, the family I support are in a refuge now",
    "Long day. Took my FCS mum and the babies to Northgate General Hospital for their check",
]


@pytest.mark.parametrize("text", FAMILY_DETAILS)
def test_private_details_about_a_supported_family_are_flagged(twins, text):
    assert run(twins, text), text


def test_a_detail_said_to_a_family_member_in_a_reply_is_flagged(twins):
    assert run(twins, "Try a warm flannel for the mastitis lovely, see you Tuesday", reply_to="x:@a_mum")


@pytest.mark.parametrize("text", [
    "Dad I help is in for his heart op tomorrow, twins are staying with their nan",       # heart op
    "lass I were helpin has been gettin letters off the loan sharks, two bairns",         # loan sharks
    "me FCS mam said she didn't see the point anymore so we rang the crisis team together",
    "My FCS mum is pregnant again and hasn't told anyone yet",
    "One of my families had the bailiffs round this morning, two babies in the house",
    "the mammy's been waitin on the ADHD assessment fur the big yin near two year",
    "Fam's been rehoused tae a top floor flat wi nae lift and twins in a double pram, mould everywhere",
])
def test_plain_word_details_about_someone_named_in_dialect_are_flagged(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", [
    "The little one in our care had her matching panel today, staying long term",
    "our lad's custody hearing got moved again, third time",
    "The little one in our care arrived with a bin bag of clothes and nothing else",
])
def test_the_care_systems_own_words_about_a_child_in_care_are_flagged(cft, text):
    assert run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", [
    "Police brought our Shay home at midnight. Second time this month.",
    "Sittin in the car park while the wee man gets his tonsils oot at the children's hospital",
    "young un's mom didn't show for contact again. third time.",
])
def test_a_carers_everyday_words_for_the_child_are_referents(cft, text):
    assert run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", [
    "our foster lad's been diagnosed with dyspraxia. makes sense of so much",
    "Child on my caseload in A&E tonight after self-harming. Fourteen.",
    "Poor little mite I had last weekend has got to have another operation on his hip.",
    "Sat in CAMHS waiting room again with my girl. Third time this month.",
    "Placement disruption meeting today. A nine-year-old's third move since September.",
    "Drove a little'un to contact today. Cried the whole way back.",
])
def test_a_foster_child_a_child_on_a_caseload_or_a_child_by_age_is_a_referent(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "my boy scored twice today, so proud of him",
    "A 9 year old could run this council better",
    "my lad's first day at big school tomorrow, where did the time go",
])
def test_a_child_by_age_or_my_boy_without_a_private_detail_is_not_flagged(cft, text):
    assert not run(cft, text, bio=CARER)


def test_an_official_accounts_children_in_care_are_children_in_general(cft):
    text = "We've signed the open letter calling for better mental health support for children in care."
    assert not run(cft, text, official=True)


@pytest.mark.parametrize("text", ["We're proud to support the #CareLeaverCovenant. Every young person leaving care deserves a fair start.",
                                  "It's Care Leavers Week soon. Our mentors help young people moving on from care."])
def test_an_official_campaign_or_recruitment_post_naming_no_one_is_not_a_private_detail(cft, text):
    assert not run(cft, text, official=True), text


def test_an_official_post_naming_a_child_with_a_private_detail_is_flagged(cft):
    assert run(cft, "Kaycee's placement broke down last night and she's in hospital, please keep her in your thoughts",
               official=True)


def test_routine_jabs_for_a_supported_family_are_not_a_private_detail(twins):
    assert not run(twins, "Told my FCS mum the jabs are nothing to worry about, see you Thursday")


CHILD_IN_CARE = [
    "Our foster son has been diagnosed with autism after an 18 month wait",
    "The young person we care for has been excluded from school for a week",
    "Our lad's court hearing is next week and he's so anxious 😰",
    "The little one in our care had contact with her birth mum today",
    "Contact with his dad was cancelled again. He waited at the window all afternoon.",
    "New placement arrived at 11pm last night with just a carrier bag of clothes",
    "Our little girl (9) starts at Hillside Primary next week",
]


@pytest.mark.parametrize("text", CHILD_IN_CARE)
def test_details_about_a_child_in_care_are_flagged(cft, text):
    assert run(cft, text, bio=CARER), text


def test_a_named_school_is_masked_as_a_place(cft):
    finding = run(cft, "Our lad's settled in at Oakfield Academy now", bio=CARER)[0]
    assert any(kind == "place" for _, _, kind, _ in finding.masks)


OWN_OR_GENERAL = [
    "When mine were born I had PND for a year. Please talk to someone.",
    "Ours spent 3 weeks in SCBU and I still think about it every day",
    "Postnatal depression affects 1 in 10 mums. Twinline can help: 0800 138 0509",
    "Our coordinator is off sick this week so visits are on hold",
    "Tough visit today. Won't say more than that.",
    "Mental health matters for dads of multiples too. Talk to someone.",
    "If you're a parent of twins and struggling, call Twinline on 0800 138 0509",
]


@pytest.mark.parametrize("text", OWN_OR_GENERAL)
def test_own_experience_general_service_and_vague_posts_are_not_flagged(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", [
    "This year our carers supported 42 children through court proceedings",
    "The reality of fostering: 4 reviews, 3 contact sessions and a lot of tea",
    "Why did the foster mum bring a ladder to the review? The stakes were high 😂",
    "Could you foster a child who has experienced trauma? Come to our info evening",
])
def test_aggregates_jokes_and_recruitment_are_not_flagged(cft, text):
    assert not run(cft, text, bio=CARER), text


def test_official_case_study_is_not_flagged(twins):
    text = "Read how Family Crisis Support helped the Patel family through a cancer diagnosis in our latest story"
    assert not run(twins, text, official=True)


def test_the_cft_pack_counts_a_child_in_care_that_the_twins_pack_does_not(twins, cft):
    text = "Our lad (14) got into a fight at school and now he's been suspended"
    assert run(cft, text, bio=CARER)
    assert not run(twins, "Our boys got into a fight at school and now they have been suspended, honestly")


def test_finding_explains_topic_referent_and_score(twins):
    finding = run(twins, "My FCS mum in town has just found out she's being evicted")[0]
    assert any("topic 'evicted'" in w for w in finding.explanation)
    assert any("my fcs mum" in w for w in finding.explanation)
    assert any(w.startswith("score") for w in finding.explanation)


@pytest.mark.parametrize("text", [
    "My dad had his knee operation this morning and she's been brilliant with him",
    "My own mum has been diagnosed with diabetes, she's taking it in her stride",
])
def test_a_pronoun_after_the_authors_own_relative_is_theirs(cft, text):
    assert not run(cft, text, bio=CARER)


def test_a_care_event_is_about_a_child_even_beside_first_person_words(cft):
    assert run(cft, "New placement arrived last night at ours, we're all a bit tired", bio=CARER)


@pytest.mark.parametrize("text", [
    "The girl we look after was suspended from school today",
    "A sibling group came into care this week and we took them in",
])
def test_children_in_care_described_without_a_name_are_referents(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", ["My FCS mum and the twins have been put in a hostel, it's grim",
                                  "My FCS mum's little one has bronchiolitis, poor mite",
                                  "My FCS mum's eldest went missing last night, she's back now"])
def test_housing_crisis_illness_and_a_missing_child_are_sensitive(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", ["My FCS mum's partner is back on the drink, she's terrified",
                                  "My FCS mum's eldest has been referred to CAMHS at last",
                                  "My FCS mum's final hearing is next week, she's not slept"])
def test_drinking_referrals_and_court_hearings_are_sensitive(twins, text):
    assert run(twins, text), text


def test_a_foster_carers_everyday_word_for_the_child_is_a_referent(cft):
    assert run(cft, "The lad's been excluded again, third time this term", bio=CARER)
