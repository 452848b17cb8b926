"""Outbound channels. E-mail goes through Django's mail backend; SMS and WhatsApp go
through a gateway chosen by settings.MPP_MESSAGE_GATEWAY (a dotted path), faked in
tests and printed to the console by default, since the real providers are outside."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class GatewayError(Exception):
    """A temporary failure of a provider: the task retries."""


class ConsoleGateway:
    """Prints messages instead of sending them (laptops, demos)."""

    def send(self, *, channel: str, phone: str, text: str) -> None:
        logger.info("%s to %s: %s", channel.upper(), _mask_phone(phone), text)


class MemoryGateway:
    """Keeps messages in a list, for tests."""

    outbox: list[dict] = []

    def send(self, *, channel: str, phone: str, text: str) -> None:
        self.outbox.append({"channel": channel, "phone": phone, "text": text})


def _mask_phone(phone: str) -> str:
    return phone[:4] + "****" + phone[-3:] if len(phone) > 7 else "****"


def send(*, channel: str, email: str, phone: str, subject: str, body: str) -> None:
    if channel == "email" or not phone:
        send_mail(subject, body, None, [email], fail_silently=False)
        return
    gateway = import_string(settings.MPP_MESSAGE_GATEWAY)()
    gateway.send(channel=channel, phone=phone, text=f"{subject}\n{body}")
