"""The outbox against real faults: a message delivered twice, twice at once, and a
worker killed while it sends. Real PostgreSQL, real Redis, a real Celery worker.
(The timers' faults are in test_faults.py.)"""

import os
import signal
import socket
import subprocess
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection

from dealdesk.celery import app
from reviews.models import Notification, NotificationAttempt
from reviews.services import notify
from reviews.services import outbox as outbox_service
from reviews.tasks import deliver_pending, send_notification

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


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
