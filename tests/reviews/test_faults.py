"""Timers against real faults: a flushed broker, racing sweeps, a sweep that dies
mid-batch and a row that cannot be written. Real PostgreSQL, real Redis. The outbox's
faults (a message delivered twice, a worker killed while it sends) are in
test_faults_outbox.py."""

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import redis
import time_machine
from django.conf import settings
from django.db import connection

from audit.chain import verify
from audit.models import AuditEvent
from dealdesk import roles
from dealdesk.celery import app
from promises.models import Ask, Deal
from reviews.models import Escalation, Notification, ReviewTask
from reviews.services import sweep, timers_sweep
from reviews.services.sweep import pg as sweep_pg
from reviews.tasks import sweep_timers
from tests.factories.flow import SSO

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
