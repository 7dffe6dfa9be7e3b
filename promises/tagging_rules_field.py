"""Seed rules from batch 69 (field service and asset maintenance: work orders, technician
scheduling, a mobile app, spare parts, equipment sensors).

By what a word names in its sentence: in field service a work order, a dispatch board, a
schedule or the technician app is the product's own part, which a rule orders or a
control covers. Added shapes:

* events turned into work orders, tickets or tasks; jobs scheduled or placed ahead of
  the others; records held back for someone to fix (custom logic);
* a record's fields hidden or masked in or from a place; a PIN, passcode or fingerprint
  unlock and an app locked after some idle minutes (security);
* money off a per-technician, per-user or per-asset price (terms: what we charge per).

Guards, lent to promises.tagging_rules, _security, _cross and _flags: a suite's calendar,
drive or mail app is where data goes, not the identity provider ("synced to their
Google Workspace calendar"); a "first-time fix rate" is a metric, not a fixed rate; a
price held for some years is a price lock, not retention; a control required for every
kind of account is the control, not a step; a warehouse manager is a person a rule
routes to, not a data warehouse; licences counted above a number are our volume tier.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM

# Checked after "google workspace": its calendar, drive or mail app is a data target.
SUITE_APP_AHEAD = r"(?!\s+(?:calendars?|drive|docs|sheets|gmail|mail|contacts)\b)"
# Checked after "fix": "first-time fix rate" is a service metric.
FIX_RATE_METRIC = r"(?!\s+rates?\b)"
# Checked right after "held" in the retention shape: a price held for years is a lock.
PRICE_HELD = not_behind("price held", "prices held", "pricing held", "rate held", "fee held")
# In the lookahead after "required for every": every kind of account or user.
ACCOUNT_KINDS = r"|(?:[\w-]+\s+){0,3}?(?:accounts?|users?|logins?)"
# Checked after "warehouse": a warehouse's people are people.
WAREHOUSE_PERSON_AHEAD = (
    r"(?!\s+(?:managers?|leads?|supervisors?|teams?|staff|clerks?|planners?|operators?))"
)
# Checked after "locked after": locked after idle minutes is a session control.
NOT_IDLE_LOCK = r"(?![^.;]{0,30}?\b(?:idle|inactiv))"
# Counted units we bill by, for the threshold shape's lookahead and our prices.
OUR_COUNTED_UNITS = r"|licen[cs]es"
BILLED_PER = (
    r"|per[\s-](?:technician|tech|user|seat|licen[cs]e|agent|device|asset|employee|member"
    r"|vehicle|site)\s+(?:fees?|prices?|pricing|rates?)"
)

_RECORDS = (
    r"(?:work\s+orders?|tickets?|tasks?|jobs?|cases?|incidents?|service\s+requests?"
    r"|alerts?|call-?outs?)"
)
_FIELDS = (
    r"(?:details|info|numbers|addresses|names|fields|columns|notes|emails|identifiers|ids"
    r"|prices|rates|costs)"
)

FIELD_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "alarms ... turned into work orders for the on-call technician at that site".
    r"\b(?:turned|converted|made|raised)\s+(?:automatically\s+)?into\s+(?:new\s+)?" + _RECORDS
    + r"\b",
    # "jobs at their platinum-contract sites scheduled ahead of all other jobs".
    r"\b(?:scheduled|dispatched|prioriti[sz]ed|ranked|sorted|placed|queued|put|listed)\s+"
    r"(?:[\w-]+\s+)?ahead\s+of\b",
    # "jobs missing a cost code held back for a planner to fix".
    r"\b(?:held|kept|set|pulled)(?<!%\sheld)(?<!percent\sheld)\s+(?:back|aside)\s+(?:for"
    r"|until)\b",
)  # fmt: skip

FIELD_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "customer contact details hidden in the technician app once a job is closed".
    r"\b" + _FIELDS + r"\s+(?:(?:are|is|be|to\s+be|must\s+be|should\s+be)\s+)?(?:hidden"
    r"|masked|redacted|obscured|blurred)\s+(?:in|on|from|for)\b",
    # "a PIN or fingerprint unlock on the technician app after five minutes idle".
    r"\b(?:pin|passcode|fingerprint|face\s+id|touch\s+id)\s+(?:(?:or|and)\s+[\w-]+\s+)?"
    r"(?:unlock|lock|log[\s-]?in|sign[\s-]?in)s?\b|\b(?:app|screen)\s+lock\b",
    r"\bafter\s+" + NUM + r"\s+(?:minutes?|mins?|hours?)\s+(?:idle|of\s+(?:inactivity"
    r"|idle\s+time))\b",
)  # fmt: skip

FIELD_RULES: tuple[Rule, ...] = FIELD_LOGIC_RULES + FIELD_SECURITY_RULES
