"""Seed trigger rules by sentence shape rather than by trade: what held-out batches 42
(contract lifecycle and legal operations), 43 (marketing automation and customer data)
and 44 (construction and commercial property), then 45 (education software), 46
(manufacturing and industrial IoT) and 48 (subscription billing) taught that is not their
vocabulary. From 45-48 also: whose price a sentence talks about. Our price unit, a cap on
our uplift or a credit on our invoice is terms; their discount applied automatically,
their fees recognized as revenue or payment terms on invoices to their customers is a rule
the product runs for them (custom logic), not terms.

Split out of promises.tagging_rules; the same conventions apply. The rules here are
added to those of promises.tagging_rules_logic (GENERAL_LOGIC_RULES), _security
(GENERAL_SECURITY_RULES), _data (GENERAL_DATA_RULES) and _flags (GENERAL_TERMS_RULES), so
they reach CONCRETE_RULES; the checks named NOT_* are used by the rules they qualify
elsewhere.

A business rule is often said without a rule word: a flow that branches on a score, a
review skipped ("skip legal review and go straight to signature"), quiet hours ("no SMS
goes out between 9pm and 8am"), records merged or deduplicated on a key ("their customer
number, not email, used as the key for deduplicating contacts"), a setting changed from
our default, a frequency cap, a record blocked until papers are on file. Access is said
as what a person may do ("able to view ... but not edit it"), an audit trail as "logs of
every ...". Words with another meaning in a trade count only with a companion that fixes
the meaning: "held" as an adjective ("a held matter") is no hold step, a guard on a legal
hold is that hold, retention withheld from a fee is money, "who can approve" names a
role, an approval "as soon as they are approved" is a time, a named person's records are
no named contact of ours, a count after a cap is no volume, and extraction of clauses or
obligations is reading a document, not moving data.
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_secvendor import FIREWALL_AS_SOURCE
from promises.tagging_vocab_tech import LANGUAGES

# Steps a flow can skip; a security check skipped is that control's business.
_STEP = (
    r"(?:reviews?|approvals?|checks?|sign[\s-]?offs?|steps?|stages?|verifications?"
    r"|countersignatures?)"
)

GENERAL_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "branch on predicted churn score into three paths", "branches by region".
    r"\bbranch(?:es|ed|ing)?\s+(?:on|by|based\s+on)\b",
    # "skip legal review and go straight to signature", "bypass the registrar's check".
    r"\b(?:skip|skips|skipped|skipping|bypass|bypasses|bypassed|bypassing)\s+(?:the\s+"
    r"|their\s+|a\s+|an\s+|any\s+)?(?!(?:security|mfa|sso|2fa|virus|malware)\b)"
    r"(?:[\w'’-]+\s+){0,2}?" + _STEP + r"\b",
    r"\b(?:go|goes|going|went|sent|routed|moved?|pass(?:es|ed)?)\s+straight\s+(?:through\s+)?"
    r"to\b",
    # Quiet hours and send windows: "no SMS goes out between 9pm and 8am".
    r"\bquiet\s+hours\b|\bsend(?:ing)?\s+windows?\b"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:(?:goes|go|is|are|gets?|to\s+be)\s+)?(?:out|sent"
    r"|delivered|dispatched)\s+between\b",
    # Records merged, matched or deduplicated on a key.
    # Not a "dedupe key" on a message, which makes delivery idempotent (data movement).
    r"\bde-?dup(?:e|es|ed|ing|licat(?:e|es|ed|ing|ion))\b(?!\s+(?:keys?|ids?|headers?|tokens?)\b)",
    r"\b(?:merg|dedup|de-dup)\w*\s+(?:[\w'’-]+\s+){0,3}?on\s+(?:their\s+|the\s+|a\s+|an\s+)?"
    r"(?:hashed\s+)?[\w-]+\s+(?:ids?|numbers?|emails?|keys?|codes?|addresses?|first)\b",
    r"\bas\s+the\s+(?:[\w-]+\s+)?key\s+(?:for|to|when)\s+(?:de-?dup\w*|match\w*|merg\w*"
    r"|identif\w*|link\w*|join\w*)",
    r"\b(?:identity|entity|record)\s+resolution\b",
    # Content filled in by rule: "a token that inserts the contact's nearest store name
    # into subject lines", "the guest's tier inserted into the confirmation header".
    r"\b(?:inserts?|inserted|inserting)\s+(?:[\w'’-]+\s+){0,5}?(?:into|in)\s+(?:the\s+"
    r"|their\s+|each\s+|every\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:subject\s+lines?|fields?"
    r"|templates?|headers?|footers?|greetings?|bod(?:y|ies)|salutations?|letters?|emails?"
    r"|messages?|texts?)\b",
    # A setting changed from ours for one account: "instead of our default 7-day window".
    r"\binstead\s+of\s+(?:our|the)\s+(?:standard\s+|usual\s+|current\s+)?default\b",
    # A frequency cap: "max 3 marketing emails per contact per week".
    r"\b(?:frequency|send|contact|message|touch)\s+caps?\b"
    r"|\bcapped\s+at\s+(?:max\s+|a\s+maximum\s+of\s+)?\d+\s+(?:[\w-]+\s+){0,2}?per\b",
    # A record kept back until papers are on file: "blocked in the induction module until
    # their insurance certificate and safety induction are both on file".
    r"\b(?:block|blocked|kept|barred|stopped|prevented|locked)\s+(?!until\b)[^.;]{0,60}?"
    r"\buntil\b[^.;]{0,80}?\b(?:on\s+file|uploaded|received|provided|submitted|in\s+place)\b",
)

# "a fire-rated firewall zone", "a two-hour firewall": a wall in a building, not a network
# control. Checked behind "firewall" (behind the word, so the rule still starts on a
# letter and joins the shared first-letter scan of promises.tagging).
NOT_A_BUILDING_WALL = (
    r"(?<!rated\sfirewall)(?<!rated-firewall)(?<!hour\sfirewall)(?<!hour-firewall)"
)

GENERAL_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "able to view a profile's consent history but not edit it".
    r"\b(?:view|see|read|open)\s+(?:[\w'’-]+\s+){0,5}?but\s+not\s+(?:to\s+)?(?:edit|change"
    r"|modify|delete|export|download|update|amend|alter)\b",
    r"\bfirewall" + NOT_A_BUILDING_WALL + FIREWALL_AS_SOURCE + r"s?\b",
    # "logs of every audience export", "a log of each removal".
    r"\blogs?\s+of\s+(?:every|each|all)\b",
    # Credentials that end on their own: "workspace tokens to auto-expire after 90 days".
    r"\b(?:tokens?|keys?|passwords?|credentials?|secrets?)\s+(?:to\s+|will\s+|must\s+"
    r"|should\s+)?(?:auto-?|automatically\s+)expire[sd]?\b",
)

GENERAL_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Where records are sent: "a TikTok Ads audience destination", "an event destination".
    r"\b(?:audience|data|event|ads?|activation|sync|export)\s+destinations?\b",
    # Lists kept on an ad platform: "removed from all ad platform audiences".
    r"\b(?:ad|ads|advertising|paid[\s-]social)\s+(?:platform\s+|network\s+)?audiences?\b",
)

GENERAL_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Part of our price: "at half price for the first year".
    r"\b(?:at|for)\s+half\s+(?:the\s+)?(?:list\s+)?price\b|\bhalf[\s-]price\b",
    # "unlimited free seats for subcontractors", "complimentary licences".
    r"\b(?:unlimited\s+)?(?:free|complimentary|no[\s-]cost)\s+(?:[\w-]+\s+)?(?:seats?"
    r"|licen[cs]es?|logins?)\b",
)

# "a held matter", "every file in a held workspace": an adjective, not a hold step.
# Checked behind the hold verbs of promises.tagging_rules.
NOT_HELD_ADJECTIVE = r"(?<!\ba\sheld)(?<!\bthe\sheld)(?<!\bany\sheld)(?<!\bevery\sheld)"
# "unless a legal hold applies", "unless a litigation hold is set": a guard on a legal
# hold (its other name too) is the hold (security).
UNLESS_LEGAL_HOLD = (
    r"(?!\s+(?:(?:a|the|an\s+active|any)\s+|(?:flagged|marked)\s+for\s+(?:a\s+)?"
    r"|(?:under|on)\s+(?:a\s+)?)(?:legal|litigation)\s+holds?\b)"
)
# "anyone who can approve a change order": a role, not an approval step. Checked behind
# "approv".
WHO_CAN_APPROVE = r"(?<!who\scan\sapprov)(?<!who\smay\sapprov)(?<!that\scan\sapprov)"
# "pushed to Sage as soon as they are approved": the approval as a time, not a step.
# Checked behind "approved".
APPROVED_AS_TIME = (
    r"(?<!as\ssoon\sas\sthey\sare\sapproved)(?<!as\ssoon\sas\sit\sis\sapproved)"
    r"(?<!as\ssoon\sas\sthey['’]re\sapproved)(?<!as\ssoon\sas\sit['’]s\sapproved)"
)
# "a named contact's consent history": a person's records, not a named contact of ours.
NOT_A_NAMED_PERSON = r"(?!['’]s?\b)"
# "a frequency cap of max 3 marketing emails": a count after a cap is no volume moved.
# Checked behind the first digit of a volume.
NOT_A_CAPPED_COUNT = (
    r"(?<!cap\sof\smax\s\d)(?<!cap\sof\s\d)(?<!capped\sat\s\d)(?<!capped\sat\smax\s\d)"
    r"(?<!cap\sof\sup\sto\s\d)"
    # "every sender limited to 200 outbound emails per day" (batch 49): a cap too.
    r"(?<!limited\sto\s\d)(?<!capped\sto\s\d)(?<!limit\sof\s\d)"
)
# "clause extraction", "obligation extraction from signed leases": reading a document,
# not moving data. Checked behind "extract" (see NOT_A_BUILDING_WALL).
NOT_DOCUMENT_EXTRACTION = "".join(
    rf"(?<!{w}extract)"
    for w in (r"clause\s", "clause-", r"clauses\s", r"obligation\s", "obligation-",
              r"obligations\s", r"metadata\s", r"term\s", r"key\sdate\s")
)  # fmt: skip
# "withheld as retention", "retention-release": money kept back from a payment (see
# promises.tagging_rules_trades), not data kept. Checked behind "retention".
RETENTION_AS_MONEY = (
    r"(?<!withheld\sas\sretention)(?<!held\sback\sas\sretention)(?<!held\sas\sretention)"
    r"(?<!kept\sas\sretention)(?![\s-]+releases?\b)"
)
# "the redlining interface available in French and German": a screen people read, not a
# system interface. Checked after "interface" in promises.tagging_rules_cross.
INTERFACE_READ_IN = (
    r"(?!s?\s+(?:(?:is\s+|be\s+|to\s+be\s+)?(?:available|offered|shown|displayed|translated)"
    r"\s+)?in\s+(?:" + "|".join(LANGUAGES) + r")\b)"
)

# Batches 45 (education software), 46 (manufacturing and industrial IoT) and 48
# (subscription billing) taught more shapes of the same kind, added to the tuples above.
GENERAL_LOGIC_RULES += regex_rules(
    "custom_logic",
    # Records placed by a rule: "assigns students to sections by grade level", "allocates
    # each lead to a rep based on territory".
    r"\b(?:assign|assigns|assigned|assigning|allocat(?:e|es|ed|ing)|places|placed)\s+"
    r"(?:[\w'’-]+\s+){1,3}?to\s+(?:[\w-]+\s+){0,2}?(?:by|based\s+on|according\s+to)\b",
    # A step gated on another: "exported to their SIS only after the instructor marks the
    # section as final", "synced nightly, but only after the schedule is locked".
    r"\bonly\s+(?:after|once)\s+(?:the|a|an|their|its|each|every|all)\s+[^.;,]{0,60}?\b(?:is"
    r"|are|has\s+been|have\s+been|gets?|marks?|locks?|signs?|approves?|closes?|releases?)\b",
    # Rounding and reference dates a calculation follows: "rounded to the nearest cent",
    # "the rate from the last business day of the prior month".
    r"\brounded\s+(?:up\s+|down\s+)?to\s+the\s+nearest\b|\brounding\s+(?:rule|mode)s?\b",
    r"\b(?:last|first|final)\s+(?:business|working|calendar|banking|trading)\s+day\s+of\s+the\s+"
    r"(?:prior|previous|preceding|following|next)\s+(?:month|quarter|year|week|period)\b",
    # A choice each of their units makes: "each account can pick any day from 1 to 28".
    r"\b(?:each|every)\s+(?:[\w-]+\s+)?(?:accounts?|customers?|tenants?|sites?|users?|locations?"
    r"|plants?|schools?|stores?|members?|clients?|branch(?:es)?)\s+(?:can|may|gets\s+to"
    r"|is\s+able\s+to)\s+(?:pick|choose|select|set)\b",
    # When something counts: "recognized ratably over the contract term", "treated
    # prospectively", a schedule that restarts from a date.
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:ratably|straight[\s-]line|evenly|over\s+(?:the|a|its)"
    r"|on\s+(?:delivery|acceptance|go-live)|at\s+(?:delivery|acceptance|invoic\w*)|upon)\b",
    r"\b(?:prospective|retrospective|retroactive)\s+(?:treatment|adjustments?|application"
    r"|recalculations?)\b",
    r"\b(?:restart|restarts|reset|resets|recalculat\w*)\s+from\s+(?:the\s+)?[\w-]+\s+dates?\b",
    r"\bpro-?rat(?:ed|es?|ing)\s+(?:by|per|to)\s+(?:the\s+)?(?:calendar\s+|business\s+)?"
    r"(?:day|week|month|hour|minute)\b",
    # A retry or step schedule: "retry failed cards on days 1, 3 and 7".
    r"\bretr(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){0,4}?(?:on|after)\s+days?\s+\d",
    # Balances carried forward: "unused prepaid credits to roll over for one term".
    r"\b(?:unused|remaining|leftover|left-over)\s+(?:[\w-]+\s+){0,2}?(?:to\s+|will\s+|must\s+"
    r"|should\s+)?roll(?:s|ed)?\s+over\b"
    # Carried into our next contract term ("unused compute credits should roll over into
    # the next contract year"): a term of our deal, not their balance rule.
    r"(?!\s+(?:in)?to\s+(?:the\s+|their\s+|our\s+)?(?:next\s+|following\s+|new\s+)?"
    r"(?:contract|subscription|licen[cs]e|renewal|order\s+form)s?\b)",
    # A count in a window as a trigger: "logged three times in one week".
    r"\btimes\s+(?:in|within)\s+(?:one|a|an|the\s+same|any|\d+)\s+(?:[\w-]+\s+)?(?:week|day"
    r"|month|hour|shift|minutes?|hours|days|weeks)\b",
    # A step in their flow: "a parental consent e-signature step", "an attestation step".
    r"\b(?:e-?signature|signature|consent|attestation|acknowledge?ment)\s+steps?\b",
    # Values translated into their own scheme: "letter grades mapped to their own 4.5-point
    # GPA scale", "statuses mapped onto the customer's own codes".
    r"\bmapped\s+(?:to|onto|into)\s+(?:their|its|the\s+customer['’]s|the\s+client['’]s)\s+own\b",
    # Messages written in a language chosen by rule: "dunning emails sent in French or
    # German for EU accounts", "reminder letters issued in Welsh".
    r"\b(?:e-?mails?|messages?|notices?|letters?|reminders?|invoices?|texts?|sms|statements?)\s+"
    r"(?:[\w-]+\s+)?(?:sent|written|issued|generated|delivered|printed)\s+in\s+(?:"
    + "|".join(LANGUAGES)
    + r")\b",
    # Their own invoices to their customers: "payment terms on invoices to their
    # enterprise segment" is a rule the product applies, not our terms.
    r"\b(?:invoices?|bills?|statements?|quotes?)\s+(?:sent\s+|issued\s+|raised\s+)?to\s+their\s+"
    r"(?:own\s+)?(?:[\w-]+\s+)?(?:customers?|clients?|members?|tenants?|subscribers?|patients?"
    r"|students?|parents?|buyers?|dealers?|resellers?|accounts?|segments?)\b",
)

GENERAL_SECURITY_RULES += regex_rules(
    "security",
    # "card numbers must never touch our servers".
    r"\bnever\s+(?:touch|touches|reach|reaches|hit|hits|pass\s+through|transit|be\s+stored\s+on)"
    r"\s+(?:our|the\s+vendor['’]s|your|any\s+of\s+our)\s+(?:servers?|systems?|infrastructure"
    r"|databases?|network|cloud)\b",
)

GENERAL_DATA_RULES += regex_rules(
    "data_movement",
    # Store and forward: "buffer 72 hours of tag data and forward it on reconnect".
    r"\b(?:on|upon|after)\s+reconnect(?:ion|ing|s)?\b",
    # A file mailed or sent on: "a daily Excel file of scrap by line emailed to the quality
    # manager", "a monthly PDF of stale credentials sent to their CISO" (a report emailed
    # to someone stays custom logic, see promises.tagging_rules); a link to files as well:
    # "share links emailed to their clients" (batch 73's round).
    r"\b(?:files?|exports?|extracts?|spreadsheets?|xlsx|csv|excel|pdfs?|(?:share|download)\s+links?)"
    r"\b(?:\s+(?!reports?\b)"
    r"[\w'’-]+){0,8}?\s+(?:e-?mailed|mailed|sent)\s+to\b",
)

GENERAL_TERMS_RULES += regex_rules(
    "commercial_terms",
    # Money off our invoice: "a $10k credit on our invoice if it slips".
    r"\bcredits?\s+(?:on|against|off)\s+our\s+(?:next\s+)?invoices?\b",
    # A price after a free start: "at $0 through June 30, then $8 per student".
    r"\bthen\s+(?:\$|€|£)\s?\d|\bat\s+(?:\$|€|£)\s?0\b(?![\d.,])",
    # "at a flat $25,000 fee".
    r"\bflat\s+(?:\$|€|£)\s?[\d,.]+\s*k?\s+(?:one-time\s+|one-off\s+)?(?:fee|price|charge|rate)\b",
)

# Our price unit, not a cut of their records: "per-site licensing", "the first 500 tags
# per site included in the license". Checked after the unit of the per-<unit> rule.
OUR_PRICE_UNIT = (
    r"(?!\s+(?:licen[cs]\w*|pric\w*|fees?|subscriptions?|included|per\s+(?:year|month"
    r"|annum)))"
)
# "no annual uplift above 3%", "increases capped above": a cap on our price, not a rule's
# threshold. Checked behind the threshold word.
NOT_A_PRICE_CAP = (
    r"(?<!uplift\sabove)(?<!uplifts\sabove)(?<!increase\sabove)(?<!increases\sabove)"
    r"(?<!uplift\sover)(?<!uplifts\sover)(?<!increase\sover)(?<!increases\sover)"
)
# "transfer credits", "credits earned": a student's credits, not money off our invoice;
# "credits to roll over" is their balance. Checked around "credits" in
# promises.tagging_rules_flags.
NOT_OUR_CREDIT = (
    r"(?<!transfer\scredits)(?!\s+(?:earned|attempted|completed|transferred|to\s+roll|rolls?\s+over"
    r"|roll\s+over|expire))"
)
# "a 2% early-payment discount applied automatically when the invoice is paid": a
# discount the product grants on their invoices, not money off ours. Checked after
# "discount" in promises.tagging_rules_flags.
DISCOUNT_APPLIED = (
    r"(?!s?\s+(?:(?:is\s+|are\s+|to\s+be\s+|be\s+|gets?\s+)?(?:applied|calculated|granted|taken)"
    # "A 30% staff discount must apply automatically whenever ...".
    r"|(?:must\s+|should\s+|will\s+|to\s+|would\s+)?appl(?:y|ies))\s+automatically\b)"
)
# "revenue from their implementation fees recognized ratably": fees whose revenue is
# recognized are theirs to account for. Checked after "fee(s)".
FEES_RECOGNIZED = r"(?!\s+(?:are\s+|is\s+|to\s+be\s+|be\s+)?recogni[sz]ed\b)"
# "every prorated charge must be rounded": a class of their charges, not our prorated
# renewal. Checked behind the first letter of "prorated".
NOT_EVERY_CHARGE = r"(?<!every\sp)(?<!each\sp)(?<!any\sp)"
# "net-60 payment terms on invoices to their enterprise segment and net-30 for everyone
# else": terms on their own invoices to their customers, a rule the product applies.
# Checked after the terms in promises.tagging_rules_flags.
ON_THEIR_INVOICES = (
    r"(?![^.;]{0,40}?\binvoices?\s+(?:sent\s+|issued\s+)?to\s+their\b)"
    r"(?!\s+for\s+(?:everyone|everybody|all\s+others|the\s+rest)(?:\s+else)?\b)"
)
