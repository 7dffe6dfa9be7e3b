"""Seed rules for the delivery-date flag: a date for the work.

Conventions (from the labelled asks): a date for the work is a flag, a window that is
part of the behaviour is not ("deleted within 90 days after contract end", "restore
within four hours", "reminders 45 days before expiry"), and neither is an event with no
date on it ("before launch", "before go-live", "before signature"). Split out of
promises.tagging_rules_flags, which re-exports DATE_RULES; promises.tagging_rules adds
it to CONCRETE_RULES.
"""

from __future__ import annotations

from promises import tagging_rules_chair_lot_port as _clp
from promises import tagging_rules_giving as _gv
from promises import tagging_rules_lab_ads_cash as _lac
from promises import tagging_rules_mail as _ml
from promises import tagging_rules_objects as _ob
from promises import tagging_rules_shapes as _sh
from promises import tagging_rules_wms as _wms
from promises.tagging import Rule, regex_rules
from promises.tagging_rules_fleet import CARRIED_OVER, FLEET_DATE_RULES
from promises.tagging_rules_notes import NOTES_DATE_RULES
from promises.tagging_rules_secvendor import NOT_A_PERSON_WINDOW
from promises.tagging_rules_trades import not_behind
from promises.tagging_rules_utility import UTILITY_DATE_RULES
from promises.tagging_vocab import FULL_MONTH, MONTH, NUM

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_UNIT = r"(?:days?|weeks?|months?|sprints?)"
# Signing or closing, and the paper that is signed: "20% off for signing a three-year
# contract before 31 December" or "if they sign a three-year term before December 20"
# dates the contract, not the work.
_SIGNING = ("signed", "sign", "signs", "signing", "closed", "close", "closes", "signature",
            "contract", "contracts", "agreement", "order form", "deal", "msa", "sow", "po",
            "paperwork", "term")  # fmt: skip


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
_AFTER_EVENT = "".join(rf"(?<!{e}\swithin)" for e in (*_EVENTS, *_clp.BUYER_EVENTS))


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
_NOT_SIGNING_END = not_behind(*(f"{s} {p} the end" for s in _SIGNING for p in ("by", "before")))
_NOT_SIGNING_CLOSE = not_behind(*(f"{s} {p} the close" for s in _SIGNING for p in ("by", "before")))
# "if they sign before the end of this quarter": the same, checked behind "this"/"next".
_NOT_SIGNING_END_OF = not_behind(*(
    f"{s} {p} the {e} of {w}"
    for s in _SIGNING for p in ("by", "before") for e in ("end", "close") for w in ("this", "next")
))  # fmt: skip
# "the balance on December 1", "payable on May 31": the day money falls due, not the work's.
_NOT_PAYING_DAY = "".join(
    rf"(?<!{w}\s{on}{m})"
    for w in ("balance", "remainder", "payable", "paid", "invoiced", "billed", "payment",
              "instalment", "installment", r"balance\sdue", r"remainder\sdue", r"payment\sdue",
              r"amount\sdue")
    for on in ("", r"on\s")
    for m in _MONTH_WORDS
)  # fmt: skip
# "during their January 1 renewal cycle": a day the behaviour holds around (batch 165), not
# the day the work is due. Checked behind the month, as above.
_NOT_DURING_DAY = not_behind(
    *(f"during {w}{m}" for w in ("", "their ", "the ", "its ") for m in _MONTH_WORDS)
)
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
    r"\b" + MONTH + _NOT_SIGNING_DAY + _NOT_PAYING_DAY + _NOT_RECURRING_DAY + _NOT_DURING_DAY
    + _ml.TERM_START
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))" + _gv.IN_FORCE_ONWARD,
    r"\b\d{1,2}" + _NOT_SIGNING_DAY_FIRST + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"\b"
    + _gv.IN_FORCE_ONWARD,
    r"\b" + _unless_paying("in") + _sh.ENDED_IN
    + r"\s+(?:early\s+|mid[\s-]|late\s+)?" + FULL_MONTH + r"\b",
    # "24/7 support during November and December": a stretch of months the behaviour
    # holds for (a peak season), not a date for the work; "during November" alone is one.
    r"\b" + _unless_paying("during") + r"\s+(?:early\s+|mid[\s-]|late\s+)?" + FULL_MONTH
    + r"\b" + _wms.SEASON_AHEAD
    + r"(?!\s*(?:,?\s*and|-|–|to|through|thru|until|till)\s+(?:early\s+|mid[\s-]|late\s+)?"
    + FULL_MONTH + r"\b)",
    # "1h"/"2h" are usually hours ("RPO 1h"): a half-year only with a year or after "by".
    r"\b(?:q[1-4]|h[12]|1q|2q|3q|4q)\b(?:\s*(?:of\s+)?(?:fy\s*)?'?\d{2,4})?"
    r"|\b(?:1|2)h\s*(?:of\s+)?(?:fy\s*)?'?(?:20)?\d\d\b"
    r"|\b(?:by|before|during|until|in\s+the|for\s+the|ahead\s+of)\s+[12]h\b",
    r"\b(?:by|before|in|for|until|during|end\s+of)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?"
    r"fy\s*'?\d{2,4}\b",
    r"\b(?:first|second|third|fourth|coming|" + _unless_signing("next", "this")
    + r")" + _lac.FEE_PERIOD + _NOT_SIGNING_END_OF + r"\s+(?:quarter|half)\b",
    r"\b" + _unless_signing("next", "this") + _NOT_SIGNING_END_OF + CARRIED_OVER
    + r"\s+(?:month|sprint|release)\b"
    r"|\bby\s+next\s+year\b",
    r"\b(?:end" + _NOT_SIGNING_END + r"|start|beginning|middle|close" + _NOT_SIGNING_CLOSE
    + r")\s+of\s+(?:the\s+)?"
    r"(?:next\s+|this\s+)?"
    r"(?:week|month|quarter|year|sprint)\b",
    r"\b(?:by|before|until|in)\s+20\d\d\b",
    # A month naming an event of theirs: "before their October reorg".
    r"\b(?:by|before|until|ahead\s+of|in\s+time\s+for)\s+(?:their|the|our)\s+(?:(?:end|start|middle"
    r"|beginning)\s+of\s+(?:their|the|our)\s+)?(?:[\w-]+\s+)?"
    # With a day after the month the full-date rules show the whole date.
    + FULL_MONTH + r"\b(?!\s+\d)",
    r"\b" + _gv.HISTORY_BACK_TO + FULL_MONTH + r"\s+20\d\d\b",
    # The start of our term is no date for the work ("the subscription starts on July 1"),
    # but a deadline set by it is: "residency in place before their contract starts on
    # April 1".
    r"\b" + _unless_signing("by", "before") + r"\s+(?:the\s+|their\s+|our\s+)?(?:new\s+)?"
    r"(?:subscription|contract|term|licen[cs]e|renewal)\s+(?:starts?|begins?|kicks\s+off)\s+"
    r"on\s+" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
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
    r"\b(?:within|during|in|over|by\s+the\s+end\s+of)\s+(?:the|their|our)" + NOT_A_PERSON_WINDOW
    + r"\s+first\s+(?:"
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
DATE_RULES += UTILITY_DATE_RULES  # "in place for the January billing cycle" (_utility)
