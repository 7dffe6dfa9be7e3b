"""Roles are Django groups with these exact names; one person may hold several."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

SALES = "sales"
ENGINEERING = "engineering"
SECURITY = "security"
PRODUCT = "product"
LEAD = "deal_desk_lead"
MANAGER = "manager"

ALL_ROLES = (SALES, ENGINEERING, SECURITY, PRODUCT, LEAD, MANAGER)
REVIEW_ROLES = (ENGINEERING, SECURITY, PRODUCT)
ROLE_LABELS = {
    SALES: "Sales rep",
    ENGINEERING: "Engineering reviewer",
    SECURITY: "Security reviewer",
    PRODUCT: "Product reviewer",
    LEAD: "Deal desk lead",
    MANAGER: "Manager",
}


def roles_of(user: AbstractBaseUser | AnonymousUser) -> frozenset[str]:
    """The user's roles, read once per request object.

    Cached on the user instance, which Django loads afresh on every request, so a
    role removed by an admin takes effect on the user's next request.
    """
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_dealdesk_roles", None)
    if cached is None:
        cached = frozenset(
            user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True)  # type: ignore[attr-defined]
        )
        setattr(user, "_dealdesk_roles", cached)  # noqa: B010 - a per-request cache
    return cached


def has_role(user: AbstractBaseUser | AnonymousUser, *roles: str) -> bool:
    return bool(roles_of(user) & set(roles))


def sees_everything(user: AbstractBaseUser | AnonymousUser) -> bool:
    return has_role(user, LEAD, MANAGER)
