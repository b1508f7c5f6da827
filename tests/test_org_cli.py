"""`socialaudit org add NAME --policy PACK` and `org list`: organisations sharing one store."""
from __future__ import annotations

from click.testing import CliRunner

from socialaudit.app.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_org_add_then_list_shows_each_organisation_with_its_pack():
    assert run("org", "add", "Twins Trust", "--policy", "twins-trust-fcs").exit_code == 0
    added = run("org", "add", "Children's Family Trust", "--policy", "childrens-family-trust")
    assert added.exit_code == 0 and "childrens-family-trust" in added.output
    listed = run("org", "list").output.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [
        ["twins-trust-fcs", "Twins Trust", "twins-trust-fcs"],
        ["childrens-family-trust", "Children's Family Trust", "childrens-family-trust"]]


def test_a_second_organisation_on_the_same_pack_is_refused_with_the_reason():
    run("org", "add", "Twins Trust", "--policy", "twins-trust-fcs")
    again = run("org", "add", "Twins Trust North", "--policy", "twins-trust-fcs")
    assert again.exit_code == 2 and "its own pack" in again.output


def test_an_organisation_with_its_own_pack_file_is_a_separate_organisation(tmp_path):
    pack = tmp_path / "north.toml"
    pack.write_text('extends = "twins-trust-fcs"\n[pack]\nid = "twins-trust-north"\n')
    run("org", "add", "Twins Trust", "--policy", "twins-trust-fcs")
    added = run("org", "add", "Twins Trust North", "--policy", str(pack))
    assert added.exit_code == 0, added.output
    assert len(run("org", "list").output.splitlines()) == 2


def test_workers_refuse_a_sqlite_store_with_the_reason():
    out = run("worker", "--depths")
    assert out.exit_code == 2 and "PostgreSQL" in out.output
