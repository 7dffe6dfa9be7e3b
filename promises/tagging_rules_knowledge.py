"""Seed rules from batches 70 (general SaaS) and 71 (document and knowledge management:
folders, share links, search, numbered procedures, reading acknowledgements).

By what a word names in its sentence: in a document system a folder, an archive folder or
a search result list is the product's own part, which a rule fills, orders or numbers; a
link open to anyone or an account switched off on a date is access. Added shapes:

* one named kind of thing ranked, sorted or boosted above another; records numbered in
  their own format; records moved to a folder of the product automatically or on a
  condition; records kept out of search results (custom logic, batch 120);
* links open to anyone (or to anyone with the link); accounts deactivated, disabled or
  suspended automatically or on a condition (security);
* payment deferred to an event ("no payment due until their go-live"): terms.

Guards, lent to promises.tagging_rules_data, _mail and _dates (and one in _docs): an archive
folder is a place in the product, not an archive data is bundled into; "files in the
invoices folder" is a noun, not a document filed; a mailbox named after a team is an
address, not people told; a subscription or contract starting on a day starts a term,
not the work; a window after a negated action ("anyone who has not done so within 7
days") is the condition of a reminder rule, not a date for the work.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# Checked after "archive" in the bundled-archive rule of _data: a folder of the product.
ARCHIVE_AS_FOLDER = r"|folders?|librar(?:y|ies)|sections?|spaces?"
# Checked after the people a report is sent to: "their finance mailbox" is an address.
NOT_A_MAILBOX = r"(?!\s+(?:mailbox|inbox|mailing\s+list|distribution\s+list|alias)(?:es)?\b)"

_MONTH_WORDS = (
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
)  # fmt: skip
_TERMS = ("subscription", "contract", "term", "licence", "license")
# Checked behind a month day: "the subscription to start on July 1" starts our term. Kept
# to the plain forms: each is checked once per month word, and the rules are built often.
TERM_START_DAY = not_behind(
    *(f"{t} {s} on {m}" for t in _TERMS for s in ("to start", "starts") for m in _MONTH_WORDS)
)
# Checked behind the finishing verbs of the delivered-within rule of _dates: "anyone who
# has not done so within 7 days" is their people's window, not the work's.
NEGATED_FINISH = (
    "not ", "n't ", "n’t ", "never ", "not yet ", "not been ", "yet to be ", "not already ",
)  # fmt: skip

_THINGS = r"(?:[\w-]+\s+){0,3}?"
# "ranked above the rest", "above everything else": no second kind of thing is named.
_NOT_FILLER = r"(?![^.;,]{0,30}?\b(?:rest|everything|anything|others?|things?|items?|ones|stuff)\b)"
KNOWLEDGE_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "search results to rank product manuals above internal notes", "policies ranked
    # above drafts", "boost approved articles above community posts".
    r"\b(?:rank(?:s|ed|ing)?|sort(?:s|ed|ing)?|boost(?:s|ed|ing)?|pin(?:s|ned|ning)?)\s+"
    + _THINGS + r"(?:above|higher\s+than|ahead\s+of)\s+" + _NOT_FILLER
    + r"(?:(?:the|their|all|any)\s+)?[a-z][\w-]{2,}\b",
    # "every SOP numbered in their own format", "contracts numbered with a CT- prefix".
    r"\b(?:auto-?)?number(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:in|with|by|using|following|to)\s+"
    r"(?:their|a|an|the|our|its|each)\s+(?:own\s+|custom\s+|house\s+|fixed\s+)?(?:[\w-]+\s+)?"
    r"(?:formats?|schemes?|patterns?|sequences?|conventions?|prefix(?:es)?|masks?)\b",
    # "product sheets moved to an archive folder automatically 30 days after their end
    # date": a record filed by a rule inside the product.
    r"\bmov(?:e|es|ed|ing)\s+" + _THINGS + r"(?:into|to)\s+(?:an?|the|their|its|each)\s+"
    r"(?:[\w-]+\s+)?(?:folders?|librar(?:y|ies)|sections?|spaces?|stages?)\b[^.;]{0,40}?"
    r"\b(?:automatically|when|whenever|once|if|after|as\s+soon\s+as)\b",
    # What a search leaves out is a rule of the search: "candidates placed in the last six
    # months hidden from other recruiters' search results", "archived SKUs excluded from
    # the storefront search results".
    r"\b(?:hidden|hide|hides|hiding|excluded|exclude|excludes|excluding|suppress(?:ed|es"
    r"|ing)?|removed|filtered\s+out|left\s+out|kept\s+out|dropped)\s+(?:from|of)\s+"
    r"(?:[\w'’-]+\s+){0,3}?search\s+results?\b",
)  # fmt: skip

KNOWLEDGE_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "listing only links open to anyone", "links that anyone with the link can open".
    r"\blinks?\s+(?:(?:that\s+are|which\s+are|are|is)\s+)?(?:open|visible|accessible"
    r"|available|shared)\s+to\s+(?:anyone|everyone|anybody|the\s+public|outsiders"
    r"|external\s+(?:users|people|guests))\b|\banyone\s+with\s+the\s+link\b",
    # "contractor accounts ... deactivated automatically when their end-date field passes".
    r"\b(?:accounts?|logins?|user\s+access)\b[^.;]{0,50}?\b(?:de-?activated|disabled"
    r"|suspended|de-?provisioned|revoked)\s+(?:automatically|when|whenever|once|if|after"
    r"|as\s+soon\s+as|on\s+(?:the|their)|the\s+day)\b",
)  # fmt: skip

KNOWLEDGE_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Payment put off to an event: "no payment due until their go-live", "not invoiced
    # before acceptance".
    r"\bno\s+(?:payments?|invoices?|invoicing|billing|fees?|charges?)\s+(?:(?:is|are|to\s+be)"
    r"\s+)?(?:due\s+|owed\s+|charged\s+|issued\s+|raised\s+|taken\s+)?(?:until|till|before)\b"
    r"|\bnot\s+(?:be\s+)?(?:billed|invoiced|charged)\s+(?:anything\s+)?(?:until|till"
    r"|before)\b",
)  # fmt: skip
