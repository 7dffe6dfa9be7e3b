"""Seed rules from batches 85-88 (clear asks only, across many industries: banking,
insurance, legal, healthcare; retail, hospitality, manufacturing, nonprofit; CI,
warehouses, SIEM, telecom billing; schools, permitting, construction, agritech).

By sentence shape and word family, not by trade word. Added shapes:

* a spending cap in money per unit ("the employee discount capped at $500 per calendar
  year per employee", "a hard spending cap of €50 per month"); a document produced in a
  language for the records that ask for it ("donor receipts sent in Spanish ... for donors
  whose preferred language is Spanish", "bills printed in both Welsh and English for every
  account with the Welsh-language flag set"); values printed on or as labels ("serial
  numbers printed as GS1-128 labels", "lot numbers printed on each bin label"); their own
  types, plans or tariffs configured ("their 9 residential permit types configured",
  "their new 5G bundle tariffs configured"), custom plans and a customised flow ("their 3
  custom rate plans", "their customized account-opening flow"); rounding up or down to a
  step ("rounded up to the next 0.1-hour increment"); a value checked against another
  source ("checked live against the state licensing board's API"); figures rolled up into
  a score (custom logic);
* a file or extract delivered to somewhere ("a daily occupancy file delivered to STR")
  (data movement);
* values hashed before they leave ("customer emails hashed (SHA-256) before export"),
  files signed so tampering shows, card data kept as tokens (security);
* an on-site response in hours ("a one-hour onsite response for POS hardware failures"),
  a premium we are paid for an earlier date, a fee credited for each week late
  (commercial terms).

Second pass, guards lent to older rules (checked where those rules are built):

* a condition on a security control is that control's scope, not a business rule
  ("applications abandoned for more than 30 days must be purged", "changes above $100k
  must be logged", "masked on all screens except for users holding the Payments role",
  "read-only access for external auditors that expires automatically after 14 days":
  people do not expire, their access does);
* an approval or a sign-off as a state or an event, not a step ("approved member
  applications", "the FDA pre-approval inspection", "the migration complete and signed
  off by their IT director");
* a dashboard named as an object ("every dashboard query logged", "the sales dashboard
  extract"; in promises.tagging_rules_objects);
* our own price said with a figure or a count ("a commission of only 8% instead of our
  standard 12%", "the per-subscriber fee above 500,000 active lines", "10% held back
  until go-live") is a term, not logic.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

_LANGUAGE = (
    r"(?:spanish|english|french|german|welsh|irish|gaelic|italian|portuguese|dutch|polish"
    r"|arabic|chinese|mandarin|cantonese|japanese|korean|vietnamese|tagalog|hindi|urdu"
    r"|russian|ukrainian|turkish|swedish|norwegian|danish|finnish|greek|hebrew|maori"
    r"|somali|haitian\s+creole|their\s+preferred\s+language|the\s+(?:customer|guest|donor"
    r"|member|patient|student|parent)['’]s\s+(?:preferred\s+)?language)"
)

_SECURED = (
    r"(?:logged|audited|purged|deleted|erased|anonymi[sz]ed|masked|encrypted|redacted)\b"
)
# Checked right after "more than", "above" and the like: "more than 30 days must be
# purged", "above $100k must be logged" ("over $10k must be approved" stays a rule).
CONTROL_CONDITION = (
    r"(?!\s+[$€£]?\d[\d,.]*\s*(?:k|m)?\s+(?:(?:calendar\s+)?(?:days?|weeks?|months?|years?)"
    r"\s+)?(?:must|should|will|shall|are|is|to)\s+(?:automatically\s+)?be\s+"
    r"(?:automatically\s+)?" + _SECURED + ")"
)
# Checked right after "except for": "except for users holding the Payments role".
EXCEPT_A_ROLE = (
    r"(?!\s+(?:the\s+)?(?:users?|people|staff|anyone|those|members?|employees?|agents?"
    r"|admins?|managers?)\s+(?:holding|with|who\s+(?:have|hold)|in)\b[^.;,]{0,40}?\b"
    r"(?:roles?|permissions?|rights?|clearance)\b)"
)
# People, who do not expire: "access for external auditors that expires" (their access
# does). Added to the nouns behind the expiry verb in promises.tagging_rules_logic.
PEOPLE_WHOSE_ACCESS_EXPIRES = (
    "auditors", "contractors", "vendors", "guests", "consultants", "partners", "reviewers",
    "agencies", "temps", "interns", "examiners",
)  # fmt: skip
# Checked after "approv...": an approval an outside body holds ("the FDA pre-approval
# inspection") is an event, not a step.
APPROVAL_AS_EVENT = r"(?!(?<=approval)\s+(?:inspections?|audits?|visits?|hearings?)\b)"
# Records that are approved, as a state: "approved member applications", and the jobs a
# recruiting team advertises ("every approved job posting published to Indeed").
APPROVED_RECORDS = (
    r"|applications?|loans?|permits?|licen[cs]es?|postings?|jobs?|openings?|vacanc(?:y|ies)"
    r"|listings?|adverts?"
)
# Checked behind "signed off": acceptance of finished work, not a step in their flow.
SIGNED_OFF_AS_ACCEPTANCE = "".join(
    rf"(?<!{w}\sand\ssigned\soff)"
    for w in ("complete", "completed", "tested", "delivered", "accepted", "verified")
)
# Our price tiered by a count, checked right after "above" or "over": "the per-subscriber
# fee above 500,000 active lines" ("a late fee above $50" names money: stays a rule);
# a share held back: "10% held back until go-live".
OUR_FEE_TIER = "".join(
    rf"(?!(?<={noun}\s{cmp})\s+\d)"
    for noun in ("fee", "fees", "price") for cmp in ("above", "over")
)
PERCENT_HELD = r"(?<!%\sheld)(?<!percent\sheld)"
# Our commission against our standard rate: "a commission of only 8% instead of our
# standard 12%" (checked right after "commission").
OUR_COMMISSION = (
    r"(?!\s+of\s+(?:only\s+|just\s+)?\d[\d.]*\s?%[^.;]{0,30}?\b(?:instead\s+of|rather\s+than"
    r"|down\s+from|below|versus|vs\.?)\s+our\b)"
)

# Their fees waived by their own rule: "cancellation fees must be waived automatically
# when the guest cancels within 24 hours" ("setup fees waived if they sign by March 31"
# is our term: no "automatically").
_WAIVED_BY_RULE = (
    r"\s+(?:(?:must|should|will|are|is|to)\s+)?(?:be\s+)?waived\s+automatically\s+(?:when"
    r"|whenever|if)\b"
)
FEES_WAIVED_BY_RULE = r"(?!" + _WAIVED_BY_RULE + ")"

CLEAR_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "capped at $500 per calendar year per employee", "a hard spending cap of €50 per month".
    r"\b(?:discounts?|allowances?|budgets?|reimbursements?|benefits?|purchases|spend(?:ing)?"
    r"|withdrawals?|top-?ups?)\s+(?:(?:is|are|to\s+be|be)\s+)?(?:capped|limited)\s+at\s+[$€£]\s?\d[\d,.]*\s?(?:k|m)?\s+(?:per|a|each)\s+"
    r"(?:calendar\s+|fiscal\s+)?(?:day|week|month|year|quarter|employee|member|card|account"
    r"|customer|user|line|student|order|transaction)\b"
    r"|\b(?:hard\s+|monthly\s+|daily\s+)?spend(?:ing)?\s+(?:caps?|limits?)\s+(?:of|at)\s+"
    r"[$€£]\s?\d",
    # A document in a language for the records that ask for it.
    r"\b(?:sent|printed|generated|written|issued|produced|shown|displayed)\s+in\s+(?:both\s+)?"
    + _LANGUAGE + r"(?:\s+(?:and|or)\s+" + _LANGUAGE + r")?\b[^.;]{0,60}?\bfor\s+(?:every"
    r"\s+|each\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:whose|with|where|who)\b",
    # "serial numbers printed as GS1-128 labels", "lot numbers printed on each bin label".
    r"\bprinted\s+(?:as|on|onto)\s+(?:each\s+|every\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:labels?|tags?|barcodes?|wristbands?|badges?)\b",
    # Their own types, plans or tariffs configured; custom plans; a customised flow.
    r"\b(?:their|its)\s+(?:new\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,2}?(?:types|tariffs|plans"
    r"|categories|statuses|stages)\s+(?:(?:are|is|to\s+be|be)\s+)?(?:configured|set\s+up)\b",
    r"\bcustom\s+(?:[\w-]+\s+)?(?:rate\s+plans?|tariffs?|price\s+plans?)\b",
    r"\bcustomi[sz]ed\s+(?:[\w-]+\s+){0,2}?(?:flows?|journeys?|screens?|forms?|workflows?)\b",
    # A custom screen or tab with its own quoted name, like a custom field with one.
    r"\bcustom\s+[\"“'‘][^\"”'’]{1,40}[\"”'’]\s+(?:screens?|pages?|tabs?|views?|forms?)\b",
    r"\brounded\s+(?:up|down)\s+to\s+the\s+next\b",
    # "checked live against the state licensing board's API".
    r"\b(?:checked|validated|verified)\s+(?:live\s+|automatically\s+|in\s+real[\s-]time\s+)?"
    r"against\s+(?:the\s+|their\s+|a\s+)(?:[\w'’-]+\s+){0,4}?(?:api|registry|register|database"
    r"|lists?|service|watchlist)\b",
    r"\b(?:rolled\s+up|aggregated|summed)\s+into\s+(?:[\w'’-]+\s+){0,3}?scores?\b",
    r"\b(?:fees?|charges?|penalt(?:y|ies))" + _WAIVED_BY_RULE,
)  # fmt: skip

CLEAR_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:files?|extracts?)\s+(?:delivered|dropped|uploaded)\s+to\s+(?!(?:the\s+|their\s+)?"
    r"(?:team|managers?|users?|people|staff)\b)",
)

CLEAR_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    r"\b(?:hashed|salted)\s+(?:\(\s*)?(?:sha|md5|bcrypt|with|using|before|prior\s+to)\b",
    r"\b(?:each|every|the)\s+file\s+signed\b|\btamper(?:ing)?\s+is\s+detectable\b",
    r"\b(?:stored|storage|kept)\s+as\s+tokens\b",
)

CLEAR_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\b(?:\d+|one|two|three|four|eight)[\s-](?:hour|hr|day)\s+(?:on-?site|in-person|field)"
    r"\s+response\b",
    r"\bpay\s+(?:us\s+)?an?\s+(?:\d+(?:\.\d+)?\s?%\s+)?premium\b",
    r"\b(?:fees?|price)\s+credited\b",
    r"\bcommission\s+of\s+(?:only\s+|just\s+)?\d[\d.]*\s?%[^.;]{0,30}?\b(?:instead\s+of"
    r"|rather\s+than|down\s+from|below|versus|vs\.?)\s+our\b",
)

CLEAR_RULES: tuple[Rule, ...] = CLEAR_LOGIC_RULES + CLEAR_DATA_RULES + CLEAR_SECURITY_RULES
