"""What makes an ask's wording concrete, for the wording lint (promises.wording).

Split out of promises.wording_patterns: the things the tagging vocabulary does not name
but that still say what is promised, the details (how often, how much, when), a named
system, and the pronouns that stand in for a missing thing. Same conventions: lowercase
regexes run on fold_case(text), except _PROPER_NOUN, which needs the capitals.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

from promises.wording_mail import DAILY_AS_ROUTINE, MAIL_DETAILS
from promises.wording_stance import _ONCE_AS_WHEN

_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    "|forty|fifty|sixty|ninety|hundred|thousand|million|billion"
)
# Things the tagging vocabulary does not name but that still say what is promised.
_EXTRA_SUBJECTS = (
    r"\b(?:pdf|docx|zip)\b",
    r"\b(?:inbox|mailbox)(?:es)?\b",
    r"\b(?:tenant|sandbox|staging|admin\s+console|all\s+users)\b",
    # Relationship asks are concrete: "a reference call with another hospital".
    r"\b(?:reference\s+(?:calls?|customers?|visits?|checks?|accounts?)|case\s+stud(?:y|ies)"
    r"|executive\s+sponsors?|roadmap\s+(?:briefings?|sessions?|reviews?|calls?|previews?)"
    r"|on-?site\s+visits?|site\s+visits?|customer\s+references?)\b",
    # Operational things a field-service ask acts on, named as compounds (a bare "job"
    # or "crew" says nothing): "every meter exchange", "the dispatcher's queue".
    r"\b(?:work\s+orders?|job\s+(?:cards?|sheets?|packs?)|dispatch(?:ers?)?(?:['’]s?)?"
    r"\s+(?:queues?|boards?|consoles?)|meter\s+(?:exchanges?|reads?|readings?)"
    r"|labou?r\s+costs?|overtime\s+(?:call-?outs?|rates?|hours)|confined[\s-]space"
    r"|permits?[\s-]to[\s-]work|asset\s+(?:types?|registers?|barcodes?|hierarch(?:y|ies))"
    r"|risk\s+assessments?|timesheets?|service\s+visits?)\b",
    # The customer's own marks on a page: "to carry their logo and brand colours".
    r"\b(?:their|its|the\s+customer['’]s|own)\s+(?:own\s+)?(?:logos?|brand(?:ing)?\s+"
    r"colou?rs?|brand\s+fonts?|favicons?)\b",
    # A rule in plain words: something done to a record, or asked of a person, on a
    # condition that has its own subject and an event verb ("blocked when the name
    # matches an existing supplier", "a reason code whenever they reopen a closed
    # ticket"); "handled properly when they leave", "support whenever something breaks"
    # and "fine once they sign" name no event on a record and stay vague.
    r"\b(?:blocked|rejected|refused|flagged|stopped|prevented|held|locked|frozen|paused"
    r"|hidden|routed|escalated|notified|warned|alerted|prompted|asked|required|forced"
    r"|(?:to\s+)?(?:enter|add|attach|give|pick|choose|select|fill\s+in|type|record|confirm"
    r"|provide|write))\b[^.;:!?]{0,60}?\b(?:when(?:ever)?|if|once|each\s+time|every\s+time)"
    r"\s+(?:they|he|she|someone|anyone|(?:a|an|the|its|their|any)\s+(?:[a-z-]+\s+)?[a-z-]+)"
    r"\s+(?:match(?:es)?|re-?opens?|closes?|exceeds?|submits?|uploads?|creates?|deletes?"
    r"|edits?|changes?|cancels?|rejects?|approves?|reassigns?|escalates?|renames?|downloads?"
    r"|exports?|imports?|publishes?|archives?|expires?|lapses?|overrides?|skips?|duplicates?"
    r"|reverses?|voids?|refunds?|moves?\s+(?:an?|the|their|its)|removes?|adds?\s+(?:an?|the))\b",
    # An ordering of one named kind of thing above another: "rank product manuals above
    # internal notes"; "things above other things" or "the important ones first" names none.
    r"\b(?:rank(?:s|ed|ing)?|sort(?:s|ed|ing)?|order(?:s|ed|ing)?|list(?:s|ed)?|show(?:s|n)?"
    r"|place[sd]?|put|pin(?:s|ned)?|boost(?:s|ed)?)\s+(?:the\s+|their\s+|all\s+|any\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?!(?:things|items|ones|others|bits|pieces|matters|needs|asks"
    r"|issues|features|priorities|options|requests|requirements)\b)[a-z-]{3,}s"
    r"\s+(?:above|ahead\s+of|higher\s+than)\s+(?:the\s+|their\s+|any\s+|all\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?!(?:things|items|ones|others|bits|pieces|rest|everything|anything"
    r"|priorities|options)\b)[a-z-]{3,}s\b",
    # The same said passively, the first kind ahead of the verb: "product manuals ranked
    # above internal notes"; "the important things ranked above the rest" names neither.
    r"\b[a-z-]{2,}(?<!thing)(?<!item)(?<!\bone)(?<!other)(?<!\bbit)(?<!piece)(?<!matter)"
    r"(?<!need)(?<!\bask)(?<!issue)(?<!feature)(?<!priorit(?:ie))(?<!option)(?<!request)"
    r"(?<!requirement)s\s+(?:(?:are|is|be|to\s+be|get|gets|always)\s+)?(?:ranked|sorted"
    r"|ordered|listed|shown|placed|put|pinned|boosted)\s+(?:above|ahead\s+of|higher\s+than)"
    r"\s+(?:the\s+|their\s+|any\s+|all\s+)?(?:[a-z-]+\s+){0,2}?(?!(?:things|items|ones"
    r"|others|bits|pieces|rest|everything|anything|priorities|options)\b)[a-z-]{3,}s\b",
)
# Details: how often, how much, when. They make an ask concrete, but not on their own
# when the thing asked for is only "it" or "everything".
_DETAILS = (
    r"\d",
    r"[$€£%]",
    r"\b(?:usd|eur|gbp|percent)\b",
    rf"\b(?:{_NUMBER_WORDS}|twice|one-time|one-off)\b|\bonce\b" + _ONCE_AS_WHEN,
    r"\b(?:nightly|daily" + DAILY_AS_ROUTINE + r"|hourly|weekly|biweekly|monthly|quarterly"
    r"|annually|yearly)\b",
    # Not on a feeling of knowing ("real-time insights across the business"): no data,
    # system or event is named to arrive in real time.
    r"\b(?:near[\s-])?real[\s-]?time\b(?![\s-]+(?:insights?|visibility|intelligence|awareness"
    r"|overviews?|clarity|understanding|transparency)\b)",
    r"\bevery\s+(?:other\s+)?(?:second|minute|hour|day|night|morning|evening|week|month"
    r"|quarter|year|business\s+day|weekday)s?\b",
    r"\b(?:each|per)\s+(?:night|day|hour|week|month|minute|run|morning)\b",
    r"\b(?:by|before|after|at)\s+(?:the\s+)?(?:launch|go-?live|signature|signing|kick-?off"
    r"|renewal|contract\s+(?:start|end|signature))\b",
    # The values a record's field takes: "show whether each record is fine or flagged",
    # "whether every invoice is paid or overdue" (a two-valued status per record).
    r"\bwhether\s+(?:each|every|the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:is|was|has\s+been)\s+"
    r"(?:[a-z-]+\s+){0,1}?[a-z-]{2,}\s+or\s+(?!not\b)[a-z-]{2,}\b",
    *MAIL_DETAILS,
)

# A capitalised word inside the sentence is nearly always a named system, product or
# team ("from Pipedrive", "to their Magento store"): no vocabulary lists them all.
_PROPER_NOUN = re.compile(
    r"(?<=[\s(/\"'“‘])(?!(?:I|Customer|Buyer|Prospect|Client|We|They|Our|Their|The|Product"
    r"|Platform|Team|Company|IT|HR|AI|ML|UI|UX|KPIs?|ROI|OK|CEO|CFO|CIO|CTO|COO|CISO|CRO|CMO"
    r"|VP|SVP|EVP|GM|ASAP|URGENT|PLS|FYI|RFPs?|RFIs?|RFQs?|Legal|Finance|Procurement|Sales|Security|Ops"
    r"|Operations|Support|Marketing|Engineering|Admins?|Management|Board|Execs?|Yes|No|Also|And|But"
    # A tender's defined parties and terms ("the Authority", "the Solution") name no system.
    r"|Authority|Council|Bank|University|Trust|Supplier|Vendor|Contractor|Purchaser|Tenderer"
    r"|Bidder|Agency|Department|Ministry|Solution|System|Services?|Requirements?|Provider"
    # Who passes the ask on ("The CSM for Globex", "The SI says") names no system either.
    r"|CSMs?|TAMs?|AEs?|SEs?|SIs?|MSPs?|VARs?|ISVs?|SDRs?|BDRs?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Q[1-4]|H[12]|FY\d*|EO[DWMQY])\b)[A-Z][A-Za-z0-9]+"
    # Products spelled with a small first letter: "iManage", "eBay", "iCIMS".
    r"|(?<=[\s(/\"'“‘])[a-z]{1,2}[A-Z][A-Za-z0-9]+"
)
# "this"/"that" only stand in for the thing when no noun follows ("wants this by
# Friday"); "requires that exports run nightly" and "these exports" name something.
_PRONOUN = (
    r"(?:it|them|everything|something|anything|stuff|things?"
    r"|(?:this|that|these|those)(?=\s*(?:[.,;:!?]|$|by\b|in\b|for\b|to\b|done\b|before\b"
    r"|on\b|at\b|within\b|asap\b|working\b|ready\b|live\b)))"
)
_PLACEHOLDER = re.compile(rf"\b{_PRONOUN}\b")
_PLACEHOLDER_OBJECT = re.compile(
    r"\b(?:wants?|needs?|requires?|asks?\s+for|expects?|gets?|have|has|do|does|deliver|build)"
    rf"\s+{_PRONOUN}\b"
)
# "Requirement 5.1:", "Section 4.2 -", "Req. 12)": the number of an ask in a tender, not a
# figure in it; the lint blanks it before looking for details.
_REFERENCE_LABEL = re.compile(
    r"\s*(?:requirement|req|section|clause|item|ref(?:erence)?|question|para(?:graph)?"
    r"|spec(?:ification)?|criteri(?:on|a)|lot)\.?\s*(?:no\.?\s*|#\s*)?[a-z]{0,3}[-.]?"
    r"\d+(?:[.-]\d+)*[a-z]?\s*[:.)\]–—-]"
)
