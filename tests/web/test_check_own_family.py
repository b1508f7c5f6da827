"""The web's "check a draft before posting" reads the draft as one more post of the signed-in
volunteer's accounts: a child their stored posts call their own is not a leak; a register
name, and the same child in someone else's draft, still are."""
from __future__ import annotations

import html

from auditors.rules.name_leak import RULE
from tests.factories import store_posts
from tests.web.conftest import sign_in, token_of

ALFIE = "Alfie's first day at school today"


def _flags_a_name(client, text: str) -> bool:
    page = html.unescape(client.post("/me/check", data={"text": text, "csrf_token": token_of(client)}).text)
    assert "Please change this before posting" in page or "Looks fine to post" in page
    return RULE.message in page


def test_a_draft_naming_the_volunteers_own_son_is_not_a_leak(app, seeded, registered_policy):
    # Ann's stored posts (under the organisation's policy, now with a register) name her son
    store_posts(seeded.store, registered_policy, "x:@ann_volunteer",
                ["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"])
    ann, ben = sign_in(app, "ann"), sign_in(app, "ben")
    assert not _flags_a_name(ann, ALFIE)
    assert _flags_a_name(ann, "Riley found a stick and won't let go")  # a register name is never learnt
    assert _flags_a_name(ben, ALFIE)  # Ben never said so
