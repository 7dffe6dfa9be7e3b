from datetime import UTC, datetime, time, timedelta

import pytest

from audit.models import AuditEvent
from dealdesk.errors import NotAllowed, ValidationFailed
from reviews.models import BusinessCalendarConfig, DeadlinePolicy, Holiday, ReviewTask
from reviews.services.policy import calendar_update, holiday_add, policy_update
from tests.factories.flow import EXPORT, SSO, DealFactory, submit

pytestmark = pytest.mark.django_db


def test_lead_sets_next_business_day_and_new_tasks_follow_it(lead, sales):
    calendar_update(actor=lead, tz="Europe/Berlin", working_days=[0, 1, 2, 3, 4],
                    day_end=time(17, 0))
    policy_update(actor=lead, role="engineering", policy="next_business_day",
                  reminder_share=0.5, fills_data_movement=True)
    friday_evening = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    ask = submit(sales, DealFactory.create(owner=sales), SSO, now=friday_evening)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    # Monday 30 Nov 17:00 Berlin = 16:00 UTC
    assert task.due_at == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert task.remind_at == friday_evening + (task.due_at - friday_evening) / 2
    security = ReviewTask.objects.get(ask=ask, role="security")
    assert security.due_at - security.opened_at == timedelta(hours=24)
    assert AuditEvent.objects.filter(action="policy.updated").count() == 1


def test_holidays_are_skipped(lead, sales):
    calendar_update(actor=lead, tz="UTC", working_days=[0, 1, 2, 3, 4], day_end=time(18, 0))
    holiday_add(actor=lead, day=datetime(2026, 12, 1).date(), name="Company day")
    policy_update(actor=lead, role="engineering", policy="next_business_day",
                  reminder_share=0.75, fills_data_movement=True)
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT,
                 now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    assert task.due_at == datetime(2026, 12, 2, 18, 0, tzinfo=UTC)


def test_only_the_lead_changes_deadlines_and_bad_values_are_refused(lead, manager, engineer):
    for user in (manager, engineer):
        with pytest.raises(NotAllowed):
            policy_update(actor=user, role="engineering", policy="hours_24",
                          reminder_share=0.75, fills_data_movement=True)
    with pytest.raises(ValidationFailed) as err:
        policy_update(actor=lead, role="product", policy="weekly", reminder_share=1.5,
                      fills_data_movement=True)
    assert {"policy", "reminder_share", "fills_data_movement"} <= set(err.value.fields)
    with pytest.raises(ValidationFailed):
        calendar_update(actor=lead, tz="Mars/Olympus", working_days=[], day_end=time(18))
    assert BusinessCalendarConfig.objects.get().tz == "UTC"


def test_deadlines_page(client, lead, manager):
    client.force_login(lead)
    assert client.get("/settings/deadlines/").status_code == 200
    r = client.post("/settings/deadlines/", {"form": "policy", "prefix": "security",
                                             "security-role": "security",
                                             "security-policy": "next_business_day",
                                             "security-reminder_share": "0.6"})
    assert r.status_code == 302
    assert DeadlinePolicy.objects.get(role="security").policy == "next_business_day"
    r = client.post("/settings/deadlines/", {"form": "holiday", "date": "2026-12-24",
                                             "name": "Christmas Eve"})
    assert r.status_code == 302 and Holiday.objects.get().name == "Christmas Eve"
    client.force_login(manager)
    assert client.get("/settings/deadlines/").status_code == 200
    assert client.post("/settings/deadlines/", {"form": "holiday", "date": "2026-12-31",
                                                "name": "x"}).status_code == 403


def test_lead_sees_paused_asks_with_why(client, lead, sales):
    from reviews.services import timers_sweep

    submit(sales, DealFactory.create(owner=sales), SSO,
           now=datetime.now(UTC) - timedelta(days=2))
    timers_sweep()
    client.force_login(lead)
    page = client.get("/decisions/").content.decode()
    assert "Paused: the" in page and "engineering review" in page and "nobody answered" in page
