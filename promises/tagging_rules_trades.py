"""Seed trigger rules for the trades: energy, telecoms, construction, property, farming,
hospitality, media, staffing, dealers and clubs.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The logic rules here are added to the shapes of
promises.tagging_rules_logic, so they reach CONCRETE_RULES and DEFAULT_RULES; the NOT_*
fragments are checked inside rules of promises.tagging_rules, _generic, _security and
_flags.

These buyers put their own money and their own customers into rules: settlement prices
adjusted by a grading schedule, a quote calculator, retention held back on a
subcontractor's invoice, loyalty guests upgraded when a room is free, members lapsed
after failed payments. Their words also collide with ours: a "retention specialist" keeps
customers, "5% retention" is money, a "power feed" is a cable, a "logged safety incident"
is a record, a room that "is free" is available. Import DEFAULT_RULES from
promises.tagging.
"""

from __future__ import annotations

from promises import tagging_rules_shapes as _sh
from promises.tagging import Rule, not_behind, regex_rules
from promises.tagging_vocab import NUM

# A condition that names a security control makes the guard that control.
_NO_CONTROL = (
    r"(?![^.;,]{0,40}?(?:encrypt|\bpgp\b|\bgpg\b|signed\s+with|authenticat|\bmfa\b|\b2fa\b"
    r"|\bsso\b|\bvpn\b|allow-?list|managed\s+device|virus|malware|scan|certificate|token"
    r"|password|log(?:ged)?[\s-]?in))"
)
# Records a rule opens when a check fails: "every failed temperature check to open a
# corrective action", "a missed inspection raises a non-conformance".
_FOLLOW_UPS = (
    r"(?:corrective\s+actions?|capas?|non-?conformances?|ncrs?|deviations?|investigations?"
    r"|incidents?|tasks?|cases?|tickets?|work\s+orders?|follow[\s-]?ups?|holds?|alerts?"
    r"|re-?inspections?|re-?tests?|defects?|snags?|punch\s+items?)"
)
# What their own customers pay them, worked out by the product.
_AMOUNTS = (
    r"(?:pric(?:e|es|ing)|rates?|pay|payments?|payouts?|settlements?|premiums?|fees?|charges?"
    r"|surcharges?|levies|commissions?|bonus(?:es)?|rebates?|deposits?|tariffs?|rents?)"
)
# What the customer pays us: "the renewal price adjusted by CPI" is a term, not a rule.
_OURS = not_behind(*(
    f"{ours} {amount}"
    for ours in ("renewal", "subscription", "licence", "license", "contract", "our", "platform",
                 "seat", "support", "implementation", "services", "saas")
    for amount in ("price", "prices", "pricing", "fee", "fees", "rate", "rates")
))  # fmt: skip
_PRICE_TABLES = (
    r"(?:price|pricing|discount|rate|premium|pay|deduction|grading|grade|fee|commission"
    r"|tariff|rent)\s+(?:schedules?|matri(?:x|ces)|grids?|tables?|scales?|bands?|ladders?)"
)

TRADE_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A calculator or configurator in the product: "a tiered quote calculator".
    r"\b(?:calculators?|configurators?)\b",
    # Amounts adjusted by a rule: "settlement prices adjusted by the moisture discount
    # schedule", "payouts scaled by finishing position", "quality-based price adjustments".
    r"\b" + _AMOUNTS + _OURS
    + r"\s+(?:[\w-]+\s+){0,2}?(?:(?:are|is|to\s+be|should\s+be|must\s+be|get|gets)\s+)?"
    r"(?:automatically\s+)?(?:adjusted|scaled|weighted|pro-?rated|banded|graded|varied|tiered)"
    r"\s+(?:automatically\s+)?(?:by|for|according\s+to|based\s+on|using|with|from|against"
    r"|per|on)\b",
    r"\b[\w-]+[\s-]based\s+(?:price|pricing|rate|pay|payment|premium|fee)\s+adjustments?\b",
    # Their own price tables applied: "using their 2025 price matrix", "per the deduction
    # schedule" (not "before their new rate schedule takes effect", a date).
    r"\b(?:using|from|by|per|against|according\s+to|based\s+on|off)\s+(?:the\s+|their\s+"
    r"|its\s+|a\s+|an\s+|each\s+)?(?:[\w'’-]+\s+){0,4}?" + _PRICE_TABLES + r"\b|\b"
    + _PRICE_TABLES + r"\s+(?:(?:is|are|to\s+be|should\s+be|must\s+be)\s+)?(?:automatically\s+)?"
    r"(?:applied|used|enforced)\s+(?:to|on|for|in|across)\b",
    # A failed check that opens a record: "every failed temperature check to open a
    # corrective action", "an out-of-range reading raises a ticket".
    r"\b(?:fail(?:ed|s|ing)?|missed|overdue|out[\s-]of[\s-](?:range|spec|tolerance)"
    r"|non-?compliant|unsuccessful)\s+(?:[\w-]+\s+){0,2}?(?:checks?|inspections?|tests?"
    r"|readings?|audits?|samples?|measurements?|temperatures?|walk-?downs?|surveys?)\b"
    r"[^.;]{0,40}?\b(?:opens?|opening|creates?|creating|raises?|raising|triggers?"
    r"|triggering|generates?|generating|spawns?|logs?|logging|starts?|starting)\s+"
    r"(?:an?\s+|new\s+|the\s+)?(?:[\w-]+\s+)?" + _FOLLOW_UPS + r"\b",
    # A record moved on a trigger: "guests upgraded automatically when a room is free".
    r"\b(?:upgraded|downgraded|rebooked|waitlisted|enrolled|unenrolled|bumped|moved"
    r"|allocated|reallocated|released|renewed|lapsed)\s+(?:automatically\s+)?(?:to\s+"
    r"(?:[\w'’-]+\s+){1,3}?)?(?:when|whenever|once|as\s+soon\s+as|if)\b" + _NO_CONTROL,
    r"\b(?:auto[\s-]?|automatically\s+)(?:upgrad|downgrad|rebook|waitlist|enrol|unenrol"
    r"|lapse|extend|top[\s-]?up|bump)\w*"
    r"|\b(?:upgrad|downgrad|rebook|waitlist|enrol|lapse|extend|book)\w*\s+automatically\b",
    # Customers of a tier or status: "platinum loyalty guests", "gold card holders".
    r"\b(?:platinum|gold|silver|bronze|premium|vip|diamond|elite|top[\s-]tier)[\s-]+(?:loyalty"
    r"\s+|status\s+|tier\s+|level\s+|card\s+|club\s+)?(?:guests|patrons|players|subscribers"
    r"|card[\s-]?holders|donors|fans|passengers|travell?ers|riders|shoppers|diners|members"
    r"|customers|clients|accounts)\b",
    # A status set on a count of events: "members marked lapsed after two failed
    # payments", "after three missed visits" (failed logins are a lockout, security).
    r"\bafter\s+" + NUM + r"\s+(?:consecutive\s+)?(?:failed|missed|declined|bounced"
    r"|unsuccessful|late|unpaid|returned|no[\s-]show)\s+(?!(?:log|sign)[\s-]?(?:in|on)"
    r"|auth|password|mfa|2fa|biometric|fingerprint|face|touch\s+id|pin\b|passcode|otp"
    r"|one[\s-]time|unlock|verification|passkey|token|credential)(?:[\w-]+\s+)?(?:payments?|debits?|collections?|instal\w+|invoices?"
    r"|deliver(?:y|ies)|visits?|appointments?|sessions?|classes|shifts?|inspections?|checks?"
    r"|bookings?|attempts?)\b",
    r"\bmarked\s+(?!as\b)[\w-]+\s+(?:automatically\s+)?(?:after|when|whenever|once|if)\b",
    # Retention held back from the trades they pay: "5% retention on each subcontractor
    # invoice" (retainage on our own invoices is a term, promises.tagging_rules_cross).
    r"\b(?:retention|retainage|holdbacks?)\s+(?:(?:is|are)\s+)?(?:held\s+|withheld\s+"
    r"|deducted\s+|kept\s+)?(?:on|from|against)\s+(?:each|every|all|any|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sub-?contractors?|suppliers?|trades?|vendors?|contractors?)['’]?"
    r"\s+(?:[\w-]+\s+)?(?:invoices?|payments?|valuations?|applications?|claims?|bills?)\b",
    # Records refused for a missing item, the verb first: "an import that rejects any
    # candidate missing right-to-work documents" (a missing control is security).
    r"\b(?:reject|refus|block|skip|bounc|quarantin|stop)\w*\s+(?:any|every|each|all|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:missing|without|lacking|with\s+no|that\s+(?:lacks?|is\s+missing"
    r"|has\s+no))\b" + _NO_CONTROL,
)  # fmt: skip

# "a retention specialist", "customer retention", "holds back 5% retention on each
# subcontractor invoice": keeping customers, or money held back, not keeping data.
# Checked behind and after "retention" in promises.tagging_rules_generic.
NOT_CUSTOMER_RETENTION = (
    not_behind(*(
        f"{w} retention"
        for w in ("customer", "client", "subscriber", "member", "employee", "staff", "talent",
                  "donor", "student", "guest", "player", "tenant", "user", "fan", "%", "percent",
                  "policyholder", "patient", "learner", "viewer", "listener", "reader",
                  # Metrics of keeping customers: "net revenue retention", "cohort retention".
                  "revenue", "cohort", "logo", "dollar", "net", "gross", "shopper", "consumer",
                  "buyer", "visitor", "seller", "subscription")
    ))
    + r"(?!\s+(?:specialists?|teams?|desks?|agents?|offers?|campaigns?|rates?|calls?"
    + _sh.RETENTION_REPORTS
    + r"|discounts?|managers?|departments?|queues?|flows?|bonus(?:es)?|programs?|programmes?"
    r"|strateg(?:y|ies)|metrics?|scores?|plays?|incentives?|payments?|money|releases?"
    r"|sums?|amounts?|percentages?|specialist"
    # Users kept, as product analytics charts them: "weekly retention charts".
    r"|charts?|curves?|graphs?|cohorts?|analys[ie]s|heatmaps?|tables?)\b|\s+(?:on|from|against)\s+(?:each\s+|every\s+"
    r"|the\s+|all\s+|their\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:invoices?|payments?|claims?"
    r"|valuations?|applications?|certificates?)\b)"
)  # fmt: skip

# "power feed type", "animal feed costs": a cable or fodder, not a data feed. Checked
# behind and after "feed" in promises.tagging_rules_generic.
NOT_FODDER = (
    not_behind(*(
        f"{w} feed"
        for w in ("power", "electric", "electrical", "mains", "animal", "livestock", "cattle",
                  "poultry", "fish", "pig", "dairy", "chicken", "stock", "cow", "sheep", "grid")
    ))
    + r"(?!s?\s+(?:types?|mills?|rations?|bins?|conversion|costs?|additives?|intake|yards?"
    r"|troughs?|lots?|cables?|circuits?|breakers?|voltage|supply)\b)"
)  # fmt: skip

# "any job with a logged safety incident", "hours logged against each project": a record
# entered in their system, not access logging. Checked after "logged" and "logging" in
# promises.tagging_rules_security.
NOT_A_LOGGED_RECORD = (
    r"(?!\s+(?!security\b|cyber\b|privacy\b|access\b|admin\b|user\b)(?:[\w-]+\s+)?(?:incidents?"
    r"|hours|time|visits?|calls?|defects?|complaints?|faults?|hazards?|observations?"
    r"|near[\s-]misses|accidents?|injur(?:y|ies)|mileage|miles|expenses?|issues?|jobs?"
    # Time-tracking amounts: "planned cost minus logged cost", "logged effort".
    r"|costs?|effort|spend|amounts?|budget"
    r"|sessions?\s+(?:hours|notes)|work)\b)"
    + not_behind(*(f"{w} logged" for w in ("hours", "hour", "time", "miles", "mileage", "expenses",
                                               "expense", "visits", "visit", "calls", "call",
                                               "defects", "defect", "incidents", "incident",
                                               "cost", "costs", "effort")))
)  # fmt: skip

# "flagged as under dispute", "tagged as confidential": a legal or sensitivity mark that a
# hold or a control acts on, not a business rule. Checked after "as" in the mark rule of
# promises.tagging_rules.
NOT_A_LEGAL_MARK = (
    r"(?!\s+(?:being\s+)?(?:under\s+|in\s+|on\s+)?(?:disputed?|litigation|legal\s+hold"
    r"|(?:a\s+)?legal\s+matter|privileged|confidential|sensitive|restricted|classified|pii|phi"
    r"|secret|top\s+secret)\b)"
)

# "the admin fee capped at 5%", "late fees capped": fees their own customers pay them,
# which the product works out, not our fees. Checked behind "fee" in promises.tagging_rules_flags.
NOT_OUR_FEE = not_behind(*(
    f"{w} fee"
    for w in ("admin", "administration", "administrative", "late", "management", "booking",
              "convenience", "parking", "pet", "cleaning", "resort", "tuition", "membership",
              "entry", "agency", "broker", "brokerage", "delivery", "cam", "arrears", "letting",
              "transfer", "registration")
))  # fmt: skip

# "a retention metric that excludes one-time services fees", "returns net of advisory
# fees": fees a calculation of theirs leaves out are figures in their data, not our fees.
# Checked behind the kind of fee in promises.tagging_rules_flags.
FEES_LEFT_OUT = not_behind(*(
    f"{verb} {which}"
    # Not "excluding" or "to exclude": "our price excluding setup fees" is our quote.
    for verb in ("excludes", "leaves out", "net of", "ignores", "ignoring", "strips out",
                 "stripping out")
    for which in ("", "one-time ", "one-off ", "all ", "any ", "the ", "their ")
))  # fmt: skip

# "when a higher room category is free", "free slots": a resource that is available, not
# free work. Checked behind and after "free" in promises.tagging_rules_flags.
_RESOURCES = (
    "room", "rooms", "slot", "slots", "seat", "seats", "bed", "beds", "table", "tables", "bay",
    "bays", "desk", "desks", "space", "spaces", "spot", "spots", "court", "courts", "pitch",
    "lane", "lanes", "category", "unit", "units", "capacity", "vehicle", "vehicles", "van",
    "vans", "truck", "trucks", "crew", "crews", "technician", "technicians", "agent", "agents",
    "calendar", "diary", "dock", "docks", "rig", "rigs", "stall", "stalls", "suite", "suites",
)  # fmt: skip
_BE = ("is", "are", "becomes", "become", "stays", "remains", "is now", "are now")
FREE_AS_AVAILABLE = not_behind(
    *(f"{n} {be} free" for n in _RESOURCES for be in _BE),
    # "upgraded to a suite when one is free": "one" in a condition is a resource too.
    *(f"{when} one {be} free" for when in ("when", "if", "whenever", "once", "until", "as soon as")
      for be in ("is", "becomes", "comes")),
) + (
    r"(?![\s-](?:slots?|rooms?|seats?|beds?|tables?|bays?|desks?|capacity|spaces?|spots?"
    r"|periods?|time\s*slots?|appointments?|agents?|technicians?|crews?)\b)"
)  # fmt: skip

# "season-ticket renewal prices calculated from seat zone": prices the product works out
# for their customers, not ours. Checked after the price words in promises.tagging_rules_flags.
PRICES_WORKED_OUT = (
    r"(?!\s+(?:(?:are|is|to\s+be|should\s+be|must\s+be|be|get|gets)\s+)?(?:automatically\s+)?"
    r"(?:calculated|computed|derived|worked\s+out|generated|looked\s+up|set\s+by"
    r"|determined|pulled|mapped)\b)"
)
