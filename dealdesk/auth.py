"""API token authentication that reads the user's roles in the same query.

DRF's TokenAuthentication loads the token with its user, and the role check
(`dealdesk.permissions.HasRole`) then reads the user's groups: two queries on every API
request. Here one statement returns the user's columns and their group names; the roles
are cached on the user object for this request only (see `dealdesk.roles.roles_of`), so
a role removed by an admin still takes effect on the next request.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions
from rest_framework.authtoken.models import Token

from dealdesk import fastsql, roles
from dealdesk.fastsql import qn


@cache
def _sql(vendor: str) -> str:
    user_model = get_user_model()
    through = user_model.groups.through._meta  # type: ignore[attr-defined]
    names = f"string_agg(g.{qn('name')}, ',')" if vendor == "postgresql" else (
        f"group_concat(g.{qn('name')}, ',')"
    )
    cols = ", ".join(f"u.{qn(f.column)}" for f in user_model._meta.concrete_fields)
    return (
        f"SELECT {cols}, (SELECT {names} FROM {qn(through.db_table)} ug "
        f"JOIN {qn(Group._meta.db_table)} g ON g.{qn('id')} = ug.{qn('group_id')} "
        f"WHERE ug.{qn('user_id')} = u.{qn(user_model._meta.pk.column)}) "
        f"FROM {qn(Token._meta.db_table)} t JOIN {qn(user_model._meta.db_table)} u "
        f"ON u.{qn(user_model._meta.pk.column)} = t.{qn('user_id')} WHERE t.{qn('key')} = %s"
    )


class TokenAuthentication(authentication.TokenAuthentication):
    def authenticate_credentials(self, key: str):  # type: ignore[override]
        with connection.cursor() as cursor:
            cursor.execute(_sql(connection.vendor), [key])
            row = cursor.fetchone()
        if row is None:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        user: Any = fastsql.instance_from_row(get_user_model(), row[:-1])
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        groups = set((row[-1] or "").split(","))
        user._dealdesk_roles = frozenset(r for r in roles.ALL_ROLES if r in groups)  # type: ignore[attr-defined]
        return (user, Token(key=key, user=user))
