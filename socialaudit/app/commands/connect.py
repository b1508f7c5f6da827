"""`socialaudit connect`: tell the scheduled run how to reach an enrolled account
(its source and settings) and, for live APIs, store its access token encrypted."""
from __future__ import annotations

import os

import click
from sqlalchemy import select

from socialaudit.app.cli import Failure, load_policy_or_fail, main

SOURCES = ("archive", "x", "bluesky", "mastodon", "facebook", "instagram", "blog")


def _options(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise Failure(f"--option takes KEY=VALUE, not {p!r}")
        out[key] = value
    return out


@main.command()
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
@click.option("--policy", "policy_ref", default=None, help="Policy pack (default: the configured one).")
def connect(account_id, source, folder, options, token_env, every_hours, policy_ref):
    """Set how `socialaudit run` reaches an enrolled ACCOUNT (e.g. x:@jane_v)."""
    from socialaudit.core.settings import load_settings
    from socialaudit.storage import repo
    from socialaudit.storage import schema as db
    from socialaudit.storage.db import StorageError, open_store
    settings = load_settings()
    policy = load_policy_or_fail(policy_ref or settings.policy)
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
    try:
        store = open_store(settings)
    except StorageError as e:
        raise Failure(str(e)) from None
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        acc = s.scalar(select(db.Account).where(db.Account.organisation_id == org.id,
                                                db.Account.external_id == account_id))
        if acc is None:
            raise Failure(f"{account_id}: not enrolled (use `socialaudit enrol` first)")
        acc.source, acc.source_config = source, config
        if every_hours:
            acc.crawl_every_hours = every_hours
        if token:
            _store_token(s, acc, source, token)
            if acc.status == "needs_reauth":
                acc.status = "active"
    click.echo(f"socialaudit: {account_id} will be read from {source}"
               + (" with a stored, encrypted token" if token else ""))


def _store_token(s, acc, platform: str, token: str) -> None:
    from crawler.credentials import CredentialCipher, Credentials, Secret
    from socialaudit.storage import schema as db
    blob = CredentialCipher.from_environment(create=True).encrypt_credentials(
        Credentials(platform=platform, access_token=Secret(token)))
    row = s.scalar(select(db.Credential).where(db.Credential.account_id == acc.id))
    if row is None:
        s.add(db.Credential(account_id=acc.id, ciphertext=blob))
    else:
        row.ciphertext = blob
