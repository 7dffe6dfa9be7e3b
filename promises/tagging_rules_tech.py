"""Seed trigger rules for asks relayed by partners and customer-success managers, for
technical buyers' jargon and for write-ups of discovery workshops.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The logic, security and terms rules here are
added to those of promises.tagging_rules_logic, _security and _flags, so they reach
CONCRETE_RULES; the fragments are checked inside rules of promises.tagging_rules, _generic,
_flags, _security, _sectors and _cross (each says where).

A partner or a customer-success manager passes the ask on ("The CSM for Globex reports
they want ..."): the messenger is no term of the deal. A technical buyer names queues,
latencies and legal transfers that are no workflow, threshold or data flow ("a
dead-letter queue", "under 60 seconds of lag", "SCCs for every transfer of personal data
to our subprocessors", "Confluence Data Center"), and conditions on tickets that are no
support promise ("P1 incidents that miss a 30-minute response target"). A workshop
write-up speaks of the screen ("the Arabic right-to-left interface", "the layout to
mirror correctly"), of devices ("4 GB of RAM", "if the device has not checked in") and
of how the product is bought ("usage-based pricing", "an AWS Marketplace private offer",
"billed at the same per-seat rate"). Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_general import NOT_EVERY_CHARGE
from promises.tagging_rules_learning import PRICE_MOVES_BY_RULE
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab_tech import UI_WORDS

# --- fragments checked inside other modules' rules ----------------------------------------

# "a dead-letter queue", "the retry queue": a queue of messages, not a work queue people
# are routed to. Checked after "queue" in the queue rule of promises.tagging_rules.
_MESSAGE_QUEUES = ("dead-letter", "dead letter", "message", "retry", "poison", "error", "replay",
                   "sqs", "kafka", "rabbitmq", "mq", "job", "event", "outbox")  # fmt: skip
MESSAGE_QUEUE = not_behind(*(f"{q} queue" for q in _MESSAGE_QUEUES))

# "before the tender closes", "before their vendor assessment closes": the customer's
# buying process ending, not a record a rule moves or closes. Checked after "before" in
# the gate rule of promises.tagging_rules.
_BUYING_EVENTS = (
    r"(?:tender|rfp|rfq|rfi|rfx|bid|bidding|procurement|quarter|evaluation"
    r"|assessment|selection|shortlist|pilot|poc|trial|funding\s+round|round|purchase)"
)
BUYING_CLOSES = (
    r"(?!\s+(?:the|their|our|this|its|a)\s+(?:[\w-]+\s+){0,2}?"
    + _BUYING_EVENTS
    + r"\s+(?:window\s+|period\s+|process\s+)?(?:clos|end|finish|conclud)\w*)"
)

# "under 60 seconds of lag", "exceeding 800 milliseconds": a latency, not a threshold on
# records. Checked after the comparison word of the threshold rule in promises.tagging_rules.
NOT_LATENCY = (
    r"(?!\s+\d[\d,.]*\s*(?:ms|milliseconds?)\b)"
    r"(?!\s+\d[\d,.]*\s*(?:seconds?|secs?|minutes?|mins?)\s+(?:of\s+)?(?:lag|latency|delay"
    r"|replication\s+lag|staleness|data\s+loss|behind)\b)"
)

# "p95 response times exceeding 800 ms", "a response time under two seconds": speed of
# the product, not a support promise. Checked after "response time" in the terms rule of
# promises.tagging_rules_flags.
_SPEED_OF = ("p50", "p75", "p90", "p95", "p99", "median", "average", "avg", "mean", "page",
             "api", "server", "query", "search", "percentile", "app", "system", "ui",
             "endpoint", "network", "database", "backend", "end-to-end", "round-trip")  # fmt: skip
_SECONDS = r"(?:\d[\d,.]*|one|two|three|four|five|ten)\s*(?:ms|milliseconds?|seconds?|secs?)\b"
RESPONSE_AS_SPEED = (
    not_behind(*(f"{q} {r} time" for q in _SPEED_OF for r in ("response", "resolution")))
    + r"(?!s?\s+(?:(?:of|under|below|within|exceeding|above|over|at\s+or\s+below|less\s+than"
    r"|no\s+more\s+than|(?:must|should|to)\s+(?:stay|be|remain)\s+(?:under|below))\s+)?"
    + _SECONDS
    + ")"
)

# "P1 incidents that miss a 30-minute response target": a condition on tickets, not our
# support promise. Checked after the number of the response-within rule of _flags; the
# lookbehinds are only tried before a response target, so other numbers cost nothing.
_MISSED = tuple(
    f"{rel} {verb} {det}"
    for rel in ("that", "which")
    for verb in ("miss", "misses", "missed", "breach", "breaches", "breached")
    for det in ("a ", "the ", "their ")
)
_TARGET = (
    r"[\s-]?(?:minutes?|mins?|hours?|hrs?|business[\s-]hours?|days?|business[\s-]days?)\s+"
    r"(?:initial\s+)?(?:response|resolution|fix|turnaround|acknowledg\w*)\s+(?:targets?|goals?"
    r"|objectives?|windows?|thresholds?)\b"
)
RESPONSE_MISSED = (
    r"(?:(?!"
    + _TARGET
    + ")|"
    + "".join(not_behind(*_MISSED, tail=tail) for tail in (r"\d", r"\d\d"))
    + ")"
)

# "SCCs for every transfer of personal data to our US subprocessors", "a transfer impact
# assessment": a transfer in law, not data moving. Checked after "transfer" in the data
# transfer rule of promises.tagging_rules_sectors (inside its negative lookahead).
LEGAL_TRANSFER = (
    r"|(?:s|red)?\s+of\s+(?:(?:personal|customer|their|any|our)\s+){0,2}(?:data|information)\s+"
    r"(?:to|outside)\s+(?:our\s+|any\s+|a\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:sub-?processors?"
    r"|processors?|third\s+countr(?:y|ies)|recipients?)\b|(?:s|red)?[\s-]+(?:mechanisms?"
    r"|impact\s+assessments?|risk\s+assessments?|tools?)\b"
)

# "orders provisioned with a reseller-specific set of custom fields": records set up with
# configuration, not identities provisioned. Checked after "provisioned" in _security.
# "their workspace provisioned and onboarding finished", "a sandbox tenant to be
# provisioned": a place to work set up, not people given access.
_PLACES_SET_UP = ("workspace", "workspaces", "tenant", "tenants", "instance", "instances",
                  "environment", "environments", "sandbox", "sandboxes", "org", "orgs",
                  "project", "projects", "cluster", "clusters", "region")
_SET_UP_AUX = ("", "is ", "are ", "be ", "to be ", "was ", "were ", "gets ", "get ",
               "being ", "been ", "fully ")
PROVISIONED_CONFIG = not_behind(
    *(f"{p} {a}provisioned" for p in _PLACES_SET_UP for a in _SET_UP_AUX)
) + (
    r"(?!\s+with\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:custom\s+fields?"
    r"|fields?|templates?|defaults?|settings|sample\s+data|test\s+data|demo\s+data|products?"
    r"|catalog(?:ue)?s?|skus?|plans?)\b)"
)

# "Confluence Data Center", "Jira Data Center": an edition of a product, not hosting.
# Checked after "data center" in the security rule of _security.
EDITION_DATA_CENTER = not_behind(*(
    f"{p} data{sep}cent{end}"
    for p in ("confluence", "jira", "jira software", "jira service management", "bitbucket",
              "bamboo", "crowd", "atlassian", "jira align", "gitlab")
    for sep in (" ", "-")
    for end in ("er", "re")
))  # fmt: skip

# "the device has not checked in for 14 days": a device out of touch, which a wipe or
# lockout policy acts on (security), not people who stopped doing something. Checked
# after the verb of the inactivity rule of promises.tagging_rules_cross.
_DEVICES = ("device", "devices", "phone", "phones", "tablet", "tablets", "laptop", "laptops",
            "endpoint", "endpoints", "handheld", "handhelds", "app", "agent")  # fmt: skip
DEVICE_INACTIVE = not_behind(*(
    f"{d} {v}"
    for d in _DEVICES
    for v in ("has not", "have not", "hasn't", "haven't", "hasn’t", "haven’t", "did not",
              "didn't", "didn’t")
))  # fmt: skip

# "a VPAT based on the Section 508 standard": a paper written to a standard, not a rule
# computing from a value. Checked after "based on" in the logic rule of tagging_rules.
BASED_ON_STANDARD = (
    r"(?!\s+(?:the\s+)?(?:latest\s+|current\s+)?(?:section\s+508|wcag|en\s+301\s+549|vpat"
    r"|iso\s*\d|nist|owasp|cis\s+(?:benchmark|controls?)|soc\s*2|pci))"
)

# "the right-to-left layout to mirror correctly in Arabic": a layout mirrored on screen,
# not data mirrored. Checked after "mirror" in the data rule of promises.tagging_rules_generic.
MIRRORED_LAYOUT = (
    r"(?!\s+(?:correctly|properly|horizontally|visually|cleanly|faithfully|as\s+expected"
    r"|(?:the\s+)?(?:layouts?|ui|interfaces?|screens?|icons?|navigation|charts?|menus?)\b))"
)

# "the Portuguese-language interface", "the Arabic right-to-left interface": a screen
# people read, not a system interface. Checked after "interface" in _cross.
UI_INTERFACE = not_behind(*(f"{w} interface" for w in UI_WORDS))

# "4 GB of RAM": a device's memory, not a data volume. Checked after the unit of the
# volume rule of promises.tagging_rules.
DEVICE_MEMORY = r"(?!\s+(?:of\s+)?(?:ram|memory|vram|gpu\s+memory)\b)"

# "$0.004 per API call": a unit of a price, not an API that moves data. Checked after
# "api" in the data rule of promises.tagging_rules_generic.
API_AS_UNIT = r"(?<!per\sapi)"

# "refreshed weekly from production": how often, between a copy and where it comes from.
# Checked after the copy verb of the production-copy rule of promises.tagging_rules_generic.
CADENCE = (
    r"(?:(?:nightly|daily|weekly|monthly|quarterly|hourly|automatically|every\s+[\w-]+"
    r"|each\s+[\w-]+|once\s+a\s+[\w-]+)\s+)?"
)

# "confidential computing", "edge computing": a field of computing, not a value the
# product computes. Checked after "comput" in the calculation rule of tagging_rules.
COMPUTING_AS_FIELD = not_behind(*(
    f"{w} comput"
    for w in ("confidential", "cloud", "edge", "serverless", "high-performance", "quantum",
              "end-user", "utility", "grid", "distributed", "spatial", "green", "secure")
))  # fmt: skip
# "compute credits", "compute hours", "a compute cluster": the resource we sell or host,
# not a value the product computes. Checked right after the calculation word.
COMPUTE_AS_RESOURCE = (
    r"(?!(?<=\bcompute)[\s-]+(?:credits?|hours?|units?|capacity|costs?|resources?|nodes?"
    r"|clusters?|instances?|spend|usage|power|tiers?|warehouses?|quotas?|budgets?|minutes"
    r"|pools?|engines?|layers?|limits?|consumption)\b)"
)

# The people who relay an ask: "The CSM for Globex reports they want ...", "our customer
# success manager says". Matched here instead of as phrases of COMMERCIAL_TERMS (_flags).
RELAYER_PHRASES = ("csm", "customer success manager", "technical account manager", "tam")
_RELAYERS = r"(?:csm|customer[\s-]+success\s+manager|technical\s+account\s+manager|tam)"
_SAYS = (
    r"(?:says|said|reports|reported|relays|relayed|mentions|mentioned|notes|noted|writes"
    r"|wrote|tells\s+us|told\s+us|passes\s+on|passed\s+on|confirms|confirmed|flags|flagged"
    r"|explains|explained|adds|added|shares|shared|forwards|forwarded|hears|heard|asks"
    r"|asked|thinks|believes|feels|reckons|raises|raised|warns|warned|learned|learnt)"
)

# "Per our CSM, ...", "according to their TAM": the source of the ask. Checked after the
# role in the relayer rule below.
_RELAYED_VIA = not_behind(*(
    f"{via} {whose}{role}"
    for via in ("per", "as per", "according to", "from", "via", "through")
    for whose in ("", "the ", "our ", "their ")
    for role in ("csm", "tam", "customer success manager", "customer-success manager",
                 "technical account manager")
))  # fmt: skip

# --- rules ----------------------------------------------------------------------------------

TECH_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # A named success manager is a term; one who passes the ask on is the messenger.
    r"\b" + _RELAYERS + r"s?\b(?!(?:\s+(?:for|at|of|on|covering|managing|looking\s+after)\s+"
    r"(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,2}?)?\s*,?\s+" + _SAYS + r"\b)" + _RELAYED_VIA,
    # Paying by use: "usage-based pricing at $0.004 per API call", "pay-as-you-go",
    # "unused prepaid commitment rolling over", "committed spend".
    # Their own billing of their customers is product behaviour ("usage-based billing for
    # their subscribers").
    r"\b(?:usage|consumption|metered|seat|outcome)[\s-]+based\s+(?:pricing|billing|fees?"
    r"|charges?|licen[cs]ing|plans?|model)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:their|its)\s+"
    r"(?:own\s+)?(?:customers|subscribers|clients|members|users|tenants|buyers|merchants"
    r"|shoppers|accounts)\b)|\bpay[\s-]as[\s-]you[\s-]go\b|\bpay[\s-]per[\s-]use\b"
    r"|\b(?:prepaid|pre-paid|committed)\s+(?:spend\s+)?(?:commitments?|commits?|spend"
    r"|drawdowns?)\b|\bminimum\s+(?:annual\s+)?(?:spend\s+)?commit(?:ment)?s?\b"
    r"|\b(?:pricing|billing|billed|invoiced)\s+at\s+(?:\$|€|£|usd|eur|gbp)",
    # Buying through a cloud marketplace: "an AWS Marketplace private offer", "counts
    # against their Enterprise Discount Program commitment", "their MACC".
    r"\bprivate\s+offers?\b|\b(?:buy|buys|bought|buying|purchas\w*|procur\w*|transact\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:through|via|on|from)\s+(?:the\s+|their\s+|an?\s+)?(?:aws|azure"
    r"|google\s+cloud|gcp|microsoft(?:\s+commercial)?|cloud|snowflake|salesforce|oracle)?\s*"
    r"(?:app\s+)?marketplace\b|\benterprise\s+discount\s+program\b|\bmacc\b|\b(?:microsoft\s+azure|azure)\s+"
    r"consumption\s+commitment\b|\b(?:counts?|counting|counted|draws?\s+down"
    r"|burns?\s+down|retires?)\s+(?:against|toward|towards|down)\s+(?:their|the|its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:commit(?:ment)?s?|spend|edp|macc)\b",
    # A rate of ours: "billed at the same per-seat rate", "the per-user price", and the
    # licence counted that way: "per-placement pricing instead of per-seat licences".
    r"\b(?:per[\s-](?:seat|user|licen[cs]e|agent|member|device|named[\s-]user)|seat|licen[cs]e"
    r"|subscription)\s+(?:rates?|prices?|pricing|costs?)\b" + PRICE_MOVES_BY_RULE
    + r"|\bper[\s-](?:seat|user|agent|device|named[\s-]user|concurrent[\s-]user)\s+licen[cs]"
    r"(?:es?|ing)\b"
    + r"|\b(?:billed|invoiced|charged)\s+(?:at"
    r"|on)\s+(?:the\s+)?(?:same|current|standard|list|agreed|shared|existing|usual)\b",
    # Work paid for out of what they already pay: "priced within the current contract",
    # "covered under their existing subscription".
    r"\b(?:priced|covered|absorbed|paid\s+for|funded)\s+(?:within|under|by|from|in|into"
    r"|as\s+part\s+of)\s+(?:the|their|our)\s+(?:current|existing|present|annual|base|same)\s+"
    r"(?:[\w-]+\s+)?(?:contract|subscription|licen[cs]e|plan|agreement|fees?|price|order\s+form"
    r"|renewal)s?\b",
    # Renewal and channel terms: new seats co-termed with the contract, a price escalator,
    # a prorated renewal, a reseller's margin.
    r"\bco[\s-]?term(?:s|ed|ing|inous|inated|ination)?\b|\b(?:price|pricing|annual|yearly"
    r"|renewal|fee|rate)\s+escalators?\b|\bescalator\s+(?:clauses?|caps?)\b|\bp" + NOT_EVERY_CHARGE
    + r"ro[\s-]?rat(?:e|ed"
    r"|es|ing|a)\s+(?:the\s+|their\s+)?(?:renewal|seats?|licen[cs]es?|subscriptions?|invoices?"
    r"|fees?|charges?|true[\s-]?ups?)\b|\b(?:renewal|seats?|licen[cs]es?|subscriptions?|fees?"
    r"|charges?|invoices?)\s+(?:[\w-]+\s+)?pro[\s-]?rat(?:ed|a)\b|\b\d+(?:\.\d+)?\s?%\s+"
    r"(?:partner\s+|reseller\s+|resale\s+|channel\s+)?margins?\s+(?:on|for)\b|\b(?:partner"
    r"|reseller|resale|channel|distributor)\s+margins?\b",
    # An extra charge of ours removed: "without the usual add-on fee", "the add-on price".
    r"\b(?:without|minus|waiving|excluding|instead\s+of|no)\s+(?:the\s+|their\s+|our\s+|any\s+)?"
    r"(?:usual|standard|normal|regular|list|separate|current|added|extra|additional)\s+"
    r"(?:[\w-]+\s+)?(?:fees?|charges?|surcharges?|uplifts?|costs?)\b|\badd[\s-]?on\s+(?:fees?|charges?|prices?|pricing)\b",
)  # fmt: skip

_WHO_SWITCHED = (
    r"(?:each\s+|every\s+|all\s+|the\s+|their\s+|some\s+|specific\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:users?|roles?|groups?|departments?|teams?|contractors?|staff|employees|tenants?"
    r"|accounts?|business\s+units?)\b"
)

TECH_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # A device the app refuses: "refuse to launch on jailbroken or rooted devices".
    r"\b(?:jail[\s-]?broken|rooted)\s+(?:or\s+(?:jail[\s-]?broken|rooted)\s+)?(?:[\w-]+\s+)?"
    r"(?:devices?|phones?|tablets?|handsets?|iphones?|androids?)\b",
    # Answers or results kept to what a person may see: "answer only from documents the
    # user is permitted to see", "permission-aware search".
    r"\b(?:permitted|allowed|authori[sz]ed|entitled|cleared)\s+to\s+(?:see|view|access|read"
    r"|open|download)\b|\b(?:permission|security)[\s-](?:aware|trimm(?:ed|ing))\b",
    # Credentials that live briefly: "short-lived credentials issued from Vault".
    r"\b(?:short[\s-]lived|ephemeral|dynamic|just[\s-]in[\s-]time|long[\s-]lived|static)\s+"
    r"(?:[\w-]+\s+)?(?:credentials?|secrets?|tokens?|access\s+keys?|certificates?)\b",
    # Their data kept out of model tuning: "no customer data is used to fine-tune the model".
    r"\bused\s+(?:for|to|in)\s+(?:fine[\s-]?tun|retrain)\w*|\b(?:fine[\s-]?tun(?:e|es|ed|ing)"
    r"|retrain(?:s|ed|ing)?)\s+(?:any\s+|our\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+)?models?\b",
    # A feature switched on or off for some people: "the AI features switched off for
    # users in their legal department", "toggle the assistant on or off per role".
    r"\b(?:features?|functionality|capabilit(?:y|ies)|modules?|assistants?|copilots?|chatbots?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:switched|turned|toggled)\s+(?:on\s+or\s+off|off\s+or\s+on|off|on)\s+"
    r"(?:for|per)\s+" + _WHO_SWITCHED + r"|\b(?:switch|turn|toggle)(?:es|s|ed|ing)?\s+(?:the\s+"
    r"|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:features?|functionality|capabilit(?:y|ies)|modules?"
    r"|assistants?|copilots?|chatbots?)\s+(?:on\s+or\s+off|off\s+or\s+on|off|on)\s+(?:for|per)\s+"
    + _WHO_SWITCHED,
    # Data centre as a place, with the products named after one left out (above).
    r"\bdata[\s-]cent(?:er|re)" + EDITION_DATA_CENTER + r"s?\b",
)  # fmt: skip

TECH_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A person takes over from the model: "low-confidence AI answers handed to a human
    # agent for review", "human-in-the-loop approval".
    r"\b(?:hand|hands|handed|pass|passes|passed|send|sends|sent|escalat(?:e|es|ed)|rout(?:e|es|ed)"
    r"|transferr?(?:s|ed)?)\s+(?:off\s+|over\s+|on\s+)?to\s+(?:a\s+|the\s+)?(?:human|live|real)\s+"
    r"(?:agents?|reviewers?|people|person|operators?)\b|\bhuman[\s-]in[\s-]the[\s-]loop\b"
    r"|\b(?:low|high)[\s-]confidence\s+(?:ai\s+|model\s+)?(?:answers?|scores?|predictions?"
    r"|matches|results?|replies|suggestions?|classifications?)\b",
    # A second person before a record goes on: "a second reviewer required on any quote",
    # "two signers before a supplier record goes live", "dual sign-off".
    r"\b(?:second|two|2|dual|double)\s+(?:independent\s+|separate\s+|different\s+)?"
    r"(?:reviewers?|signers?|signatories|signatures?|sign[\s-]?offs?|checkers?|pair\s+of\s+eyes)\b",
    # A status that stops work: 'a contract status of "On Hold - Credit" that blocks new
    # orders', "a stage which prevents invoicing".
    r"\b(?:status|stage)\s+of\s+['\"“‘]|\b(?:status(?:es)?|stages?)\b[^.;]{0,40}?\b(?:that"
    r"|which)\s+(?:automatically\s+)?(?:blocks?|prevents?|stops?|locks?|freezes?|disables?)\b",
)  # fmt: skip
