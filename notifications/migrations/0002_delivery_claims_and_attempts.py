"""Claimed, at-least-once delivery: an idempotency key per row (uuid), the sending
status with its claim, the next attempt's time, one row per attempt, and read_at
for the citizen's inbox."""

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def give_each_row_a_key(apps, schema_editor):
    Notification = apps.get_model("notifications", "Notification")
    for pk in Notification.objects.filter(uuid__isnull=True).values_list("pk", flat=True):
        Notification.objects.filter(pk=pk).update(uuid=uuid.uuid4())


def sent_rows_are_read(apps, schema_editor):
    """Messages from before the inbox existed: delivered, so not news."""
    Notification = apps.get_model("notifications", "Notification")
    Notification.objects.filter(status="sent").update(read_at=models.F("sent_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("notifications", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="uuid",
            field=models.UUIDField(null=True, editable=False, verbose_name="idempotency key"),
        ),
        migrations.RunPython(give_each_row_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="notification",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="idempotency key"
            ),
        ),
        migrations.AddField(
            model_name="notification",
            name="next_attempt_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="next attempt at"
            ),
        ),
        migrations.AddField(
            model_name="notification",
            name="claimed_until",
            field=models.DateTimeField(blank=True, null=True, verbose_name="claimed until"),
        ),
        migrations.AddField(
            model_name="notification",
            name="read_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="read at"),
        ),
        migrations.RunPython(sent_rows_are_read, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="notification",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Pending"),
                    ("sending", "Sending"),
                    ("sent", "Sent"),
                    ("failed", "Failed"),
                ],
                default="pending",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RemoveIndex(model_name="notification", name="notif_pending_idx"),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(fields=["status", "next_attempt_at"], name="notif_due_idx"),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(fields=["recipient", "-created_at"], name="notif_inbox_idx"),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                condition=models.Q(("read_at__isnull", True)),
                fields=["recipient"],
                name="notif_unread_idx",
            ),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("status", "sending"), _negated=True),
                    ("claimed_until__isnull", False),
                    _connector="OR",
                ),
                name="notifications_sending_is_claimed",
                violation_error_message="A notification being sent needs the end of its claim.",
            ),
        ),
        migrations.CreateModel(
            name="NotificationAttempt",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("started_at", models.DateTimeField(verbose_name="started at")),
                ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="finished at")),
                (
                    "outcome",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "In progress"),
                            ("sent", "Sent"),
                            ("retry", "Temporary error, retried later"),
                            ("failed", "Permanent error"),
                            ("expired", "No answer: the worker stopped"),
                        ],
                        default="",
                        max_length=10,
                        verbose_name="outcome",
                    ),
                ),
                ("error", models.CharField(blank=True, max_length=300, verbose_name="error")),
                (
                    "notification",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="delivery_attempts",
                        to="notifications.notification",
                        verbose_name="notification",
                    ),
                ),
            ],
            options={
                "verbose_name": "delivery attempt",
                "verbose_name_plural": "delivery attempts",
                "ordering": ["started_at", "pk"],
            },
        ),
    ]
