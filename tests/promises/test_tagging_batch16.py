"""Tagging families added after held-out batch 16: credentials that expire are security,
records locking on a status change and aged records sent for review are custom logic,
an API named only as where a control applies moves no data, and a dashboard's load-time
target is not a report.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint

S, D, L = "security", "data_movement", "custom_logic"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Buyer needs user passwords to expire after 90 days.", [S]),
        ("Prospect wants personal access tokens to expire every 60 days.", [S]),
        ("Customer wants safety course certificates to expire after 12 months.", [L]),
        ("Buyer wants invoices to lock once finance marks them approved.", [L]),
        ("Prospect wants tickets older than 14 days escalated to the team lead.", [L]),
        ("Customer requires mutual TLS on all API calls.", [S]),
        ("Prospect wants the main dashboard to render within three seconds.", []),
    ],
)  # fmt: skip
def test_batch_16_families(text: str, categories: list[str]) -> None:
    assert sorted(Tagger(DEFAULT_RULES).tag(text).categories) == categories
    assert lint(text) == []
