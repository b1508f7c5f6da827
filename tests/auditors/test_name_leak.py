"""name-leak: names of supported families and children in care, and the names that are not.
With a protected-names register: test_name_leak_register.py; across an account's posts:
test_name_leak_accounts.py."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.rules import name_leak
from tests.factories import make_account, make_post, prepared

VOLUNTEER = {"bio": "FCS volunteer with @TwinsTrust. Views my own."}
CARER = {"bio": "Foster carer with Children's Family Trust. Views my own."}


@pytest.fixture(scope="module", autouse=True)
def secret_key():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOCIALAUDIT_SECRET_KEY", "test-key-for-name-leak")
        yield


def run(policy, text, bio=VOLUNTEER, alt=None, reply_to=None, enrolled=(), official=False):
    post = make_post(text=text, media=[{"type": "photo", "path": "m/p.jpg", "alt_text": alt}] if alt else [],
                     in_reply_to={"account": reply_to, "post_id": "x:1"} if reply_to else None)
    account = make_account(role="official" if official else "personal", **bio)
    ctx = PostContext(prepared(policy), policy.rule("name-leak"), account, [], lambda a: a in enrolled, {})
    return list(name_leak.check(post, ctx))


TWINS_LEAKS = [
    "So proud of their mum Rebecca, she's come such a long way with the twins",
    "Had a lovely visit with the Hargreaves twins this morning 💛",
    "Freya's twins had their jabs today, both so brave",
    "Little Poppy (big sis of my FCS twins) made me a card 🥹",
    "Mohammed and Aisha are 6 months today, their mum is so proud",
    "The Nwosu family say a huge thank you for the pram 💛",
]


@pytest.mark.parametrize("text", TWINS_LEAKS)
def test_names_beside_a_supported_family_are_leaks(twins, text):
    findings = run(twins, text)
    assert findings, text
    assert all(m[2] == "name" for m in findings[0].masks)


@pytest.mark.parametrize("text", [
    "Natalie, try a dream feed at 10pm, it helped the twins loads",
    "Tash you need to get them both into a routine: bath, bottle, bed",
])
def test_addressing_a_family_member_in_a_reply_is_a_leak(twins, text):
    assert run(twins, text, reply_to="x:@someone_not_enrolled")


CFT_LEAKS = [
    "Ethan's review is on Thursday, fingers crossed it goes well",
    "Freddie starts big school on Monday 😭",
    "Chloe's mum didn't come to contact again. She's 7.",
    "Happy 7th birthday Logan 🎂",
    "Jayden's GCSE results are in and he smashed it!!",
]


@pytest.mark.parametrize("text", CFT_LEAKS)
def test_a_carer_naming_a_child_at_a_milestone_is_a_leak(cft, text):
    assert run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Osian got a certificate at school today, he's been with us a month",
                                  "Lachie and Mhairi were in the nativity, first one since they came into care"])
def test_welsh_and_scottish_names_the_us_statistics_lack_are_names(cft, text):
    assert run(cft, text, bio=CARER), text


def test_name_in_alt_text_is_a_leak(cft):
    assert run(cft, "Someone's 8 today 🎂", bio=CARER, alt="Cake iced with 'Happy Birthday Leon'")


def test_a_name_only_in_the_reply_targets_handle_counts_when_the_reply_shows_support(twins):
    text = "for the colic try bicycle legs and a warm bath, see you thursday as usual"
    assert run(twins, text, reply_to="x:@kelsey_marie_x")


def test_advice_to_a_parent_not_shown_to_be_supported_does_not_name_them(twins):
    text = "I'd ring the landlord and ask for it in writing before you sign anything new"
    assert not run(twins, text, reply_to="bluesky:@lou-and-the-twins.bsky.social")


def test_excerpt_masks_the_name(twins):
    finding = run(twins, "So proud of their mum Rebecca today")[0]
    start, end, kind, _ = finding.masks[0]
    assert (kind, end - start) == ("name", len("Rebecca"))
    assert not any("Rebecca" in w for w in finding.explanation)


OWN_FAMILY = [
    ({"bio": "Mum to twins Freya & Isaac 💛 FCS volunteer. Views my own."},
     "Freya and Isaac's first swimming lesson today with the twins club 🏊"),
    (VOLUNTEER, "So proud of my daughter Evie, she passed her driving test!"),
    (VOLUNTEER, "Our Dave's 60th tonight 🎉 the twins are staying at nana's"),
    (VOLUNTEER, "The grandkids visited 🥰 Millie and Jacob helped with the cupcakes"),
    (VOLUNTEER, "Birthday tea with my three boys, Callum, Ross and Jamie. Where did the years go"),
]


@pytest.mark.parametrize("bio,text", OWN_FAMILY)
def test_names_of_own_children_and_family_are_not_leaks(twins, bio, text):
    assert not run(twins, text, bio=bio), text


@pytest.mark.parametrize("text", [
    "Grandson Harry's first day at nursery 🥹 grandad cried more than Harry did",
    "Our Harry's started Year 2 and already lost a jumper. Ella's told the teacher he's always like this",
    "Wor Aiden passed his driving test first time 🚗",
])
def test_the_authors_own_children_and_grandchildren_in_a_carers_post_are_not_leaks(cft, text):
    assert not run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", [
    "A huge well done to Lauren from our Liverpool team, who's just qualified. Lauren will now support students",
    "Community hero #2: Ellie, a swimming coach in Swansea, who gives free lessons every Saturday",
    "Our Liverpool team ran the river run on Sunday 🏃 Well done Ste, Lauren, Karen and Matt!",
    "Hi Debbie, thanks for your comment. The best first step is the enquiry form on our website",
])
def test_staff_and_people_an_official_account_praises_or_answers_are_not_leaks(cft, text):
    assert not run(cft, text, official=True, bio={"bio": "Registered charity and fostering agency"}), text


def test_an_official_post_naming_a_young_person_with_an_age_is_a_leak(cft):
    text = "Special thanks to Rhiannon (15) from our Cardiff group, who drew the illustrations"
    assert run(cft, text, official=True, bio={"bio": "Registered charity and fostering agency"})


STAFF = [
    "Huge thanks to Priti and the whole FCS team for a brilliant training day",
    "Cracking evening at the volunteer social, thanks Marcus for organising, best coordinator going",
    "Shoutout to Joanne in the Twins Trust events team for all the help with the family fun day",
]


@pytest.mark.parametrize("text", STAFF)
def test_staff_and_colleagues_named_in_praise_are_not_leaks(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", [
    "Shout out to our SSW Marcus for sorting the review so quickly",
    "Congratulations to our carers Dawn and Phil on 15 years of fostering!",
])
def test_carers_and_social_workers_are_not_leaks(cft, text):
    assert not run(cft, text, bio=CARER), text


NOT_PEOPLE = [
    "Jude Bellingham what a goal 😍 the twins were screaming",     # public figure
    "Watching Emma Thompson in Love Actually with the twins",     # public figure
    "Took my FCS family to the park in Ashton, the twins loved it",  # place after a preposition
    "Weekend in County Clare booked, leaving the twins with their dad",  # place
    "Bella the dog ate the twins' toast again 🙄",                  # pet
    "Baby K had a good feed and their mum finally slept",           # an initial is not a name
    "Victoria sponge for the twins' party, recipe below",           # common phrase
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_public_figures_places_pets_and_initials_are_not_leaks(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", [
    "My FCS mum has to go to court next week and she can't read English well",  # a language
    "The family I support are Welsh speakers, the twins are learning both",     # a nationality
    "On Ward 12 with my FCS mum all afternoon, the baby's jaundice is back",    # a hospital ward
    "Stoke Bradford train cancelled again, the twins and I are stuck",          # a town beside a town
    "Waiting at Bradford airport with my FCS family, their flight is delayed",  # a town before a place word
])
def test_languages_wards_and_towns_are_not_names(twins, text):
    assert not run(twins, text), text


def test_a_friend_asking_for_someone_else_is_not_a_leak(twins):
    text = "Kate, give Twinline a ring, they'll know how to help your cousin"
    assert not run(twins, text, reply_to="x:@a_friend")


def test_reply_to_an_enrolled_colleague_is_not_a_leak(twins):
    text = "Sarah love, you're a star for covering my visit"
    assert not run(twins, text, reply_to="x:@colleague", enrolled=("x:@colleague",))


def test_official_reply_to_the_public_is_not_a_leak(twins):
    text = "Hi Megan, sorry to hear that. Call Twinline on 0800 138 0509"
    assert not run(twins, text, reply_to="x:@public", official=True)


def test_authorised_case_study_from_the_official_account_is_not_a_leak(twins):
    text = "Read Fatima's story: how Family Crisis Support helped the Khan family through a crisis"
    assert not run(twins, text, official=True)


def test_sharing_the_official_story_is_not_a_leak(twins):
    text = "So moving to read the Khan family's story 💛 twinstrust.org/stories/khan"
    assert not run(twins, text)


@pytest.mark.parametrize("text", [
    "Our foster son Zeferino has settled in so well this month",
    "Proud of the young person we care for, Yusra-Belle, she was brave today",
])
def test_a_name_missing_from_the_lexicon_is_found_by_its_cue(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "the social workers cancelled Brannoch's review again, he keeps asking if he's moving",
    "Tazzie's birth mum didn't turn up to family time. again.",
    "sat outside the meeting room while Quillan's case conference ran over",
])
def test_a_name_no_lexicon_holds_is_found_when_it_owns_a_care_word(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "Tesco's school uniform range is cheap this year",
    "Barnardo's foster carers are doing a fab job this winter",
    "Someone's mum left a brolly at the coffee morning",
    "Leeds's school results were in the paper",
])
def test_a_shop_a_town_or_a_pronoun_owning_a_family_word_is_not_a_name(cft, text):
    assert not run(cft, text, bio=CARER)


def test_a_case_conference_is_a_cue_for_a_known_name(cft):
    assert run(cft, "Finn's case conference is tomorrow and I'm dreading it", bio=CARER)


@pytest.mark.parametrize("text", [
    "home now after a long one with the twins 😴 #teamhector #familycrisissupport",
    "their mum is smashing it, so are the twins 💪 #PrayForAmira",
])
def test_a_name_in_a_team_or_prayer_hashtag_beside_a_family_cue_is_a_leak(twins, text):
    assert run(twins, text)


@pytest.mark.parametrize("text", [
    "Noah's first parkrun. He beat me. I'm retiring",
    "Cara's first nativity. She was a sheep. Best sheep in Co Down, no bias whatsoever",
])
def test_a_volunteers_bio_alone_does_not_make_a_childs_first_a_leak(twins, text):
    assert not run(twins, text)


@pytest.mark.parametrize("text", [
    "Brooklyn got a letter from his mum in prison today. He read it six times.",
    "Ethan had another fit at school. Ambulance, the lot. Third one this month.",
])
def test_a_name_beside_a_private_circumstance_on_a_carers_account_is_a_leak(cft, text):
    assert run(cft, text, bio=CARER)


TWIN_PARENT = {"bio": "Dad of twins. FCS volunteer @TwinsTrust. Views mine not TT's."}


def test_a_parent_of_twins_naming_two_children_with_no_family_cue_names_their_own(twins):
    assert not run(twins, "Jack and Noah turned 7 today and demanded a Lego cake", bio=TWIN_PARENT)


def test_a_parent_of_twins_naming_two_children_beside_their_mum_still_leaks(twins):
    assert run(twins, "Kacper and Kuba's mum got a CCJ letter today, she's scared to open the post", bio=TWIN_PARENT)


def test_a_name_that_is_also_a_word_with_a_possessive_health_detail_is_a_person(cft):
    assert run(cft, "Destiny's epilepsy meds have been changed. Fingers crossed for fewer seizures", bio=CARER)


@pytest.mark.parametrize("text", [
    "#skyesjourney contact visit went okay today, she's asking for her mum more",
    "#taylasmum doing great in rehab apparently. fingers crossed for everyone",
    "Happy 7th birthday to our superstar #jadenturns7 🎂🧡",
])
def test_a_name_opening_a_journey_or_birthday_hashtag_beside_a_care_cue_is_a_leak(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "loving this show #harrystyles",
    "what a week #ourjourney #fosteringjourney",
    "#lewisturns30 party was mint, my lad is getting old",
])
def test_name_first_hashtags_without_a_care_cue_or_name_are_not_leaks(cft, text):
    assert not run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "come on england #teamengland #teamgb",
    "great turnout at the coffee morning #teamwork #volunteers",
])
def test_team_hashtags_naming_no_person_are_not_leaks(twins, text):
    assert not run(twins, text)


@pytest.mark.parametrize("text", [
    "Don't forget the volunteer social is on Friday",
    "Our Big Twins Bake Off is back, grab a fundraising pack",
    "If you need help with your twins, Twinline is there for you",
])
def test_contractions_titles_and_the_organisation_are_not_names(twins, text):
    assert not run(twins, text)


def test_an_everyday_first_word_of_a_reply_is_not_a_vocative(twins):
    assert not run(twins, "Hope the rest of the week is kinder to you", reply_to="x:@someone")


@pytest.mark.parametrize("text", [
    "Lovely visit today with Imogen and her twin brother, mum is finally coping better",
    "Took Jayden and his little sister to the park while their mum had a rest",
])
def test_a_name_beside_its_sibling_is_a_leak_without_a_register(twins, text):
    assert run(twins, text, bio={"bio": ""}), text


def test_the_authors_own_child_and_her_sibling_is_not_a_leak(twins):
    assert not run(twins, "My daughter Imogen and her twin brother loved the park today", bio={"bio": ""})


@pytest.mark.parametrize("text", [
    "Marcus got a letter from his dad in prison today, read it ten times over",
    "Priya's mum has been sectioned again, she's staying with her nan for now",
    "Dominic was excluded on Tuesday and nobody rang to tell anyone",
])
def test_a_name_beside_private_circumstances_is_a_leak(twins, text):
    assert run(twins, text)


def test_circumstances_count_for_names_in_the_text_not_for_the_reply_handle(twins):
    plain = run(twins, "Try a warm flannel, you've got this", reply_to="instagram:@kez_whitfield_x")
    ill = run(twins, "Try a warm flannel for the mastitis, you've got this", reply_to="instagram:@kez_whitfield_x")
    assert not plain and not ill


@pytest.mark.parametrize("text", [
    "the twins are 6 months today and Cerys-Ann, their big sister, made a cake",
    "Lexi-Mae and the twins waved me off at the door, their mum is doing so well",
])
def test_a_hyphenated_name_is_read_as_a_name_not_a_word(twins, text):
    assert run(twins, text)


@pytest.mark.parametrize("text", [
    "took the twins to the swings and wee Eilidh went down the big chute herself",
    "lil Darnell fell asleep on my shoulder at the family visit today",
])
def test_wee_and_lil_before_a_name_are_cues_like_little(twins, text):
    assert run(twins, text)


@pytest.mark.parametrize("text", [
    "Me grandson Alfie-Joe's first football shirt, brainwashing complete",
    "me daughter Shannon-Leigh passed her driving test today!!",
])
def test_me_before_a_kin_word_is_the_authors_own_family(twins, text):
    assert not run(twins, text)


@pytest.mark.parametrize("text", [
    "Tobias rode his bike with no stabilisers today, nine months with us now and what a change",
    "we've had her 5 months and Maisie finally let me brush her hair 🥹",
])
def test_how_long_a_child_has_lived_with_a_carer_is_placement_context(cft, text):
    assert run(cft, text, bio=CARER)


@pytest.mark.parametrize("text", [
    "Nell and Otis are 8 today. How did that happen? Grandma loves you both",
    "Callum's passed his driving test first time! Proud mam 😭",
])
def test_the_author_naming_themselves_parent_or_grandparent_makes_the_names_their_own(twins, text):
    assert not run(twins, text)


@pytest.mark.parametrize("text", ["@bernadette_k_77 no hun she was sound about it, just a bit quiet x",
                                  "@lorraine.p aye pet the lad's settling in canny, got his own room now",
                                  "@gwen_1970 thank u hun ❤️ his mum rang asking about his tantrums"])
def test_a_friend_told_news_of_the_child_in_care_is_not_named_by_their_handle(cft, text):
    assert not run(cft, text, bio=CARER, reply_to="x:@" + text.split()[0][1:]), text


@pytest.mark.parametrize("text", ["@bernadette_k_77 pet that rash needs lookin at, divvent wait, see you thursday",
                                  "@lorraine.p hun dont pay that catalogue before ur gas, see you at the next visit"])
def test_a_family_told_what_to_do_is_still_named_by_their_handle(twins, text):
    assert run(twins, text, reply_to="x:@" + text.split()[0][1:]), text


@pytest.mark.parametrize("text", ["feeling blessed with me two granddaughters Ava and Isla, round for tea tonight",
                                  "My grandsons Olek and Bartek visited from Gdansk, house too quiet now",
                                  "Fiona, Isla, Callum and Rory — ma fower grandweans, at ma 70th birthday"])
def test_names_after_a_plural_kin_word_or_before_my_grandkids_are_the_authors_own(cft, text):
    assert not run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Ffion if ur reading this pls stop giving the twins cows milk, formula till they're 1",
                                  "Oksana and the twins are in temp accommodation again, third move this year"])
def test_a_name_that_is_no_word_starting_a_sentence_is_still_a_name(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", ["Will you be at the drop-in on Thursday?", "victoria line suspended again. send food"])
def test_a_word_or_a_place_starting_a_sentence_is_not_a_name(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", ["our Kaydee came back from contact with her mum proper quiet tonight",
                                  "Our Tomasz had his review today, the social worker wants him to stay with us"])
def test_a_foster_carers_our_name_beside_care_talk_is_a_child_in_their_care(cft, text):
    assert run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Our Jess passed her driving test!!! first time too",
                                  "our Pete's finally fixed the shed door"])
def test_a_foster_carers_our_name_with_no_care_talk_is_their_own_family(cft, text):
    assert not run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Poppy got her ears pierced today, the social worker finally said yes",
                                  "Poppy's 8th birthday, her first one since she came into care"])
def test_a_name_that_is_also_a_word_doing_what_people_do_is_a_name_without_a_register(cft, text):
    assert run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["shoutout to my fcs lil man Ebuka who finally got his EHCP sorted, mummy fought for a YEAR",
                                  "Delroy's custody case is in court Monday, he just wants to see his girls. good man that #FCS"])
def test_the_organisation_named_as_a_familys_qualifier_or_hashtag_does_not_make_the_name_a_colleague(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", ["@Rhiannon Pugh love, don't let him back in the house, you've got the twins to think of",
                                  "@Marta Nowak the twins' fever, give paracetamol not ibuprofen and ring 111 tonight"])
def test_a_person_tagged_by_their_display_name_is_not_part_of_a_longer_proper_name(twins, text):
    handle = "facebook:@" + ".".join(text[1:].split()[:2]).lower()
    assert run(twins, text, reply_to=handle), text


@pytest.mark.parametrize("text", ["Lola (the dog, not a kid before anyone starts) has eaten a whole sock",
                                  "Oor Jamie (the cat) has brought in a frog. Alive. It's in the foster kids' bath"])
def test_a_pet_named_with_the_animal_in_brackets_is_not_a_leak(cft, text):
    assert not run(cft, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Pure drookit walkin the dug this mornin. Bonnie loved it, me less so",
                                  "Bruce has eaten a whole packet of tablet off the worktop. Vet says he'll be fine."])
def test_a_name_in_a_post_about_an_animal_and_no_child_is_a_pet(cft, text):
    assert not run(cft, text, bio=CARER), text


def test_a_child_named_in_a_post_that_also_mentions_the_dog_is_still_a_leak(twins):
    assert run(twins, "popped round with a lasagne, nice to see mum and wee Sienna giggling at the dog")


@pytest.mark.parametrize("text", ["Book club picked Great Expectations for March. Estella deserved better.",
                                  "Rereading Anne of Green Gables. Still think Gilbert is a bit much"])
def test_a_character_of_a_book_or_show_the_post_talks_of_is_not_a_leak(cft, text):
    assert not run(cft, text, bio=CARER), text


def test_a_child_named_beside_a_show_in_a_post_about_care_is_still_a_leak(cft):
    assert run(cft, "Watched Bluey with Kayden, first time he's laughed since he came into care", bio=CARER)


@pytest.mark.parametrize("text", ["Sat at Evelina since nine with my FCS mum, long day ahead",
                                  "At Alder Hey again with my FCS mum and both twins"])
def test_a_name_where_someone_is_at_is_a_place(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", ["at King's with my fcs mum, she's being checked for a blood clot",
                                  "at the Sick Kids wi my FCS mum, wee one's getting his hips checked"])
def test_a_hospital_named_like_a_person_or_a_family_is_a_place(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", ["Drew this with my FCS twins today, they're getting so good with crayons",
                                  "gave my fcs mum a lil speech today, proud of her for listening",
                                  "Eid Mubarak from my FCS twins 🌙",
                                  "Partick Thistle 2 Morton 0, my FCS family's dad is fuming"])
def test_a_verb_an_adjective_a_greeting_or_a_team_is_not_a_name(twins, text):
    assert not run(twins, text), text


def test_a_surname_after_a_first_name_that_ends_in_s_is_part_of_a_public_figures_name(cft):
    assert not run(cft, "Piers Morgan's take on children in care tonight was ignorant", official=True)


def test_names_joined_by_a_dialect_an_are_still_names(cft):
    assert run(cft, "tyreece an kayden in their matching christmas jumpers, tree up early cos the lads begged",
               bio=CARER)


@pytest.mark.parametrize("text", ["Sat at Maddison's for a brew, my FCS mum, twins asleep upstairs",
                                  "Laughing at Maddison, my FCS mum, who tried to feed both twins at once"])
def test_a_persons_home_or_a_person_looked_at_is_still_a_name(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text, official", [
    ("Brilliant session on life story work with Kerry from our L&D team today", False),
    ("Shout out to Bernadette on reception, she knows every carer by name", False),
    ("Meet Priya, one of our foster carers in Bolton: 'You just need to show up.'", True),
    ("Shout-out to Graham, who has been a Family Crisis Support volunteer for ten years!", True)])
def test_staff_carers_and_volunteers_named_by_their_role_are_not_families(twins, cft, text, official):
    policy = twins if "Family Crisis" in text or "Graham" in text else cft
    assert not run(policy, text, official=official), text


# --- a household named by its surname in the plural (Twins Trust FCS Post content 1: "names and surnames")

@pytest.mark.parametrize("text", [
    "Popped in to see the Ogunbanjos again today, the boys are crawling everywhere",
    "Sat in the Fairbrothers' living room while mum had a nap",
    "The Wozniaks have finally been offered a two-bed, what a relief",
    "Just leaving the Threlfalls, heading home for a brew"])
def test_a_family_named_by_its_surname_in_the_plural_is_a_leak(twins, text):
    found = run(twins, text)
    assert found and any("surname" in w for w in found[0].explanation), text


@pytest.mark.parametrize("text", [
    "Snow on the Pennines this morning, glorious",
    "Watched the Lionesses win again, what a team",
    "Quiz night at the Bricklayers Arms for the appeal",
    "The Tories have cut family services again",
    "Half term walk in the Quantocks with my own two"])
def test_plurals_that_are_places_teams_words_or_modifiers_are_no_surnames(twins, text):
    assert not run(twins, text), text


def test_an_official_accounts_plural_surname_is_not_a_household_leak(twins):
    assert not run(twins, "Thank you to the Ogunbanjos for running the marathon for us!", official=True)


def test_a_household_surname_is_masked_in_every_excerpt(twins):
    from auditors.excerpts import render
    post = make_post(text="Visited the Ogunbanjos again, mum's been told the flat is being repossessed")
    found = render(run(twins, post.text), post, prepared(twins))
    assert found and all("Ogunbanjos" not in ev.excerpt for f in found for ev in f.evidence)
