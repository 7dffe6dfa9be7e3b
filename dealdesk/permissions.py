from rest_framework.permissions import BasePermission

from dealdesk import roles


class HasRole(BasePermission):
    """Signed in and holding at least one deal desk role; checked on every request,
    so a removed role takes effect at once."""

    message = "Your account has no role on the deal desk."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and roles.roles_of(request.user))
