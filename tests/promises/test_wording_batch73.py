"""Lint shapes after pending batches 79 (all-in-one small-business platform) and 80
(fleet and logistics), whose vague asks put the details off ("details to follow") or
measured the ask against what the buyer has now ("smarter than what they have now")
(promises.wording_ops). Sentences written apart from the batches."""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants an escalation workflow, details to follow.",
        "Buyer needs a Slack integration, specifics to come.",
        "The ops team needs the allocation rules to be smarter than what they use now.",
    ],
)
def test_deferred_or_relative_asks_are_refused(text: str) -> None:
    assert lint(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants routes re-planned when an order is added after 10 a.m.",
        "Customer wants ticket details sent to their Jira project within 5 minutes.",
    ],
)
def test_concrete_asks_still_pass(text: str) -> None:
    assert lint(text) == []
