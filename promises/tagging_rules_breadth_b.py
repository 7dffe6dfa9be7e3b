"""Trigger rules added in a breadth round over twelve trades nobody had written rules for:
translation management, radiology PACS, retail pharmacy, home health agencies, child care
centres, last-mile delivery, corporate travel, contract lifecycle management, board
portals, survey research, contact-centre workforce management and e-signature.

The point is the next trade, not these twelve, so almost everything here is a sentence
shape that recurs across them and would recur elsewhere:

* custom logic: an action blocked whenever something holds, a record kept from being
  marked done, a gate passed before a record can be closed, a step after the nth failed
  attempt, a limit gone past, people included or left out by a condition, items sent to
  the next open slot, a share picked at random, a span ahead of an event, a minimum gap
  between two events, a value trimmed at a bound, something that counts as a kind of time,
  limits set per place or group, things added automatically;
* security: records never sent to a public or outside service, people kept to their own
  unit, someone blocked from some papers, one-time passcodes;
* data movement: records sent somewhere on a schedule or in a named format, records that
  must reach another system, records fetched from or passed back to another system, a
  reconciliation against another system's figures on a schedule, files in a named
  extension, historical data converted, edits that go to another system;
* commercial terms: our price set against the list price, a share off a later year.

Vocabulary is used only for system and format names (an SPSS .sav file, a VNA, NDC
fares, state EVV aggregators, DeepL), as the brief of the round asks.
"""

from __future__ import annotations

from promises.tagging import Rule, no_control_ahead, not_behind, regex_rules

_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)"
_SCHEDULE = (
    r"(?:nightly|daily|hourly|weekly|monthly|quarterly|every\s+(?:day|night|hour|morning"
    r"|evening|week|month|weekday|\d+\s+minutes)|in\s+real[\s-]time|each\s+(?:day|night|hour"
    r"|week|month))"
)
# A condition naming a security control makes the block that control.
_NO_CONTROL = no_control_ahead(
    r"\b2fa\b", r"log(?:ged)?[\s-]?in", r"sign[\s-]?in", r"\bjwts?\b", r"\bip\b",
    r"ip\s+address", "session",
)

BREADTH_B_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # An action blocked whenever something holds: "a check that blocks delivery whenever a
    # placeholder is missing", "check-in blocked whenever a room would go over".
    r"\b(?:blocks?|blocked|stops?|stopped|prevents?|prevented|holds?\s+back)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:whenever|when\s+(?:the|a|an|any)|if\s+(?:the|a|an|any))\b"
    + _NO_CONTROL,
    # A record kept from being marked done: "should stop the job from being marked complete".
    r"\b(?:stop|stops|prevent|prevents|keep|keeps|block|blocks)\s+(?:the\s+|a\s+|an\s+|that\s+"
    r"|any\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?from\s+being\s+(?:marked|closed|completed"
    r"|sent|published|approved|filed|submitted|released|locked|finali[sz]ed|shipped|invoiced"
    r"|scheduled|booked)\b",
    # A gate passed before a record can be closed: "before the stop can be completed",
    # "has to pass a QA review before it can be locked".
    r"\bbefore\s+(?:the|a|an|any|each|it|they)\s+(?:[\w-]+\s+){0,2}?(?:can|may|could)\s+be\s+"
    r"(?:completed|closed|marked|submitted|released|shipped|published|approved|finali[sz]ed"
    r"|signed|locked|paid|dispatched|scheduled|booked|issued|filed|posted|invoiced)\b",
    r"\bpass\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:review|check|approval|inspection)\s+"
    r"before\b",
    # People blocked from doing something: "schedulers blocked from assigning a caregiver".
    r"\b(?:blocked|barred|prevented|stopped)\s+from\s+(?:assigning|scheduling|booking"
    r"|dispatching|closing|submitting|approving|selling|ordering|enrolling|voting|quoting"
    r"|rostering|invoicing|shipping|releasing)\b",
    r"\bfrom\s+(?:its|their|the|that\s+item's)\s+votes?\b",
    # A step after the nth failed attempt: "returned to sender after the third failed attempt".
    r"(?<!locked\s)(?<!lock\s)(?<!lockout\s)\bafter\s+(?:the\s+)?(?:first|second|third|fourth"
    r"|fifth|\d+(?:st|nd|rd|th)|two|three|four|five|\d+)\s+(?:failed|missed|unsuccessful)\s+"
    r"(?:attempts?|tries|deliver(?:y|ies)|payments?|calls?|visits?|pickups?)\b",
    r"\breschedul\w*\s+(?:[\w-]+\s+){0,2}?(?:to|for)\s+the\s+next\s+(?:day|business\s+day"
    r"|available|open|slot|week)\b",
    # A limit gone past: "whenever a caregiver would go past 40 hours", "go over its ratio",
    # "when the purchase limit is hit".
    r"\b(?:go|goes|going|went)\s+(?:past|over|beyond)\s+(?:(?:its|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:limit|cap|quota|budget|threshold|ratio|allowance|maximum)\b"
    r"|\d+\s+(?:hours|minutes|shifts|visits|days|stops|hours)\b)",
    # A sign-in limit reached is a lockout, security ("the failed login limit is reached").
    not_behind("login ", "log-in ", "logon ", "attempt ", "attempts ", "password ", "lockout ",
               "session ", "rate ")
    + r"\blimits?\s+(?:is|are|has\s+been|gets|was)\s+(?:hit|reached|exceeded)\b",
    # People included or left out by a condition: "enroll only patients on maintenance meds
    # with at least three fills", "opted-out members excluded from every invite", "leaving
    # out trips the traveler marked private", "allowed only on flights longer than".
    r"\b(?:enrol+|include|admit|accept|invite|select)s?\s+only\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:with|who|whose|that|on)\b",
    r"\bexcluded\s+from\s+(?:every|each|all|any)\s+(?!backups?\b|scans?\b|logs?\b)",
    r"\bleaving\s+out\s+(?:any\s+|all\s+)?[\w-]+",
    r"\b(?:allowed|permitted|available|offered|eligible)\s+only\s+(?:on|for|when|if|to|in)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:longer|shorter|more|less|greater|fewer|over|under|above|below"
    r"|older|younger|larger|smaller|higher|lower)\b",
    # Records not done within a span: "bags not picked up within 10 days".
    r"\bnot\s+(?:picked\s+up|collected|claimed|signed|returned|redeemed|used|paid|completed"
    r"|confirmed|acknowledged|opened|accepted)\s+within\s+" + _NUMW
    + r"\s+(?:minutes|hours|days|weeks|months)\b",
    # Items sent to the next open slot: "sends screen-outs to the next open study".
    r"\bto\s+the\s+next\s+(?:open|available|free|eligible|qualified|idle)\b",
    r"\b(?:jump|jumps|move|moves|go|goes|rise|rises)\s+to\s+the\s+top\s+of\b",
    # A share picked at random: "5% of each radiologist's cases randomly pulled".
    r"\brandomly\s+(?:pulled|selected|sampled|chosen|picked|assigned|audited)\b",
    r"\b(?:pulled|selected|sampled|chosen|picked)\s+at\s+random\b",
    # A span ahead of an event: "posted 14 days ahead", "90 days before each deadline",
    # "prefetched two hours before each scheduled exam".
    r"\b" + _NUMW + r"\s+(?:days|weeks|hours)\s+(?:ahead|in\s+advance)\b",
    r"\b" + _NUMW + r"\s+(?:minutes|hours|days|weeks)\s+before\s+(?:each|every)\b",
    # A minimum gap between two events: "fewer than 11 hours between shifts".
    r"\b(?:fewer|less|more)\s+than\s+" + _NUMW
    + r"\s+(?:minutes|hours|days)\s+(?:of\s+rest\s+)?between\b",
    r"\b(?:has|have|needs?)\s+to\s+enforce\s+(?:that|this|it)\b",
    # A value trimmed at a bound: "trimmed at a weight of 5", "rounded at".
    r"\b(?:trimmed|floored|truncated|clipped)\s+at\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:of\s+)?\d",
    r"\bweighting\s+to\s+(?:the|their)\b",
    # Something that counts as a kind of time: "coaching that counts as productive time".
    r"\bcounts?\s+as\s+(?:[\w-]+\s+)?(?:time|hours|attendance|absence|leave|overtime)\b",
    r"\bcustom\s+[\w-]+\s+codes?\b",
    # Limits set per place or group: "hotel rate caps per city".
    r"\b(?:caps|limits|ceilings|maximums|thresholds)\s+per\s+(?:city|country|region|site"
    r"|department|store|location|branch|team|category|grade|level|project|route|zone)\b",
    # A rate taken as a share of another: "100% matches at 25% of the word rate".
    r"\bat\s+\d+(?:\.\d+)?\s*%\s+of\s+the\s+(?:[\w-]+\s+)?rate\b",
    # Things added automatically: "anyone given access added automatically".
    r"\b(?:added|enrolled)\s+automatically\b",
    # Items tagged a kind that drop out of a version: "items tagged executive session must
    # drop out of the management version".
    r"\bdrops?\s+out\s+of\s+(?:the|their|every|each)\b",
    # A charge their system puts on their customer's account.
    r"\bcharged\s+(?:automatically\s+)?to\s+the\s+(?:[\w-]+\s+)?account\b",
    # A block named by what it is based on: "the ratio-based check-in block".
    r"\b[\w]+-based\s+(?:[\w-]+\s+){0,2}?(?:block|hold)s?\b",
)

BREADTH_B_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Records never sent to a public or outside service.
    r"\bnever\s+(?:be\s+)?(?:sent|shared|exposed|uploaded|passed|sent\s+out)\s+to\s+(?:any\s+|a\s+"
    r"|an\s+)?(?:public|external|outside|third[\s-]party|consumer|free)\b",
    # People kept to their own unit: "arrangers limited to booking for their own department".
    r"\b(?:limited|restricted)\s+to\s+[\w-]+ing\s+(?:[\w-]+\s+){0,3}?(?:for|of|in|on|at)\s+"
    r"their\s+own\b",
    # Someone blocked from some papers: "blocked from that item's papers".
    r"\bblocked\s+from\s+(?:that|the|their|its|those|any)\s+(?:[\w'’-]+\s+){0,2}?(?:papers"
    r"|documents|files|records|folders?)\b",
    r"\bone[\s-]time\s+passcodes?\b",
)

BREADTH_B_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Records sent on a schedule or in a named format: "sent nightly in ASAP 4.2 format",
    # "submitted weekly to the portal", "sent to their TPA daily".
    r"\b(?:sent|pushed|delivered|uploaded|transmitted|submitted|exported|posted|filed|fed)\s+"
    r"(?:nightly|daily|hourly|weekly|monthly|quarterly)\s+(?:to|in|into|as)\b",
    r"\b(?:sent|pushed|delivered|uploaded|transmitted|submitted|exported|fed)\s+to\s+(?:their|the"
    r"|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+" + _SCHEDULE,
    r"\bin\s+[a-z][\w-]*\s+\d+(?:\.\d+)*\s+format\b",
    # Records that must reach another system: "visit data needs to reach the aggregator".
    r"\b(?:data|records|files|feeds?|results|claims|visits|readings)\s+(?:needs?\s+to|must"
    r"|should|has\s+to|have\s+to)\s+reach\s+(?:the|their)\b",
    # Records fetched from or passed back to another system.
    r"\b(?:pre-?fetch|fetch|retriev)\w*\s+(?:[\w-]+\s+){0,2}?from\s+(?:their|the|our)\b",
    r"\b(?:passed|posted|pushed|written|published|synced)\s+back\s+(?:to|into|once|when)\b",
    r"\bsent\s+for\s+(?:translation|transcription|signature|review)\s+automatically\b",
    r"\b(?:run|runs|go|goes|routed|sent|pass|passes)\s+through\s+their\s+own\s+"
    r"(?:[\w-]+\s+){1,3}?(?:account|tenant|instance|subscription)\b",
    r"\bthrough\s+(?:the|their|a)\s+(?:[\w-]+\s+)?portal\s+for\b",
    # A reconciliation against another system's figures on a schedule.
    r"\b(?:matched|reconciled|re-?checked)\s+against\s+(?:[\w'’-]+\s+){1,4}?"
    + _SCHEDULE,
    r"\bcheck\s+[\w-]+\s+in\s+real[\s-]time\b",
    # Files in a named extension: "delivered as an SPSS .sav file".
    r"\bas\s+an?\s+(?:[\w-]+\s+)?\.[a-z0-9]{2,8}\s+files?\b",
    # A signed copy emailed as a PDF.
    r"\bemailed\s+to\s+(?:[\w-]+\s+){1,3}?as\s+an?\s+(?:pdf|csv|xlsx|zip|excel)\b",
    # Historical data converted: "conversion of three years of historical billing data".
    r"\bconversion\s+of\s+(?:[\w-]+\s+){0,5}?(?:historical|legacy|prior|old)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:data|records|history)\b",
    # Edits and changes that go to another system: "every edit goes to the HR system",
    # "any later change sent to payroll".
    r"\b(?:goes|go|sent|pushed|passed)\s+to\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:payroll"
    r"|hr\s+system|hris|erp|ledger)\b",
    # System and format names only vocabulary can catch.
    r"\b(?:deepl|vna|sandata|hhaexchange|spss|ndc\s+(?:fares|content|offers))\b",
)

BREADTH_B_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Our price named against the list: "a $4 fee instead of the $7 list price".
    r"\binstead\s+of\s+(?:the|our)\s+\$\d[\d,.]*\s+(?:list\s+)?price\b",
    # A share off a later year of ours: "25% off the second year".
    r"\b\d+(?:\.\d+)?\s*%\s+off\s+(?:the\s+)?(?:second|third|fourth|fifth)\s+year\b",
)

# --- Guards lent to other modules -------------------------------------------------------

# Before "required for all" (promises.tagging_rules): a sign-in control required for everyone
# is that control, not a step of their flow ("MFA required for all remote reading").
CONTROL_REQUIRED = not_behind("mfa ", "2fa ", "sso ", "otp ", "passkeys ", "passkey ")
# After "only once" (promises.tagging_rules): a change waiting on our contract moving is no
# rule of theirs ("kept in UK data centres only once the contract moves").
ONCE_THE_CONTRACT = r"(?!(?<=once)\s+the\s+contract\b)"
# Before "per <unit>" (promises.tagging_rules): billing split per store is how we invoice,
# a term, not a cut of their records ("net 45 payment terms and billing per store").
BILLED_PER = not_behind("billing ", "invoicing ", "billed ", "invoiced ")
# After "waiver" (promises.tagging_rules_flags): a waiver type or program is a field of
# their records (a Medicaid waiver program), not a waiver of our price.
WAIVER_AS_FIELD = r"(?!s?\s+(?:types?|programs?|codes?|status)\b)"
