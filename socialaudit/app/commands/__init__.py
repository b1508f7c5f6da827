"""The commands, one module each, listed here by name with their one-line help.

socialaudit.app.cli imports a command's module only when that command runs (or its own
--help is asked for), so `socialaudit audit` does not pay for the database, the web app
or the mailer. The one-line help is kept here so the top-level --help lists every
command without importing any; tests/test_cli_startup.py keeps it equal to the
command's own docstring.
"""
from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    module: str  # under socialaudit.app.commands
    attr: str
    help: str  # the first sentence of the command's docstring


COMMANDS: dict[str, Entry] = {
    "audit": Entry("audit", "audit", "Audit a bundle or archive against a policy and print the findings."),
    "check": Entry("check", "check", "Check a draft against every rule before posting, and explain each verdict."),
    "connect": Entry("connect", "connect",
                     "Set how `socialaudit run` reaches an enrolled ACCOUNT (e.g. x:@jane_v)."),
    "demo": Entry("demo", "demo",
                  "Run the scheduled job on made-up volunteers; write the monthly report and emails to files."),
    "import": Entry("importing", "import_command",
                    "Import a volunteer's platform export (zip or folder) into the store and audit it."),
    "learn": Entry("learn", "learn_command",
                   "Refit the learned heads from coordinators' confirm and dismiss decisions."),
    "admin": Entry("people", "admin", "Create admins and coordinators, and set passwords."),
    "enrol": Entry("people", "enrol",
                   "Enrol a volunteer's accounts, recording their consent under the current policy."),
    "withdraw": Entry("people", "withdraw", "Stop checking a volunteer and erase their posts, media and findings."),
    "purge": Entry("people", "purge",
                   "Delete post text and media older than the pack's retention period (open findings kept)."),
    "report": Entry("report", "report_command",
                    "Render the monthly compliance report for a past month from the store."),
    "rules": Entry("rules", "rules_command",
                   "Print every rule's documentation: what it catches, its clauses, how to tune it."),
    "run": Entry("run", "run_command", "Crawl enrolled accounts that are due, audit new posts, send due reports."),
    "serve": Entry("serve", "serve", "Run the review web app for coordinators and volunteers."),
    "train": Entry("train", "train_command",
                   "Fit one calibrated head per text rule on the training corpus (needs the 'learn' extra)."),
    "status": Entry("status", "status_command",
                    "Show what is enrolled, the last run, failures and the backlog of findings."),
    "people": Entry("lists", "people_command",
                    "List volunteers, coordinators and admins, with their coordinator and accounts."),
    "accounts": Entry("lists", "accounts_command",
                      "List stored accounts: whose, consent, source, last crawl and error, findings waiting."),
    "findings": Entry("lists", "findings_command",
                      "List stored findings with their state, who holds them and a masked excerpt."),
    "runs": Entry("lists", "runs_command", "List runs: when, what they did, and what failed."),
    "review": Entry("review", "review_command", "Review your open findings in the terminal, one at a time."),
    "org": Entry("org", "org_command", "Add and list the organisations in the store."),
    "worker": Entry("worker", "worker",
                    "Take crawl, audit, photo and mail tasks from the broker (PostgreSQL store)."),
}
