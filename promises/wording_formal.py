"""Wording families of tender language and of asks reported second-hand (promises.wording).

Same conventions as promises.wording_patterns, which adds _FORMAL_VAGUE to its always-vague
families and _FORMAL_BUZZ to its slogans: each family maps a name to (advice shown with
the words, lowercase regex whose every alternative starts with \\b).

A tender says "shall" and "must" and still leaves the promise open: "in a timely manner",
"to the satisfaction of the Authority", "tailored to the Trust's needs", "the same way as
the current system", "broadly supported, subject to further discussion", "appropriate
encryption", "scalable to meet future needs". A rep passing on what the customer said
asks instead of hedging: "they asked if we could ..." is their request, not our "we
could"; "the only thing holding them back is SSO" names the thing.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

from promises.tagging_rules_trades import not_behind
from promises.wording_playdown import _COMPARISON

# "They asked if we could ...", "wondered whether it would be possible to ...": a question
# reported for the customer is their request, not our hedge. Checked behind "we could"
# and "possible" in the hedge family of promises.wording_patterns.
_ASKING = (
    "asked", "asks", "ask", "asking", "wondered", "wonders", "wondering", "queried",
    "enquired", "inquired", "checked", "checking", "check", "want to know", "wants to know",
    "wanted to know", "like to know", "need to know", "needs to know", "to see",
    # Polite requests in customers' own mails: "kindly advise if it is possible to".
    "advise", "confirm", "let us know", "let me know", "tell us", "inform us", "clarify",
)  # fmt: skip
_WHO = ("", "us ", "me ")
_QUESTION = [f"{a} {w}{c} " for a in _ASKING for w in _WHO for c in ("if", "whether")]


def _asked(*tails: str) -> str:
    """Lookbehinds that fail after a reported question and then one of tails (fixed-width
    regexes, such as r"(?:we|it)\\scould")."""
    return "".join(not_behind(*_QUESTION, tail=tail) for tail in tails)


# Checked after "we could" and after "possible" respectively.
_ASKED_IF = _asked(r"(?:we|it)\scould", r"(?:we|it)\smay", r"(?:they|this|that)\scould",
                   r"(?:they|this|that)\smay")  # fmt: skip
_ASKED_IF_POSSIBLE = _asked(r"(?:it's|it’s)\spossible", r"it\sis\spossible", r"it\swas\spossible",
                            r"(?:that|this)\sis\spossible", r"it\swould\sbe\spossible",
                            r"(?:that|this)\swould\sbe\spossible")  # fmt: skip

# "thing" names nothing, except as the head of a cleft whose "is" names it: "the only
# thing holding them back is SSO", "the one thing they need is a nightly export". Checked
# after "thing(s)" in the filler family of promises.wording_patterns.
_CLEFT_HEADS = ("only", "one", "main", "key", "last", "big", "biggest", "first", "real")
_NAMED_THING = (
    r"(?<!internet\sof\sthing)(?<!internet\sof\sthings)(?<!iot\sthing)(?<!iot\sthings)"
    r"(?!(?:" + "|".join(rf"(?<={h}\sthing)|(?<={h}\sthings)" for h in _CLEFT_HEADS)
    + r")(?:\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were)\b|\s*:))"
)

# Vague whatever the rest of the sentence says.
_FORMAL_VAGUE: dict[str, tuple[str, str]] = {
    "timely": (
        "is not a date: give the date or the window (e.g. within five business days), or "
        "say that timing is not promised.",
        r"\bin\s+a\s+(?:timely|prompt|reasonable|expedient|expeditious)\s+(?:manner|fashion|way)\b"
        r"|\bon\s+a\s+timely\s+basis\b|\bin\s+good\s+time\b|\bwithin\s+a\s+reasonable\s+"
        r"(?:time|period|timeframe|time\s*frame|timescale)\b",
    ),
    # "to the satisfaction of the Authority", "to the Council's reasonable satisfaction".
    "satisfaction": (
        "promises how someone will feel, not what the product does: name the result they "
        "will accept (e.g. user acceptance tests passed, a signed-off test plan).",
        r"\bto\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:[\w-]+['’]s\s+)?"
        r"(?:full\s+|complete\s+|entire\s+|total\s+|reasonable\s+)?satisfaction\b",
    ),
    # "tailored to the Trust's needs", "configured around their requirements" (not a
    # document that lists them: "the requirements in Schedule 2").
    "tailored": (
        "promises to fit their needs without saying how: name the rule, field, step or "
        "system that changes.",
        r"\b(?:tailored|customi[sz]ed|adapted|configured|designed|built|geared|shaped)\s+"
        r"(?:to|around|for)\s+(?:the\s+|their\s+|its\s+|our\s+|your\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:own\s+|specific\s+|particular\s+|individual\s+|unique\s+|evolving\s+|changing\s+)?"
        r"(?:needs|requirements|processes|ways\s+of\s+working|circumstances|preferences)\b"
        r"(?!\s+(?:in|set\s+out|listed|described|under|of|at|as\s+set)\b)",
    ),
    # "work in the same way as the Council's current system", "identical to the existing
    # platform": today's tool named as the measure, its behaviour not.
    "same_as_current": (
        _COMPARISON,
        r"\b(?:same\s+(?:way\s+|manner\s+)?as|identical\s+to|equivalent\s+to|similar\s+to)"
        r"\s+(?:the\s+|their\s+|its\s+|our\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:current|existing|old|legacy|previous|former|incumbent|present)\b",
    ),
    # "broadly supported", "largely compliant": a yes that says neither how far nor where not.
    "qualified_support": (
        "qualifies the yes without saying how: state exactly what is promised and what is not.",
        r"\b(?:broadly|largely|mostly|substantially|generally(?!\s+available))\s+(?:supported"
        r"|compliant|covered|met|satisfied|achievable|aligned|available|agreed|accepted"
        r"|acceptable|feasible|in\s+place|in\s+line)\b",
    ),
    # "subject to further discussion", "to be agreed": the answer is not given yet.
    "not_settled": (
        "hedges the promise: say exactly what will be delivered, or leave it out.",
        r"\bsubject\s+to\s+(?:(?:further|more|additional|final|detailed|ongoing|mutual)\s+"
        r"(?:discussions?|negotiations?|clarification|scoping|confirmation|review|agreement"
        r"|validation|investigation|assessment|analysis)|discussions?|negotiations?"
        r"|clarification|scoping|confirmation|feasibility|due\s+diligence)\b"
        # "to be scoped to read-only access" limits it (promises.wording_tech).
        r"|\bto\s+be\s+(?:agreed|discussed|scoped(?!\s+(?:down\s+)?to\b)|clarified|negotiated)\b",
    ),
}

# Vague unless the sentence gives a figure, a frequency or a date, as for slogans.
_FORMAL_BUZZ: dict[str, tuple[str, str]] = {
    # "appropriate encryption", "adequate safeguards": the measure is left to someone else.
    "adequate": (
        "leaves the measure to someone else: name the control or give the figure (e.g. "
        "AES-256 encryption at rest, daily backups kept 35 days).",
        r"\b(?:appropriate|adequate|suitable|sufficient|proportionate|reasonable"
        r"|commensurate|acceptable)\s+(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:security|encryption"
        r"|controls?|measures|safeguards|protections?|backups?|logging|monitoring|auditing"
        r"|authentication|permissions|redundancy|resilience|capacity|performance|support"
        r"|training|service\s+levels?|documentation|testing|governance|availability|uptime)\b",
    ),
    # "scalable to meet future needs", "evolving requirements": growth with no figure.
    "future_needs": (
        "promises growth without a figure: give the volume, users or rate it must handle.",
        r"\b(?:future|evolving|changing|growing|expanding|long[\s-]term)\s+(?:business\s+)?"
        r"(?:needs|requirements|demands?|growth|volumes?|usage)\b",
    ),
    # "notify the Authority without undue delay": prompt, but by when?
    "undue_delay": (
        "is not a date: give the window (e.g. within 24 hours), or say that timing is not "
        "promised.",
        r"\bwithout\s+(?:undue|unreasonable|unnecessary)\s+delay\b",
    ),
}
