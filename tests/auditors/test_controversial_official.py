"""controversial-official: political or inflammatory material from official accounts only."""
from __future__ import annotations

import pytest

from auditors.context import PostContext
from auditors.rules import controversial_official
from tests.factories import make_account, make_post, prepared


def run(policy, text, official=True):
    account = make_account(id="x:@Org", role="official" if official else "personal")
    ctx = PostContext(prepared(policy), policy.rule("controversial-official"), account, [], lambda _a: True, {})
    return list(controversial_official.check(make_post(text=text, account_id=account.id), ctx))


PARTISAN = [
    "The Chancellor should step down. This Budget abandons parents of twins. Disgraceful.",
    "Shame on every MP who voted against free childcare for multiples 😡",
    "Solidarity with the midwives on strike today ✊ #MidwivesStrike",
    "Vote for the Green Party on Thursday, they're the only ones who care about families!",
    "Ministers must resign over the maternity scandal. Enough is enough.",
    "The asylum debate in Westminster is a disgrace while families wait for support.",
    "Imagine being a millionaire TV chef and lecturing tired parents about meal prep 🙄 read the room",
    "Hot take: anyone who supports the benefit cap should be ashamed of themselves.",
]
MEASURED = [
    "We're calling on the Government to fund specialist twin antenatal care in full.",
    "We have responded to the Department's consultation on parental leave. Read our response on our website.",
    "Today is World Prematurity Day 💜 Thinking of every family with babies in neonatal care.",
    "We're recruiting FCS volunteers across the South West! Apply by 30 June.",
    "Thank you to everyone who ran for us this weekend, you raised £12,000!",
    "Our evidence to the MPs' inquiry sets out what families with multiples need.",
]


@pytest.mark.parametrize("text", PARTISAN)
def test_partisan_or_inflammatory_official_posts_fire(twins, text):
    assert run(twins, text), text


@pytest.mark.parametrize("text", MEASURED)
def test_measured_campaigning_news_and_fundraising_are_clean(twins, text):
    assert not run(twins, text), text


@pytest.mark.parametrize("text", ["Vote Green on Thursday 🌍", "The Health Secretary should resign today 😡"])
def test_personal_accounts_are_never_this_rule(twins, text):
    assert not run(twins, text, official=False)


def test_mocking_the_regulator_fires_for_cft(cft):
    assert run(cft, "Ofsted inspectors when the kettle isn't PAT tested 😂🤣")


def test_praising_a_regulator_rating_is_clean(cft):
    assert not run(cft, "Delighted to be rated Good in all areas by Ofsted! Thank you, team.")


def test_finding_explains_topic_and_cues(twins):
    [f] = run(twins, "Ministers must resign over the maternity scandal. Enough is enough.")
    why = " ".join(f.explanation)
    assert "topic" in why and "enough is enough" in why and "official account" in why
    assert f.evidence


@pytest.mark.parametrize("text", [
    "Ofsted inspectors couldn't find their way out of a paper bag 😂",
    "Councillors froze allowances again while giving themselves a rise. Vote them out in May.",
    "That TV chef lecturing carers about home cooking on breakfast telly is an ignorant dinosaur. Stick to your soufflés, pal.",
])
def test_idiomatic_sneers_calls_to_vote_and_attacks_on_public_figures_fire(cft, text):
    assert run(cft, text), text


@pytest.mark.parametrize("text", [
    "We've responded to the Ofsted consultation on inspection of fostering agencies; read our response here.",
    "Congratulations to our carers in Leeds on ten years of fostering, genius cake too!",
])
def test_a_consultation_response_or_a_joke_about_cake_is_not_controversial(cft, text):
    assert not run(cft, text), text
