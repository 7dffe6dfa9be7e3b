from reviews.models.decisions import Decision
from reviews.models.notifications import Notification, NotificationAttempt
from reviews.models.policy import BusinessCalendarConfig, DeadlinePolicy, Holiday
from reviews.models.tasks import Escalation, ReviewTask

__all__ = [
    "BusinessCalendarConfig",
    "DeadlinePolicy",
    "Decision",
    "Escalation",
    "Holiday",
    "Notification",
    "NotificationAttempt",
    "ReviewTask",
]
