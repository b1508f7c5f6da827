"""Policy packs: built-ins load, extends merges, bad files are refused by name."""
from __future__ import annotations

import pytest

from auditors.registry import load_policy
from socialaudit.core.policy import PolicyError, builtin_packs

RULE_IDS = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
            "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
            "controversial-official", "contact-details", "privacy-settings"}


@pytest.mark.parametrize("pack", ["twins-trust-fcs", "childrens-family-trust"])
def test_builtin_pack_loads_with_every_rule_citing_a_clause_and_quoting_the_policy(pack):
    policy = load_policy(pack)
    assert policy.id == pack
    for rule_id in RULE_IDS:
        rule = policy.rule(rule_id)
        assert rule.clause, rule_id
        assert len(rule.policy_text) > 20, rule_id
        assert rule.severity in ("low", "medium", "high")


def test_builtin_packs_are_listed():
    assert {"twins-trust-fcs", "childrens-family-trust"} <= set(builtin_packs())


def test_twins_pack_holds_official_contacts():
    contacts = load_policy("twins-trust-fcs").section("contacts")
    assert "0800 138 0509" in contacts["phones"]
    assert "asktwinline@twinstrust.org" in contacts["emails"]


def test_cft_pack_switches_off_rules_it_has_no_clause_for():
    policy = load_policy("childrens-family-trust")
    for rule_id in ("advice-to-family", "contact-details", "logo-misuse"):
        assert policy.rule(rule_id).enabled is False


def test_extending_file_replaces_keys_and_resolves_paths_against_its_folder(tmp_path):
    (tmp_path / "families.csv").write_text("name\nZed\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    f = tmp_path / "org.toml"
    f.write_text('extends = "twins-trust-fcs"\n[organisation]\nname = "Other Org"\nlogos = ["logo.png"]\n'
                 '[names]\nregister = "families.csv"\n[rules.geotag]\nseverity = "low"\n')
    policy = load_policy(str(f))
    assert policy.org_name == "Other Org"
    assert policy.organisation["aliases"] == load_policy("twins-trust-fcs").organisation["aliases"]
    assert list(policy.organisation["logos"]) == [str(tmp_path / "logo.png")]
    assert policy.rule("geotag").severity == "low"
    assert policy.rule("geotag").clause == "Post content 3"  # inherited


@pytest.mark.parametrize("body, expected", [
    ('[organisation]\nnmae = "x"\n', "unknown key 'organisation.nmae'"),
    ('[colour]\nx = 1\n', "unknown key 'colour'"),
    ('[rules.geotag]\nseverity = "urgent"\n', "'rules.geotag.severity' must be one of"),
    ('[rules.geotag]\nfrobnicate = true\n', "unknown key 'rules.geotag.frobnicate'"),
    ('[rules.made-up]\nenabled = true\n', "unknown rule 'rules.made-up'"),
    ('[organisation]\naliases = "FCS"\n', "'organisation.aliases' must be a list of strings"),
    ('[names]\nregister = "missing.csv"\n', "file not found"),
    ('extends = "no-such-pack"\n', "unknown policy pack 'no-such-pack'"),
    ('this is = = not toml', "not valid TOML"),
])
def test_bad_policy_file_is_refused_naming_file_and_key(tmp_path, body, expected):
    f = tmp_path / "bad.toml"
    f.write_text(body)
    with pytest.raises(PolicyError) as e:
        load_policy(str(f))
    assert expected in str(e.value)
    assert "bad.toml" in str(e.value) or "no-such-pack" in str(e.value)


def test_missing_policy_file_is_refused_naming_it(tmp_path):
    with pytest.raises(PolicyError, match="nope.toml: policy file not found"):
        load_policy(str(tmp_path / "nope.toml"))


def test_extends_loop_is_refused(tmp_path):
    (tmp_path / "a.toml").write_text('extends = "b.toml"\n')
    (tmp_path / "b.toml").write_text('extends = "a.toml"\n')
    with pytest.raises(PolicyError, match="loops back"):
        load_policy(str(tmp_path / "a.toml"))


def test_policy_fingerprint_changes_when_the_pack_changes(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('extends = "twins-trust-fcs"\n')
    before = load_policy(str(f)).fingerprint
    f.write_text('extends = "twins-trust-fcs"\n[rules.geotag]\nseverity = "low"\n')
    assert load_policy(str(f)).fingerprint != before


def test_no_organisation_name_is_hard_coded_outside_its_pack():
    """The policy is data: organisation names, numbers and hashtags live only in packs."""
    from tests.conftest import REPO
    needles = ["Twins Trust", "Twinline", "0800 138 0509", "asktwinline", "#familycrisissupport",
               "Children's Family Trust", "childrensfamilytrust"]
    offenders = []
    for folder in ("socialaudit", "auditors", "crawler", "reports"):
        for py in (REPO / folder).rglob("*.py"):
            if "demo" in py.parts:  # the demo's made-up volunteers are example data for the twins pack
                continue
            text = py.read_text(encoding="utf-8")
            body = text.split('"""', 2)[2] if text.startswith('"""') else text  # docs may cite the policy
            code = "\n".join(line.split("  # ")[0] for line in body.splitlines() if not line.strip().startswith("#"))
            offenders += [f"{py.relative_to(REPO)}: {n}" for n in needles if n in code]
    assert not offenders, offenders


def test_a_loaded_policy_is_frozen():
    policy = load_policy("twins-trust-fcs")
    with pytest.raises((TypeError, AttributeError)):
        policy.raw["organisation"]["name"] = "Someone else"  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        policy.raw["hashtags"]["encouraged"].append("#mine")  # type: ignore[union-attr]
    with pytest.raises(AttributeError):
        policy.id = "other"  # type: ignore[misc]
