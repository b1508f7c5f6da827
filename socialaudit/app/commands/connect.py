"""`socialaudit connect`: tell the scheduled run how to reach an enrolled account
(its source and settings) and, for live APIs, store its access token encrypted."""
from __future__ import annotations

import os

import click

from crawler.credentials import CredentialCipher, Credentials, Secret
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.storage import repo
from socialaudit.storage.accounts import NotEnrolled, set_source

SOURCES = ("archive", "x", "bluesky", "mastodon", "facebook", "instagram", "blog")


def _options(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise Failure(f"--option takes KEY=VALUE, not {p!r}")
        out[key] = value
    return out


def _check_source(account_id: str, source: str) -> None:
    """An account is read from its own platform or from its export archive, nothing else."""
    platform = account_id.partition(":")[0]
    if source not in ("archive", platform):
        allowed = " or ".join(s for s in (platform, "archive") if s in SOURCES)
        raise Failure(f"{account_id} is on {platform}: --source must be {allowed}, not {source}")


@click.command()
@click.argument("account_id", metavar="ACCOUNT")
@click.option("--source", type=click.Choice(SOURCES), required=True, help="How the account is read.")
@click.option("--folder", type=click.Path(file_okay=True), default=None,
              help="For --source archive: where the volunteer's newest export is dropped.")
@click.option("--option", "options", multiple=True, metavar="KEY=VALUE",
              help="Connector setting, e.g. base_url=https://mastodon.social or account=<page id> (repeatable).")
@click.option("--token-env", metavar="VAR", default=None,
              help="Read the access token from this environment variable and store it encrypted.")
@click.option("--every", "every_hours", type=click.IntRange(1, 24 * 31), default=None,
              help="Crawl every N hours (default 24).")
@policy_option()
@pass_app
def connect(app: App, account_id, source, folder, options, token_env, every_hours, policy_ref):
    """Set how `socialaudit run` reaches an enrolled ACCOUNT (e.g. x:@jane_v)."""
    policy = app.policy(policy_ref)
    _check_source(account_id, source)
    config = _options(options)
    if source == "archive":
        if not folder:
            raise Failure("--source archive needs --folder")
        config["path"] = str(os.path.abspath(folder))
    token = None
    if token_env:
        token = os.environ.get(token_env)
        if not token:
            raise Failure(f"environment variable {token_env} is empty or not set")
    blob = None
    if token:
        blob = CredentialCipher.from_environment(create=True).encrypt_credentials(
            Credentials(platform=source, access_token=Secret(token)))
    with app.store().session() as s:
        try:
            set_source(s, repo.ensure_organisation(s, policy), account_id, source, config, every_hours, blob)
        except NotEnrolled:
            raise Failure(f"{account_id}: not enrolled (use `socialaudit enrol` first)") from None
    click.echo(f"socialaudit: {account_id} will be read from {source}"
               + (" with a stored, encrypted token" if token else ""))
