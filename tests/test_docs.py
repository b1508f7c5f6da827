"""Docs match the code: every rule has a page and tests, and the README's commands exist."""
from __future__ import annotations

import re

import pytest

from auditors import registry
from socialaudit.app.cli import main
from socialaudit.app.commands.rules import rules_markdown
from tests.conftest import REPO


def contract_rule_ids() -> set[str]:
    """The twelve rule ids CONTRACT §4 fixes, read from the contract itself."""
    contract = (REPO.parent / "shared" / "CONTRACT.md")
    if not contract.is_file():
        pytest.skip(f"needs {contract}")
    section = contract.read_text().split("## 4. Rules", 1)[1].split("## 5.", 1)[0]
    return set(re.findall(r"^\| `([a-z-]+)` \|", section, re.M))


def test_every_contract_rule_is_registered():
    assert len(contract_rule_ids()) == 12
    assert contract_rule_ids() <= {r.id for r in registry.all_rules()}


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.id)
def test_every_rule_has_a_documentation_page_and_a_test_table(rule):
    doc = rule.module.__doc__ or ""
    assert rule.id in doc.splitlines()[0], "docstring starts with the rule id"
    assert "Policy" in doc or "policy" in doc
    test_file = REPO / "tests" / "auditors" / f"test_{rule.module.__name__.split('.')[-1]}.py"
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
    missing = sorted(n for n in named if n not in main.list_commands(None))
    assert not missing, missing
