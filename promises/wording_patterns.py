"""The phrase families of the wording lint (promises.wording), as data; what makes an ask
concrete is in promises.wording_anchors.

Each family maps a name to (advice shown with the words, lowercase regex whose every
alternative starts with \\b); a family may also need a tail after its words
(_FAMILY_TAILS). Kept apart from the lint's logic so both stay readable.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

from promises.wording_formal import (
    _ASKED_IF,
    _ASKED_IF_POSSIBLE,
    _FORMAL_VAGUE,
    _NAMED_THING,
)
from promises.wording_mail import (
    _MAIL_NAMED_ONLY,
    _MAIL_VAGUE,
    ASKED_IF_BARE,
    INVERTED_POSSIBLE,
    MAIL_URGENCY,
)
from promises.wording_ops import _OPS_VAGUE

# Re-exported: the played-down and approximate families live in their own module, the
# slogans in promises.wording_slogans.
from promises.wording_playdown import _APPROX_VAGUE as _APPROX_VAGUE
from promises.wording_playdown import _COMPARISON
from promises.wording_playdown import _MINIMISE_VAGUE as _MINIMISE_VAGUE
from promises.wording_playdown import _MINIMISER_DETAILS as _MINIMISER_DETAILS
from promises.wording_playdown import _NAMED_ONLY_VAGUE as _PLAYDOWN_NAMED_ONLY
from promises.wording_slogans import _BUZZ_NOUN, _CONTROL_NOUN
from promises.wording_slogans import _BUZZ_VAGUE as _BUZZ_VAGUE
from promises.wording_stance import _NO_X_MAY, _STANCE_VAGUE, MAY_NOT_UNTIL
from promises.wording_tech import _TECH_NAMED_ONLY, _TECH_VAGUE, USUAL_FEE

# Patterns are lowercase and run on fold_case(text), which is much faster than
# IGNORECASE; spans still index the original text. Each family is one named group: the
# name picks the advice shown with the words.
_HEDGE_FAMILIES: dict[str, tuple[str, str]] = {
    "hedge": (
        "hedges the promise: say exactly what will be delivered, or leave it out.",
        # "Is a 40% discount possible?" asks for something; "possible" in a statement
        # hedges it ("if possible" and "as much as possible" are open scope, below). An
        # ask of two sentences is refused anyway, so the "?" may be anywhere after it.
        # A question reported for them ("they asked if we could", "wondered whether it is
        # possible to") is their request too (_ASKED_IF).
        # Asked in the question's word order ("Is it possible to have ...") too (_mail).
        r"\bprobabl[ey]\b|\bpossibly\b|\bpossible\b" + _ASKED_IF_POSSIBLE + INVERTED_POSSIBLE
        + ASKED_IF_BARE
        + r"(?<!soon\sas\spossible)(?<!like,\sif\spossible)(?<!like\sif\spossible)(?![^!?]*\?)"
        # "sign-in is only possible from their VPN range": a restriction, not a hedge.
        + r"(?<!only\spossible)(?!\s+only\b)"
        # "flags any zero read as a possible meter fault": the label a rule gives.
        + r"(?<!as\sa\spossible)(?<!as\spossible)"
        # "restores possible to any point in the last hour": a restore window, not a hedge.
        + r"(?!\s+(?:back\s+)?to\s+any\s+point\b)"
        r"|\bperhaps\b|\bmaybe\b|\bhopefully\b"
        # "Roughly speaking, ...": the whole promise said only approximately.
        r"|\b(?:roughly|broadly|loosely|generally|more\s+or\s+less)\s+speaking\b"
        r"|\b(?:un)?likely\b"
        # "flag employees likely to need refunds": people a rule picks out, not a hedge.
        r"(?!(?<=[a-z]{2}[^iau]s\slikely)\s+to\b)"
        r"|\bmight\b|\b(?:we|it|this|that|they|which)\s+(?:could|may)\b"
        + _ASKED_IF
        + r"|\bmay" + _NO_X_MAY + MAY_NOT_UNTIL + r"\s+(?:be|need|not|also|want|require|have)\b"
        r"|\bmore\s+or\s+less\b"
        r"|\bsort\s+of\b|\bkind\s+of\b|\bsomewhat\b|\bfor\s+the\s+most\s+part\b"
        r"|\bto\s+some\s+(?:extent|degree)\b|\bsomehow\b"
        r"|\bshould\s+(?:be\s+)?(?:fine|ok|okay|possible|easy|doable|straightforward|simple"
        r"|workable|manageable|no\s+problem|work|handle|cover)\b"
        # "The custom workflow requirements seem doable": how it looks, not what is done.
        r"|\b(?:seems?|seemed|looks?|looked|sounds?|sounded|appears?|appeared)\s+(?:to\s+be\s+)?"
        r"(?:quite\s+|pretty\s+|very\s+|fairly\s+|totally\s+|entirely\s+)?(?:doable|feasible"
        r"|workable|manageable|achievable|possible|fine|ok|okay|straightforward|reasonable)\b"
        # "Security review should be a formality": the outcome foretold, not the work said.
        r"|\b(?:should|will|would|is|it['’]s|that['’]s)\s+(?:just\s+|only\s+|merely\s+|purely\s+)?"
        r"(?:be\s+)?(?:just\s+|only\s+)?(?:a\s+|an\s+)?(?:formality|rubber[\s-]stamp|non[\s-]issue"
        r"|no[\s-]brainer|box[\s-]ticking(?:\s+exercise)?|tick[\s-]box\s+exercise"
        r"|walk\s+in\s+the\s+park|plain\s+sailing)\b"
        # "Should be no issue giving them the approval flow": the same reassurance.
        r"|\b(?:should|will|would)\s+be\s+no\s+(?:real\s+|big\s+)?(?:issues?|concerns?|blockers?"
        r"|big\s+deal|trouble)\b"
        # "We should be able to" hedges; "Teachers should be able to view" is a requirement.
        r"|\b(?:we|it|this|that|they|you|i|which)\s+should\s+(?:be\s+)?able\s+to\b"
        r"|\bshould(?<!\w\sshould)\s+(?:be\s+)?able\s+to\b"
        r"|\bshould(?:n['’]?t|\s+not)\s+be\s+(?:a\s+|an\s+|any\s+)?(?:problem|issue|concern"
        r"|blocker|hard|difficult)s?\b"
        r"|\b(?:won['’]?t|will\s+not)\s+be\s+(?:a\s+|an\s+|any\s+)?(?:problem|issue|concern"
        r"|blocker)s?\b"
        r"|\bno\s+problem\b|\b(?:yes,?\s+)?in\s+(?:principle|theory)\b|\btheoretically\b"
        r"|\btbd\b|\btbc\b|\bto\s+be\s+(?:confirmed|decided|determined)\b"
        # "real-time-ish", "daily, ish"; "for now" and "will do" settle for less.
        r"|\bish\b|\bfor\s+(?:now|the\s+time\s+being)\b|\b(?:will|would|should)\s+(?:do|suffice)\b"
        r"(?=\s*(?:for\b|[.,;!?]|$))",
    ),
    "opinion": (
        "is an opinion, not a promise: state what the product will do.",
        r"\b(?:i|we)\s+(?:think|believe|guess|assume|suppose|feel|reckon|hope)\b"
        r"|\bi['’]?d\s+(?:say|guess|think|imagine|assume|expect|bet|reckon|suppose)\b"
        r"|\bi\s+would\s+(?:guess|imagine|assume|expect|bet|reckon|suppose)\b"
        r"|\bmy\s+(?:guess|hunch|sense|feeling)\s+is\b|\b(?:pretty|fairly|quite|not)\s+sure\b"
        # Someone else's opinion: "Rep thinks a light version of SSO will do".
        r"|\b(?:thinks|reckons|guesses|supposes)\b|\b(?:believes|feels|hopes)\s+(?:that\s+)?"
        r"(?:a|an|the|it|we|this|that|our|they)\b",
    ),
    "effort": (
        "promises effort, not a result: say what will be delivered and when, or leave it out.",
        r"\b(?:we\s+)?(?:can|could|will|['’]ll)\s+(?:look\s+into|explore|investigate|consider)\b"
        r"|\blook(?:ing)?\s+into\b|\b(?:try|trying|attempt|aim|hope)\s+to\b"
        # "each compromise attempt to their Slack channel": the noun, sent somewhere.
        r"(?!\s+(?:their|the|our|its|an?|each|every)\s)"
        r"|\bbest[\s-]efforts?\b|\breasonable\s+efforts?\b",
    ),
    "noncommittal": (
        "agrees without saying to what: state what the product will do, or leave it out.",
        r"\b(?:just\s+)?say\s+yes\b|\btell\s+them\s+(?:yes|we\s+can)\b"
        r"|\bfigure\s+(?:it\s+|that\s+|this\s+)?out\b|\bsort\s+(?:it\s+|that\s+|this\s+)?out\b"
        r"|\bwork\s+(?:it|that|this|something)\s+out\b|\bmake\s+(?:it|that|this)\s+work\b"
        r"|\bno\s+worries\b|\bwe['’]?ll\s+see\b|\bsomething\s+like\s+that\b"
        # A rep's own reassurance: "I said we're covered", "told them we can".
        r"|\bwe['’]?re\s+(?:all\s+|fully\s+|totally\s+)?covered\b|\bwe\s+are\s+(?:all\s+"
        r"|fully\s+|totally\s+)?covered\b(?!\s+(?:by|under|for)\b)"
        r"|\b(?:we['’]?ve|we\s+have|i['’]?ve)\s+got\s+(?:it|that|this|them|you|everything)\s+covered\b"
        r"|\b(?:told|tell|telling|assured|promised)\s+(?:them|him|her|the\s+(?:customer|buyer"
        r"|client|prospect))\s+(?:that\s+)?(?:yes|sure|we\s+(?:can|could|do)(?!\s+not))"
        r"(?=\s*(?:[,.;!?]|$|and\b|but\b|so\b))|\b(?:i|we)\s+(?:said|answered|replied)\s+"
        r"(?:that\s+)?(?:yes|sure|of\s+course|absolutely|we\s+can)(?=\s*(?:[,.;!?]|$|and\b"
        r"|but\b|so\b))",
    ),
    "when": (
        "is not a date: give the date or say that timing is not promised.",
        # Urgency ("asap", "urgently") says nothing about what: see _SOFT_VAGUE.
        # "How soon could it be ready, given ... November 3?" asks for a date.
        r"\bas\s+soon\s+as\s+we\s+can\b|\bsoon(?:ish)?\b(?<!how\ssoon)(?<!how\ssoonish)(?!\s+as)"
        r"|\b(?<!no\s)later\b(?!\s+than)|\bdown\s+the\s+road\b|\bin\s+the\s+future\b"
        r"|\bin\s+due\s+course\b|\beventually\b|\bat\s+some\s+point\b"
        r"|\bwhen\s+(?:it['’]?s\s+)?ready\b",
    ),
    "open": (
        "leaves the scope open: list exactly what is included.",
        r"\betc\b\.?|\band\s+so\s+(?:on|forth)\b|\band\s+(?:stuff|things|whatnot|the\s+rest)\b"
        r"|\bor\s+whatever\b|\band\s+(?:the\s+)?like\b|\bor\s+(?:something|similar)\b"
        r"|\band\s+more\b"
        # "They'd like, if possible, a nightly CSV ...": politeness on a request.
        r"|\b(?<!like,\s)(?<!like\s)(?:if|where|when|wherever|whenever|as\s+far\s+as)\s+(?:at\s+all\s+)?"
        r"(?:possible|feasible|needed|necessary|required|applicable|relevant|appropriate)\b"
        + ASKED_IF_BARE + r"(?!\s+by)"
        r"|\bas\s+(?:much|many|far|often|well|fast|quickly|early|closely|far)\s+as\s+(?:possible"
        r"|feasible|practical|practicable|we\s+can|they\s+need|needed)\b"
        r"|\bas\s+(?:needed|necessary|appropriate|required)\b(?!\s+by)",
    ),
    # "Ideally the journey builder would let them branch on churn score into three
    # paths": a preference said before the thing wanted. It hedges nothing when the
    # sentence names what is done (two concrete anchors, nothing soft); alone ("ideally
    # the portal would cover their access needs") it is the whole ask (promises.wording).
    "preference": (
        "hedges the promise: say exactly what will be delivered, or leave it out.",
        r"\bideally\b",
    ),
}


# Vague whatever the rest of the sentence says: the scope has no edge.
_ALWAYS_VAGUE: dict[str, tuple[str, str]] = {
    "unbounded": (
        "has no limit: list exactly what is included.",
        # "whatever uptime they reasonably require", "whatever their 3PL clients send".
        r"\b(?:whatever|anything|everything)\s+(?:else\s+)?(?:[\w-]+\s+)?"
        r"(?:they|the\s+customer|the\s+buyer|you|we|their\s+(?:[\w-]+\s+){0,1}[\w-]+)\s+"
        r"(?:(?:might|may|could|reasonably|realistically|actually|really|ever)\s+)?"
        r"(?:needs?|wants?|asks?|requires?|sends?|throws?)(?:\s+for)?\b"
        r"|\b(?:all|any)\s+(?:of\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s)\s+"
        r"(?:[\w-]+\s+)?(?:needs|requirements|use\s+cases)\b"
        r"|\b(?:wants?|needs?|requires?|expects?|asks?\s+for|gets?)\s+(?:just\s+|literally\s+"
        r"|basically\s+)?(?:everything|anything)\b"
        r"|\b(?:all|any|every)\s+(?:of\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s|our)\s+"
        r"(?:other\s+|existing\s+)?(?:tools|systems|apps|applications|platforms|software|stack"
        r"|vendors|integrations)\b"
        # Works with any system of a kind, with nothing that bounds it: "the MES integrates
        # with any ERP", "connects to any CRM out of the box" ("any ERP that exposes an
        # OData API" or "any SAML 2.0 identity provider" say which ones).
        r"|\b(?:integrat\w*|connect\w*|works?|working|sync(?:s|ed|ing)?|talks?|plugs?"
        r"|interfac\w*|interoperat\w*)\s+(?:[\w-]+\s+)?"
        r"(?:with|to|into)\s+any\s+(?:other\s+)?(?:erp|crm|mes|wms|tms|hris|ehr|emr"
        r"|lms|cms|plm|scada|historian|idp|system|tool|app|application|platform|software"
        r"|database|machine|device|plc|bank|carrier)s?(?=\s*(?:[.,;!?]|$)|\s+out\s+of\s+the\s+box"
        r"|\s+(?:they|the\s+customer|the\s+buyer)\s+(?:uses?|has|have|runs?|picks?|chooses?)\b)"
        r"|\b(?:full|complete|total|unlimited|maximum|max|100%|absolute)\s+flexibility\b",
    ),
    "quality": (
        "describes quality without a figure: give the number (e.g. 99.9% monthly uptime, "
        "a four-hour response) or name the exact behaviour.",
        r"\b(?:strong|good|great|excellent|solid|reasonable|decent|fast|faster|quick|quicker"
        r"|better|improved|best)\s+(?:uptime|availability|performance|response\s+times?|support"
        r"|onboarding|reporting|security|service|experience|export\s+experience"
        # The service level named without its number: "a good SLA", "strong service levels".
        r"|slas?|service\s+levels?"
        # A business result hoped for: "faster cash collection", "better cash flow".
        r"|cash\s+collection|collections|cash\s+flow|month[\s-]end\s+close|close|turnaround"
        r"|adoption|visibility|efficiency|productivity|results|outcomes|throughput)\b"
        # Seeing everything, with nothing named to see: "full visibility through dashboards".
        r"|\b(?:full|total|complete|greater|more|end-to-end)\s+visibility\b",
    ),
    "fit": (
        "promises to fit their process without saying how: name the rule, field, step or "
        "system that changes.",
        r"\b(?:accommodate|support|handle|fit|match|mirror|adapt\s+to)\s+(?:their|the\s+customer['’]s"
        r"|the\s+buyer['’]s)\s+(?:[\w-]+\s+){0,2}?(?:process(?:es)?|way\s+of\s+working|setup)\b",
    ),
    "help": (
        "asks for help, not for a result: say what the product or the team will deliver.",
        r"\b(?:needs?|wants?|asks?\s+for|requires?|expects?|would\s+like)\s+(?:some\s+|our\s+"
        r"|more\s+|a\s+bit\s+of\s+)?help\s+(?:with|on)\b"
        # "help with our security questionnaire", "help with their Okta SSO setup": a named
        # paper or sign-in setup is what the team delivers.
        r"(?!\s+(?:our|the|their|a|an)\s+(?:[\w-]+\s+)?(?:questionnaires?|dpas?|baas?"
        r"|(?:sso|saml|scim|mfa)\s+(?:setup|set-up|configuration|rollout)s?)\b)",
    ),
    "outcome": (
        "promises an outcome, not product behaviour: name the control, paper or feature "
        "(e.g. a signed DPA, SAML SSO, audit log export).",
        # An era's label worn the same way: "Industry 4.0 readiness", "Industry 5.0-proof".
        r"\b(?:gdpr|hipaa|soc\s*2|sox|ccpa|pci|fedramp|iso|audit|compliance|enterprise|cloud"
        r"|ai|future|industry[\s-]?[45]\.0)[\s-](?:ready|readiness|proof|friendly"
        r"|aligned)\b"
        r"|\b(?:be|being|become|becoming|stay|remain|is|are)\s+(?:fully\s+|100%\s+)?"
        r"(?:[\w-]+\s+)?compliant\b"
        r"|\b(?:an?\s+)?(?:custom|tailored|bespoke|complete|total|turnkey|end[\s-]to[\s-]end"
        r"|holistic|one[\s-]stop|full|comprehensive)\s+(?:solution|package|offering)s?\b",
    ),
    "comparison": (
        _COMPARISON,
        r"\b(?:work|works|behave|behaves|look|looks|function|functions|act|acts)\s+"
        r"(?:just\s+|exactly\s+)?(?:like|the\s+same\s+as)\s+(?:their|the|our|its|a)\s+"
        r"(?:old|current|existing|legacy|previous|other|former)(?:\s+[\w-]+){0,2}"
        r"|\b(?:similar\s+to|(?:the\s+)?same\s+as|like|equivalent\s+to|on\s+par\s+with"
        r"|matching)\s+what\b|\b(?:feature\s+)?parity\s+with\b"
        # "work like Salesforce", "mirror what they have in Coupa", "as in Zendesk"
        r"|\b(?:work|works|working|behave|behaves|behaving|function|functions|act|acts|feel"
        r"|feels)\s+(?:just\s+|exactly\s+)?like\b(?!\s+(?:this|that|so)\b)"
        r"|\b(?:mirror(?:s|ing)?|match(?:es|ing)?|replicat(?:e|es|ing)|cop(?:y|ies|ying)"
        r"|comparable\s+to|identical\s+to|close\s+to|as\s+good\s+as)\s+what\b"
        r"|\bsame\s+(?:[\w-]+\s+)?as\s+(?:in|on|at)\s|\bsame\s+as\s+(?:today|now|before"
        r"|currently|usual|always|ever)\b|\bas\s+(?:usual|always|ever)\b"
        r"|\bsame\s+(?:[\w-]+\s+)?as\s+(?:(?:what\s+)?we\s+(?:did|do|built|gave|have)"
        r"|(?:for\s+|with\s+)?(?:the|our|their)\s+(?:other|last|previous))\b"
        r"|\b(?:like|as)\s+we\s+(?:did|do|built|gave)\s+(?:for|with|at)\b"
        # "the same setup we did for the Northwind deal", "same setup as Initech"
        r"|\bsame\s+(?:[\w-]+\s+){0,2}?(?:(?:as|that)\s+)?(?:what\s+)?(?:we|they|you)\s+"
        r"(?:did|built|gave|set\s+up|agreed|offered|sold|delivered|promised|configured"
        r"|rolled\s+out|implemented|shipped)\b"
        r"|\bsame\s+(?:[\w-]+\s+)?(?:setup|set-up|package|deal|arrangement|treatment"
        r"|configuration|config|integration|solution|build|bundle|approach|scope)\s+(?:(?:that\s+)?"
        r"(?:we|they|you)\s+(?:have|had|use|used|got)|as|like)\b"
        r"|\bsame\s+(?:[\w-]+\s+){0,2}?(?:as|like)\s+(?:for\s+|with\s+|at\s+|in\s+)?"
        r"(?:the\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:deal|customer|account|client"
        r"|project|rollout|implementation|contract|tenant|one)s?\b"
        r"|\b(?:like|as|how)\s+(?:[\w'’-]+\s+){1,3}?(?:did|used\s+to)\b"
        r"|\b(?:like|how)\s+(?:[\w'’-]+\s+){1,3}?(?:does|had|has)\s+(?:it\s+|them\s+)?"
        r"(?:today|now|currently|in|at|with|before)\b"
        # "the same SLA the big banks get", "what their other vendors give them"
        r"|\bsame\s+(?:[\w-]+\s+){1,2}?(?:that\s+|as\s+)?(?:the|other|our|their|all|most)\s+"
        r"(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:get|got|have|had|use|receive|enjoy|pay|are\s+given)\b"
        r"|\bwhat\s+(?:the|other|our|their|all|most)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:get|got"
        r"|have|had|receive|enjoy|are\s+given)\b"
        # "at least as good as what Salesforce gives them"
        r"|\bas\s+(?:good|fast|flexible|easy|powerful|simple|strong|secure|reliable|rich"
        r"|complete|capable|detailed|smooth|seamless|intuitive|robust|polished|mature"
        r"|user[\s-]friendly|nice|clean)\s+as\b(?!\s+(?:\$|€|£)?\d)"
        # "as easy to use as Salesforce": a quality nobody measured, borrowed from elsewhere.
        r"|\bas\s+(?:easy|simple|quick|intuitive|pleasant|straightforward|painless)\s+to\s+"
        r"(?:use|learn|set\s+up|navigate|work\s+with|adopt|configure|administer|roll\s+out)\s+as\b",
    ),
    # "the way they did in their previous tool", "match how their team works today";
    # what must follow is in _FAMILY_TAILS.
    "comparison_way": (
        _COMPARISON,
        r"\bthe\s+(?:same\s+)?way\b|\bsame\s+way\b|\b(?:match(?:es)?|mirror(?:s)?|follow(?:s)?"
        r"|cop(?:y|ies)|replicat(?:e|es)|reflect(?:s)?|fit(?:s)?)\s+how\b",
    ),
    # "more flexible workflows than HubSpot offers", "better than what they get today".
    "comparison_than": (
        _COMPARISON,
        r"\b(?:better|faster|easier|simpler|smoother|stronger|richer|nicer|cleaner|slicker)\b"
        r"|\b(?:more|less)\s+(?:flexible|powerful|intuitive|robust|advanced|capable|complete"
        r"|detailed|granular|customi[sz]able|configurable|user[\s-]friendly|modern|secure"
        r"|reliable|scalable|seamless|sophisticated|mature|comprehensive|automated|efficient"
        r"|clunky|manual|painful|complicated|complex)\b",
    ),
    "filler": (
        "is a filler, not a thing: name exactly what is included (e.g. SAML SSO through "
        "Okta, audit log export to their SIEM).",
        # "without the usual add-on fee" names the fee (promises.wording_tech).
        r"\bstuff\b|\bthe\s+usual\b" + USUAL_FEE + r"|\bthings?" + _NAMED_THING
        + r"\b|\band\s+all\s+that\b"
        r"|\bthe\s+(?:whole|full)\s+(?:package|works|nine\s+yards|shebang)\b"
        r"|\bbits\s+and\s+(?:pieces|bobs)\b|\b(?:all\s+the\s+)?bells\s+and\s+whistles\b",
    ),
    "quantity": (
        "is not a number: say how many, or which ones.",
        r"\b(?:some|several|various|certain|a\s+few|a\s+couple\s+of|a\s+number\s+of"
        r"|a\s+bunch\s+of|lots\s+of|a\s+lot\s+of)\b",
    ),
    **_STANCE_VAGUE,
    **_FORMAL_VAGUE,
    **_MAIL_VAGUE,
    **_TECH_VAGUE,
    **_OPS_VAGUE,
}
# Vague unless the rest names something concrete (promises.wording_playdown, _mail).
_NAMED_ONLY_VAGUE = {**_PLAYDOWN_NAMED_ONLY, **_MAIL_NAMED_ONLY, **_TECH_NAMED_ONLY}

# Vague only in a sentence that names nothing concrete.
_SOFT_VAGUE: dict[str, tuple[str, str]] = {
    "label": (
        "is a label, not a promise: name the control, system, format, volume, frequency, "
        "rule or date (e.g. SAML SSO through Okta, a nightly CSV export to S3).",
        r"\benterprise[\s-](?:grade\s+|level\s+|class\s+|ready\s+)?(?:security|compliance"
        r"|features?|support|integrations?|readiness|scale|controls?)\b"
        r"|\benterprise[\s-](?:grade|level|class|ready)\b"
        r"|\b(?:meets?|meeting|satisf(?:y|ies|ying)|covers?|handles?|handling|address(?:es)?"
        r"|fulfil+s?|supports?|solves?|take\s+care\s+of)\s+(?:all\s+(?:of\s+)?)?"
        r"(?:(?:their|the|our|its|your|buyer|customer)(?:['’]s)?\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:needs|requirements|concerns|expectations|problems?|issues|use\s+cases)\b"
        r"|\b(?:security|compliance|data|integration|reporting|business|technical|privacy"
        r"|regulatory|workflow|audit|customi[sz]ation)\s+(?:needs|requirements|concerns"
        r"|expectations|standards|obligations)\b",
    ),
    "soft": (
        "says how it feels, not what it is: name the systems, format, frequency and volume "
        "(e.g. a nightly CSV export of orders to their S3 bucket).",
        r"\b(?:an?\s+)?(?:simple|quick|small|basic|easy|light(?:weight)?|minor|little|standard"
        r"|straightforward|tiny)\s+(?:[\w-]+\s+)?(?:sync|integration|export|import|feed"
        r"|connector|change|tweak|fix|customi[sz]ation|workflow|report|update|setup|set-up"
        r"|thing|addition|enhancement|feature|api)s?\b"
        r"|\bbest[\s-]practices?\b|\bindustry[\s-]standards?\b|\bstate[\s-]of[\s-]the[\s-]art\b"
        r"|\bworld[\s-]class\b|\brobust\b|\bseamless(?:ly)?\b|\bscalable\b|\bflexible\b"
        r"|\b(?:fully\s+)?compliant\b|\bsecure(?:ly)?\b"
        r"|\b(?:nice|good|better|great|proper|full)\s+(?:security|integrations?|reporting"
        r"|support|experience|coverage)\b"
        r"|\bbest[\s-]in[\s-]class\b|\bmodern\b|\bintuitive\b|\buser[\s-]friendly\b"
        r"|\beasy\s+to\s+use\b|\bvisibility\b|\binsights?\b|\bflexibility\b"
        r"|\bscal(?:e|ability)\b|\breliab(?:le|ility)\b|\bpeace\s+of\s+mind\b"
        r"|\bconfiden(?:ce|t)\b|\b(?:full|more|better|total)\s+control\b|\bautomation\b"
        r"|\bsmooth(?:ly)?\b|\bjust\s+works\b|\bfuture[\s-]proof\b|\bend[\s-]to[\s-]end\b"
        r"|\bholistic\b|\bcutting[\s-]edge\b|\bnext[\s-]gen\w*|\btop[\s-]notch\b"
        r"|\brock[\s-]solid\b|\bsafe(?:ly|ty)?\b|\bquick\s+wins?\b|\bposture\b"
        r"|\bai[\s-](?:features?|capabilities|tools|powered|driven|functionality)\b",
    ),
    # Urgency is not a hedge: "Shopify orders pulled every 5 min, asap" is concrete. It
    # only stands in for the ask when nothing else is named ("needs to be live ASAP").
    "urgency": (
        "is urgency, not a promise: name what will be delivered and give the date, or say "
        "that timing is not promised.",
        r"\basap\b|\bas\s+soon\s+as\s+(?:possible|feasible|practicable)\b|\burgent(?:ly)?\b"
        r"|\b(?:right|straight)\s+away\b|\bright\s+now\b|\bimmediately\b"
        r"|\bat\s+the\s+earliest(?:\s+(?:opportunity|convenience))?\b" + MAIL_URGENCY,
    ),
}


# What must follow a family's words for them to count, matched from where they end; a
# consuming tail widens the span. Kept out of the family regexes, which are split by
# first letter and would carry a copy of the tail into every branch.
_FAMILY_TAILS: dict[str, str] = {
    "comparison_way": (
        r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:did|does|do|works?|worked|used\s+to|behaves?"
        r"|behaved|handles?|handled|ha[sd]\s+(?:it|them)|(?:is|are|was|were)\s+(?:done\s+"
        r"|set\s+up\s+|handled\s+)?(?:today|now|currently|before))\b"
    ),
    # Measured against another product or today, not a figure ("faster than 200 ms").
    "comparison_than": (
        r"\s+(?:[\w-]+\s+){0,3}?than\s+(?:what|they|their|our|its|it|today|now|currently"
        r"|before|existing|current|any(?:one)?|everyone|competitors?|the\s+(?:current"
        r"|existing|old|legacy|previous|last|other)|[\w.-]+['’]s\b|[\w.-]+\s+(?:offers?"
        r"|gives?|has|have|had|provides?|does|did|supports?|shows?)\b"
        # "more flexible than Salesforce.": a product named and nothing measured.
        r"|(?![\d$€£])(?!(?:nightly|daily|hourly|weekly|monthly|real[\s-]?time|batch|manual"
        r"|csv|sftp|email)\b)[\w-]+(?:\.[\w-]+)*(?:\s+(?:or|and)\s+[\w-]+(?:\.[\w-]+)*)?"
        r"(?=\s*(?:[,;.!?]|$)))"
    ),
    "slogan": r"(?=,?\s+(?:[\w-]+,?\s+){0,2}?(?:" + _BUZZ_NOUN + "|" + _CONTROL_NOUN + r")\b)",
    "mild_slogan": r"(?=,?\s+(?:[\w-]+,?\s+){0,2}?" + _BUZZ_NOUN + r"\b)",
    "soft_control": (
        r"(?=\s+(?:user\s+|access\s+|data\s+)?(?:permissions?|roles?|access(?:\s+rights)?"
        r"|encryption|authentication|audit\s+(?:logs?|trails?)|logging|backups?)"
        r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+)?(?:permissions?|roles?|access|encryption"
        r"|authentication|audit\s+(?:logs?|trails?)|logging|backups?))?\s*[.!]?\s*$)"
    ),
}
