"""Fixtures for reports and mail: a real SMTP server on 127.0.0.1 (aiosmtpd), and a
store with a coordinator, volunteers and their X archives enrolled (source "archive")."""
from __future__ import annotations

import asyncio
import email
import socket
import threading
from dataclasses import dataclass, field
from email import policy as email_policy

import pytest

aiosmtpd = pytest.importorskip("aiosmtpd", reason="mail tests need aiosmtpd (pip install -e '.[test]')")
from aiosmtpd.controller import Controller  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Inbox:
    """What the test server accepted, and how it should answer the next messages."""
    messages: list = field(default_factory=list)   # (envelope recipients, parsed message)
    refuse_next: list[str] = field(default_factory=list)  # replies to give instead of 250, in order
    delay: float = 0.0                             # seconds before answering each message
    data_started: threading.Event = field(default_factory=threading.Event)
    data_count: int = 0

    async def handle_DATA(self, server, session, envelope):
        self.data_count += 1
        self.data_started.set()
        if self.delay:
            await asyncio.sleep(self.delay)  # a client killed meanwhile cancels this handler: not delivered
        if self.refuse_next:
            return self.refuse_next.pop(0)
        msg = email.message_from_bytes(envelope.content, policy=email_policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def by_recipient(self, address: str) -> list:
        return [m for rcpts, m in self.messages if address in rcpts]

    def message_ids(self) -> list[str]:
        return [m["Message-ID"] for _, m in self.messages]


@pytest.fixture
def smtp_server(monkeypatch):
    """A plain SMTP server on 127.0.0.1; the settings point at it."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SOCIALAUDIT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SOCIALAUDIT_SMTP_PORT", str(port))
    monkeypatch.setenv("SOCIALAUDIT_SMTP_SECURITY", "none")
    monkeypatch.setenv("SOCIALAUDIT_MAIL_FROM", "audit@charity.example")
    try:
        yield inbox
    finally:
        controller.stop()
