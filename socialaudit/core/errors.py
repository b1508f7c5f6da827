"""The errors every layer may raise or catch: each message is one line a person can act
on, naming the file, line or key, and never quoting a post's text."""
from __future__ import annotations


class RecordError(ValueError):
    """A record that cannot be used; the message says why, without its content."""


class InputError(Exception):
    """The input as a whole cannot be read. The message names the file."""


class PolicyError(ValueError):
    """A policy that cannot be used. The message names the file and the key."""


class SettingsError(ValueError):
    """Settings that cannot be used. The message names the file or variable and the key."""
