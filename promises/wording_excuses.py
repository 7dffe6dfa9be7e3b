"""Soft-looking words that a concrete ask uses in their plain sense, and a rule said as
a split of who may act, for the wording lint (promises.wording).

Same conventions as promises.wording_anchors: lowercase regexes run on fold_case(text),
every alternative starting with \\b.

- "later" after an ordinal or a version ("the second and later children in a family",
  "iOS 16 and later") picks out things in a series; it puts nothing off ("SSO later",
  "in a later phase" and "the first month and later" stay refused).
- "best-effort" as an engineering qualifier of a mechanism whose figures are given
  ("retried automatically 3 times (best-effort, 2 minutes apart)", "best-effort
  delivery") names a delivery class; "on a best-effort basis", "best effort on the tax
  engine" and "a best effort" still promise effort, not a result.
- A regulation label on a control that the sentence then spells out ("FERPA-aligned
  access so teachers only see students in their own sections") says what the control
  does; "FERPA-aligned where it counts" and "fully DORA-ready across the board" do not.
- "that could" or "which may" opening a clause about a counted noun ("a DPA that names
  every subprocessor that could touch applicant records", "any device which may hold
  PHI") says which ones are meant, not how sure we are; "that could work", "it may be
  fine" and "any tool that could help" still hedge.
- "Only regional managers, not front-desk staff, should be able to download the client
  list": the people who may act, set against those who may not in an aside between
  commas, then "should be able to" and what they do, is an access rule, like "Teachers
  should be able to view" (promises.wording_patterns); "We, not they, should be able to"
  and "It should be able to, roughly" still hedge.
- Who may not act on a record, against who may ("cashiers must not be able to void a
  transaction after it has been tendered; only shift leads can"), is an access rule,
  like "admins who can manage users but cannot see billing" (promises.wording_dev).
"""

# ruff: noqa: RUF001  (curly quotes and dashes are what people type)
from __future__ import annotations

import re

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|v?\d+(?:\.\d+)*)"
)
# "... second and later", "version 2.1 or later": the words just before "later".
_SERIES_BEFORE = re.compile(r"\b" + _ORDINAL + r"\s+(?:and|or)\s+$")

_TECH_QUALIFIED = (
    r"(?:delivery|deliveries|retr(?:y|ies)|ordering|semantics|dedup(?:lication)?|qos"
    r"|traffic|queues?|mode|sync|replication|notifications?)"
)
# "(best-effort, 2 minutes apart)": a parenthetical that carries a figure as well.
_BEST_EFFORT_ASIDE = re.compile(r"\(\s*$")
_BEST_EFFORT_AFTER = re.compile(r"[^()]*\d[^()]*\)|\s+" + _TECH_QUALIFIED + r"\b")

# The label, then the control it qualifies, then a clause saying what that control does:
# "FERPA-aligned access so teachers only see ...", "HIPAA-ready retention, meaning ...".
_LABEL_SPELLED_OUT = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:access|permissions?|roles?|controls?|retention|logging"
    r"|audit\s+(?:logs?|trails?)|encryption|consent|deletion|hosting|storage|masking"
    r"|exports?|reporting)\s*(?:,\s*)?(?:so\s+(?:that\s+)?|such\s+that\s+|meaning\s+(?:that\s+)?"
    r"|whereby\s+|where\s+|in\s+which\s+|:\s*)(?!(?:it|that|this)\s+counts\b)"
    r"(?:(?:the|their|all|only|each|every|no)\s+)?[a-z-]{3,}\s+(?:only\s+|never\s+|cannot\s+"
    r"|can\s+|must\s+|are\s+|is\s+)?[a-z-]{3,}"
)

# "every subprocessor that could ...": a quantified noun just before the relative
# pronoun, then a verb that says what those ones do (not "be", "work", "help").
_COUNTED_BEFORE = re.compile(r"\b(?:every|any|each|all|no)\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}\s+$")
_SCOPING_VERB = re.compile(
    r"\s+(?!(?:be|work|help|matter|need|want|do|come|apply|change|happen)\b)[a-z]{3,}"
)

# Rules said as who may not act: the negated ability on a named record, then an event
# on it or the people who may.
_NOT_ABLE = (
    r"(?:(?:must|should|shall|may)\s+not\s+be\s+able\s+to|cannot|can['’]t|can\s+not)\s+"
    r"(?!(?:do|have|get|make|handle|manage|see\s+it)\b)[a-z-]{3,}\s+(?:an?|the|any|their"
    r"|its|another)\s+(?:[a-z-]+\s+){0,2}?(?!(?:things?|stuff|one|ones|it)\b)[a-z-]{3,}"
)
PERMISSION_SUBJECTS = (
    # "... after it has been tendered", "... once it is posted", "... until it is approved".
    r"\b" + _NOT_ABLE + r"\s+(?:after|once|when|until|unless|before|while)\s+(?:it|they"
    r"|the\s+[a-z-]+)\s+(?:has|have|is|are|was|were)\s+(?:been\s+)?[a-z-]+(?:ed|en|t)\b",
    # "...; only shift leads can", "..., only a manager may".
    r"\b" + _NOT_ABLE + r"[^.;!?]{0,80}?[;,–—-]\s*(?:and\s+|but\s+)?only\s+(?:the\s+|their\s+"
    r"|a\s+|an\s+|named\s+)?(?!(?:we|they|you|us|i|he|she|someone|somebody|anyone|people"
    r"|the\s+right)\b)(?:[a-z-]+\s+){0,2}?[a-z-]{3,}\s+(?:can|may|are\s+allowed|is\s+allowed)\b",
)


# "Only regional managers, not front-desk staff, ": who may act, set against who may not,
# just before "should be able to" (a subject of three words at most on either side).
_ONLY_NOT_ASIDE = re.compile(
    r"\bonly\s+(?:the\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]{3,},\s+(?:and\s+|but\s+)?"
    r"not\s+(?:the\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]{3,},\s+$"
)
# What they are able to do: a verb, then its object.
_ABLE_TO_ACT = re.compile(
    r"\s+(?!(?:do|help|handle|manage|work|cover|get\s+there)\b)[a-z-]{3,}\s+\w"
)


def plain_sense(family: str, folded: str, start: int, end: int) -> bool:
    """Whether the soft-looking words of `family` at start:end are used in a plain
    sense (the caller checks that the sentence names something concrete elsewhere
    for the regulation label)."""
    if family == "when" and folded[start:end] == "later":
        return _SERIES_BEFORE.search(folded[max(0, start - 24) : start]) is not None
    if family == "effort" and folded[start:end].startswith("best"):
        return (
            _BEST_EFFORT_ASIDE.search(folded[max(0, start - 3) : start]) is not None
            and _BEST_EFFORT_AFTER.match(folded, end) is not None
        ) or (
            folded[start:end] == "best-effort"
            and re.match(r"\s+" + _TECH_QUALIFIED + r"\b", folded[end:]) is not None
        )
    if family == "hedge" and folded[start:end].split()[0] in ("that", "which"):
        return (
            _COUNTED_BEFORE.search(folded[max(0, start - 60) : start]) is not None
            and _SCOPING_VERB.match(folded, end) is not None
        )
    if family == "hedge" and folded[start:end].startswith("should"):
        return (
            _ONLY_NOT_ASIDE.search(folded[max(0, start - 100) : start]) is not None
            and _ABLE_TO_ACT.match(folded, end) is not None
        )
    if family in ("regulation_label", "outcome") and folded[end - 8 : end].endswith(
        ("aligned", "ready", "alignment")
    ):
        return _LABEL_SPELLED_OUT.match(folded, end) is not None
    return False
