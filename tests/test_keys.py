"""Secret key handling for keyed name hashes, and the hashed protected-names register."""
from __future__ import annotations

import os
import stat

import pytest

from auditors.nlp.names import build_register, name_forms, normalise
from socialaudit.core import keys


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for var in (keys.ENV_KEY, keys.ENV_KEY_FILE, "SOCIALAUDIT_DATA_DIR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def test_key_from_environment_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(keys.ENV_KEY, "a-secret-from-the-environment")
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(tmp_path / "unused.key"))
    assert keys.secret_key() == b"a-secret-from-the-environment"
    assert not (tmp_path / "unused.key").exists()


def test_hex_key_in_environment_is_decoded(monkeypatch):
    monkeypatch.setenv(keys.ENV_KEY, "00ff" * 8)
    assert keys.secret_key() == bytes.fromhex("00ff" * 8)


def test_key_file_is_created_on_first_use_with_mode_0600(monkeypatch, tmp_path):
    path = tmp_path / "keys" / "secret.key"
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(path))
    first = keys.secret_key()
    assert len(first) == keys.KEY_BYTES
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert keys.secret_key() == first  # reused, not regenerated


def test_default_key_file_lives_under_the_data_dir(tmp_path):
    assert keys.default_key_file() == tmp_path / "xdg" / "socialaudit" / "secret.key"
    keys.secret_key()
    assert (tmp_path / "xdg" / "socialaudit" / "secret.key").is_file()


def test_data_dir_setting_moves_the_key_file(monkeypatch, tmp_path):
    monkeypatch.setenv("SOCIALAUDIT_DATA_DIR", str(tmp_path / "data"))
    assert keys.default_key_file() == tmp_path / "data" / "secret.key"


def test_empty_key_file_is_refused_with_its_path(monkeypatch, tmp_path):
    path = tmp_path / "secret.key"
    path.write_text("\n")
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(path))
    with pytest.raises(keys.SecretKeyError, match="secret.key"):
        keys.secret_key()


def test_keyed_hash_depends_on_the_key():
    assert keys.keyed_hash(b"k1", "kerry") == keys.keyed_hash(b"k1", "kerry")
    assert keys.keyed_hash(b"k1", "kerry") != keys.keyed_hash(b"k2", "kerry")


def test_register_keeps_only_hashes(tmp_path):
    reg = tmp_path / "families.csv"
    reg.write_text("name\nShannon\nOkonkwo\n")
    register = build_register(reg, key=b"test-key")
    assert register.size == 2
    dump = repr(register.hashes).lower()
    assert "shannon" not in dump and "okonkwo" not in dump
    assert register.lookup("shannon") == "register"
    assert register.lookup("okonkwo") == "register"


def test_register_matches_nicknames_accents_and_case(tmp_path):
    reg = tmp_path / "families.txt"
    reg.write_text("Siân\nGemma\n")
    register = build_register(reg, key=b"test-key")
    assert register.lookup(normalise("SIAN")) == "register"
    assert register.lookup(normalise("Gem")) == "nickname"
    assert register.lookup(normalise("Sarah")) is None


def test_pack_nicknames_extend_the_shipped_table(tmp_path):
    reg = tmp_path / "families.txt"
    reg.write_text("Wilhelmina\n")
    register = build_register(reg, {"Wilhelmina": ["Mina"]}, key=b"test-key")
    assert register.lookup("mina") == "nickname"


def test_a_nickname_widens_to_its_only_full_name():
    assert "gemma" in name_forms("Gem")
    assert "shan" in name_forms("Shannon")
