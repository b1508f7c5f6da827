"""Docs match the code: every rule has a page and tests, and the README's commands exist."""
from __future__ import annotations

import re

import pytest

from auditors import registry
from socialaudit.app.cli import main
from socialaudit.app.commands.rules import rules_markdown
from tests.conftest import REPO

CONTRACT_RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
                  "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
                  "controversial-official", "contact-details", "privacy-settings"}


def test_all_twelve_contract_rules_are_registered():
    assert {m.RULE_ID for m in registry.all_auditors()} == CONTRACT_RULES


@pytest.mark.parametrize("mod", registry.all_auditors(), ids=lambda m: m.RULE_ID)
def test_every_rule_has_a_documentation_page_and_a_test_table(mod):
    doc = mod.__doc__ or ""
    assert mod.RULE_ID in doc.splitlines()[0], "docstring starts with the rule id"
    assert "Policy" in doc or "policy" in doc
    test_file = REPO / "tests" / "auditors" / f"test_{mod.__name__.split('.')[-1]}.py"
    assert test_file.is_file(), f"missing {test_file.relative_to(REPO)}"
    assert "parametrize" in test_file.read_text()


def test_rules_page_is_the_rules_command_output():
    page = REPO / "docs" / "RULES.md"
    assert page.read_text() == rules_markdown(), "regenerate with: socialaudit rules > docs/RULES.md"


def test_commands_named_in_the_readme_exist():
    readme = (REPO / "README.md").read_text()
    blocks = "\n".join(re.findall(r"```(?:sh|bash)?\n(.*?)```", readme, re.S))
    named = set(re.findall(r"socialaudit ([a-z][a-z-]*)", blocks))
    named |= set(re.findall(r"`socialaudit ([a-z][a-z-]*)", readme))
    assert named, "the README names commands"
    missing = sorted(n for n in named if n not in main.commands)
    assert not missing, missing
