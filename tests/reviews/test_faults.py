"""Timers and the outbox against real faults: a flushed broker, racing sweeps, a sweep
that dies mid-batch, a row that cannot be written, a message delivered twice and a
worker killed while it sends. Real PostgreSQL, real Redis, a real Celery worker."""

import os
import signal
import socket
import subprocess
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
import time_machine
from django.conf import settings
from django.core import mail
from django.db import connection

from audit.chain import verify
from audit.models import AuditEvent
from dealdesk import roles
from dealdesk.celery import app
from promises.models import Ask, Deal
from reviews.models import Escalation, Notification, NotificationAttempt, ReviewTask
from reviews.services import notify, sweep, timers_sweep
from reviews.services import outbox as outbox_service
from reviews.services.sweep import pg as sweep_pg
from reviews.tasks import deliver_pending, send_notification, sweep_timers
from tests.factories.flow import SSO

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DUE = T0 + timedelta(hours=24)


def due_tasks(owner, n: int, *, asks_per_deal: int = 100) -> list[int]:
    """`n` open review tasks already past their deadline, two per ask, written directly."""
    deals = Deal.objects.bulk_create(
        Deal(name=f"Deal {i}", customer=f"Customer {i}", owner=owner)
        for i in range(max(1, n // (2 * asks_per_deal)))
    )
    asks = Ask.objects.bulk_create(
        Ask(
            deal=deals[i % len(deals)],
            text=SSO,
            kind=Ask.Kind.SECURITY,
            categories=["security"],
            submitted_by=owner,
            submitted_at=T0,
        )
        for i in range((n + 1) // 2)
    )
    tasks = ReviewTask.objects.bulk_create(
        ReviewTask(
            ask=ask,
            ask_version=1,
            role=role,
            opened_at=T0,
            due_at=DUE - timedelta(minutes=i % 60),
            remind_at=T0 + timedelta(hours=18),
        )
        for i, (ask, role) in enumerate(
            (a, r) for a in asks for r in (roles.ENGINEERING, roles.SECURITY)
        )
    )
    return [t.pk for t in tasks[:n]]


def assert_expired_once(task_ids: list[int]) -> None:
    assert not ReviewTask.objects.filter(pk__in=task_ids).exclude(state="expired").exists()
    escalated = list(Escalation.objects.values_list("task_id", flat=True))
    assert sorted(escalated) == sorted(task_ids)  # each once, none twice
    expired_audits = AuditEvent.objects.filter(action="review.expired")
    assert expired_audits.count() == len(task_ids)
    assert ReviewTask.history.filter(
        id__in=task_ids, state="expired", history_type="~"
    ).count() == len(task_ids)


# --- Redis flushed ------------------------------------------------------------------


@pytest.mark.django_db
def test_flushed_redis_loses_no_deadline(sales, lead, monkeypatch):
    ids = due_tasks(sales, 50)
    # A sweep was queued in the broker when Redis lost everything.
    monkeypatch.setitem(app.conf, "task_always_eager", False)
    queue = f"faults-{uuid.uuid4().hex[:8]}"
    sweep_timers.apply_async(queue=queue)
    broker = redis.Redis.from_url(settings.REDIS_URL)
    assert broker.llen(queue) == 1
    broker.flushdb()
    assert broker.llen(queue) == 0
    # The next beat tick runs the sweep; the deadlines were in PostgreSQL all along.
    with time_machine.travel(DUE + timedelta(minutes=1), tick=False):
        outcome = sweep_timers.apply().get()
        assert outcome == {"expired": 50, "reminded": 0, "failed": 0}
        assert_expired_once(ids)
        assert sweep_timers.apply().get()["expired"] == 0
    assert Escalation.objects.count() == 50


# --- Two sweeps at once ---------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("workers", [1, 2])
def test_two_sweeps_at_once_expire_each_task_once(sales, lead, workers):
    ids = due_tasks(sales, 1000)
    barrier = threading.Barrier(2)
    results: list = []

    def run():
        try:
            barrier.wait()
            results.append(timers_sweep(now=DUE, batch=100, workers=workers))
        except Exception as exc:  # collected and asserted below
            results.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(isinstance(r, sweep.SweepResult) for r in results), results
    assert sum(r.expired for r in results) == 1000
    assert [r.failed for r in results] == [[], []]
    assert_expired_once(ids)
    assert Notification.objects.filter(kind="review_expired").count() == 1000
    assert Ask.objects.filter(state=Ask.State.PAUSED).count() == 500
    assert verify() == (True, "the chain is whole: 1500 events verified")


# --- A sweep that dies or fails mid-batch ---------------------------------------------


class WorkerDied(BaseException):
    """What the process sees when it is killed: not an Exception the sweep may catch."""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("where", ["after the escalations", "after the last write"])
def test_sweep_dying_mid_batch_leaves_nothing_and_the_next_one_completes(
    sales, lead, monkeypatch, where
):
    ids = due_tasks(sales, 40)
    step = "_outbox" if where == "after the escalations" else "audit_append"
    real = getattr(sweep_pg, step)

    def dies(*args, **kwargs):
        if step == "audit_append":
            real(*args, **kwargs)  # every row of the batch written, not yet committed
        raise WorkerDied

    monkeypatch.setattr(sweep_pg, step, dies)
    with pytest.raises(WorkerDied):
        timers_sweep(now=DUE, workers=1)
    assert set(ReviewTask.objects.values_list("state", flat=True)) == {"open"}
    assert set(Ask.objects.values_list("state", flat=True)) == {"in_review"}
    assert not Escalation.objects.exists()
    assert not Escalation.history.exists()
    assert not ReviewTask.history.filter(state="expired").exists()
    assert not Ask.history.filter(state="paused").exists()
    assert not AuditEvent.objects.exists()
    assert not Notification.objects.exists()

    monkeypatch.setattr(sweep_pg, step, real)
    result = timers_sweep(now=DUE, workers=1)
    assert (result.expired, result.failed) == (40, [])
    assert_expired_once(ids)


@pytest.fixture
def refuse_escalation_of():
    """A trigger that makes the escalation insert fail for one task, as a bad row would."""

    def install(task_id: int) -> None:
        # One statement per execute, the id written in (DDL takes no parameters): the
        # app's connections use server-side binding, which refuses both.
        with connection.cursor() as cursor:
            cursor.execute(
                """
                CREATE FUNCTION test_refuse_escalation() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'escalation refused for task %', NEW.task_id; END;
                $$ LANGUAGE plpgsql
                """
            )
            cursor.execute(
                "CREATE TRIGGER test_refuse_escalation BEFORE INSERT ON reviews_escalation "
                f"FOR EACH ROW WHEN (NEW.task_id = {int(task_id)}) "
                "EXECUTE FUNCTION test_refuse_escalation()"
            )

    def remove() -> None:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER test_refuse_escalation ON reviews_escalation")
            cursor.execute("DROP FUNCTION test_refuse_escalation()")

    install.remove = remove  # type: ignore[attr-defined]
    return install


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["sql", "orm"])
def test_a_bad_row_is_recorded_and_does_not_jam_the_rest(
    sales, lead, refuse_escalation_of, monkeypatch, path
):
    if path == "orm":
        monkeypatch.setattr(sweep, "_use_sql", lambda: False)
    ids = due_tasks(sales, 60)
    bad = ids[25]
    refuse_escalation_of(bad)
    result = timers_sweep(now=DUE, batch=20)
    assert result.expired == 59
    assert [task_id for task_id, _ in result.failed] == [bad]
    assert "escalation refused" in result.failed[0][1]
    others = [i for i in ids if i != bad]
    assert_expired_once(others)
    bad_task = ReviewTask.objects.get(pk=bad)
    assert bad_task.state == "open"  # nothing of its batch half-written
    assert not AuditEvent.objects.filter(object_id=bad, action="review.expired").exists()
    # The next sweep tries it again, records it again, and moves on.
    again = timers_sweep(now=DUE + timedelta(minutes=1))
    assert again.expired == 0 and [task_id for task_id, _ in again.failed] == [bad]
    # Once the cause is fixed the row goes through like any other.
    refuse_escalation_of.remove()
    assert timers_sweep(now=DUE + timedelta(minutes=2)).expired == 1
    assert_expired_once(ids)


# --- The outbox: twice delivered, worker killed mid-send ------------------------------


def pending_row(recipient, key: str) -> Notification:
    """An outbox row written directly: `notify` would also enqueue (and, eager, send) it."""
    return Notification.objects.create(
        recipient=recipient, key=key, kind="test", subject="Hi", body="Once", created_at=T0
    )


@pytest.mark.django_db
def test_notification_delivered_twice_sends_one_email(lead):
    note = notify(recipient=lead, kind="test", key="twice", subject="Hello", body="Once only")
    assert send_notification.apply(args=[note.pk]).get() == "sent"
    assert send_notification.apply(args=[note.pk]).get() == "skipped"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [lead.email]
    note.refresh_from_db()
    assert (note.state, note.attempts) == (Notification.State.SENT, 1)
    assert list(NotificationAttempt.objects.values_list("ok", flat=True)) == [True]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_notification_delivered_twice_at_once_sends_one_email(lead, monkeypatch):
    note = pending_row(lead, "twice-at-once")
    real_send_mail = outbox_service.send_mail

    def slow_send_mail(*args, **kwargs):
        time.sleep(0.5)  # the second delivery arrives while the first is on the wire
        return real_send_mail(*args, **kwargs)

    monkeypatch.setattr(outbox_service, "send_mail", slow_send_mail)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def deliver():
        try:
            barrier.wait()
            # .result, not .get(): Celery refuses get() while another thread runs a task.
            outcomes.append(send_notification.apply(args=[note.pk]).result)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["sent", "skipped"]
    assert len(mail.outbox) == 1
    assert NotificationAttempt.objects.filter(ok=True).count() == 1


class SilentSmtpServer:
    """Accepts connections and never says a word: an SMTP send to it hangs."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.accepted = threading.Event()
        self.clients: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            self.clients.append(client)
            self.accepted.set()

    def close(self) -> None:
        for client in self.clients:
            client.close()
        self.sock.close()


class CeleryWorker:
    """A real `celery worker` subprocess on the test database and a queue of its own."""

    def __init__(self, queue: str, log: Path, **env: str) -> None:
        db = connection.settings_dict
        auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        url = f"postgres://{auth}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
        self.log = log
        self.proc = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "celery"), "-A", "dealdesk", "worker",
             "--pool=solo", "--without-gossip", "--without-mingle", "--loglevel=INFO",
             "-Q", queue, "-n", f"{queue}-{uuid.uuid4().hex[:4]}@%h"],
            cwd=ROOT,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "dealdesk.settings.test",
                "DATABASE_URL": url,
                "REDIS_URL": settings.REDIS_URL,
                "CELERY_TASK_ALWAYS_EAGER": "false",
                **env,
            },
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> str:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.log.read_text(errors="replace")


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_killed_while_sending_sends_once_after_restart(lead, tmp_path, monkeypatch):
    queue = f"faults-{uuid.uuid4().hex[:8]}"
    smtp = SilentSmtpServer()
    first = CeleryWorker(
        queue,
        tmp_path / "first.log",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp.port),
        EMAIL_TIMEOUT="120",
    )
    second = None
    try:
        note = pending_row(lead, "killed")
        monkeypatch.setitem(app.conf, "task_always_eager", False)
        send_notification.apply_async(args=[note.pk], queue=queue)
        # The worker took the message, locked the row and is waiting on the mail server.
        assert smtp.accepted.wait(90), first.stop()
        first.kill()
        note.refresh_from_db()
        assert (note.state, note.sent_at) == (Notification.State.PENDING, None)
        assert not NotificationAttempt.objects.exists()

        mail_dir = tmp_path / "mail"
        second = CeleryWorker(
            queue,
            tmp_path / "second.log",
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(mail_dir),
        )
        # The beat safety net finds the row still pending and the new worker sends it.
        deliver_pending.apply_async(queue=queue)
        wait_for(
            lambda: Notification.objects.filter(pk=note.pk, state="sent").exists(),
            90,
            "the restarted worker to send the pending row",
        )
        deliver_pending.apply_async(queue=queue)  # another pass finds nothing to send
        time.sleep(2)
        files = list(mail_dir.iterdir())
        assert len(files) == 1
        assert "Subject: Hi" in files[0].read_text()
        assert NotificationAttempt.objects.filter(notification=note, ok=True).count() == 1
    finally:
        first.stop()
        if second is not None:
            second.stop()
        smtp.close()


@pytest.mark.django_db
def test_worker_settings_reuse_database_connections():
    """Without this the Django fixup reconnects around every task (~150 tasks/s cap)."""
    assert app.conf.get("CELERY_DB_REUSE_MAX", 0) >= 100
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_TASK_REJECT_ON_WORKER_LOST
