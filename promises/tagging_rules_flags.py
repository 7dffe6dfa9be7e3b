"""Seed rules for the two hard-stop flags: a delivery date, and commercial terms.

Conventions (from the labelled asks): a date for the work is a flag, a window that is
part of the behaviour is not ("deleted within 90 days after contract end", "restore
within four hours", "reminders 45 days before expiry"), and neither is an event with no
date on it ("before launch", "before go-live", "before signature"). Prices and
discounts that are product data ("discounts above 20% blocked", "a pricing rule") are
custom logic, not commercial terms; the money the customer pays us is.
"""

from __future__ import annotations

from promises import tagging_rules_billing as _bl
from promises import tagging_rules_devplat as _dv
from promises import tagging_rules_formal as _fm
from promises import tagging_rules_learning as _le
from promises import tagging_rules_mail as _ml
from promises import tagging_rules_objects as _ob
from promises import tagging_rules_people as _pp
from promises import tagging_rules_tech as _tc
from promises.tagging import Rule, regex_rules
from promises.tagging_rules_clear import CLEAR_TERMS_RULES, FEES_WAIVED_BY_RULE
from promises.tagging_rules_commerce import PRICE_BREAK_AT_QUANTITY
from promises.tagging_rules_cross import CROSS_TERMS_RULES
from promises.tagging_rules_field import BILLED_PER
from promises.tagging_rules_fleet import CARRIED_OVER, FLEET_DATE_RULES
from promises.tagging_rules_general import (
    DISCOUNT_APPLIED,
    FEES_RECOGNIZED,
    GENERAL_TERMS_RULES,
    NOT_A_NAMED_PERSON,
    NOT_OUR_CREDIT,
    ON_THEIR_INVOICES,
)
from promises.tagging_rules_notes import NOTES_DATE_RULES, NOTES_TERMS_RULES
from promises.tagging_rules_ops import OPS_TERMS_RULES
from promises.tagging_rules_sectors import DISCOUNT_BY_RULE, PENALTY_IN_PRODUCT
from promises.tagging_rules_trades import (
    FREE_AS_AVAILABLE,
    NOT_OUR_FEE,
    PRICES_WORKED_OUT,
    not_behind,
)
from promises.tagging_vocab import COMMERCIAL_TERMS, FULL_MONTH, MONTH, NUM


def _phrases(target: str, *phrases: str) -> tuple[Rule, ...]:
    return tuple(Rule(p, target) for p in phrases)


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_UNIT = r"(?:days?|weeks?|months?|sprints?)"
# Signing or closing, and the paper that is signed: "20% off for signing a three-year
# contract before 31 December" dates the contract, not the work.
_SIGNING = ("signed", "sign", "signs", "signing", "closed", "close", "closes", "signature",
            "contract", "contracts", "agreement", "order form", "deal", "msa", "sow", "po",
            "paperwork")  # fmt: skip


def _unless_signing(*words: str) -> str:
    """The words, except right after signing or closing ("if signed by March"): a date
    for the contract is not a date for the work. Checked behind each word, so every
    rule still starts with a literal (see promises.tagging_regex)."""
    return "(?:" + "|".join(w + not_behind(*(f"{s} {w}" for s in _SIGNING)) for w in words) + ")"


# Paying is not delivering: "pay in two instalments, in July and January".
_PAYING = ("pay", "pays", "paid", "paying", "payable", "invoiced", "billed", "prepay")
_INSTALMENTS = ("instalments", "installments", "payments", "tranches")


def _unless_paying(*words: str) -> str:
    """The words, except right after paying or a series of payments (with or without a
    comma): the month of a payment is not a date for the work."""
    behind = [rf"{p}\s" for p in _PAYING]
    behind += [rf"{p}{comma}\s" for p in _INSTALMENTS for comma in ("", ",")]
    return "(?:" + "|".join(w + "".join(rf"(?<!{b}{w})" for b in behind) for w in words) + ")"


# "five refunds in a week" or "three failed logins within one month" is a rate window,
# not a date: a single week or month right after a count of things. Checked behind the
# preposition with fixed-width lookbehinds, one per length of the counted noun.
_COUNTS = (r"\d", r"\b(?:one|two|six|ten)", r"\b(?:four|five|nine)",
           r"\b(?:three|seven|eight|forty|fifty|sixty)", r"\b(?:eleven|twelve|twenty|thirty)",
           r"\bfifteen")  # fmt: skip


def _unless_rate(word: str, unless_behind: str = "") -> str:
    """word, unless "a/an/one <unit>" follows it and "<count> <things>" comes before it,
    or unless_behind (lookbehinds ending with word) rules it out."""
    behind = "".join(
        rf"(?<!{count}\s[a-z][a-z\s-]{{{k}}}s\s{word})" for count in _COUNTS for k in range(18)
    )
    return rf"{word}{unless_behind}(?:(?!\s+(?:a|an|one|1|a\s+single)\s+[a-z]+\b)|{behind})"


# "clawed back if the policy lapses within six months": a window in a rule's condition
# on a record or a person, not a date for the work. Checked behind "within".
_EVENTS = (
    "lapse", "lapses", "lapsed", "cancel", "cancels", "cancelled", "canceled", "churn",
    "churns", "churned", "leave", "leaves", "left", "return", "returns", "returned",
    "terminate", "terminates", "terminated", "expire", "expires", "expired", "default",
    "defaults", "defaulted", "resign", "resigns", "resigned", "quit", "quits", "redeem",
    "redeems", "redeemed", "repaid", "refunded", "reopen", "reopens", "reopened", "die",
    "dies", "died", "claim", "claims", "claimed", "used", "unused", "inactive", "dormant",
)  # fmt: skip
_AFTER_EVENT = "".join(rf"(?<!{e}\swithin)" for e in _EVENTS)


# "if the contract is signed before December 20": a date for the contract, not the work.
# Checked behind the month of the month-and-day rule, one lookbehind per spelling.
_MONTH_WORDS = (
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
)  # fmt: skip
_NOT_SIGNING_DAY = not_behind(
    *(f"{s} {p} {m}" for s in _SIGNING for p in ("by", "before") for m in _MONTH_WORDS)
)
# The same with the day first ("signed by 31 December"), checked behind its digits.
_NOT_SIGNING_DAY_FIRST = "".join(
    not_behind(*(f"{s} {p} " for s in _SIGNING for p in ("by", "before")), tail=digits)
    for digits in (r"\d", r"\d\d")
)
# "15% off if they sign before the end of the month": a deadline for signing, checked
# behind "end".
_NOT_SIGNING_END = not_behind(
    *(f"{s} {p} the end" for s in _SIGNING for p in ("by", "before"))
)
# "the balance on December 1", "payable on May 31": the day money falls due, not the work's.
_NOT_PAYING_DAY = "".join(
    rf"(?<!{w}\s{on}{m})"
    for w in ("balance", "remainder", "payable", "paid", "invoiced", "billed", "payment",
              "instalment", "installment", r"balance\sdue", r"remainder\sdue", r"payment\sdue",
              r"amount\sdue")
    for on in ("", r"on\s")
    for m in _MONTH_WORDS
)  # fmt: skip
# "invoiced each July 1", "at $0 through June 30": a day that recurs or ends a period, not
# the day the work is due (batch 45). Checked behind the month, as above.
_NOT_RECURRING_DAY = "".join(
    rf"(?<!{w}\s{m})" for w in ("each", "every", "through", "thru") for m in _MONTH_WORDS
)

DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    r"\b(?:" + _unless_signing("by", "before", "until", "till")
    + r"|no\s+later\s+than|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?"
    r"(?:(?:end|start|middle|beginning)\s+of\s+)?(?:early\s+|mid[\s-]|late\s+)?" + MONTH
    + r"\b(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)?",
    r"\b" + MONTH + _NOT_SIGNING_DAY + _NOT_PAYING_DAY + _NOT_RECURRING_DAY + _ml.TERM_START
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))",
    r"\b\d{1,2}" + _NOT_SIGNING_DAY_FIRST + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"\b",
    r"\b" + _unless_paying("in", "during") + r"\s+(?:early\s+|mid[\s-]|late\s+)?" + FULL_MONTH
    + r"\b",
    # "1h"/"2h" are usually hours ("RPO 1h"): a half-year only with a year or after "by".
    r"\b(?:q[1-4]|h[12]|1q|2q|3q|4q)\b(?:\s*(?:of\s+)?(?:fy\s*)?'?\d{2,4})?"
    r"|\b(?:1|2)h\s*(?:of\s+)?(?:fy\s*)?'?(?:20)?\d\d\b"
    r"|\b(?:by|before|during|until|in\s+the|for\s+the|ahead\s+of)\s+[12]h\b",
    r"\b(?:by|before|in|for|until|during|end\s+of)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?"
    r"fy\s*'?\d{2,4}\b",
    r"\b(?:first|second|third|fourth|coming|" + _unless_signing("next", "this")
    + r")\s+(?:quarter|half)\b",
    r"\b" + _unless_signing("next", "this") + CARRIED_OVER + r"\s+(?:month|sprint|release)\b"
    r"|\bby\s+next\s+year\b",
    r"\b(?:end" + _NOT_SIGNING_END + r"|start|beginning|middle|close)\s+of\s+(?:the\s+)?"
    r"(?:next\s+|this\s+)?"
    r"(?:week|month|quarter|year|sprint)\b",
    r"\b(?:by|before|until|in)\s+20\d\d\b",
    # A month naming an event of theirs: "before their October reorg".
    r"\b(?:by|before|until|ahead\s+of|in\s+time\s+for)\s+(?:their|the|our)\s+(?:(?:end|start|middle"
    r"|beginning)\s+of\s+(?:their|the|our)\s+)?(?:[\w-]+\s+)?"
    # With a day after the month the full-date rules show the whole date.
    + FULL_MONTH + r"\b(?!\s+\d)",
    r"\b" + FULL_MONTH + r"\s+20\d\d\b",
    r"\b20\d\d-\d\d-\d\d\b",
    # A full date, but not a series of counts ("reminders at 7/14/30 days"); dotted only
    # with a four-digit year, so versions ("1.2.10") stay out.
    r"\b\d{1,2}(?<![4-9]\d)(?:/\d{1,2}/\d{2,4}\b(?![/.]?\d|\s*(?:days?|weeks?|months?|hours?|hrs?"
    r"|minutes?|mins?|d)\b)|\.\d\d?\.20\d\d\b)",
    # Day and month without a year, after a deadline word: "live by 31/01", "before 1.12".
    r"\b" + _unless_signing("by", "before", "until") + r"\s+(?:the\s+)?(?!24/7)"
    r"(?:[0-2]?\d|3[01])/(?:[0-2]?\d|3[01])\b(?!/?\d|\s*(?:%|days?|hours?|of|majority)\b)",
    r"\b(?:by|before|until|this|next|coming)\s+(?:next\s+|this\s+)?" + _WEEKDAY + r"\b",
    r"\b(?:by|before|until|in|during|this|next|over\s+the|for\s+the)\s+(?:the\s+)?"
    r"(?:early\s+|late\s+|mid[\s-])?" + _SEASON + r"\b",
    # School and business calendars: "by the start of the autumn term", "before next
    # semester", "ahead of open enrollment", "by the new fiscal year".
    r"\b(?:" + _unless_signing("by", "before") + r"|ahead\s+of|in\s+time\s+for|no\s+later"
    r"\s+than)\s+(?:the\s+)?(?:(?:start|end|beginning|middle|close|first\s+day|first\s+week"
    r"|last\s+day)\s+of\s+)?(?:the\s+|their\s+|our\s+|next\s+|this\s+)?(?:(?:autumn|fall"
    r"|spring|summer|winter|school|next|new|coming|first|second|third)\s+terms?\b|term\b"
    r"(?<=of\sterm)|(?:(?:new|next|coming|autumn|fall|spring|summer|winter)\s+)?(?:semesters?"
    r"|school\s+year|academic\s+year|trimesters?|fiscal\s+year|financial\s+year|tax\s+year"
    r"|enrol?l?ment(?:\s+period)?|open\s+enrol?l?ment|(?:peak|holiday|busy|back[\s-]to"
    r"[\s-]school)\s+season|" + _SEASON + r")\b)",
    r"\b(?:tomorrow|tonight|by\s+tomorrow|by\s+tonight)\b"
    r"|\bby\s+(?:today|end\s+of\s+(?:the\s+)?day)\b",
    # A window counted from signing is a deadline; "deleted within 90 days after
    # contract end" or "restore within four hours" are retention and recovery terms.
    r"\bwithin\s+" + NUM + r"\s+(?:business\s+|working\s+)?(?:days?|weeks?|months?)\s+"
    r"(?:of|after|from)\s+(?:the\s+)?(?:signing|signature|kick-?off|contract\s+"
    r"(?:start|signature|signing|award)|go-?live|purchase|po|order|award|project\s+start)\b",
    r"\b(?:" + _ml.AFTER_EXIT + r"|built|live|shipped|enabled|implemented|launched|configured"
    r"|set\s+up|in\s+place|working|finished|in\s+production)\b[^.;]{0,40}?\b(?:with)?in\s+"
    r"(?:the\s+next\s+)?" + NUM + r"\s+" + _UNIT + r"\b" + _ml.COUNTED_FROM_EXIT,
    # An outage allowed per window ("more than one hour in a month") is not a date.
    r"\b(?<!hour\s)(?<!hours\s)(?<!minutes\s)(?<!downtime\s)" + _ob.COUNT_IN_WINDOW
    + _unless_rate("in") + r"\s+"
    + NUM + r"\s+(?:weeks?|months?|sprints?)\b",
    # The opening stretch of the contract: "within the first 60 days", "during the first
    # month" (not "the first week of each month", a recurrence).
    r"\b(?:within|during|in|over|by\s+the\s+end\s+of)\s+(?:the|their|our)\s+first\s+(?:"
    + NUM + r"\s+)?(?:days?|weeks?|months?|sprints?)\b(?!\s+of\s+(?:each|every|the\s+month))",
    # Counted from signing, the rule above shows the whole window.
    r"\b" + _unless_rate("within", _AFTER_EVENT) + r"\s+(?:the\s+next\s+)?" + NUM
    + r"\s+(?:weeks?|months?|sprints?)\b(?!\s+(?:after|of|from)\s+(?:the\s+|a\s+)?"
    r"(?:contract\s+(?:end|start|signature|signing|award)|termination|cancell?ation|expiry"
    r"|request|deletion|offboarding|signing|signature|kick-?off|go-?live|purchase|po|order"
    r"|award|project\s+start)\b)",
    r"\b(?:next|this)\s+week\b",
    r"\b" + _unless_signing("by") + r"\s+(?:eo[dwmqy]|cob)\b",
    r"\bby\s+the\s+\d{1,2}(?:st|nd|rd|th)\b",
    r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:week|wk|sprint|release|pi)\s*\d+\b"
    r"|\b(?:by|before)\s+(?:the\s+)?(?:mid[\s-]?year|half[\s-]year|midyear)\b",
    r"\b(?:by|before|until)\s+(?:christmas|thanksgiving|easter|black\s+friday|cyber\s+monday"
    r"|the\s+holidays|(?:the\s+)?new\s+year|(?:their\s+)?year[\s-]end)\b",
)  # fmt: skip

DATE_RULES += NOTES_DATE_RULES  # "cutover on 9/1" (promises.tagging_rules_notes)
DATE_RULES += FLEET_DATE_RULES  # "in our January release" (promises.tagging_rules_fleet)

_SUPPORT_LEVEL = (
    r"(?:premium|premier|priority|enterprise|platinum|gold|silver|24/7|24x7|extended"
    r"|dedicated|named|white[\s-]glove|concierge|vip|weekend|after[\s-]hours|in[\s-]language"
    r"|follow[\s-]the[\s-]sun)"
)

_THEIR_SLA = "".join(
    rf"(?<!{w}\s{sla})"
    for w in ("internal", r"breaching\stheir", r"breach\stheir", r"breached\stheir",
              r"breaches\stheir", r"against\stheir", r"tracks\stheir", r"track\stheir",
              r"tracking\stheir", r"within\stheir", r"their\sinternal", "own")
    for sla in ("sla", "slas")
)  # fmt: skip
# Priority of a support ticket: "P1", "Sev 2", "priority 1", "critical".
_SEVERITY = r"(?:p[1-4]|sev(?:erity)?[\s-]?[1-4]|priority[\s-](?:[1-4]|one|two)|critical|urgent)"

# Phrases of COMMERCIAL_TERMS matched only in the shapes of TERMS_RULES below.
_IN_SHAPES = frozenset((
    "sla", "response time", "first response", "resolution time", "liability",
    "limitation of liability", "indemnity", "indemnification", *_ml.RATE_PHRASES,
    *_tc.RELAYER_PHRASES, *_bl.BILLING_TERM_PHRASES,
))  # fmt: skip
_CLAUSE_HANDLED = (
    r"(?!\s+clauses?\b[^.;]{0,60}?\b(?:rout\w*|flag\w*|deviat\w*|redlin\w*|extract\w*|tagged"
    r"|highlight\w*|compared|review\w*|fallback|playbook|library)\b)"
)

TERMS_RULES: tuple[Rule, ...] = (
    *_bl.BILLING_TERMS_RULES,
    *_dv.DEVPLAT_TERMS_RULES,
    *_phrases("commercial_terms", *(t for t in COMMERCIAL_TERMS if t not in _IN_SHAPES)),
    *regex_rules(
        "commercial_terms",
        # An SLA clock or timer on tickets is a workflow rule (custom logic), not a term.
        # Nor is the customer's own target that a dashboard tracks: "their internal SLA".
        r"\bslas?\b(?![\s-]+(?:clocks?|timers?|countdowns?|breaches|attainment)\b)" + _THEIR_SLA,
        # A response time measured per agent or team is a report metric, not a promise.
        r"\b(?:first[\s-]response|(?:response|resolution)\s+time)" + _tc.RESPONSE_AS_SPEED
        + r"(?!(?:s?\s+times?|s)?\s+(?:per"
        r"|by|for\s+each|across)\b)" + _pp.THEIR_RESPONSE_TARGETS + r"(?:\s+times?|s)?\b",
        # A clause their contract tool handles ("any indemnity clause is routed to senior
        # counsel", "flag any limitation of liability clause that deviates") is a document,
        # not a term of ours.
        r"\b(?:limitation\s+of\s+)?liabilit(?:y|ies)\b" + _CLAUSE_HANDLED,
        # Not a "cost centre" or "cost code", which are fields.
        r"\b(?:at\s+no|no|without(?:\s+any)?)\s+(?:additional\s+|extra\s+)?(?:cost|charge|fee)s?"
        r"\b(?!\s+(?:cent(?:er|re)|code|allocation|object|element|line)s?\b)",
        r"\bfor\s+free\b|\bfree\s+of\s+charge\b",
        # Not a waiver their product grants by rule: "fee waivers for registered nonprofits
        # applied only after a supervisor approves", "the waiver request".
        r"\bwaiv(?:e|es|ed|er|ing)\b(?!s?\s+(?:automatically|requests?|applied)\b)"
        r"(?!s?\s+for\s+(?:[\w-]+\s+){0,2}?(?:nonprofits|applicants|residents|students|guests"
        r"|patients|members|seniors|veterans|families)\b)",
        r"\bincluded\s+in\s+(?:the|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:subscription|licen[cs]e|contract|plan|price|fee|deal|agreement|order)s?\b",
        # Our payment terms, not a property of their own customers ("their Net 30 accounts").
        # Terms on their own invoices to their customers are their rule (promises.
        # tagging_rules_general); "payment terms" left the phrase list to take that check.
        r"\bpayment\s+terms\b" + ON_THEIR_INVOICES + _ob.TERMS_COMPARED + _bl.ROUTED_AHEAD,
        r"\b" + _ob.THRESHOLD_BEHIND + r"net[\s-]?(?:7|10|14|15|30|45|60|75|90|120)\b"
        + ON_THEIR_INVOICES
        + r"(?!\s+(?:accounts?|customers?|clients?|buyers?|vendors?|suppliers?|invoices?|bills?"
        r"|orders?|debtors?))",
        r"\bpenalt(?:y|ies)\b" + PENALTY_IN_PRODUCT,
        r"\bguarantee(?:s|d)?\b" + _fm.GUARANTEE_AS_ASSURANCE,
        r"\bindemn\w*\b" + _CLAUSE_HANDLED,
        r"\b(?:dedicated|named)\s+(?:[\w-]+\s+)?(?:csm|engineer|manager|team|resource|contact"
        r"|consultant|architect|specialist)s?\b" + NOT_A_NAMED_PERSON + _dv.ROUTED_TO_TEAM,
        r"\b" + _SUPPORT_LEVEL + r"\s+support\b",
        r"\b(?:support|coverage|available|availability|respon\w+)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:during|within|in|outside)\s+(?:[\w-]+\s+)?business\s+hours\b",
        r"\bsupport(?<!customer's\ssupport)(?<!customer’s\ssupport)(?<!account's\ssupport)"
        r"(?<!account’s\ssupport)\s+tiers?\b",
        r"\b(?:quarterly|monthly|annual|yearly|month[\s-]to[\s-]month)\s+(?:invoicing|billing"
        r"|payments?|invoices?)\b" + _pp.PAYMENT_AS_FILE,
        # The length of our contract: "an annual contract", "a month-to-month term".
        r"\b(?:an|a|the|one)\s+(?:annual|yearly|month[\s-]to[\s-]month|one[\s-]year"
        r"|12[\s-]month|twelve[\s-]month)\s+(?:contract|term|agreement|commitment|subscription)s?\b",
        # Credits on what they pay us, not gift, tax, course or film credits.
        r"\b(?<!soft\s)(?<!hard\s)(?<!tax\s)(?<!carbon\s)(?<!course\s)(?<!cpe\s)(?<!cme\s)"
        r"(?<!ceu\s)(?<!academic\s)(?<!energy\s)(?<!end\s)(?<!closing\s)(?<!opening\s)"
        r"(?<!matching\s)(?<!gift\s)(?<!store\s)(?<!\d\s)" + _le.LEARNING_CREDITS + r"credits\b"
        + NOT_OUR_CREDIT
        + r"(?!\s+(?:for|if|when|against|toward|towards)\b)",
        # When the customer pays us: "pay in two instalments", "pay the licence in March",
        # "pay quarterly in advance". Their own customers paying is product behaviour.
        r"\bpa(?:y|ys|ying|id)(?<!customers\spay)(?<!patients\spay)(?<!members\spay)"
        r"(?<!users\spay)(?<!buyers\spay)(?<!shoppers\spay)(?<!students\spay)(?<!parents\spay)"
        r"(?<!tenants\spay)(?<!donors\spay)(?<!guests\spay)(?<!clients\spay)\s+(?:us\s+|for\s+"
        r"(?:it\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:licen[cs]es?|subscription|seats?|contract"
        r"|renewal)\s+|the\s+(?:[\w-]+\s+)?(?:licen[cs]e|subscription|contract|invoice|fees?"
        r"|balance|renewal)\s+)?(?:(?:in|by|over|across)\s+(?:full\s+|advance|arrears|" + NUM
        + r"\s+(?:instal\w*|install\w*|parts|tranches|payments|chunks)|" + FULL_MONTH + r"\b"
        r"|equal\s+)|(?:monthly|quarterly|annually|yearly|upfront|up\s+front)\b)",
        r"\b(?:invoic|bill)(?:e|es|ed|ing)?\s+(?:annually|quarterly|monthly|in\s+arrears"
        r"|in\s+advance|upfront|up\s+front)\b",
        r"\b\d{2}(?:\.\d+)?\s?%\s+(?:monthly\s+)?(?:uptime|availability)\b",
        r"\b(?:uptime|availability)\s+(?:commitment\s+|target\s+|guarantee\s+)?(?:of\s+|at\s+)?"
        r"\d{2}(?:\.\d+)?\s?%",
        r"\b\d+(?:\.\d+)?\s?%\s+(?:service\s+)?credits?\b|\b(?<!soft\s)(?<!gift\s)(?<!store\s)credits?\s+(?:for|if|when|against"
        r"|toward|towards)\b",
        r"\b(?:\d+|one|two|four|eight|twelve)" + _tc.RESPONSE_MISSED
        + r"[\s-]?(?:minutes?|hours?|business[\s-]hours?|days?"
        r"|business[\s-]days?)\s+(?:initial\s+)?(?:response|resolution|fix|turnaround"
        r"|acknowledg\w*)\b",
        r"\b(?:respond|responds|resolve|resolves|resolved)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?"
        r"within\b",
        # Support response promised without the word SLA: "priority 1 support tickets
        # answered within 30 minutes", "P1 response in 1 hour", "support around the clock".
        r"\b" + _SEVERITY + r"\s+(?:(?!not\b)[\w-]+\s+){0,2}?(?:answered|responded\s+to|responses?"
        r"|acknowledged|picked\s+up|resolved|fixed)\s+(?:[\w-]+\s+)?(?:within|in|under)\s+"
        + NUM + r"\s*(?:min(?:ute)?s?|h(?:ou)?rs?|h|business\s+(?:hours?|days?))\b",
        r"\b(?:a?round)[\s-]the[\s-]clock\b",  # as "24/7"
        # We pay: "wants us to pay for a penetration test", "at our cost", "our expense".
        r"\bus\s+to\s+(?:pay|fund|foot|cover\s+the\s+cost|bear\s+the\s+cost|absorb\s+the\s+cost)\b"
        r"|\b(?:at|on)\s+our\s+(?:own\s+)?(?:cost|expense|dime)\b|\bour\s+(?:own\s+)?expense\b",
        r"\bterminat" + _ml.TERMINATION_AS_TIME + r"(?:e|es|ed|ing)\s+(?:the\s+|their\s+|this\s+)?"
        r"(?:contract|agreement"
        r"|subscription|order|deal|msa)\b|\bterminat\w*\s+for\s+convenience\b",
        r"\bcancel(?:l?ation)?\s+(?:the\s+|their\s+)?(?:contract|subscription|agreement)\b"
        r"|\bopt[\s-]out\s+(?:clause|right)s?\b",
        r"\brefund(?:s|ed)?\s+(?:of\s+)?(?:the\s+|their\s+|any\s+|all\s+)?(?:fees?|subscription"
        r"|licen[cs]es?|prepaid|unused|payments?|money)\b|\bpro[\s-]?rat(?:a|ed)\s+refund",
        r"\b(?:multi[\s-]year|\d+[\s-]year|two[\s-]year|three[\s-]year|five[\s-]year)\s+"
        r"(?:contract|term|agreement|deal|commitment|price|pricing)s?\b",
        r"\b(?:setup|set-up|implementation|onboarding|training|migration|licen[cs]e"
        r"|subscription|renewal|annual|platform|integration|services|overage|cancellation"
        r"|termination|consulting)\s+fees?\b" + FEES_RECOGNIZED + FEES_WAIVED_BY_RULE,
        r"\b(?:pric\w*|fee" + NOT_OUR_FEE + r"s?|increases?|uplifts?|renewals?|rates?)\s+"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:capped|frozen|held|locked|fixed|protected)\b",
    ),
)  # fmt: skip

# Price shapes, cooperative contracts and retainage (promises.tagging_rules_cross), note
# shorthand such as "paid by us" (_notes) and tender voice ("at its own cost", _formal).
TERMS_RULES += CROSS_TERMS_RULES + NOTES_TERMS_RULES + _fm.FORMAL_TERMS_RULES
TERMS_RULES += _ml.MAIL_TERMS_RULES  # their staff's pay rates are not ours (_mail)
TERMS_RULES += _tc.TECH_TERMS_RULES  # usage pricing, marketplaces, relayers (_tech)
TERMS_RULES += OPS_TERMS_RULES  # our rate card, no additional cost (_ops)
TERMS_RULES += GENERAL_TERMS_RULES  # half price, free seats (_general)
TERMS_RULES += CLEAR_TERMS_RULES  # on-site response, a premium paid us (_clear)

# What the customer pays us for: a discount or a cut on one of these is a commercial term.
_OURS = (
    r"(?:licen[cs]es?|subscriptions?|renewals?|contracts?|seats?|acv|arr|tcv|deal|order\s+form"
    r"|first\s+(?:year|yr|invoice|term)|(?:year|yr)\s+(?:one|1)|y1|(?:licen[cs]e|subscription"
    r"|platform|annual|implementation|setup|set-up|onboarding|service|support|seat|per[\s-]seat"
    r"|renewal|contract)\s+(?:fees?|prices?|pricing|costs?|rates?)|add-?ons?" + BILLED_PER + ")"
)

# Generic commercial words: they say what kind of term it is but name nothing concrete.
GENERIC_TERMS_RULES: tuple[Rule, ...] = (
    *_phrases("commercial_terms", "professional services"),
    *regex_rules(
        "commercial_terms",
        # Not free work: "free-text", "a free email domain", "free shipping" for their buyers.
        r"\bfree(?<!-free)\b" + FREE_AS_AVAILABLE + _ml.FREE_IN_A_NAME
        + r"(?![\s-](?:text|form|e-?mail|web-?mail|mail|shipping|returns|up|articles?"
        r"|stories|reads|views|downloads|samples|gifts|previews|chapters|episodes|videos|lessons"
        r"|school|meals?|lunch(?:es)?"
        r"|from)\b)",
        # Prices and discounts are also product data ("prices pulled from their PIM",
        # "discounts above 20% blocked"): only their commercial shapes count here.
        r"\bpric(?:e|es|ing)\s+(?:lock|cap|freeze|frozen|increase|hold|protection|match)\w*"
        + _bl.ROUTED_AHEAD,
        r"\b(?:fixed|same|current|special|locked|renewal|unit(?<!quote\sunit)|per[\s-]seat"
        r"|seat|introductory"
        r"|promotional|discounted|flat|better|lower|ramped)\s+pric(?:e|es|ing)\b"
        + PRICES_WORKED_OUT + _le.PRICE_MOVES_BY_RULE,
        r"\bpricing\s+(?:for|on)\s+(?:the\s+|their\s+)?(?:renewal|subscription|licen[cs]es?"
        r"|seats?|contract|first\s+year)\b",
        r"\b" + _ob.THRESHOLD_BEHIND + r"\d+(?:\.\d+)?\s?%\s+(?:[\w-]+\s+){0,2}?discount"
        + DISCOUNT_BY_RULE + DISCOUNT_APPLIED,
        r"\bdiscount(?:s|ed)?\s+(?:of|on|for)\b" + _fm.DISCOUNT_THRESHOLD
        + r"(?!\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:quotes?"
        r"|orders?|price\s?books?)\b)",
        r"\b(?:multi-year|volume|loyalty|early|early[\s-]payment|prepayment|upfront|additional"
        r"|extra|special|deeper|bigger|partner|non-?profit|education|launch|renewal)\s+"
        r"discounts?\b" + DISCOUNT_APPLIED
        + r"(?!\s+(?:in|on|for)\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:quotes?|orders?"
        r"|price\s?books?)\b)",
        # Money off what they pay us, in all its phrasings: "20% off the first-year
        # licence", "$5k off list", "a charity discount", "a price cut on the renewal".
        # Money off their own prices ("12% off their list price", "10% off the public
        # rate") is a pricing rule, so the thing taken off must be ours.
        r"\b(?:\d[\d,.]*\s?(?:%|percent|k|m|usd|eur|gbp|dollars|euros|pounds)?|half|a\s+(?:third"
        r"|quarter)|money|something|a\s+(?:bit|little))\s+off\b(?:\s+(?:the\s+|our\s+|its\s+"
        r"|their\s+)?(?:[\w-]+\s+){0,2}?" + _OURS + r"\b|\s+(?:the\s+|our\s+)?(?:list|sticker"
        r"|msrp|rrp)(?:\s+pric(?:e|es|ing))?\b|(?=\s*(?:[.,;!?]|$|if\b|when\b|in\s+exchange\b|for\s+(?:signing"
        r"|committing|prepaying|paying|a\s+(?:multi|\w+[\s-]year)|the\s+first)\b)))"
        r"|\bmoney\s+off\b",
        r"\b(?:discount(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)"
        r"|slash(?:es|ed|ing)?|knock(?:s|ed|ing)?)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _OURS + r"\b|\b" + _OURS + r"\s+(?:[\w-]+\s+){0,2}?"
        r"(?:discounted|reduced|cut|lowered)\s+(?:by|to)\b",
        r"\b(?:an?|any|some|the\s+usual|bigger|deeper|better|further|extra|one-off|one-time"
        r"|charit(?:y|able)|not-for-profit|ngo|educational|academic|student|government"
        r"|public[\s-]sector|startup|competitive|commitment|introductory|promotional"
        r"|first[\s-]year|(?:two|three|four|five|\d+)[\s-]year|signing|end[\s-]of[\s-]quarter"
        r"|quarter[\s-]end|year[\s-]end)\s+discounts?\b(?!\s+(?:codes?|rules?|fields?|approvals?"
        r"|levels?|thresholds?|lines?|types?|engine|matrix|polic(?:y|ies)|tables?|schedules?"
        r"|tiers?|columns?|above|over|under|below|greater|higher|larger|beyond|exceeding"
        r"|of\s+more)\b)",
        # Not "price breaks at 10, 50 and 100 units", quantity breaks on their price list.
        r"\bprice\s+(?:cut|reduction|concession|break" + PRICE_BREAK_AT_QUANTITY + r")s?\b"
        r"|\bcheaper\s+(?:price|pricing|rate|deal|plan)s?\b|\b(?:charity|non-?profit"
        r"|not-for-profit|education(?:al)?|academic"
        r"|government|public[\s-]sector|startup|reduced|preferential|concessionary|partner"
        r"|best)\s+(?:pric(?:e|es|ing)|rates?)\b",
    ),
)  # fmt: skip
