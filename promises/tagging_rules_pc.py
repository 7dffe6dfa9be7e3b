"""Trigger rules added after batch 165 (a property and casualty insurance policy
administration vendor).

An insurer's system quotes, binds and endorses by the carrier's underwriting rules, and
sends policies to agents, reinsurers and bureaus. So:

* custom logic: a risk referred to an underwriter or a desk, binding or issuing blocked
  when a condition holds, a form attached to every policy of a kind, an authority limit
  per agent or underwriter (binding authority);
* data movement: a policy or claims conversion (a migration), a REST endpoint or an
  endpoint their rater calls, records sent to a portal, and the systems of this trade
  named by brand (agency download, payments, rating and policy systems; they tag but do
  not make wording concrete);
* security: data staying in their own cloud tenant (residency);
* commercial terms: work built into our subscription, no charge for services.

Second senses removed (guards below): commission transactions are records posted to a
ledger, not a commission rule (promises.tagging_rules_cross), and a line of business's
instalment plan is what policyholders pay the carrier, not a payment plan with us
(promises.tagging_rules_flags).
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# --- Guards lent to other modules -------------------------------------------------------

# After "commission" (promises.tagging_rules_cross): records of commissions moved on are
# data, not how a commission is worked out.
COMMISSION_RECORDS_AHEAD = (
    r"(?!s?\s+(?:transactions?|records?|data|entries)\b)"
)
# Behind "instalment" (promises.tagging_rules_flags): "personal lines instalment plans"
# are what policyholders pay the carrier.
LINES_BEHIND = r"(?<!lines\s)"

PC_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A risk referred to a person or a desk: "referred to a senior underwriter".
    r"\breferr(?:ed|als?|ing)\s+to\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:underwriters?|underwriting|adjusters?|reviewers?|supervisors?|specialists?|desk"
    r"|queue)\b",
    # Binding or issuing blocked on a condition: "binding to be blocked when the applicant
    # has had more than two losses".
    r"\b(?:blocked|prevented|stopped|declined|suspended)\s+(?:automatically\s+)?(?:when"
    r"|whenever|if|unless|once)\s+(?:the\s+|an?\s+|any\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:has|have|is|are|was|were|exceeds?|reaches?|lacks?|fails?)\b",
    # A form attached to every policy of a kind: "the mold exclusion form attached to
    # every HO-3 issued in Texas".
    r"\b(?:forms?|endorsements?|exclusions?|notices?|clauses?|disclosures?)\s+(?:(?:is|are|be"
    r"|gets?|must\s+be|should\s+be|to\s+be)\s+)?attached\s+"
    r"(?:automatically\s+)?to\s+(?:every|each|all|any)\b",
    # Authority limits: "a $2 million binding authority limit per agent".
    r"\bbinding\s+authority\b|\b(?:authority|signing|settlement)\s+limits?\s+(?:per|for\s+each"
    r"|by)\b",
)  # fmt: skip

PC_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # A conversion of policies or claims is a migration: "their Majesco policy conversion".
    r"\b(?:polic(?:y|ies)|claims?|book(?:\s+of\s+business)?)\s+conversions?\b",
    # An endpoint of ours others call: "a REST quoting endpoint their comparative rater
    # can call".
    r"\brest(?:ful)?\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?:endpoints?|apis?)\b|\bendpoints?\s+(?:that"
    r"\s+)?(?:their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:can|could|will|would)\s+(?:call|hit|poll"
    r"|query)\b",
    # Records sent to a portal: "sent to the reinsurer's portal".
    r"\b(?:sent|pushed|posted|uploaded|submitted|transmitted)\s+(?:automatically\s+)?to\s+"
    r"(?:the\s+|their\s+|each\s+)?(?:[\w'’-]+\s+){0,2}?portals?\b",
)  # fmt: skip

PC_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Residency in their own cloud: "all data staying in their own Azure tenant".
    r"\bdata\s+(?:staying|stays?|remains?|remaining|kept|to\s+stay)\s+(?:only\s+|entirely\s+)?"
    r"(?:in|within|inside)\s+(?:their|its)\s+own\s+(?:[\w-]+\s+)?(?:tenant|subscription"
    r"|accounts?|cloud|data\s+cent(?:er|re)s?|region)\b",
)  # fmt: skip

# Agency download, payments, rating, policy and claims systems of this trade by brand:
# they tag an ask but do not make it concrete (like _pos's POS_SYSTEM_RULES).
PC_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:ivans|al3|one\s+inc|majesco|applied\s+epic|ezlynx|vertafore|ams360|hawksoft"
    r"|socotra|insurity|sapiens|iso\s+claimsearch|xactimate|ccc\s+one|comparative\s+raters?)\b",
)  # fmt: skip

# Work folded into our price, no charge for services: "built into the subscription with
# no services charge".
PC_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\b(?:built|baked|rolled|folded)\s+into\s+(?:the|their|our)\s+(?:[\w-]+\s+)?"
    r"(?:subscription|licen[cs]e|contract|price|fee)s?\b",
    r"\bno\s+(?:professional\s+)?services?\s+(?:charges?|fees?|costs?)\b",
)  # fmt: skip
