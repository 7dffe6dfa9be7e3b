"""Shared role fixtures: a sales rep, each reviewer, the lead, a manager, an outsider."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from dealdesk import roles


def make_user(username: str, *role_names: str):
    user = get_user_model().objects.create_user(
        username=username, password="pw-for-tests", email=f"{username}@example.com"
    )
    for role in role_names:
        user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def sales(db):
    return make_user("rep", roles.SALES)


@pytest.fixture
def other_sales(db):
    return make_user("rep2", roles.SALES)


@pytest.fixture
def engineer(db):
    return make_user("eng", roles.ENGINEERING)


@pytest.fixture
def security(db):
    return make_user("sec", roles.SECURITY)


@pytest.fixture
def product(db):
    return make_user("prod", roles.PRODUCT)


@pytest.fixture
def lead(db):
    return make_user("lead", roles.LEAD)


@pytest.fixture
def manager(db):
    return make_user("mgr", roles.MANAGER)


@pytest.fixture
def outsider(db):
    return make_user("outsider")


@pytest.fixture
def reviewers(engineer, security, product):
    return {roles.ENGINEERING: engineer, roles.SECURITY: security, roles.PRODUCT: product}


@pytest.fixture
def api():
    def client_for(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return client_for
