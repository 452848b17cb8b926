"""Outbound channels. E-mail goes through Django's mail backend; SMS and WhatsApp go
through a gateway chosen by settings.MPP_MESSAGE_GATEWAY (a dotted path): printed to
the console by default, kept in memory in tests, or posted to an HTTP provider.

A gateway is a class whose `send(*, channel, phone, text, idempotency_key)` returns
when the provider has accepted the message. `phone` is in E.164 (+6281234567890).
It raises GatewayError for a failure worth retrying (no connection, a timeout, a 5xx)
and GatewayRejected for one that is not (a 4xx). Every retry of one notification
passes the same `idempotency_key`, so a provider that honours it delivers once.
"""

import json
import logging
import urllib.error
import urllib.request
from email.utils import parseaddr

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class GatewayError(Exception):
    """A temporary failure of a provider: the notification is tried again later.
    The message is the portal's own words ("HTTP 503"), never the provider's."""


class GatewayRejected(Exception):
    """The provider refused the message for good: the notification fails at once."""


def _mask_phone(phone: str) -> str:
    return phone[:5] + "****" + phone[-3:] if len(phone) > 8 else "****"


class ConsoleGateway:
    """Prints messages instead of sending them (laptops, demos)."""

    def send(self, *, channel: str, phone: str, text: str, idempotency_key: str):
        logger.info(
            "%s to %s (key %s): %s",
            channel.upper(),
            _mask_phone(phone),
            idempotency_key,
            text,
        )


class MemoryGateway:
    """For tests: a provider that honours idempotency keys. `calls` keeps every
    call, `outbox` one message per key; `failures` are raised by the next calls."""

    calls: list[dict] = []
    outbox: list[dict] = []
    failures: list[Exception] = []

    @classmethod
    def reset(cls) -> None:
        cls.calls.clear()
        cls.outbox.clear()
        cls.failures.clear()

    def send(self, *, channel: str, phone: str, text: str, idempotency_key: str):
        message = {
            "channel": channel,
            "phone": phone,
            "text": text,
            "idempotency_key": idempotency_key,
        }
        self.calls.append(message)
        if self.failures:
            raise self.failures.pop(0)
        if all(m["idempotency_key"] != idempotency_key for m in self.outbox):
            self.outbox.append(message)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A provider that redirects a POST is misconfigured: report it, don't follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


# HTTP statuses that say "try again later" although they are below 500.
_TEMPORARY_4XX = {408, 425, 429}


class HttpGateway:
    """A generic HTTP SMS/WhatsApp provider, configured by environment variables:
    MPP_SMS_HTTP_URL (required), MPP_SMS_HTTP_TOKEN (sent as a bearer token) and
    MPP_SMS_HTTP_TIMEOUT (seconds, default 10).

    POSTs `{"channel": "sms"|"whatsapp", "to": "+62…", "text": "…"}` as JSON with an
    `Idempotency-Key` header. A 2xx is delivered; a timeout, no connection, a 5xx,
    408, 425 or 429 is retried; any other answer (4xx, a redirect) fails for good.
    """

    def __init__(self, *, url: str = "", token: str = "", timeout: float = 0):
        self.url = url or settings.MPP_SMS_HTTP_URL
        self.token = token or settings.MPP_SMS_HTTP_TOKEN
        self.timeout = timeout or settings.MPP_SMS_HTTP_TIMEOUT
        if not self.url.startswith(("https://", "http://")):
            raise ImproperlyConfigured("Set MPP_SMS_HTTP_URL to the provider's URL.")
        self._opener = urllib.request.build_opener(_NoRedirects)

    def send(self, *, channel: str, phone: str, text: str, idempotency_key: str):
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Idempotency-Key": idempotency_key,
            "User-Agent": "mpp-kepri",
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        body = json.dumps({"channel": channel, "to": phone, "text": text}).encode()
        request = urllib.request.Request(
            self.url, data=body, headers=headers, method="POST"
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read(65536)
        except urllib.error.HTTPError as error:
            status = error.code
            error.close()
            if status >= 500 or status in _TEMPORARY_4XX:
                raise GatewayError(f"HTTP {status}") from None
            raise GatewayRejected(f"HTTP {status}") from None
        except TimeoutError:
            raise GatewayError("HTTP timeout") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise GatewayError("HTTP timeout") from None
            reason = type(error.reason).__name__
            raise GatewayError(f"HTTP connection failed ({reason})") from None
        except OSError as error:  # reset by peer, broken pipe
            raise GatewayError(
                f"HTTP connection failed ({type(error).__name__})"
            ) from None


def message_id(idempotency_key: str) -> str:
    """The e-mail Message-ID of a notification: the same on every retry, so a
    duplicate is recognisable by the mail system and the recipient's client."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2]
    return f"<{idempotency_key}@{domain or 'mpp.kepriprov.go.id'}>"


def send_email(*, recipient, subject: str, body: str, idempotency_key: str) -> None:
    """The caller's subject and body, wrapped in a greeting and a footer in the
    recipient's language (templates/notifications/email/)."""
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        context = {"recipient": recipient, "subject": subject, "body": body}
        subject_line = render_to_string("notifications/email/subject.txt", context)
        text = render_to_string("notifications/email/body.txt", context).strip()
    EmailMessage(
        " ".join(subject_line.split()),  # one line: headers cannot break
        text + "\n",
        None,
        [recipient.email],
        headers={
            "Message-ID": message_id(idempotency_key),
            "Auto-Submitted": "auto-generated",  # RFC 3834: no auto-replies
        },
    ).send(fail_silently=False)


def send_text(*, channel: str, phone: str, text: str, idempotency_key: str) -> None:
    gateway = import_string(settings.MPP_MESSAGE_GATEWAY)()
    gateway.send(
        channel=channel, phone=phone, text=text, idempotency_key=idempotency_key
    )
