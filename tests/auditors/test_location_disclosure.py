"""location-disclosure: where a supported family or child is, lives or will be."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.nlp.places import Place, gazetteer, normalise
from auditors.privacy import place_finder
from auditors.registry import load_policy
from auditors.rules import location_disclosure
from tests.factories import account_dict, audit_records, make_account, make_post, post_dict, prepared

VOLUNTEER = {"bio": "FCS volunteer with @TwinsTrust. Views my own."}
CARER = {"bio": "Foster carer with Children's Family Trust. Views my own."}


def run(policy, text, account=None, alt=None):
    post = make_post(text=text, media=[{"type": "photo", "path": "m/p.jpg", "alt_text": alt}] if alt else [])
    account = account or make_account(**VOLUNTEER)
    ctx = PostContext(prepared(policy), policy.rule("location-disclosure"), account, [], lambda _a: False, {})
    return list(location_disclosure.check(post, ctx)), ctx


# --- twins pack: volunteers and the families they support --------------------

FAMILY_PLACES = [
    # a town named with a supported family (gazetteer towns, other than the corpus's)
    "My FCS mum in Wigan has finally had some good news 🙏",
    "The family I'm supporting in Stevenage are doing so much better this week",
    "Popped round to see my FCS family in Kidderminster, twins are crawling!",
    "The dad I support in Scunthorpe got the keys to the new flat today",
    "Back in Carlisle with my FCS family, the triplets are huge now",
    # districts and estates the gazetteer does not list, found from context
    "Sitting in Gorton with my FCS family while mum has a nap",
    "My FCS mum in Toxteth is moving house next week",
    "Asking for my family: they're stuck in a damp flat on the Grange Park estate",
    # streets, postcodes and homes
    "Parked outside my FCS family's house on Willow Crescent, waiting for them to wake up",
    "Dropping the twins' bottles round to my FCS family at 14 Mill Lane",
    "Anyone near LS14 6AB got a spare cot? My FCS family needs one",
    "At my FCS family's house in Barnsley helping with bath time",
    # institutions the family or child attends
    "Took my FCS mum and the twins to their appointment at Pinderfields Hospital, long wait",
    "The mum I'm supporting has the twins at St Mary's Primary now, so proud",
    "Off to the contact centre in Redruth with my FCS family, fingers crossed",
    # where a family has moved to
    "My FCS family have just moved to Hartlepool, closer to her mum",
    # the person supported named by the relationship, with an adjective, other verbs, text-speak
    "The elderly gent I befriend has been moved to a care home in Skegness",
    "young mum im supporting lives on Foxglove Road, her boiler's been broken a month",
    "Lady I visit in Kettering had a fall on Tuesday, she's doing ok",
    "The girl I mentor starts at Northgate Academy next week",
    "my mentee's new flat on Linden Street has no curtains yet",
    "Popped in to see my first family in Bolton, the twins are walking!",
    # in dialect: "me"/"ma" for my, "a" for I, "were" for was
    "at the walk-in in birkenhead wiv me FCS mam n the little lad, sat here 2 hours already",
    "the mam a support in Walker texted at midnight, no electric again",
    "lass I were helpin is in a refuge over in Halifax now. safe",
    # the author's visit is a visit to a family
    "Lovely visit in Kidsgrove this morning, the triplets are crawling",
    "Drove out to Penzance for my visit today, roads were wild",
]

NOT_FAMILY_PLACES = [
    # a visit somewhere is not a family visit
    "Half term treat: a visit to Chester Zoo with my lot",
    # public fundraising events and their venues
    "Who's coming to the Twins Trust fun day at Harewood House on Saturday? I'll be on the cake stall",
    "Bake sale at All Saints church hall in Ilkley, Saturday 10 till 2, for Twins Trust",
    "Come and see us at the FCS stand at the Great Yorkshire Show!",
    "Sponsored walk round Rutland Water for Twins Trust done 🥾",
    # the volunteer's own training, home and life
    "Had my volunteer training in Aldershot this week, lovely bunch",
    "Training day in Swindon with the new FCS volunteers, such a lovely group",
    "First FCS visit done ✅ Home now with a cuppa",
    "Home now in Doncaster after a lovely visit, location off as always",
    "Lunch in Harrogate with my family today, then a walk by the river",
    "Off on holiday to Whitby with my family next week 🎉",
    "Train from Leeds to York cancelled again",
    # service regions and audiences
    "Twins Trust are looking for FCS volunteers in Surrey & Hampshire",
    "FCS volunteers in the North East, we need you!",
    "If anyone in Wakefield needs help with their twins, ring Twinline on 0800 138 0509",
    "Sheffield friends, any twin-friendly cafés? Need space for a double buggy",
    # coarse places, and places with no family in the post
    "Mum was in tears today, dad's back in Poland and she can't manage on her own",
    "Proud to volunteer with FCS across Yorkshire",
    "Valley Gardens looking gorgeous this morning 🌸",
    "Can anyone recommend a good electrician in Exeter?",
    "Reading Conan Doyle again for the first time in years",
    "Shoutout to Lisa in the Twins Trust events team 🙏",
    "My own twins start at Oakwood Primary tomorrow, where did the time go",
    # the same relationship words about teams, news and the author's own life
    "The team I support lost again at Elland Road, never again",
    "Met a lovely man in Ripon who used to volunteer for a hospice",
    "Lady in the queue at the Post Office in Selby was an absolute hero",
]


@pytest.mark.parametrize("text", FAMILY_PLACES)
def test_place_tied_to_a_supported_family_is_disclosed(twins, text):
    found, _ = run(twins, text)
    assert found, text
    assert found[0].confidence >= 0.5


@pytest.mark.parametrize("text", NOT_FAMILY_PLACES)
def test_places_not_tied_to_a_family_are_clean(twins, text):
    found, _ = run(twins, text)
    assert not found, (text, found and found[0].explanation)


@pytest.mark.parametrize("text", [
    "FCS mum got her keys today!!! off the housing list after 2 years, new 3 bed in Benchill. so happy for her",
    "Bloods day for the wee lad in the family I'm helpin. We're in the car park at Sunderland Royal psyching him up.",
])
def test_a_place_in_the_sentence_beside_a_strong_family_anchor_is_disclosed(twins, text):
    found, _ = run(twins, text)
    assert found


@pytest.mark.parametrize("text", [
    "Lovely catch-up with my FCS family. Anyone know a good Indian in Leicester for tonight?",
    "Had a good visit with my FCS mum. Then fish and chips on the pier at Whitby, bliss.",
])
def test_a_question_or_a_day_out_beside_a_family_anchor_is_not_disclosed(twins, text):
    found, _ = run(twins, text)
    assert not found


def test_a_street_with_a_trailing_direction_is_a_family_address(twins):
    found, _ = run(twins, "lovely visit on Askew Road West, the bairns were fast on when I left")
    assert found


# --- CFT: foster carers and children in care -----------------------------------

CARER_PLACES = [
    "Jayden's first day at Kingsbridge Community Primary! So proud of him 🎒",
    "Our lad's settled in at Tavistock College and actually loving it",
    "Riley's gymnastics at the Riverside every Tuesday is her favourite thing",
    "The little one in our care has contact with her mum at the Bideford family centre tomorrow",
    "She's gone to live with her aunt in Bridgwater. I hope it works out",
    "Taking our girl to see her brother at the Plymouth Life Centre pool",
    # a foster child by other words, and streets written with a lower-case or trailing word
    "our foster boy goes 2 the youth club on monaghan street tuesdays. love 2 see him settle",
    "visiting our girl and her baby at the unit on Selly Oak road. she's doing brilliant",
    "He's in a residential unit in Hartlepool at the moment, no foster carers could take him",
    # a carer's everyday word for the child, in a sentence that is no day out
    "The lad's new school, Oasis in Brislington, looks decent. Uniform shopping tomorrow.",
    "the wean wis at the dentist in Govan fir six fillins. SIX.",
]

CARER_NOT_PLACES = [
    "took the lad to Tynemouth for chips, windy as owt",
    "Our Aoife finished her exams at uni in Galway today, so proud",
    "Queues on Selly Oak road again this morning, left for work at 7 and still late",
    "Fostering info evening in Exeter on Tuesday with @childrensfamilytrust, come along!",
    "Torquay seafront this evening 😍",
    "My boys' sports day at Exwick Primary, egg and spoon champions",
    "Newton Abbot races Saturday, who's coming?",
    "New training dates for carers: therapeutic parenting, 12 June, Newton Abbot",
]


@pytest.mark.parametrize("text", CARER_PLACES)
def test_where_a_child_in_care_goes_is_disclosed(cft, text):
    found, _ = run(cft, text, make_account(**CARER))
    assert found, text


@pytest.mark.parametrize("text", CARER_NOT_PLACES)
def test_carer_posts_about_public_places_are_clean(cft, text):
    found, _ = run(cft, text, make_account(**CARER))
    assert not found, (text, found and found[0].explanation)


def test_a_town_or_park_named_with_a_child_in_care_by_name_is_disclosed(cft):
    text = "Kacey and her little brother feeding the ducks at Pearson Park, two months with us now"
    found, _ = run(cft, text, make_account(**CARER))
    assert found
    assert not any("Kacey" in w for w in found[0].explanation)


def test_a_district_named_with_a_supported_mum_by_name_is_disclosed(twins):
    text = "Popped in to see Leanne and the babies in Heaton Moor, she's coping a bit better this week"
    found, _ = run(twins, text, make_account(**VOLUNTEER))
    assert found


@pytest.mark.parametrize("text", ["took Ellie-May and the lad to Whitby for chips, windy as owt",
                                  "Kacper said his first full sentence in English today, eight months with us"])
def test_a_named_child_on_a_day_out_or_a_language_is_no_location(cft, text):
    found, _ = run(cft, text, make_account(**CARER))
    assert not found, (text, found and found[0].explanation)


@pytest.mark.parametrize("text", ["The little one in our care has bronchiolitis, in the QE overnight with her",
                                  "BRI again with the little man, oxygen levels dropped. Ward 31 nurses are angels"])
def test_a_hospital_named_by_its_initials_during_a_childs_stay_is_disclosed(cft, text):
    found, _ = run(cft, text, make_account(**CARER))
    assert found, text


@pytest.mark.parametrize("text", ["The little one in our care had an MRI on Thursday, results next week",
                                  "Watched the BBC news about NHS waiting lists with the kids, depressing"])
def test_initials_that_are_a_scan_or_a_broadcaster_are_no_hospital(cft, text):
    found, _ = run(cft, text, make_account(**CARER))
    assert not found, (text, found and found[0].explanation)


def test_a_carers_own_mum_in_hospital_is_not_a_childs_place(cft):
    text = "My mum's in Wythenshawe hospital for her hip. Visiting hours are a nightmare"
    found, _ = run(cft, text, make_account(**CARER))
    assert not found, found and found[0].explanation


SSW = {"bio": "Supervising social worker at Children's Family Trust. Views my own."}


@pytest.mark.parametrize("text", ["Contact session in Kirkdale today, the little one clung to her dad the whole hour",
                                  "Dropped the lad at his new placement in Tuebrook, quiet car"])
def test_a_social_worker_naming_where_a_child_in_care_is_discloses_it(cft, text):
    found, _ = run(cft, text, make_account(**SSW))
    assert found, text


@pytest.mark.parametrize("text", ["Lunch at the Trafford Centre with the team, well earned",
                                  "Interesting research from the Rees Centre on placement stability"])
def test_a_social_workers_own_outings_and_reading_are_no_childs_place(cft, text):
    found, _ = run(cft, text, make_account(**SSW))
    assert not found, (text, found and found[0].explanation)


def test_school_named_on_a_non_carer_account_without_a_family_is_clean(cft):
    found, _ = run(cft, "Noah's first day at Kingsbridge Primary!", make_account(bio="Mum of two. Exeter."))
    assert not found


# --- evidence, masks and explanations -------------------------------------------

def test_finding_masks_the_place_and_explains_itself(twins):
    text = "My FCS mum in Wigan has finally had some good news"
    found, _ = run(twins, text)
    hit_masks = found[0].masks
    assert [(text[s:e], k) for s, e, k, _f in hit_masks] == [("Wigan", "place")]
    assert any("town" in w for w in found[0].explanation)
    assert all("Wigan" not in w for w in found[0].explanation)


def test_excerpt_in_the_report_never_shows_the_place():
    acc = account_dict(id="x:@v", **VOLUNTEER)
    post = post_dict(account_id="x:@v", text="Sat outside my FCS family's house on Hambleton Close again")
    findings = [f for f in audit_records("twins-trust-fcs", [acc, post]) if f.rule == "location-disclosure"]
    assert findings and all("Hambleton" not in e.excerpt for e in findings[0].evidence)
    assert "[place]" in findings[0].evidence[0].excerpt


def test_alt_text_place_counts_when_the_post_names_a_family(twins):
    found, _ = run(twins, "Look who I'm with today 💛 my FCS family",
                   alt="Twins in a buggy outside a house on Orchard Close")
    assert found and found[0].evidence[0].field == "media[0].alt_text"


def test_post_about_a_family_is_tagged_for_the_privacy_rule(twins):
    _, ctx = run(twins, "Lovely visit with my FCS family this morning")
    assert "family-post" in ctx.cache.get("tags", set())


def test_pack_can_add_towns_to_the_gazetteer(tmp_path):
    pack = tmp_path / "p.toml"
    pack.write_text('extends = "twins-trust-fcs"\n[rules.location-disclosure]\n'
                    'extra_towns = ["Nowhereton"]\n')
    policy = load_policy(str(pack))
    found, _ = run(policy, "Off to see my FCS family to Nowhereton later")
    assert found and any("town" in w for w in found[0].explanation)


# --- the place finder -------------------------------------------------------------

@pytest.fixture(scope="module")
def finder(twins):
    return place_finder(prepared(twins))


PLACE_KINDS = [
    ("They live on Acacia Avenue now", "Acacia Avenue", "street"),
    ("The house on Brook Road", "Brook Road", "street"),
    ("postcode is M14 5RT if you can help", "M14 5RT", "postcode"),
    ("send it to SW1A 1AA", "SW1A 1AA", "postcode"),
    ("the Royal Manchester Children's Hospital", "Royal Manchester Children's Hospital", "institution"),
    ("at the Truro family centre", "Truro family centre", "institution"),
    ("on the Popley estate", "Popley", "estate"),
    ("we met in Stoke-on-Trent", "Stoke-on-Trent", "town"),
    ("lives in Newcastle upon Tyne", "Newcastle upon Tyne", "town"),
    ("sitting in Leith today", "Leith", "place"),
    ("swimming at the Pyramids", "Pyramids", "venue"),
    ("her house in Kettering", "Kettering", "home"),
    ("the house on Willow Crescent on Monday", "Willow Crescent", "street"),
    ("still at Bradford Royal Infirmary by Friday", "Bradford Royal Infirmary", "institution"),
]


@pytest.mark.parametrize("text,name,kind", PLACE_KINDS)
def test_place_finder_classifies_mentions(finder, text, name, kind):
    places = finder.find(text)
    assert [(p.text, p.kind) for p in places] == [(name, kind)]


NOT_PLACES = ["in January", "back in Poland", "in NICU", "at Tesco", "in Devon", "to Kwame", "Reading Conan Doyle"]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_place_finder_ignores_months_countries_acronyms_and_shops(finder, text):
    assert [p for p in finder.find(text) if p.kind != "venue"] == []


def test_residence_verbs_mark_where_someone_lives(finder):
    (place,) = finder.find("she's gone to live with her gran in Taunton")
    assert place == Place(place.start, place.end, "Taunton", "town", residence=True)


def test_gazetteer_holds_uk_towns_and_coarse_places():
    gaz = gazetteer()
    assert len(gaz.towns) > 5000
    assert gaz.kind("Kettering") == "town" and gaz.kind("Newton Abbot") == "town"
    assert gaz.kind("Cornwall") == "coarse" and gaz.kind("Poland") == "coarse"
    assert gaz.kind("Atlantis") is None


def test_normalise_folds_case_hyphens_and_dots():
    assert normalise("Stoke-on-Trent") == "stoke on trent"
    assert normalise("St. Helens") == "st helens"


def test_place_finder_is_linear_on_hostile_input(finder):
    import time
    text = ("Aa " * 20000) + ("in " * 20000) + "A" * 20000
    t = time.perf_counter()
    finder.find(text)
    assert time.perf_counter() - t < 2.0


# --- a supported person's name ties a street, a home or an institution to a family ----

@pytest.mark.parametrize("text", [
    "Jayden-Lee and his sisters are being moved out of the house on Larch Avenue on Monday, bailiffs booked",
    "Thinking of baby Idris, still in the neonatal unit at Wexham Park Hospital. His twin came home yesterday",
])
def test_a_supported_persons_name_ties_an_address_or_institution_to_a_family(twins, text):
    found, _ = run(twins, text)
    assert found
    assert not any(n in why for why in found[0].explanation for n in ("Jayden", "Idris"))


def test_a_named_child_at_the_seaside_is_a_day_out_not_an_address(cft):
    found, _ = run(cft, "Tobias's first time at Saltburn beach today, he loved the waves", make_account(**CARER))
    assert not found


@pytest.mark.parametrize("text", ["Family I'm supportin are gettin evicted fae their flat in Drumchapel next week",
                                  "Me family's new address is 14 Fossway, Walkergate. Bring donations there if ye've owt"])
def test_a_family_named_in_dialect_or_an_address_after_address_is_is_a_disclosure(twins, text):
    assert run(twins, text)[0], text


@pytest.mark.parametrize("text", ["we moved to 3 weeks ago and I still can't find the kettle",
                                  "The new address is on the website, drop in any time"])
def test_address_words_without_a_house_number_and_name_are_no_address(twins, text):
    assert not run(twins, text)[0], text


@pytest.mark.parametrize("text", ["Contact in Llanelli tomorrow with her birth mam, first time in 6 weeks",
                                  "at the seaside in Tenby with the little one in our care, first time she's seen the sea"])
def test_a_carers_place_beside_care_talk_is_where_a_child_in_care_is(cft, text):
    assert run(cft, text, account=make_account(**CARER))[0], text


@pytest.mark.parametrize("text", ["Tennis in Roundhay at 6pm, me against my neighbour. Humbling.",
                                  "Day out in Tenby with my own kids, first proper holiday in years"])
def test_a_carers_place_without_care_talk_is_not_a_disclosure(cft, text):
    assert not run(cft, text, account=make_account(**CARER))[0], text


def test_a_carers_post_opening_with_a_place_and_the_child_they_are_with_is_a_disclosure(cft):
    assert run(cft, "Heaton Park with the little man, he's run the whole place twice", account=make_account(**CARER))[0]


@pytest.mark.parametrize("text", ["Christmas Day with the little man, far too much chocolate",
                                  "Lunch with the little man, he ate all my chips",
                                  "Building Lego Ninjago with the kids before bed, three sets deep"])
def test_a_day_a_meal_or_a_pastime_opening_a_post_with_company_is_no_place(cft, text):
    assert not run(cft, text, account=make_account(**CARER))[0], text


@pytest.mark.parametrize("text", ["At St Mellons with my FCS mum sorting the damp in the flat with the landlord",
                                  "Took my FCS twins out round Roundhay Park so mam could have a kip"])
def test_a_place_after_a_capitalised_or_a_round_about_preposition_is_found(twins, text):
    assert run(twins, text)[0], text


def test_a_lower_case_town_in_a_post_written_in_lower_case_is_found(twins):
    assert run(twins, "the twins im supporting in peckham have both got chicken pox, mams not slept")[0]


def test_a_lower_case_word_that_is_also_a_town_in_a_capitalised_post_is_not_a_town(twins):
    assert not run(twins, "My FCS twins were in bath time chaos tonight. Mum laughed.")[0]


@pytest.mark.parametrize("text", ["Sunday lunch in the Abbey Gardens with both the kids, sun finally out",
                                  "Penarth with the pair of them, bribed with milkshakes",
                                  "Fenwick Road barbers with the young man, first proper trim"])
def test_a_carer_out_with_the_children_at_a_named_place_is_a_disclosure(cft, text):
    assert run(cft, text, account=make_account(**CARER))[0], text


@pytest.mark.parametrize("text", ["Sunday lunch in the Abbey Gardens with my kids, sun finally out",
                                  "Sunday lunch in the Abbey Gardens with the book club, sun finally out"])
def test_a_carer_out_with_their_own_children_or_friends_is_not_a_disclosure(cft, text):
    assert not run(cft, text, account=make_account(**CARER))[0], text


def test_a_respite_carer_is_a_foster_carer(cft):
    respite = make_account(bio="Respite carer for the Trust, grandad, allotment man")
    assert run(cft, "Penarth with the pair of them, bribed with milkshakes", account=respite)[0]


@pytest.mark.parametrize("text", [
    "Rang the out of hours at 2am about a 13 yr old who'd run off from her carers in Sneinton",
    "Visited a carer in Bulwell today. The lad she's had since March has started talking about school",
    "Drove a 9yo to her new foster family in Carlton this afternoon, she never let go of her rabbit",
    "Visited carers in Beeston this afternoon. Their 12-year-old showed me his new bike"])
def test_particular_carers_in_a_place_beside_a_child_is_where_the_child_lives(cft, text):
    staff = make_account(bio="Supervising social worker. Views my own.")
    assert run(cft, text, account=staff)[0], text


@pytest.mark.parametrize("text", ["We need more foster carers in Nottingham, could it be you?",
                                  "Visited a new carer in Bulwell today and their dog nearly knocked me over",
                                  "Our carers in Sneinton have raised £400 for the summer fund"])
def test_carers_in_a_place_without_a_particular_child_is_no_disclosure(cft, text):
    staff = make_account(bio="Supervising social worker. Views my own.")
    assert not run(cft, text, account=staff)[0], text


@pytest.mark.parametrize("text, account", [
    ("Long night. Sat in Pinderfields A&E since nine, the lad's wrist is broken", CARER),
    ("My FCS mum rang at 2am. We're now sat in Pinderfields on the children's ward with both twins", VOLUNTEER)])
def test_a_place_named_in_a_sentence_about_a_hospital_stay_is_the_hospital_a_family_is_in(twins, cft, text, account):
    assert run(cft if account is CARER else twins, text, account=make_account(**account))[0], text


def test_a_hospital_stay_of_the_authors_own_relative_is_no_disclosure(twins):
    assert not run(twins, "Visited my dad on the ward at Pinderfields, he's on the mend",
                   account=make_account(**VOLUNTEER))[0]


@pytest.mark.parametrize("text, name, kind", [
    ("contact at the family centre on fenby lane tomorrow, fingers crossed", "fenby lane", "street"),
    ("swimming lessons at pen-y-graig leisure centre every saturday now", "pen-y-graig leisure centre", "institution"),
    ("school fayre at st cuthbert's primary, the little one did a dance", "st cuthbert's primary", "institution")])
def test_a_street_or_institution_in_a_lower_case_post_is_found(finder, text, name, kind):
    assert [(p.text, p.kind) for p in finder.find(text) if p.kind == kind] == [(name, kind)]


@pytest.mark.parametrize("text", ["on my way to school now", "at efua's school for the nativity",
                                  "in the same school as her brother", "back at work on monday"])
def test_lower_case_phrases_that_name_no_street_or_institution_are_not_places(finder, text):
    assert [p for p in finder.find(text) if p.kind in ("street", "institution")] == [], text


@pytest.mark.parametrize("text", ["Gillingham park wi the wee man, swings an sunshine",
                                  "Scarborough Royal at midnight with the little one. Chest infection again"])
def test_a_carers_post_opening_with_a_venue_or_a_time_before_the_child_they_are_with_is_a_disclosure(cft, text):
    assert run(cft, text, account=make_account(**CARER))[0], text


def test_a_holiday_market_opening_a_post_with_the_children_is_no_place(cft):
    assert not run(cft, "Christmas market with the kids, far too much mulled wine", account=make_account(**CARER))[0]


@pytest.mark.parametrize("text", [
    "My FCS mum and the twins are still in a hostel in Plaistow, six weeks now",
    "The family I support have been put in a B&B on the Ormeau Road with one kettle",
    "I've been visiting a mum in Gorleston since May, twin boys, she's doing so well",
    "First family's down Redruth, twin girls, mam's just had an operation",
    "Lovely visit with my FCS family up Treorchy today, the twins are teething"])
def test_where_a_supported_family_stays_or_is_visited_is_a_disclosure(twins, text):
    assert run(twins, text)[0], text


@pytest.mark.parametrize("text", ["Booked a hotel in Whitby for our anniversary, can't wait",
                                  "Up North for the weekend with my own lot, bliss"])
def test_the_authors_own_stays_and_trips_are_no_disclosure(twins, text):
    assert not run(twins, text)[0], text


@pytest.mark.parametrize("text", ["The mum I support is in a refuge over in Todmorden now, safe at last",
                                  "The dad I support told me his wife has been admitted to the Linden Unit"])
def test_a_refuge_over_in_a_town_or_a_named_unit_is_where_a_family_is(twins, text):
    assert run(twins, text)[0], text


@pytest.mark.parametrize("text", [
    "Dropped one of my ladies home to Ferncliffe Road after her hospital appointment",
    "One of my young people has been moved to a flat on Gravel Lane, she doesn't know anyone there",
    "Sat with one of the mums at her house on Primrose Avenue all afternoon",
    "Met my new gent today at his bungalow on Coldharbour Lane, lovely man",
    "Spent the morning with a family in Openshaw, the eldest is struggling at school",
    "I visited a mother of triplets in Bilston who had no cot for the third baby"])
def test_a_person_from_the_authors_caseload_beside_a_place_is_a_disclosure(twins, text):
    assert run(twins, text)[0], text


@pytest.mark.parametrize("text", [
    "If you're a mum of twins in Bolton and need a chat, our helpline is open",
    "One of my kids has started at the Ferncliffe Road scouts, he loves it",
    "Had a lovely family day out in Whitby, fish and chips on the pier"])
def test_the_reader_or_the_authors_own_children_beside_a_place_are_no_disclosure(twins, text):
    assert not run(twins, text)[0], text


@pytest.mark.parametrize("text, name", [
    ("Waited four hours at Salford A&E last night", "Salford A&E"),
    ("The kids' art was up on the wall at Ravensthorpe food bank", "Ravensthorpe food bank"),
    ("Started at Ysgol Bryn Tawel this week", "Ysgol Bryn Tawel"),
    ("Back in Ysbyty Glan Clwyd again", "Ysbyty Glan Clwyd"),
    ("Bloods done at Pontefract General", "Pontefract General")])
def test_hospitals_food_banks_and_welsh_schools_are_institutions(finder, text, name):
    assert name in [p.text for p in finder.find(text) if p.kind == "institution"], text


def test_a_welsh_school_named_beside_a_child_in_care_is_a_disclosure(cft):
    text = "Walked our foster girl to Ysgol Bryn Tawel this morning, first day nerves"
    assert run(cft, text, account=make_account(**CARER))[0]
