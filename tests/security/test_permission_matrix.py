"""Every endpoint, role and object, with the status each must get.

Object relations: `rep` owns the deal (own) and `rep2` does not (someone else's);
the ask is routed to engineering and security (routed to me) and not to product
(not routed to me). Not visible → 404; visible but not allowed → 403; anonymous →
401/403 on the API and a redirect to login on pages. The manager is read-only.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from rest_framework.test import APIClient

from promises.services import evidence_add_file
from reviews.models import ReviewTask
from tests.conftest import make_user
from tests.factories.flow import EXPORT, SSO, DealFactory, answer_all, cut, submit

pytestmark = pytest.mark.django_db

ACTORS = ["anon", "outsider", "rep", "rep2", "eng", "prod", "lead", "mgr"]
VISIBLE = {"rep": 200, "rep2": 404, "eng": 200, "prod": 404, "lead": 200, "mgr": 200}


def row(**statuses):
    """Expected status per actor; anon and outsider are refused unless stated."""
    return {"anon": (401, 403), "outsider": 403, **statuses}


READ = row(**VISIBLE)
WRITE_DEAL = row(rep=None, rep2=404, eng=403, prod=404, lead=None, mgr=403)

# (method, url, body, expected); None in expected means "the success status given".
MATRIX = [
    ("get", "/api/deals/", None, row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("post", "/api/deals/", {"name": "N", "customer": "C"},
     row(rep=201, rep2=201, eng=403, prod=403, lead=400, mgr=403)),
    ("get", "/api/deals/{deal}/", None, READ),
    ("get", "/api/deals/{deal}/history/", None, READ),
    ("get", "/api/asks/", None, row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("post", "/api/asks/", {"deal": "{deal}", "text": EXPORT},
     row(rep=201, rep2=404, eng=403, prod=404, lead=201, mgr=403)),
    ("get", "/api/asks/{ask}/", None, READ),
    ("patch", "/api/asks/{open_ask}/", {"text": "Customer needs a nightly CSV export of six "
                                                 "agreed order fields to their SFTP server."},
     row(rep=200, rep2=404, eng=403, prod=404, lead=200, mgr=403)),
    ("post", "/api/asks/preview/", {"text": SSO},
     row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("post", "/api/asks/{ask}/decision/",
     {"outcome": "rejected", "wording": "No, we will not offer SAML SSO this year."},
     row(rep=403, rep2=404, eng=403, prod=404, lead=201, mgr=403)),
    ("get", "/api/review-tasks/", None,
     row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("get", "/api/review-tasks/{task}/", None,
     row(rep=404, rep2=404, eng=200, prod=404, lead=200, mgr=200)),
    ("post", "/api/review-tasks/{task}/answer/", {"verdict": "fits_today", "answer": {
        "effort_hours": 2, "earliest_date": "2027-01-01",
        "data_movement": {k: "x" for k in ("source_system", "target_system", "formats",
                                           "frequency", "volume_per_run", "failed_records",
                                           "duplicate_records", "late_records",
                                           "owner_mappings", "owner_bad_data", "owner_reruns",
                                           "owner_mismatch")}}},
     row(rep=404, rep2=404, eng=200, prod=404, lead=403, mgr=403)),
    ("post", "/api/review-tasks/{task}/reassign/", {"assignee": "{eng2}", "reason": "away"},
     row(rep=404, rep2=404, eng=200, prod=404, lead=200, mgr=403)),
    ("get", "/api/deals/{deal}/close-plan/", None, READ),
    ("post", "/api/deals/{deal}/close-plan/versions/", {"reason": "scope"},
     row(rep=201, rep2=404, eng=403, prod=404, lead=201, mgr=403)),
    ("get", "/api/deals/{deal}/close-plan/versions/1/", None, READ),
    ("get", "/api/deals/{deal}/close-plan/checks/", None, READ),
    ("post", "/api/deals/{deal}/close-plan/send/", None,
     row(rep=409, rep2=404, eng=403, prod=404, lead=409, mgr=403)),
    ("get", "/api/deals/{deal}/close-plan/versions/1/export/?format=csv", None, READ),
    ("get", "/api/deals/{deal}/close-plan/diff/?from=1&to=1", None, READ),
    ("get", "/api/asks/{ask}/evidence/", None, READ),
    ("post", "/api/asks/{ask}/evidence/", {"url": "https://example.com/notes"},
     row(rep=201, rep2=404, eng=201, prod=404, lead=201, mgr=403)),
    ("get", "/api/evidence/{evidence}/download/", None, READ),
    ("get", "/api/asks/{ask}/comments/", None, READ),
    ("post", "/api/asks/{ask}/comments/", {"body": "Which Okta org?"},
     row(rep=201, rep2=404, eng=201, prod=404, lead=201, mgr=403)),
]

PAGES = [
    ("get", "/deals/", row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("get", "/deals/{deal}/", READ),
    ("get", "/deals/{deal}/history/", READ),
    ("get", "/asks/{ask}/", READ),
    ("get", "/asks/{ask}/decide/", row(rep=403, rep2=404, eng=403, prod=404, lead=200, mgr=200)),
    ("get", "/reviews/", row(rep=403, rep2=403, eng=200, prod=200, lead=403, mgr=403)),
    ("get", "/reviews/{task}/", row(rep=404, rep2=404, eng=200, prod=404, lead=200, mgr=200)),
    ("get", "/decisions/", row(rep=403, rep2=403, eng=403, prod=403, lead=200, mgr=200)),
    ("get", "/deals/{deal}/plan/", READ),
    ("get", "/deals/{deal}/plan/v/1/export.pdf", READ),
    ("get", "/rules/", row(rep=403, rep2=403, eng=403, prod=403, lead=200, mgr=200)),
    ("get", "/audit/", row(rep=403, rep2=403, eng=403, prod=403, lead=200, mgr=200)),
    ("get", "/inbox/", row(rep=200, rep2=200, eng=200, prod=200, lead=200, mgr=200)),
    ("post", "/deals/{deal}/", row(rep=302, rep2=404, eng=403, prod=404, lead=302, mgr=403)),
    ("post", "/asks/{ask}/decide/", row(rep=403, rep2=404, eng=403, prod=404, lead=302, mgr=403)),
    ("post", "/deals/{deal}/plan/cut/", row(rep=302, rep2=404, eng=403, prod=404, lead=302,
                                            mgr=403)),
    ("post", "/rules/", row(rep=403, rep2=403, eng=403, prod=403, lead=302, mgr=403)),
]
PAGE_BODIES = {
    "/deals/{deal}/": {"text": EXPORT},
    "/asks/{ask}/decide/": {"outcome": "rejected", "ask_version": 1,
                            "wording": "No, we will not offer SAML SSO this year."},
    "/deals/{deal}/plan/cut/": {"reason": "scope"},
    "/rules/": {"pattern": "netsuite", "target": "data_movement", "active": "on"},
}


@pytest.fixture
def world(sales, other_sales, engineer, security, product, lead, manager, outsider):
    reviewers = {"engineering": engineer, "security": security, "product": product}
    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, SSO), reviewers)
    open_ask = submit(sales, deal, EXPORT)
    cut(sales, deal)
    evidence = evidence_add_file(actor=sales, ask=ask, name="notes.txt", data=b"call notes")
    ids = {
        "deal": deal.pk, "ask": ask.pk, "open_ask": open_ask.pk, "evidence": evidence.pk,
        "task": ReviewTask.objects.get(ask=open_ask, role="engineering").pk,
        "eng2": make_user("eng2", "engineering").pk,
    }
    users = {"outsider": outsider, "rep": sales, "rep2": other_sales, "eng": engineer,
             "prod": product, "lead": lead, "mgr": manager}
    return ids, users


def _fill(value, ids):
    if isinstance(value, str):
        filled = value.format(**ids)
        return int(filled) if value.startswith("{") and filled.isdigit() else filled
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def _client(actor, users):
    client = APIClient()
    if actor != "anon":
        client.force_login(users[actor])
    return client


def _assert(status, expected, actor, url):
    allowed = expected if isinstance(expected, tuple) else (expected,)
    assert status in allowed, f"{actor} {url}: got {status}, expected {expected}"


def each_actor(check):
    """Run the check once per actor, each in a savepoint rolled back afterwards, so
    one actor's successful write never changes what the next one meets."""
    for actor in ACTORS:
        with transaction.atomic():
            check(actor)
            transaction.set_rollback(True)


@pytest.mark.parametrize(("method", "url", "body", "expected"), MATRIX,
                         ids=[f"{m.upper()} {u}" for m, u, _, _ in MATRIX])
def test_api_matrix(world, method, url, body, expected):
    ids, users = world
    path = url.format(**ids)

    def check(actor):
        client = _client(actor, users)
        call = getattr(client, method)
        response = call(path, _fill(body, ids), format="json") if body else call(path)
        _assert(response.status_code, expected[actor], actor, path)

    each_actor(check)


@pytest.mark.parametrize(("method", "url", "expected"), PAGES,
                         ids=[f"{m.upper()} {u}" for m, u, _ in PAGES])
def test_page_matrix(world, method, url, expected):
    ids, users = world
    path = url.format(**ids)
    body = _fill(PAGE_BODIES.get(url, {}), ids)

    def check(actor):
        client = _client(actor, users)
        response = client.post(path, body) if method == "post" else client.get(path)
        if actor == "anon":
            assert response.status_code == 302 and response["Location"].startswith("/login/")
            return
        _assert(response.status_code, expected[actor], actor, path)

    each_actor(check)


def test_removing_a_role_takes_effect_on_the_next_request(world):
    ids, users = world
    client = _client("eng", users)
    assert client.get(f"/api/review-tasks/{ids['task']}/").status_code == 200
    users["eng"].groups.remove(Group.objects.get(name="engineering"))
    assert client.get(f"/api/review-tasks/{ids['task']}/").status_code == 403
    assert client.get(f"/reviews/{ids['task']}/").status_code == 403


def test_upload_by_someone_who_cannot_see_the_ask_is_404(world):
    ids, users = world
    client = _client("rep2", users)
    r = client.post(f"/api/asks/{ids['ask']}/evidence/",
                    {"file": SimpleUploadedFile("x.txt", b"hello")}, format="multipart")
    assert r.status_code == 404
