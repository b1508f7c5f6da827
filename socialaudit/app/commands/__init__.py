"""Sub-commands beyond `audit`, one module each; importing one registers it on `cli.main`."""
from socialaudit.app.commands import check
from socialaudit.app.commands import connect
from socialaudit.app.commands import demo
from socialaudit.app.commands import importing
from socialaudit.app.commands import rules
from socialaudit.app.commands import run
from socialaudit.app.commands import people
from socialaudit.app.commands import report
from socialaudit.app.commands import serve
