"""Seed trigger rules for asks pasted from the customer's own emails and chats.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The logic and security rules here are added to
those of promises.tagging_rules_logic and _security, so they reach CONCRETE_RULES; the
fragments are checked inside rules of promises.tagging_rules, _generic, _dates, _flags,
_sectors and _security (each says where).

A customer writing in their own words, often not in their first language, says where the
ask came from ("From Slack:", "From the Teams thread with the Munich office:"), where they
sit ("for customers located in the UAE"), what their own people decide ("before their
works council signs off"), when a contract ends ("after they terminate the contract", "at
contract end, delivered within 14 days") and what their own staff earn ("1.5 times the
hourly rate"). None of those is a system, a control, a rule on records, a date for the
work or a term of ours. Records an export carries ("a nightly export of all approvals")
are data, an export a log records ("every export is written into the audit log") is an
action, a ranking by criteria is custom logic and a gate on who may download is security.

They also drop articles and prepositions and put the condition first: "archived 10
years", "backed up every night", "data must not leave the Kingdom" (security); "when
ticket is closed, the customer gets survey email", "report sent to directors", "the field
'Tax ID' mandatory" (custom logic); "the implementation charges" (terms).
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

import re

from promises import tagging_rules_chair_lot_port as _clp
from promises.tagging import Rule, regex_rules
from promises.tagging_rules_knowledge import NEGATED_FINISH, NOT_A_MAILBOX, TERM_START_DAY
from promises.tagging_rules_objects import REPORT_AS_FILE
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM, PLACE


def _owners(*nouns: str) -> tuple[str, ...]:
    return tuple(f"{n}{s} " for n in nouns for s in ("'s", "’s"))


# "From Slack:", "Per the customer's Teams message,", "From the Slack thread with the Munich
# office:": where the ask was written, not a system the data goes to. Only for the
# platforms people write in ("From Salesforce, sync contacts ..." names a source system).
MESSAGING = frozenset(("slack", "microsoft teams", "ms teams"))
_OPENERS = ("from", "per", "as per", "via", "in", "on", "over", "translated from",
            "forwarded from", "copied from", "quoted from", "pasted from",
            "taken from")  # fmt: skip
_OWNERS = ("", "the ", "their ", "our ", "a ", "an ", "this ", "that ",
           *_owners("the customer", "the client", "the buyer", "the prospect", "customer",
                    "client", "their cio", "their cto", "their it"))  # fmt: skip
_SOURCE_TAIL = (
    r"\b(?:\s+(?:thread|chat|channel|message|dm|conversation|huddle|call|post|note|group"
    r"|exchange|discussion|meeting|reply|voice\s+note)s?)?(?:\s+(?:with|from|of)\s+"
    r"[^:.;!?,]{1,40}?)?\s*[:,]"
)


def not_a_source(words: str) -> str:
    r"""Checked right after a messaging platform's name (words: a fixed-width regex, such
    as r"ms\steams"): it does not count in a label at the very start of the ask that says
    where the ask was written."""
    by_width: dict[int, list[str]] = {}
    for opener in _OPENERS:
        for owner in _OWNERS:
            text = f"{opener} {owner}"
            by_width.setdefault(len(text), []).append(re.escape(text).replace(r"\ ", r"\s"))
    behind = "".join(
        "(?<!" + "|".join(f"^{t}{words}" for t in alts) + ")"
        for _, alts in sorted(by_width.items())
    )
    return rf"(?:{behind}|(?!{_SOURCE_TAIL}))"


# "every export of personal data by a user is written into the audit log", "each export
# is logged": an export a log records is an action people take, not data leaving.
# Checked after "export" in the data rule of promises.tagging_rules_generic.
_LOGS = r"(?:audit\s+(?:logs?|trails?)|activity\s+logs?|event\s+logs?|access\s+logs?|logs?)"
EXPORT_LOGGED = (
    r"(?![^.;,]{0,60}?\b(?:(?:is|are|gets?|be|being|was|were)\s+)?(?:written|recorded|logged"
    r"|captured|tracked|stored|kept)\s+(?:in|into|to|on)\s+(?:the|an?|their|our|its)\s+"
    r"(?:[\w-]+\s+)?" + _LOGS + r"\b)"
    r"(?![^.;,]{0,60}?\b(?:is|are|gets?|be|being|was|were)\s+(?:logged|audited)\b)"
)

# "quotes for customers located in the UAE": where their own customers or suppliers are,
# not where data is kept (where staff sit is access, promises.tagging_rules_cross).
# Checked behind "located" in the residency rule of _security.
_PEOPLE = (
    "customers", "clients", "buyers", "shoppers", "consumers", "patients", "members",
    "students", "suppliers", "vendors", "partners", "dealers", "distributors", "merchants",
    "companies", "businesses", "stores", "customer", "client", "buyer", "shopper", "consumer",
    "patient", "member", "student", "supplier", "vendor", "partner", "dealer", "distributor",
    "merchant", "company", "business", "store",
)  # fmt: skip
PEOPLE_LOCATED = not_behind(*(f"{p} {w}located" for p in _PEOPLE for w in ("", "who are ")))

# "zero-rated VAT in designated free zones", "tax-free", "a duty free allowance": free
# as part of a name, not work for free. Checked after "free" in the terms rule of _flags.
FREE_IN_A_NAME = (
    not_behind("tax free", "duty free", "vat free", "customs free", "interest free", "toll free",
               # Free of something, as in a name: "a Fear Free score", "hands free".
               "fear free", "gluten free", "cruelty free", "hands free", "cage free",
               "smoke free", "latex free", "sugar free")
    + r"(?![\s-]+(?:zones?|trade|ports?|economic\s+zones?)\b)"
)

# "deleted within 30 days after they terminate the contract": the contract's end as the
# time something happens, not a right to terminate. Checked after "terminat" in _flags.
TERMINATION_AS_TIME = not_behind(*(
    f"{conj} {who}"
    for conj in ("after", "once", "when", "whenever", "upon", "following", "until")
    for who in ("", "they ", "we ", "the customer ", "the client ", "the buyer ", "either party ",
                "the customer has ", "they have ", "they've ", "you ")
), tail="terminat")  # fmt: skip

# "a full export at contract end, delivered within 14 days", "returned within 30 days of
# termination": a window counted from the contract's end or a request is part of the
# behaviour, not a date for the work. Checked around the delivered-within rule of _dates.
_EXIT = ("contract end", "the end of the contract", "termination", "exit", "offboarding",
         "cancellation", "expiry", "request", "their request", "a written request")  # fmt: skip
_AFTER_EXIT = tuple(
    f"{prep} {e}{sep}"
    for prep in ("at", "on", "upon", "after")
    for e in _EXIT
    for sep in (" ", ", ", ", to be ", " to be ")
)
# The verbs of that rule an exit window follows, each with its lookbehinds.
AFTER_EXIT = "|".join(
    v
    + not_behind(*_AFTER_EXIT, tail=v)
    # A negated finish is their people's window: "who has not done so within 7 days".
    + (not_behind(*NEGATED_FINISH, tail=v) if v in ("done", "completed", "complete") else "")
    for v in ("delivered", "ready", "available", "done", "completed", "complete")
)
# Lent to the month-day rule of _dates: a term started on a day (promises.tagging_rules_knowledge).
TERM_START = TERM_START_DAY
COUNTED_FROM_EXIT = (
    r"(?!\s+(?:of|after|from|following)\s+(?:the\s+|a\s+|their\s+|any\s+)?(?:written\s+)?"
    r"(?:contract\s+end|end\s+of\s+(?:the\s+)?contract|termination|cancell?ation|expiry"
    r"|offboarding|exit|requests?|notice)\b)"
)

# "before their works council signs off", "once their board signs off": the customer's own
# body agreeing to the purchase, not a sign-off step in the product. Checked behind the
# sign-off and approval rules of promises.tagging_rules.
_BODIES = ("works council", "works councils", "staff council", "employee council",
           "workers council", "works committee", "union", "board", "supervisory board",
           "management board", "steering committee", "procurement", "procurement team",
           "purchasing", "purchasing team", "management", "leadership",
           "investment committee")  # fmt: skip
_AGREES = ("signs off", "sign off", "signed off", "signs-off", "has signed off", "approves",
           "approve", "approved", "has approved", "gives approval", "give approval",
           "gives its approval", "gave approval")  # fmt: skip
# Bare, only the buyers and only before: "before procurement signs off" (batch 164); "once
# procurement approves the PO" can still be a step in their workflow.
BODY_SIGNS_OFF = not_behind(*(
    *(f"their {b} {v}" for b in _BODIES for v in _AGREES),
    *(f"before {b} {v}" for b in ("procurement", "purchasing") for v in _AGREES),
))  # fmt: skip

# "a nightly export of all approvals", "a feed of completed workflows": records an export
# carries, not an approval step or a workflow. carried_behind(word) is checked after
# "approv" in promises.tagging_rules and "workflow" in _generic, CARRIED_AHEAD after the
# whole word ("approvals exported to S3").
_CARRIERS = ("export", "exports", "extract", "extracts", "feed", "feeds", "dump", "dumps",
             "copy", "copies", "backup", "backups", "archive", "archives", "sync", "syncs",
             "stream", "file", "files", "csv", "migration")  # fmt: skip
_WHICH = ("", "all ", "all the ", "all of the ", "every ", "each ", "the ", "their ", "our ",
          "completed ", "all completed ", "closed ", "all closed ", "finished ", "approved ",
          "pending ", "open ", "historical ", "past ", "new ", "recent ", "active ")  # fmt: skip


def carried_behind(word: str) -> str:
    return not_behind(*(f"{c} of {w}" for c in _CARRIERS for w in _WHICH), tail=word)


CARRIED_AHEAD = (
    r"(?!\s+(?:and\s+[\w-]+\s+)?(?:exported|synced|pushed|sent|streamed|copied|mirrored"
    r"|replicated|loaded|extracted|dumped|backed\s+up)\b)"
)

# "1.5 times the hourly rate", "an employee's day rate": the pay of their own staff, which
# the product works out, not our rate card. Checked before the hourly and day rate rule.
_MULTIPLES = ("times", "x", "×", "of", "double", "triple", "twice", "half", "plus")
_WHOSE = ("the ", "their ", "the normal ", "the regular ", "the base ", "the usual ",
          *_owners("the employee", "the worker", "an employee", "a worker", "each employee",
                   "each worker", "the person", "the technician", "the nurse",
                   "the driver"))  # fmt: skip
_THEIR_PAY = (
    *(f"{m} {w}" for m in _MULTIPLES for w in _WHOSE),
    *_owners("employee", "worker", "technician", "nurse", "driver", "agent", "contractor"),
    "employees' ",
    "workers' ",
    "overtime ",
    "staff ",
    "employee ",
    "worker ",
)
# Matched here instead of as phrases of COMMERCIAL_TERMS (see _IN_SHAPES in _flags).
RATE_PHRASES = ("hourly rate", "day rate")

MAIL_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Fees named as charges: "the implementation charges", "AMC charges", "set-up costs".
    r"\b(?:setup|set-up|implementation|onboarding|training|migration|licen[cs]e|subscription"
    r"|renewal|consulting|customi[sz]ation|professional\s+services|amc|maintenance|annual"
    r"|installation|hosting)\s+charges?\b|\b(?:setup|set-up|implementation|onboarding"
    r"|licen[cs]e|subscription)\s+costs?\b",
    *(
        rf"\b{w}(?=\s+rates?\b)" + not_behind(*_THEIR_PAY, tail=w) + r"\s+rates?\b"
        for w in ("hourly", "day")
    ),
)

# "the queue gets backed up": work piling up, not a backup.
_NOT_PILED_UP = not_behind(*(
    f"{n} {v}"
    for n in ("queue", "queues", "line", "lines", "traffic", "work", "orders", "tickets", "calls",
              "requests", "jobs", "emails", "backlog", "inbox", "inboxes")
    for v in ("", "is ", "are ", "gets ", "get ", "got ", "keeps getting ", "was ", "were ")
), tail="back")  # fmt: skip
_HOME = r"(?:(?:the|their|our|its)\s+(?:own\s+|home\s+)?(?:country|kingdom|jurisdiction|borders))"
_DATA = r"(?:data|records|files|documents|backups|information|pii|phi|tenant|instance|servers?)"

MAIL_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Data kept at home: "host all our data inside the Kingdom", "records must not leave
    # the country", "store every backup in Germany".
    r"\b(?:host|hosts|hosting|hosted|store|stores|storing|stored|keep|keeps|keeping|kept"
    r"|stay|stays|remain|remains|reside|resides)\s+(?:[\w-]+\s+){0,3}?(?:only\s+|exclusively\s+"
    r"|entirely\s+)?(?:in|within|inside)\s+" + _HOME + r"\b"
    r"|\b(?:host|hosts|hosting|store|stores|storing|keep|keeps|keeping)\s+(?:all\s+|every\s+"
    r"|each\s+|any\s+)?(?:of\s+)?(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+)?" + _DATA
    + r"\s+(?:only\s+|exclusively\s+|entirely\s+)?(?:in|within|inside)\s+(?:the\s+)?" + PLACE
    + r"\b|\b(?:leave|leaves|leaving|left|go\s+outside|goes\s+outside)\s+(?:the\s+)?(?:" + PLACE
    + "|" + _HOME + r")\b",
    # Retention and backups in a hurry, without "for" or with "minimum": "archived 10 years",
    # "kept minimum 5 years", "backed up every night".
    r"\b(?:kept|retained|stored|held|preserved|archived|saved)\s+(?:(?:a\s+)?minimum(?:\s+of)?\s+"
    r"|min\.?\s+|at\s+least\s+|up\s+to\s+|maximum\s+|max\.?\s+)?" + NUM + r"\s+(?:days|weeks"
    r"|months|years)\b|\bback" + _NOT_PILED_UP + r"(?:s|ed|ing)?\s+up\s+(?:every|each|daily"
    r"|nightly|hourly|weekly|twice|once|to|in|into|off-?site|offsite|automatically)\b",
    # A gate on who may take the data: "approve every bulk export before a user can
    # download it", "held until anyone can see them".
    r"\b(?:before|until|unless|so\s+that\s+no)\s+(?:a|an|any|the|each|every|no)?\s*(?:[\w-]+\s+)?"
    r"(?:users?|one|anyone|someone|person|people|staff|employees?|members?|viewers?"
    r"|recipients?|agents?|admins?)\s+(?:can|may|is\s+able\s+to|are\s+able\s+to|gets?\s+to)\s+"
    r"(?:download|export|view|see|access|open|print|share|read)\b",
)  # fmt: skip

_NOTICES = (
    r"(?:e-?mails?|notifications?|alerts?|messages?|reminders?|sms|texts?|surveys?|notices?"
    r"|tasks?|push\s+notifications?|reports?)"
)
_PEOPLE_TOLD = (
    r"(?:customers?|requesters?|users?|approvers?|owners?|managers?|teams?|admins?|agents?"
    r"|reps?|leads?|heads?|directors?|supervisors?|submitters?|assignees?|controllers?"
    r"|executives?|officers?|employees?|members?|buyers?|clients?|shoppers?|patients?|guests?"
    r"|students?|parents?|technicians?|drivers?|cfos?|ceos?|finance|hr|sales|support)"
)

MAIL_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # The condition first, as mails put it: "when ticket is closed, the customer gets a
    # survey email", "once an order is shipped the buyer is notified".
    r"\b(?:when|whenever|once|if|as\s+soon\s+as|each\s+time|every\s+time)\s+(?:an?\s+|the\s+"
    r"|any\s+|each\s+|every\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|gets?|has\s+been"
    r"|have\s+been)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+(?:then\s+)?(?:the\s+|an?\s+|their\s+|our\s+"
    r"|each\s+|every\s+|all\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE_TOLD + r"\s+(?:(?:gets?|receives?)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _NOTICES + r"|(?:is|are|gets?|should\s+be"
    r"|must\s+be)\s+(?:automatically\s+)?(?:notified|emailed|alerted|informed|pinged|messaged"
    r"|reminded))\b",
    # A report sent to people, articles or not: "report sent to directors every Monday".
    # A report in a file format is a file (data movement, promises.tagging_rules_objects).
    r"\breport" + REPORT_AS_FILE + r"s?\s+(?:[\w-]+\s+){0,3}?(?:sent|emailed|mailed|delivered"
    r"|distributed)\s+(?:[\w-]+\s+)"
    r"{0,4}?to\s+(?:the\s+|each\s+|every\s+|their\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    + _PEOPLE_TOLD + r"\b" + NOT_A_MAILBOX + _clp.REPORT_SENT_AS_FILE,
    # A field made mandatory, said after it: "the field 'Tax ID' mandatory for suppliers".
    r"\b(?:fields?|columns?|attachments?|inputs?|comments?|reasons?)\s+(?:[\w'\"“”‘’-]+\s+){0,3}?"
    r"(?:(?:is|are|be|becomes?|to\s+be|should\s+be|must\s+be)\s+)?(?:mandatory|compulsory"
    r"|obligatory)\b",
    # A ranking by criteria: "a weighted score that ranks suppliers on price", "to rate
    # applicants against five criteria".
    r"\b(?:that|which|to|and|will|should|must|can|automatically)\s+(?:ranks?|grades?|rates?"
    r"|scores?|prioriti[sz]es?)\s+(?:the\s+|their\s+|all\s+|each\s+|every\s+|incoming\s+"
    r"|new\s+)?(?:[\w-]+\s+){1,2}?(?:on|by|based\s+on|according\s+to|against|using)\b",
    r"\bweighted\s+(?:scores?|scoring|scorecards?|averages?|rankings?|ranks?|totals?|criteria"
    r"|formulas?|matri(?:x|ces)|ratings?)\b",
)  # fmt: skip
