"""Trigger rules added after batches 158 (project management with time tracking) and 161
(restaurant point of sale).

Both sell tools whose customers run their own money and their own staff rules through
them: menu prices, tips, discounts, shifts, billing rates and budgets. What the customer
charges its guests or clients is their rule, not a term of ours. So:

* custom logic: a percentage off, above or on top of a price ("12% above street
  pricing", "marked up 20%", "a 15% markup on subcontractor hours"), a price that switches
  on by itself, a charge for any party of N or more, tips pooled or split by shares, a
  discount for a class of guest ("a first responder discount"), a custom named tender,
  clock-ins blocked or limited to a schedule, invoices split by a key, entries held for
  review, projects created only from templates, a report counting hours as a day or
  leaving out holidays, work blocked once a budget is used up;
* security: an account locked after failed attempts, PINs that expire, records kept by us
  no longer than a period, people who may see some records only or never see others;
* data movement: N records moved from a system, records from their ordering
  site appearing on our screens, and the systems of these trades named by brand;
* a deadline named by a public holiday ("before Memorial Day") is a delivery date.

Second senses lent to other modules (guards below): a timer app is where entries come
from, role rates are prices, approved hours sent on are records, totals per store sent
on are data, a feed cut by location is a feed, assignments "by" a date are no rule, a
cash drawer's overage and their fixed-fee projects are no terms.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import MONTH, NUM

# --- Guards lent to other modules -------------------------------------------------------

# After "timer": a timer named as an app is where time entries come from, not a rule on a
# clock ("from their in-house timer app", "on the mobile timer app").
TIMER_AS_APP = (
    r"(?!s?\s+(?:apps?|applications?|widgets?|extensions?|plugins?|add-?ons?|tools?)\b)"
)
# After "role": the rate billed for a role is a price ("from role rates"), not access.
ROLE_AS_RATE = r"(?!s?\s+(?:rates?|costs?|prices?|pricing|rate\s+cards?)\b)"
# Records that are approved and then sent on ("approved overtime hours sent to ADP"):
# added to the records behind "approved" (promises.tagging_rules LOGIC_RULES).
APPROVED_TIME_RECORDS = r"|hours|overtime|time\s+entries|worklogs?|shifts?"
# After "for each of their stores": totals cut per unit and sent on are data, not a rule.
UNIT_TOTALS_SENT_AHEAD = (
    r"(?![^.;]{0,30}?\b(?:sent|exported|pushed|posted|synced|delivered|uploaded|emailed)"
    r"\s+(?:to|into)\b)"
)
# Between a metric and "by": a feed or file cut by a dimension ("an hourly sales feed by
# location") is data moved, not a tailored report.
FEED_WORD_AHEAD = r"(?!(?:feeds?|files?|extracts?|exports?|dumps?|uploads?)\b)"
# After "assign... by": a date is when assignments are loaded, not how they are made
# ("users with their team assignments by November 3").
ASSIGNED_BY_A_DATE = r"(?!\s+(?:the\s+)?(?:" + MONTH + r"\b|\d|end\s+of|next|q[1-4]\b))"
# Behind "discount": a discount for a class of their guests is their pricing rule, not a
# price of ours ("a first responder discount of 15%").
_GUEST_CLASSES = (
    "first responder", "first-responder", "military", "senior", "seniors", "veteran",
    "veterans", "employee", "employees", "staff", "student", "students", "teacher",
    "teachers", "nurse", "nurses", "loyalty", "birthday", "happy hour", "happy-hour",
    "family meal", "guest",
)  # fmt: skip
GUEST_DISCOUNT_BEHIND = not_behind(*(f"{c} " for c in _GUEST_CLASSES))
# Phrases of promises.tagging_vocab.COMMERCIAL_TERMS matched only in POS_TERMS_RULES.
TERMS_IN_SHAPES = frozenset(("overage", "fixed fee"))

_PCT = r"\d+(?:\.\d+)?\s?(?:%|percent)"
_PRICES = r"(?:pric\w*|menu|rates?|list|cost|fees?)"
_SECRETS = r"(?:pins?|passcodes?|pass\s+codes?|passwords?)"

POS_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A price set from another: "12% above street pricing", "marked up 20%", "a 15%
    # markup on subcontractor hours".
    r"\b" + _PCT + r"\s+(?:above|below|over|under|higher\s+than|lower\s+than|on\s+top\s+of)"
    r"\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?" + _PRICES + r"\b",
    r"\bmark(?:s|ed|ing)?[\s-]up\s+(?:by\s+)?" + _PCT + r"|\b" + _PCT + r"\s+mark[\s-]?ups?\b",
    # A price or a menu that changes on its own: "prices should switch on automatically".
    r"\b(?:switch|switches|switched|turn|turns|turned|kick|kicks|kicked)\s+(?:on|off|in)"
    r"\s+automatically\b|\bhappy[\s-]hours?\s+(?:prices?|pricing|menus?|specials?)\b",
    # A charge for any party of N or more; an automatic gratuity.
    r"\b(?:any|every|each|all)\s+(?:[\w-]+\s+)?(?:part(?:y|ies)|tables?|groups?|checks?"
    r"|bookings?|reservations?)\s+of\s+" + NUM + r"\s+or\s+(?:more|over|above|fewer|less)\b"
    r"|\bauto(?:matic)?[\s-]?gratuit(?:y|ies)\b",
    # Tips pooled or split by shares: "splits 70% to servers and 30% to bussers".
    r"\btip[\s-]?(?:pool(?:s|ed|ing)?|outs?|shar(?:e|es|ing))\b"
    r"|\bsplit(?:s|ting)?\s+(?:[\w-]+\s+){0,3}?" + _PCT + r"\s+to\b",
    # A discount for a class of their guests: "a first responder discount".
    r"\b(?:first[\s-]responders?|military|seniors?|veterans?|employees?|staff|students?"
    r"|teachers?|nurses?|loyalty|birthday|happy[\s-]hour)['’]?\s+discounts?\b",
    # A custom named tender or button: 'a custom "Family Meal" tender'.
    r"\bcustom\s+[\"“'‘][^\"”’]{1,40}[\"”'’]\s+(?:tenders?|payment\s+types?|buttons?"
    r"|discounts?|modifiers?|comps?|order\s+types?|statuse?s?|stages?|fields?)\b",
    # Clock-ins blocked or limited: "block clock-in for minors after 10 p.m.", "may only
    # clock in for shifts they are scheduled for".
    r"\b(?:block|prevent|stop|restrict|lock|disallow)\w*\s+(?:[\w-]+\s+){0,2}?clock(?:ing)?"
    r"[\s-]?(?:ins?|outs?)\b|\b(?:only|never|not|cannot|can['’]t)\s+clock[\s-]?(?:in|out)\b",
    # Their invoices split by a key: "invoices must be split by purchase order number"
    # (our invoices split by a unit are terms, promises.tagging_rules_billing).
    r"\b(?<!our\s)(?:invoices?|bills?|checks?|charges?|payments?)\s+(?:[\w-]+\s+){0,3}?"
    r"split\s+"
    r"(?:by|per|across)\b",
    # Records held for a review: "holding any entry without a client code for review".
    r"\bhold(?:s|ing)?\s+(?:any|every|each|all)\s+(?:[\w-]+\s+){1,6}?(?:for|until)\s+"
    r"(?:(?:a|the|their|an)\s+)?(?:[\w-]+\s+)?(?:review|approval|sign[\s-]?off)\b",
    # Records made only from their templates.
    r"\b(?:created|started|set\s+up|opened|built)\s+only\s+from\s+(?:one\s+of\s+)?(?:their"
    r"|the|its|approved)\s+(?:[\w-]+\s+){0,2}?templates?\b",
    # How a report counts: "count 7.5 hours as a full day", "leave out public holidays".
    r"\bcount(?:s|ed|ing)?\s+(?:[\d.]+\s+|" + NUM + r"\s+)?(?:hours?|hrs|minutes?|days?)\s+"
    r"as\s+(?:a\s+|one\s+)?(?:full|half|whole|working|work)\b"
    r"|\b(?:leave|leaves|leaving|left)\s+out\s+(?:the\s+)?(?:public|bank|company|national"
    r"|statutory)\s+holidays\b",
    # Work blocked once a budget is used up.
    r"\b(?:blocked|locked|stopped|closed|frozen|disabled|prevented)\s+once\s+(?:the\s+"
    r"|their\s+|its\s+)?(?:[\w-]+\s+)?(?:budget|limit|cap|allowance|quota)\b",
)  # fmt: skip

POS_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Lockout: "lock the account after five wrong attempts".
    r"\block(?:s|ed|ing)?\s+(?:out\s+)?(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+)?(?:accounts?"
    r"|users?|logins?|devices?|terminals?|profiles?)\s+after\s+" + NUM
    + r"\s+(?:[\w-]+\s+){0,2}?(?:attempts|tries|failures|entries)\b",
    # PINs that expire: "server PINs have to expire every 90 days".
    r"\b" + _SECRETS + r"\s+(?:(?:have|has|must|should|need|needs|will|to|that|which)\s+)"
    r"{0,2}(?:to\s+)?(?:auto-?)?expire\b",
    # Kept by us no longer than a period: retention.
    r"\b(?:kept|retained|stored|held)\s+(?:by\s+us\s+)?(?:for\s+)?no\s+(?:longer|more)\s+"
    r"than\s+" + NUM + r"\s+(?:days?|weeks?|months?|years?)\b",
    # People who may see some records only, or never see others.
    r"\b(?:may|can|should|must|to)\s+(?:only\s+)?see\s+(?:[\w-]+\s+){1,4}?only\b"
    r"|\b(?:must|should|may|can|to|and|will)\s+never\s+see\b",
)  # fmt: skip

POS_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Records counted and moved: "moving 85,000 gift card balances from Givex".
    r"\bmov(?:e|es|ed|ing)\s+(?:over\s+)?(?:\d[\d,.]*\s*[km]?|" + NUM + r")\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:from|off|out\s+of)\b",
    # Records from their system shown on ours: "orders from their Olo online ordering site
    # need to appear on the kitchen display".
    r"\bfrom\s+their\s+(?:[\w-]+\s+){0,4}?(?:sites?|apps?|platforms?|systems?|tools?"
    r"|portals?)\s+(?:need|needs|must|should|have|has|to)\s+(?:to\s+)?(?:appear|show\s+up"
    r"|land|flow|arrive)\b",
)  # fmt: skip

# Ordering, delivery, scheduling, gift card and time-tracking systems named by brand: they
# tag an ask but do not make it concrete (like _mortgage's MORTGAGE_SYSTEM_RULES).
POS_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:olo|givex|doordash|door\s+dash|uber\s+eats|grubhub|7shifts|opentable|sevenrooms"
    r"|paytronix|punchh|deliverect|chowly|marginedge|restaurant365|toggl|clockify|everhour"
    r"|tsheets|quickbooks\s+time)\b",
)  # fmt: skip

# A deadline named by a public holiday: "before Memorial Day", "by Labor Day weekend".
POS_DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    r"\b(?:by|before|ahead\s+of|in\s+time\s+for|prior\s+to)\s+(?:the\s+)?(?:(?:memorial|labou?r"
    r"|independence|mother['’]?s|father['’]?s|valentine['’]?s|new\s+year['’]?s|st\.?\s+"
    r"patrick['’]?s|presidents['’]?|columbus)\s+(?:day|eve|weekend)|(?:thanksgiving|christmas"
    r"|easter|black\s+friday|cyber\s+monday|super\s+bowl)(?:\s+(?:day|eve|weekend))?)\b",
)  # fmt: skip

# Our overage charges and a fixed fee of ours, not a cash drawer's overage ("any overage
# above $10", money over the count) or their fixed-fee projects.
POS_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\b" + not_behind("any ", "cash ", "drawer ", "till ", "register ", "count ")
    + r"overages?\b(?!\s+(?:(?:above|over)\s+\$|or\s+shortages?|and\s+shortages?))",
    r"\b(?<!their\s)(?<!on\s)(?<!across\s)fixed[\s-]fee\b(?!\s+projects\b)",
)  # fmt: skip
