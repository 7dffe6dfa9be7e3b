from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from dealdesk.errors import NotAllowed, ValidationFailed
from reviews.models import Decision, Notification, ReviewTask
from reviews.services import review_reassign
from tests.conftest import make_user
from tests.factories.flow import (
    EXPORT,
    DealFactory,
    answer_all,
    answer_form_data,
    engineering_queue,
    submit,
)

pytestmark = pytest.mark.django_db


def test_data_movement_review_page_shows_and_saves_the_data_movement_form(
        client, sales, engineer):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    client.force_login(engineer)
    page = client.get(f"/reviews/{task.pk}/").content.decode()
    assert "Data movement" in page and 'name="dm-owner_mismatch"' in page
    r = client.post(f"/reviews/{task.pk}/", answer_form_data("engineering"))
    assert r.status_code == 400 and "Who owns reruns is required" in r.content.decode()
    assert client.post(f"/reviews/{task.pk}/",
                       answer_form_data("engineering", with_data_movement=True)).status_code == 302
    task.refresh_from_db()
    assert task.state == "answered" and task.answer["data_movement"]["frequency"]


def test_lead_sees_reviews_side_by_side_and_a_suggested_sentence(client, sales, reviewers, lead):
    ask = answer_all(submit(sales, DealFactory.create(owner=sales), EXPORT), reviewers)
    client.force_login(lead)
    page = client.get(f"/asks/{ask.pk}/decide/").content.decode()
    assert "Engineering" in page and "Security" in page and "Effort estimate" in page
    assert "Suggested from the reviews" in page
    assert "Yes, a nightly CSV export of five agreed order fields to their SFTP server." in page
    r = client.post(f"/asks/{ask.pk}/decide/", {
        "outcome": "approved",
        "wording": "Yes, a nightly CSV export of five agreed order fields to their SFTP server.",
        "owner": engineer_id(reviewers), "due_date": "2027-03-01", "limit": "Five fields only.",
        "ask_version": 1})
    assert r.status_code == 302
    assert Decision.objects.get().limit == "Five fields only."


def engineer_id(reviewers):
    return reviewers["engineering"].pk


def test_reassign_to_another_member_of_the_role_is_recorded_and_notified(sales, engineer, lead):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    other = make_user("eng2", "engineering")
    with pytest.raises(ValidationFailed):
        review_reassign(actor=engineer, task_id=task.pk, assignee_id=sales.pk, reason="away")
    with pytest.raises(ValidationFailed):
        review_reassign(actor=engineer, task_id=task.pk, assignee_id=other.pk, reason=" ")
    review_reassign(actor=engineer, task_id=task.pk, assignee_id=other.pk, reason="on leave")
    task.refresh_from_db()
    assert task.assignee == other
    assert AuditEvent.objects.get(action="review.reassigned").reason == "on leave"
    assert Notification.objects.filter(recipient=other, kind="review_assigned").count() == 1
    with pytest.raises(NotAllowed):  # now only the assignee answers it
        from tests.factories.flow import answer_task
        answer_task(task, engineer)


def test_overdue_review_reopened_by_lead_with_new_deadline(sales, engineer, lead):
    from reviews.services import timers_sweep

    ask = submit(sales, DealFactory.create(owner=sales), EXPORT,
                 now=timezone.now() - timedelta(days=2))
    timers_sweep()
    ask.refresh_from_db()
    assert ask.state == "paused"
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    with pytest.raises(NotAllowed):
        review_reassign(actor=engineer, task_id=task.pk, assignee_id=engineer.pk, reason="x",
                        due_at=timezone.now() + timedelta(hours=4))
    review_reassign(actor=lead, task_id=task.pk, assignee_id=engineer.pk, reason="back today",
                    due_at=timezone.now() + timedelta(hours=4))
    task.refresh_from_db()
    assert task.state == "open"
    ask.refresh_from_db()
    assert ask.state == "paused"  # the security review is still overdue


def test_queue_pages_through_every_live_task_fifty_at_a_time(client, sales, engineer):
    import re

    _, _, expected = engineering_queue(sales, 55)
    client.force_login(engineer)

    def links(page: str) -> list[int]:
        return [int(pk) for pk in re.findall(r'href="/reviews/(\d+)/"', page)]

    first = client.get("/reviews/").content.decode()
    second = client.get("/reviews/?page=2").content.decode()
    assert links(first) == expected[:50] and links(second) == expected[50:]
    assert 'href="?page=2" rel="next"' in first and 'rel="prev"' not in first
    assert 'href="?page=1" rel="prev"' in second and 'rel="next"' not in second
    assert "Tasks 1\u201350" in first and "Tasks 51\u201355" in second  # en dashes
    for bad in ("0", "-1", "x", "99999999"):  # nonsense falls back to the first page
        assert links(client.get(f"/reviews/?page={bad}").content.decode()) == expected[:50]
