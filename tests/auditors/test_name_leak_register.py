"""name-leak with a protected-names register: a register name found however it is written (any
case, accents, possessives, short forms, handles, hashtags, the parts of a hyphenated name), a
register name that is also a word or a place read as a person only when the post shows one, and
the few things that still make a register name someone else's (the author's own family, staff,
neighbours)."""
from __future__ import annotations

import pytest

from tests.auditors.test_name_leak import CARER, run, secret_key  # noqa: F401  (secret_key: the autouse key fixture)

REGISTER_LEAKS = [
    "Sian's had a really tough week with the twins",          # accent-insensitive
    "Siân’s had a rough night, twins were up every hour",      # curly possessive
    "Becky says thank you for all the lovely messages",        # nickname of a register name
    "Had a cuppa with the Okonkwo twins and their mum today",  # register surname
]


@pytest.mark.parametrize("text", REGISTER_LEAKS)
def test_register_names_and_their_nicknames_are_leaks(registered, text):
    assert run(registered, text), text


@pytest.mark.parametrize("text", [
    "riley's found a stick and won't let go",      # lower case and a possessive
    "Riley found a stick",
    "RILEY is walking now!!",
    "zoe’s first steps today",                     # no accent, curly possessive
    "Alex asked me to come back next week",        # a short form from the nickname table
    "@riley_mum_22 see you thursday",              # inside a handle
])
def test_a_register_name_is_found_in_any_case_accent_possessive_or_short_form(registered, text):
    assert run(registered, text, bio={"bio": "Dog walker"}), text


@pytest.mark.parametrize("text", [
    "Mercy got her ears pierced today for her 13th",
    "Mrs Begum's daughter rang me in tears",
])
def test_a_register_name_that_is_also_a_word_or_a_title_is_still_a_leak(registered, text):
    assert run(registered, text), text


@pytest.fixture(scope="module")
def worded(tmp_path_factory):
    """A register whose names are also everyday words or places."""
    from auditors.registry import load_policy
    folder = tmp_path_factory.mktemp("worded")
    (folder / "families.csv").write_text("name\nJade\nChester\nRiver\nDestiny\nPrecious\nJoy\n"
                                         "Lincoln\nAmber\nAutumn\n")
    (folder / "policy.toml").write_text('extends = "twins-trust-fcs"\n[names]\nregister = "families.csv"\n')
    return load_policy(str(folder / "policy.toml"))


@pytest.mark.parametrize("text", [
    "jade was screaming all the way home bless her",             # what a child does
    "Chester has his hearing test on Monday, fingers crossed",   # a verb, then his
    "river had his jabs today poor lamb",
    "Destiny is 2 today and her mum cried when I brought a cake",  # an age
    "Precious spent the afternoon drawing me pictures",
    "Joy's eczema is really bad again",                          # a person's health
    "Lincoln had a meltdown at contact, his carer was brilliant",
    "amber and autumn are 3 next week, party planning with mum!",  # two register names together
])
def test_a_register_name_that_is_also_a_word_or_a_place_is_a_leak_when_a_person_is_meant(worded, text):
    assert run(worded, text), text


@pytest.mark.parametrize("text", [
    "Chester has its own zoo you know",
    "Lincoln has a gorgeous cathedral, worth the trip",
    "the river had its banks burst again this morning",
    "autumn and winter are my favourite seasons",
    "Amber and gold are my colours this year",
    "Destiny is a funny old thing",
    "Precious little sleep in this house lately",
])
def test_a_register_name_read_as_a_word_or_a_place_is_not_a_leak(worded, text):
    assert not run(worded, text), text


def test_a_register_name_of_the_authors_own_family_is_not_a_leak(registered):
    assert not run(registered, "So proud of my granddaughter Riley, she passed her driving test")


def test_staff_listed_in_the_pack_are_not_leaks(registered):
    assert not run(registered, "Tamsin came along on the visit today, the twins adored her")


@pytest.mark.parametrize("text", [
    "Hope you all have a lovely weekend, the twins say hi",
    "Summer holidays with the twins are exhausting",
    "ivy all over the fence at my FCS family's house",
])
def test_register_names_used_as_ordinary_words_are_not_leaks(registered, text):
    assert not run(registered, text), text


@pytest.mark.parametrize("text, leak", [
    ("Our Becky next door's just had her baby, 8lb 2oz, over the moon for her", False),
    ("Riley over the road brought round a lasagne for the twins, what a star", False),
    ("Riley from the choir has had her twins!", False),
    ("Their mum Rebecca next door to us now, moved in with the twins", True),
])
def test_neighbours_and_acquaintances_of_the_author_are_not_leaks_even_with_a_register_name(registered, text, leak):
    assert bool(run(registered, text)) is leak, text


def test_a_register_name_owning_a_teacher_is_a_person_not_a_word(registered):
    assert run(registered, "Mercy's teacher thinks she might need glasses, appointment booked")


@pytest.mark.parametrize("text", ["so proud of this one today #ProudOfRiley", "top marks!! #WellDoneRiley"])
def test_a_register_name_in_a_proud_of_or_well_done_hashtag_is_a_leak(registered, text):
    assert run(registered, text)


@pytest.mark.parametrize("text", ["Riley-Jo learned to clap today, best part of my week", "mercy-rose slept till 7!!"])
def test_a_hyphenated_name_is_matched_by_its_register_part(registered, text):
    assert run(registered, text)


@pytest.mark.parametrize("text", ["our Riley-Jo got her first swimming badge today", "end-of-summer bbq at ours 🌭"])
def test_a_register_part_is_not_enough_against_the_authors_own_or_a_compound_word(registered, text):
    assert not run(registered, text, bio={"bio": "Mum of two. Views my own."})


@pytest.mark.parametrize("alt", ["A school report on the table, the pupil name 'Marguerite Okonkwo' at the top",
                                 "Certificate reading Star of the Week: Riley Okonkwo"])
def test_a_register_first_name_beside_a_register_surname_is_a_full_name_not_a_proper_phrase(registered, alt):
    assert run(registered, "the young un's school report came home", alt=alt), alt


@pytest.mark.parametrize("text", ["So proud of this little one, rolled over today 💪 #GoRileyGo",
                                  "first day at big school!! #ZoeTheBrave"])
def test_a_register_name_inside_a_camel_case_hashtag_is_a_leak(registered, text):
    assert run(registered, text), text


@pytest.mark.parametrize("text", ["#HopeForTheBest for the weekend, fingers crossed",
                                  "what a day #SummerVibes #BeachLife"])
def test_a_register_word_that_is_mostly_a_word_inside_a_hashtag_is_not_a_leak(registered, text):
    assert not run(registered, text), text


def test_a_register_word_doing_something_with_the_author_is_a_person(registered):
    assert run(registered, "Summer and me at the seaside, first time she's let me take her picture")


def test_a_register_word_owning_a_body_part_is_a_person(registered):
    assert run(registered, "Hope's hair has started falling out with the stress. she's eight")


@pytest.mark.parametrize("text", ["Our boy Riley in his first rugby cap today! Bursting we are",
                                  "Proud dad moment. Riley scored his first goal. This is what it's all about"])
def test_a_foster_carers_our_boy_or_proud_dad_does_not_make_a_register_child_their_own(registered, text):
    assert run(registered, text, bio=CARER), text


@pytest.mark.parametrize("text", ["Our boy Riley in his first rugby cap today! Bursting we are",
                                  "So proud of my granddaughter Riley, she passed her driving test"])
def test_a_parents_our_boy_still_makes_a_register_name_their_own(registered, text):
    assert not run(registered, text, bio={"bio": "Dad of two, Leeds Rhinos fan. Views my own."}), text
