"""Wording families that play the work down or approximate it (see promises.wording).

Split out of promises.wording_patterns, which re-exports them; same conventions: each
family maps a name to (advice shown with the words, lowercase regex whose every
alternative starts with \\b).
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

_COMPARISON = (
    "describes the result by comparison: name the behaviour itself (which fields, "
    "which rule, which system)."
)

# Approximations ("something along the lines of best-practice logging"): vague unless
# the sentence says what the work is (as for minimisers) and names it without a soft
# word; "some kind of" and "sort of" are refused anywhere, as hedges and quantities.
_APPROX_VAGUE: dict[str, tuple[str, str]] = {
    "approximation": (
        "approximates instead of saying what it is: name the exact control, system, format "
        "or rule (e.g. audit log export to their Splunk, a nightly CSV export to S3).",
        r"\b(?:something\s+)?along\s+(?:the|those|these|similar)\s+lines(?:\s+of)?\b"
        r"|\bsomething\s+(?:like|similar\s+to|akin\s+to|close\s+to|resembling)\b"
        r"(?!\s+(?:that|this|what|how)\b)|\bin\s+the\s+(?:spirit|vein)\s+of\b"
        r"|\b(?:an?\s+)?(?:approximation|flavou?r)\s+of\b|\bor\s+thereabouts\b",
    ),
    # "Salesforce hooked up properly", "the sync working correctly": a result wished for
    # with no measure; a control, rule, format or figure says what "properly" is.
    "done_properly": (
        "says it will be done well without saying what it is: name the records, format, "
        "frequency and direction (e.g. contacts synced from Salesforce every hour).",
        r"\b(?:hooked|wired|set|connected|linked|plugged|integrated|configured|working|works?"
        r"|worked|done|built|synced|syncing|running|runs?|talk(?:s|ing)?|communicat(?:e|es|ing)"
        # "NetSuite and the platform talking to each other properly".
        r"|interoperat(?:e|es|ing))\s+(?:up\s+|together\s+|(?:to|with)\s+(?:each\s+other"
        r"|one\s+another)\s+)?"
        r"(?:properly|correctly|right(?!\s+(?:away|now|after|before|from|on|at|to|into|when)\b)"
        r"|nicely|the\s+right\s+way|as\s+(?:it|they)\s+should|as\s+expected)\b",
    ),
}

# Playing the work down ("basically a light integration with their ERP, nothing crazy"):
# vague even next to a named system, unless the sentence also gives a figure, a format,
# a frequency, a field list, a date, a control or a rule (_MINIMISER_ANCHORS).
_MINIMISE_VAGUE: dict[str, tuple[str, str]] = {
    "minimiser": (
        "plays the work down instead of saying what it is: give the format, frequency, "
        "volume, fields or date (e.g. a nightly CSV export of five order fields to S3).",
        r"\b(?:basically|essentially)\b|\bnothing\s+(?:too\s+|very\s+|super\s+|really\s+)?"
        r"(?:crazy|fancy|major|big|special|complicated|complex|heavy|elaborate|serious|huge"
        r"|wild|drastic|dramatic|significant|exotic|insane|mad)\b|\bno\s+(?:big\s+deal|biggie"
        r"|frills)\b|\bno-frills\b|\bbare[\s-]?bones\b|\bquick\s+and\s+dirty\b"
        r"|\blight[\s-]touch\b|\ba\s+(?:little\s+)?bit\s+of\b|\ba\s+touch\s+of\b"
        r"|\b(?:an?\s+)?(?:light|lite|lighter|cut[\s-]down|stripped[\s-]down|mini|slim)\s+"
        r"(?:version|edition|flavou?r)\s+of\b"
        r"|\b(?:only|just|merely)\s+(?:an?\s+)?(?:simple|quick|small|basic|easy|minor|little"
        r"|tiny|slight)\s+(?:[\w-]+\s+)?(?:change|tweak|fix|update|adjustment|addition|thing"
        r"|job|piece)s?\b"
        r"|\b(?:an?\s+)?(?:simple|quick|small|basic|easy|light(?:weight)?|lite|minor|little"
        r"|straightforward|tiny|minimal)\s+(?:[\w-]+\s+)?(?:sync|integration|export|import"
        r"|feed|connector|connection|link|hook-?up|change|tweak|fix|customi[sz]ation|workflow"
        r"|report|update|setup|set-up|thing|addition|enhancement|feature|api|job|script|piece"
        r"|build|load|upload|pipe(?:line)?)s?\b",
    ),
}
# What makes a played-down ask concrete after all, besides the tagging rules for
# controls, rules, terms, dates and formats (see promises.wording).
_MINIMISER_DETAILS = (
    r"\b(?:fields?|columns?|attributes?)\b",
    r"\b(?:pdf|docx|zip)\b",
    # One event mapped to one record says what "a simple connector" does: "each form
    # submission creates a task", "every new order opens a ticket in their queue".
    r"\b(?:each|every)\s+(?:[\w-]+\s+){0,2}?(?:submissions?|entr(?:y|ies)|orders?|events?"
    r"|records?|rows?|responses?|messages?|emails?|tickets?|deals?|leads?|sign-?ups?|forms?"
    r"|invoices?|payments?|bookings?|issues?)\s+(?:automatically\s+)?(?:creates?|opens?|adds?"
    r"|becomes?|generates?|raises?|posts?|updates?)\s+(?:a|an|one|the|its|their)\b",
    # Records of one kind written as records of another say it too: "a basic connector
    # that posts paid invoices as journal entries", "writes closed orders as ledger lines".
    r"\b(?:that|which|to)\s+(?:posts?|writes?|books?|records?|creates?|turns?|pushes?|saves?"
    r"|files?|logs?)\s+(?:[\w-]+\s+){0,3}?(?:invoices?|orders?|payments?|refunds?|payouts?"
    r"|charges?|bills?|expenses?|receipts?|transactions?|bookings?|tickets?|leads?|deals?"
    r"|submissions?|responses?|events?|records?|rows?)\s+(?:as|into)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:entries|records|rows|lines|tickets|tasks|items|transactions|bills|invoices|events"
    r"|notes|documents|contacts|deals|leads|cases|issues)\b",
)

# A regulation named with a verb that says nothing ("wants GDPR covered", "HIPAA taken
# care of"): vague unless the rest of the sentence names something concrete, such as a
# control, a paper, a system or a date (checked with the regulation's words left out).
_REGULATION = (
    r"(?:gdpr|hipaa|soc\s*2|sox|ccpa|cpra|pci(?:[\s-]dss)?|fedramp|iso\s*27001|lgpd|pipeda"
    r"|dora|nis\s*2|glba|ferpa|coppa|the\s+ai\s+act|gxp|hitrust|(?:21\s+cfr\s+)?part\s+11"
    # Sector regimes too: "wants NERC compliance covered", "CMMC handled" (NERC CIP names
    # its standard and stays concrete).
    r"|nerc(?![\s-]cip)|cmmc|fisma|cjis|itar)"
)
_NAMED_ONLY_VAGUE: dict[str, tuple[str, str]] = {
    "regulation_only": (
        "names a regulation without saying what is promised: name the control or paper "
        "(e.g. a signed DPA, EU data residency, deletion on request within 30 days).",
        r"\b" + _REGULATION + r"\s+(?:(?:side|piece|part|bit|stuff|compliance|requirements"
        r"|obligations)\s+)?(?:is\s+|are\s+|to\s+be\s+|being\s+|fully\s+|all\s+)?"
        r"(?:covered|handled|taken\s+care\s+of|sorted(?:\s+out)?|addressed|dealt\s+with"
        r"|looked\s+after|ticked\s+off|squared\s+away|in\s+order)\b"
        # A feeling or a stance about it: "peace of mind on GDPR", "take COPPA seriously".
        r"|\b(?:peace\s+of\s+mind|comfort|assurance|reassurance|confidence)\s+(?:on|about"
        r"|around|regarding|over|with|re|for|under)\s+(?:the\s+|their\s+|our\s+)?"
        + _REGULATION
        + r"\b|\btak(?:e|es|ing|en)\s+"
        + _REGULATION
        + r"(?:\s+(?:compliance|obligations"
        r"|requirements|rules))?\s+(?:very\s+|really\s+|extremely\s+)?seriously\b"
        r"|\b(?:cover|covers|covering|handle|handles|handling|address|addresses|addressing"
        r"|sort\s+out|take\s+care\s+of|deal\s+with|tick\s+off)\s+(?:the\s+|their\s+|all\s+"
        r"(?:the\s+)?)?" + _REGULATION + r"\b(?:\s+(?:side|piece|part|bit|stuff|angle|compliance"
        r"|requirements|obligations))?"
        # Someone's expectations met, with nothing named: "meets ABA confidentiality
        # expectations", "meet industry standards for security and privacy".
        r"|\b(?:meet|meets|meeting|satisf(?:y|ies|ying)|live\s+up\s+to)\s+(?:the\s+|their\s+|all\s+"
        r"|any\s+)?(?:[\w'’-]+\s+){0,3}?(?:expectations|standards|obligations|guidelines"
        r"|requirements|polic(?:y|ies))\b",
    ),
    # "custom logic for their unique processes": needs said to be special, with nothing
    # concrete besides (checked with these words, and generic work before them, left out).
    "unique_needs": (
        "says their needs are special without saying what they are: name the rule, field, "
        "step or system (e.g. invoices over $10,000 routed to the CFO for approval).",
        r"\b(?:(?:custom|bespoke|tailored|special)\s+(?:logic|rules|workflows?|code|development"
        r"|configuration|build|work|features?|functionality)\s+|customi[sz]ations?\s+"
        r"|configuration\s+|tailoring\s+)?(?:(?:for|to\s+(?:fit|match|suit|support|reflect)"
        r"|around|built\s+around)\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s|its|our)"
        r"\s+(?:own\s+|very\s+)?(?:unique|specific|particular|special|individual|specialised"
        r"|specialized|idiosyncratic|distinct)\s+(?:[\w-]+\s+)?(?:needs|processes|process"
        r"|requirements|workflows?|use\s+cases?|ways?\s+of\s+working|situation|circumstances"
        r"|business\s+rules|setup|model)\b",
    ),
}

# Vague unless the sentence gives a figure, a frequency or a date, as for slogans
# (promises.wording_patterns adds it to _BUZZ_VAGUE).
_BETTER_WAY_VAGUE: dict[str, tuple[str, str]] = {
    # "a smarter way to handle approvals": a wish for improvement, not the behaviour; as
    # for slogans, a figure, a frequency or a date says what it is.
    "better_way": (
        _COMPARISON,
        r"\b(?:an?\s+)?(?:smarter|better|easier|simpler|faster|quicker|nicer|cleaner|slicker"
        r"|smoother|improved|more\s+(?:efficient|intuitive|modern|flexible|elegant|streamlined"
        r"|automated|effective))\s+(?:[\w-]+\s+)?(?:way|ways|approach|method|means)\s+"
        r"(?:to|of|for)\b",
    ),
    # "approvals to work the way their HR team is used to": habit named, not behaviour.
    "familiar_way": (
        _COMPARISON,
        r"\b(?:the\s+way|how|what)\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|were|was|has\s+been"
        r"|have\s+been|['’]s|['’]re|got|get)\s+(?:used|accustomed|familiar)\s+(?:to|with)\b",
    ),
}


# A preference word ("Ideally ...") or an aside that waves the size away ("..., nothing
# fancy") hedges nothing when the sentence already says what the work is twice over (a
# rule and a figure; a format and a frequency), with nothing soft. A system's or a
# record's name does not count: "The Maximo work orders need a dashboard, nothing over
# the top" still says only "a dashboard".
_ASIDES = {"preference": 2, "nothing_crazy": 2}
# The preference must be the customer's, said with its verb ("would ideally like",
# "Ideally the journey builder would let them"); "Ideally an hourly NetSuite import"
# makes the thing itself the ideal, so the hourly import is not promised.
_WISH = re.compile(
    r"\b(?:would|wants?|wanted|wanting|likes?|needs?|requires?|asks?|expects?|prefers?)\b"
)
