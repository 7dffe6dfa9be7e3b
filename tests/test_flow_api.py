"""The whole flow through the REST API, asserting what the database holds."""

import pytest
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from audit.models import AuditEvent
from closeplans.models import CloseplanLine, CloseplanSend
from promises.models import Ask
from reviews.models import Decision, ReviewTask
from tests.factories.flow import ANSWERS, SSO, VERDICTS

pytestmark = pytest.mark.django_db

WORDING = "Yes, standard SAML SSO through Okta for all users by go-live."


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def test_full_flow_through_the_api(sales, reviewers, lead):
    rep = token_client(sales)
    r = rep.post("/api/deals/", {"name": "Globex", "customer": "Globex Inc"}, format="json")
    assert r.status_code == 201, r.content
    deal_id = r.json()["id"]

    r = rep.post("/api/asks/", {"deal": deal_id, "text": "They want enterprise security."},
                 format="json")
    assert r.status_code == 400
    assert r.json()["text"] and {"code", "message", "start", "end"} <= set(r.json()["text"][0])
    assert Ask.objects.count() == 0

    r = rep.post("/api/asks/", {"deal": deal_id, "text": SSO}, format="json")
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["kind"] == "security" and body["state"] == "in_review" and body["version"] == 1
    assert {t["role"] for t in body["review_tasks"]} == {"engineering", "security"}
    ask_id = body["id"]

    for role, user in reviewers.items():
        queue = token_client(user).get("/api/review-tasks/").json()["results"]
        mine = [t for t in queue if t["ask"] == ask_id]
        if role == "product":
            assert mine == []
            continue
        r = token_client(user).post(f"/api/review-tasks/{mine[0]['id']}/answer/",
                                    {"verdict": VERDICTS[role], "note": "checked",
                                     "answer": ANSWERS[role]},
                                    format="json")
        assert r.status_code == 200, r.content
    assert Ask.objects.get(pk=ask_id).state == Ask.State.AWAITING_DECISION

    decision = {"outcome": "approved", "wording": WORDING, "owner": sales.pk,
                "due_date": str(timezone.localdate()), "limit": "Standard SAML 2.0 only."}
    assert rep.post(f"/api/asks/{ask_id}/decision/", decision, format="json").status_code == 403
    r = token_client(lead).post(f"/api/asks/{ask_id}/decision/", decision, format="json")
    assert r.status_code == 201, r.content
    r = token_client(lead).post(f"/api/asks/{ask_id}/decision/", decision, format="json")
    assert r.status_code == 409
    assert Decision.objects.get(ask_id=ask_id).wording == WORDING

    r = rep.post(f"/api/deals/{deal_id}/close-plan/versions/", {"reason": "SSO approved"},
                 format="json")
    assert r.status_code == 201, r.content
    plan = rep.get(f"/api/deals/{deal_id}/close-plan/").json()
    assert plan["number"] == 1 and plan["out_of_date"] is False
    assert [ln["wording"] for ln in plan["lines"]] == [WORDING]
    assert plan["lines"][0]["owner"] == sales.username
    assert CloseplanLine.objects.get().wording == WORDING

    checks = rep.get(f"/api/deals/{deal_id}/close-plan/checks/").json()
    assert all(c["passed"] for c in checks), checks
    assert rep.post(f"/api/deals/{deal_id}/close-plan/send/").status_code == 201
    assert CloseplanSend.objects.count() == 1

    history = rep.get(f"/api/deals/{deal_id}/history/").json()["results"]
    actions = [e["action"] for e in history]
    assert actions[:2] == ["deal.created", "ask.submitted"] and "decision.given" in actions
    assert AuditEvent.objects.filter(deal_id=deal_id).count() == len(history)


def test_plan_lines_accept_no_free_text(sales, reviewers, lead):
    """The cut endpoint takes a reason only: extra fields never reach a line."""
    from tests.factories.flow import DealFactory, answer_all, approve, submit

    deal = DealFactory.create(owner=sales)
    approve(answer_all(submit(sales, deal), reviewers), lead, sales, wording=WORDING)
    r = token_client(sales).post(
        f"/api/deals/{deal.pk}/close-plan/versions/",
        {"reason": "x", "lines": [{"wording": "We will do anything you like."}],
         "wording": "Free work forever."}, format="json")
    assert r.status_code == 201
    assert list(CloseplanLine.objects.values_list("wording", flat=True)) == [WORDING]


def test_api_requires_authentication(client):
    assert client.get("/api/deals/").status_code in (401, 403)


def test_reviewer_queue_filters_by_role_and_state(sales, engineer):
    from tests.factories.flow import DealFactory, submit

    submit(sales, DealFactory.create(owner=sales))
    c = token_client(engineer)
    assert len(c.get("/api/review-tasks/?state=open").json()["results"]) == 1
    assert c.get("/api/review-tasks/?state=answered").json()["results"] == []
    assert c.get("/api/review-tasks/?role=security").json()["results"] == []
    assert ReviewTask.objects.count() == 2


def test_schema_and_docs_are_served(client, sales):
    client.force_login(sales)
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/asks/preview/" in schema.content
    assert client.get("/api/docs/").status_code == 200
