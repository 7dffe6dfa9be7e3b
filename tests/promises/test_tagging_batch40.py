"""Tagging families added after held-out batches 40 (accounts payable and spend
management) and 41 (B2B e-commerce and product information), in
promises.tagging_rules_commerce.

Added: records parked in an exception or suspense queue, a hold for some days before a
record may go on, a record blocked as a duplicate, lists and assortments limited to
products or assigned from a group, quantity price breaks on the customer's own price
list and custom attributes (custom logic); people kept to their own entity's records
(security). Removed as false hits: an approval as the event that is logged, "approved"
bills and SKUs as a state, a backup person, a dedicated Slack or Teams channel for
support, a money amount or a price threshold read as a volume, quantity price breaks as
our terms, and the storefront or PIM named only as what sessions, sign-in, traffic,
attributes or stored data belong to.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Exception and suspense queues, holds and duplicates in payables.
        ("Customer wants bills with an unknown supplier tax ID to land in an exceptions "
         "queue.", [L], []),
        ("Prospect needs a daily Coupa invoice import with unmatched lines parked in an "
         "on-hold queue.", [L, D], []),
        ("Customer wants refunds above $500 held for 3 days before they can be paid out.", [L],
         []),
        ("Buyer wants payouts to new payees held for 2 days before they are released.", [L], []),
        ("Customer wants a repeat expense claim with the same receipt date and total flagged "
         "as a suspected duplicate.", [L], []),
        ("Buyer requires that a credit note matching an earlier one is rejected as a "
         "duplicate.", [L], []),
        # The approval as the event that is logged, "approved" as a state.
        ("Prospect needs invoice approval history exported nightly to their Snowflake "
         "warehouse.", [D], []),
        ("Customer wants approval events from the payables module pushed to their data lake "
         "hourly.", [D], []),
        ("Customer wants approved credit notes exported to Sage Intacct every hour.", [D], []),
        ("Retailer wants approved SKUs pushed to their Akeneo instance nightly.", [D], []),
        # A backup person is no backup.
        ("Customer wants overdue reviews escalated to a backup reviewer after 24 hours.", [L],
         []),
        ("Customer wants expense reports moved to the backup approver when the manager is on "
         "leave.", [L], []),
        # A support channel in Slack or Teams is no integration.
        ("Customer asks for a shared Slack channel with our support team at no charge.", [],
         [TERMS]),
        ("Prospect wants platinum support with a dedicated Microsoft Teams channel for the "
         "first year.", [], [TERMS]),
        # Money and price thresholds are no volume.
        ("Customer wants a shipping rule adding €9 on bulky orders to Ireland.", [L], []),
        ("Prospect wants per-user pricing cut by 10% once usage passes 5,000 transactions a "
         "month.", [], [TERMS]),
        ("Customer wants per-payment pricing of $0.20 once volume reaches 50,000 payments a "
         "quarter.", [], [TERMS]),
        # The customer's own price breaks, lists and assortments.
        ("Distributor wants quantity price breaks at 12, 24 and 48 cases on their wholesale "
         "price list.", [L], []),
        ("Customer wants price breaks from 500 units for their trade buyers.", [L], []),
        ("Customer wants each trade buyer's assortment set from their customer group.", [L],
         []),
        ("Customer wants product recommendations limited to items in stock at the buyer's "
         "branch.", [L], []),
        ("Buyer wants quick-order lists restricted to SKUs on the account's contract.", [L],
         []),
        ("Prospect wants 40 custom PIM attributes added for their furniture range.", [L], []),
        # The storefront or PIM as what sessions, sign-in, traffic or data belong to.
        ("Customer wants storefront sessions for guest buyers to expire after 20 minutes.", [S],
         []),
        ("Buyer wants storefront SSO through Ping Identity.", [S], []),
        ("Customer needs TLS 1.3 on all storefront and search traffic.", [S], []),
        ("Customer wants all PIM data stored in an Australian data centre.", [S], []),
        # People kept to their own entity's records.
        ("Customer wants buyers restricted to their own entity's purchase orders.", [S], []),
        ("Customer wants clerks confined to their own subsidiary's vendor records.", [S], []),
    ],
)  # fmt: skip
def test_batch40_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Retention before deletion, our price break, a synced PIM and an approval step stay.
        ("Customer wants chat transcripts held for 30 days before they are deleted.", [S], []),
        ("Customer wants a price break on the renewal if they add 200 seats.", [], [TERMS]),
        ("Customer wants product prices synced from their PIM every hour.", [D], []),
        ("Customer wants nightly backups of the payables data kept in a second region.", [S],
         []),
        ("Customer wants every payment approval routed to the CFO above $10,000.", [L], []),
    ],
)  # fmt: skip
def test_near_misses_keep_their_tags(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
