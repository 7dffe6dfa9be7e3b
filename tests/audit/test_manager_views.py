import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from tests.factories.flow import EXPORT, SSO, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(sales, other_sales, reviewers):
    deal = DealFactory.create(owner=sales)
    answer_all(submit(sales, deal, SSO), reviewers)
    submit(other_sales, DealFactory.create(owner=other_sales), EXPORT,
           now=timezone.now() - timedelta(days=2))
    from reviews.services import timers_sweep

    timers_sweep()
    return deal


def table(response) -> str:
    """The timeline table only (the filter form lists every action too)."""
    return response.content.decode().split('<table class="list timeline">')[1]


def test_desk_timeline_filters_by_user_action_and_deal(client, manager, desk, sales):
    client.force_login(manager)
    rows = table(client.get("/audit/", {"actor": "rep", "action": "ask.submitted"}))
    assert "ask.submitted" in rows and "rep2" not in rows
    rows = table(client.get("/audit/", {"deal": desk.pk}))
    assert "review.answered" in rows and "review.expired" not in rows
    rows = table(client.get("/audit/", {"action": "review.expired"}))
    assert "system:sweep" in rows and "ask.submitted" not in rows


def test_desk_timeline_filters_by_date(client, manager, desk):
    client.force_login(manager)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    page = client.get("/audit/", {"date_from": tomorrow}).content.decode()
    assert "Nothing recorded yet" in page


def test_timeline_exports_as_csv_with_the_same_filters(client, manager, desk):
    client.force_login(manager)
    r = client.get("/audit/export.csv", {"deal": desk.pk})
    assert r["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(b"".join(r.streaming_content).decode())))
    assert len(rows) == AuditEvent.objects.filter(deal=desk).count()
    assert {row["deal"] for row in rows} == {str(desk.pk)}
    first = AuditEvent.objects.filter(deal=desk).order_by("seq").first()
    assert first is not None and rows[0]["hash"] == first.hash


def test_review_speed_figures(client, manager, desk):
    client.force_login(manager)
    page = client.get("/audit/speed/").content.decode()
    assert "Median" in page and "<svg" in page
    assert "Paused now (1)" in page
    assert "security: 1" in page or "data_movement: 1" in page


def test_who_approved_this_sentence_reads_off_the_ask_timeline(client, manager, sales, lead,
                                                               reviewers):
    from tests.factories.flow import approve

    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, SSO), reviewers)
    approve(ask, lead, sales, wording="Yes, standard SAML SSO through Okta for all users.")
    client.force_login(manager)
    page = client.get(f"/asks/{ask.pk}/").content.decode()
    assert "decision.given" in page and "lead" in page and "review.answered" in page


def test_audit_pages_are_for_managers_and_the_lead(client, sales, engineer):
    for user in (sales, engineer):
        client.force_login(user)
        assert client.get("/audit/").status_code == 403
        assert client.get("/audit/export.csv").status_code == 403
