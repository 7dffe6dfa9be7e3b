from django.http import HttpRequest

from dealdesk import roles as r


def roles(request: HttpRequest) -> dict:
    user_roles = r.roles_of(request.user)
    return {
        "user_roles": user_roles,
        "is_sales": r.SALES in user_roles,
        "is_lead": r.LEAD in user_roles,
        "is_manager": r.MANAGER in user_roles,
        "is_reviewer": bool(user_roles & set(r.REVIEW_ROLES)),
        "unread_count": _unread(request),
    }


def _unread(request: HttpRequest) -> int:
    if not request.user.is_authenticated:
        return 0
    from reviews.selectors import inbox_unread_count

    return inbox_unread_count(user=request.user)
