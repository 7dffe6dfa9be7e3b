"""Trigger rules added after batches 178 (a broadcast media asset vendor), 179 (a pension
plan recordkeeper) and 180 (a fitness club management vendor).

Mostly sentence shapes any trade uses, so they also catch asks from trades nobody has
written rules for:

* custom logic: anything rejected or flagged past a limit ("reject any upload louder
  than", "flag any deposit that"), a cap ("capped at", "once a member reaches", "the limit
  enforced"), a use counted against a capacity, a computing method ("under the elapsed time
  method"), records blocked until something happens, rights kept to a home site, a rate
  dropped back to, credits that expire a span after purchase, steps on a list of days,
  people promoted off a waiting list, and plan rules of vesting and forfeitures;
* security: records kept on servers in a country, people who may only reach or see some
  records, a door that unlocks only for some people, key-based authentication;
* data movement: reports emailed on a schedule, files sent as a named format, one-time
  loads, readings from devices, historical data converted, systems driven by ours, and
  the media and club systems and formats by name (only vocabulary can catch those);
* commercial terms: one consolidated invoice for many buyers;
* delivery date: an agreed cut-over weekend or date.
"""

from __future__ import annotations

from promises.tagging import Rule, no_control_ahead, not_behind, regex_rules

# Phrases of the shared vocabulary matched here instead, with their guards.
IN_SHAPES = ("adp",)

_EVERY = r"(?:any|every|each|all)"
_PEOPLE = (
    r"(?:members?|users?|customers?|clients?|participants?|employees?|patients?|staff"
    r"|people|persons?|students?|guests?|viewers?|subscribers?|editors?|freelancers?"
    r"|contractors?|trainers?|agents?|partners?|distributors?|vendors?)"
)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SPAN = r"(?:days?|weeks?|months?|years?)"
# A condition naming a security control makes the block that control.
_NO_CONTROL = no_control_ahead(
    r"\b2fa\b", r"log(?:ged)?[\s-]?in", "verif", r"\bjwts?\b", "signed", "signature", "scan",
    r"\bip\b", r"ip\s+address",
)

SHAPES_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Rejected or flagged past a limit: "reject any clip longer than", "flag any deposit
    # that lands late", "flag employees likely to need refunds".
    r"\b(?:reject|refuse|flag|hold|quarantine)s?\s+" + _EVERY + _NO_CONTROL
    + r"\s+(?:[\w-]+\s+){1,3}?"
    r"(?:louder|quieter|longer|shorter|larger|bigger|smaller|higher|lower|older|newer"
    r"|more|less|fewer|that|which|whose|where|with|without|as)\b",
    r"\bflag\s+(?:[\w-]+\s+){1,3}?" + _PEOPLE + r"\s+(?:who|whose|that|likely\s+to|with)\b",
    # Caps: "capped at the lesser of", "capped at 80% of", "once a member reaches".
    # A share of money capped is a price term, not a rule ("increases capped at 3%").
    r"\bcapped\s+at\s+(?:the\s+(?:lesser|greater|lower|higher)\s+of|\d+(?:\.\d+)?\s*%\s+of\s+"
    r"(?!(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:fees?|spend|price|prices|pricing"
    r"|revenue|value|contract|invoices?|billing|subscription|licen[cs]e|acv|arr|amount|rents?"
    r"|salary|salaries|pay|wages|balances?)\b))",
    r"\bonce\s+(?:a|an|the|each|any)\s+[\w-]+\s+(?:reaches|hits)\b",
    r"\blimits?\s+(?:is\s+|are\s+|be\s+)?enforced\b",
    # A use counted against a capacity: "walk-ins count against the room's capacity".
    r"\bcount(?:s|ed|ing)?\s+against\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:capacity|limit|allowance|quota|cap|balance|allocation)\b",
    # A computing method: "tracked under the elapsed time method".
    r"\bunder\s+the\s+(?:[\w-]+\s+){1,2}?method\b",
    # Blocked until something happens: "blocked at the gate until the fee is paid".
    r"\bblocked\s+(?:[\w'’-]+\s+){0,5}?until\b" + _NO_CONTROL,
    # Rights kept to a home site: "booking only at the member's home club".
    r"\bonly\s+at\s+(?:the|their|his|her|its)\s+(?:[\w'’-]+\s+)?home\s+(?:club|site|location"
    r"|branch|store|gym|studio|clinic|school|office|campus)s?\b",
    # A rate dropped back to: "should revert to the standard rate".
    r"\b(?:drop|revert|fall|switch|roll)(?:s|ed|ing)?\s+(?:back\s+)?to\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rate|price|pricing|plan|tier|membership|dues)\b",
    # Credits that expire a span after purchase: "passes that expire 90 days after sale".
    r"\bexpir(?:e|es|ed|ing|y)\s+(?:[\w-]+\s+){0,2}?" + _NUMBER_WORD + r"\s+" + _SPAN
    + r"\s+(?:after|from)\s+(?:the\s+)?(?:purchase|activation|issue|sale|enrol\w*|sign[\s-]?up"
    r"|redemption|first\s+use|joining)\b",
    # Steps on a list of days: "reminders on day 1, 5 and 10".
    r"\bon\s+days?\s+\d+(?:\s*,\s*\d+)*,?\s+(?:and|&)\s+\d+\b",
    # Sent or sold only to people who did something: "statements delivered electronically only
    # to members who opted in", "passes sold only between two dates".
    r"\b(?:distribut|send|sent|deliver|issu|offer|mail)\w*\s+(?:[\w-]+\s+){0,4}?only\s+to\s+"
    r"(?:[\w'’-]+\s+){1,2}?who\b",
    r"\bonly\s+(?:be\s+able\s+to\s+)?(?:sell|offer|book|buy|redeem)\s+(?:[\w$'’-]+\s+){1,5}?"
    r"(?:between|during)\b",
    # People promoted off a waiting list: "auto-promote the next person on the waitlist".
    r"\bauto[\s-]?(?:promot|enrol|advanc|upgrad|downgrad)\w*",
    # Pension plan rules: only vocabulary catches these.
    r"\bvesting\s+(?:schedules?|service|credits?|percentages?|rules?|years?|counts?)\b",
    r"\bforfeitures?\b",
)

SHAPES_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Records kept on servers in a country: "stay on servers in Norway".
    r"\b(?:stay|stays|remain|remains|kept|held|stored|hosted|reside|resides)\s+(?:only\s+)?"
    r"on\s+(?:[\w-]+\s+)?servers?\s+(?:located\s+|physically\s+)?in\b",
    # People who may only reach or see some records: "should only reach the projects",
    # "must see only a member's balance", "never reach the archive".
    r"\b(?:should|must|may|can|will)\s+only\s+(?:reach|see|open|view)\s+(?:the|their|its|his"
    r"|her|a|an)\b",
    r"\b(?:should|must|may|can|will)\s+(?:see|view|reach|open)\s+only\s+(?:the|their|its|his"
    r"|her|a|an)\b",
    # A door or a lock that opens only for some people.
    r"\bunlocks?\s+only\s+for\b",
    # Records kept for years: "signed forms stored as PDFs for seven years".
    r"\bstored\s+(?:[\w-]+\s+){0,3}?for\s+" + _NUMBER_WORD + r"\s+years\b",
    r"\bkey[\s-]based\s+auth\w*",
)

SHAPES_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Reports emailed on a schedule: "a report of minutes emailed on the first of every
    # month", "a 7 a.m. email every day with the counts".
    # A report emailed to a person stays the report rule it was (custom logic, earlier
    # rounds' tests); one emailed on a schedule with no one named is the data sent.
    r"\breports?\s+(?:[\w-]+\s+){0,6}?emailed\b(?!\s+(?:each\s+\w+\s+|every\s+\w+\s+)?to\b)",
    r"\bemail\s+every\s+(?:day|morning|evening|night|week|weekday|hour|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\s+with\b",
    # Files sent as a named format: "sent as XMLTV files".
    r"\bas\s+(?!separate\b|individual\b|single\b|attached\b|their\b|our\b|the\b|new\b)"
    r"[\w.-]+\s+files\b",
    # One-time loads: "a one-time load of 410 profiles".
    r"\bone[\s-]time\s+load\b",
    # Readings from devices: "heart-rate data from their chest straps".
    r"\bdata\s+from\s+(?:[\w'’-]+\s+){0,2}?(?:belts?|wearables?|devices?|sensors?|trackers?"
    r"|monitors?|meters?|watches|straps?|scales|bikes|treadmills|machines)\b",
    # Historical data converted: "convert two more years of historical data".
    r"\bconvert\s+(?:[\w-]+\s+){0,5}?(?:historical|legacy|prior|old)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:data|records|history)\b",
    # Systems driven by ours: "our check-in drives their door controllers".
    r"\bdrive\s+(?:their|the)\s+(?:[\w-]+\s+){0,2}?(?:controllers?|readers?|locks?|displays?"
    r"|screens?|printers?|signage)\b",
    r"\bhanded\s+(?:off\s+|over\s+)?to\s+(?:their|the)\s+(?:[\w-]+\s+)?(?:packager|encoder"
    r"|transcoder|playout|archive|mam|dam)\b",
    # ADP the payroll provider, not the ADP/ACP nondiscrimination test of a 401(k) plan.
    r"\badp\b(?!\s*(?:/|and|&)\s*acp\b)(?!\s+(?:and\s+acp\s+)?(?:tests?|testing|limits?)\b)",
    # Media and club systems and formats by name.
    r"\b(?:aspera|signiant|filecatalyst|frame\.io|xmltv|bxf|prores|imf\s+packages?"
    r"|gracenote|gympass|wellhub|classpass|myzone|brivo|kisi)\b",
)

SHAPES_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # One invoice for many buyers: "HQ pays one consolidated invoice for every franchisee".
    r"\bpays?\s+(?:one|a\s+single)\s+(?:consolidated\s+|combined\s+|master\s+)?invoice\b",
)

SHAPES_DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    # An agreed cut-over, not work done during one ("support during the cutover weekend").
    r"\b(?:agreed|planned|scheduled|committed)\s+cut[\s-]?over\s+(?:weekend|date|day|night)\b",
)

# --- Guards lent to other modules -------------------------------------------------------

# After "ingest" (promises.tagging_rules_generic): ingest named as what a price counts
# ("per-hour ingest pricing locked"), and media already ingested named for where it is kept
# ("all ingested footage held only in EU data centres"), move no data.
INGEST_AS_PRICE_OR_KEPT = (
    r"(?!\s+(?:pric\w*|fees?|rates?|charges?)\b)"
    r"(?!(?<=ingested)\s+(?:[\w-]+\s+){1,4}?(?:held|kept|stored|hosted)\s+only\s+in\b)"
)
# Before "sign-off" (promises.tagging_rules): work finished and signed off by a date is
# its acceptance, not an approval step ("the cut-over completed and signed off by May 1").
SIGNED_OFF_WHEN_DONE = not_behind("finished and ", "completed and ", "complete and ")
# After "export" (promises.tagging_rules_generic): an export a state of a workflow blocks
# is the rule's action, not data moved ("a 'Legal hold' state that blocks export").
EXPORT_BLOCKED = not_behind("blocks export", "blocked export", "blocking export")
# After "routing" (promises.tagging_rules): a bank's routing number is an account field.
ROUTING_NUMBER = r"(?!\s+(?:and\s+account\s+)?(?:numbers?|codes?)\b)"
# After "at least" and the other comparators (promises.tagging_rules): a distance kept
# between two places ("a second region at least 300 miles away") is where copies live.
NOT_A_DISTANCE = r"(?!\s+\d[\d,.]*\s+(?:miles|mi|km|kilomet(?:er|re)s)\s+(?:away|apart)\b)"
# After "in" before a month (promises.tagging_rules_dates): a period that already ended
# ("since our last audit period ended in March") is no date for work.
ENDED_IN = not_behind("ended in", "closed in")
# After "retention" (promises.tagging_rules_trades): reports of members kept are a business
# figure ("year-over-year retention reports").
RETENTION_REPORTS = r"|reports?"
# After "commission" (promises.tagging_rules_cross): a commission report sent somewhere is
# the report moved, not the commission rule ("the monthly commission report emailed").
COMMISSION_REPORT_SENT = r"(?!s?\s+reports?\s+(?:[\w-]+\s+){0,3}?(?:emailed|sent|delivered))"
# After "sessions" (promises.tagging_rules_security): sessions sold in a pack that expire a
# span after purchase are credits, not sign-in sessions.
SESSIONS_SOLD = (
    r"(?![^.;]{0,40}?\b(?:days?|weeks?|months?|years?)\s+(?:after|from)\s+(?:the\s+)?"
    r"(?:purchase|sale|activation|issue)\b)"
)
# After "streamed" (promises.tagging_rules_generic): video streamed only to some viewers is
# who may watch it.
STREAMED_ONLY_TO = r"(?!\s+only\s+to\b)"
# After "upload" blocked (promises.tagging_rules_security): uploads rejected for loudness
# or length are a content rule, not a security control.
UPLOAD_BY_CONTENT = r"(?!\s+(?:louder|quieter|longer|shorter)\b)"
# Around "waiver" (promises.tagging_rules_flags): a liability waiver a guest signs is a
# document of theirs, and a fee waiver their staff make is their record, not our price.
WAIVER_SIGNED_BEHIND = not_behind("liability ", "signs a ", "sign a ", "signed a ")
WAIVER_MADE_BY = r"(?!s?\s+(?:made|issued|granted|given)\s+by\b)"
# After "liability" (promises.tagging_rules_flags): a liability waiver is a signed form.
LIABILITY_WAIVER = r"(?!\s+waivers?\b)"
# Before "free" (promises.tagging_rules_flags): who joins or enters free is their rule
# ("the third child joins free").
JOINS_FREE = not_behind("joins ", "join ", "enters ", "attends ")
