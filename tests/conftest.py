"""Shared fixtures: a sales rep, each reviewer, the lead, a manager, an outsider; the
lint's and tagger's patterns as a fresh process has them."""

from typing import Any

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


@pytest.fixture
def uncompiled_patterns(monkeypatch):
    """The lint's patterns as a fresh process has them (not compiled yet) and no tagger
    built; yields a check that all of them, and the tagger's, are compiled by now."""
    from promises import rules, wording

    monkeypatch.setattr(rules, "_cache", {})
    lint_patterns: list[Any] = [*wording._LINT_SCANS, *wording._LINT_MATCHERS]
    for patterns in lint_patterns:
        monkeypatch.setattr(patterns, "_compiled", None)

    def all_compiled() -> bool:
        cached = rules.cached_tagger()
        return (
            cached is not None
            and all(m._compiled is not None for _, m in cached[1]._matchers)
            and all(p._compiled is not None for p in lint_patterns)
        )

    assert not all_compiled()
    return all_compiled
