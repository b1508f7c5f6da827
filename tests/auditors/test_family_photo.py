"""family-photo: photos or videos of a supported family, a child in care or their home."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from auditors.context import PostContext
from auditors.faces import detect_faces
from auditors.mediainfo import load_media
from auditors.registry import load_policy
from auditors.rules import family_photo
from tests.conftest import SHARED
from tests.factories import account_dict, audit_records, make_account, make_post, post_dict, prepared

PHOTOS = SHARED / "datasets" / "exif-gps-photos" / "images"
needs_photos = pytest.mark.skipif(not PHOTOS.is_dir(), reason="needs ../shared/datasets/exif-gps-photos")
VOLUNTEER = {"bio": "FCS volunteer with @TwinsTrust. Views my own."}
CARER = {"bio": "Foster carer with Children's Family Trust 🧡 Mum of 3"}


def run(policy, text, alts=("",), account=None, media_root=None, paths=None, kind="photo"):
    paths = paths or [f"media/missing{i}.jpg" for i in range(len(alts))]
    post = make_post(text=text, media=[{"type": kind, "path": p, "alt_text": a or None}
                                       for p, a in zip(paths, alts)])
    account = account or make_account(**VOLUNTEER)
    media = [load_media(m, i, media_root) for i, m in enumerate(post.media)]
    ctx = PostContext(prepared(policy), policy.rule("family-photo"), account, media, lambda _a: False, {})
    return list(family_photo.check(post, ctx))


# (post text, alt text): a supported family, its children or home, faces hidden or not
FAMILY_PHOTOS = [
    ("Soft play with my FCS family this afternoon 💛", "Three toddlers in a ball pit, seen from behind"),
    ("The twins I support are sitting up on their own now!", "Two babies propped on cushions on a rug"),
    ("Nap time for my FCS twins 😴", "Two babies asleep in a cot, faces turned to the wall"),
    ("So proud of the mum I'm supporting 💛", "A woman holding two newborns, her face out of shot"),
    ("Tiny hands 🥹 my FCS triplets are 3 weeks old", "Three tiny hands holding an adult's finger"),
    ("First steps! Their mum said I could share 😍", "A toddler walking across a kitchen floor"),
    ("My FCS family's new front door, so happy for them", "A red front door with a door number and a pram outside"),
    ("Walk in the woods with my FCS family 🍂", "Two small children in wellies holding hands with their dad"),
    ("Bath time with the twins, mum said it was fine to post", "Two babies in a bath, photographed from above"),
    ("Lovely afternoon with the family I visit", "Twin boys on a trampoline"),
]

NOT_FAMILY_PHOTOS = [
    # the volunteer's own children, food, places, pets, graphics
    ("My boys at the beach 🏖️", "Two boys digging in the sand"),
    ("Grandkids visited today 🥰", "Three children icing biscuits at a kitchen table"),
    ("Training day snacks with the FCS volunteers 🍰", "Slices of cake on a paper plate next to a workbook"),
    ("Volunteer training in Aldershot done! #familycrisissupport", "A training room with chairs in a circle"),
    ("Sunday roast 🍗", "Roast chicken on a table"),
    ("Buster enjoying the sunshine", "A spaniel asleep on a lawn"),
    ("Reading Half done for Twins Trust! 🏅", "Me with my medal, wearing a Twins Trust running vest"),
    ("My new header 💛", "Banner combining the Twins Trust logo with my blog's name, Twin Chaos"),
    ("Our summer picnic ☀️ #familycrisissupport", "Picnic blankets and a gazebo, adults chatting, no children in shot"),
    ("Eid Mubarak ✨", "Plate of sweets beside hands decorated with mehndi"),
    ("Made this for the FCS stall 🎨", "Hand-painted wooden sign with the words Family Crisis Support"),
    ("Beach day! Ted's first go on a bodyboard", "Small boy on a bodyboard in shallow water"),
]


@pytest.mark.parametrize("text,alt", [
    ("Knitted these jumpers for Ama's twins, they fit!", "A small girl and boy in matching jumpers on a rug, faces away"),
    ("took Jenna's two for a walk along the coast so she could rest", "Two babies in a double sling, faces tucked in"),
])
def test_a_photo_in_a_post_naming_a_supported_mum_is_of_her_family(twins, text, alt):
    assert run(twins, text, [alt]), (text, alt)


def test_the_twins_a_volunteer_with_no_children_of_their_own_photographs_are_a_familys(twins):
    account = make_account(bio="FCS volunteer with Twins Trust. Retired teacher. Views my own.")
    assert run(twins, "did the twins' hair today while mum had a nap 😍", ["The back of a toddler's head with cornrows"],
               account=account)


def test_the_twins_of_a_volunteer_whose_bio_says_mum_of_twins_may_be_her_own(twins):
    account = make_account(bio="Mum of twins. FCS volunteer with Twins Trust. Views my own.")
    assert not run(twins, "did the twins' hair today 😍", ["The back of a toddler's head with cornrows"],
                   account=account)


def test_the_babies_a_volunteer_visits_are_a_supported_family(twins):
    account = make_account(bio="Mum of 3. FCS volunteer. Views my own.")
    assert run(twins, "took the babies I visit a bag of toys, their faces 🥹", ["Two toddlers on a carpet with toys"],
               account=account)


def test_a_carers_photo_of_a_child_they_call_their_own_by_name_stays_clean(cft):
    account = make_account(**CARER)
    assert not run(cft, "My Zain passed his GCSE maths resit 🙌", ["A teenage boy holding up a results slip"],
                   account=account)


@pytest.mark.parametrize("text", ["our Freddie and the lad we foster building a den in the garden, best of mates now",
                                  "Lads' trip: me, my Ibrahim and the two boys we foster. Sugar levels critical"])
def test_a_carers_photo_naming_their_own_child_beside_a_child_in_care_still_fires(cft, text):
    assert run(cft, text, ["Boys in a back garden, seen from behind"], account=make_account(**CARER)), text


def test_a_photo_of_the_authors_own_named_children_stays_clean(twins):
    account = make_account(bio="Mum of twins Freya & Isaac. FCS volunteer. Views my own.")
    assert not run(twins, "Freya and Isaac at the park 🍂", ["Two toddlers on swings"], account=account)


@pytest.mark.parametrize("text,alt", FAMILY_PHOTOS)
def test_photo_of_a_supported_family_fires_even_with_faces_hidden(twins, text, alt):
    found = run(twins, text, [alt])
    assert found, (text, alt)
    assert found[0].confidence >= 0.85


@pytest.mark.parametrize("text,alt", [
    ("knitted two little cardis for the babies I'm visiting 🧶", "Two small knitted baby cardigans on a table"),
    ("bake sale saturday for the FCS families 🧁", "A tray of cupcakes with little fondant twin babies on top"),
    ("our drop in had the best turnout ever", "A wall covered in children's drawings at a community centre"),
])
def test_a_child_word_that_names_a_thing_shows_no_child(twins, text, alt):
    assert not run(twins, text, [alt])


def test_a_familys_bottles_in_their_kitchen_are_still_their_photo(twins):
    assert run(twins, "the sink after a day of bottle washing at my fcs fam's lol 🍼",
               ["a sink full of baby bottles in a small kitchen"])


@pytest.mark.parametrize("text,alt", NOT_FAMILY_PHOTOS)
def test_own_children_food_pets_and_graphics_are_clean(twins, text, alt):
    found = run(twins, text, [alt])
    assert not found, (text, alt, found and found[0].explanation)


CARER_PHOTOS = [
    ("After a day in the woods with my two little fosterlings 🍂", "Two pairs of muddy children's wellies"),
    ("Sunday best 💜 my two foster angels in their new outfits", "Two young girls in matching yellow dresses"),
    ("Bedtime stories ❤️", "Two girls in matching pyjamas, faces hidden behind a book"),
    ("Autumn walks 🍂", "Two children in wellies walking through leaves, seen from behind"),
    ("Movie night 🍿", "Three children on a sofa, the smallest in a bouncer"),
    ("Fishing with the lad we foster 🎣", "Man and a teenage boy on a pier, the boy's face turned away"),
    ("Our foster baby's first smile 🥹", "Baby in a Moses basket, smiling"),
]

CARER_NOT_PHOTOS = [
    ("My boys at football 🏆", "Two boys in football kit holding a trophy"),
    ("Sunday baking 🍪", "Tray of chocolate chip cookies"),
    ("Carers' coffee morning ☕", "Mugs and cake on a table in a community hall"),
    ("Happy birthday to my gorgeous granddaughter 🎉", "A girl blowing out candles"),
    # the words carers use to say which children are their own
    ("my granddaughters' dance show 💃 so proud", "Two girls in sequinned costumes on a stage"),
    ("sparklers in the garden 🎆 (birth kids only on here, don't worry!)", "Two teenage girls holding sparklers"),
    ("Our two at their cousin's wedding", "Grace and Emmanuel, our grown-up children, at a wedding"),
    ("graduation day!!! proud dad 🎓", "The author's adult son in a graduation gown"),
]


@pytest.mark.parametrize("text,alt", CARER_PHOTOS)
def test_children_on_a_foster_carers_account_are_presumed_in_care(cft, text, alt):
    assert run(cft, text, [alt], make_account(**CARER))


@pytest.mark.parametrize("text,alt", CARER_NOT_PHOTOS)
def test_carers_own_children_and_food_are_clean(cft, text, alt):
    assert not run(cft, text, [alt], make_account(**CARER))


def test_children_on_a_non_carer_personal_account_are_clean(cft):
    assert not run(cft, "Bedtime stories ❤️", ["Two girls in pyjamas"], make_account(bio="Mum. Runner."))


def test_official_accounts_photos_are_planned_media(twins):
    acc = make_account(role="official", bio="The UK's charity for twins")
    assert not run(twins, "Meet the family we supported this year 💛", ["A mum and her triplets"], acc)


def test_pack_may_check_official_accounts_too(tmp_path):
    pack = tmp_path / "p.toml"
    pack.write_text('extends = "twins-trust-fcs"\n[rules.family-photo]\ncheck_official = true\n')
    acc = make_account(role="official")
    assert run(load_policy(str(pack)), "Meet my FCS family 💛", ["A mum and her triplets"], acc)


def test_authorised_case_study_is_clean(tmp_path):
    pack = tmp_path / "p.toml"
    pack.write_text('extends = "twins-trust-fcs"\n[names]\nauthorised_case_studies = ["Okonjo"]\n')
    policy = load_policy(str(pack))
    assert not run(policy, "So proud of the Okonjo family's story, my FCS family 💛", ["A mum and her twins"])


def test_video_counts_like_a_photo(twins):
    assert run(twins, "Dance party with my FCS twins 🎶", ["Two toddlers dancing in a kitchen"], kind="video")


def test_strong_anchor_with_unknown_media_fires_at_lower_confidence(twins):
    (found,) = run(twins, "Lovely afternoon with my FCS family 📸", [""])
    assert 0.5 <= found.confidence < 0.85
    assert any("content unknown" in w for w in found.explanation)


def test_evidence_points_at_the_alt_text_and_the_anchor(twins):
    (found,) = run(twins, "Teeny tiny socks 🥹 my FCS twins", ["Two pairs of tiny baby feet in socks"])
    fields = {e.field for e in found.evidence}
    assert fields == {"media[0].alt_text", "text"}
    assert any("shows" in w for w in found.explanation)


def test_missing_media_files_are_tolerated_through_the_pipeline(tmp_path):
    acc = account_dict(id="x:@v", **VOLUNTEER)
    post = post_dict(account_id="x:@v", text="Park with my FCS family",
                     media=[{"type": "photo", "path": "media/nope.jpg", "alt_text": "Twins on a swing"}])
    findings = audit_records("twins-trust-fcs", [acc, post], media_root=tmp_path)
    assert [f.rule for f in findings if f.rule == "family-photo"] == ["family-photo"]


# --- faces in real pixels ------------------------------------------------------

def test_detect_faces_handles_no_image_and_blank_images():
    assert detect_faces(None) == []
    assert detect_faces(np.zeros((200, 300, 3), dtype=np.uint8)) == []


@needs_photos
def test_detect_faces_finds_the_wedding_group_and_not_the_landscape():
    from PIL import Image
    group = np.asarray(Image.open(PHOTOS / "canon-ixus.jpg").convert("RGB"))[:, :, ::-1]
    landscape = np.asarray(Image.open(PHOTOS / "DSCN0010.jpg").convert("RGB"))[:, :, ::-1]
    assert len(detect_faces(group)) >= 1
    assert detect_faces(landscape) == []


@needs_photos
def test_faces_in_a_real_photo_raise_the_confidence(twins, tmp_path):
    shutil.copy(PHOTOS / "canon-ixus.jpg", tmp_path / "group.jpg")
    alt = "A woman and her twin toddlers"
    with_faces = run(twins, "Day out with my FCS family", [alt], media_root=tmp_path, paths=["group.jpg"])
    without = run(twins, "Day out with my FCS family", [alt])
    assert with_faces[0].confidence > without[0].confidence
    assert any("face(s) detected" in w for w in with_faces[0].explanation)


@needs_photos
def test_faces_alone_fire_on_a_carers_post_without_alt_text(cft, tmp_path):
    shutil.copy(PHOTOS / "canon-ixus.jpg", tmp_path / "group.jpg")
    found = run(cft, "Best day 💙", [""], make_account(**CARER), media_root=tmp_path, paths=["group.jpg"])
    assert found and 0.5 <= found[0].confidence < 0.85


@needs_photos
def test_landscape_photo_without_alt_text_on_a_carers_post_is_clean(cft, tmp_path):
    shutil.copy(PHOTOS / "DSCN0010.jpg", tmp_path / "view.jpg")
    assert not run(cft, "Best day 💙", [""], make_account(**CARER), media_root=tmp_path, paths=["view.jpg"])


def test_tolerates_an_unreadable_image(twins, tmp_path):
    Path(tmp_path / "bad.jpg").write_bytes(b"not a jpeg")
    found = run(twins, "Park with my FCS family", ["Twins on a swing"], media_root=tmp_path, paths=["bad.jpg"])
    assert found


# --- children the author calls their own, in the bio or in another post ---------------------

def test_children_the_bio_names_as_own_are_not_a_supported_family(twins):
    mum = make_account(bio="Mum to Olivia & Grace. FCS volunteer with @TwinsTrust. Views my own.")
    assert not run(twins, "Olivia and Grace helping at the #familycrisissupport bake sale 🧁",
                   ("Two girls behind a table of cupcakes",), account=mum)


def test_children_named_as_own_in_another_post_are_not_a_supported_family(twins):
    records = [account_dict(id="x:@vol", **VOLUNTEER),
               post_dict(id="x:1", account_id="x:@vol", text="My son Adam's first tooth came out today!"),
               post_dict(id="x:2", account_id="x:@vol", text="Adam cheering on the #familycrisissupport walkers",
                         media=[{"type": "photo", "path": "m/a.jpg", "alt_text": "A boy waving a flag"}])]
    assert [f for f in audit_records("twins-trust-fcs", records, only=["family-photo"])] == []


def test_an_own_name_does_not_excuse_a_post_about_a_supported_family(twins):
    mum = make_account(bio="Mum to Olivia & Grace. FCS volunteer with @TwinsTrust. Views my own.")
    assert run(twins, "Olivia came with me to see my FCS family today, the twins loved her",
               ("Two babies on a playmat",), account=mum)


@pytest.mark.parametrize("bio", ["Fosterer. Gardener. Grumpy about trains.", "fosterin wi the Trust 9 year, views me own",
                                 "Foster nana 💕 baker", "Respite carer for the Trust, grandad, allotment man"])
def test_a_bio_in_everyday_or_dialect_words_for_fostering_is_a_foster_carers(cft, bio):
    assert run(cft, "Bedtime stories ❤️", ["Two girls in pyjamas on a sofa, faces visible"], make_account(bio=bio))


@pytest.mark.parametrize("text, alt", [
    ("Offer letter day, so proud of my girl 🎓", "A teenage girl holding up a letter in a kitchen"),
    ("Me and the grandbaby at the park 🌳", "A woman with a toddler in a pushchair"),
    ("My niece is one today 🎂", "A baby in a pink dress in front of a cake"),
    ("Ma fower grandweans at ma birthday 🥳", "Four children around a cake")])
def test_a_carers_own_child_grandchild_or_niece_is_clean(cft, text, alt):
    assert not run(cft, text, [alt], make_account(**CARER)), text


def test_the_trusts_own_account_may_not_upload_photos_of_children_either(cft):
    official = make_account(role="official", bio="Children's Family Trust: fostering in the North")
    assert run(cft, "Halloween party for our fostering families! Best costume went to this little pumpkin 🎃",
               ["A toddler in a pumpkin costume sitting on a hay bale, face visible"], official)


def test_an_official_recruitment_post_without_children_in_the_picture_is_clean(cft):
    official = make_account(role="official", bio="Children's Family Trust: fostering in the North")
    assert not run(cft, "Could you foster? Info evening in Leeds on Tuesday 💛", ["Our Leeds office front door"],
                   official)


def test_a_carers_grandchild_named_in_the_bio_is_their_own(cft):
    carer = make_account(bio="Foster carer with the Children's Family Trust 💙 Mum to Gemma, Nan to Ellie & Jack.")
    assert not run(cft, "Ellie's 7th birthday, shes obsessed with unicorns 🦄",
                   ["A little girl in a unicorn costume blowing out candles"], carer)

