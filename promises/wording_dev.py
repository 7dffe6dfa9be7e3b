"""What makes an ask concrete on a developer platform or in marketing consent, for the
wording lint (promises.wording), and where a quantity word says when rather than how much.

Same conventions as promises.wording_anchors: lowercase regexes run on fold_case(text),
every alternative starting with \\b.

A developer platform's own objects are named as compounds ("pull requests", "pipeline
runs", "build minutes", "a static-analysis stage", "the change freeze"); a bare
"pipeline" or "setup" says nothing ("scalable, secure, compliant pipelines" stays vague,
by its soft words). A split of what someone may do ("admins who can manage users but
cannot see billing") is an access rule; a consent mechanism ("double opt-in") is a
control; a fraction of a price ("half the list rate") is a figure.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

DEV_SUBJECTS = (
    r"\b(?:(?:pull|merge)\s+requests?|commit\s+messages?|(?:main|master|release|default)"
    r"\s+branch(?:es)?|pipeline\s+(?:runs?|stages?|steps?|jobs?)|(?:build|ci|runner)\s+minutes"
    r"|static[\s-]analysis|(?:build|test|deploy(?:ment)?|scan|approval)\s+stages?"
    r"|(?:change|code|deploy(?:ment)?|release)[\s-]freezes?|feature\s+flags?"
    r"|(?:staging|production)\s+(?:builds?|deploys?|deployments?|environments?)"
    r"|error\s+payloads?|container\s+images?|rate[\s-]limits?)\b",
    # "department admins who can manage users but cannot see billing".
    r"\bwho\s+can\s+(?:[\w-]+\s+){1,3}?but\s+(?:cannot|can['’]t|can\s+not|not)\s+\w",
    r"\b(?:double|single|confirmed)[\s-]opt-?ins?\b",
)
DEV_DETAILS = (
    # "billed at half the list rate", "a third of the standard fee".
    r"\b(?:half|a\s+third\s+of|a\s+quarter\s+of|double|twice)\s+(?:the\s+|our\s+)?"
    r"(?:list\s+|standard\s+|current\s+|usual\s+)?(?:price|rate|fee|cost)s?\b",
)

# A quantity in a reason ("because some error payloads may contain patient data") or in a
# relative clause that picks out records ("purchase orders that span several cost
# centers") says which or why, not how much work there is; "data from several systems"
# and "some reporting tweaks" are still refused.
_QUANTITY_AS_WHICH = re.compile(
    r"\b(?:because|since|in\s+case|given\s+that)\s+$"
    r"|\b(?:that|which)\s+(?:spans?|covers?|includes?|touch(?:es)?|involves?|cross(?:es)?"
    r"|contains?|references?|mentions?)\s+$"
)


def quantity_as_which(folded: str, start: int) -> bool:
    """Whether the quantity word at `start` of folded text sits in such a clause."""
    return _QUANTITY_AS_WHICH.search(folded[max(0, start - 40) : start]) is not None
