"""The whole flow through the HTML pages, as each role clicks through it."""

import pytest
from django.utils import timezone

from closeplans.models import CloseplanSend, CloseplanVersion
from promises.models import Ask, Deal
from reviews.models import Decision, ReviewTask
from tests.factories.flow import SSO, VERDICTS, answer_form_data

pytestmark = pytest.mark.django_db
WORDING = "Yes, standard SAML SSO through Okta for all users by go-live."


def test_full_flow_through_the_pages(client, sales, reviewers, lead, manager):
    client.force_login(sales)
    r = client.post("/deals/new/", {"name": "Initech", "customer": "Initech",
                                    "stage": "evaluation"})
    deal = Deal.objects.get(name="Initech")
    assert r.status_code == 302 and r["Location"] == f"/deals/{deal.pk}/"

    vague = "We can probably handle their data needs."
    r = client.post(f"/deals/{deal.pk}/", {"text": vague})
    assert r.status_code == 400
    assert vague in r.content.decode()  # the text stays on the form
    assert Ask.objects.count() == 0

    assert client.post(f"/deals/{deal.pk}/", {"text": SSO}).status_code == 302
    ask = Ask.objects.get()
    page = client.get(f"/deals/{deal.pk}/").content.decode()
    assert SSO in page and "In review" in page

    for role in ("engineering", "security"):
        client.force_login(reviewers[role])
        queue = client.get("/reviews/").content.decode()
        task = ReviewTask.objects.get(ask=ask, role=role)
        assert f"/reviews/{task.pk}/" in queue
        incomplete = client.post(f"/reviews/{task.pk}/", {"verdict": VERDICTS[role]})
        assert incomplete.status_code == 400  # the form says what is missing
        r = client.post(f"/reviews/{task.pk}/", answer_form_data(role))
        assert r.status_code == 302, r.content.decode()
    ask.refresh_from_db()
    assert ask.state == Ask.State.AWAITING_DECISION

    client.force_login(lead)
    assert f"/asks/{ask.pk}/decide/" in client.get("/decisions/").content.decode()
    r = client.post(f"/asks/{ask.pk}/decide/", {
        "outcome": "approved", "wording": WORDING, "owner": sales.pk,
        "due_date": str(timezone.localdate()), "limit": "SAML 2.0 only", "ask_version": 1})
    assert r.status_code == 302, r.content.decode()
    assert Decision.objects.get().wording == WORDING

    client.force_login(sales)
    assert client.post(f"/deals/{deal.pk}/plan/cut/", {"reason": "SSO approved"}).status_code == 302
    plan_page = client.get(f"/deals/{deal.pk}/plan/").content.decode()
    assert WORDING in plan_page and "Failed" not in plan_page
    assert client.post(f"/deals/{deal.pk}/plan/send/").status_code == 302
    assert CloseplanSend.objects.get().version == CloseplanVersion.objects.get()

    client.force_login(manager)
    history = client.get(f"/deals/{deal.pk}/history/").content.decode()
    for action in ("ask.submitted", "review.answered", "decision.given", "closeplan.sent"):
        assert action in history
    r = client.post(f"/deals/{deal.pk}/", {"text": SSO})
    assert r.status_code == 403
    assert Ask.objects.count() == 1


def test_anonymous_is_sent_to_login(client):
    r = client.get("/deals/")
    assert r.status_code == 302 and r["Location"].startswith("/login/")


def test_user_without_a_role_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get("/deals/").status_code == 403


def test_login_page_and_demo_login(client, db):
    from django.core.management import call_command

    call_command("seed_demo")
    assert client.get("/login/").status_code == 200
    r = client.post("/login/", {"username": "sales", "password": "dealdesk-demo"})
    assert r.status_code == 302
    assert client.get("/deals/").status_code == 200
    assert Ask.objects.filter(state=Ask.State.PAUSED).exists()
    assert Ask.objects.filter(state=Ask.State.DECIDED).exists()
    assert Ask.objects.filter(state=Ask.State.AWAITING_DECISION).exists()
