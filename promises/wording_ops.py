"""Wording families of asks from operations buyers: HR and payroll, logistics, field
service and contact centres (promises.wording).

Same conventions as promises.wording_patterns, which adds _OPS_VAGUE to its always-vague
families: each family maps a name to (advice shown with the words, lowercase regex whose
every alternative starts with \\b).

A buyer waves the size away ("flexible approval workflows, nothing crazy", "nothing too
fancy"), trusts it will sort itself out ("the IoT piece will work out", "it should all
fall into place") or offers to cover whatever comes ("whatever integration needs they
have around Maximo").

A finance or commerce buyer asks for room instead of a rule ("flexibility on approvals",
"flexible approval rules, basically") or for something light said of a system
("something lightweight to keep the ERP in step"): whatever system is named, the rule or
the sync is not.

A fleet or small-business buyer puts the details off ("an approval flow, details to
follow") or measures the ask against what they have ("routing smarter than what they
have now"): neither says what is to be built.

A rep reports their own answer as the ask ("they asked about encryption keys and we said
it's covered", "I told them that's all handled"): what was said names no control,
paper or feature.
"""

from __future__ import annotations

import re

from promises.tagging_rules_docs import RULE_CRITERION

# A flexible rule that is then written out passes: "a flexible skills-based routing rule
# that matches tickets to agents by product and language" says what goes where and on
# what, and so does one that sends each item to a named person "for the property's state"
# (promises.tagging_rules_docs.RULE_CRITERION); "to the right people" names nobody.
# Checked after the flexible words.
# The same rule may name only what decides it: "a flexible routing rule that assigns
# incoming cases by the requester's region" ("by the right criteria" names nothing).
_NOT_NAMED = (
    r"(?!(?:the\s+|a\s+)?(?:right|appropriate|relevant|correct|proper|best|whoever"
    r"|whichever)\b)"
)
_RULE_WRITTEN = (
    r"(?!(?:\s+(?:rules?|logic|polic(?:y|ies)))?\s+(?:that|which|to)\s+(?:match|assign|route"
    r"|send|distribute|allocate|move|give|hand)(?:e?s|ed)?\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:(?:to|between|among)\s+" + _NOT_NAMED + r"(?:[\w'\u2019-]+\s+){1,3}?" + RULE_CRITERION
    + r"|(?:by|based\s+on|according\s+to)\s+" + _NOT_NAMED + r"\w))"
)

_OPS_VAGUE: dict[str, tuple[str, str]] = {
    # "we'll handle whatever the association requires", "handle the new settlement
    # changes", "rules that just work for their union": a promise to cover what comes,
    # whatever rule or body is named, says nothing of what is built.
    "cover_whatever": (
        "offers to cover whatever comes: name the report, rule or change and what the "
        "product will do about it (e.g. the monthly REMIT trade report sent to ACER by T+1).",
        r"\b(?:handle|cover|take\s+care\s+of|deal\s+with|absorb)\s+whatever\b"
        r"|\bhandle\s+(?:the|any|all)\s+(?:new\s+|upcoming\s+|coming\s+)?(?:[\w-]+\s+){0,2}?"
        r"changes\b(?!\s+(?:to|in|of)\b)"
        r"|\bjust\s+work\s+for\b",
    ),
    # "nothing crazy", "nothing too fancy", "nothing over the top".
    "nothing_crazy": (
        "waves the size away: say exactly what is and is not included.",
        r"\bnothing\s+(?:too\s+|very\s+|overly\s+|super\s+)?(?:crazy|fancy|wild|elaborate"
        r"|heavy|exotic|over\s+the\s+top|out\s+of\s+the\s+ordinary)\b",
    ),
    # "the IoT piece will work out", "it should all fall into place".
    "will_work_out": (
        "trusts it will sort itself out: say what will be built or configured, and by when.",
        r"\b(?:will|should|would|is\s+going\s+to|are\s+going\s+to|gonna)\s+(?:all\s+)?(?:work"
        r"\s+(?:itself\s+|themselves\s+)?out|fall\s+into\s+place|sort\s+(?:itself|themselves)"
        r"\s+out|come\s+together)\b",
    ),
    # "whatever integration needs they have", "whatever requirements the customer brings".
    "whatever_needs": (
        "has no limit: list exactly what is included.",
        r"\bwhatever\s+(?:[\w-]+\s+){0,2}?(?:needs|requirements|asks|requests|use\s+cases)"
        r"\s+(?:they|you|we|(?:the|their|this|each)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:have|has|bring"
        r"|brings|might\s+have|may\s+have|come\s+up\s+with)\b",
    ),
    # "flexibility on approvals", "flexible approval rules", "flexibility around routing".
    "flexible_rules": (
        "asks for room, not a rule: write the rule itself (who approves what, above which "
        "amount, in which order).",
        r"\bflexib(?:le|ility)\s+(?:on|around|in|with|over)\s+(?:the\s+|their\s+|our\s+)?"
        r"(?:[\w-]+\s+)?(?:approvals?|approvers?|workflows?|rules|routing|matching|logic"
        r"|processes|policies|tolerances?)\b"
        r"|\bflexible\s+(?:[\w-]+\s+)?(?:rules|approvals|routing|logic|matching|policies"
        r"|tolerances)\b" + _RULE_WRITTEN
        # "a flexible approval process": a process that is only flexible names no rule.
        + r"|\bflexible\s+(?:approval|review|sign-?off|routing|escalation)\s+(?:process(?:es)?"
        r"|flows?|workflows?|chains?|steps?)\b(?!\s+(?:where|whereby|in\s+which|that|which|so\s+that)\b)"
        + _RULE_WRITTEN,
    ),
    # "something lightweight to keep the ERP in step", "something simple on the Xero side".
    "something_light": (
        "says how small it should feel, not what it is: name the system, format, frequency "
        "and volume (e.g. approved bills posted to NetSuite every 15 minutes).",
        r"\bsomething\s+(?:very\s+|fairly\s+|pretty\s+|really\s+)?(?:lightweight|light"
        r"|simple|small|quick|basic|easy|minimal|straightforward|lean)\b",
    ),
    # "something modern and scalable for the DC": a feeling in place of a thing.
    "something_feel": (
        "says how it should feel, not what it is: name the system, control, format, rule "
        "or figure (e.g. pick confirmations posted to their ERP every five minutes).",
        r"\bsomething\s+(?:more\s+|very\s+|really\s+|truly\s+)?(?:modern|scalable|robust"
        r"|flexible|future[\s-]proof|powerful|sleek|slick|intuitive|user[\s-]friendly|reliable"
        r"|solid|cutting[\s-]edge|state[\s-]of[\s-]the[\s-]art|enterprise[\s-]ready|smart"
        r"|innovative|best[\s-]in[\s-]class|world[\s-]class)\b",
    ),
    # "a smooth transition off their spreadsheets", "a painless cutover": how the change
    # should feel, whatever system it leaves or lands on.
    "smooth_change": (
        "says how the change should feel, not what is done: name what is moved or set up, "
        "from where, and by when (e.g. 4,000 contracts imported from their SharePoint by May 1).",
        r"\b(?:smooth|seamless|painless|frictionless|hassle[\s-]free|effortless"
        r"|trouble[\s-]free)\s+(?:transition|migration|switch(?:over)?|move|changeover|cutover"
        r"|handover|hand-off|handoff|onboarding|go-live|rollout|adoption)s?\b",
    ),
    # "details to follow", "specifics to come", "requirements TBD": the ask is promised later.
    "details_later": (
        "puts what is wanted off to later: write the details now (what, on which records, "
        "in which system).",
        r"\b(?:(?:the|more|further|full|exact)\s+)?(?:details|specifics|specs|requirements"
        r"|particulars)\s+(?:are\s+|still\s+)?(?:to\s+follow|to\s+come|tbd|tbc|to\s+be"
        r"\s+(?:confirmed|decided|defined|determined)|coming\s+later|later)\b",
    ),
    # "the routing to be smarter than what they have now", "better than their current tool".
    "better_than_now": (
        "compares with what they have, not with a measure: say what it must do (e.g. routes "
        "planned under 48 stops per driver, re-planned when an order is added).",
        r"\b(?:smarter|better|more\s+intelligent|more\s+efficient|more\s+modern|slicker"
        r"|nicer)\s+than\s+(?:what\s+(?:they|the\s+customer|the\s+team)\s+(?:have|has|use|uses"
        r"|had|used)\b|what\s+[\w-]+\s+(?:gives|gave|offers|offered)\s+them\b"
        r"|(?:their|the)\s+(?:current|existing|old|legacy)\s+(?:one|setup|set-up"
        r"|system|tool|process)\b|(?:it\s+is\s+)?(?:today|now)\b)",
    ),
    # "we said it's covered", "I told them that's handled", "we confirmed it is fine".
    "said_covered": (
        "reports a reassurance, not a promise: name the control, paper or feature that "
        "covers it (e.g. customer-managed keys in AWS KMS).",
        r"\b(?:i|we)\s+(?:(?:already|just)\s+)?(?:said|told\s+(?:them|him|her|the\s+(?:customer"
        r"|buyer|client|prospect))|answered|replied|confirmed|assured\s+(?:them|him|her))\s+"
        r"(?:that\s+)?(?:it['\u2019]?s|it\s+is|that['\u2019]?s|that\s+is|this\s+is"
        r"|they['\u2019]?re|they\s+are|we['\u2019]?re|we\s+are|all\s+of\s+(?:it|that)\s+is)\s+"
        r"(?:all\s+|fully\s+|totally\s+|already\s+)?(?:covered|fine|handled|sorted"
        r"|taken\s+care\s+of|no\s+problem|ok|okay|doable|not\s+a\s+problem)\b"
        r"(?!\s+(?:by|under|in|with|through|via|for)\b)",
    ),
}


# "one invoice split ... when a subscription is shared by several departments": a
# quantity inside a condition says when the rule applies, not how much work there is.
_QUANTITY_IN_CONDITION = re.compile(
    r"\b(?:when|whenever|if|where|once)\s+[^.;,]{0,60}?\b\w+(?:ed|en)\s+(?:by|across"
    r"|between|among|with)\s+$"
)


def quantity_in_condition(folded: str, start: int) -> bool:
    """Whether the quantity word at `start` of folded text sits in such a condition."""
    return _QUANTITY_IN_CONDITION.search(folded[max(0, start - 90) : start]) is not None
