"""The personal-views disclaimer recogniser (auditors/nlp/disclaimer.py) on its own."""
from __future__ import annotations

import pytest

from auditors.nlp.disclaimer import disclaimers, normalise, one_edit_apart
from auditors.prepared import Prepared
from auditors.registry import load_policy


@pytest.fixture(scope="module")
def recogniser(twins):
    return disclaimers(Prepared(twins))


def test_normalise_splits_hashtags_spells_out_contractions_and_joins_lines():
    assert normalise("#ViewsMyOwn\nI DON\u2019T   speak for\tthem; RTs aren't endorsements") == (
        "views my own i do not speak for them; rts are not endorsements")


@pytest.mark.parametrize("a, b, near", [
    ("veiws", "views", True),      # neighbours swapped
    ("vews", "views", True),       # one letter left out
    ("oppinions", "opinions", True),  # one letter too many
    ("viewz", "views", True),      # one letter wrong
    ("views", "views", False),     # the same word is no typo
    ("vows", "views", False),
    ("reviews", "views", False),
])
def test_one_edit_apart_allows_exactly_one_typo(a, b, near):
    assert one_edit_apart(a, b) is near


@pytest.mark.parametrize("text, form", [
    ("views = mine", "statement"),
    ("ma ain views", "owned"),
    ("personal account", "owned"),
    ("my views, not theirs", "restricted"),
    ("nothing on this blog is the charity's view", "not_theirs"),
    ("not speaking on behalf of anyone", "speaking"),
    ("likes & RTs ≠ endorsements", "endorsement"),
    ("#vmo", "phrase"),
])
def test_the_recogniser_names_the_form_that_matched(recogniser, text, form):
    assert recogniser.find(text) == form


@pytest.mark.parametrize("text", ["", "views of the sea", "personal account manager", "posts my own recipes",
                                  "own views on fostering? ask me"])
def test_text_without_a_disclaimer_gives_none(recogniser, text):
    assert recogniser.find(text) is None


def test_the_organisations_own_names_count_as_someone_else_whose_views_these_are_not(recogniser):
    assert recogniser.find("Not Twins Trust's views, obviously") == "not_theirs"


def test_a_pack_can_teach_the_grammar_its_own_words(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('extends = "twins-trust-fcs"\n[vocabulary]\n'
                      'disclaimer_opinion_nouns = ["views", "barn"]\ndisclaimer_owners = ["mine", "fy hun"]\n')
    assert disclaimers(Prepared(load_policy(str(policy)))).find("Barn fy hun") == "statement"
    assert disclaimers(Prepared(load_policy("twins-trust-fcs"))).find("Barn fy hun") is None


def test_a_pack_can_add_fixed_phrases(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('extends = "twins-trust-fcs"\n[disclaimer]\nphrases = ["meningar mina"]\n')
    assert disclaimers(Prepared(load_policy(str(policy)))).find("Meningar mina.") == "phrase"
