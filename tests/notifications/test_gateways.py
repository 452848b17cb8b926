"""HttpGateway, the generic SMS/WhatsApp provider, against a real HTTP server on
127.0.0.1: the JSON it posts, the idempotency key header, and which answers are
retried (timeout, 5xx, 429) and which fail at once (4xx, redirects)."""

import threading

import pytest

from django.core.exceptions import ImproperlyConfigured

from notifications import actions, gateways
from notifications.models import AttemptOutcome, Notification, NotificationStatus
from tests.accounts.factories import UserFactory
from tests.notifications.fake_provider import FakeProvider, Scripted

pytestmark = pytest.mark.django_db

KEY = "5b0b1c57-6f1e-4c59-9a4e-0c6f0d3b9b11"


@pytest.fixture
def provider():
    provider = FakeProvider().start()
    yield provider
    provider.stop()


@pytest.fixture
def http_gateway(settings, provider):
    """Notifications go through HttpGateway to the fake provider."""
    settings.MPP_MESSAGE_GATEWAY = "notifications.gateways.HttpGateway"
    settings.MPP_SMS_HTTP_URL = provider.url
    settings.MPP_SMS_HTTP_TOKEN = "rahasia-uji"
    settings.MPP_SMS_HTTP_TIMEOUT = 0.5
    return provider


def _send(provider, **kwargs):
    gateway = gateways.HttpGateway(url=provider.url, token="rahasia-uji", **kwargs)
    gateway.send(
        channel="whatsapp", phone="+6281234567890", text="Halo", idempotency_key=KEY
    )


def _sms_notification() -> Notification:
    recipient = UserFactory(phone="0812 3456 7890", notification_channel="sms")
    return actions.notification_create(recipient=recipient, subject="S", body="B")


# ---------------------------------------------------------------- the request


def test_posts_json_with_the_idempotency_key_and_the_token(provider):
    _send(provider)

    assert provider.requests == [
        {
            "key": KEY,
            "payload": {"channel": "whatsapp", "to": "+6281234567890", "text": "Halo"},
            "authorization": "Bearer rahasia-uji",
            "content_type": "application/json",
            "status": 200,
        }
    ]


def test_without_a_url_the_gateway_refuses_to_start(settings):
    settings.MPP_SMS_HTTP_URL = ""
    with pytest.raises(ImproperlyConfigured, match="MPP_SMS_HTTP_URL"):
        gateways.HttpGateway()


def test_settings_come_from_the_environment_variables(settings):
    """mpp/settings/base.py reads MPP_SMS_HTTP_URL, _TOKEN and _TIMEOUT; the gateway
    reads those settings (the real-worker tests set them through the environment)."""
    settings.MPP_SMS_HTTP_URL = "https://sms.example.id/kirim"
    settings.MPP_SMS_HTTP_TOKEN = "t"
    settings.MPP_SMS_HTTP_TIMEOUT = 3.0
    gateway = gateways.HttpGateway()
    assert (gateway.url, gateway.token, gateway.timeout) == (
        "https://sms.example.id/kirim",
        "t",
        3.0,
    )


# ---------------------------------------------------------------- answers


@pytest.mark.parametrize("status", [500, 502, 503, 408, 429])
def test_server_errors_and_try_later_answers_are_temporary(provider, status):
    provider.script = [Scripted(status=status)]
    with pytest.raises(gateways.GatewayError, match=f"^HTTP {status}$"):
        _send(provider)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 301, 302])
def test_client_errors_and_redirects_are_permanent(provider, status):
    provider.script = [Scripted(status=status)]
    with pytest.raises(gateways.GatewayRejected, match=f"^HTTP {status}$"):
        _send(provider)
    assert len(provider.requests) == 1  # a redirect is not followed


def test_a_slow_provider_times_out(provider):
    provider.script = [Scripted(delay=1.0)]
    with pytest.raises(gateways.GatewayError, match="^HTTP timeout$"):
        _send(provider, timeout=0.2)


def test_no_connection_is_temporary():
    closed = FakeProvider().start()
    url = closed.url
    closed.stop()  # nothing listens on the port any more
    gateway = gateways.HttpGateway(url=url, timeout=1)
    with pytest.raises(gateways.GatewayError, match="connection failed"):
        gateway.send(channel="sms", phone="+62", text="x", idempotency_key=KEY)


# ---------------------------------------------------------------- through delivery


def test_a_5xx_is_retried_with_backoff_and_the_same_key(http_gateway, clock):
    # given
    http_gateway.script = [Scripted(status=503)]
    notification = _sms_notification()

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then: waiting for its backoff
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.PENDING
    assert notification.next_attempt_at == clock.now + actions.backoff(1)
    assert actions.notification_deliver(notification_id=notification.pk) is None

    # when the backoff is over
    clock.advance(minutes=1)
    actions.notification_deliver(notification_id=notification.pk)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert [r["status"] for r in http_gateway.requests] == [503, 200]
    assert {r["key"] for r in http_gateway.requests} == {str(notification.uuid)}
    assert [a.outcome for a in notification.delivery_attempts.all()] == [
        AttemptOutcome.RETRY,
        AttemptOutcome.SENT,
    ]
    assert http_gateway.requests[1]["payload"]["to"] == "+6281234567890"


def test_a_4xx_fails_at_once(http_gateway, clock):
    # given
    http_gateway.script = [Scripted(status=422)]
    notification = _sms_notification()

    # when
    actions.notification_deliver(notification_id=notification.pk)
    clock.advance(hours=5)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.last_error == "HTTP 422"
    assert actions.notification_sweep() == 0
    assert len(http_gateway.requests) == 1


def test_a_timeout_after_the_provider_accepted_is_delivered_once(http_gateway, clock):
    """The provider took the message but answered too late: the retry carries the
    same key, so the provider does not deliver it twice."""
    # given
    released = threading.Event()
    http_gateway.script = [Scripted(hold=released)]
    notification = _sms_notification()

    # when
    try:
        actions.notification_deliver(notification_id=notification.pk)
    finally:
        released.set()
    clock.advance(minutes=1)
    actions.notification_deliver(notification_id=notification.pk)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert [a.error for a in notification.delivery_attempts.all()] == [
        "HTTP timeout",
        "",
    ]
    assert [r["key"] for r in http_gateway.requests] == [str(notification.uuid)] * 2
    assert list(http_gateway.delivered) == [str(notification.uuid)]
