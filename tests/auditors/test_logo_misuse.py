"""logo-misuse: the organisation's logo in media from a personal account, from alt text or pixels."""
from __future__ import annotations

import cv2
import pytest

from auditors.context import PostContext
from auditors.mediainfo import load_media
from auditors.registry import load_policy
from auditors.rules import logo_misuse
from auditors.vision.synthetic import photo
from tests.factories import account_dict, audit_records, make_account, make_post, post_dict, prepared

LOGOS = load_policy("twins-trust-fcs").organisation["logos"]


def run(policy, post, account=None, media_root=None):
    account = account or make_account()
    media = [load_media(m, i, media_root) for i, m in enumerate(post.media)]
    ctx = PostContext(prepared(policy), policy.rule("logo-misuse"), account, media, lambda _a: False, {})
    return list(logo_misuse.check(post, ctx))


def photo_post(alt: str | None, text: str = "", path: str = "media/p.jpg"):
    return make_post(text=text, media=[{"type": "photo", "path": path, "alt_text": alt}])


ALT_TEXTS = [
    # personal media reproducing the organisation's logo or branding
    ("Car sticker with the Twins Trust logo", True),
    ("T-shirts printed with the charity's logo", True),
    ("Mug with the logo of Twins Trust printed on the side", True),
    ("Facebook cover I designed using the TT logo and a photo of my bike", True),
    ("Hoodie with a homemade Twins Trust heart logo embroidered on the back", True),
    ("Profile picture frame with Twins Trust branding around the edge", True),
    ("Tote bag with the @TwinsTrust logo ironed on", True),
    ("Flyer for my coffee morning, Family Crisis Support logo in the corner", True),
    ("Keyring I made from the Trust's emblem in resin", True),
    ("Water bottle, Twins Trust-branded, that I had printed for the walk", True),
    ("Twins Trust and Arsenal logos side by side on my new header", True),
    ("Cupcakes each topped with our charity's logo in fondant", True),
    # other logos, no owner, or the logo explicitly absent
    ("Derby County crest on a scarf", False),
    ("A football shirt with the club's logo on the chest", False),
    ("Logo I designed for my own doula business", False),
    ("Twins Trust volunteers at the stall, a Nike logo on my trainers", False),
    ("Twins Trust mug next to the Costa logo", False),
    ("Plain yellow t-shirt, no Twins Trust logo on it", False),
    ("Bake sale banner without the Twins Trust logo, just my own drawing", False),
    ("Poster with the Twins Trust logo cropped out", False),
    ("Me at mile 10 in an official running vest with the Twins Trust logo", False),
    # issued by the organisation (so with its permission), its own post shared, its signage
    ("My Family Crisis Support training certificate with the Twins Trust logo at the top", False),
    ("Volunteer ID badge and lanyard with the Twins Trust logo", False),
    ("Thank you card from Twins Trust, their logo on the front", False),
    ("Screenshot of the Twins Trust post announcing the walk, their logo in the corner", False),
    ("Our table at the Twins Trust conference, the Twins Trust logo on the big screen in the background", False),
    ("Laptop sticker I printed myself with the Twins Trust logo", True),
    ("Home-made lanyard with a Twins Trust logo cut from a printout", True),
    ("Sunset over the bay", False),
]


@pytest.mark.parametrize("alt, expected", ALT_TEXTS)
def test_alt_text_describing_the_logo_in_personal_media(twins, alt, expected):
    assert bool(run(twins, photo_post(alt))) is expected


def test_alt_text_evidence_points_at_the_logo_phrase(twins):
    (finding,) = run(twins, photo_post("Car sticker with the Twins Trust logo"))
    (ev,) = finding.evidence
    assert ev.field == "media[0].alt_text" and ev.matched == "Twins Trust logo"
    assert finding.confidence >= 0.8 and any("personal account" in w for w in finding.explanation)


def test_official_accounts_using_their_own_logo_are_clean(twins):
    official = make_account(id="x:@TwinsTrust", role="official")
    assert run(twins, photo_post("Yellow graphic with the Twins Trust logo"), official) == []


def test_logo_talk_without_media_is_not_logo_misuse(twins):
    assert run(twins, make_post(text="Love the new Twins Trust logo!")) == []


def test_post_text_counts_when_the_post_has_media_at_lower_confidence(twins):
    post = photo_post("Four runners in yellow t-shirts", text="Had shirts printed with the Twins Trust logo 👕")
    (finding,) = run(twins, post)
    assert finding.evidence[0].field == "text" and finding.confidence < 0.85


def test_pack_without_the_rule_finds_nothing():
    cft = load_policy("childrens-family-trust")
    assert cft.rule("logo-misuse").enabled is False


# --- pixels -------------------------------------------------------------------

@pytest.fixture(scope="module")
def logo_image():
    return cv2.imread(LOGOS[0])


def write_photo(folder, name, image):
    (folder / "media").mkdir(exist_ok=True)
    cv2.imwrite(str(folder / "media" / name), image, [cv2.IMWRITE_JPEG_QUALITY, 88])
    return f"media/{name}"


def test_logo_in_a_personal_photo_fires_without_alt_text(twins, tmp_path, logo_image):
    path = write_photo(tmp_path, "sticker.jpg", photo(logo_image, 3, width=260, angle=25, occlude=0.2))
    (finding,) = run(twins, photo_post(None, path=path), media_root=tmp_path)
    assert finding.evidence[0].field == "media[0]"
    assert any("RANSAC inliers" in w for w in finding.explanation)


def test_photo_without_the_logo_is_clean(twins, tmp_path):
    path = write_photo(tmp_path, "street.jpg", photo(None, 4))
    assert run(twins, photo_post(None, path=path), media_root=tmp_path) == []


def test_pipeline_reports_logo_in_photo_only_for_personal_accounts(tmp_path, logo_image):
    path = write_photo(tmp_path, "banner.jpg", photo(logo_image, 5, width=300, angle=-40))
    records = [account_dict(), account_dict(id="x:@TwinsTrust", handle="TwinsTrust", role="official"),
               post_dict(id="x:1", media=[{"type": "photo", "path": path, "alt_text": None}]),
               post_dict(id="x:2", account_id="x:@TwinsTrust",
                         media=[{"type": "photo", "path": path, "alt_text": None}])]
    found = [f for f in audit_records("twins-trust-fcs", records, tmp_path) if f.rule == "logo-misuse"]
    assert [f.subject for f in found] == ["x:1"]


def test_missing_media_file_falls_back_to_alt_text(twins, tmp_path):
    post = photo_post("Laptop sticker of the Twins Trust logo", path="media/gone.jpg")
    assert len(run(twins, post, media_root=tmp_path)) == 1


def test_blurred_logo_seen_at_an_angle_fires_on_its_colour_layout(tmp_path):
    from auditors.vision.synthetic import degrade, wordmark_logo
    logo = wordmark_logo()
    cv2.imwrite(str(tmp_path / "wordmark.png"), logo)
    (tmp_path / "pack.toml").write_text(
        f'extends = "twins-trust-fcs"\n[organisation]\nlogos = ["{(tmp_path / "wordmark.png").as_posix()}"]\n')
    policy = load_policy(str(tmp_path / "pack.toml"))
    scene = degrade(photo(logo, 21, width=240, keep_background=True, centre=(600, 450)),
                    tilt=0.2, blur=2.5, jpeg=45)
    path = write_photo(tmp_path, "van.jpg", scene)
    (finding,) = run(policy, photo_post(None, path=path), media_root=tmp_path)
    assert finding.evidence[0].field == "media[0]"
    assert any("colour layout" in w for w in finding.explanation)
    assert run(policy, photo_post(None, path=write_photo(tmp_path, "street.jpg", photo(None, 4))),
               media_root=tmp_path) == []


def test_pack_can_turn_the_colour_layout_check_off(tmp_path):
    from auditors.vision.synthetic import degrade, wordmark_logo
    logo = wordmark_logo()
    cv2.imwrite(str(tmp_path / "wordmark.png"), logo)
    (tmp_path / "pack.toml").write_text(
        f'extends = "twins-trust-fcs"\n[organisation]\nlogos = ["{(tmp_path / "wordmark.png").as_posix()}"]\n'
        '[rules.logo-misuse]\ncolour_check = false\n')
    policy = load_policy(str(tmp_path / "pack.toml"))
    scene = degrade(photo(logo, 21, width=240, keep_background=True, centre=(600, 450)), tilt=0.2, blur=2.5, jpeg=45)
    assert run(policy, photo_post(None, path=write_photo(tmp_path, "van.jpg", scene)), media_root=tmp_path) == []
