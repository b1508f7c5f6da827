"""The scheduled `socialaudit run` audits an account's stored posts: a post stored in a later
run is read beside the account's earlier posts, so a child the author called their own
("my son Alfie") is not a leak when named alone later; a register name still is."""
from __future__ import annotations

from socialaudit.app.runner import ScheduledRun
from socialaudit.core.settings import load_settings
from tests.factories import store_posts, stored_name_leaks

VOLUNTEER = "FCS volunteer with @TwinsTrust. Views my own."


def test_a_later_run_knows_the_own_family_named_in_a_post_audited_earlier(store, registered_policy):
    store_posts(store, registered_policy, "x:@vol", ["My son Alfie lost his first tooth last night!",
                                              "My son Riley passed his test!"], bio=VOLUNTEER)
    first = ScheduledRun(store, registered_policy, load_settings()).execute()
    assert first.posts_audited == 2 and stored_name_leaks(store) == set()

    store_posts(store, registered_policy, "x:@vol", ["Alfie's first day at school today",
                                              "Riley found a stick and won't let go"], bio=VOLUNTEER, first=2)
    store_posts(store, registered_policy, "x:@other", ["Alfie's first day at school today"], bio=VOLUNTEER)
    ScheduledRun(store, registered_policy, load_settings()).execute()
    assert stored_name_leaks(store) == {"x:vol-3", "x:other-0"}  # Riley (a register name) and the other account's Alfie
