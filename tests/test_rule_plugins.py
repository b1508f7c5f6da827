"""A rule is defined once: one module (with its RuleSpec) is all it takes, and it appears
everywhere — the registry, every policy (with its declared defaults), pack validation,
`audit --rule`, the web app's labels, docs/RULES.md. Here the module comes from a
fixture package registered through the `socialaudit.auditors` entry point, the door
third-party rules use; a duplicate or malformed rule is refused by name."""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditors import registry
from socialaudit.app.cli import main
from socialaudit.app.commands.rules import rules_markdown
from socialaudit.app.web.labels import rule_labels

FIXTURE = Path(__file__).parent / "fixtures" / "extra_rule"


@pytest.fixture
def plugin(monkeypatch):
    monkeypatch.syspath_prepend(str(FIXTURE))
    importlib.invalidate_caches()
    registry.reload()
    yield
    monkeypatch.undo()
    sys.modules.pop("socialaudit_extra_rule.shouting", None)
    registry.reload()


def test_a_rule_in_its_own_module_is_registered_with_its_declaration(plugin):
    rule = registry.get("shouting")
    assert rule.spec.severity == "low" and rule.spec.label == "Shouting in capitals"


def test_every_policy_knows_the_new_rule_with_its_declared_defaults(plugin):
    settings = registry.load_policy("twins-trust-fcs").rule("shouting")
    assert (settings.enabled, settings.severity, settings.clause) == (True, "low", "Guidance for personal use")
    assert settings.message == "Written in capitals, which reads as shouting" and settings.param("min_share") == 0.7


def test_a_pack_may_tune_the_new_rule_and_its_parameters_are_checked(plugin, tmp_path):
    good = tmp_path / "mine.toml"
    good.write_text('extends = "twins-trust-fcs"\n[rules.shouting]\nseverity = "high"\nmin_share = 0.9\n')
    assert registry.load_policy(str(good)).rule("shouting").param("min_share") == 0.9
    bad = tmp_path / "bad.toml"
    bad.write_text('extends = "twins-trust-fcs"\n[rules.shouting]\nmin_share = "lots"\n')
    with pytest.raises(ValueError, match="'rules.shouting.min_share' must be a number"):
        registry.load_policy(str(bad))


def test_audit_runs_only_the_new_rule_when_asked(plugin, tmp_path):
    bundle = tmp_path / "b.jsonl"
    bundle.write_text(json.dumps({"kind": "post", "id": "x:1", "account_id": "x:@a", "platform": "x",
                                  "text": "THIS IS NOT GOOD ENOUGH AT ALL"}) + "\n")
    out = CliRunner().invoke(main, ["audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format",
                                    "json", "--rule", "shouting", "--quiet"])
    assert out.exit_code == 0, out.output
    assert [f["rule"] for f in json.loads(out.output)["findings"]] == ["shouting"]


def test_the_web_labels_and_the_rules_page_include_the_new_rule(plugin):
    assert rule_labels(registry.load_policy("twins-trust-fcs"))["shouting"] == "Shouting in capitals"
    page = rules_markdown()
    assert "## `shouting` — Shouting in capitals" in page and "| `shouting` | post |" in page


def test_two_modules_claiming_one_rule_id_are_refused_naming_both(plugin, tmp_path, monkeypatch):
    dup = tmp_path / "dup_rules"
    dup.mkdir()
    (dup / "__init__.py").write_text("")
    (dup / "geo.py").write_text((FIXTURE / "socialaudit_extra_rule" / "shouting.py").read_text()
                                .replace('id="shouting"', 'id="geotag"'))
    meta = tmp_path / "dup_rules-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: dup-rules\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text("[socialaudit.auditors]\ngeo = dup_rules.geo\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    registry.reload()
    with pytest.raises(registry.RegistryError, match="'geotag' is declared twice: in auditors.rules.geotag and in dup_rules.geo"):
        registry.all_rules()


def test_a_malformed_declaration_is_refused_with_what_is_wrong(tmp_path, monkeypatch):
    bad = tmp_path / "bad_rules"
    bad.mkdir()
    (bad / "__init__.py").write_text("")
    (bad / "loud.py").write_text((FIXTURE / "socialaudit_extra_rule" / "shouting.py").read_text()
                                 .replace('severity="low"', 'severity="urgent"').replace('id="shouting"', 'id="loud"'))
    meta = tmp_path / "bad_rules-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: bad-rules\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text("[socialaudit.auditors]\nloud = bad_rules.loud\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    registry.reload()
    try:
        with pytest.raises(registry.RegistryError, match="rule 'loud': severity must be one of"):
            registry.all_rules()
    finally:
        monkeypatch.undo()
        registry.reload()
