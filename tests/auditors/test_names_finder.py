"""auditors.nlp.names: the first-name finder name-leak and the WNUT-17 bench share, and the lexicon."""
from __future__ import annotations

import pytest

from auditors.nlp.names import find_first_names, handle_parts, surnames
from auditors.nlp.names_lexicon import lexicon, name_forms


def names_in(text: str, cut: float = 0.5) -> list[str]:
    return [s.word for s in find_first_names(text) if s.confidence >= cut]


@pytest.mark.parametrize("text, name", [
    ("Went to the park with Riley today", "Riley"),
    ("riley's found a stick and won't let go", "riley"),
    ("so proud of kayden today", "kayden"),
    ("Mary-Jane started nursery", "Mary-Jane"),
    ("lexi-mae's first birthday", "lexi-mae"),
    ("Chris' bike got a puncture", "Chris"),
    ("Jodie’s mum rang", "Jodie"),
    ("A card reading 'Thank you Yasmin'", "Yasmin"),
])
def test_first_names_are_found_however_they_are_written(text, name):
    assert name in names_in(text)


@pytest.mark.parametrize("text, word", [
    ("I will be there at nine", "will"),
    ("hope you are all well", "hope"),
    ("Hope you are all well", "Hope"),
    ("May I ask a question?", "May"),
    ("the gas bill came today", "bill"),
    ("a rose from the garden", "rose"),
])
def test_names_that_are_everyday_words_are_not_names_as_words(text, word):
    assert word not in names_in(text)


def test_a_capital_in_mid_sentence_is_surer_than_at_the_start():
    mid = next(s for s in find_first_names("We saw Grace at the shops") if s.word == "Grace")
    start = next(s for s in find_first_names("Grace at the shops is lovely") if s.word == "Grace")
    assert mid.confidence > start.confidence


def test_a_popular_name_is_surer_than_a_rare_one():
    popular = find_first_names("We met Chloe")[0]
    rare = find_first_names("We met Aaban")[0]
    assert popular.confidence > rare.confidence


@pytest.mark.parametrize("text, names", [
    ("@jess_k92 thanks hun", {"jess"}),
    ("@riley_and_ruby_mum see you soon", {"riley", "ruby"}),
    ("@kelsey.marie.leeds morning", {"kelsey", "marie"}),
    ("@JessKing congrats", {"jess"}),
])
def test_names_inside_handles_are_found(text, names):
    assert {s.norm for s in find_first_names(text) if s.handle} >= names


def test_a_run_together_handle_gives_the_name_it_starts_with():
    assert [s.norm for s in handle_parts("jaydenboss09", 0, frozenset())] == ["jayden"]


def test_a_handle_without_a_name_gives_none():
    assert not list(handle_parts("nr18_gardener", 0, frozenset()))


def test_stopwords_are_never_names():
    assert "Will" not in [s.word for s in find_first_names("Will you come?", frozenset({"will"}))]


def test_the_capitalised_word_after_a_name_is_a_surname():
    text = "Well done Isla Thompson"
    found = surnames(text, find_first_names(text))
    assert [s.word for s in found] == ["Thompson"]


def test_lexicon_marks_everyday_words_and_plain_names_apart():
    assert lexicon().get("will").wordness > 0.8
    assert lexicon().get("chloe").wordness == 0.0


def test_name_forms_come_from_the_nickname_table_and_hyphenated_parts():
    assert "alex" in name_forms("Alexander")
    assert "lexi" in name_forms("Lexi-Mae")


def test_the_register_is_normalised_before_hashing_and_keeps_no_clear_name(tmp_path):
    from auditors.nlp.names import build_register
    from socialaudit.core.keys import keyed_hash
    path = tmp_path / "register.csv"
    path.write_text("name\nZOË'S\n", encoding="utf-8")
    reg = build_register(path, key=b"k" * 32)
    assert reg.lookup("zoe") == "register"
    assert keyed_hash(b"k" * 32, "zoe") in reg.hashes
    assert not any("zo" in str(v).lower() for v in (*reg.hashes, *reg.hashes.values()))
