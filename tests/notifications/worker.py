"""A real Celery worker for the real-broker tests: `celery -A mpp worker` in a
subprocess, on the test database and Redis, sending SMS through HttpGateway to a
FakeProvider; and a TCP proxy in front of Redis that can be cut, for outages.

Like tests/mpp/test_celery.py, these tests need REDIS_URL (else tasks run inline)
and PostgreSQL (a second process cannot share SQLite's in-memory test database):
they skip without them, and CI runs with both."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from django.conf import settings
from django.db import connection

real_worker = pytest.mark.skipif(
    settings.CELERY_TASK_ALWAYS_EAGER or connection.vendor != "postgresql",
    reason="a real worker needs REDIS_URL and PostgreSQL (CI has both)",
)
ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition, *, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return bool(condition())


def worker_database_url() -> str:
    """The URL of the test database (test_…), which the worker must use."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    host = db["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """One `celery -A mpp worker --pool=solo` process, in its own session so it
    can be killed whole, by its id."""

    def __init__(self, *, provider_url: str, log_dir: Path, redis_url: str = ""):
        self.name = f"mpp-test-{uuid.uuid4().hex[:8]}"
        self.log = log_dir / f"{self.name}.log"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.notifications.worker_settings",
            "DATABASE_URL": worker_database_url(),
            "REDIS_URL": redis_url or settings.REDIS_URL,
            "MPP_MESSAGE_GATEWAY": "notifications.gateways.HttpGateway",
            "MPP_SMS_HTTP_URL": provider_url,
            "MPP_SMS_HTTP_TOKEN": "token-uji",
            "MPP_SMS_HTTP_TIMEOUT": "30",
            "PYTHONPATH": str(ROOT),
        }
        self.process: subprocess.Popen | None = None

    def start(self, *, timeout: float = 30) -> "Worker":
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "mpp",
                    "worker",
                    "--pool=solo",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "--loglevel=INFO",
                    f"--hostname={self.name}@%h",
                ],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if not wait_for(lambda: " ready." in self.output(), timeout=timeout):
            self.stop()
            raise AssertionError(f"the worker did not start:\n{self.output()}")
        return self

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a lost machine would: no clean-up runs."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # warm shutdown
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()


class RedisOutage:
    """A TCP proxy on 127.0.0.1 in front of Redis. `cut()` closes the listening
    socket and every connection through it (Redis is down as far as its clients
    can tell); `restore()` listens again on the same port."""

    def __init__(self, redis_url: str):
        parsed = urlparse(redis_url)
        self.target = (parsed.hostname, parsed.port or 6379)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.url = parsed._replace(netloc=f"127.0.0.1:{self.port}").geturl()
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
            listener, self._listener = self._listener, None
        for sock in [listener, *sockets]:
            if sock is None:
                continue
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    upstream.close()
                    return
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink), daemon=True
                ).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
