"""API tokens: the user and their roles in one query, and every refusal still holds."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from dealdesk import roles
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def test_token_user_and_roles_come_in_one_query():
    user = make_user("rep", roles.SALES, roles.ENGINEERING)
    client = _client(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/deals/")
    assert response.status_code == 200
    auth = [q["sql"] for q in queries if "authtoken_token" in q["sql"]]
    assert len(auth) == 1
    assert not [q["sql"] for q in queries if "auth_user_groups" in q["sql"] and q not in auth
                and "authtoken_token" not in q["sql"]]  # fmt: skip


def test_bad_token_inactive_user_and_no_role_are_refused():
    user = make_user("rep", roles.SALES)
    client = _client(user)
    assert client.get("/api/deals/").status_code == 200

    bad = APIClient()
    bad.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    response = bad.get("/api/deals/")
    # 403, not 401: session auth comes first and sends no WWW-Authenticate challenge.
    assert response.status_code == 403 and "Invalid token" in str(response.json())

    user.groups.remove(Group.objects.get(name=roles.SALES))
    assert client.get("/api/deals/").status_code == 403  # the next request sees it

    user.groups.add(Group.objects.get(name=roles.SALES))
    user.is_active = False
    user.save()
    response = client.get("/api/deals/")
    assert response.status_code == 403 and "inactive" in str(response.json())


def test_groups_that_are_not_roles_grant_nothing():
    Group.objects.create(name="sales-team-emea")
    user = make_user("rep")
    user.groups.add(Group.objects.get(name="sales-team-emea"))
    assert _client(user).get("/api/deals/").status_code == 403


def test_a_page_reads_the_session_user_and_roles_in_one_query(client):
    user = make_user("rep", roles.SALES)
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/deals/")
    assert response.status_code == 200
    groups = [q["sql"] for q in queries if "auth_user_groups" in q["sql"]]
    assert len(groups) == 1 and '"password"' in groups[0]  # one statement: user and roles


def test_a_session_user_who_lost_a_role_or_was_deactivated_is_refused_next_request(client):
    user = make_user("rep", roles.SALES)
    client.force_login(user)
    assert client.get("/deals/new/").status_code == 200
    user.groups.remove(Group.objects.get(name=roles.SALES))
    assert client.get("/deals/new/").status_code == 403  # no longer a sales rep
    user.groups.add(Group.objects.get(name=roles.SALES))
    user.is_active = False
    user.save()
    response = client.get("/deals/new/")
    assert response.status_code == 302 and "/login" in response["Location"]  # signed out
