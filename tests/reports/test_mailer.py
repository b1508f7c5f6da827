"""SMTP with STARTTLS and a login whose password comes from the environment; .eml
files when no SMTP host is set; a dry run writes files and commits nothing."""
from __future__ import annotations

import datetime as dt
import ssl

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from reports.mailer import SmtpMailer, build_message
from socialaudit.app.delivery import deliver_due
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.reports.conftest import Inbox, free_port
from tests.reports.factory import POLICY, enrol_archive, outbox, people, run


def _self_signed(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    import ipaddress
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    return tmp_path / "cert.pem", tmp_path / "key.pem"


def test_starttls_and_login_with_the_password_from_the_environment(tmp_path, monkeypatch):
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret-from-env")

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        monkeypatch.setenv("SOCIALAUDIT_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("SOCIALAUDIT_SMTP_PORT", str(port))
        monkeypatch.setenv("SOCIALAUDIT_SMTP_USER", "mailer")
        monkeypatch.setenv("SOCIALAUDIT_SMTP_PASSWORD", "s3cret-from-env")
        settings = load_settings()
        row = db.OutboxMessage(kind="self-audit", dedupe_key="k", recipient="val@example.org", subject="Hi",
                               body_text="plain", body_html="<p>html</p>", message_id="<m1@x>",
                               created_at=dt.datetime.now(dt.timezone.utc))
        with SmtpMailer(settings, ssl_context=ssl.create_default_context(cafile=str(cert))) as mailer:
            mailer.send(build_message(row, settings.mail_from), row.dedupe_key)
    finally:
        controller.stop()
    assert logins == [(b"mailer", b"s3cret-from-env")]
    assert inbox.messages[0][0] == ["val@example.org"]


def test_password_is_never_read_from_the_config_file(tmp_path, monkeypatch):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('[smtp]\nhost = "127.0.0.1"\npassword = "oops"\n')
    monkeypatch.setenv("SOCIALAUDIT_CONFIG", str(cfg))
    from socialaudit.core.settings import SettingsError
    with pytest.raises(SettingsError, match="smtp.password"):
        load_settings()


def test_without_an_smtp_host_messages_become_eml_files(store, tmp_path, isolated_data_dir):
    ids = people(store, {"cora": ["val"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"])
    result = run(store)
    files = result.delivery["eml_files"]
    assert result.messages_sent == len(files) >= 1 and all(r.status == "sent" for r in outbox(store))
    raw = (isolated_data_dir / "outbox" / files[0].rsplit("/", 1)[1]).read_text()
    assert "multipart/alternative" in raw and "Message-ID:" in raw


def test_a_dry_run_writes_eml_files_and_commits_nothing(store, tmp_path, isolated_data_dir):
    ids = people(store, {"cora": ["val"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"])
    run(store)
    with store.session() as s:
        s.query(db.OutboxMessage).delete()
        s.query(db.ArchivedReport).delete()
    out = deliver_due(store, POLICY, load_settings(), dry_run=True)
    assert out["queued"] >= 1 and out["sent"] == 0 and len(out["eml_files"]) == out["queued"]
    assert all("/outbox/dry-run/" in f for f in out["eml_files"])
    assert outbox(store) == []
