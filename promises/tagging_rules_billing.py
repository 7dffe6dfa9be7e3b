"""Seed rules from batches 63 (general SaaS) and 64 (subscription billing and revenue).

By what a word names in its sentence: in a billing product, a price increase, payment
terms or a prepayment are often the customer's own records that a rule routes, or their
own customers' behaviour, not the money the customer pays us. Added shapes:

* a form or layout that hides or shows a section for some records, a record flagged to a
  named role, usage rated at a rate, plan changes that take effect at a point of the
  billing term, and tiered pricing for their own plans (custom logic);
* "only HR to see salary fields": some people alone may see something (security).

Guards, lent to promises.tagging_rules, _generic, _flags and _sectors: money words inside a record
that is flagged, sent or routed to someone; their own customers prepaying; revenue
recognised "instead of upfront"; a count rounded "to the nearest" unit; an API named as
where every call is secured; an account suspended at the end of a dunning schedule.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# "any renewal with a price increase above 7% flagged to the account director", "quotes
# with non-standard payment terms sent to a separate approval queue": the terms are on a
# record a rule routes. Checked after the terms.
ROUTED_AHEAD = (
    r"(?![^.;]{0,60}?\b(?:flagged|sent|routed|escalated|forwarded|held)\s+(?:to|for)\s+"
    r"(?:a|an|the|their)\b)"
)
# "an approval step for contracts with non-standard payment terms": the terms pick out a
# class of their records a rule acts on. Checked behind "payment terms".
RECORDS_WITH_TERMS = not_behind(*(
    f"{records} with {kind} "
    for records in ("contracts", "quotes", "deals", "orders", "invoices", "agreements",
                    "renewals", "opportunities", "any contract", "any quote", "any deal",
                    "every contract", "every quote", "every deal")
    for kind in ("non-standard", "nonstandard", "custom", "special", "extended", "unusual",
                 "bespoke", "modified")
))  # fmt: skip
# "when their own customers prepay annually": their customers paying them. Checked
# after "prepay" / "pre-pay".
NOT_THEIR_CUSTOMERS = not_behind(
    *(f"{who} {verb}" for who in ("customers", "clients", "subscribers", "members", "buyers")
      for verb in ("prepay", "pre-pay")),
)  # fmt: skip
# "recognised over 12 months instead of upfront", "fees recognized upfront": when their
# revenue counts, not when they pay us. Checked after "upfront".
NOT_RECOGNITION = not_behind(
    *(f"{w} {u}" for w in ("of", "than", "recognised", "recognized")
      for u in ("upfront", "up-front", "up front")),
)  # fmt: skip
# "rounded up to the nearest 1,000 API calls": a unit of rounding, not a volume moved.
# Checked behind the first digit.
NOT_ROUNDING_UNIT = r"(?<!nearest\s\d)"
# "TLS 1.2 on every call to the billing API": where a control applies; "rounded up to the
# nearest 1,000 API calls": a unit of usage. Checked after "api".
CALL_TO_API = "".join(
    rf"(?<!{c}\sto\sthe\s{word}api)"
    for c in (r"every\scall", r"each\scall", r"all\scalls", r"every\srequest", r"all\srequests")
    for word in ("", *(rf"[\w-]{{{n}}}\s" for n in range(3, 11)))
) + "".join(rf"(?<!nearest\s[\d,.]{{{n}}}\sapi)" for n in range(1, 10))  # fmt: skip
# "retried on days 3, 7 and 14 before the account is suspended": the end of a dunning
# schedule, not access taken away. Checked after the access noun.
DUNNING_END = not_behind("before the account", "before their account", "until the account")

_PEOPLE_ROLES = (
    r"(?:directors?|managers?|leads?|owners?|team|heads?|controllers?|cfo|ceo|vp|reviewers?"
    r"|approvers?|desk|counsel|supervisors?)"
)

BILLING_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "the case form to hide the warranty section for non-hardware products".
    r"\b(?:forms?|layouts?|screens?|pages?|templates?)\s+(?:to\s+|should\s+|must\s+|will\s+"
    r"|that\s+)?(?:hides?|shows?|displays?|collapses?)\s+(?:[\w-]+\s+){0,3}?(?:sections?"
    r"|fields?|tabs?|questions?|panels?)\s+(?:for|when|if|unless|on)\b",
    # "any renewal with a price increase above 7% flagged to the account director".
    r"\b(?:flagged|escalated|forwarded)\s+to\s+(?:the|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
    + _PEOPLE_ROLES + r"\b",
    # "usage ... rated at a custom blended rate".
    r"\brated\s+(?:at|using|against)\s+(?:a|an|the|their)\b",
    # "plan downgrades to take effect only at the end of the current billing term".
    r"\b(?:downgrades?|upgrades?|plan\s+(?:changes?|switch(?:es)?)|tier\s+changes?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:takes?|taking|took)\s+effect\b",
    # "tiered pricing for their wholesale usage plan".
    r"\b(?:tiered|volume|graduated|usage[\s-]based|stair[\s-]?step|per[\s-]unit)\s+"
    r"pric(?:ing|es)\s+(?:for|on|in|across)\s+their\b",
)  # fmt: skip

BILLING_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "only HR to see salary fields", "only the payroll team to view pay slips".
    r"\bonly\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+)\s+to\s+(?:see|view|access|edit"
    r"|open|read|download)\b",
)

BILLING_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\bprice\s+increases?\b" + ROUTED_AHEAD,
    r"\bpre-?pay" + NOT_THEIR_CUSTOMERS + r"\b",
    r"\bup[\s-]?front" + NOT_RECOGNITION + r"\b",
)

# Phrases of promises.tagging_vocab.COMMERCIAL_TERMS matched only in the shapes above.
BILLING_TERM_PHRASES = frozenset(("price increase", "prepay", "pre-pay", "upfront"))
