"""disclaimer-missing: the many ways people write "views my own", and the look-alikes that are not one.

Every bio below names its link to the organisation, so the rule fires exactly when the bio carries
no personal-views disclaimer.
"""
from __future__ import annotations

import pytest

from tests.factories import account_dict, audit_records


def fires(bio: str | None, policy: str = "twins-trust-fcs", **account) -> bool:
    found = audit_records(policy, [account_dict(bio=bio, **account)], only=["disclaimer-missing"])
    return [f.rule for f in found] == ["disclaimer-missing"]


DISCLAIMERS = [
    # shortened
    "FCS volunteer @TwinsTrust. Views mine.",
    "Twins Trust volunteer | VMO",
    "Twins Trust volunteer | #ViewsMyOwn",
    "Twins Trust volunteer. opinions my own",
    "Twins Trust volunteer. views = mine",
    "Twins Trust volunteer. All views my own",
    "Twins Trust volunteer. Own views.",
    "Twins Trust volunteer. Views own, obvs",
    "Twins Trust volunteer. Thoughts are my own",
    "Twins Trust volunteer. Words my own.",
    "Twins Trust volunteer. opinions r my own",
    "Twins Trust volunteer. Views: my own",
    "Twins Trust volunteer. Views mine & mine alone",
    # with symbols
    "Twins Trust volunteer. views my own ✌",
    "Twins Trust volunteer · views/opinions mine",
    "Twins Trust volunteer. (views my own)",
    "Twins Trust volunteer. RT≠endorsement",
    "Twins Trust volunteer. RTs ≠ endorsements",
    "Twins Trust volunteer. Retweets are not endorsements.",
    "Twins Trust volunteer. Likes/RTs != endorsement",
    "Twins Trust volunteer. Reposts aren't endorsements",
    # the platform's own word for a post
    "Twins Trust volunteer on the fediverse. Toots my own.",
    "Twins Trust volunteer. Posts my own.",
    "Twins Trust volunteer 🦋 Skeets are mine",
    "Twins Trust volunteer. Tweets are my own.",
    "Twins Trust volunteer. Reels my own.",
    "Twins Trust volunteer. Tweets are personal.",
    # personal views, personal account
    "Twins Trust volunteer. Personal views.",
    "Personal account. FCS volunteer with Twins Trust.",
    "FCS volunteer with Twins Trust. This is a personal account",
    "Twins Trust volunteer. Personal account, personal views.",
    "Twins Trust volunteer, posting here in a personal capacity",
    # speaking for oneself, not for the organisation
    "Speaking for myself, not Twins Trust. FCS volunteer.",
    "FCS volunteer, not speaking for Twins Trust.",
    "Twins Trust volunteer. I don't speak for the charity.",
    "Twins Trust volunteer. Not tweeting on behalf of anyone.",
    # longer forms
    "Opinions expressed are my own and not those of my employer. FCS volunteer @TwinsTrust",
    "Twins Trust volunteer. Views expressed on this account are mine alone.",
    "Twins Trust volunteer. All opinions are my own.",
    "Twins Trust volunteer. My views, not theirs.",
    "Twins Trust volunteer. My opinions, nobody else's.",
    "Twins Trust volunteer. Views mine, not my employer's.",
    "Twins Trust volunteer. Views my own, not the charity's.",
    "Twins Trust volunteer. Views are my own and do not reflect those of Twins Trust",
    "Twins Trust volunteer. Nothing here is the Trust's view.",
    # typos, case, line breaks
    "Twins Trust volunteer. Veiws my own",
    "Twins Trust volunteer. opnions my own",
    "TWINS TRUST VOLUNTEER. VIEWS MY OWN",
    "Twins Trust volunteer\nViews\nmy own",
    "Twins Trust volunteer. views\u2009are\u00a0my own",
    # dialect
    "Twins Trust volunteer. Views me own like.",
    "Twins Trust volunteer. Opinions ma ain.",
    "Twins Trust volunteer. Views mi own.",
    # other languages
    "Voluntaria de Twins Trust. Opiniones propias.",
    "Bénévole chez Twins Trust. Opinions personnelles.",
    "Wolontariuszka Twins Trust. Opinie własne.",
]

LOOK_ALIKES = [
    "Twins Trust volunteer. My own boss since 2019.",
    "Twins Trust volunteer. Loves views of the sea.",
    "Personal trainer & FCS volunteer @TwinsTrust",
    "Twins Trust volunteer. I own my mistakes.",
    "Twins Trust volunteer. My own worst critic.",
    "Twins Trust volunteer. Personal best: 3:45 marathon.",
    "Twins Trust volunteer. Sea views & sunsets.",
    "Twins Trust volunteer. Posts about twins, tea and tantrums.",
    "Twins Trust volunteer. Tweets about football.",
    "FCS volunteer @TwinsTrust. Views from the Pennines 📸",
    "Twins Trust volunteer. Opinions on everything, mostly football.",
    "Twins Trust volunteer. Mine's a pint.",
    "Twins Trust volunteer. Speaking at #TwinsConf in May.",
    "Twins Trust volunteer. Speaking up for twin families.",
    "Twins Trust volunteer. Personal account manager at a bank.",
    "Personal account of life with twins, by an FCS volunteer with Twins Trust",
    "Proud to represent Twins Trust at the Great North Run.",
    "Twins Trust volunteer. Reels of my own garden.",
    "Twin mum sharing thoughts on my own twin journey. FCS volunteer @TwinsTrust",
    "Twins Trust volunteer. Own a bakery in town.",
    "Twins Trust volunteer. Views are stunning up here.",
    "Twins Trust volunteer. RT for a good cause!",
    "Twins Trust volunteer. Endorsed by my cat.",
    "Twins Trust volunteer. Not a morning person.",
    "Twins Trust volunteer. My tweets are my diary.",
    "Twins Trust volunteer. Nurse, not a doctor.",
    "Twins Trust volunteer. Sharing my own story.",
    "Twins Trust volunteer. Personal stylist by day.",
    "Twins Trust volunteer. Words matter.",
    "Twins Trust volunteer. Toots about knitting.",
    "Twins Trust volunteer. Speaks for the trees.",
    "Twins Trust volunteer. My views on twin sleep: see the blog!",
]


@pytest.mark.parametrize("bio", DISCLAIMERS)
def test_a_disclaimer_in_any_wording_keeps_a_linked_bio_clean(bio):
    assert not fires(bio)


@pytest.mark.parametrize("bio", LOOK_ALIKES)
def test_a_look_alike_of_a_disclaimer_does_not_hide_a_missing_one(bio):
    assert fires(bio)


@pytest.mark.parametrize("about", [
    "I volunteer with Twins Trust. What I write here is personal and does not speak for the charity.",
    "Notes from an FCS volunteer.\n\nThe opinions on this blog are mine,\nnot those of Twins Trust.",
    "I'm a Family Crisis Support volunteer with Twins Trust. Everything on this blog is my own opinion.",
])
def test_a_disclaimer_on_the_blog_about_page_keeps_the_blog_clean(about):
    assert not fires(None, id="blog:example.org", platform="blog", about_text=about)


@pytest.mark.parametrize("about", [
    "I volunteer with Twins Trust and write here about my own twins, our views of the Dales and life.",
    "An FCS volunteer with Twins Trust. Personal stories, personal photos, lots of tea.",
])
def test_an_about_page_without_a_disclaimer_still_fires(about):
    assert fires(None, id="blog:example.org", platform="blog", about_text=about)


@pytest.mark.parametrize("bio", [
    "Foster carer with Children's Family Trust. Views mine, not my agency's.",
    "Fostering with CFT. Not speaking for CFT.",
    "Supervising social worker, CFT. Tweets my own.",
])
def test_cft_disclaimers_in_other_words_keep_the_bio_clean(bio):
    assert not fires(bio, "childrens-family-trust")


@pytest.mark.parametrize("bio", [
    "Foster carer with Children's Family Trust. Own a chippy in Whitby.",
    "Fostering with CFT. Personal trainer. Views of the Tyne.",
])
def test_cft_look_alikes_still_fire(bio):
    assert fires(bio, "childrens-family-trust")
