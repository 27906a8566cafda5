"""A local SMTP server that keeps what it receives, for tests of the real
mail path (the worker's notifications): loopback only, messages in memory.

    sink = SmtpSink(); sink.start(); ...; sink.messages; sink.stop()
"""

import email
import email.policy
import socket
import time

from aiosmtpd.controller import Controller


class _Handler:
    def __init__(self, sink):
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(
            envelope.content, policy=email.policy.default
        )
        self.sink.messages.append(message)
        return "250 OK"


class SmtpSink:
    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.messages = []
        self.controller = Controller(
            _Handler(self), hostname="127.0.0.1", port=self.port
        )

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def wait_for(self, predicate, *, since=0, timeout=30.0):
        """The first message (from number ``since`` on) for which
        ``predicate`` is true, waiting for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.messages[since:]:
                if predicate(message):
                    return message
            time.sleep(0.2)
        raise AssertionError("no such email arrived")
