"""A fake SMS/WhatsApp provider on 127.0.0.1, in a thread: it honours idempotency
keys (one delivery per key, as a good provider does), answers with scripted
statuses, and can hold a request open until the test lets it go."""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Scripted:
    status: int = 200
    delay: float = 0.0  # seconds before answering (a slow provider)
    hold: threading.Event | None = None  # answer only once this is set


@dataclass
class FakeProvider:
    requests: list[dict] = field(default_factory=list)
    delivered: dict[str, dict] = field(default_factory=dict)  # key -> message
    script: list[Scripted] = field(default_factory=list)  # next answers, then 200
    arrived: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/send"

    def start(self) -> "FakeProvider":
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                key = self.headers.get("Idempotency-Key", "")
                with provider.lock:
                    answer = provider.script.pop(0) if provider.script else Scripted()
                    provider.requests.append(
                        {
                            "key": key,
                            "payload": payload,
                            "authorization": self.headers.get("Authorization"),
                            "content_type": self.headers.get("Content-Type"),
                            "status": answer.status,
                        }
                    )
                    # A provider that accepted a message has delivered it, even if
                    # its answer never reaches the sender.
                    if answer.status < 300 and key not in provider.delivered:
                        provider.delivered[key] = payload
                provider.arrived.set()
                if answer.hold is not None:
                    answer.hold.wait(timeout=30)
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    body = json.dumps({"status": "ok"}).encode()
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the sender is gone (killed, timed out)
                    pass

            def log_message(self, *args):  # keep the test output quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
