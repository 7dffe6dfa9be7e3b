"""Reads for review queues, decisions and the inbox."""

from django.db.models import QuerySet

from dealdesk import roles
from dealdesk.errors import NotFound
from promises.models import Ask
from reviews.models import Notification, ReviewTask

LIVE = [ReviewTask.State.OPEN, ReviewTask.State.EXPIRED]


def review_queue(
    *, user, role: str | None = None, state: str | None = None
) -> QuerySet[ReviewTask]:
    """The user's queue: tasks for their review roles, overdue first then soonest due."""
    mine = roles.roles_of(user) & set(roles.REVIEW_ROLES)
    if role:
        mine &= {role}
    qs = ReviewTask.objects.filter(role__in=mine)
    qs = qs.filter(state=state) if state else qs.filter(state__in=LIVE)
    return qs.select_related("ask", "ask__deal", "assignee").order_by("due_at", "id")


def review_task_get(*, user, task_id: int) -> ReviewTask:
    """A task is visible to members of its role and to those who see everything."""
    task = (
        ReviewTask.objects.select_related("ask", "ask__deal", "answered_by", "assignee")
        .filter(pk=task_id)
        .first()
    )
    if task is None or not (roles.sees_everything(user) or roles.has_role(user, task.role)):
        raise NotFound("No such review, or it is not routed to you.")
    return task


def asks_awaiting_decision() -> QuerySet[Ask]:
    """Asks waiting on the desk: ready to decide, or paused with the overdue reviews
    that paused them (prefetched as `overdue`)."""
    from django.db.models import Prefetch

    return (
        Ask.objects.filter(state__in=[Ask.State.AWAITING_DECISION, Ask.State.PAUSED])
        .select_related("deal", "submitted_by")
        .prefetch_related(Prefetch(
            "review_tasks", to_attr="overdue",
            queryset=ReviewTask.objects.filter(state=ReviewTask.State.EXPIRED).order_by("due_at"),
        ))
        .order_by("state", "updated_at", "id")
    )


def inbox(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")


def inbox_unread_count(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
