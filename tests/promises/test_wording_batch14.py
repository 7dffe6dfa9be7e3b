"""Wording families added after held-out batch 14: comparisons with a bare product name,
"a smarter way to", needs called unique with nothing concrete, and a rep's reassurance.

Each case is a family member written apart from the data sets.
"""

import pytest

from promises.wording import lint


def _refused(text: str) -> list[tuple[str, str]]:
    return [(p.code, text[p.start : p.end]) for p in lint(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Buyer wants reporting that is more powerful than Tableau.", "more powerful than Tableau"),
        ("They need an easier way to manage renewals.", "an easier way to"),
        ("Customer wants a better approach to onboarding new hires.", "a better approach to"),
        ("Prospect needs workflows built around their specific requirements.",
         "built around their specific requirements"),
        ("Customer wants configuration to fit its particular needs.",
         "configuration to fit its particular needs"),
        ("Prospect raised SOC 2 and we've got it covered.", "we've got it covered"),
        ("Buyer asked about SSO and I told them we can.", "told them we can"),
        ("Customer asked for audit logs and I said yes.", "I said yes"),
    ],
)  # fmt: skip
def test_batch_14_vague_families_are_refused(text: str, words: str) -> None:
    assert words in [w for _, w in _refused(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants the Salesforce sync to run faster than 5 minutes per batch.",
        "Customer wants invoices over $10,000 routed to the CFO to fit their specific process.",
        "Customer wants a simpler way to approve invoices under $500 by a single click in email.",
        "Buyer needs cyber insurance so that we are covered by a $5M policy.",
    ],
)
def test_concrete_asks_with_these_words_pass(text: str) -> None:
    assert lint(text) == []
