"""Wording after held-out batch 23: a clear ask that names who is held to which records,
or which rights on files are withheld, is concrete (the security shapes of
promises.tagging_rules_security make it so), while the same words with nothing concrete
are still refused.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The builder needs installer accounts scoped to their own work packages.",
        "Property managers want owner accounts restricted to their own buildings.",
        "Crews should have no download rights on inspection photos.",
    ],
)
def test_people_held_to_their_own_records_or_file_rights_are_concrete(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Subcontractors should probably only get what they need.",
        "Subcontractor accounts limited to whatever seems sensible.",
    ],
)
def test_access_with_nothing_named_is_still_refused(text: str) -> None:
    assert lint(text)
