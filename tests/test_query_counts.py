"""Every list page and API list costs the same number of queries for 5 and 50 rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from tests.factories.flow import EXPORT, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db


def grow(sales, reviewers, big, count):
    for _ in range(count):
        answer_all(submit(sales, DealFactory.create(owner=sales), EXPORT), reviewers)
        submit(sales, big, EXPORT)


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


@pytest.fixture
def desk(sales, reviewers, lead):
    big = DealFactory.create(owner=sales)
    return big


PAGES = [
    ("sales", "/deals/"),
    ("sales", "/deals/{big}/"),
    ("sales", "/deals/{big}/history/"),
    ("engineer", "/reviews/"),
    ("lead", "/decisions/"),
    ("lead", "/rules/"),
    ("sales", "/inbox/"),
    ("sales", "/api/deals/"),
    ("sales", "/api/asks/"),
    ("engineer", "/api/review-tasks/"),
    ("sales", "/api/deals/{big}/history/"),
]


def test_list_queries_do_not_grow_with_rows(desk, sales, engineer, lead, reviewers):
    users = {"sales": sales, "engineer": engineer, "lead": lead}
    clients = {}
    for name, user in users.items():
        clients[name] = APIClient()
        clients[name].force_login(user)
    grow(sales, reviewers, desk, 5)
    small = {url: count_queries(clients[who], url.format(big=desk.pk)) for who, url in PAGES}
    grow(sales, reviewers, desk, 45)
    large = {url: count_queries(clients[who], url.format(big=desk.pk)) for who, url in PAGES}
    assert large == small
