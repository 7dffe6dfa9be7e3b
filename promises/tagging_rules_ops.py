"""Seed trigger rules for the asks of operations software vendors: HR and payroll,
logistics and warehousing, field service and contact-centre platforms.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The rules here are added to those of
promises.tagging_rules_logic (OPS_LOGIC_RULES), _data (OPS_DATA_RULES), _security
(OPS_SECURITY_RULES) and _flags (OPS_TERMS_RULES), so they reach CONCRETE_RULES.

Payroll moves money as files ("an ABA bank file", "the DSN declaration file", "the payroll
payment file released to their bank") and accrues leave by rule ("accrued at one hour per
30 hours worked", "requests declined automatically"). A warehouse or shipper states its
rules in its own words ("picks to follow FEFO", "assigned only to doors 1 through 6",
"carrier selection to prefer ...", "within 5% of the cheapest bid", "a custom 'Held at
Origin' booking status"), and files with authorities ("entry filings transmitted to
CBP"). A contact centre routes the customer's own work ("hand the chat to a human agent",
"their VIP tickets", "a CSAT score of 1 or 2", "only after a supervisor has reviewed"),
and scopes access by team ("only for agents on their own team"). A carrier's rate card is
the customer's data, not our price list; "at no additional storage cost" and "pricing
quoted in ZAR" are terms.
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_dlp import PRICES_SHOWN_BEHIND

OPS_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Accrual by rule: "sick leave accrued at one hour per 30 hours worked", "PTO accrues
    # by tenure band".
    r"\baccru(?:e|es|ed|ing|als?)\s+(?:rates?\s+)?(?:at|of|per|by|based\s+on)\b",
    # A decision the product takes: "declined automatically", "auto-rejected".
    r"\b(?:declined|rejected|denied|approved|cancell?ed|escalated|reassigned|closed)"
    r"\s+automatically\b|\bauto[\s-]?(?:declin|reject|deny|denie|cancel)\w*",
    # Stock rotation and slotting: "picks to follow FEFO", "assigned only to doors 1-6".
    r"\b(?:fefo|fifo|lifo|fmfo)\b",
    r"\b(?:assigned|allocated|routed|slotted|booked|scheduled)\s+only\s+(?:to|into|on)\b",
    # A preference between bids: "carrier selection to prefer SmartWay carriers",
    # "within 5% of the cheapest bid".
    r"\b(?:carrier|supplier|vendor|technician|agent|courier)\s+(?:selection|assignment"
    r"|allocation|choice)\s+to\s+(?:prefer|favou?r|prioriti[sz]e)\b",
    r"\bwithin\s+\d+(?:\.\d+)?\s*%\s+of\s+the\s+(?:cheapest|lowest|best|highest|fastest"
    r"|lead|winning)\b",
    # "the custom 'Held at Origin' booking status": a status of their own workflow.
    r"\bcustom\s+(?:['‘\"“][^'’\"”]{1,40}['’\"”]\s+)?(?:[\w-]+\s+)?status(?:es)?\b"
    r"(?!\s+pages?\b)",
    # Contact-centre routing of the customer's own work: "hand the chat to a human agent",
    # "their VIP tickets", "any CSAT score of 1 or 2".
    r"\bhand(?:s|ed|ing)?\s+(?:(?:the|a|each|every|that)\s+)?(?:chats?|conversations?|calls?"
    r"|tickets?|cases?|sessions?)\s+(?:off\s+|over\s+)?to\s+(?:an?\s+|the\s+)?(?:human|live"
    r"|senior|tier|next|specialist)\b",
    r"\b(?:vip|platinum|gold)\s+(?:customers['’]\s+)?(?:tickets|cases|conversations|chats"
    r"|calls)\b",
    r"\b(?:csat|nps|ces|satisfaction|sentiment)\s+(?:scores?|ratings?|responses?)\s+(?:of"
    r"|below|under|lower\s+than|at\s+or\s+below)\s+\d",
    # A message held back by a condition: "the CSAT survey sent only after tickets tagged
    # billing are solved", "a reminder issued only once the visit is closed".
    r"\b(?:sent|sends|triggered|opened|created|issued|released|posted|raised)\s+only\s+(?:after"
    r"|once|when)\b",
    # A reviewer's gate: "only after a supervisor has reviewed any flagged conversation".
    r"\bafter\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:supervisor|manager|reviewer|broker"
    r"|lead|approver|officer)\s+(?:has\s+)?(?:reviewed|approved|checked|signed\s+off)\b",
)

OPS_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Payroll and payment files: "an ABA bank file", "the French DSN declaration file",
    # "the payroll payment file", "a NACHA file", "a daily payments file to Barclays".
    r"\b(?:aba|nacha|bacs|sepa|eft|ach|dsn|positive[\s-]pay|payments?|remittance|declaration"
    r"|lockbox)\s+(?:bank\s+|payment\s+|declaration\s+)?files?\b",
    # A bank's lockbox sends what it collected: "receipts from the JPMorgan lockbox".
    r"\b(?:receipts|payments|remittances|deposits|transactions|checks|cheques|data|files)\s+"
    r"(?:received\s+)?(?:from|through|via)\s+(?:the|their|our|a)\s+(?:[\w'’-]+\s+){0,2}?"
    r"lockbox(?:es)?\b",
    # Filings with an authority: "entry filings transmitted to CBP".
    r"\b(?:filings?|declarations?|manifests?)\s+(?:[\w-]+\s+){0,2}?(?:transmitted|submitted"
    r"|sent|filed|lodged)\s+(?:electronically\s+)?to\b",
)

OPS_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "play back recordings only for agents on their own team".
    r"\bonly\s+(?:for|to|by)\s+(?:agents|users|staff|members|employees|technicians|reps"
    r"|managers|supervisors)\s+(?:on|in|of)\s+their\s+own\s+(?:teams?|regions?|sites?"
    r"|departments?|branch(?:es)?|queues?|depots?)\b",
)

OPS_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Our price list, not a carrier's: "our rate card", "the professional services rate card".
    r"\b(?:our|your|the\s+vendor['’]s|(?:professional|consulting|implementation)\s+services)"
    r"\s+rate[\s-]cards?\b",
    # "at no additional storage cost".
    r"\bat\s+no\s+(?:additional|extra)\s+[\w-]+\s+(?:costs?|charges?|fees?)\b",
    # Our price in their currency: "pricing quoted in ZAR", "priced in Indian rupees".
    # Not prices a checkout shows their buyers (promises.tagging_rules_dlp).
    r"\b" + PRICES_SHOWN_BEHIND + r"pric(?:e|es|ed|ing)\s+(?:(?:quoted|fixed|locked|set|held)\s+)?"
    r"in\s+(?:zar|inr|aud|sgd"
    r"|nzd|gbp|eur|usd|cad|aed|myr|hkd|jpy|rand|rupees?|sterling|euros?|(?:australian|singapore"
    r"|us|new\s+zealand|canadian|indian|south\s+african)\s+(?:dollars?|rupees?|rand))\b",
)
