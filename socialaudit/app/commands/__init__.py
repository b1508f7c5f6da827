"""The commands, one module each; socialaudit.app.cli adds every one of COMMANDS to the group."""
from socialaudit.app.commands.audit import audit
from socialaudit.app.commands.check import check
from socialaudit.app.commands.connect import connect
from socialaudit.app.commands.demo import demo
from socialaudit.app.commands.importing import import_command
from socialaudit.app.commands.learn import learn_command
from socialaudit.app.commands.lists import accounts_command, findings_command, people_command, runs_command
from socialaudit.app.commands.org import org_command
from socialaudit.app.commands.people import admin, enrol, purge, withdraw
from socialaudit.app.commands.report import report_command
from socialaudit.app.commands.review import review_command
from socialaudit.app.commands.rules import rules_command
from socialaudit.app.commands.run import run_command
from socialaudit.app.commands.serve import serve
from socialaudit.app.commands.status import status_command
from socialaudit.app.commands.train import train_command
from socialaudit.app.commands.worker import worker

COMMANDS = (audit, check, connect, demo, import_command, learn_command, admin, enrol, withdraw, purge, report_command,
            rules_command, run_command, serve, train_command, status_command, people_command, accounts_command,
            findings_command, runs_command, review_command, org_command, worker)
