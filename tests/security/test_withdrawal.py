"""Issue 9, row 6: withdrawal erases the volunteer's words from every table and file —
emails to them (rows and .eml copies) are gone, and the coordinator's emails and archived
reports keep their counts but not the volunteer's name, handles or excerpts."""
from __future__ import annotations

from datetime import datetime, timezone

from click.testing import CliRunner
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.cli import main
from socialaudit.app.delivery import deliver_due
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db

ANN_WORDS = ["Ann Volunteer", "ann@example.org", "ann_volunteer", "expenses process"]


def everything_stored(store, eml_dir) -> str:
    """Every stored email and report, and every .eml file, as one text to search."""
    with store.session() as s:
        parts = [m.subject + m.body_text + (m.body_html or "") for m in s.scalars(select(db.OutboxMessage))]
        parts += [r.html + r.text for r in s.scalars(select(db.ArchivedReport))]
        parts += [p.name for p in s.scalars(select(db.Person))]
    parts += [p.read_bytes().decode("utf-8", "replace") for p in eml_dir.rglob("*.eml")]
    import quopri
    parts += [quopri.decodestring(p.read_bytes()).decode("utf-8", "replace") for p in eml_dir.rglob("*.eml")]
    return "\n".join(parts)


def test_withdrawal_erases_the_volunteers_words_from_mail_reports_and_eml_files(seeded, monkeypatch):
    settings = Settings(data_dir=seeded.data_dir)
    deliver_due(seeded.store, load_policy("twins-trust-fcs"), settings,
                now=datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc))
    before = everything_stored(seeded.store, settings.eml_dir)
    assert "ann_volunteer" in before or "Ann Volunteer" in before, "the reports should have listed Ann"
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", seeded.store.url)
    monkeypatch.setenv("SOCIALAUDIT_DATA_DIR", str(seeded.data_dir))
    result = CliRunner().invoke(main, ["withdraw", "--email", "ann@example.org", "--entered-by", "ada@example.org",
                                       "--yes", "--policy", "twins-trust-fcs"])
    assert result.exit_code == 0, result.output
    after = everything_stored(seeded.store, settings.eml_dir)
    for word in ANN_WORDS:
        assert word not in after, word
    assert "Ben" in after, "other volunteers stay in the coordinator's reports"
