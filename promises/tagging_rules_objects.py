"""Seed trigger rules for the objects a product keeps, named as what is moved, secured or
counted rather than built, and for a few shapes of sales, reporting and work-management
asks (batches 49-51: CRM and sales engagement, analytics, project management).

Same conventions as promises.tagging_rules: word families and sentence shapes, ambiguous
words only in the shape that gives them one meaning. The guards here are lent to the
rules of promises.tagging_rules, _generic, _security, _trades, _mail, _dates, _flags and
_cross; the new rules are added to CONCRETE_RULES there. Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_dlp import NOT_LET_IN_FREE
from promises.tagging_rules_trades import not_behind

# A dashboard is tailored logic when it is built ("a dashboard of win rate per rep");
# not when it is only counted, moved, secured or waited for: "a migration of 1,800
# dashboards", "changes reflected in dashboards", "dashboard data encrypted", "leavers
# lose dashboard access", "the dashboard snapshot to their sales channel", "so their
# planning dashboards are ready", "every dashboard query logged", "the dashboard extract".
# Behind is checked right after "dashboard".
# A control put on dashboards secures them ("row-level security on embedded dashboards",
# "SSO for all dashboards"): the control is the ask, not a dashboard built.
DASHBOARD_NOT_BUILT_BEHIND = r"(?<!\d\sdashboard)(?<!\bin\sdashboard)" + not_behind(*(
    f"{control} {prep} {which}dashboard"
    for control in ("security", "access", "permissions", "sso", "encryption", "mfa")
    for prep in ("on", "in", "for", "across", "to")
    for which in ("", "the ", "their ", "all ", "every ", "each ", "embedded ", "the embedded ",
                  "their embedded ", "all embedded ", "shared ")
))  # fmt: skip
DASHBOARD_NOT_BUILT_AHEAD = (
    r"(?!\s+(?:data|usage|access|snapshots?|metrics|exports?|links?|permissions?|sharing"
    r"|extracts?|quer(?:y|ies))\b)"
    r"(?!\s+(?:(?:are|is|will\s+be|to\s+be|be)\s+)?(?:ready|live|available|up\s+to\s+date)\b)"
    r"(?!\s+(?:snapshots?\s+|images?\s+)?to\s+(?:their|the|our|an?|each|every)\s)"
)

# The part someone plays in a deal or a company is a value on a record, not an access
# role: "a picklist called Buying Committee Role", "contact roles on opportunities" ("job
# role" stays ambiguous: "permissions by job role"). Checked right after "role".
NOT_A_PLAYED_ROLE = "".join(
    rf"(?<!{w}\srole)"
    for w in ("contact", "committee", "buying", "buyer", "stakeholder", "decision", "persona",
              "opportunity")
)  # fmt: skip
# A role someone is hired into is a job, not an access role: "applicants for nursing
# roles", "candidates for senior engineering roles", "hiring for two warehouse roles".
# Checked right after "role", one lookbehind per length of the words between.
NOT_A_JOB_ROLE = "".join(
    rf"(?<!{who}\sfor\s{words}role)"
    for who in ("applicants", "candidates", "applications", "hiring", "recruiting", "openings",
                "vacancies", "postings", "requisitions", "interviews", "apply", "applying")
    for words in ("", *(rf"[\w\s-]{{{n}}}\s" for n in range(2, 26)))
)  # fmt: skip

# Email as data kept or handed over ("all historical email activity handed back as EML
# files if they leave"), not a notice sent when something happens. Checked after "email".
EMAIL_AS_DATA = (
    r"(?!\s+(?:activit(?:y|ies)|history|histories|bodies|body|threads?|archives?|content"
    r"|metadata|headers?)\b)"
    # Addresses taken from somewhere: "recipient names and emails pulled from HubSpot
    # contacts whenever an envelope is created" moves data, it sends no notice.
    r"(?!\s+(?:(?:are|is|to\s+be|be|gets?)\s+)?(?:pulled|imported|synced|fetched|loaded"
    r"|copied|looked\s+up|read|taken|brought\s+in|pre-?filled|populated|mapped)\s+"
    r"(?:in\s+)?(?:from|out\s+of)\b)"
)

# A report in a file format is a file ("scheduled PDF reports emailed to 200 store
# managers"): the emailed-file rule makes it data movement, not a tailored report.
# Checked right after "report" (so the rule still starts with the word).
REPORT_AS_FILE = "".join(
    rf"(?<!{w}\sreport)" for w in ("pdf", "csv", "xlsx", "excel", "xls", "png")
)

# A discount or payment terms compared with a threshold are the condition of their own
# rule ("an approval on any quote carrying more than a 15% discount", "any opportunity
# with payment terms longer than net 60"), not terms we give. Checked before the figure.
THRESHOLD_BEHIND = "".join(
    rf"(?<!{w}\s)"
    for w in ("than", r"than\sa", "over", r"over\sa", "above", "exceeding", "exceeds",
              "beyond", "past")
)  # fmt: skip
TERMS_COMPARED = (
    r"(?!\s+(?:(?:is|are)\s+)?(?:longer|shorter|later|greater|more|beyond|over|above"
    r"|exceeding|past)\b)"
)

# A count in a window ("misses its window more than twice in a month") is a rate, not a
# date. Checked before "in".
COUNT_IN_WINDOW = r"(?<!twice\s)(?<!times\s)(?<!once\s)(?<!thrice\s)"

# Someone's own fixed rates ("at their treasury's fixed month-end rates") are theirs, not
# a price we hold. Checked before the verb of the price-lock rule.
NOT_OUR_LOCK = r"(?<!['’]s\s)"

# An unnamed user's action that an audit entry records ("every time someone exports a
# report"), not a data flow the product builds. Checked right after "export".
ACTION_AUDITED = "".join(
    rf"(?<!{w}\sexport)"
    for w in ("someone", "somebody", "anyone", "anybody", r"a\suser", "whoever")
)

# The API as a surface access is limited on: "the web app and API blocked for any request
# from outside their VPN". Added to the words after "API" that make it no data flow.
API_ACCESS_LIMITED = (
    r"|(?:is\s+|are\s+|be\s+|to\s+be\s+)?(?:only\s+)?(?:blocked|restricted|reachable"
    r"|accessible|locked\s+down)"
)

OBJECT_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "an audit entry every time someone exports a report".
    r"\baudit\s+(?:trail\s+)?(?:entr(?:y|ies)|records?|events?|rows?)\b",
    # Links that open files to people outside, limited: "public sharing links to expire
    # after seven days" (a share link only emailed to clients is no control). Written from
    # "links" back, so it never starts where a longer rule on "public ..." does (rules
    # filed by first letter must match as the plain alternation would).
    r"\b(?:(?<=public\s)|(?<=sharing\s)|(?<=share\s)|(?<=guest\s)|(?<=external\s)"
    r"|(?<=anonymous\s))links?\b[^.;]{0,40}?\b(?:expir\w*|disabled?|turned\s+off"
    r"|switched\s+off|blocked|restricted|revoked|password\w*|last|valid)\b",
)

OBJECT_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Data returned to the customer: "email activity handed back as EML files".
    r"\b(?:hand(?:s|ed|ing)?|giv(?:e|es|en|ing)|return(?:s|ed|ing)?)\s+back\s+(?:to\s+"
    r"(?:them|the\s+customer|their\s+[\w-]+)\s+)?(?:as|in)\b",
    r"\b(?:eml|mbox)\b",
)

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_STATE_EVENT = r"(?:as\s+soon\s+as|when|whenever|once|if|after|on)"
OBJECT_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A run of messages or steps whose state changes on an event: "an email sequence
    # paused automatically as soon as the prospect books a meeting".
    r"\b(?:sequences?|cadences?|campaigns?|drips?|journeys?|subscriptions?|enrol?lments?"
    r"|automations?)\s+(?:(?:is|are|be|gets?|to\s+be)\s+)?(?:automatically\s+)?(?:paused"
    r"|stopped|halted|suspended|ended|cancell?ed|resumed|restarted|unenrolled)\s+"
    r"(?:automatically\s+)?" + _STATE_EVENT + r"\b",
    # A cap per unit and period: "each mailbox capped at 150 sequence emails per day".
    r"\b(?:each|every|per)\s+(?:[\w-]+\s+)?(?:(?:is|be|to\s+be)\s+)?(?:capped|limited)\s+"
    r"(?:at|to)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:per|a|each)\s+(?:day|hour|week|month)\b",
    # Their own calendar: "a custom fiscal calendar that starts on the first Sunday of
    # February", "a 4-4-5 calendar".
    # (Not "before their fiscal year starts on July 1": a date, not their calendar.)
    r"\b(?:fiscal|financial|retail)\s+calendars?\b|\b(?:4-4-5|4-5-4|5-4-4)\s+calendars?\b",
    # Their own week: "treat Sunday as the first day of the week", "weeks start on Monday",
    # "weekly retention charts to run Sunday through Saturday".
    # (Not "the week starting 6 January": a date; nor "weekly backups run on Sunday".)
    r"\b(?:first|start(?:ing)?)\s+day\s+of\s+(?:the|their|each|every|a)\s+(?:fiscal\s+|business"
    r"\s+|reporting\s+)?week\b|\bweeks?\s+(?:to\s+|should\s+|must\s+)?(?:starts?|begins?)\s+"
    r"on\s+(?:a\s+)?" + _WEEKDAY + r"s?\b"
    r"|\b(?:weeks?|weekly)\s+(?:[\w-]+\s+){0,3}?(?:to\s+|should\s+|must\s+)?(?:run|runs"
    r"|running|span|spans|spanning)\s+(?:from\s+)?" + _WEEKDAY + r"\s+(?:through|thru|to"
    r"|until)\s+" + _WEEKDAY + r"\b",
    # Amounts converted by a rule: "revenue converted at their treasury's month-end rates".
    r"\bconver(?:t|ts|ted|ting|sion)\s+(?:[\w-]+\s+){0,2}?(?:at|using|with)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:exchange\s+|fx\s+|currency\s+)?rates?\b",
)

OBJECT_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Which of our plans a feature comes in: "SSO included in the Professional tier
    # without paying for the Enterprise add-on".
    r"\bincluded\s+(?:in|on|with)\s+(?:the\s+|their\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tiers?|plans?|editions?|packages?|bundles?|licen[cs]es?|subscriptions?)\b",
    # Not their people let in free by a rule (promises.tagging_rules_dlp).
    r"\b" + NOT_LET_IN_FREE + r"(?:without|rather\s+than|instead\s+of)\s+"
    r"(?:paying|buying|purchasing|upgrading)\b",
    # Money off our fee: "a 20% fee reduction if it slips".
    r"\b(?:fee|price|pricing|licen[cs]e|subscription)\s+reductions?\b"
    r"|\breduc(?:e|ed|es|ing|tion\s+(?:in|of))\s+(?:the\s+|our\s+)?(?:fees?|prices?"
    r"|subscription\s+fees?|licen[cs]e\s+fees?)\b",
)

OBJECT_RULES: tuple[Rule, ...] = (
    OBJECT_SECURITY_RULES + OBJECT_DATA_RULES + OBJECT_LOGIC_RULES + OBJECT_TERMS_RULES
)
