"""Wording families of asks relayed by partners and customer-success managers, of
technical buyers and of discovery-workshop write-ups (promises.wording).

Same conventions as promises.wording_patterns, which adds _TECH_VAGUE to its always-vague
families, _TECH_BUZZ to its slogans and _TECH_NAMED_ONLY to the families refused unless
the rest of the sentence names something concrete: each family maps a name to (advice
shown with the words, lowercase regex whose every alternative starts with \\b).

Someone passing an ask on ("The CSM for Globex reports", "At renewal, Hooli wants") names
the customer, which is no system (RELAYED_PARTY, used by promises.wording_mail), and the
ask may still be empty: "whatever it takes to pass their audit", "to be flexible on their
workflow", "the same as last year but better", "peace of mind around their data". A
technical buyer's jargon can be just as empty: "whatever stack they land on", "something
around least privilege", "a mature key-management story", "aligned with industry best
practice", "keys somewhere sensible", "top of mind", "a single pane of glass", "defence in
depth", "support their GxP needs", "full transparency on spend". "Scoped to read-only
access" limits the access; it is not "to be scoped" later.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

from promises.wording_playdown import _COMPARISON

# "without the usual add-on fee": a fee everyone knows, not "the usual" stuff. Checked
# after "the usual" in the filler family of promises.wording_patterns.
USUAL_FEE = r"(?!\s+(?:[\w%$€£.,-]+\s+)?(?:fees?|charges?|surcharges?|uplifts?|costs?|rates?)\b)"

_UNBOUNDED = "has no limit: list exactly what is included."

# Vague whatever the rest of the sentence says.
_TECH_VAGUE: dict[str, tuple[str, str]] = {
    # "whatever it takes to pass their audit", "whatever stack they land on", "whatever
    # volumes they throw at us", "lakehouse, streaming, whatever comes next", "could be
    # Databricks, could be something else".
    "whatever_comes": (
        _UNBOUNDED,
        r"\bwhatever\s+(?:it\s+takes|comes\s+(?:next|up|along|later)|is\s+next)\b"
        r"|\bwhatever\s+(?:[\w-]+\s+){0,2}?(?:they|you|we|it|the\s+(?:customer|client|buyer))\s+"
        r"(?:throw|throws|land\s+on|lands\s+on|pick|picks|choose|chooses|decide\s+on|decides\s+on"
        r"|settle\s+on|settles\s+on|end\s+up\s+(?:with|using|choosing|on)|ends\s+up\s+(?:with"
        r"|using|choosing|on|meaning)|go\s+with|goes\s+with)\b"
        r"|\bwhatever\s+(?:that|this|it)\s+(?:ends\s+up\s+)?mean(?:s|ing)?\b"
        r"|\bsomething\s+else(?:\s+entirely)?\b",
    ),
    # "us to be flexible on their workflow requirements", "stay accommodating about dates".
    "flexible_on": (
        "asks for goodwill, not behaviour: name the rule, field, step or figure that "
        "changes (e.g. a second approval step for orders over $50,000).",
        r"\b(?:be|being|stay|remain|are|is)\s+(?:more\s+|very\s+|really\s+|fully\s+)?(?:flexible"
        r"|accommodating|lenient|generous|understanding|easy\s+going|easygoing)\s+(?:on|about"
        r"|around|with|regarding|towards?|when\s+it\s+comes\s+to)\b",
    ),
    # "the same as last year but better", "what they have now, only faster".
    "same_but_better": (
        _COMPARISON,
        r"\b(?:wants?|needs?|expects?|asks?\s+for|gets?|keeps?|requires?)\s+(?:exactly\s+|just\s+"
        r"|basically\s+)?(?:the\s+)?same\s+as\s+(?:last|this|the\s+previous|the\s+prior|before"
        r"|today|now)\b|\b(?:but|only|just|yet)\s+(?:a\s+bit\s+|a\s+little\s+|much\s+|way\s+)?"
        r"(?:better|improved|nicer|smoother|faster|slicker)(?=\s*(?:[.,;!?]|$))",
    ),
    # "Something around least privilege and continuous verification", "something to do
    # with SSO".
    "something_around": (
        "names a topic, not a promise: say exactly what the product will do.",
        r"\bsomething\s+(?:around|to\s+do\s+with|in\s+the\s+(?:area|space|realm|region)\s+of"
        r"|on\s+the\s+(?:lines|topic)\s+of|related\s+to|regarding)\b",
    ),
    # "a mature key-management story", "their integration story": a narrative about a
    # capability, not the capability.
    "story": (
        "tells a story, not a promise: name the control, system, format or rule behind it.",
        r"\b(?:integration|security|data|identity|key[\s-]management|compliance|ai|mobile"
        r"|governance|privacy|platform|api|migration|analytics|reporting|observability"
        r"|encryption|resilience|recovery|scaling|scale|cloud|devops|sso|access|audit|hosting"
        r"|residency|sovereignty|interoperability|automation|workflow|pipeline|streaming)\s+"
        r"story\b",
    ),
    # "aligned with industry best practice", "in line with regional expectations".
    "aligned_with": (
        "borrows someone else's yardstick: name the control, paper or figure it means.",
        r"\b(?:aligned|alignment|in\s+line|consistent|compliant|conform(?:s|ing)?)\s+with\s+"
        r"(?:the\s+|their\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:best[\s-]practices?|good\s+practices?"
        r"|industry\s+(?:standards?|norms|practices?|expectations)|market\s+(?:standards?"
        r"|practices?|norms)|(?:[\w-]+\s+)?expectations|(?:their|the)\s+(?:own\s+)?(?:reference"
        r"\s+)?architecture)\b",
    ),
    # "keys somewhere sensible", "hosted somewhere safe".
    "somewhere": (
        "is not a place: name the region, the system or who holds it.",
        r"\bsomewhere\s+(?:sensible|safe|secure|appropriate|reasonable|good|suitable|else)\b",
    ),
    # "expects the LLM to never hallucinate", "100% accurate answers": perfection promised,
    # which no figure or test can hold.
    "perfection": (
        "promises perfection: give the measure and the figure (e.g. answers cite a source "
        "document in 95% of sampled cases, RPO of 15 minutes).",
        r"\bnever\s+(?:ever\s+)?(?:hallucinat\w*|make\s+(?:a\s+|any\s+)?(?:mistakes?|errors?)"
        r"|be\s+wrong|gets?\s+(?:it|anything)\s+wrong|go\s+down|lose\s+(?:any\s+)?data|miss\s+a\s+beat)\b"
        r"|\b(?:zero|no)\s+hallucinations?\b|\b(?:100\s?%|fully|perfectly|completely|always)\s+"
        r"accurate\b|\b(?:100\s?%|perfect|complete|total)\s+accuracy\b",
    ),
}

# Vague unless the rest of the sentence names something concrete.
_TECH_NAMED_ONLY: dict[str, tuple[str, str]] = {
    # "peace of mind around their data", "reassurance about security".
    "feeling_about": (
        "promises a feeling, not behaviour: name the control, paper or figure (e.g. a SOC 2 "
        "Type II report, AES-256 encryption at rest).",
        r"\b(?:peace\s+of\s+mind|comfort|assurance|reassurance|confidence)\s+(?:on|about"
        r"|around|regarding|over|with|re|for|in)\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+)?"
        r"(?:data|security|privacy|compliance|hosting|regulators?|regulations?|audits?"
        r"|protection|risk|obligations|platform|product|us)\b",
    ),
    # "Data sovereignty is top of mind for them", "high on their list".
    "top_of_mind": (
        "says it matters without saying what is asked: name the control, system, rule or "
        "date (e.g. all data hosted in Frankfurt).",
        r"\b(?:top|front|front\s+and\s+centre|front\s+and\s+center)\s+of\s+mind\b"
        r"|\bhigh\s+on\s+(?:their|the|our)\s+(?:list|agenda|radar)\b"
        r"|\bon\s+(?:their|the)\s+radar\b",
    ),
    # "support their GxP needs": a regime or a trade named only as the owner of needs.
    "named_needs": (
        "names their needs, not what we do: name the control, paper, system or rule (e.g. "
        "Part 11 e-signatures on batch release, an audit trail of result changes).",
        r"\b(?:meets?|meeting|satisf(?:y|ies|ying)|covers?|handles?|handling|address(?:es)?"
        r"|fulfil+s?|supports?|supporting|solves?|take\s+care\s+of)\s+(?:all\s+(?:of\s+)?)?"
        r"(?:their|the|its|your|buyer['’]s|customer['’]s)\s+(?:[\w./-]+\s+){1,2}?"
        r"(?:needs|requirements|expectations|obligations)\b",
    ),
    # "full transparency on where every dollar goes": openness promised, nothing shown.
    "transparency": (
        "promises openness, not a report: name the figures, the report or the file and how "
        "often (e.g. a daily spend report by campaign with fees itemised).",
        r"\b(?:full|complete|total|more|better|greater|maximum|100%)\s+(?:transparency"
        r"|traceability|openness|clarity)\b",
    ),
}

# Vague unless the sentence gives a figure, a frequency or a date, as for slogans.
_TECH_BUZZ: dict[str, tuple[str, str]] = {
    # "mirror production closely enough", "fast enough for their traders".
    "enough": (
        "leaves the measure open: give the figure (e.g. refreshed weekly from production, "
        "p95 under 300 ms).",
        r"\b(?:close|closely|near|nearly|good|accurate|similar|fast|quick|secure|reliable"
        r"|realistic|representative|stable)\s+enough\b",
    ),
    "tech_slogan": (
        "is a slogan, not a promise: give the figure or the behaviour behind it (e.g. 99.9% "
        "monthly uptime, MFA for every login).",
        r"\bsingle\s+pane\s+of\s+glass\b|\bdefen[cs]e[\s-]in[\s-]depth\b"
        r"|\bgolden[\s-]record\s+strateg(?:y|ies)\b",
    ),
}

# The customer a messenger speaks for: "The CSM for Globex reports", "the account manager
# at Initech says", "At renewal, Hooli wants". Used by promises.wording_mail.names_a_system.
_MESSENGER = (
    r"(?i:csms?|tams?|customer[\s-]success\s+(?:managers?|leads?|team)|account\s+(?:managers?"
    r"|executives?|leads?|teams?|owners?)|aes?|partner\s+managers?|renewals?\s+(?:managers?"
    r"|team))"
)
RELAYED_PARTY = re.compile(
    r"\b" + _MESSENGER + r"\s+(?i:for|at|of|on|covering)\s+((?:[A-Z][\w’'.&-]*(?:\s+|$)){1,3})"
    r"|\b((?:[A-Z][\w’'.&-]*\s+){1,3})(?=(?i:wants|needs|asks|requires|expects|requests"
    r"|would\s+like|is\s+asking|is\s+looking|has\s+asked|is\s+after)\b)"
)
