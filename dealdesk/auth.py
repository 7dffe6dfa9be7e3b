"""Signed-in users read with their roles in one query: API tokens and page sessions.

DRF's TokenAuthentication loads the token with its user, and the role check
(`dealdesk.permissions.HasRole`) then reads the user's groups: two queries on every API
request; a page request likewise reads the session's user, then their groups. Here one
statement returns the user's columns and their group names; the roles are cached on the
user object for this request only (see `dealdesk.roles.roles_of`), so a role removed by
an admin still takes effect on the next request.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions
from rest_framework.authtoken.models import Token

from dealdesk import fastsql, roles
from dealdesk.fastsql import qn


@cache
def _sql(vendor: str, by_token: bool) -> str:
    user_model = get_user_model()
    through = user_model.groups.through._meta  # type: ignore[attr-defined]
    names = f"string_agg(g.{qn('name')}, ',')" if vendor == "postgresql" else (
        f"group_concat(g.{qn('name')}, ',')"
    )
    pk = qn(user_model._meta.pk.column)
    cols = ", ".join(f"u.{qn(f.column)}" for f in user_model._meta.concrete_fields)
    select = (
        f"SELECT {cols}, (SELECT {names} FROM {qn(through.db_table)} ug "
        f"JOIN {qn(Group._meta.db_table)} g ON g.{qn('id')} = ug.{qn('group_id')} "
        f"WHERE ug.{qn('user_id')} = u.{pk}) "
    )
    if by_token:
        return (
            f"{select}FROM {qn(Token._meta.db_table)} t JOIN {qn(user_model._meta.db_table)} u "
            f"ON u.{pk} = t.{qn('user_id')} WHERE t.{qn('key')} = %s"
        )
    return f"{select}FROM {qn(user_model._meta.db_table)} u WHERE u.{pk} = %s"


def _user_with_roles(key: Any, by_token: bool) -> Any:
    """The user (by token key or by id) with their roles cached on it, or None."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(connection.vendor, by_token), [key])
        row = cursor.fetchone()
    if row is None:
        return None
    user: Any = fastsql.instance_from_row(get_user_model(), row[:-1])
    groups = set((row[-1] or "").split(","))
    user._dealdesk_roles = frozenset(r for r in roles.ALL_ROLES if r in groups)
    return user


class RolesModelBackend(ModelBackend):
    """Django's model backend; the session's user is read with their roles at once."""

    def get_user(self, user_id: Any) -> Any:
        try:
            pk = get_user_model()._meta.pk.to_python(user_id)  # type: ignore[union-attr]
        except ValidationError:
            return None
        user = _user_with_roles(pk, by_token=False)
        return user if user is not None and self.user_can_authenticate(user) else None


class TokenAuthentication(authentication.TokenAuthentication):
    def authenticate_credentials(self, key: str):  # type: ignore[override]
        user = _user_with_roles(key, by_token=True)
        if user is None:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        return (user, Token(key=key, user=user))
