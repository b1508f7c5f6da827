"""The schedule files call only documented commands with options that exist, and the
systemd timer catches up after downtime."""
from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import click
import pytest

from socialaudit.app.cli import main

CRON = Path(__file__).resolve().parent.parent / "cron"


def _socialaudit_calls(line: str) -> list[list[str]]:
    """Every `socialaudit ...` invocation in a shell line, as its argument list."""
    words = shlex.split(line.replace("\\%", "%"), posix=True)
    calls, current = [], None
    for w in words:
        if w in ("&&", "||", ";", "|") or w.startswith(">") or w in ("2>&1",):
            current = None
        elif Path(w).name == "socialaudit":
            current = []
            calls.append(current)
        elif current is not None:
            current.append(w)
    return calls


def _check_call(args: list[str]) -> None:
    command: click.Command = main
    while isinstance(command, click.Group):
        assert args and args[0] in command.list_commands(None), f"socialaudit has no command {args[:1]}"
        command, args = command.get_command(None, args[0]), args[1:]
    known = {opt for p in command.params for opt in getattr(p, "opts", [])}
    for a in args:
        if a.startswith("--"):
            assert a.split("=")[0] in known, f"{command.name}: unknown option {a}"
    ctx = command.make_context(command.name, list(args), resilient_parsing=False)
    assert ctx is not None


def _crontab_lines() -> list[str]:
    lines = (CRON / "crontab.example").read_text().splitlines()
    return [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#") and "=" not in ln.split()[0]]


def test_every_crontab_line_is_a_valid_schedule_calling_existing_commands():
    lines = _crontab_lines()
    assert len(lines) == 2
    for line in lines:
        fields = line.split(None, 5)
        assert len(fields) == 6 and all(f.replace("*", "0").replace("/", "").replace(",", "").replace("-", "")
                                        .isdigit() for f in fields[:5]), line
        calls = _socialaudit_calls(fields[5])
        assert calls, f"no socialaudit command in: {line}"
        for args in calls:
            _check_call(args)


def test_the_crontab_runs_the_job_nightly_and_the_report_on_the_first():
    schedules = {tuple(ln.split(None, 5)[:5]): _socialaudit_calls(ln.split(None, 5)[5])[0][0]
                 for ln in _crontab_lines()}
    assert schedules[("30", "2", "*", "*", "*")] == "run"
    assert schedules[("0", "7", "1", "*", "*")] == "report"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string((CRON / name).read_text())
    return parser


def test_the_systemd_service_runs_an_existing_command():
    service = _unit("socialaudit.service")
    assert service["Service"]["Type"] == "oneshot"
    exec_start = shlex.split(service["Service"]["ExecStart"])
    assert Path(exec_start[0]).name == "socialaudit"
    _check_call(exec_start[1:])


def test_the_systemd_timer_is_persistent_and_starts_the_service():
    timer = _unit("socialaudit.timer")["Timer"]
    assert timer["Persistent"] == "true"
    assert timer["Unit"] == "socialaudit.service" and timer["OnCalendar"]


@pytest.mark.parametrize("name", ["README.md"])
def test_the_readme_says_how_to_install_each_and_where_logs_go(name):
    text = (CRON / name).read_text()
    assert "systemctl enable --now socialaudit.timer" in text and "crontab -u" in text
    assert "journalctl -u socialaudit" in text and "/var/log/socialaudit" in text
