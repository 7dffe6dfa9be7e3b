"""Seed trigger rules for shapes that cross domains: how people phrase a data flow, a
control, a rule on records or a term, whatever their industry.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The data, security, logic and terms rules here
are added to the shapes in promises.tagging_rules_data, _security, _logic and _flags, so
they reach CONCRETE_RULES; CROSS_GENERIC_RULES only say what kind of work it is, as the
generic rules of promises.tagging_rules_generic do. Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises import tagging_rules_breadth_a as _ba
from promises import tagging_rules_shapes as _sh
from promises.tagging import Rule, no_control_ahead, regex_rules
from promises.tagging_rules_chair_lot_port import AT_THEIR_RATE
from promises.tagging_rules_clear import OUR_COMMISSION
from promises.tagging_rules_field import FIX_RATE_METRIC
from promises.tagging_rules_general import INTERFACE_READ_IN
from promises.tagging_rules_knowledge import KNOWLEDGE_TERMS_RULES
from promises.tagging_rules_lab_ads_cash import INTERFACE_DOWN
from promises.tagging_rules_objects import NOT_OUR_LOCK
from promises.tagging_rules_pc import COMMISSION_RECORDS_AHEAD
from promises.tagging_rules_sectors import NOT_AGE
from promises.tagging_rules_sites import COMMISSIONING_AS_START_UP
from promises.tagging_rules_tech import DEVICE_INACTIVE, UI_INTERFACE
from promises.tagging_vocab import NUM, PLACE

# Staff and support named by where they sit: "only US-based support staff touching their
# safety database", "no offshore engineers".
_STAFF = (
    r"(?:staff|personnel|employees|engineers?|support|admins?|administrators?|people|teams?"
    r"|workforce|contractors?|agents?|operators?|resources)"
)
CROSS_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    r"\b" + PLACE + r"[\s-]+based\s+(?:[\w-]+\s+){0,2}?" + _STAFF + r"\b"
    r"|\b(?:offshore|off-shore|onshore|on-shore|in-country|domestic)\s+(?:[\w-]+\s+)?" + _STAFF
    + r"\b",
)  # fmt: skip

# "retried over 24 hours", "no more than 15 minutes of data loss": a span of time, not a
# threshold on records ("tickets open over 24 hours old" still is one). Checked behind the
# comparison word of the threshold rule in promises.tagging_rules.
NOT_DURATION = (
    r"(?!(?:(?<=\bover)|(?<=\bno\smore\sthan)|(?<=\bno\sless\sthan))\s+\d[\d,.]*\s*(?:seconds?"
    r"|minutes?|mins?|hours?|hrs?)\b(?!\s+(?:old|past|overdue|late|ago|without|since|after"
    r"|of\s+inactivity)\b))"
)

NOT_SPAN = NOT_AGE + NOT_DURATION

# Healthcare X12 transaction sets: "270 eligibility requests", "an 837P claim file".
CROSS_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:270|271|276|277|278|834|835|837)\s+(?:[\w-]+\s+)?(?:requests?|responses?|files?"
    r"|transactions?|messages?|feeds?|claims?|remittances?|enrol?lments?|inquir(?:y|ies))\b"
    r"|\b837[pid]\b",
    # Offline work uploaded on reconnecting: "upload inspection photos, encrypted on the
    # device, once they are back on the network".
    r"\b(?:upload|sync|send|submit)\w*\b[^.;]{0,70}?\b(?:back\s+on\s+(?:the\s+)?(?:network"
    r"|wi-?fi|line)|back\s+in\s+(?:coverage|range)|(?:regain|regains|regained)\s+(?:a\s+)?"
    r"(?:signal|connection|connectivity))\b",
)

# Kinds of data work named with no system: "data conversion", "collected from Google
# Workspace", "the vendor payment interface", "responses written back onto the record".
CROSS_GENERIC_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\bdata\s+conversions?\b",
    r"\bcollect(?:s|ed|ing|ion)?\s+(?:[\w'’-]+\s+){0,3}?from\b(?!\s+(?:(?:their|the|each|every"
    r"|all|our)\s+)?(?:[\w-]+\s+)?(?:customers?|members?|patients?|users?|donors?|students?"
    r"|tenants?|clients?|buyers?|employees|applicants?|parents?|guests?|shoppers?|residents?"
    r"|visitors?|participants?|people|children|kids|minors|pupils|learners|consumers|anyone"
    r"|individuals)\b)",
    r"\binterface"
    + UI_INTERFACE
    + r"s?\b(?<!the\sinterface)(?<!an\sinterface)(?<!our\sinterface)(?<!user\sinterface)"
    r"(?<!user\sinterfaces)(?<!web\sinterface)"
    r"(?<!admin\sinterface)(?<!graphical\sinterface)(?<!mobile\sinterface)"
    r"(?<!chat\sinterface)(?<!voice\sinterface)"
    + INTERFACE_READ_IN
    + INTERFACE_DOWN
    + r"(?!\s+(?:design|language|text|elements?"
    r"|strings?|labels?)\b)",
    r"\b(?:written|writes|writing)\s+back\b",
)

# A condition on records that sends them somewhere or refuses them, unless the condition
# is a security control ("blocked if infected" is malware scanning).
_NO_CONTROL = no_control_ahead(r"\bpgp\b", "infect", "scan", r"\b(?:ip|nat|egress)\s")
CROSS_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Records checked against a rule set: "checked against the client's billing guidelines".
    r"\b(?:check|checks|checked|checking|validat(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)"
    r"|screen(?:s|ed|ing)?)\s+against\s+(?:the\s+|their\s+|its\s+|an?\s+|each\s+)?(?:[\w'’-]+\s+)"
    r"{0,3}?(?:guidelines?|rules?|polic(?:y|ies)|criteria|limits?|budgets?|thresholds?"
    r"|lists?|tables?|schedules?|contracts?|rate\s+cards?|playbooks?)\b",
    # Rules that differ by a party: "140 payer-specific edits", "state-specific forms".
    r"\b[\w]+[\s-]specific\s+(?:[\w-]+\s+)?(?:rules?|edits?|logic|checks?|validations?"
    r"|workflows?|forms?|templates?|pricing|rates?|thresholds?|approvals?|routing|steps?"
    r"|fields?|questions?)\b",
    # Records refused on a condition: "any contact import rejected when the domain ...".
    r"\b(?:rejected|refused|declined|bounced|quarantined|suppressed|excluded)\s+(?:automatically"
    r"\s+)?(?:when|whenever|if|unless|where)\b" + _NO_CONTROL,
    r"\b(?:without|w/o|missing|lacking|with\s+no)\s+(?:[\w/'’-]+\s+){1,3}?(?:(?:are|is|be|to\s+be"
    r"|must\s+be|should\s+be)\s+)?(?:suppressed|excluded|skipped|held\s+back)\s+from\b",
    # People who have not acted for a while: "contacts who haven't opened an email in 180
    # days", "members who have not logged a visit for 6 months".
    r"\b(?:hasn['’]?t|haven['’]?t|has\s+not|have\s+not|didn['’]?t|did\s+not)" + DEVICE_INACTIVE
    + r"\s+(?:[\w-]+\s+){1,3}?(?:in|for|within)\s+(?:the\s+(?:last|past)\s+)?" + NUM
    + r"\s+(?:days|weeks|months)\b",
    # Records that expire on their own: "expire licensed stock images automatically".
    r"\bexpir(?:e|es|ed|ing)\s+(?!(?:all\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:tokens?|sessions?"
    r"|passwords?|keys?|credentials?|accounts?|logins?|access)\b)(?:[\w-]+\s+){1,4}?"
    r"automatically\b",
    # Weights of a score: "scorecards weighted 50% on-time delivery, 30% defects".
    r"\bweighted\s+(?:[\w-]+\s+)?\d+(?:\.\d+)?\s?%",
    # Credit assigned by a model: "attributes pipeline to campaigns", "attribution model".
    r"\battribut(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}?to\s+(?:the\s+|their\s+|each\s+)?(?:[\w-]+\s+)?"
    r"(?:campaigns?|channels?|sources?|touch(?:es|points?)?|reps?|teams?|partners?)\b"
    r"|\b(?:attribution|position[\s-]based|first[\s-]touch|last[\s-]touch|multi[\s-]touch"
    r"|w[\s-]shaped|u[\s-]shaped)\s+(?:attribution\s+)?models?\b",
    # A prohibition with its condition: "No lot may be shipped while its status is on hold".
    r"\bno\s+(?:[\w-]+\s+){1,3}?(?:may|can|shall|must|will|should)\s+be\s+(?:mov|advanc|clos"
    r"|submit|convert|sav|publish|approv|book|releas|ship|post|complet|finali[sz]|invoic"
    r"|dispatch|sent|paid|issu)\w*\b[^.;]{0,60}?\b(?:until|unless|when|whenever|while|before"
    r"|without|if)\b" + _NO_CONTROL,
    # Sales commission, not a commission that regulates ("the utility commission").
    r"\bcommission" + "".join(
        rf"(?<!{w}\scommission)"
        for w in ("utility", "utilities", "service", "exchange", "european", "trade", "planning",
                  "gaming", "election", "regulatory", "energy", "insurance", "communications",
                  "city", "county", "state", "commerce", "securities", "federal", "civil")
    ) + r"(?:s|ed|ing)?\b(?!\s+(?:will|requires?|approv\w*|votes?|meets?|rul\w*\s+on)\b)"
    + OUR_COMMISSION + COMMISSION_RECORDS_AHEAD + COMMISSIONING_AS_START_UP
    + _sh.COMMISSION_REPORT_SENT + _ba.COMMISSION_SYSTEM,
    # People told on a trigger: "page the on-call manager", "text each driver".
    r"\b(?:page|pages|paged|paging|text|texts|texted|texting)\s+(?:the\s+|each\s+|every\s+"
    r"|their\s+|all\s+)(?:[\w-]+\s+){0,2}?(?:owners?|managers?|teams?|admins?|approvers?"
    r"|assignees?|reps?|leads?|supervisors?|agents?|engineers?|physicians?|nurses?|drivers?"
    r"|technicians?|on[\s-]call)\b",
    # Held for a review by another name: "held for staff moderation".
    r"\b(?:held|hold|holds|holding|parked|queued|sent|routed)\s+(?:[\w-]+\s+)?for\s+"
    r"(?:[\w-]+\s+){0,2}?(?:moderation|vetting|screening|triage|inspection|qa)\b",
    r"\brequired\s+(?:whenever|once|unless|where)\b",
    r"\bauto(?:matically)?[\s-]?cod(?:e|es|ed|ing)\b",
)  # fmt: skip

# What the customer pays us, in the shapes of a price: "match their current vendor's
# price of $4.50 per member per month", "lock the per-bed price for the first three".
_MONEY = r"(?:\$|€|£|usd\s*|eur\s*|gbp\s*)\d[\d,.]*"
CROSS_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\b(?:price|pricing|rate|fee)" + AT_THEIR_RATE + r"\s+of\s+" + _MONEY
    + r"|(?:\$|€|£)\d[\d,.]*\s+(?:per|a|an)\s+(?:[\w-]+\s+)?(?:member|user|seat|employee"
    r"|bed|site|licen[cs]e|patient|student|device|location)\s+per\s+(?:month|year|annum)\b",
    r"\b" + NOT_OUR_LOCK + r"(?:lock|locks|locked|locking|freeze|freezes|froze|frozen|cap|caps"
    r"|capped|hold|holds|fix" + FIX_RATE_METRIC
    + r"|fixes|fixed)\s+(?:in\s+)?(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:prices?"
    r"|pricing|rates?|fees?)\b(?!\s+(?:fields?|columns?|lists?|books?|tables?|rules?|limits?|cards?)\b)",
    # Buying through a cooperative contract instead of a tender.
    r"\b(?:cooperative|co-op|piggyback)\s+(?:purchasing\s+)?(?:contracts?|agreements?"
    r"|pricing|purchasing)\b|\b(?:sourcewell|naspo(?:\s+valuepoint)?|omnia\s+partners"
    r"|gsa\s+schedule|g-cloud)\b",
    # Money held back from our invoices until acceptance (from a subcontractor's, it is
    # their rule: promises.tagging_rules_trades).
    r"\bretainage\b(?![^.;]{0,40}?\b(?:sub-?contractor|supplier|trade|vendor)s?\b)",
    # Work folded into what they already pay: "include the workflow in the subscription
    # price instead of a separate statement of work".
    r"\b(?:include|includes|included|including|bundle|bundled|fold|folded|roll|rolled)\b"
    r"[^.;]{0,60}?\b(?:in|into)\s+(?:the|their|our)\s+(?:[\w-]+\s+)?(?:subscription|licen[cs]e"
    r"|contract|plan)\s+(?:price|fee|cost)s?\b|\bstatements?\s+of\s+work\b",
)  # fmt: skip
CROSS_TERMS_RULES += KNOWLEDGE_TERMS_RULES  # payment put off to an event (_knowledge)
