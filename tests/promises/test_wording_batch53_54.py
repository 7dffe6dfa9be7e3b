"""Wording shapes added after held-out batches 53 (HR and payroll) and 54 (help desk), in
promises.wording_ops and promises.wording_patterns.

Passing: a flexible rule that is then written out ("flexible routing rules that send
chats to agents by language and region") says what goes where and on what. Refused:
"should be no issue", "there should be no concern" and the like, and a guess in the first
person ("I'd imagine", "my guess is", "I would expect").
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Client wants flexible routing rules that send chats to agents by language and region.",
        "Customer wants flexible matching logic that assigns leads to reps based on territory.",
    ],
)
def test_batch53_54_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It should be no issue to give them SSO.",
        "There should be no concern giving them the audit log export.",
        "I'd imagine the NetSuite export covers it.",
        "My guess is the Workday connector is enough.",
        "I would expect their SCIM setup to work.",
    ],
)
def test_batch53_54_shapes_refused(text: str) -> None:
    assert lint(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # Still refused: room asked for, and no rule written.
        "Customer wants flexible routing rules.",
        "Customer wants flexible approval rules that work for them.",
    ],
)
def test_batch53_54_flexible_still_refused(text: str) -> None:
    assert lint(text) != []
