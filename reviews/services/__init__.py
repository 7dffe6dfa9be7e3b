from reviews.services.answers import review_answer, review_reassign
from reviews.services.decisions import decision_give
from reviews.services.notify import notify, notify_role
from reviews.services.routing import ask_refresh_state, required_roles, review_tasks_open
from reviews.services.sweep import timers_sweep

__all__ = [
    "ask_refresh_state",
    "decision_give",
    "notify",
    "notify_role",
    "required_roles",
    "review_answer",
    "review_reassign",
    "review_tasks_open",
    "timers_sweep",
]
