"""Access tokens encrypted at rest and never shown."""
from __future__ import annotations

import logging
import os
import pickle
import stat

import pytest
from cryptography.fernet import Fernet

from crawler.credentials import KEY_ENV, CredentialCipher, CredentialError, Credentials, Secret, load_keys, scrub_logger

TOKEN = "ya29.very-secret-access-token"


@pytest.fixture
def key(monkeypatch) -> bytes:
    k = Fernet.generate_key()
    monkeypatch.setenv(KEY_ENV, k.decode())
    return k


def test_token_round_trips_through_encryption(key):
    cipher = CredentialCipher.from_environment()
    blob = cipher.encrypt(Secret(TOKEN))
    assert TOKEN not in blob
    assert cipher.decrypt(blob).reveal() == TOKEN


def test_whole_credentials_round_trip(key):
    cipher = CredentialCipher.from_environment()
    creds = Credentials("mastodon", Secret(TOKEN), Secret("refresh-me"), 1.5e9, {"instance": "a.example"})
    back = cipher.decrypt_credentials(cipher.encrypt_credentials(creds))
    assert back == creds and back.refresh_token.reveal() == "refresh-me"


def test_secret_is_masked_in_repr_str_format_and_credentials_repr():
    creds = Credentials("x", Secret(TOKEN))
    shown = repr(creds) + str(creds.access_token) + f"{creds.access_token}" + "%s" % creds.access_token
    assert TOKEN not in shown and "********" in shown


def test_secret_refuses_pickling():
    with pytest.raises(TypeError):
        pickle.dumps(Secret(TOKEN))


def test_wrong_key_fails_without_showing_token_or_key(key, monkeypatch):
    blob = CredentialCipher.from_environment().encrypt(TOKEN)
    other = Fernet.generate_key()
    monkeypatch.setenv(KEY_ENV, other.decode())
    with pytest.raises(CredentialError) as err:
        CredentialCipher.from_environment().decrypt(blob)
    assert TOKEN not in str(err.value) and other.decode() not in str(err.value)


def test_tampered_blob_is_refused(key):
    cipher = CredentialCipher.from_environment()
    blob = cipher.encrypt(TOKEN)
    with pytest.raises(CredentialError):
        cipher.decrypt(blob[:-4] + "AAAA")


def test_invalid_key_is_refused_without_echoing_it(monkeypatch):
    monkeypatch.setenv(KEY_ENV, "not-a-fernet-key")
    with pytest.raises(CredentialError) as err:
        load_keys()
    assert "not-a-fernet-key" not in str(err.value)


def test_key_file_is_created_private_and_reused(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = tmp_path / "keys" / "credentials.key"
    blob = CredentialCipher.from_environment(path, create=True).encrypt(TOKEN)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert CredentialCipher.from_environment(path).decrypt(blob).reveal() == TOKEN


def test_missing_key_names_the_variable_and_file(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(CredentialError, match=KEY_ENV):
        load_keys(tmp_path / "absent.key")


def test_key_rotation_reads_old_blobs_and_rewrites_them(monkeypatch):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    monkeypatch.setenv(KEY_ENV, old.decode())
    blob = CredentialCipher.from_environment().encrypt(TOKEN)
    monkeypatch.setenv(KEY_ENV, f"{new.decode()},{old.decode()}")
    rotated = CredentialCipher.from_environment().rotate(blob)
    monkeypatch.setenv(KEY_ENV, new.decode())
    assert CredentialCipher.from_environment().decrypt(rotated).reveal() == TOKEN


def test_scrubbed_logger_never_prints_the_token(caplog):
    caplog.set_level(logging.DEBUG)
    scrub_logger("some.library", Secret(TOKEN))
    logging.getLogger("some.library").debug("Headers: %s", {"Authorization": f"Bearer {TOKEN}"})
    assert "Bearer ********" in caplog.text and TOKEN not in caplog.text
