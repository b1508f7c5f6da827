"""name-leak across an account's posts: the per-account pass that learns the author's own family
("my son Adam" in one post makes "Adam" theirs in the next) and remembers the supported people
the account names ("Tomasz's social worker …" makes "Tomasz scored" a leak), on every audit path."""
from __future__ import annotations

import pytest

VOLUNTEER = {"bio": "FCS volunteer with @TwinsTrust. Views my own."}
CARER = {"bio": "Foster carer with Children's Family Trust. Views my own."}


@pytest.fixture(scope="module", autouse=True)
def secret_key():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOCIALAUDIT_SECRET_KEY", "test-key-for-name-leak")
        yield


# --- the author's own family, learnt from the account's other posts ----------------------

def _account_posts(texts, bio=VOLUNTEER, **account):
    from tests.factories import account_dict, post_dict
    acc = account_dict(id="x:@vol", **bio, **account)
    return [acc] + [post_dict(id=f"x:{i}", account_id="x:@vol", text=t) for i, t in enumerate(texts)]


def _leaks(policy, records):
    from tests.factories import audit_records
    return {f.subject for f in audit_records(policy, records, only=["name-leak"])}


@pytest.mark.parametrize("said_so, later", [
    ("Our twins Layla and Adam are 7 today!", "Layla lost her first tooth. Adam is furious he hasn't lost one."),
    ("My son Adam asked if he can fast 'just until lunch'", "Adam's first day at secondary. I'm fine."),
    ("my boys, Sam and Alex, starting secondary 😭", "Sam wants to be a bin lorry driver. Alex wants to be 'the bin'."),
    ("Grandson Harry and his sister Ella at the beach", "Harry's first day at school 🎒"),
])
def test_names_the_author_calls_their_own_in_another_post_are_not_leaks_later(twins, said_so, later):
    assert _leaks(twins, _account_posts([later, said_so])) == set()


def test_without_the_other_post_the_same_names_are_leaks(twins):
    assert _leaks(twins, _account_posts(["Layla lost her first tooth. Adam is furious he hasn't lost one."]))


def test_own_family_names_learnt_from_one_account_do_not_excuse_another(twins):
    from tests.factories import account_dict, post_dict
    records = _account_posts(["Our twins Layla and Adam are 7 today!"]) + [
        account_dict(id="x:@other", **VOLUNTEER),
        post_dict(id="x:9", account_id="x:@other", text="Layla lost her first tooth. Adam is furious he hasn't lost one.")]
    assert _leaks(twins, records) == {"x:9"}


# --- a supported person named in another of the account's posts ----------------------------

NAMED_IN_CARE = "Tomasz's social worker came round today, he has settled so well since he came to us"
NAMED_ONLY = "Tomasz scored his first goal for the under 10s today ⚽"


def test_a_name_with_no_cue_is_not_a_leak_on_its_own(cft):
    assert _leaks(cft, _account_posts([NAMED_ONLY], bio=CARER)) == set()


@pytest.mark.parametrize("order", [(NAMED_ONLY, NAMED_IN_CARE), (NAMED_IN_CARE, NAMED_ONLY)])
def test_a_name_another_post_shows_to_be_a_child_in_care_is_a_leak_wherever_it_recurs(cft, order):
    assert _leaks(cft, _account_posts(list(order), bio=CARER)) == {"x:0", "x:1"}


def test_a_name_the_author_calls_their_own_is_not_remembered_as_supported(cft):
    assert _leaks(cft, _account_posts(["my son Tomasz is 30 today", NAMED_ONLY], bio=CARER)) == set()


def test_names_on_an_official_account_are_not_remembered(cft):
    official = {"bio": "The official account of Children's Family Trust"}
    assert _leaks(cft, _account_posts([NAMED_ONLY, NAMED_IN_CARE], bio=official, role="official")) == {"x:1"}


def test_a_name_remembered_on_one_account_does_not_reach_another(cft):
    from tests.factories import account_dict, post_dict
    records = _account_posts([NAMED_IN_CARE], bio=CARER) + [
        account_dict(id="x:@other", **CARER), post_dict(id="x:9", account_id="x:@other", text=NAMED_ONLY)]
    assert _leaks(cft, records) == {"x:0"}


@pytest.mark.parametrize("said_so", [
    "My FCS mum Jade said the twins Alfie and Archie slept through!",   # a supported family's kin words
    "my foster son Kai scored today",                                  # a child in care, not own
])
def test_supported_or_fostered_children_are_never_learnt_as_own(twins, said_so):
    later = "Alfie and Archie are 9 months today, so proud of their mum" if "Alfie" in said_so \
        else "Kai's first day at his new school, so proud of him"
    assert _leaks(twins, _account_posts([said_so, later])) >= {"x:1"}


def test_a_foster_carers_our_boys_are_not_learnt_as_own(cft):
    records = _account_posts(["our boys Kai and Leon at the footy 💙", "Kai and Leon's first day at the new school"],
                             bio=CARER)
    assert "x:1" in _leaks(cft, records)


def test_a_register_name_is_never_learnt_as_own(registered):
    records = _account_posts(["My son Riley passed his test!", "Riley found a stick and won't let go"])
    assert "x:1" in _leaks(registered, records)


@pytest.mark.parametrize("line, kin", [
    (b'{"text": "My son Adam asked if he can fast"}', True),
    (b'{"text": "our twins Layla and Adam are 7"}', True),
    (b'{"text": "Grandson Harry started school"}', True),
    (b'{"text": "Lovely visit with my FCS family today"}', False),
    (b'{"text": "Alfie and Archie are 9 months today"}', False),
])
def test_the_per_account_pass_reads_only_lines_with_a_kin_cue_of_the_authors_own(line, kin):
    from auditors.nlp.names_own import kin_line
    assert kin_line(line) is kin


def test_a_bundle_remembers_the_same_names_as_the_accounts_stored_posts_would(cft, tmp_path):
    """The raw-line test is only a prefilter: a handle holding a cue word ("fostermum") must not
    fill the account's quota of remembered texts with posts about nothing."""
    from auditors.engine import account_names_of
    from auditors.prepared import Prepared
    from socialaudit.core.model import parse_record
    from tests.factories import account_dict, findings_of, post_dict, write_bundle
    account = account_dict(id="x:@fostermum_jo", handle="fostermum_jo", **CARER)
    texts = [f"Lovely sunny walk along the canal today, stop number {i}" for i in range(110)]
    texts += [NAMED_IN_CARE, NAMED_ONLY]
    posts = [post_dict(id=f"x:{i}", account_id="x:@fostermum_jo", text=t) for i, t in enumerate(texts)]
    bundle = write_bundle(tmp_path / "b.jsonl", [account, *posts])
    leaks = {f.subject for f in findings_of(cft, bundle, only=["name-leak"])}
    _, known = account_names_of(parse_record(account), texts, Prepared(cft))
    assert known == {"x:@fostermum_jo": frozenset({"tomasz"})}
    assert leaks == {"x:110", "x:111"}
