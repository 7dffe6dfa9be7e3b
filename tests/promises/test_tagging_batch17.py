"""Tagging families added after held-out batches 17 and 18 (banks, insurers, payments,
retail, logistics and education): our product named by its type is not data movement,
the systems and standards of those domains are, access that ends on its own is security,
loyalty, check and matching rules are custom logic, and several false hits are gone.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint

S, D, L = "security", "data_movement", "custom_logic"
DATE, TERMS = "delivery_date", "commercial_terms"


def _tag(text: str) -> tuple[list[str], list[str]]:
    result = Tagger(DEFAULT_RULES).tag(text)
    return sorted(result.categories), result.flags


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A system named by its type after "the"/"our", or our app in a platform's store.
        ("Prospect wants 99.9% uptime on the OMS with service credits.", []),
        ("Admin access to the LMS must be limited to their campus IP ranges.", [S]),
        ("Buyer wants ERP roles assigned from Entra ID groups.", [S]),
        ("Buyer wants the penetration test report for our Zendesk app.", [S]),
        # Systems, standards and reporting endpoints of the domains.
        ("Customer wants ClassLink rostering for all 12 campuses by July 1.", [D]),
        ("Prospect wants final grades sent to Skyward at the end of each term.", [D]),
        ("Buyer needs our course player launched through LTI Advantage.", [D]),
        ("The distributor wants an 810 for every delivery within the hour.", [D]),
        ("Customer needs EMIR trade reports submitted to their trade repository every evening.",
         [D]),
        # Access that ends on its own, token formats, incident notice, residency, retention.
        ("Prospect wants contractor logins that expire after 14 days.", [S]),
        ("The portal must reject any JWT not signed with RS256.", [S]),
        ("The insurer wants notice of any significant cyber incident within 24 hours.", [S]),
        ("Customer data must not be replicated across multiple regions.", [S]),
        ("Customer wants the CRM to keep call recordings for seven years.", [S]),
        # Loyalty, check and matching rules; records released or allocated automatically.
        ("Members should earn triple points on their first purchase.", [L]),
        ("Customer wants a sanctions check on every outgoing payment.", [L]),
        ("Customer wants card settlements matched to bank lines within a 0.5% tolerance.", [L]),
        ("Putaway tasks should be allocated automatically to the nearest idle forklift.", [L]),
        ("Held orders should be released automatically once payment clears.", [L]),
        ("Customer wants incoming payments auto-matched to open invoices by reference number.",
         [L]),
        # False hits removed: a certified module, people of an age, goods and people moved.
        ("Signing keys must be kept in an HSM validated to FIPS 140-3 Level 3.", [S]),
        ("Under COPPA, we must not collect email addresses from children under 13.", [S]),
        ("Replenishment rules should trigger an inventory transfer when a store runs low.", [L]),
        ("Patient transfers between wards need a charge nurse's approval.", [L]),
    ],
)  # fmt: skip
def test_batch_17_and_18_categories(text: str, categories: list[str]) -> None:
    assert _tag(text)[0] == categories
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # A discount the product applies to a kind of their customer, penalties it works
        # out for their users, and a window inside a condition are neither terms nor dates.
        ("Premium quotes should apply a 10% no-claims discount when a driver has five "
         "clean years.", []),
        ("Library fines and late penalties should be calculated automatically at 50 cents "
         "a day.", []),
        ("Commissions are clawed back if the customer cancels within six months.", []),
    ],
)  # fmt: skip
def test_batch_17_and_18_flags(text: str, flags: list[str]) -> None:
    assert _tag(text)[1] == flags
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Guards: the customer's own system still moves data, and a penalty on us or a
        # discount for signing is still a term (these pass with or without the families).
        ("Customer wants shipment events pushed to the TMS every 10 minutes.", [D], []),
        ("Prospect wants invoices posted to their ERP nightly.", [D], []),
        ("Customer wants a 5% penalty deducted from our monthly fee for each missed day.", [],
         [TERMS]),
        ("Customer wants a 10% discount if they sign before quarter end.", [], [TERMS]),
        ("Customer wants the integration live within six months.", [D], [DATE]),
    ],
)  # fmt: skip
def test_batch_17_and_18_guards(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
