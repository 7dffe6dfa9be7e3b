"""What both sweep paths share: results, claimed rows, outbox wording, recipients."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.contrib.auth import get_user_model

from reviews.models import ReviewTask

SYSTEM = "system:sweep"
OPEN, EXPIRED = ReviewTask.State.OPEN, ReviewTask.State.EXPIRED
EXPIRED_REASON = "deadline passed"
PAUSED_REASON = "review deadline passed"
REMINDED_REASON = "reminder sent"


@dataclass
class SweepResult:
    expired: int = 0
    reminded: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Claimed:
    """What the outbox text needs from a claimed task."""

    id: int
    ask_id: int
    role: str
    due_at: datetime
    text: str
    assignee_id: int | None = None


def stamp(due_at: datetime) -> str:
    # In the keys: a sweep that runs twice sends once, but a task reopened with a new
    # deadline by the lead is a new event and tells people again.
    return due_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def expired_messages(tasks: Iterable[Claimed], lead_ids: list[int]) -> list[dict]:
    return [
        {
            "recipient_id": lead_id,
            "key": f"expired:{t.id}:{stamp(t.due_at)}:u{lead_id}",
            "kind": "review_expired",
            "subject": f"Paused: the {t.role} review is overdue on '{t.text[:60]}'",
            "body": (
                f"The {t.role} review was due {t.due_at:%Y-%m-%d %H:%M} UTC and nobody "
                f"answered. The ask is paused until someone does.\n\n{t.text}"
            ),
            "link": f"/asks/{t.ask_id}/",
        }
        for t in tasks
        for lead_id in lead_ids
    ]


def reminder_messages(tasks: Iterable[Claimed], members: dict[str, list[int]]) -> list[dict]:
    return [
        {
            "recipient_id": user_id,
            "key": f"remind:{t.id}:{stamp(t.due_at)}:u{user_id}",
            "kind": "review_reminder",
            "subject": f"Due {t.due_at:%Y-%m-%d %H:%M} UTC: {t.role} review",
            "body": f"This review is due soon; silence is never approval.\n\n{t.text}",
            "link": f"/reviews/{t.id}/",
        }
        for t in tasks
        for user_id in ([t.assignee_id] if t.assignee_id else members.get(t.role, []))
    ]


class People:
    """Active members per role, read at most once per sweep and only when needed."""

    def __init__(self) -> None:
        self._ids: dict[str, list[int]] = {}

    def of(self, role: str) -> list[int]:
        if role not in self._ids:
            self._ids[role] = list(
                get_user_model()
                .objects.filter(groups__name=role, is_active=True)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        return self._ids[role]
