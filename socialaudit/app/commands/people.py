"""People and consent: `admin create`, `admin password`, `enrol`, `withdraw`, `purge`.
Thin wrappers over socialaudit.storage.lifecycle; each prints one line of what it did."""
from __future__ import annotations

import click

from reports.mailer import rewrite_eml
from socialaudit.app.options import App, Failure, pass_app, policy_option
from socialaudit.storage import repo
from socialaudit.storage.lifecycle import LifecycleError, create_person, find_person
from socialaudit.storage.lifecycle import enrol as do_enrol
from socialaudit.storage.lifecycle import purge as do_purge
from socialaudit.storage.lifecycle import withdraw as do_withdraw


def _password(prompt: str) -> str:
    try:
        from socialaudit.app.web.auth import PasswordTooWeak, hash_password
    except ModuleNotFoundError as e:
        raise Failure(f"passwords need {e.name}: pip install 'socialaudit[web]'") from None
    pw = click.prompt(prompt, hide_input=True, confirmation_prompt=True)
    try:
        return hash_password(pw)
    except PasswordTooWeak as e:
        raise Failure(str(e)) from None


def _person(s, org, email: str | None, what: str):
    if email is None:
        return None
    person = find_person(s, org, email)
    if person is None:
        raise Failure(f"{what} {email}: nobody with this email")
    return person


@click.group()
def admin() -> None:
    """Create admins and coordinators, and set passwords."""


@admin.command("create")
@click.option("--name", required=True)
@click.option("--email", required=True)
@click.option("--role", type=click.Choice(["admin", "coordinator"]), default="admin", show_default=True)
@policy_option()
@pass_app
def admin_create(app: App, name: str, email: str, role: str, policy_ref: str | None) -> None:
    """Create an admin (the first one) or a coordinator; asks for the password."""
    policy = app.policy(policy_ref)
    with app.store().session() as s:  # refuse a taken email before asking for a password
        if find_person(s, repo.ensure_organisation(s, policy), email) is not None:
            raise Failure(f"{email}: someone with this email already exists")
    hashed = _password("Password")
    with app.store().session() as s:
        org = repo.ensure_organisation(s, policy)
        try:
            create_person(s, org, name, email, role, password_hash=hashed)
        except LifecycleError as e:
            raise Failure(str(e)) from None
    click.echo(f"socialaudit: {role} {email} created")


@admin.command("password")
@click.option("--email", required=True)
@policy_option()
@pass_app
def admin_password(app: App, email: str, policy_ref: str | None) -> None:
    """Set someone's password (e.g. a volunteer's first one); unlocks the account."""
    policy, hashed = app.policy(policy_ref), _password("New password")
    with app.store().session() as s:
        person = _person(s, repo.ensure_organisation(s, policy), email, "person")
        person.password_hash, person.failed_sign_ins, person.locked_until = hashed, 0, None
    click.echo(f"socialaudit: password set for {email}")


@click.command()
@click.option("--name", required=True, help="The volunteer's name.")
@click.option("--email", required=True, help="The volunteer's email (their sign-in).")
@click.option("--account", "accounts", multiple=True, required=True, metavar="PLATFORM:HANDLE",
              help="An account they consent to have checked, e.g. x:@jane_v (repeatable).")
@click.option("--coordinator", "coordinator_email", default=None, help="Their coordinator's email.")
@click.option("--entered-by", "entered_by_email", required=True, help="Your email: who recorded the consent.")
@click.option("--set-password", is_flag=True, help="Also set their password now (asks for it).")
@policy_option()
@pass_app
def enrol(app: App, name, email, accounts, coordinator_email, entered_by_email, set_password, policy_ref) -> None:
    """Enrol a volunteer's accounts, recording their consent under the current policy."""
    policy = app.policy(policy_ref)
    hashed = _password("Volunteer's password") if set_password else None
    with app.store().session() as s:
        org = repo.ensure_organisation(s, policy)
        entered_by = _person(s, org, entered_by_email, "--entered-by")
        coordinator = _person(s, org, coordinator_email, "--coordinator")
        try:
            done = do_enrol(s, policy, name=name, email=email, accounts=list(accounts),
                            entered_by=entered_by, coordinator=coordinator)
        except LifecycleError as e:
            raise Failure(str(e)) from None
        if hashed:
            done.person.password_hash = hashed
        n, new = len(done.accounts), len(done.consents)
    if not new:
        click.echo(f"socialaudit: {email} is already enrolled with {n} account(s) under this policy version; "
                   "no new consent recorded")
        return
    click.echo(f"socialaudit: enrolled {email} with {n} account(s); consent recorded under "
               f"{_policy_label(policy)}")


def _policy_label(policy) -> str:
    """How a person reads the policy version: the pack's title and version, not its hash."""
    pack = policy.raw.get("pack", {})
    version = pack.get("version")
    return f"“{policy.title}”" + (f" (version {version})" if version else "")


@click.command()
@click.option("--email", required=True, help="The volunteer who withdraws.")
@click.option("--entered-by", "entered_by_email", required=True, help="Your email: who recorded it.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@policy_option()
@pass_app
def withdraw(app: App, email, entered_by_email, yes, policy_ref) -> None:
    """Stop checking a volunteer and erase their posts, media and findings."""
    policy = app.policy(policy_ref)
    if not yes:
        click.confirm(f"Erase every post, photo and finding of {email}? This cannot be undone", abort=True)
    store = app.store()
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        entered_by = _person(s, org, entered_by_email, "--entered-by")
        person = _person(s, org, email, "volunteer")
        if person.role != "volunteer":
            raise Failure(f"{email}: is a {person.role}, not a volunteer")
        done = do_withdraw(s, person, entered_by=entered_by)
        settings = app.settings
        files = rewrite_eml(settings.eml_dir, done.mail_keys_deleted, done.mail_rows_redacted, settings.mail_from)
    store.compact_after_erasure()
    click.echo(f"socialaudit: {email} withdrawn; erased {done.posts} posts, {done.media} media files, "
               f"{done.findings} findings, {len(done.mail_keys_deleted)} emails to them; their words removed "
               f"from {len(done.mail_rows_redacted)} other emails, {done.reports_redacted} archived reports and "
               f"{files} .eml files (anonymous counts kept)")


@click.command()
@policy_option()
@pass_app
def purge(app: App, policy_ref) -> None:
    """Delete post text and media older than the pack's retention period (open findings kept)."""
    policy = app.policy(policy_ref)
    with app.store().session() as s:
        posts, media = do_purge(s, policy)
    days = policy.section("review").get("retention_days", 365)
    click.echo(f"socialaudit: purged {posts} posts and {media} media files older than {days} days")
