"""The notification outbox: retries with backoff, gives up after five tries, and a
delivery pass neither loops on a row it cannot take nor sends anything twice."""

import smtplib
import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection, transaction

from dealdesk import roles
from promises.models import Ask
from reviews.models import Notification, NotificationAttempt
from reviews.services import outbox, timers_sweep
from reviews.tasks import deliver_pending
from tests.conftest import make_user
from tests.factories.flow import SSO, DealFactory, submit

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def pending(recipient, n: int = 1) -> list[Notification]:
    return [
        Notification.objects.create(
            recipient=recipient,
            key=f"test:{recipient.pk}:{i}",
            kind="test",
            subject=f"Message {i}",
            body="Body",
            link="/reviews/",
            created_at=T0 + timedelta(seconds=i),
        )
        for i in range(n)
    ]


@pytest.fixture
def smtp_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("connection unexpectedly closed")

    monkeypatch.setattr(outbox, "send_mail", refuse)


def test_a_sent_row_carries_its_link_and_one_ok_attempt(lead):
    (note,) = pending(lead)
    assert outbox.notification_send(notification_id=note.pk, now=T0) == outbox.SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.endswith("/reviews/") and mail.outbox[0].to == [lead.email]
    note.refresh_from_db()
    assert (note.state, note.sent_at, note.attempts) == ("sent", T0, 1)
    assert note.tries.get().ok


def test_failed_send_waits_out_its_backoff(lead, smtp_down):
    (note,) = pending(lead)
    assert outbox.notification_send(notification_id=note.pk, now=T0) == outbox.RETRY
    note.refresh_from_db()
    assert (note.state, note.attempts, note.next_attempt_at) == (
        "pending",
        1,
        T0 + timedelta(seconds=30),
    )
    assert "SMTPServerDisconnected" in note.last_error
    attempt = note.tries.get()
    assert not attempt.ok and "connection unexpectedly closed" in attempt.error
    # Not tried again before its time.
    assert outbox.notifications_deliver_pending(now=T0 + timedelta(seconds=29)) == {}
    assert outbox.notifications_deliver_pending(now=T0 + timedelta(seconds=30)) == {"retry": 1}
    note.refresh_from_db()
    assert note.next_attempt_at == T0 + timedelta(seconds=90)  # 30 s, then 60 s


def test_row_fails_for_good_after_five_attempts(lead, smtp_down):
    (note,) = pending(lead)
    now = T0
    outcomes = []
    for _ in range(outbox.MAX_ATTEMPTS):
        outcomes.append(outbox.notification_send(notification_id=note.pk, now=now))
        now += timedelta(hours=2)
    assert outcomes == [outbox.RETRY] * 4 + [outbox.FAILED]
    note.refresh_from_db()
    assert (note.state, note.attempts) == ("failed", 5)
    assert NotificationAttempt.objects.filter(notification=note, ok=False).count() == 5
    assert outbox.notifications_deliver_pending(now=now + timedelta(days=1)) == {}


def test_deliver_pending_fans_out_in_chunks_and_sends_each_once(lead, monkeypatch):
    monkeypatch.setattr(outbox, "CHUNK", 3)
    notes = pending(lead, 7)
    assert deliver_pending.apply().get() == 3  # chunks of 3, 3 and 1
    assert len(mail.outbox) == 7
    assert {n.state for n in Notification.objects.filter(pk__in=[n.pk for n in notes])} == {"sent"}
    assert deliver_pending.apply().get() == 0
    assert NotificationAttempt.objects.filter(ok=True).count() == 7


def test_lead_without_an_address_still_gets_the_in_app_row(sales, lead):
    other = make_user("lead2", roles.LEAD)
    other.email = ""
    other.save()
    ask = submit(sales, DealFactory.create(owner=sales), SSO, now=T0)
    assert timers_sweep(now=T0 + timedelta(hours=24)).expired == 2
    assert outbox.notifications_deliver_pending(now=T0 + timedelta(hours=24)) == {"sent": 4}
    assert len(mail.outbox) == 2 and all(m.to == [lead.email] for m in mail.outbox)
    assert Notification.objects.filter(recipient=other, state="sent").count() == 2
    assert Ask.objects.get(pk=ask.pk).state == Ask.State.PAUSED


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pass_skips_a_row_another_worker_holds_and_still_finishes(lead, monkeypatch):
    monkeypatch.setattr(outbox, "CHUNK", 2)
    notes = pending(lead, 5)
    held, release = threading.Event(), threading.Event()

    def other_worker():
        try:
            with transaction.atomic():
                Notification.objects.select_for_update().get(pk=notes[2].pk)
                held.set()
                release.wait(30)
        finally:
            connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    try:
        assert held.wait(30)
        counts = outbox.notifications_deliver_pending(now=T0 + timedelta(minutes=1))
    finally:
        release.set()
        thread.join(30)
    assert counts == {"sent": 4, "skipped": 1}
    assert Notification.objects.get(pk=notes[2].pk).state == "pending"  # next pass sends it
    assert outbox.notifications_deliver_pending(now=T0 + timedelta(minutes=2)) == {"sent": 1}
    assert len(mail.outbox) == 5


def test_mark_read(lead):
    notes = pending(lead, 3)
    assert outbox.inbox_mark_read(user=lead, notification_id=notes[0].pk) == 1
    assert outbox.inbox_mark_read(user=lead) == 2


def test_a_queued_row_is_not_queued_again_until_its_lease_ends(lead):
    notes = pending(lead, 3)
    ids = sorted(n.pk for n in notes)
    assert sorted(i for c in outbox.pending_chunks(now=T0) for i in c) == ids
    # The next beat pass, a minute later, while the first chunks still wait in the queue.
    assert outbox.pending_chunks(now=T0 + timedelta(minutes=1)) == []
    # Never sent (the message was lost): queued again once the lease is over.
    later = T0 + outbox.QUEUED_LEASE
    assert sorted(i for c in outbox.pending_chunks(now=later) for i in c) == ids
    assert {n.state for n in Notification.objects.filter(pk__in=ids)} == {"pending"}
