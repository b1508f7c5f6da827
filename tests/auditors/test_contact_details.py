"""contact-details: wrong or unofficial contact details when referring someone for help."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.engine import audit_one
from auditors.nlp.contacts import (
    domain_near_miss,
    find_contacts,
    judge,
    normalise_phone,
    official_contacts,
    phone_near_miss,
)
from auditors.prepared import Prepared
from auditors.rules import contact_details
from socialaudit.core.model import default_account_for
from tests.factories import make_account, make_post, prepared

AUTHOR = "x:@volunteer"


def run(policy, text, reply_to=None, enrolled=(), official=False):
    post = make_post(text=text, account_id=AUTHOR,
                     in_reply_to={"account": reply_to, "post_id": "x:1"} if reply_to else None)
    account = make_account(id=AUTHOR, role="official" if official else "personal")
    ctx = PostContext(prepared(policy), policy.rule("contact-details"), account, [], lambda a: a in enrolled, {})
    return list(contact_details.check(post, ctx))


WRONG = [
    "Need help with your twins? Ring Twinline on 0800-138-0590 💛",
    "Struggling parents of multiples: the Twins Trust helpline is 0800 318 0509",
    "For support email asktwinline@twinstrust.co.uk or ring 0800 138 0509",
    "Anyone needing help, write to asktwinline@twins-trust.org x",
    "If you need a chat about your twins, call me on 07700 900777 anytime",
    "Parents needing support, just inbox me and I'll help 💕",
    "Need help? Twinline is 0800 138 0509, or WhatsApp me if you'd rather x",
    "Tamba's old helpline is great if you need support: 01632 960111",
    "Visit twinstrust.com for help with twins",
]
RIGHT = [
    "Need help with twins? Call Twinline on 08001380509 or email AskTwinline@TwinsTrust.org",
    "Struggling? Twinline: +44 800 138 0509 💛",
    "Find support for your family at www.twinstrust.org/support",
    "Selling twin cot bed £60 ono, text 07700 900333",
    "Correction: the Twinline number is 0800 138 0509, not 0800 138 0905. Apologies!",
    "Please don't ask volunteers for our numbers, Twinline is there for you: 0800 138 0509",
    "Raised £400 for Twins Trust! justgiving.com/my-run",
    "Happy birthday to my sister 🎂 call me later x",
]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_unofficial_or_personal_details_in_a_referral_fire(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", RIGHT)
def test_official_details_in_any_format_sales_and_corrections_are_clean(twins, text):
    assert not run(twins, text), text


def test_personal_number_in_reply_to_a_member_of_the_public_fires(twins):
    assert run(twins, "Text me on 07700 900871 if they're no better tonight x", reply_to="x:@a_mum")


def test_message_me_to_a_colleague_is_not_a_referral(twins):
    assert not run(twins, "Tracey message me and I'll pass it on x", reply_to="x:@tracey", enrolled={"x:@tracey"})


def test_official_account_dm_us_is_its_own_channel(twins):
    assert not run(twins, "We're sorry you need help, DM us and we'll look into it", official=True)


def test_personal_numbers_are_masked_in_excerpts(twins):
    post = make_post(text="If you need support ring me on 07700 900777 x", account_id=AUTHOR)
    findings = [f for f in audit_one(post, default_account_for(post), Prepared(twins))[0] if f.rule == "contact-details"]
    assert findings and "07700" not in findings[0].evidence[0].excerpt
    assert "[contact]" in findings[0].evidence[0].excerpt


@pytest.mark.parametrize("raw", ["0800 138 0509", "0800-138-0509", "08001380509", "+44 800 138 0509",
                                 "(0800) 138 0509"])
def test_phone_formats_normalise_to_the_same_number(raw):
    assert normalise_phone(raw) == "+448001380509"


@pytest.mark.parametrize("wrong", ["0800 138 0905", "0800 138 5090", "0800 183 0509", "0800 138 0508"])
def test_near_miss_numbers_are_recognised(wrong):
    assert phone_near_miss(normalise_phone(wrong), "+448001380509")


def test_an_unrelated_mobile_is_not_a_near_miss():
    assert not phone_near_miss(normalise_phone("07700 900455"), "+448001380509")


@pytest.mark.parametrize("domain", ["twinstrust.com", "twinstrust.co.uk", "twinstrusts.org"])
def test_wrong_domains_are_near_misses(domain):
    assert domain_near_miss(domain, "twinstrust.org")


def test_dates_money_and_short_numbers_are_not_phones():
    assert not find_contacts("On 2026-10-03 we raised £38,000; ring 111 or 999")


def test_judge_reports_official_and_wrong_details():
    o = official_contacts(("0800 138 0509",), ("asktwinline@twinstrust.org",), ("twinstrust.org",))
    verdicts = [judge(c, o)[0] for c in find_contacts("0800 138 0509 asktwinline@twinstrust.com 07700 900111")]
    assert verdicts == ["official", "near-miss", "unofficial"]
