"""Seed rules from batches 127 (law-firm practice management and legal e-billing) and 128
(energy and utilities billing and meter data management).

By what a word names in its sentence: in a utility's billing product, credits issued,
approved or earned by net metering are their own customers' balances, and a true-up of a
budget billing plan settles their customers' bills; neither is money off our invoice.
Added shapes:

* a utility's rate structures and the rules of meter data (time-of-use and critical peak
  pricing, net metering, budget billing, a rate engine, estimated reads and bills, gaps
  filled by interpolation, a rate paid up to a threshold and another above it), a
  standard code set extended with their own codes, charges combined onto one bill,
  accounts exempted from an automatic action, a check run automatically whenever a record
  changes, a count capped at so many in a row (custom logic);
* people kept out of a matter, case or file, or kept from opening its documents, and data
  shared only once its owner has consented (security);
* data shared with third parties or outside advisers, and requests from their website or
  portal that create records in our system (data movement).

Guards, lent to promises.tagging_rules_flags: see the constants below.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import MONTH, NUM

# Credits their product issues or approves for their own customers ("MFA on every account
# that can issue credits or adjustments", "a supervisor approval on credits over $500",
# "net metering credits"): their customers' balances. Checked behind "credits".
THEIR_CREDITS_BEHIND = not_behind(
    "issue ", "issues ", "issuing ", "issued ", "grant ", "grants ", "granting ", "post ",
    "posts ", "posting ", "approve ", "approving ", "approval on ", "approvals on ",
    "approval for ", "metering ", "bill ", "billing ", "account ",
)  # fmt: skip
# Checked after "credits": "credits or adjustments", "credits over $500" (a class of their
# records a rule acts on).
THEIR_CREDITS_AHEAD = (
    r"(?!\s+(?:(?:or|and)\s+(?:adjustments?|refunds?|write[\s-]?offs?|rebills?)\b"
    r"|(?:over|above|exceeding|greater\s+than|under|below)\s+(?:\$|€|£)?\d))"
)
# A true-up that settles their customers' bills ("budget billing plans ... with a true-up
# in the anniversary month", "the net metering true-up bill"), not our licence true-up.
# Checked around "true-up" in promises.tagging_rules_flags.
THEIR_TRUE_UP_BEHIND = not_behind("billing ", "metering ", "plan with a ", "plans with a ")
THEIR_TRUE_UP_AHEAD = (
    r"(?!\s+(?:bills?|statements?|amounts?|balances?|in\s+the\s+(?:[\w-]+\s+)?month)\b)"
)

# The people a firm keeps out of a matter (an ethical wall): lawyers and their staff.
_PEOPLE = (
    r"(?:lawyers?|attorneys?|partners?|associates?|paralegals?|timekeepers?|hires?"
    r"|laterals?|staff|employees?|users?|admins?|contractors?|agents?|clerks?)"
)
# A matter, case or file a person may be kept out of.
_MATTER = r"(?:matters?|cases?|files?|folders?|workspaces?|documents?|records?)"

UTILITY_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A utility's rate structures: "the time-of-use rate engine for their EV tariff", "a
    # critical peak pricing tariff", "net metering credits", "budget billing plans".
    r"\brate\s+engines?\b|\btime[\s-]of[\s-]use\s+(?:rates?|pricing|tariffs?|periods?"
    r"|billing|plans?)\b|\bcritical[\s-]peak\s+(?:pricing|rebates?|tariffs?|rates?)\b"
    r"|\bnet[\s-]metering\b|\bbudget\s+billing\b|\bdemand\s+charges?\b",
    # Meter data estimated or filled: "estimated reads capped at three cycles", "gaps
    # filled by linear interpolation", "accounts skip estimated bills".
    r"\bestimated\s+(?:reads?|readings?|bills?|usage|consumption)\b"
    r"|\binterpolat(?:e|es|ed|ing|ion)\b",
    # A rate up to a threshold and another above it: "paid at the retail rate up to 10
    # kWh per day", "billed at the standard rate above 500 units".
    r"\bat\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?rates?\s+(?:up\s+to|above|below|over|under"
    r"|beyond|for\s+the\s+first)\s+" + NUM + r"\b",
    # A standard code set extended with their own: "the UTBMS code set extended with six
    # of their own codes", "extend the task code list", "their own billing codes added".
    r"\b(?:code\s+sets?|code\s+lists?|taxonom(?:y|ies))\s+(?:extended|expanded|augmented)\b"
    r"|\b(?:extend|expand|augment)(?:s|ed|ing)?\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:code\s+sets?|code\s+lists?)\b",
    # Charges combined onto one bill: "water, sewer and trash charges combined onto one
    # bill", "consolidated into a single invoice per site".
    r"\b(?:combin|consolidat|merg|roll)\w*\s+(?:up\s+)?(?:onto|into|on)\s+(?:one|a\s+single"
    r"|a\s+combined|a\s+consolidated)\s+(?:[\w-]+\s+)?(?:bills?|invoices?|statements?)\b",
    # Records kept out of an automatic action: "exempted from automatic disconnection".
    r"\bexempt(?:s|ed|ing)?\s+from\s+(?:the\s+|any\s+)?(?:automatic|auto[\s-]?\w+)",
    # A check run on an event: "a conflict check to run automatically whenever a new
    # party is added"; records sent back to their sender: "invoices ... automatically
    # returned to the law firm".
    r"\bruns?\s+automatically\s+(?:whenever|when|each\s+time|every\s+time|after|once)\b"
    r"|\b(?:automatically\s+|auto[\s-]?)return(?:s|ed|ing)?\s+to\b"
    r"|\breturn(?:s|ed)?\s+automatically\s+to\b",
    # A count capped in a row: "capped at three consecutive cycles".
    r"\b(?:capped|limited)\s+(?:at|to)\s+" + NUM + r"\s+consecutive\b",
    # Their text checked by length: "a narrative shorter than 15 words".
    r"\b(?:shorter|longer)\s+than\s+" + NUM + r"\s+(?:words?|characters?|chars?|lines?)\b",
)  # fmt: skip

UTILITY_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # An ethical wall by its shape: "block named lawyers from opening documents on
    # conflicted matters", "lateral hires blocked from a matter".
    r"\b(?:block|prevent|bar|stop|screen)(?:s|ed|ped|red)?\s+(?:[\w-]+\s+){0,2}?from\s+"
    r"(?:opening|reading)\s+(?:[\w-]+\s+){0,2}?" + _MATTER + r"\b",
    r"\b" + _PEOPLE + r"\s+(?:(?:are|is|get|must|should|will|to)\s+)?(?:be\s+|being\s+)?"
    r"(?:blocked|barred|screened"
    r"|walled\s+off)\s+from\s+(?:(?:a|the|any|that|their)\s+)?(?:[\w-]+\s+)?" + _MATTER
    + r"\b",
    # Data shared only once its owner consents: "usage data shared with energy advisors
    # only after the account holder gives consent".
    r"\bshar(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:only\s+)?(?:after|once|until|unless)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:gives?|given|grants?|granted|provides?|provided|records?"
    r"|recorded)\s+(?:their\s+|explicit\s+|written\s+)?consent\b",
)  # fmt: skip

UTILITY_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Data shared outside: "usage data shared with third-party energy advisors".
    r"\b(?:data|records|usage|readings?|information|details|files)\s+(?:[\w-]+\s+)?"
    r"shared\s+with\s+(?:their\s+|the\s+)?(?:third[\s-]part(?:y|ies)|outside|external"
    r"|partner)\b",
    # Requests from their site that create records here: "move-in requests from their
    # website to create service orders in our system".
    r"\bfrom\s+their\s+(?:[\w-]+\s+)?(?:website|web\s+site|site|portal|app|web\s+forms?)\s+"
    r"to\s+(?:create|open|raise|update)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:our|the)\s+"
    r"(?:system|platform|product|app)\b",
)  # fmt: skip

UTILITY_DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    # Work ready for a named month's cycle: "in place for the January billing cycle",
    # "live before the March bill run", "ready for their April close".
    r"\b(?:in\s+place|live|ready|done|delivered|available)\s+(?:for|by|before|ahead\s+of)\s+"
    r"(?:the|their|our)\s+" + MONTH + r"(?:\s+20\d\d)?\s+(?:[\w-]+\s+)?(?:cycle|run|close"
    r"|billing)\b",
)  # fmt: skip
