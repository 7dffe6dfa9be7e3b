"""Seed trigger rules for the asks of finance-operations and commerce vendors: accounts
payable and spend management, B2B e-commerce and product information (PIM).

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The rules here are added to those of
promises.tagging_rules_logic (COMMERCE_LOGIC_RULES) and _security
(COMMERCE_SECURITY_RULES), so they reach CONCRETE_RULES; the checks named NOT_* are used
by the rules they qualify elsewhere.

Payables hold a record back by rule ("held for 10 days before they can join a payment
run", "blocked as a duplicate") and keep clerks to their own entity's records. A B2B shop
states its catalogue rules in its own words ("reorder lists limited to products the
buyer bought", "each user's assortment assigned from their Okta group", "price breaks at
10, 50 and 100 units", "a custom PIM attribute"): those are the customer's prices and
catalogue, not our terms. Words with another meaning in these trades count only in their
one-meaning shapes: an approval logged as an event, "approved" bills and SKUs (a state),
a backup approver (a person), a dedicated Slack channel for support (people talking), a
fee of "€25 on pallet orders" or a price that changes "once volume passes 20,000
invoices" (money, not a volume moved).
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_vocab import NUM

_CATALOGUE = (
    r"(?:assortments?|catalog(?:ue)?s?|price\s+lists?|product\s+lists?|(?:[\w-]+\s+)?lists?"
    r"|recommendations?|search\s+results?|suggestions?|listings?)"
)
_GOODS = r"(?:products?|items?|skus?|parts?|articles?|lines?|variants?)"
_ENTITY = (
    r"(?:subsidiar(?:y|ies)|business\s+units?|(?:legal\s+)?entit(?:y|ies)|affiliates?"
    r"|operating\s+compan(?:y|ies)|compan(?:y|ies)|brands?|divisions?|branch(?:es)?"
    r"|cost\s+cent(?:er|re)s?)"
)

# "once volume passes 20,000 invoices", "when usage reaches 50,000 payments": a threshold
# a price depends on, not a volume moved. Checked behind the first digit of a volume.
NOT_A_THRESHOLD = "".join(
    rf"(?<!{verb}\s\d)"
    for verb in ("passes", "passed", "reaches", "reached", "tops", "hits", "crosses",
                 "surpasses", "beyond", "past", "above")
)  # fmt: skip
# "a flat €25 on pallet orders": money, not a count. Checked behind the first digit.
NOT_MONEY = r"(?<![$€£¥]\d)"

# "a backup approver", "the backup reviewer": a person who stands in, not a backup.
NOT_A_BACKUP_PERSON = (
    r"(?!\s+(?:approvers?|reviewers?|owners?|contacts?|signers?|signatories|signatory"
    r"|delegates?|assignees?|managers?|people|person|approval|agents?|buyers?|dispatchers?"
    r"|technicians?|on[\s-]call|admins?\s+(?:for|on)\b))"
)

# "every payment approval event", "invoice approval history": the approval as the event
# that is logged or sent on, not a step to build. Checked after "approval(s)".
APPROVAL_AS_RECORD = (
    r"(?!(?:(?<=approval)|(?<=approvals))\s+(?:events?|histor(?:y|ies)|timestamps?"
    r"|trails?|log\s+entries)\b)"
)
# "approved bills", "approved SKUs", "approved credit notes": a state of the record.
APPROVED_STATES = (
    r"bills?|skus?|products?|prices?|credit\s+notes?|debit\s+notes?|receipts?|journals?"
    r"|entries|assortments?|catalog(?:ue)?s?|payees?|claims?|reports?|spend"
)

# "held for 10 days before they can join a payment run": a hold in the workflow, not
# retention ("held for 30 days before they are deleted" stays retention).
HOLD_BEFORE = (
    r"\s+before\s+(?:they|it|each\s+[\w-]+|any\s+[\w-]+|the\s+[\w-]+)\s+(?:can|may|could"
    r"|are|is|gets?|goes|go|joins?|enters?)\b(?!\s+(?:be\s+)?(?:deleted|purged|destroyed"
    r"|erased|archived|removed|anonymi[sz]ed|overwritten)\b)"
)

# A Slack or Teams channel given to them for support: people talking, not data sent.
# Checked after the platform's name in promises.tagging_rules_sectors.
SUPPORT_CHANNEL_OWNERS = ("dedicated", "shared", "private")

# Quantity breaks on their own price list: "price breaks at 10, 50 and 100 units".
_UNITS = (
    r"(?:units?|pieces?|pcs|cases?|items?|pallets?|boxes|cartons?|packs?|kg|kilos?|tonnes?"
    r"|bottles?|rolls?|reels?|metres?|meters?)"
)
_QUANTITIES = r"\d[\d,.]*(?:\s*,\s*\d[\d,.]*)*(?:,?\s+(?:and|or|to)\s+\d[\d,.]*)?\+?\s+"
PRICE_BREAK_AT_QUANTITY = r"(?!s?\s+(?:at|from|above|over)\s+" + _QUANTITIES + _UNITS + r"\b)"

COMMERCE_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A hold in the workflow: "held for 10 days before they can join a payment run".
    r"\b(?:held|parked|frozen|paused|blocked|kept\s+on\s+hold|put\s+on\s+hold)\s+for\s+"
    r"(?:at\s+least\s+)?" + NUM + r"\s+(?:business\s+|working\s+|calendar\s+)?(?:hours|days"
    r"|weeks)" + HOLD_BEFORE,
    # A duplicate check: "blocked as a duplicate", "flagged as a possible duplicate".
    r"\b(?:blocked|flagged|rejected|held|stopped|caught|treated|marked|parked|quarantined)"
    r"\s+as\s+(?:an?\s+)?(?:possible\s+|potential\s+|likely\s+|suspected\s+)?duplicates?\b",
    # Their catalogue rules: "reorder lists limited to products the buyer purchased",
    # "each user's assortment assigned from their Okta group".
    r"\b" + _CATALOGUE + r"\s+(?:are\s+|is\s+|to\s+be\s+)?(?:limited|restricted|filtered"
    r"|narrowed|confined)\s+to\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?" + _GOODS + r"\b",
    r"\b(?:assortments?|catalog(?:ue)?s?|price\s+lists?|product\s+lists?)\s+(?:is\s+|are\s+)?"
    r"(?:assigned|mapped|set|chosen|selected|driven|determined|derived|taken)\s+(?:from|by"
    r"|per|based\s+on)\b",
    # Quantity breaks on their own price list.
    r"\b(?:price|quantity|volume|tier)\s+breaks?\s+(?:at|from|above|over)\s+"
    + _QUANTITIES
    + _UNITS
    + r"\b",
    # A buying policy: "hotel bookings limited to their 40 preferred properties", "spend
    # restricted to contracted suppliers" (the customer's rule, not an access control).
    r"\b(?:limited|restricted|confined|kept)\s+to\s+(?:the\s+|their\s+|its\s+|our\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:preferred|approved|contracted|negotiated|in-policy|allow-?listed"
    r"|whitelisted)\s+(?:[\w-]+\s+)?(?:hotels?|properties|vendors?|suppliers?|airlines?"
    r"|carriers?|merchants?|fares?|agencies|rental\s+(?:firms|companies))\b",
    # A custom attribute is a custom field: "25 custom PIM attributes".
    r"\bcustom\s+(?:[\w'\"“”‘’-]+\s+){0,3}?attributes?\b",
)

COMMERCE_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # People kept to their own entity's records: "AP clerks limited to their own
    # subsidiary's records".
    r"\b(?:limited|restricted|scoped|confined|kept)\s+to\s+(?:their|its|his|her)\s+own\s+"
    r"(?:[\w-]+\s+)?" + _ENTITY + r"['’]s?\s+",
)
