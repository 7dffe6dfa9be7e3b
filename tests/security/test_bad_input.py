"""Bad input anywhere gives a clear 400 with field errors, never a 500."""

import pytest

from tests.factories.flow import SSO, DealFactory, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def rep(api, sales):
    return api(sales)


@pytest.fixture
def deal(sales):
    return DealFactory.create(owner=sales)


def test_malformed_json_is_a_400(rep):
    r = rep.post("/api/deals/", "{not json", content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "parse_error"


@pytest.mark.parametrize("body", [
    {"deal": "abc", "text": SSO},
    {"deal": None, "text": SSO},
    {"text": SSO},
    {"deal": 1, "text": ["a list"]},
    {"deal": 1, "text": "x" * 5000},
])
def test_wrong_types_and_overlong_text_name_the_field(rep, deal, body):
    body = {**body, "deal": deal.pk} if body.get("deal") == 1 else body
    r = rep.post("/api/asks/", body, format="json")
    assert r.status_code == 400
    data = r.json()
    assert data["detail"] and ("deal" in data or "text" in data)


def test_unknown_ids_are_404_not_500(rep):
    assert rep.post("/api/asks/", {"deal": 999999, "text": SSO}, format="json").status_code == 404
    assert rep.get("/api/asks/999999/").status_code == 404
    assert rep.post("/api/review-tasks/999999/answer/", {"verdict": "x"},
                    format="json").status_code == 404


def test_a_deal_of_another_team_is_404(api, other_sales, deal):
    r = api(other_sales).post("/api/asks/", {"deal": deal.pk, "text": SSO}, format="json")
    assert r.status_code == 404


def test_decision_with_bad_date_and_owner(api, lead, sales, deal):
    ask = submit(sales, deal)
    r = api(lead).post(f"/api/asks/{ask.pk}/decision/",
                       {"outcome": "approved", "wording": "Yes.", "due_date": "soon",
                        "owner": "me"}, format="json")
    assert r.status_code == 400 and {"due_date", "owner"} <= set(r.json())


def test_bad_page_input_keeps_the_text_and_says_why(client, sales, deal):
    client.force_login(sales)
    r = client.post(f"/deals/{deal.pk}/", {"text": "x" * 3000})
    assert r.status_code == 400 and "x" * 100 in r.content.decode()


def test_csrf_is_enforced_on_session_api_writes(sales, deal):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(sales)
    r = client.post("/api/asks/", {"deal": deal.pk, "text": SSO}, format="json")
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]


def test_content_security_policy_header_is_set(client, sales):
    client.force_login(sales)
    r = client.get("/deals/")
    assert "default-src 'self'" in r["Content-Security-Policy"]
    assert "script-src 'self'" in r["Content-Security-Policy"]


def test_user_text_is_escaped(client, sales, deal):
    client.force_login(sales)
    deal.name = "<script>alert(1)</script>"
    deal.save()
    page = client.get(f"/deals/{deal.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_api_writes_are_throttled(rep, deal, monkeypatch):
    from django.core.cache import cache

    from dealdesk.throttle import WriteThrottle

    cache.clear()
    monkeypatch.setattr(WriteThrottle, "THROTTLE_RATES", {"writes": "2/minute"})
    statuses = [rep.post("/api/asks/preview/", {"text": SSO}, format="json").status_code
                for _ in range(2)]
    statuses += [rep.post("/api/deals/", {"name": f"D{i}", "customer": "C"},
                          format="json").status_code for i in range(3)]
    assert statuses[:2] == [200, 200]  # the preview writes nothing and is not throttled
    assert statuses[2:] == [201, 201, 429]
    assert rep.get("/api/deals/").status_code == 200  # reads are never throttled
    cache.clear()
