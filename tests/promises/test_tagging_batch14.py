"""Tagging families added after held-out batch 14: switches on records that hide or show
them for some accounts, entities kept to their own data, and sharing controls.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint

S, L = "security", "custom_logic"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Customer wants a toggle that hides discontinued items from the order form for "
         "distributor accounts.", [L]),
        ("Prospect needs a flag that shows premium plans on the pricing page for partner "
         "accounts only.", [L]),
        ("Buyer wants a custom field that excludes archived suppliers from the vendor list "
         "for regional buyers.", [L]),
        ("Prospect wants every affiliate to access only its own records.", [S]),
        ("Customer needs each of its subsidiaries isolated from the others in one account.",
         [S]),
        ("Prospect wants their 4 brands kept separate from each other in one account.", [S]),
        ("Customer requires data segregated between their legal entities.", [S]),
        ("Customer wants external sharing switched off for every workspace.", [S]),
        ("Buyer needs guest access turned off across their whole tenant.", [S]),
        ("Prospect wants us to disable anonymous share links on all folders.", [S]),
    ],
)  # fmt: skip
def test_batch_14_families(text: str, categories: list[str]) -> None:
    assert Tagger(DEFAULT_RULES).tag(text).categories == categories
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants share links emailed to their clients with every invoice.",
        "Prospect wants a dashboard per brand showing weekly sales.",
    ],
)
def test_near_misses_are_not_security(text: str) -> None:
    assert S not in Tagger(DEFAULT_RULES).tag(text).categories
