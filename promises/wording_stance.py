"""Wording families that take a stance instead of making a promise (see promises.wording).

Split out of promises.wording_patterns, which adds _STANCE_VAGUE to its always-vague
families and _STANCE_BUZZ to its slogans; same conventions: each family maps a name to
(advice shown with the words, lowercase regex whose every alternative starts with \\b).

A stance says how the customer should feel or how far the yes reaches, not what the
product does: "broadly yes on residency", "keeps the regulators happy", "FERPA-aligned
where it counts", "however they need it to", "a platform that can scale with them",
"without any issues". A
regulation named with a feeling ("peace of mind on GDPR") is in promises.wording_playdown,
where the rest of the sentence may still name the paper or control.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

from promises.wording_mail import MAIL_URGENCY
from promises.wording_playdown import _REGULATION

# "No lot may be shipped while ...": a prohibition, not a hedge (checked behind "may" in
# the hedge family of promises.wording_patterns).
_NO_X_MAY = "".join(rf"(?<!\bno\s\w{{{n}}}\smay)" for n in range(2, 16))
# "A change may not be closed until a review record is linked": who may not act on a
# record before a condition, a prohibition too (checked after "may"); a date foretold
# ("may not be delivered until Q3") stays a hedge.
MAY_NOT_UNTIL = (
    r"(?!\s+not\s+be\s+(?!(?:delivered|finished|completed|launched|ready|done|live)\b)"
    r"[a-z]+ed\s+(?:until|unless|without)\s+(?:a|an|the|it|its|their|every|each|all|any)\s)"
)

# "once they sign", "once approved": a condition, not a frequency, so not a detail that
# makes the ask concrete (checked after "once" in promises.wording_patterns; "once a day"
# and "imported once" still are).
_ONCE_AS_WHEN = (
    r"(?!\s+(?:they|we|it|he|she|you|i|the|their|our|its|his|her|that|this|these|those|all"
    r"|every|each|everything|approved|signed|live|done|ready|complete|completed|agreed"
    r"|an?\s+(?!(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|shift|run"
    r"|cycle|term|season)\b))\b)"
)

_STANCE_VAGUE: dict[str, tuple[str, str]] = {
    # "sort something out for their Salesforce data", "hoping we can": something will be
    # arranged, but nobody says what.
    "unnamed_fix": (
        "promises that something will be arranged without saying what: state exactly what "
        "the product will do.",
        r"\b(?:sort|figure|work|hash|iron|thrash)\s+(?:something|sth|things|stuff)\s+out\b"
        r"|\b(?:come\s+up\s+with|put|cobble|throw|knock|rig|whip|hack)\s+(?:something|sth)"
        r"\s+(?:together|up)\b|\bcome\s+up\s+with\s+something\b"
        r"|\bhoping\s+(?:that\s+)?(?:we|you|our|it|this|they)\b"
        # "will be sorted before launch", "we'll do what it takes on uptime" (batch 176):
        # settled somehow ("sorted by date" is an order, and stays concrete).
        r"|\b(?:will\s+be|gets?|getting|got)\s+sorted(?:\s+out)?\b(?!\s+(?:by|on|in|into"
        r"|alphabetically|ascending|descending|chronologically)\b)"
        r"|\bdo(?:es|ing)?\s+(?:what|whatever)\s+it\s+takes\b",
    ),
    # "match whatever Splunk does for them today", "mirror everything their old filter
    # did": a rival's behaviour, never listed.
    "rival_parity": (
        "promises to copy another product without saying what: list the behaviours included.",
        r"\b(?:match|mirror|replicate|copy|do|cover)\s+(?:whatever|everything|anything|all)\s+"
        r"(?:that\s+)?(?:[\w'’.-]+\s+){1,3}?(?:does|did|do|offers?|has|had|can\s+do)\b",
    ),
    # "something for their NIS2 obligations, which we can speak to": a topic we can talk
    # about, not a control or a paper.
    "talk_to_it": (
        "offers a conversation, not a deliverable: name the control, paper or feature.",
        r"\b(?:can|could|will|['’]ll)\s+(?:speak|talk)\s+to\b(?=\s*(?:[.,;!?]|$|(?:it|that"
        r"|this|them)\b))|\bsomething\s+for\s+(?:their|the|its)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:obligations|requirements|compliance|needs|audits?|regulators?|mandates?)\b",
    ),
    # "tailored to the ministry's liking": whatever pleases them, with no edge.
    "to_their_liking": (
        "has no limit: name the fields, views or settings that change.",
        r"\bto\s+(?:their|its|his|her|your|the\s+(?:[\w-]+\s+)?[\w-]+['’]s?)\s+(?:own\s+)?"
        r"(?:liking|taste|satisfaction)\b",
    ),
    # "their questionnaire looks mostly fine": a reading of their paper,
    # not what we will answer or change.
    "looks_fine": (
        "gives an impression, not a promise: say which answers or controls are committed.",
        r"\blooks?\s+(?:mostly\s+|broadly\s+|pretty\s+|basically\s+|largely\s+)?(?:fine|ok"
        r"|okay|alright|good)\b",
    ),
    # "Broadly yes on the residency point", "a qualified yes", "yes, mostly".
    "qualified_yes": (
        "qualifies the yes without saying how: state exactly what is promised and what is not.",
        r"\b(?:broadly|generally|mostly|largely|partly|partially|tentatively|provisionally"
        r"|roughly|loosely|in\s+general)\s+(?:a\s+)?(?:yes|yeah|agreed)\b"
        r"|\b(?:a\s+)?(?:soft|qualified|tentative|provisional|partial)\s+yes\b"
        r"|\byes,?\s+(?:broadly|generally|mostly|largely|in\s+general|for\s+the\s+most\s+part"
        r"|with\s+caveats|within\s+reason)\b",
    ),
    # "whatever SIS the district ends up choosing", "whichever LMS they settle on": the
    # thing to build is not chosen yet.
    "open_choice": (
        "promises to fit a choice not yet made: name the system, format or version.",
        r"\b(?:whatever|whichever)\s+(?:[\w'’-]+\s+){1,4}?(?:ends?\s+up\s+(?:choosing|picking"
        r"|selecting|using|buying|going\s+with|with|needing|wanting|requiring)|(?:decides?|settles?|lands?)\s+on"
        r"|(?:goes|go)\s+with|(?:eventually|later|finally)\s+(?:chooses?|picks?|selects?|buys?"
        r"|uses?))\b",
    ),
    # "make the roster sync simple and reliable": a quality said of a named thing, with
    # nothing to measure it by.
    "named_quality": (
        "describes quality without a figure: name the behaviour, the limit or the number.",
        r"\b(?:make|makes|making|keep|keeps|keeping)\s+(?:the|their|our|its|it|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:simple|easy|reliable|seamless|smooth|robust|painless|effortless"
        r"|intuitive|user-friendly|stable|solid|rock-solid|bulletproof)(?:\s+(?:and|&)\s+"
        r"(?:simple|easy|reliable|seamless|smooth|robust|painless|fast|quick|stable|solid"
        r"|secure|intuitive))?(?=\s*(?:[.!;,]|$|for\s+(?:them|the\s+customer|everyone)\b))"
        # "to be patient-friendly and easy for sites to use": what it must be, nothing done.
        r"|\bto\s+be\s+(?:[\w]+-friendly|intuitive|easy\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?to\s+use)"
        r"(?:\s+(?:and|&)\s+(?:[\w]+-friendly|intuitive|simple|easy\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?"
        r"to\s+use))?(?=\s*(?:[.!;,]|$))"
        # "solid OEM reporting for all the brands" (batch 176): a grade on a kind of work.
        r"|\b(?:solid|good|great|decent|nice)\s+(?:[\w&-]+\s+)?(?:reporting|analytics"
        r"|visibility|coverage|integrations?|performance|uptime)\b",
    ),
    # "handled the way they need", "our MES will handle their batch needs", "accommodate
    # their billing rules": fitting their needs without naming one.
    "their_way": (
        "promises to fit their needs without saying how: name the rule, field, step or "
        "system that changes.",
        r"\bthe\s+way\s+(?:they|the\s+customer|the\s+client|the\s+buyer|you)\s+(?:needs?"
        r"|wants?|likes?|prefers?)\b"
        # "the way HMRC wants it to": fitting whatever another party expects.
        r"|\bthe\s+way\s+(?:[\w-]+\s+){1,2}?(?:wants?|needs?|expects?|likes?)\s+(?:it|them)\b"
        r"(?=\s*(?:[.,;!?]|$|to\b))"
        r"|\b(?:handle|handles|handled|handling|cover|covers|meet|meets|address|addresses"
        r"|serve|serves)\s+(?:all\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s|its|your)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:needs|requirements)\b"
        r"|\baccommodat(?:e|es|ed|ing)\s+(?:all\s+)?(?:of\s+)?(?:their|the\s+customer['’]s"
        r"|the\s+buyer['’]s|your)\s+(?:[\w-]+\s+){0,2}?(?:rules|policies|requirements|needs"
        r"|workflows?|practices|preferences)\b",
    ),
    # "keeps the regulators happy", "makes their auditors comfortable".
    "pleasing": (
        "promises how someone will feel, not what the product does: name the control, paper "
        "or behaviour they need (e.g. a signed DPA, audit log export to their SIEM).",
        r"\b(?:keep|keeps|keeping|make|makes|making)\s+(?:the\s+|their\s+|our\s+"
        r"|all\s+(?:the\s+)?)?"
        r"(?:[\w-]+\s+)?(?:happy|satisfied|comfortable|off\s+(?:our|their)\s+backs?)\b"
        r"(?!\s+(?:path|paths|hours?|flows?|cases?)\b)"
        # "should be comfortable once they see our documentation".
        r"|\b(?:should|will|would|to)\s+(?:be|feel)\s+(?:comfortable|reassured|at\s+ease)\b",
    ),
    # Scope with no edge: "in every respect", "where it counts", "on all fronts".
    "blanket": (
        "leaves the scope open: list exactly what is included.",
        r"\bin\s+(?:every|all)\s+(?:respects?|regards?|ways?)\b|\bwhere\s+it\s+(?:counts|matters)\b"
        r"|\bon\s+all\s+fronts\b|\band\s+then\s+some\b|\bacross\s+the\s+board\b"
        # "across every part of the platform", "every aspect of onboarding".
        r"|\b(?:across|throughout)\s+(?:every|each|all)\s+(?:parts?|areas?|corners?|aspects?"
        r"|facets?)\s+of\b|\b(?:every|all)\s+(?:aspects?|facets?|corners?)\s+of\b"
        # "real-time everything": a quality on no thing at all.
        r"|\b(?:real[\s-]?time|live|automated|instant|integrated|synced|custom)\s+(?:everything"
        r"|anything)\b",
    ),
    # "work however they need it to", "whatever the regulators ask for", "visibility into
    # everything": whatever someone later wants, which has no limit.
    "as_they_like": (
        "has no limit: list exactly what is included.",
        r"\b(?:however|whichever\s+way|whatever\s+way|any\s+way|any\s+which\s+way)\s+(?:they"
        r"|the\s+(?:customer|buyer|client)|you|we|(?:their|the)\s+(?:[\w-]+\s+)?[\w-]+)\s+"
        r"(?:might\s+|may\s+|could\s+|will\s+|would\s+)?(?:needs?|wants?|likes?|prefers?"
        r"|sees?\s+fit"
        r"|chooses?|requires?|asks?|wish(?:es)?)\b(?=\s*(?:[.,;!?]|$|it\b|them\b|to\b"
        # "tuned however they like after go-live": the limit is still theirs to set.
        r"|(?:after|once|from|post|later|going\s+forward)\b))"
        r"|\b(?:whatever|anything|everything)\s+(?:else\s+)?(?:the|their|our|its|his|her|your)\s+"
        r"(?:[a-z'’-]+\s+){0,2}?[a-z-]+\s+(?:might\s+|may\s+|could\s+|will\s+|would\s+)?(?:needs?|wants?"
        r"|asks?|requires?|demands?|expects?|requests?|throws?)(?:\s+(?:for|at))?\b"
        r"|\b(?:into|over|across)\s+(?:absolutely\s+|literally\s+|just\s+about\s+)?(?:everything"
        r"|anything)(?=\s*(?:[.,;!?]|$))"
        # "handled however makes most sense for them", "whatever works best".
        r"|\b(?:however|whatever|whichever\s+way)\s+(?:it\s+)?makes?\s+(?:the\s+)?most\s+sense\b"
        r"|\bwhatever\s+works\s+best\b",
    ),
    # "make the Braze migration painless": how it will feel, not what is done.
    "painless": (
        "promises how it will feel, not what is done: name the records, systems, dates and "
        "who does what (e.g. 40,000 contacts migrated from Braze by 1 March).",
        r"\bmak(?:e|es|ing)\s+(?:the|their|our|this|that|it|its)\b\s*(?:[\w'’-]+\s+){0,3}?"
        r"(?:painless|hassle[\s-]free|effortless|frictionless|stress[\s-]free|worry[\s-]free"
        r"|pain[\s-]free|headache[\s-]free|seamless)\b",
    ),
    # "a platform that can scale with them", "grow with the business".
    "grows_with_them": (
        "promises growth without a figure: give the volume, users or rate it must handle.",
        r"\b(?:scal(?:e|es|ing)|grow(?:s|ing)?)\s+(?:up\s+)?(?:with|alongside)\s+(?:them|him|her"
        r"|us|it|the\s+(?:business|customer|client|company)|their\s+(?:[\w-]+\s+)?(?:business"
        r"|growth|needs|operations?|company|plans?|ambitions?))\b|\bscal(?:e|es|ing)\s+as\s+"
        r"(?:they|the\s+business|their\s+(?:[\w-]+\s+)?business)\s+grows?\b"
        # Needs met "as they grow": growth with no figure.
        r"|\bas\s+(?:they|the\s+(?:business|customer|client|company)|their\s+(?:[\w-]+\s+)?"
        r"(?:business|company|volumes?))\s+grows?\b"
        # "scale as their fundraising grows over time": whatever the activity, no figure.
        r"|\bscal(?:e|es|ing)\s+as\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:grows?"
        r"|expands?)\b",
    ),
    # Trouble promised away: "without any issues", "zero hiccups" (as "no problem").
    "no_trouble": (
        "promises that nothing goes wrong instead of what will be done: name the behaviour "
        "and its limit (e.g. 99.9% monthly uptime, failed records retried three times).",
        r"\bwithout\s+(?:any\s+)?(?:issues?|problems?|hiccups?|glitches?|hitch(?:es)?|trouble"
        r"|headaches?|drama|fuss|disruptions?)\b|\bzero\s+(?:issues|hiccups|glitches|headaches|drama)\b"
        # "there won't be any trouble connecting", "no surprises once they sign".
        r"|\b(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not|shouldn['’]?t|should\s+not|never)\s+"
        r"(?:be|have|hit|run\s+into|face|cause|see|get)\s+(?:any\s+)?(?:issues|problems"
        r"|hiccups?|glitches|trouble|headaches?|surprises|drama|fuss|snags?)\b"
        r"|\bno\s+(?:trouble|surprises|hiccups?|headaches?|drama|fuss|snags?)\b",
    ),
    # Terms described by how they feel: "pricing to stay fair and sensible at renewal",
    # "competitive rates", "a reasonable deal" (a figure says what they are).
    "fair_terms": (
        "describes the terms by how they feel, not what they are: give the price, discount, "
        "cap or term (e.g. renewal increases capped at 3% a year).",
        r"\b(?:fair|reasonable|sensible|competitive|affordable|acceptable|palatable|attractive"
        # "good pricing, something competitive with what CDK offered" (batch 176).
        r"|friendly|good|great|decent|nice)(?:\s+and\s+[a-z]+)?\s+(?:pric(?:e|es|ing)|rates?|terms|deals?|fees?|costs?"
        r"|renewals?|offers?)\b(?!\s+(?:(?:of|at)\s+[$€£\d]|limit))"
        r"|\b(?:pric(?:e|es|ing)|rates?|fees?|costs?|terms|renewals?)\s+(?:to\s+|should\s+"
        r"|will\s+|must\s+|that\s+)?(?:stay|stays|remain|remains|be|is|are|kept|keep|feel|feels)"
        r"\s+(?:fair|reasonable|sensible|competitive|affordable|acceptable|palatable|in\s+check"
        r"|under\s+control|predictable|manageable)\b"
        r"|\bcompetitive\s+with\s+(?:what|whatever)\b",
    ),
    # A regulation worn as a label: "DORA-ready", "FERPA-aligned", "we're fully PCI
    # compliant" (promises.wording_patterns has the same shapes for the best-known names).
    "regulation_label": (
        "promises an outcome, not product behaviour: name the control, paper or feature "
        "(e.g. a signed DPA, SAML SSO, audit log export).",
        r"\b" + _REGULATION + r"[\s-](?:ready|readiness|proof|friendly|aligned|alignment)\b"
        r"|\b(?:fully|100%|completely|totally)\s+" + _REGULATION + r"[\s-]compliant\b"
        r"|\b(?:we|they|you|it|that)['’](?:re|s)\s+(?:fully\s+|100%\s+|completely\s+"
        r"|totally\s+)?(?:[\w-]+\s+)?compliant\b",
    ),
}

_SLOGAN = (
    "is a slogan, not a promise: give the figure or the behaviour behind it (e.g. 99.9% "
    "monthly uptime, a four-hour response, a nightly CSV export of orders to S3)."
)
# Vague unless the sentence gives a figure, a frequency or a date, as for slogans.
_STANCE_BUZZ: dict[str, tuple[str, str]] = {
    # A boast on anything at all ("best-in-class KYC"); the slogans in
    # promises.wording_patterns cover the boast on a broad capability ("uptime").
    "boast": (
        _SLOGAN,
        r"\b(?:best[\s-]in[\s-]class|world[\s-]class|top[\s-]notch|industry[\s-]leading"
        r"|market[\s-]leading|class[\s-]leading|best[\s-]of[\s-]breed|second\s+to\s+none"
        r"|gold[\s-]standard)\b",
    ),
    # Load with no figure: "handle peak", "cope with their growth".
    "capacity": (
        "promises capacity without a figure: give the volume, rate or limit (e.g. 40,000 "
        "order lines an hour at peak).",
        r"\b(?:handle|handles|handling|cope\s+with|copes\s+with|survive|survives|withstand"
        r"|withstands|absorb|absorbs|keep\s+up\s+with|keeps\s+up\s+with)\s+(?:the\s+|their\s+"
        r"|any\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:peaks?|spikes?|surges?|growth|load|loads"
        r"|traffic|demand|rush(?:es)?|scale)\b(?!\s+(?:balanc\w*|planning|forecasts?|tests?"
        r"|testing|shedding|management|generation)\b)",
    ),
}

# Urgency on a sync or an integration named only by its system ("the PowerSchool sync as
# soon as possible", "the Jira integration ASAP"): a sync says neither what moves nor
# which way, so with urgency for a date it is vague unless the sentence says what the
# work is, as for minimisers (promises.wording). "The Snowflake export ASAP" names a
# direction and passes, as urgency next to any other concrete ask does.
_URGENT_VAGUE: dict[str, tuple[str, str]] = {
    "urgent_sync": (
        "is urgency on a sync, not a promise: say what moves which way (records, format, "
        "frequency) and give the date, or say that timing is not promised.",
        r"\basap\b|\bas\s+soon\s+as\s+(?:possible|feasible|practicable)\b|\burgently\b"
        r"|\bat\s+the\s+earliest(?:\s+(?:opportunity|convenience))?\b" + MAIL_URGENCY,
    ),
}
# Work that says neither what moves nor which way; only next to it is urgency refused.
_UNDIRECTED_WORK = re.compile(r"\b(?:sync|integration|connector|connection|hook-?up)s?\b")
