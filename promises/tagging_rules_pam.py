"""Trigger rules added after batches 135 (a privileged access and secrets vault vendor)
and 136 (an email marketing platform).

In a privileged access deal the product's own words are checkouts, sessions and rotation;
the customer's rules for them are custom logic:

* a credential released only through a ticket or a change request ("checked out only
  through a ticket raised in Jira"), a session ended when the user types or runs a
  command (the security words for these are kept off in promises.tagging_rules_security);
* a record acted on after a stretch of inactivity ("contacts inactive for 18 months"),
  a flow that branches a number of ways, a value "with English as the fallback", a
  content block marked mandatory or one editors cannot remove.

Money: invoices split or broken down by business unit, subsidiary or cost center are how
we bill (commercial terms), not a report cut by a dimension.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_vocab import NUM

# Who a bill is split across: the units of the buyer's business.
_BILLING_UNITS = (
    r"(?:business\s+units?|subsidiar(?:y|ies)|entit(?:y|ies)|legal\s+entit(?:y|ies)"
    r"|cost\s+cent(?:er|re)s?|departments?|divisions?|regions?|brands?|po\s+numbers?)"
)
# Behind "split by" in promises.tagging_rules: a bill split is a term, not a report cut.
NOT_A_BILL_SPLIT = "(?<!invoices\\s)(?<!invoice\\s)(?<!bills\\s)(?<!billing\\s)"
# "a session terminated ... if the user types rm -rf": a product rule on what is typed,
# not a session timeout. Checked after the session rule of promises.tagging_rules_security.
NOT_ON_A_COMMAND = (
    r"(?![^.;]{0,30}?\b(?:if|when|whenever)\s+(?:the\s+|a\s+|any\s+)?(?:user|admin|operator"
    r"|engineer)s?\s+(?:types?|runs?|enters?|executes?|issues?)\b)"
)

PAM_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "checked out only through a ticket", "released only with an approved change request".
    r"\bonly\s+(?:through|via|with|after|against)\s+(?:a|an|the)\s+(?:approved\s+|open\s+"
    r"|valid\s+)?(?:tickets?|change\s+requests?|change\s+tickets?|incidents?)\b",
    # "terminated automatically if the user types ...": an action on what is typed or run.
    r"\b(?:terminat|end|kill|block|paus|lock|suspend)(?:e|es|ed|s|ing)?\s+(?:automatically\s+)?"
    r"(?:if|when|whenever)\s+(?:the\s+|a\s+|any\s+)?(?:user|admin|operator|engineer)s?\s+"
    r"(?:types?|runs?|enters?|executes?|issues?)\b",
    # "contacts inactive for 18 months", "dormant for more than 90 days": a condition.
    r"\b(?:inactive|dormant|unengaged|idle|unopened)\s+for\s+(?:more\s+than\s+|over\s+"
    r"|at\s+least\s+)?" + NUM + r"\s+(?:days?|weeks?|months?|years?)\b",
    # "to branch three ways", "branches on whether they attended".
    r"\bbranch(?:es|ed|ing)?\s+(?:" + NUM + r"\s+ways|on\s+whether|based\s+on)\b",
    # "with English as the fallback": the value a rule uses when the field is empty.
    r"\bas\s+(?:the\s+|a\s+)?fallback\b",
    # "a mandatory disclaimer block", "a footer editors cannot remove".
    r"\b(?:mandatory|locked|required)\s+(?:[\w-]+\s+)?(?:disclaimers?|footers?"
    r"|headers?|content\s+blocks?|blocks?)\b",
    r"\b(?:editors?|authors?|marketers?)\s+(?:cannot|can't|can\s+not|are\s+unable\s+to)\s+"
    r"(?:remove|edit|change|delete|override)\b",
)  # fmt: skip

PAM_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # "our invoices split by business unit across their four subsidiaries".
    r"\b(?:invoices?|bills?|billing)\s+(?:split|broken\s+down|separated|divided)\s+(?:out\s+)?"
    r"(?:by|per)\s+(?:[\w-]+\s+)?" + _BILLING_UNITS + r"\b",
)  # fmt: skip
