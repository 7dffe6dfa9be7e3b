"""The timer sweep: deadlines expire, asks pause, the lead is told; reminders once.

Time is the `now=` argument of the services (and time-machine where the sweep reads
the clock itself). The core cases run on both sweep paths: the set-based SQL one
PostgreSQL uses and the ORM one the embedded SQLite default uses.
"""

import io
import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection

from audit.chain import verify
from audit.models import AuditEvent
from closeplans.checks import plan_checks
from dealdesk import roles
from dealdesk.errors import Conflict
from promises.models import Ask
from reviews.models import DeadlinePolicy, Escalation, Notification, ReviewTask
from reviews.services import review_reassign, sweep, timers_sweep
from tests.conftest import make_user
from tests.factories.flow import (
    ANSWERS,
    SSO,
    DealFactory,
    answer_all,
    answer_task,
    approve,
    cut,
    submit,
)

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DUE = T0 + timedelta(hours=24)
TICK = timedelta(microseconds=1)


@pytest.fixture(params=["sql", "orm"])
def path(request, monkeypatch):
    """Run the test on the PostgreSQL set-based path and on the portable ORM path."""
    if request.param == "orm":
        monkeypatch.setattr(sweep, "_use_sql", lambda: False)
    return request.param


@pytest.fixture
def leads(lead):
    return [lead, make_user("lead2", roles.LEAD)]


@pytest.fixture
def ask(sales):
    """An SSO ask opened at T0: engineering and security reviews, both due at DUE."""
    return submit(sales, DealFactory.create(owner=sales), SSO, now=T0)


def tasks_of(ask):
    return {t.role: t for t in ReviewTask.objects.filter(ask=ask)}


def latest_history(model, pk):
    return model.history.filter(id=pk).order_by("-history_id").first()


def test_ask_opens_reviews_due_in_24_hours(ask):
    tasks = tasks_of(ask)
    assert set(tasks) == {roles.ENGINEERING, roles.SECURITY}
    assert {t.due_at for t in tasks.values()} == {DUE}


def test_nothing_expires_just_before_the_deadline(path, ask, leads):
    result = timers_sweep(now=DUE - TICK)
    assert result.expired == 0
    assert {t.state for t in tasks_of(ask).values()} == {ReviewTask.State.OPEN}
    ask.refresh_from_db()
    assert ask.state == Ask.State.IN_REVIEW
    assert not Escalation.objects.exists()


def test_reviews_expire_exactly_at_the_deadline(path, ask, leads):
    result = timers_sweep(now=DUE)
    assert result.expired == 2 and result.failed == []
    assert {t.state for t in tasks_of(ask).values()} == {ReviewTask.State.EXPIRED}
    assert {t.expired_at for t in tasks_of(ask).values()} == {DUE}


def test_reviews_expire_just_after_the_deadline_by_the_clock(ask, leads):
    with time_machine.travel(DUE + timedelta(seconds=1), tick=False):
        result = timers_sweep()
    assert result.expired == 2
    ask.refresh_from_db()
    assert ask.state == Ask.State.PAUSED


def test_expiry_pauses_the_ask_escalates_once_and_tells_each_lead(path, ask, leads):
    tasks = tasks_of(ask)
    timers_sweep(now=DUE)
    ask.refresh_from_db()
    assert ask.state == Ask.State.PAUSED
    # Exactly one escalation per task, unresolved.
    assert sorted(Escalation.objects.values_list("task_id", flat=True)) == sorted(
        t.pk for t in tasks.values()
    )
    assert not Escalation.objects.filter(resolved_at__isnull=False).exists()
    for task in tasks.values():
        entry = latest_history(ReviewTask, task.pk)
        assert (entry.state, entry.history_type) == (ReviewTask.State.EXPIRED, "~")
        assert entry.history_date == DUE and entry.history_change_reason == "deadline passed"
        escalation = Escalation.objects.get(task=task)
        assert latest_history(Escalation, escalation.pk).history_type == "+"
    ask_entry = latest_history(Ask, ask.pk)
    assert (ask_entry.state, ask_entry.history_type) == (Ask.State.PAUSED, "~")
    events = AuditEvent.objects.filter(actor_label=sweep.SYSTEM)
    assert sorted(events.filter(action="review.expired").values_list("object_id", flat=True)) == (
        sorted(t.pk for t in tasks.values())
    )
    paused = events.get(action="ask.paused")
    assert (paused.object_id, paused.deal_id, paused.after) == (
        ask.pk,
        ask.deal_id,
        {"state": "paused"},
    )
    notes = Notification.objects.filter(kind="review_expired")
    assert notes.count() == len(tasks) * len(leads)
    for lead in leads:
        assert notes.filter(recipient=lead).count() == len(tasks)
    assert all(n.link == f"/asks/{ask.pk}/" and "overdue" in n.subject for n in notes)
    assert verify()[0], verify()[1]  # the sweep's events extend the audit hash chain


def test_a_second_sweep_changes_nothing(path, ask, leads):
    timers_sweep(now=DUE)
    counts = (
        Escalation.objects.count(),
        AuditEvent.objects.count(),
        Notification.objects.count(),
        ReviewTask.history.count(),
    )
    result = timers_sweep(now=DUE + timedelta(hours=1))
    assert (result.expired, result.reminded) == (0, 0)
    assert counts == (
        Escalation.objects.count(),
        AuditEvent.objects.count(),
        Notification.objects.count(),
        ReviewTask.history.count(),
    )


def test_reminder_goes_out_once_at_75_percent_of_the_window(path, ask, reviewers):
    remind_at = T0 + timedelta(hours=18)
    assert {t.remind_at for t in tasks_of(ask).values()} == {remind_at}
    assert timers_sweep(now=remind_at - TICK).reminded == 0
    result = timers_sweep(now=remind_at)
    assert result.reminded == 2 and result.expired == 0
    for role, task in tasks_of(ask).items():
        assert task.reminded_at == remind_at and task.state == ReviewTask.State.OPEN
        note = Notification.objects.get(kind="review_reminder", link=f"/reviews/{task.pk}/")
        assert note.recipient == reviewers[role]
        assert latest_history(ReviewTask, task.pk).history_change_reason == "reminder sent"
    assert timers_sweep(now=remind_at + timedelta(hours=1)).reminded == 0
    assert Notification.objects.filter(kind="review_reminder").count() == 2


def test_reminder_goes_to_the_assignee_alone(ask, lead, engineer):
    other = make_user("eng2", roles.ENGINEERING)
    task = tasks_of(ask)[roles.ENGINEERING]
    review_reassign(actor=lead, task_id=task.pk, assignee_id=other.pk, reason="on leave", now=T0)
    timers_sweep(now=T0 + timedelta(hours=18))
    notes = Notification.objects.filter(kind="review_reminder", link=f"/reviews/{task.pk}/")
    assert [n.recipient for n in notes] == [other]


def test_reminder_share_comes_from_the_deadline_policy(sales, reviewers):
    DeadlinePolicy.objects.filter(role=roles.ENGINEERING).update(reminder_share=0.5)
    ask = submit(sales, DealFactory.create(owner=sales), SSO, now=T0)
    tasks = tasks_of(ask)
    assert tasks[roles.ENGINEERING].remind_at == T0 + timedelta(hours=12)
    assert tasks[roles.SECURITY].remind_at == T0 + timedelta(hours=18)
    result = timers_sweep(now=T0 + timedelta(hours=12))
    assert result.reminded == 1
    assert Notification.objects.get(kind="review_reminder").recipient == reviewers["engineering"]


def test_reminder_is_not_sent_once_the_deadline_passed(ask, reviewers):
    result = timers_sweep(now=DUE)
    assert (result.expired, result.reminded) == (2, 0)
    assert not Notification.objects.filter(kind="review_reminder").exists()


def test_paused_ask_resumes_when_the_missing_reviews_are_answered(path, ask, reviewers, leads):
    timers_sweep(now=DUE)
    tasks = tasks_of(ask)
    answer_task(tasks["engineering"], reviewers["engineering"], now=DUE + timedelta(hours=1))
    ask.refresh_from_db()
    assert ask.state == Ask.State.PAUSED  # security is still overdue
    answer_all(ask, reviewers, now=DUE + timedelta(hours=2))
    assert ask.state == Ask.State.AWAITING_DECISION
    assert not Escalation.objects.filter(resolved_at__isnull=True).exists()


def test_paused_ask_resumes_when_the_lead_reassigns_with_a_new_deadline(ask, reviewers, lead):
    tasks = tasks_of(ask)
    answer_task(tasks["security"], reviewers["security"], now=T0 + timedelta(hours=1))
    timers_sweep(now=DUE)
    ask.refresh_from_db()
    assert ask.state == Ask.State.PAUSED
    other = make_user("eng2", roles.ENGINEERING)
    new_due = DUE + timedelta(days=1)
    review_reassign(
        actor=lead,
        task_id=tasks["engineering"].pk,
        assignee_id=other.pk,
        reason="Reviewer is on leave",
        due_at=new_due,
        now=DUE + timedelta(hours=1),
    )
    ask.refresh_from_db()
    task = ReviewTask.objects.get(pk=tasks["engineering"].pk)
    assert (task.state, task.due_at, task.assignee) == (ReviewTask.State.OPEN, new_due, other)
    assert ask.state == Ask.State.IN_REVIEW
    escalation = Escalation.objects.get(task=task)  # the lead answered the silence
    assert escalation.resolved_at == DUE + timedelta(hours=1)
    assert escalation.history.first().history_user == lead


def test_a_reopened_review_that_expires_again_escalates_again(path, ask, reviewers, lead):
    task = tasks_of(ask)["engineering"]
    timers_sweep(now=DUE)
    new_due = DUE + timedelta(days=1)
    review_reassign(
        actor=lead,
        task_id=task.pk,
        assignee_id=reviewers["engineering"].pk,
        reason="One more day",
        due_at=new_due,
        now=DUE + timedelta(hours=1),
    )
    result = timers_sweep(now=new_due)
    assert result.expired == 1 and result.failed == []
    escalation = Escalation.objects.get(task=task)  # still one per task, reopened
    assert (escalation.created_at, escalation.resolved_at) == (new_due, None)
    assert latest_history(Escalation, escalation.pk).history_type == "~"
    # The lead hears about each deadline that passed, not just the first.
    assert (
        Notification.objects.filter(kind="review_expired", link=f"/asks/{ask.pk}/")
        .filter(key__startswith=f"expired:{task.pk}:")
        .count()
        == 2
    )


def test_paused_ask_cannot_be_decided(ask, lead, sales):
    timers_sweep(now=DUE)
    with pytest.raises(Conflict) as err:
        approve(ask, lead, sales)
    assert err.value.code == "reviews_missing"
    ask.refresh_from_db()
    assert ask.state == Ask.State.PAUSED and not ask.decisions.exists()


def test_paused_ask_stays_out_of_the_close_plan(sales, lead, reviewers):
    deal = DealFactory.create(owner=sales)
    decided = answer_all(submit(sales, deal, SSO, now=T0), reviewers, now=T0)
    approve(decided, lead, sales)
    paused = submit(sales, deal, SSO.replace("400", "500"), now=T0)
    timers_sweep(now=DUE)
    paused.refresh_from_db()
    assert paused.state == Ask.State.PAUSED
    version = cut(sales, deal)
    assert [line.ask_id for line in version.lines.all()] == [decided.pk]
    checks = {c.name: c for c in plan_checks(deal=deal, version=version)}
    assert not checks["nothing_open"].passed
    assert f"ask {paused.pk} is paused" in checks["nothing_open"].reason


def test_answer_after_expiry_is_refused_with_deadline_passed(ask, reviewers):
    task = tasks_of(ask)["engineering"]
    timers_sweep(now=DUE)
    with pytest.raises(Conflict) as err:
        answer_task(task, reviewers["engineering"], acknowledge_expired=False)
    assert err.value.code == "deadline_passed"
    task.refresh_from_db()
    assert task.state == ReviewTask.State.EXPIRED and task.verdict == ""


def test_api_answer_after_expiry_is_a_409_that_says_why(ask, reviewers, api):
    task = tasks_of(ask)["engineering"]
    timers_sweep(now=DUE)
    client = api(reviewers["engineering"])
    url = f"/api/review-tasks/{task.pk}/answer/"
    form = {"verdict": "fits_today", "note": "fine", "answer": ANSWERS["engineering"]}
    response = client.post(url, form, format="json")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "deadline_passed"
    assert "deadline passed" in body["detail"] and "submit it again" in body["detail"]
    task.refresh_from_db()
    assert task.state == ReviewTask.State.EXPIRED
    response = client.post(url, {**form, "acknowledge_expired": True}, format="json")
    assert response.status_code == 200, response.json()
    task.refresh_from_db()
    assert task.state == ReviewTask.State.ANSWERED


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_answer_racing_the_deadline_exactly_one_wins(sales, reviewers, lead):
    """At the boundary the answer and the sweep both go: each ask ends one way only."""
    deal = DealFactory.create(owner=sales)
    asks = [submit(sales, deal, SSO.replace("400", str(400 + i)), now=T0) for i in range(6)]
    tasks = [tasks_of(a)["engineering"] for a in asks]
    barrier = threading.Barrier(len(tasks) + 1)
    outcomes: dict[int, object] = {}

    def answer(task):
        try:
            barrier.wait()
            answer_task(task, reviewers["engineering"], now=DUE, acknowledge_expired=False)
            outcomes[task.pk] = "answered"
        except Conflict as exc:
            outcomes[task.pk] = exc
        finally:
            connection.close()

    def run_sweep():
        try:
            barrier.wait()
            timers_sweep(now=DUE, workers=1)
        finally:
            connection.close()

    threads = [threading.Thread(target=answer, args=(t,)) for t in tasks]
    threads.append(threading.Thread(target=run_sweep))
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    timers_sweep(now=DUE)  # a later pass picks up whatever the first one skipped
    for task in tasks:
        task.refresh_from_db()
        outcome = outcomes[task.pk]
        if outcome == "answered":
            assert task.state == ReviewTask.State.ANSWERED
            assert not Escalation.objects.filter(task=task).exists()
        else:
            assert isinstance(outcome, Conflict) and outcome.code == "deadline_passed"
            assert task.state == ReviewTask.State.EXPIRED and task.verdict == ""
            assert Escalation.objects.filter(task=task).count() == 1


def test_sweep_timers_command_reports_and_expires(ask, leads):
    out = io.StringIO()
    call_command("sweep_timers", "--now", DUE.isoformat(), stdout=out)
    assert out.getvalue().startswith("expired 2, reminded 0, failed 0, notifications ")
    assert "'sent': 4" in out.getvalue()
    assert {t.state for t in tasks_of(ask).values()} == {ReviewTask.State.EXPIRED}
    assert len(mail.outbox) == 4  # two overdue reviews, two leads
    out = io.StringIO()
    call_command("sweep_timers", "--now", DUE.isoformat(), stdout=out)
    assert out.getvalue().startswith("expired 0, reminded 0, failed 0")


def test_sweep_timers_command_refuses_a_naive_moment(db):
    with pytest.raises(CommandError, match="time zone"):
        call_command("sweep_timers", "--now", "2026-11-23T09:00:00")


def test_idle_sweep_is_two_index_lookups(ask, django_assert_num_queries):
    with django_assert_num_queries(2):
        result = timers_sweep(now=T0 + timedelta(hours=1))
    assert (result.expired, result.reminded) == (0, 0)
    with connection.cursor() as cursor:  # a table this small would be read whole
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = sweep.due_for_expiry(T0).explain()
    assert "Index Only Scan using task_open_due" in plan
