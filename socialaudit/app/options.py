"""What every command shares: settings loaded once per process, the policy and the store
opened on demand, the common flags declared once, and the one-line failure.

Exit status everywhere: 0 ran; 1 `--fail-on` threshold met (audit) or a problem found
(check); 2 bad usage, bad policy, bad settings or unreadable input — always with a
one-line reason on stderr, never a traceback; 3 some accounts could not be crawled (run).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import click

from auditors.registry import RegistryError, load_policy
from socialaudit.core.errors import PolicyError, SettingsError
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings, load_settings

if TYPE_CHECKING:
    from socialaudit.storage.db import Store


class Failure(click.ClickException):
    """A one-line error that exits 2 (bad usage, settings, policy or input)."""
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"socialaudit: {self.format_message()}", err=True)


@dataclass
class App:
    """The command line's context: settings read once, policy and store opened once."""
    settings: Settings
    _policies: dict[str, Policy] = field(default_factory=dict)
    _store: Store | None = None

    @classmethod
    def load(cls) -> "App":
        try:
            return cls(load_settings())
        except SettingsError as e:
            raise Failure(str(e)) from None

    def policy(self, ref: str | None = None) -> Policy:
        """The named pack or file, else the configured one; a bad one is a Failure."""
        ref = ref or self.settings.policy
        if ref not in self._policies:
            try:
                self._policies[ref] = load_policy(ref)
            except (PolicyError, RegistryError) as e:
                raise Failure(str(e)) from None
        return self._policies[ref]

    def store(self) -> Store:
        if self._store is None:
            # The store (SQLAlchemy, Alembic) is imported by the commands that open it, not by every run.
            from socialaudit.storage.db import StorageError, open_store

            try:
                self._store = open_store(self.settings)
            except StorageError as e:
                raise Failure(str(e)) from None
        return self._store


pass_app = click.make_pass_decorator(App)


def policy_option(*, required: bool = False) -> Callable:
    """--policy, the same everywhere."""
    default_help = "" if required else " Default: the configured one (SOCIALAUDIT_POLICY, else twins-trust-fcs)."
    # (no explicit default: click 8.3+ treats `default=None` as a value, which would defeat `required`)
    return click.option("--policy", "policy_ref", required=required, metavar="POLICY",
                        help="A built-in pack (twins-trust-fcs, childrens-family-trust) or a policy .toml file."
                             + default_help)


def quiet_option() -> Callable:
    return click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
