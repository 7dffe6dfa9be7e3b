"""Seed rules from batches 73 and 74 (a help desk; e-commerce and order management) and 79
and 80 (an all-in-one small-business platform; fleet, logistics and delivery).

By what a word names in its sentence: in a fleet product a route is a truck's round of
stops, a thing people plan, edit and finish, not a record routed by a rule; orders pushed
to the next morning are put off by a rule, not pushed to a system; a buyer shown only
approved SKUs is an assortment, not access. Added shapes:

* records split into separate records on a condition; an action that cannot be done
  without another first ("cannot close a stop without scanning every parcel"); a load or
  pick order ("loaded last", "picked first"); records handled by a separate team or queue;
  work put off to the next day, morning or shift; tiered (their own) pricing (custom logic);
* one party kept from another party's records ("see another customer's addresses"), a
  person's view kept to their own region or team, personal fields stripped from a file
  (security);
* a month's release of ours ("shipped in our January release"): a delivery date.

Guards, lent to promises.tagging_rules (the route rule), _generic (the push and export
rules), _security (the "see only" rule) and _dates (the next-month rule): see the
constants below.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import MONTH

# Checked behind "route"/"routes" as a noun: "a delivery route", "the next morning's
# routes", "edit routes", "our route optimisation" name a truck's round, not routing.
ROUTE_AS_NOUN = not_behind(
    "a route", "the route", "each route", "every route", "our route", "delivery route",
    "driver route", "truck route", "van route", "edit route", "view route", "plan route",
    "their route", "'s route", "’s route", "a routes", "edit routes", "view routes",
    "plan routes", "the routes", "our routes", "delivery routes", "'s routes", "’s routes",
    "driver routes", "truck routes", "van routes", "their routes",
)  # fmt: skip
# Checked after "push"/"pushed": "pushed to the next morning's routes" puts work off.
PUSHED_TO_LATER = r"|(?:back\s+)?(?:to|into|onto)\s+(?:the\s+)?(?:next|following)\b"
# Checked behind "export" in the export rule: "who viewed, edited or exported each
# invoice" lists actions an audit log records.
EXPORT_AS_AUDITED = not_behind(
    "viewed or export", "edited or export", "changed or export", "opened or export",
    "printed or export", "deleted or export", "downloaded or export", "accessed or export",
)  # fmt: skip
# Checked after the "see only" rule of _security: a buyer or franchisee seeing only some
# SKUs or products is an assortment (custom logic), not access.
NOT_A_CATALOGUE = (
    r"(?![^.;]{0,25}?\b(?:skus?|products?|catalog(?:ue)?s?|assortments?|price\s+lists?)\b)"
)
# Checked behind "next" in the next-month rule of _dates: hours rolled over to the next
# month carry a balance, not a date for the work.
CARRIED_OVER = not_behind(
    "over to the next", "over into the next", "forward to the next", "over to next",
    "over into next", "forward to next",
)  # fmt: skip

_TEAM = r"(?:teams?|queues?|groups?|desks?|crews?|departments?|units?|agents?|shifts?)"
FLEET_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "orders split into separate shipments when items ship from different warehouses".
    r"\bsplit(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?(?:into|across)\s+(?:separate|multiple|several"
    r"|individual|distinct|different|two|three)\s+[a-z]",
    # "drivers cannot close a stop without scanning every parcel": a gate on an action.
    r"\b(?:cannot|can['’]?t|can\s+not|unable\s+to|(?:not|never)\s+(?:be\s+)?(?:able|allowed"
    r"|permitted)\s+to)\s+(?!log\b|sign\b|access\b|see\b|view\b)[a-z]+\s+(?:[\w-]+\s+){0,3}?"
    r"without\s+(?:first\s+)?[a-z]+ing\b",
    # A load or pick order: "loaded last so they come off first", "picked first".
    r"\b(?:loaded|unloaded|picked|packed|stacked|staged|sequenced)\s+(?:last|first)\b",
    # "returns from their largest accounts handled by a separate team".
    r"\b(?:handled|processed|worked|managed|routed|sent)\s+by\s+(?:a\s+|the\s+)?(?:separate"
    r"|different|specialist|dedicated)\s+(?:[\w-]+\s+)?" + _TEAM + r"\b",
    # Work put off by a rule: "orders placed after 2 p.m. pushed to the next morning's routes".
    r"\b(?:push(?:ed)?|mov(?:e|ed)|roll(?:ed)?|bump(?:ed)?|defer(?:red)?|postpon(?:e|ed)"
    r"|shift(?:ed)?)\s+(?:back\s+|over\s+)?(?:to|into|onto)\s+(?:the\s+)?(?:next|following)"
    r"\s+(?:business\s+|working\s+)?(?:day|morning|afternoon|evening|shift|wave|run|route"
    r"|slot|cycle|dispatch)",
    # Their own tiered prices: "tiered wholesale pricing", "a tiered rate card".
    r"\btiered\s+(?:[\w-]+\s+){0,2}?(?:pricing|prices|price\s+lists?|rates?|tariffs?"
    r"|discounts?|rate\s+cards?)\b",
)  # fmt: skip

_PARTY = (
    r"(?:customers?|clients?|users?|drivers?|teams?|tenants?|compan(?:y|ies)|accounts?"
    r"|members?|stores?|branch(?:es)?|franchisees?|locations?|carriers?|dealers?|depots?)"
)
_SCOPE = (
    r"(?:regions?|teams?|stores?|branch(?:es)?|locations?|territor(?:y|ies)|depots?|sites?"
    r"|accounts?|entit(?:y|ies)|departments?|divisions?|warehouses?|fleets?|yards?)"
)
FLEET_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "No driver should be able to see another customer's delivery addresses".
    r"\b(?:see|view|access|read|open|edit)\s+(?:an)?other\s+(?:[\w-]+\s+)?" + _PARTY
    + r"['’]s?\b",
    # "able to view and approve orders only for their own region".
    r"\b(?:see|view|access|open|edit)\b[^.;]{0,40}?\bonly\s+(?:for|in|from|within|at)\s+"
    r"their\s+own\s+(?:[\w-]+\s+)?" + _SCOPE + r"\b",
    # "a daily file with customer email addresses stripped out before it is sent".
    r"\b(?:e-?mail\s+addresses|e-?mails|phone\s+numbers|names|personal\s+(?:data|details"
    r"|fields|information)|pii|home\s+addresses|ssns?|dates\s+of\s+birth)\s+(?:are\s+|be\s+)?"
    r"(?:stripped|taken|left|cut)\s+out\b",
)  # fmt: skip

FLEET_DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    # "the driver-assignment rule shipped in our January release".
    r"\b(?:in|with|for|by)\s+(?:our|the|your)\s+" + MONTH + r"(?:\s+20\d\d)?\s+(?:release"
    r"|update|launch|version|drop)\b",
)  # fmt: skip
