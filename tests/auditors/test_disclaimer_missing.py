"""disclaimer-missing: a personal account naming its link without a personal-views disclaimer."""
from __future__ import annotations

import pytest

from tests.factories import account_dict, audit_records


def fires(policy: str, **account) -> bool:
    found = audit_records(policy, [account_dict(**account)], only=["disclaimer-missing"])
    return [f.rule for f in found] == ["disclaimer-missing"]


@pytest.mark.parametrize("bio", [
    "Volunteering with Twins Trust Family Crisis Support.",
    "FCS volunteer @TwinsTrust",
    "Twin mum | Family Crisis Support volunteer | tea addict",
    "Helping families with twins through Twinline and FCS. Dog mum.",
])
def test_twins_bio_naming_the_link_without_disclaimer_fires(bio):
    assert fires("twins-trust-fcs", bio=bio)


@pytest.mark.parametrize("bio", [
    "Foster carer with Children's Family Trust",
    "Registered Manager at Children's Family Trust",
    "Fostering with CFT since 2019 🏡",
])
def test_cft_bio_naming_the_link_without_disclaimer_fires(bio):
    assert fires("childrens-family-trust", bio=bio)


@pytest.mark.parametrize("policy, bio", [
    ("twins-trust-fcs", "TwinsTrust volunteer and proud nana"),
    ("twins-trust-fcs", "Twins-Trust FCS vol, Leeds"),
    ("twins-trust-fcs", "Mum of 3 | #FCSvolunteer | coffee"),
    ("twins-trust-fcs", "#TwinsTrustVolunteer since 2021"),
    ("childrens-family-trust", "Foster carer with Childrens' Family Trust"),
    ("childrens-family-trust", "#CFTcarer 🏡 two teens and a dog"),
    ("childrens-family-trust", "foster mum @CFT"),
])
def test_the_link_is_found_however_the_name_is_written(policy, bio):
    assert fires(policy, bio=bio)


@pytest.mark.parametrize("bio", ["I trust the children to tell me", "Mum to twins, trust me I know"])
def test_words_of_the_name_apart_are_no_link(bio):
    assert not fires("childrens-family-trust", bio=bio) and not fires("twins-trust-fcs", bio=bio)


@pytest.mark.parametrize("bio", [
    "FCS volunteer @TwinsTrust. Views my own.",
    "Volunteer at Twins Trust. All views my own",
    "Volunteer at Twins Trust. Opinions my own",
    "Volunteer at Twins Trust. My views are my own",
    "Volunteer at Twins Trust. Posts are personal views only",
    "Twins Trust volunteer. Views our own!",
    "Family Crisis Support volunteer @ Twins Trust | Views expressed here are my own and not those of Twins Trust",
    "Foster carer. Opinions are not those of my fostering agency, Children's Family Trust",
])
def test_any_reasonable_disclaimer_wording_is_clean(bio):
    policy = "childrens-family-trust" if "Children's" in bio else "twins-trust-fcs"
    assert not fires(policy, bio=bio)


@pytest.mark.parametrize("bio", ["Twin mum, tea addict, Harrogate", "Dad of triplets. Rams fan.", None])
def test_bio_without_a_link_to_the_organisation_is_clean(bio):
    assert not fires("twins-trust-fcs", bio=bio)


def test_official_accounts_never_need_a_disclaimer():
    assert not fires("twins-trust-fcs", role="official", bio="Twins Trust official account. Twinline 0800 138 0509")


def test_blog_about_page_disclaimer_counts():
    assert not fires("twins-trust-fcs", id="blog:example.org", platform="blog", bio="Our FCS volunteering diary",
                     about_text="The views on this blog are Tom's own and do not represent Twins Trust.")


def test_blog_about_page_naming_the_link_without_disclaimer_fires():
    assert fires("twins-trust-fcs", id="blog:example.org", platform="blog", bio=None,
                 about_text="I volunteer with Twins Trust's Family Crisis Support service and write about it here.")


def test_finding_quotes_where_the_link_is_named():
    f = audit_records("twins-trust-fcs", [account_dict(bio="FCS volunteer @TwinsTrust")], only=["disclaimer-missing"])[0]
    assert f.evidence[0].field == "bio" and "@TwinsTrust" in f.evidence[0].excerpt
    assert f.clause == "Post content 7"
