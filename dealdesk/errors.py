"""Domain errors raised by services; pages and the API turn them into responses."""

from typing import Any


class DomainError(Exception):
    status = 400
    code = "invalid"

    def __init__(
        self, message: str, *, code: str | None = None, fields: dict[str, Any] | None = None
    ):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.fields = fields or {}


class ValidationFailed(DomainError):
    status = 400
    code = "invalid"


class NotAllowed(DomainError):
    """The object is visible to the user but the action is not theirs to take."""

    status = 403
    code = "not_allowed"


class NotFound(DomainError):
    """Missing, or not visible to this user: the two look the same from outside."""

    status = 404
    code = "not_found"


class Conflict(DomainError):
    """The state changed under the caller (a race lost, a deadline passed)."""

    status = 409
    code = "conflict"
